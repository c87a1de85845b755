// What the extension host logged about jixiao that a user (or a reviewer reading the log) would count as a
// fault: warnings and errors tagged with the extension, a diagnostic collection named twice, a document selector
// without scheme. Plain text in, offending lines out.

const patterns: RegExp[] = [
  /\[(warning|error)\] \[jixiao\.jixiao\]/,
  /DiagnosticCollection with name 'jixiao[^']*' does already exist/,
  /'jixiao\.jixiao' uses a document selector without scheme/,
];

export function jixiaoLogProblems(log: string): string[] {
  return log.split(/\r?\n/).filter((line) => patterns.some((p) => p.test(line)));
}
