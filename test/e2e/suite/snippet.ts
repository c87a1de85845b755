// The report skeleton snippet, inserted by jixiao.insertTemplate into a new untitled jixiao document, gives a clean
// outline and no findings; the document is really checked (a wrong sum typed into it is flagged).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { symbols } from './outline';
import { EXTENSION_ID, isProblem } from './seed';
import { codeOf, settledDiagnostics, until } from './wait';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** The seed-outline (1、/（1）/1.) report skeleton among the extension's contributed snippets. */
async function skeleton(): Promise<{ name: string; body: string; prefix: string }> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const contributed: { language: string; path: string }[] = ext.packageJSON.contributes?.snippets ?? [];
  const files = contributed.filter((s) => s.language === 'jixiao');
  assert.ok(files.length > 0, 'the extension contributes jixiao snippets');
  const candidates: { name: string; body: string; prefix: string }[] = [];
  for (const f of files) {
    const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, f.path)));
    const snippets = JSON.parse(raw) as Record<string, Snippet>;
    for (const [name, s] of Object.entries(snippets)) {
      const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
      const prefix = Array.isArray(s.prefix) ? s.prefix[0] : s.prefix;
      if (/^1、\s*单位基本情况/m.test(body) && /存在的问题/.test(body)) candidates.push({ name, body, prefix });
    }
  }
  assert.ok(candidates.length > 0, 'a report skeleton with the seed outline (1、 单位基本情况 … 存在的问题) among the snippets');
  return candidates[0];
}

test('jixiao.insertTemplate puts the report skeleton snippet into a new untitled jixiao document', async () => {
  const { name, prefix } = await skeleton();
  const doc = await vscode.workspace.openTextDocument({ language: 'jixiao', content: '' });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  // The command with a snippet prefix inserts that template without asking (the quick pick is for users).
  const inserted = await vscode.commands.executeCommand<string | undefined>('jixiao.insertTemplate', prefix);
  assert.equal(inserted, name);
  assert.match(doc.getText(), /^1、 ?单位基本情况$/m);
  assert.match(doc.getText(), /^\t基本支出$/m, 'the table cells keep their TABs (Word-pasted table form)');
  // The server has seen the inserted text once its outline comes back.
  const top = await until('the outline of the inserted skeleton', () => symbols(doc.uri), (s) => s.length >= 4, 15_000);
  assert.ok(top.some((s) => s.name.includes('单位基本情况')), JSON.stringify(top.map((s) => s.name)));
  const diags = await settledDiagnostics(doc.uri, () => true, { quietMs: 1500 });
  assert.deepEqual(diags.filter(isProblem).map((d) => `${d.range.start.line + 1}: [${codeOf(d)}] ${d.message}`), []);

  // The untitled document is really checked: a wrong sum typed at its end is flagged.
  await vscode.commands.executeCommand('leaveSnippet');
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  assert.ok(await editor.edit((e) => e.insert(end, '\n\n总支出10万元，其中：基本支出3万元，项目支出5万元。\n')));
  const after = await settledDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'sum-of-parts'), { quietMs: 500, capMs: 15_000 });
  const sum = after.find((x) => codeOf(x) === 'sum-of-parts')!;
  assert.equal(doc.getText(sum.range), '10');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});
