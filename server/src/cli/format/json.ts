// An array with one {file, diagnostics} per checked file; each diagnostic is the LSP Diagnostic the language
// server publishes for the same text.
import type { Checked } from '../check';

export function formatJson(checked: Checked[]): string {
  return JSON.stringify(checked.map((c) => ({ file: c.input.path, diagnostics: c.diagnostics })), null, 2) + '\n';
}
