// Messages are written in Chinese in the source; other languages come from l10n/bundle.l10n.<lang>.json,
// loaded by the language server (configureL10n) for the editor's display language.
import * as l10n from '@vscode/l10n';

export function t(message: string, ...args: Array<string | number>): string {
  return l10n.t(message, ...args);
}

export function configureL10n(contents: Record<string, string> | undefined): void {
  if (contents) l10n.config({ contents });
}
