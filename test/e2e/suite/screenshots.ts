// What a user sees, captured by the outer runner (code-server + Chromium): squiggles on the seed, a hover card on
// a wrong total under the mouse, the Problems panel, the outline. Each screenshot also checks the screen.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { shotsDir } from './config';
import { test } from './harness';
import { screenshot } from './screenshot';
import { openSeed } from './seed';
import { settledDiagnostics, until } from './wait';

async function seedAt(line: number) {
  const { doc, editor } = await openSeed();
  await settledDiagnostics(doc.uri, (d) => d.length > 0);
  const pos = new vscode.Position(line - 1, 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
  // revealRange does not wait for the workbench: poll until the editor shows the line near its top (VS Code keeps a
  // few lines of context above it) and has stopped scrolling.
  let last = -1;
  let since = Date.now();
  await until(
    `line ${line} near the top of the editor`,
    () => {
      const top = editor.visibleRanges[0]?.start.line ?? -1;
      if (top !== last) [last, since] = [top, Date.now()];
      return top;
    },
    (top) => top <= line - 1 && top >= line - 1 - 10 && Date.now() - since >= 300,
    10_000,
  );
  return { doc, editor };
}

if (shotsDir) {
  test('screenshot: the seed with squiggles', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await seedAt(20);
    const r = await screenshot({ name: '1-squiggles', waitFor: '.monaco-editor .view-overlays .squiggly-error', textOf: '.monaco-editor .view-lines' });
    assert.ok(r.found, `error squiggles visible (${r.error ?? ''})`);
    assert.match(r.text, /资产使用率/);
  });

  test('screenshot: the hover card on the wrong total 412.87', async () => {
    await seedAt(40);
    const r = await screenshot({ name: '2-hover-total', waitFor: '.monaco-hover .hover-contents', hoverText: '412.87' });
    assert.ok(r.found, `a hover card opened under the mouse (${r.error ?? ''})`);
    assert.match(r.text.replace(/(\d),(?=\d{3})/g, '$1'), /411\.38/, 'the card shows 340.33 + 71.05 = 411.38');
  });

  test('screenshot: the Problems panel', async () => {
    await seedAt(20);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const r = await screenshot({ name: '3-problems', waitFor: '.markers-panel .monaco-list-row[aria-level="2"]', textOf: '.markers-panel' });
    assert.ok(r.found, `the Problems panel lists findings (${r.error ?? ''})`);
    assert.match(r.text, /74\.27/);
  });

  test('screenshot: the outline', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await seedAt(1);
    await vscode.commands.executeCommand('outline.focus');
    // Collapse the file list so the outline has the sidebar's height.
    const r = await screenshot({
      name: '4-outline',
      click: '.pane-header:has-text("workspace")',
      waitFor: '.outline-pane .monaco-list-row',
      textOf: '.outline-pane',
    });
    assert.ok(r.found, `the outline view shows the headings (${r.error ?? ''})`);
    assert.match(r.text, /预算支出及绩效情况/);
  });
}
