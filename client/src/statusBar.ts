// The status-bar item: the active report's finding count, a spinner while it is being checked.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CheckStatus } from './checkStatus';
import { countFindings, totalOf } from './diagnostics';
import { statusFor } from './statusText';

export function registerStatusBar(status: CheckStatus): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('jixiao.status', vscode.StatusBarAlignment.Right, 100);
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    item.name = l10n.t('绩效检查'); // here, so that it follows a change of jixiao.messageLanguage
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) {
      item.hide();
      return;
    }
    const key = doc.uri.toString();
    const counts = countFindings(doc.uri);
    const running = status.isRunning(key);
    const relevant = doc.languageId === 'jixiao' || status.isReport(key) || totalOf(counts) > 0 || running;
    if (!relevant) {
      item.hide();
      return;
    }
    const runMode = vscode.workspace.getConfiguration('jixiao', doc).get('run') === 'onSave' ? 'onSave' : 'onType';
    const checked = status.checked(key);
    const { text, tooltip } = statusFor({ docVersion: doc.version, running, checked, runMode, collection: counts });
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    // An edit makes the count in the status bar stale until the new version is checked.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) update();
    }),
    status.onDidChange(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
  );
}
