// The client's own messages, in the language `jixiao.messageLanguage` chooses (see l10nBundle.ts for the rule).
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { bundleFileCandidates, messageLocale } from './l10nBundle';

/**
 * The locale of jixiao's messages now. Read at window scope on purpose (`null`: no resource): the language server
 * is one per window, so the messages are in one language per window.
 */
export function currentMessageLocale(): string {
  const setting = vscode.workspace.getConfiguration('jixiao', null).get<string>('messageLanguage', 'auto');
  return messageLocale(setting, vscode.env.language);
}

/** Loads the client's bundle for `locale`; Chinese (no bundle) when it is Chinese or has none. */
export async function configureClientL10n(extensionUri: vscode.Uri, locale: string): Promise<void> {
  for (const name of bundleFileCandidates(locale)) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', name));
      l10n.config({ contents: new TextDecoder('utf-8').decode(bytes) });
      return;
    } catch {
      // No bundle of that name: try the next one.
    }
  }
  // The Chinese source strings (also after switching back from another language).
  l10n.config({ contents: {} });
}
