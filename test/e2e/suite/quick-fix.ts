// The quick fix a finding carries: offered at 79.4%, applied through workspace.applyEdit, the finding goes away.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { SEED_FINDINGS } from './expected';
import { expectedRange, isProblem, openSeed } from './seed';
import { codeOf, settledDiagnostics } from './wait';

test('the quick fix at 79.4% replaces it with 74.27 and the rate finding disappears', async () => {
  const { doc } = await openSeed();
  const original = doc.getText();
  try {
    await settledDiagnostics(doc.uri, (d) => d.length > 0);
    const range = expectedRange(doc, SEED_FINDINGS.find((f) => f.code === 'rate')!);
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
        50,
      )) ?? [];
    const titles = actions.map((a) => a.title);
    const fix = actions.find(
      (a): a is vscode.CodeAction =>
        'edit' in a && !!a.edit && a.edit.get(doc.uri).some((e) => e.newText === '74.27' && e.range.isEqual(range)),
    );
    assert.ok(fix, `a quick fix replacing 79.4 with 74.27 among: ${JSON.stringify(titles)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit succeeds');
    assert.match(doc.lineAt(34).text, /资产使用率74\.27%/);
    const after = await settledDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'rate'), { quietMs: 1000, capMs: 15_000 });
    assert.equal(after.filter(isProblem).length, SEED_FINDINGS.length - 1, 'only the fixed finding is gone');
  } finally {
    // Put the seed back as it was for the tests that follow, and leave nothing dirty.
    if (doc.getText() !== original) {
      const all = new vscode.WorkspaceEdit();
      all.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      assert.ok(await vscode.workspace.applyEdit(all), 'the seed is restored');
    }
    if (doc.isDirty) assert.ok(await doc.save(), 'the restored seed is saved');
    assert.equal(doc.getText(), original);
  }
});
