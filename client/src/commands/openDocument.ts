// Command jixiao.openDocument: open a Word, Excel or PDF file as a read-only jixiao view of its text. From the
// explorer's context menu it opens the file clicked (each selected one); from the command palette the file in
// the active tab, else the one picked from the workspace's Word, Excel and PDF files.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { documentGlob, isDocumentPath, type DocumentViews } from '../documentViews';

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const uri = (input as { uri?: unknown } | undefined)?.uri;
  return uri instanceof vscode.Uri && isDocumentPath(uri.path) ? uri : undefined;
}

async function pick(): Promise<vscode.Uri | undefined> {
  const files = (await vscode.workspace.findFiles(documentGlob, '**/node_modules/**', 5000)).filter((u) => isDocumentPath(u.path));
  if (files.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('工作区中没有 Word（.docx）、Excel（.xlsx）或 PDF 文件。'));
    return undefined;
  }
  const items = files
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }));
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: l10n.t('选择要用绩效检查打开的 Word、Excel 或 PDF 文件') });
  return chosen?.uri;
}

export async function openDocument(views: DocumentViews, clicked?: unknown, selected?: unknown): Promise<vscode.TextEditor | undefined> {
  const given = Array.isArray(selected) && selected.length > 0 ? selected : clicked instanceof vscode.Uri ? [clicked] : [];
  const sources = given.filter((u): u is vscode.Uri => u instanceof vscode.Uri && isDocumentPath(u.path));
  if (sources.length === 0) {
    const one = activeTabUri() ?? (await pick());
    if (one) sources.push(one);
  }
  let last: vscode.TextEditor | undefined;
  for (const source of sources) last = await views.open(source);
  return last;
}
