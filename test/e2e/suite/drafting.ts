// Drafting as a user types, with real key presses from the browser (the runner types them): a heading followed by
// Enter stays the heading (a snippet whose prefix was a report word used to replace it), and the command palette
// finds jixiao's commands by 绩效 on this English VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { shotsDir } from './config';
import { test } from './harness';
import { screenshot } from './screenshot';

async function typeIntoNewReport(lines: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'jixiao', content: '' });
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const keys = lines.flatMap((l) => [{ type: l, waitMs: 1200 }, { press: 'Enter', waitMs: 300 }]);
  const r = await screenshot({ name: 'drafting-heading-enter', waitFor: '.monaco-editor .view-lines', keys });
  assert.ok(r.found, r.error);
  return doc;
}

if (shotsDir) {
  test('typing a heading and Enter keeps the heading: no snippet replaces report words', async () => {
    const headings = ['（二）部门决算情况', '（一）项目支出', '部门预算', '政府采购', '资产管理'];
    const doc = await typeIntoNewReport(headings);
    assert.equal(doc.getText(), headings.map((h) => `${h}\n`).join(''));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the command palette finds the commands by 绩效 on an English VS Code', async () => {
    const r = await screenshot({
      name: '5-command-palette',
      waitFor: '.quick-input-widget .monaco-list-row',
      textOf: '.quick-input-widget .monaco-list',
      keys: [{ press: 'F1', waitMs: 500 }, { type: '绩效', waitMs: 1000 }],
    });
    assert.ok(r.found, r.error);
    for (const title of ['插入报告模板', '检查当前报告', '检查工作区中的所有报告']) assert.match(r.text, new RegExp(title), r.text);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });
}
