// Hover cards show the computed figures: a total's parts, a rate's division.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { openSeed, positionIn } from './seed';

/** The hover text at `pos`, with thousands separators removed so figures compare plainly. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/(\d),(?=\d{3})/g, '$1');
}

test('hover on 总支出 47281.07 (line 24) lists 344.12 and 46936.95', async () => {
  const { doc } = await openSeed();
  const text = await hoverText(doc.uri, positionIn(doc, 24, '47281.07', '总支出'));
  console.log(`[jixiao-e2e] hover on 总支出 47281.07:\n${text}`);
  assert.match(text, /344\.12/);
  assert.match(text, /46936\.95/);
});

test('hover on 79.4% (line 35) shows 362 ÷ 487.4 = 74.27%', async () => {
  const { doc } = await openSeed();
  const text = await hoverText(doc.uri, positionIn(doc, 35, '79.4', '资产使用率'));
  console.log(`[jixiao-e2e] hover on 79.4%:\n${text}`);
  assert.match(text, /74\.27/);
  assert.match(text, /362/);
  assert.match(text, /487\.4/);
});
