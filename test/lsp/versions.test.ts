// Diagnostics belong to the version of the text they were computed on (issue #13, "tests that let breakage
// through"): a pulling client that edits and pulls again gets the new text's findings, and a run started for an
// old version that is overtaken by an edit while its settings are being fetched publishes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { positionOf, rateReport, start } from './session';

const sumLine = '总支出10万元，其中：基本支出3万元，项目支出5万元。\n';
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.range.start.line}`).sort();

describe('diagnostics are those of the version they are for', () => {
  it('a pulling client that changes the document and pulls again gets the new findings, each time', async () => {
    const s = await start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    const pull = async () =>
      codes((await s.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items);
    const uri = 'file:///tmp/jixiao-pull-versions/报告.txt';
    try {
      await s.open(uri, rateReport);
      assert.deepEqual(await pull(), ['rate 4']);
      // Version 2 adds a sum that does not add up (3 + 5 ≠ 10, a whole of two known parts).
      await s.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: sumLine }]);
      assert.deepEqual(await pull(), ['rate 4', 'sum-of-parts 5']);
      // Version 3 corrects 79.4% to 74.27%: only the sum is left.
      const at = positionOf(s.text(uri), '79.4');
      await s.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '74.27' }]);
      assert.deepEqual(await pull(), ['sum-of-parts 5']);
      // Pulling again without an edit gives the same.
      assert.deepEqual(await pull(), ['sum-of-parts 5']);
    } finally {
      await s.shutdown();
    }
  });

  it('a run for version 1 overtaken by an edit while settings are fetched publishes nothing for version 1', async () => {
    // workspace/configuration is answered after 400 ms: the run the open starts waits for it, and the edit to
    // version 2 arrives meanwhile. The document object then already holds version 2's text.
    const s = await start({ configurationDelayMs: 400 });
    const uri = 'file:///tmp/jixiao-stale-run/报告.txt';
    try {
      await s.open(uri, rateReport);
      const at = positionOf(rateReport, '79.4');
      await s.change(uri, [
        { range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '74.27' },
        { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: sumLine },
      ]);
      const v2 = await s.diagnostics(uri, 2, 8000);
      assert.deepEqual(codes(v2), ['sum-of-parts 5']);
      await new Promise((r) => setTimeout(r, 300));
      const published = s.published.filter((p) => p.uri === uri);
      assert.deepEqual(
        published.map((p) => `${p.version}: ${codes(p.diagnostics).join(', ')}`),
        ['2: sum-of-parts 5'],
        'version 1 was overtaken before it was checked: nothing is published for it',
      );
      const idle = s.statuses.filter((x) => x.uri === uri && x.state === 'idle' && x.version !== undefined);
      assert.deepEqual(idle.map((x) => x.version), [2], 'the status bar counts only version 2');
    } finally {
      await s.shutdown();
    }
  });
});
