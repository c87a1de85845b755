// The seed opens as a jixiao report and shows exactly its known findings, each on the right figure.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { SEED_FINDINGS } from './expected';
import { assertMessageLanguage, expectedRange, isProblem, openSeed } from './seed';
import { codeOf, settledDiagnostics } from './wait';

const show = (d: vscode.Diagnostic) =>
  `${d.range.start.line + 1}:${d.range.start.character}-${d.range.end.line + 1}:${d.range.end.character} ${vscode.DiagnosticSeverity[d.severity]} [${codeOf(d)}] ${d.message}`;

test('the seed report opens with language jixiao', async () => {
  const { doc } = await openSeed();
  assert.equal(doc.languageId, 'jixiao');
});

test('the seed shows its 17 findings at error/warning, each on the right figure', async () => {
  const { doc } = await openSeed();
  const diags = await settledDiagnostics(doc.uri, (d) => d.length > 0);
  const problems = diags.filter(isProblem).sort((a, b) => a.range.start.compareTo(b.range.start));
  console.log(`[jixiao-e2e] seed diagnostics:\n${diags.map(show).join('\n')}`);
  for (const d of diags) assert.equal(d.source, 'jixiao', show(d));
  const missing: string[] = [];
  for (const f of SEED_FINDINGS) {
    const range = expectedRange(doc, f);
    const severity = f.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
    const hit = problems.find((d) => codeOf(d) === f.code && d.range.isEqual(range) && d.severity === severity);
    if (!hit) missing.push(`${f.line}: ${f.severity} [${f.code}] on ${JSON.stringify(f.text)}`);
    else assertMessageLanguage(hit.message);
  }
  const expectedKeys = new Set(SEED_FINDINGS.map((f) => `${f.line}/${f.code}`));
  const extra = problems.filter((d) => !expectedKeys.has(`${d.range.start.line + 1}/${codeOf(d)}`)).map(show);
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
  assert.equal(problems.length, SEED_FINDINGS.length);
});

test('the rate finding on 79.4% says what it should be', async () => {
  const { doc } = await openSeed();
  const diags = await settledDiagnostics(doc.uri, (d) => d.length > 0);
  const rate = diags.find((d) => codeOf(d) === 'rate' && d.range.start.line === 34);
  assert.ok(rate, 'a rate finding on line 35');
  assert.match(rate.message, /74\.27/);
  assert.ok((rate.relatedInformation ?? []).length >= 2, 'related locations point to 362 and 487.4');
});
