// A .txt report without a telling name opens as plain text: VS Code matches the .txt extension before any
// `firstLine` rule. So the client switches a plain-text document whose first line is a report title to the
// jixiao language when it is shown in an editor (documents other extensions open unseen are left alone, and
// the editor's tab exists by then, so the server's diagnostics are pulled for it at once). Once per document,
// so a user who switches it back keeps plain text.
import * as vscode from 'vscode';
import { hasReportTitle, type ReportPatterns } from './reportFiles';

export function registerLanguageDetection(patterns: ReportPatterns): vscode.Disposable {
  const decided = new Set<string>();

  const consider = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext') return;
    const key = doc.uri.toString();
    if (decided.has(key)) return;
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 30), 0));
    if (!hasReportTitle(head, patterns)) return;
    decided.add(key);
    vscode.languages.setTextDocumentLanguage(doc, 'jixiao').then(undefined, () => decided.delete(key));
  };
  const considerEditors = (editors: readonly vscode.TextEditor[]) => editors.forEach((e) => consider(e.document));

  considerEditors(vscode.window.visibleTextEditors);
  return vscode.Disposable.from(
    vscode.window.onDidChangeVisibleTextEditors(considerEditors),
    // A new untitled document becomes a report as soon as its title is typed.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.isUntitled && e.contentChanges.some((c) => c.range.start.line < 3)) consider(e.document);
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
