// The in-extension-host tests for the packaged extension: the .vsix installed with --install-extension (not the
// development folder) activates on the seed and its diagnostics appear. Bundled as its own entry point.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { runAll, test } from './harness';
import { SEED_FINDINGS } from './expected';
import { assertMessageLanguage, EXTENSION_ID, expectedMessageLanguage, expectedRange, isProblem, openSeed } from './seed';
import { codeOf, settledDiagnostics } from './wait';

test('the installed .vsix is the jixiao extension loaded, not a development folder', () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  assert.match(ext.extensionPath, /[\\/]extensions[\\/]jixiao\.jixiao-/, `installed under the extensions folder: ${ext.extensionPath}`);
});

test('the installed extension activates on the seed and shows its findings', async () => {
  const { doc } = await openSeed();
  assert.equal(doc.languageId, 'jixiao');
  const diags = await settledDiagnostics(doc.uri, (d) => d.length > 0);
  assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
  const rate = SEED_FINDINGS.find((f) => f.code === 'rate')!;
  const found = diags.find((d) => codeOf(d) === 'rate' && d.range.isEqual(expectedRange(doc, rate)));
  assert.ok(found, 'the 79.4% rate finding is there');
  // The packaged message bundles work: with jixiao.messageLanguage on "auto" under code-server's English display
  // language, the message is English (the English bundle shipped in the .vsix).
  if (vscode.env.language.toLowerCase().startsWith('en')) assert.equal(expectedMessageLanguage(), 'en', 'jixiao.messageLanguage is "auto"');
  assertMessageLanguage(found.message);
  assert.equal(diags.filter(isProblem).length, SEED_FINDINGS.length);
});

export function run(): Promise<void> {
  return runAll();
}
