// Opening the seed report (examples/) in the workspace the runner prepared.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ExpectedFinding, SEED_NAME } from './expected';

export const EXTENSION_ID = 'jixiao.jixiao';

export async function seedUri(): Promise<vscode.Uri> {
  const found = await vscode.workspace.findFiles(`**/${SEED_NAME}`);
  assert.equal(found.length, 1, `the workspace should hold exactly one ${SEED_NAME}; found ${found.map((u) => u.fsPath).join(', ') || 'none'}`);
  return found[0];
}

export async function openSeed(): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(await seedUri());
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** The range an expected finding covers in `doc`. */
export function expectedRange(doc: vscode.TextDocument, f: ExpectedFinding): vscode.Range {
  const line = doc.lineAt(f.line - 1).text;
  const from = f.after === undefined ? 0 : line.indexOf(f.after);
  assert.ok(from >= 0, `line ${f.line} should contain ${f.after}`);
  const start = line.indexOf(f.text, from + (f.after?.length ?? 0));
  assert.ok(start >= 0, `line ${f.line} should contain ${JSON.stringify(f.text)}`);
  return new vscode.Range(f.line - 1, start, f.line - 1, start + f.text.length);
}

/** The position inside the first occurrence of `text` (after `after`) on 1-based `line`. */
export function positionIn(doc: vscode.TextDocument, line: number, text: string, after = ''): vscode.Position {
  const r = expectedRange(doc, { line, code: '', severity: 'error', text, after });
  return r.start.translate(0, Math.floor(text.length / 2));
}

export const isProblem = (d: vscode.Diagnostic) =>
  d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning;

export type MessageLanguage = 'zh' | 'en';

/**
 * The language jixiao's messages should be in: `jixiao.messageLanguage` ("zh-cn", "en"), or under "auto" VS Code's
 * display language (English under English; Chinese, the source language, under Chinese and any language without
 * a translation).
 */
export function expectedMessageLanguage(): MessageLanguage {
  const setting = vscode.workspace.getConfiguration('jixiao', null).get<string>('messageLanguage', 'auto');
  if (setting === 'zh-cn') return 'zh';
  if (setting === 'en') return 'en';
  return vscode.env.language.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** A Chinese message has no English words; an English one has some (labels quoted from the report stay Chinese). */
export function assertMessageLanguage(message: string, want: MessageLanguage = expectedMessageLanguage()): void {
  const where = `jixiao.messageLanguage ${vscode.workspace.getConfiguration('jixiao', null).get('messageLanguage')}, display language ${vscode.env.language}`;
  if (want === 'zh') {
    assert.match(message, /[\u4e00-\u9fff]/, `a Chinese message (${where}): ${message}`);
    assert.doesNotMatch(message, /[A-Za-z]{3,}/, `no English words (${where}): ${message}`);
  } else {
    assert.match(message, /\b[A-Za-z]{3,}\b.*\b[A-Za-z]{3,}\b/, `an English message (${where}): ${message}`);
  }
}
