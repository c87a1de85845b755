// An analysis that runs past jixiao.analysisTimeBudgetMs is abandoned for that version (issue #13): the user
// sees why — one diagnostic on the first line, the status bar's 'idle' notification carries the reason, and the
// output channel (window/logMessage) logs it. The test hook JIXIAO_TEST_SLOW_MS makes every analysis that slow.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { positionOf, rateReport, start } from './session';

const why =
  '检查用时超过了 0.1 秒的上限，jixiao 放弃了对这一版本的检查（修改后会重新检查）；可在设置 jixiao.analysisTimeBudgetMs 中调整上限';

describe('time budget', () => {
  it('an analysis over its budget is given up and says why; with no limit the same text is checked', async () => {
    const s = await start({ settings: { analysisTimeBudgetMs: 100 }, env: { JIXIAO_TEST_SLOW_MS: '300' } });
    const uri = 'file:///tmp/jixiao-time-budget/报告.txt';
    try {
      await s.open(uri, rateReport);
      const found = await s.diagnostics(uri, 1);
      assert.deepEqual(
        found.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line, message: d.message })),
        [{ code: 'time-budget', severity: 3, line: 0, message: why }],
      );
      const idle = s.statuses.filter((x) => x.uri === uri && x.state === 'idle');
      assert.deepEqual(idle.at(-1), { uri, state: 'idle', version: 1, counts: { errors: 0, warnings: 0, others: 1 }, abandoned: why });
      assert.ok(s.stderr.includes(`jixiao: ${uri}: ${why}`), s.stderr);
      // Nothing else pretends to know the abandoned version: no hover from a half-done analysis.
      const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(rateReport, '79.4', 1) });
      assert.equal(hover, null);
      // No limit (0): the same text is checked in full, however slow.
      s.settings = { analysisTimeBudgetMs: 0 };
      await s.notify('workspace/didChangeConfiguration', { settings: null });
      const deadline = Date.now() + 5000;
      while (!s.latest(uri)?.diagnostics.some((d) => d.code === 'rate') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(s.latest(uri)?.diagnostics.map((d) => d.code), ['rate']);
      assert.equal(s.statuses.filter((x) => x.uri === uri && x.state === 'idle').at(-1)?.abandoned, undefined);
    } finally {
      await s.shutdown();
    }
  });

  it('a document that is not open (check the workspace) is held to the budget too', async () => {
    const s = await start({ settings: { analysisTimeBudgetMs: 100 }, env: { JIXIAO_TEST_SLOW_MS: '300' } });
    const uri = 'file:///tmp/jixiao-time-budget-closed/报告.txt';
    try {
      const result = await s.request('jixiao/checkDocuments', { documents: [{ uri, text: rateReport, languageId: 'jixiao' }] });
      assert.deepEqual(result, [{ uri, count: 1 }]);
      const pushed = await s.diagnostics(uri, 0);
      assert.deepEqual(pushed.map((d) => [d.code, d.message]), [['time-budget', why]]);
      assert.equal(s.statuses.filter((x) => x.uri === uri && x.state === 'idle').at(-1)?.abandoned, why);
    } finally {
      await s.shutdown();
    }
  });

  it('within the default budget (10 s) a slow analysis is kept', async () => {
    const s = await start({ env: { JIXIAO_TEST_SLOW_MS: '300' } });
    const uri = 'file:///tmp/jixiao-time-budget-default/报告.txt';
    try {
      await s.open(uri, rateReport);
      assert.deepEqual((await s.diagnostics(uri, 1)).map((d) => d.code), ['rate']);
    } finally {
      await s.shutdown();
    }
  });
});
