// Memory stays bounded (issue #12): while the server analyses a new version of a report, the analysis of the old
// version is no longer held (it is garbage as soon as the new one starts, not once the new one is done).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Reports } from '../../../server/src/lsp/reports';
import { defaultSettings } from '../../../server/src/lsp/settings';

setFlagsFromString('--expose-gc');
const gc: () => void = runInNewContext('gc');
const seed = readFileSync(join(__dirname, '../../fixtures/seed-hengshan.txt'), 'utf8');

describe('Reports: one analysis per document at a time', () => {
  it('drops the old version’s analysis when the new version’s starts', async () => {
    const reports = new Reports();
    const doc = TextDocument.create('file:///tmp/jixiao-memory/2023-部门整体支出绩效自评报告.txt', 'jixiao', 1, seed);
    const settings = { ...defaultSettings, analysisTimeBudgetMs: 0 };
    const old = new WeakRef(reports.analysis(doc, settings)!);
    assert.ok(old.deref()?.findings.length);
    TextDocument.update(doc, [{ text: seed + '\n' }], 2);
    const pending = reports.currentAnalysis(doc, settings, () => 2);
    // The new analysis has taken its first step (the parse) and yielded: the old one must be collectable now.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    assert.equal(old.deref(), undefined);
    const analysis = await pending;
    assert.equal(analysis?.findings.length, reports.analysis(doc, settings)?.findings.length);
  });
});
