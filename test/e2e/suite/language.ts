// Language detection from the first line: a .txt whose name says nothing, but whose first line is a report title.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { settledDiagnostics, until } from './wait';

async function writeAndOpen(name: string, text: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  const uri = vscode.Uri.joinPath(folder.uri, 'e2e-language', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

test('a .txt with no telling name whose first line is 2024年度部门整体支出绩效自评报告 is a jixiao document', async () => {
  const doc = await writeAndOpen('notes.txt', '2024年度部门整体支出绩效自评报告\n\n一、单位基本情况\n');
  // The extension may set the language right after opening: poll (capped) rather than read it once.
  const id = await until('languageId jixiao', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString())?.languageId, (l) => l === 'jixiao', 5000);
  assert.equal(id, 'jixiao');
});

test('a .txt whose first line is not a report title stays plain text', async () => {
  const doc = await writeAndOpen('minutes.txt', '会议纪要\n\n总支出10万元，其中：基本支出3万元，项目支出5万元。\n');
  // Give the extension the time it would take to (wrongly) claim the file: diagnostics quiet for 1.5 s.
  const diags = await settledDiagnostics(doc.uri, () => true, { quietMs: 1500 });
  assert.equal(doc.languageId, 'plaintext');
  assert.equal(diags.length, 0, 'no findings on a file that is not a report');
});

test('年度总结.txt made empty in the Explorer and titled afterwards gets the jixiao language once jixiao checks it', async () => {
  const doc = await writeAndOpen('年度总结.txt', '');
  assert.equal(doc.languageId, 'plaintext', 'an empty .txt opens as plain text');
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor && editor.document.uri.toString() === doc.uri.toString());
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), '2024年度部门整体支出绩效自评报告\n\n总支出10万元，其中：基本支出3万元，项目支出5万元。\n'));
  const languageOf = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString())?.languageId;
  assert.equal(await until('languageId jixiao', languageOf, (l) => l === 'jixiao', 10_000), 'jixiao');

  // Switched back by the user: it stays plain text, also as the checks go on.
  const plain = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
  await vscode.window.showTextDocument(plain);
  await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(3, 0), '说明。\n'));
  await settledDiagnostics(doc.uri, () => true, { quietMs: 1500 });
  assert.equal(languageOf(), 'plaintext', 'the user’s choice is kept');
});
