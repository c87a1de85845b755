// Inlay hints: the computed value beside each failing figure, after its unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlayHints } from '../../../server/src/features/inlay-hints';
import { budgetReport, report, tableReport } from './report-text';

function shown(text: string, hints: Array<{ offset: number; label: string }>): string {
  let out = text;
  for (const h of [...hints].sort((a, b) => b.offset - a.offset)) out = out.slice(0, h.offset) + ` ${h.label}` + out.slice(h.offset);
  return out;
}

describe('inlay hints', () => {
  it('`79.4% ‹74.27%›` and `2万元 ‹3万元›`: after the unit, in the unit of the figure', () => {
    const a = report(budgetReport);
    const out = shown(a.report.text, inlayHints(a));
    assert.ok(out.includes('资产使用率79.4% ‹74.27%›。'), out);
    assert.ok(out.includes('“三公”经费预算数2万元 ‹3万元›，'), out);
    assert.equal(inlayHints(a).length, 2);
  });

  it('a table cell (no unit printed) gets the bare number; a blank cell the value to fill in', () => {
    const wrong = report(tableReport.map((l) => (l === '\t411.38' ? '\t412.87' : l === '\t-67.26' ? '\t' : l)));
    const out = shown(wrong.report.text, inlayHints(wrong));
    assert.ok(out.includes('\t412.87 ‹411.38›\n'), out);
    assert.ok(out.includes('\t ‹-68.75›\n'), out);
  });

  it('only the figures in the requested range; none on a clean report', () => {
    const a = report(budgetReport);
    const start = a.report.text.indexOf('截至2023年');
    assert.deepEqual(inlayHints(a, { start, end: a.report.text.length }).map((h) => h.label), ['‹74.27%›']);
    assert.deepEqual(inlayHints(report(tableReport)), []);
  });

  it('the tooltip gives the formula', () => {
    const a = report(budgetReport);
    const rate = inlayHints(a).find((h) => h.label === '‹74.27%›')!;
    assert.equal(rate.tooltip, '计算值：在用资产 362 ÷ 固定资产账面原值 487.4 = 74.27%');
  });
});
