// Loads the client's message bundle for VS Code's display language (see l10nBundle.ts for the rule).
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { bundleFileCandidates } from './l10nBundle';

export async function configureClientL10n(extensionUri: vscode.Uri): Promise<void> {
  for (const name of bundleFileCandidates(vscode.env.language)) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', name));
      l10n.config({ contents: new TextDecoder('utf-8').decode(bytes) });
      return;
    } catch {
      // No bundle of that name: try the next one; with none, the Chinese source strings stand.
    }
  }
}
