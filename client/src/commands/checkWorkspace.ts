// Command jixiao.checkWorkspace: check every report in the workspace, open or not, so that the findings of closed
// files are in the Problems panel too; Word, Excel and PDF files as their read-only views (documentViews.ts). The server analyses and publishes (`jixiao/checkDocuments`); with a
// server that lacks that request, the files are opened (without an editor) so that it checks them as usual.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CheckStatus } from '../checkStatus';
import { requestCheck } from '../checkRequest';
// The same decoding as the command line (BOMs, UTF-8, GB18030; binary files refused).
import { decodeReport } from '../../../server/src/io/decode';
import { countFindings, totalOf, waitForSettledDiagnostics } from '../diagnostics';
import { documentGlob, isDocumentPath, readDocumentText, viewUriOf } from '../documentViews';
import type { CheckDocument, CheckedDocument } from '../../../protocol/messages';
import { hasReportTitle, languageIdForPath, mayBeReport, type ReportPatterns } from '../reportFiles';
import type { ServerConnection } from '../serverConnection';

const maxFiles = 5000;
const maxBytes = 5 * 1024 * 1024;
const batchDocuments = 25;
const batchChars = 2_000_000;

export interface WorkspaceCheckSummary {
  /** Reports checked (files the server treats as reports). */
  reports: CheckedDocument[];
  findings: number;
}

async function collect(
  server: ServerConnection,
  patterns: ReportPatterns,
  token: vscode.CancellationToken,
): Promise<CheckDocument[]> {
  const uris = await vscode.workspace.findFiles('**/*.{txt,md,markdown}', undefined, maxFiles, token);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const tabUris = uriOfTabs();
  const documents: CheckDocument[] = [];
  for (const uri of uris.sort((a, b) => a.path.localeCompare(b.path))) {
    if (token.isCancellationRequested) break;
    if (/\/node_modules\//.test(uri.path)) continue;
    const doc = open.get(uri.toString());
    let text: string;
    let languageId: string;
    let shown: boolean | undefined;
    if (doc) {
      text = doc.getText();
      languageId = doc.languageId;
      shown = tabUris.has(uri.toString());
    } else {
      try {
        if ((await vscode.workspace.fs.stat(uri)).size > maxBytes) continue;
        const decoded = decodeReport(await vscode.workspace.fs.readFile(uri));
        if (!decoded.ok) continue; // not a text report (a PDF, a Word file…)
        text = decoded.text;
      } catch {
        continue; // unreadable: not ours to report
      }
      languageId = languageIdForPath(uri.path, patterns);
      // As on opening: a plain-text file whose first line is a report title becomes a jixiao document.
      if (languageId === 'plaintext' && hasReportTitle(text, patterns)) languageId = 'jixiao';
    }
    if (languageId !== 'jixiao' && !mayBeReport(uri.path, text, patterns)) continue;
    documents.push({ uri: uri.toString(), text, languageId, shown });
  }
  return [...documents, ...(await collectDocumentViews(server, patterns, open, tabUris, token))];
}

/** The documents shown in a tab: VS Code's client pulls findings for these only. */
function uriOfTabs(): Set<string> {
  const out = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const uri = (tab.input as { uri?: unknown } | undefined)?.uri;
      if (uri instanceof vscode.Uri) out.add(uri.toString());
    }
  }
  return out;
}

/**
 * Word, Excel and PDF files, as their read-only views (what the Problems entries open): the text the server
 * extracts, or the open view's. A file the server cannot read is left out, as an unreadable text file is.
 */
async function collectDocumentViews(
  server: ServerConnection,
  patterns: ReportPatterns,
  open: Map<string, vscode.TextDocument>,
  tabUris: Set<string>,
  token: vscode.CancellationToken,
): Promise<CheckDocument[]> {
  const uris = await vscode.workspace.findFiles(documentGlob, '**/node_modules/**', maxFiles, token);
  const documents: CheckDocument[] = [];
  for (const source of uris.sort((a, b) => a.path.localeCompare(b.path))) {
    if (token.isCancellationRequested) break;
    if (!isDocumentPath(source.path)) continue;
    const view = viewUriOf(source);
    const key = view.toString();
    let text = open.get(key)?.getText();
    const shown = text === undefined ? undefined : tabUris.has(key);
    if (text === undefined) {
      try {
        const read = await readDocumentText(server, source);
        if (!read.ok) continue;
        text = read.text;
      } catch {
        continue;
      }
      // Named like a report (`*自评报告*` as a .txt would be), titled as one, or speaking of 绩效自评.
      if (!mayBeReport(source.path.replace(/\.\w+$/, '.txt'), text, patterns)) continue;
    }
    documents.push({ uri: key, text, languageId: 'jixiao', shown });
  }
  return documents;
}

