// A .txt report without a telling name opens as plain text: VS Code matches the .txt extension before any
// `firstLine` rule. So the client switches a plain-text document to the jixiao language when it is shown in an
// editor and jixiao checks it: its first line is a report title, or the server says it checks it (jixiao/status),
// as for `年度总结.txt` made in the Explorer and titled after it was opened. Documents other extensions open
// unseen are left alone; the editor's tab exists by then, so the server's diagnostics are pulled for it at once.
// Switched without asking (see languageChoices.ts: the findings already show; a notification would only add a
// click), once per opened document; a user who switches it back keeps plain text for that file, remembered.
import * as vscode from 'vscode';
import type { CheckStatus } from './checkStatus';
import { LanguageChoices } from './languageChoices';
import { hasReportTitle, type ReportPatterns } from './reportFiles';

const KEPT_PLAIN = 'jixiao.keptPlainText';

export function registerLanguageDetection(
  patterns: ReportPatterns,
  status: CheckStatus,
  memento: vscode.Memento,
): vscode.Disposable {
  const choices = new LanguageChoices({
    load: () => memento.get<string[]>(KEPT_PLAIN, []),
    save: (uris) => void memento.update(KEPT_PLAIN, uris),
  });

  const consider = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext') return;
    const key = doc.uri.toString();
    const checked = status.isReport(key) || hasReportTitle(doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 30), 0)), patterns);
    if (!choices.shouldSwitch(key, doc.languageId, checked)) return;
    choices.didSwitch(key);
    vscode.languages.setTextDocumentLanguage(doc, 'jixiao').then(undefined, () => choices.switchFailed(key));
  };
  const considerEditors = (editors: readonly vscode.TextEditor[]) => editors.forEach((e) => consider(e.document));

  // VS Code reports a language change as the document closing and opening again at once (same tick): a close
  // not followed by an open of the same document before the next microtask is a real close.
  let closing: { uri: string; languageId: string } | undefined;

  considerEditors(vscode.window.visibleTextEditors);
  return vscode.Disposable.from(
    vscode.window.onDidChangeVisibleTextEditors(considerEditors),
    // The server has checked a document: a plain-text one shown in an editor gets the language too.
    status.onDidChange(() => considerEditors(vscode.window.visibleTextEditors)),
    // A new untitled document becomes a report as soon as its title is typed.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.isUntitled && e.contentChanges.some((c) => c.range.start.line < 3)) consider(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const uri = doc.uri.toString();
      closing = { uri, languageId: doc.languageId };
      queueMicrotask(() => {
        if (closing?.uri !== uri) return;
        closing = undefined;
        choices.closed(uri);
      });
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const uri = doc.uri.toString();
      if (closing?.uri !== uri) return;
      choices.languageChanged(uri, closing.languageId, doc.languageId);
      closing = undefined;
    }),
  );
}

/** The jixiao language's name patterns and firstLine, read from the manifest. */
export function reportPatterns(context: vscode.ExtensionContext): ReportPatterns {
  const languages: unknown = context.extension.packageJSON?.contributes?.languages;
  const jixiao = Array.isArray(languages) ? languages.find((l) => l?.id === 'jixiao') : undefined;
  return {
    filenamePatterns: Array.isArray(jixiao?.filenamePatterns) ? jixiao.filenamePatterns : [],
    firstLine: typeof jixiao?.firstLine === 'string' ? jixiao.firstLine : '(?!)',
  };
}
