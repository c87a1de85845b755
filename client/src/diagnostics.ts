// Reading jixiao's findings back from VS Code (whatever published them) and waiting for them to settle.
import * as vscode from 'vscode';
import type { FindingCounts } from './statusText';

export function jixiaoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jixiao');
}

export function countFindings(uri: vscode.Uri): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, others: 0 };
  for (const d of jixiaoDiagnostics(uri)) {
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    else counts.others++;
  }
  return counts;
}

export function totalOf(counts: FindingCounts): number {
  return counts.errors + counts.warnings + counts.others;
}

function signature(uris: readonly vscode.Uri[]): string {
  return uris
    .map((u) =>
      jixiaoDiagnostics(u)
        .map((d) => `${d.range.start.line}:${d.range.start.character}:${String(d.code)}`)
        .join(','),
    )
    .join('|');
}

/**
 * Polls (50 ms steps) until the findings of `uris` have not changed for `quietMs` and `busy()` is false, or
 * `timeoutMs` has passed. Used where the server cannot be asked directly.
 */
export async function waitForSettledDiagnostics(
  uris: readonly vscode.Uri[],
  busy: () => boolean,
  options: { quietMs?: number; timeoutMs?: number; token?: vscode.CancellationToken } = {},
): Promise<void> {
  const quietMs = options.quietMs ?? 400;
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  let last = signature(uris);
  let stableSince = Date.now();
  while (Date.now() < deadline && !options.token?.isCancellationRequested) {
    await new Promise((r) => setTimeout(r, 50));
    const now = signature(uris);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (!busy() && Date.now() - stableSince >= quietMs) {
      return;
    }
  }
}
