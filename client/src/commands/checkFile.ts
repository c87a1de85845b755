// Command jixiao.checkFile: check the report in the active editor now and say how many findings it has.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CheckStatus } from '../checkStatus';
import { requestCheck, toCheckDocument } from '../checkRequest';
import { countFindings, totalOf, waitForSettledDiagnostics } from '../diagnostics';
import type { ServerConnection } from '../serverConnection';

/** Finding count of the document, or undefined when the server does not treat it as a report. */
async function check(server: ServerConnection, status: CheckStatus, doc: vscode.TextDocument): Promise<number | undefined> {
  const key = doc.uri.toString();
  const client = server.client;
  if (client) {
    const answer = await requestCheck(client, [toCheckDocument(doc)]);
    if (answer !== 'unsupported') {
      const entry = answer.find((e) => e.uri === key);
      if (entry) status.markReport(key);
      return entry?.count;
    }
  }
  // A server without jixiao/checkDocuments still checks open documents: wait for its findings to settle.
  await status.whenServerIdle(key, 5000);
  await waitForSettledDiagnostics([doc.uri], () => status.isServerRunning(key), { quietMs: 300, timeoutMs: 3000 });
  const total = totalOf(countFindings(doc.uri));
  return doc.languageId === 'jixiao' || total > 0 || status.isReport(key) ? total : undefined;
}

export async function checkFile(server: ServerConnection, status: CheckStatus): Promise<number | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(l10n.t('请先打开一份绩效自评报告。'));
    return undefined;
  }
  if (!server.client) {
    void vscode.window.showErrorMessage(l10n.t('绩效语言服务器未运行，请运行命令“绩效：重启语言服务器”。'));
    return undefined;
  }
  let count: number | undefined;
  try {
    count = await status.during(doc.uri.toString(), () => check(server, status, doc));
  } catch (error) {
    void vscode.window.showErrorMessage(
      l10n.t('检查失败：{0}', error instanceof Error ? error.message : String(error)),
    );
    return undefined;
  }
  if (count === undefined) {
    void vscode.window.showInformationMessage(
      l10n.t('当前文件不像绩效自评报告：标题或第一个标题中没有“绩效自评”“自评报告”等字样。'),
    );
  } else if (count === 0) {
    void vscode.window.showInformationMessage(l10n.t('检查完毕：数字均对得上，未发现问题。'));
  } else {
    const open = l10n.t('打开“问题”面板');
    void vscode.window
      .showWarningMessage(count === 1 ? l10n.t('检查完毕：发现 1 处问题。') : l10n.t('检查完毕：发现 {0} 处问题。', count), open)
      .then((choice) => (choice === open ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
  }
  return count;
}
