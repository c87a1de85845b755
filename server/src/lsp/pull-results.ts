// Pull answers (textDocument/diagnostic) as LSP 3.17 full or unchanged reports. Each full answer carries a
// resultId; a client that pulls again with that id as previousResultId, and whose document's diagnostics are the
// same, gets `unchanged` instead of the whole list again (issue #12: at 1 MB the list is 3 MB of JSON to write,
// and for the client to read, after every edit that touched no finding's line). vscode-languageclient sends the
// id back and keeps its list on `unchanged`.
import type { Diagnostic } from '../features/diagnostics';

export type PullReport = { kind: 'full'; resultId: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };

export class PullResults {
  /** Per document, the last full answer sent: its id and its list. */
  private sent = new Map<string, { resultId: string; items: Diagnostic[] }>();
  private next = 0;

  /** The answer to a pull of `uri` whose diagnostics are `items`, the client holding `previousResultId`. */
  answer(uri: string, items: Diagnostic[], previousResultId: string | undefined): PullReport {
    const last = this.sent.get(uri);
    if (last && previousResultId === last.resultId && sameDiagnostics(last.items, items)) {
      return { kind: 'unchanged', resultId: last.resultId };
    }
    const resultId = String(++this.next);
    this.sent.set(uri, { resultId, items });
    return { kind: 'full', resultId, items };
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}

/** Whether two lists of diagnostics are the same, field by field (what the client would show). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

/** Deep equality of plain JSON data (what is serialised to the client). */
function same(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!same(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(y)) return false;
  const xk = Object.keys(x);
  if (xk.length !== Object.keys(y).length) return false;
  for (const k of xk) {
    if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
    if (!same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k])) return false;
  }
  return true;
}
