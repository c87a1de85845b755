// Word and PDF files as handed in: the seed's .docx and .pdf (in the workspace's 送审/) opened from the explorer's
// context menu ("Open with Jixiao", clicked by the runner as a user would) become read-only jixiao views with the
// typed seed's findings, hover cards and outline; the Problems panel lists them under the view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { shotsDir } from './config';
import { SEED_NAME } from './expected';
import { hoverText } from './hover';
import { test } from './harness';
import { screenshot } from './screenshot';
import { isProblem, openSeed } from './seed';
import { codeOf, settledDiagnostics, until } from './wait';

const menuItem = '.monaco-menu .action-item:has-text("Open with Jixiao")';
const finding = (d: vscode.Diagnostic) => `[${String(codeOf(d))}] ${d.message}`;

async function seedFindings(): Promise<string[]> {
  const { doc } = await openSeed();
  const diags = await settledDiagnostics(doc.uri, (d) => d.length > 0);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return diags.filter(isProblem).map(finding).sort();
}

/** Right-click the file in the explorer, click "Open with Jixiao": the view's editor, once its findings are in. */
async function openFromExplorer(ext: 'docx' | 'pdf'): Promise<vscode.TextEditor> {
  const name = SEED_NAME.replace(/\.txt$/, `.${ext}`);
  const [source] = await vscode.workspace.findFiles(`送审/${name}`);
  assert.ok(source, `送审/${name} in the workspace`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('revealInExplorer', source);
  const menu = await screenshot({
    name: `${ext}-explorer-menu`,
    contextClick: `.explorer-folders-view .monaco-list-row:has-text("${name}")`,
    waitFor: menuItem,
    textOf: '.monaco-menu',
  });
  assert.ok(menu.found, `the explorer's context menu offers Open with Jixiao (${menu.error ?? ''})`);
  assert.match(menu.text, /用绩效检查打开/);
  const opened = await screenshot({ name: `${ext}-view-opened`, click: menuItem, waitFor: '.monaco-editor .view-overlays .squiggly-error' });
  assert.ok(opened.found, `the view opened with squiggles (${opened.error ?? ''})`);
  const editor = await until(
    'the view in the active editor',
    () => vscode.window.activeTextEditor,
    (e) => e?.document.uri.scheme === 'jixiao-doc' && e.document.languageId === 'jixiao',
    20_000,
  );
  assert.ok(editor);
  assert.equal(decodeURIComponent(editor.document.uri.path.split('/').pop() ?? ''), name);
  return editor;
}

if (shotsDir) {
  test('a .docx and a .pdf opened from the explorer: read-only views with the typed seed’s findings, hovers and outline', async () => {
    const expected = await seedFindings();
    assert.ok(expected.length >= 10, expected.join('\n'));
    for (const [ext, shot] of [['docx', '6-docx-view'], ['pdf', '7-pdf-view']] as const) {
      const editor = await openFromExplorer(ext);
      const doc = editor.document;
      const diags = await settledDiagnostics(doc.uri, (d) => d.filter(isProblem).length >= expected.length);
      assert.deepEqual(diags.filter(isProblem).map(finding).sort(), expected, `${ext}: the findings of the typed seed`);

      const line = doc.getText().split('\n').findIndex((l) => l.includes('资产使用率79.4%'));
      assert.ok(line >= 0, `${ext}: the rate sentence is in the view`);
      const hover = await hoverText(doc.uri, new vscode.Position(line, doc.lineAt(line).text.indexOf('79.4%') + 2));
      assert.match(hover, /74\.27/, `${ext}: the hover card on 79.4% computes 74.27%`);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok((symbols ?? []).length >= 4, `${ext}: the outline has the report's headings`);

      const rate = diags.find((d) => codeOf(d) === 'rate');
      assert.ok(rate, `${ext}: the rate finding`);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rate.range);
      assert.deepEqual((actions ?? []).filter((a) => /74\.27|忽略/.test(a.title)).map((a) => a.title), [], `${ext}: no fix offered in a read-only view`);

      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const r = await screenshot({ name: shot, waitFor: '.markers-panel .monaco-list-row[aria-level="2"]', textOf: '.markers-panel' });
      assert.ok(r.found, `the Problems panel lists the view's findings (${r.error ?? ''})`);
      assert.match(r.text, new RegExp(SEED_NAME.replace(/\.txt$/, `\\.${ext}`)));
      assert.match(r.text, /74\.27/);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
}
