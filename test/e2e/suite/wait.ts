// Waiting without fixed sleeps: poll (50 ms steps) until a value stops changing or a condition holds, with a cap.
import * as vscode from 'vscode';

export const STEP_MS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `get` until `ok(value)` holds, failing with `what` after `capMs`. */
export async function until<T>(what: string, get: () => T | Promise<T>, ok: (v: T) => boolean, capMs = 20_000): Promise<T> {
  const deadline = Date.now() + capMs;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${capMs} ms waiting for ${what}; last value: ${describe(v)}`);
    await sleep(STEP_MS);
  }
}

function describe(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 2000) ?? String(v);
  } catch {
    return String(v);
  }
}

function key(diags: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diags.map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, String(codeOf(d)), d.message]));
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

/**
 * The diagnostics of `uri` once they have stopped changing for `quietMs` and satisfy `ok`
 * (e.g. "non-empty" for a document known to have findings, so the wait cannot end before the server answered).
 */
export async function settledDiagnostics(
  uri: vscode.Uri,
  ok: (d: readonly vscode.Diagnostic[]) => boolean = () => true,
  { quietMs = 1000, capMs = 30_000 } = {},
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + capMs;
  let last = '';
  let since = Date.now();
  for (;;) {
    const diags = vscode.languages.getDiagnostics(uri);
    const k = key(diags);
    if (k !== last) {
      last = k;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && ok(diags)) {
      return diags;
    }
    if (Date.now() > deadline) {
      throw new Error(`diagnostics of ${uri.toString()} did not settle within ${capMs} ms; last: ${k.slice(0, 2000)}`);
    }
    await sleep(STEP_MS);
  }
}