function* batches(documents: CheckDocument[]): Generator<CheckDocument[]> {
  let batch: CheckDocument[] = [];
  let chars = 0;
  for (const d of documents) {
    if (batch.length > 0 && (batch.length >= batchDocuments || chars + d.text.length > batchChars)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(d);
    chars += d.text.length;
  }
  if (batch.length > 0) yield batch;
}

/** Without jixiao/checkDocuments: open the files so the server checks them, then read their findings back. */
async function openAndCount(
  documents: CheckDocument[],
  status: CheckStatus,
  token: vscode.CancellationToken,
): Promise<CheckedDocument[]> {
  const opened: vscode.TextDocument[] = [];
  for (const d of documents) {
    if (token.isCancellationRequested) break;
    try {
      opened.push(await vscode.workspace.openTextDocument(vscode.Uri.parse(d.uri)));
    } catch {
      // unreadable now: skip it
    }
  }
  const uris = opened.map((d) => d.uri);
  await waitForSettledDiagnostics(uris, () => uris.some((u) => status.isServerRunning(u.toString())), {
    quietMs: 600,
    timeoutMs: 10_000 + 100 * uris.length,
    token,
  });
  return opened
    .map((doc) => ({ doc, count: totalOf(countFindings(doc.uri)) }))
    .filter(({ doc, count }) => doc.languageId === 'jixiao' || count > 0 || status.isReport(doc.uri.toString()))
    .map(({ doc, count }) => ({ uri: doc.uri.toString(), count }));
}

async function run(
  server: ServerConnection,
  status: CheckStatus,
  patterns: ReportPatterns,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<WorkspaceCheckSummary> {
  progress.report({ message: l10n.t('查找报告…') });
  const documents = await collect(server, patterns, token);
  const reports: CheckedDocument[] = [];
  let done = 0;
  for (const batch of batches(documents)) {
    if (token.isCancellationRequested) break;
    const client = server.client;
    const answer = client ? await requestCheck(client, batch, token) : 'unsupported';
    if (answer === 'unsupported') {
      reports.push(...(await openAndCount(documents.slice(done), status, token)));
      break;
    }
    reports.push(...answer);
    done += batch.length;
    progress.report({
      increment: (100 * batch.length) / documents.length,
      message: l10n.t('已检查 {0}/{1} 个文件', done, documents.length),
    });
  }
  for (const r of reports) status.markReport(r.uri);
  return { reports, findings: reports.reduce((sum, r) => sum + r.count, 0) };
}

export async function checkWorkspace(
  server: ServerConnection,
  status: CheckStatus,
  patterns: ReportPatterns,
): Promise<WorkspaceCheckSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(l10n.t('请先打开一个文件夹或工作区。'));
    return undefined;
  }
  if (!server.client) {
    void vscode.window.showErrorMessage(l10n.t('绩效语言服务器未运行，请运行命令“绩效：重启语言服务器”。'));
    return undefined;
  }
  let summary: WorkspaceCheckSummary;
  try {
    summary = await status.during(undefined, async () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: l10n.t('检查工作区中的绩效自评报告'), cancellable: true },
        (progress, token) => run(server, status, patterns, progress, token),
      ),
    );
  } catch (error) {
    void vscode.window.showErrorMessage(l10n.t('检查失败：{0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  if (summary.reports.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('工作区中没有找到绩效自评报告。'));
    return summary;
  }
  const withFindings = summary.reports.filter((r) => r.count > 0).length;
  const text = l10n.t('已检查 {0} 份报告：{1} 份有问题，共 {2} 处。', summary.reports.length, withFindings, summary.findings);
  if (summary.findings === 0) {
    void vscode.window.showInformationMessage(text);
  } else {
    const open = l10n.t('打开“问题”面板');
    void vscode.window
      .showWarningMessage(text, open)
      .then((choice) => (choice === open ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
  }
  return summary;
}
