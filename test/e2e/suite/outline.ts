// The outline (document symbols) follows the report's numbered headings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { openSeed } from './seed';

export async function symbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

const names = (s: vscode.DocumentSymbol[]) => s.map((x) => x.name);

test('the outline lists the seed headings by level', async () => {
  const { doc } = await openSeed();
  const all = await symbols(doc.uri);
  // The title line (line 1) may stand as a symbol of its own before the headings; the headings are the top level.
  const top = all.filter((s) => s.range.start.line !== 0);
  assert.ok(all.length - top.length <= 1 && (all[0].range.start.line !== 0 || all[0].name === doc.lineAt(0).text.trim()), `title symbol: ${JSON.stringify(names(all))}`);
  const want = ['单位基本情况', '预算支出及绩效情况', '存在的问题及改进措施', '其他需要说明的情况'];
  assert.equal(top.length, want.length, `top level: ${JSON.stringify(names(top))}`);
  want.forEach((w, i) => assert.ok(top[i].name.includes(w), `top level ${i}: ${top[i].name} should name ${w}`));
  const sub = names(top[1].children).join(' | ');
  assert.ok(sub.includes('部门预决算情况') && sub.includes('资金使用及绩效情况'), `under 预算支出及绩效情况: ${sub}`);
  const budget = top[1].children.find((c) => c.name.includes('部门预决算情况'));
  const leaves = names(budget?.children ?? []).join(' | ');
  for (const w of ['部门预算情况', '部门决算情况', '“三公”经费执行情况', '政府采购执行情况', '资产管理情况']) {
    assert.ok(leaves.includes(w), `under 部门预决算情况 expected ${w}: ${leaves}`);
  }
  assert.equal(top[0].range.start.line, 2, '单位基本情况 starts on line 3');
});
