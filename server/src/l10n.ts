// Messages are written in Chinese in the source; other languages come from l10n/bundle.l10n.<lang>.json,
// loaded by the language server (configureL10n) for the editor's display language. The translations are kept
// on globalThis too: the PDF reader is a bundle of its own (dist/pdf.js) with its own copy of this module, and
// its messages must come out in the same language.
import * as l10n from '@vscode/l10n';

const shared = globalThis as { jixiaoL10nContents?: Record<string, string> };
let applied: Record<string, string> | undefined;

export function t(message: string, ...args: Array<string | number>): string {
  if (shared.jixiaoL10nContents !== applied) {
    applied = shared.jixiaoL10nContents;
    if (applied) l10n.config({ contents: applied });
  }
  return l10n.t(message, ...args);
}

export function configureL10n(contents: Record<string, string> | undefined): void {
  if (contents) shared.jixiaoL10nContents = contents;
}
