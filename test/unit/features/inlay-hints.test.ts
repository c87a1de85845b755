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
  it('`79.4% ‹74.27%›` after a unit of no Chinese characters; `2 ‹3›万元` before a unit of Chinese characters', () => {
    const a = report(budgetReport);
    const out = shown(a.report.text, inlayHints(a));
    assert.ok(out.includes('资产使用率79.4% ‹74.27%›。'), out);
    assert.ok(out.includes('“三公”经费预算数2 ‹3›万元，'), out);
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

  // VS Code's default word wrap (editor.wrappingStrategy "simple") may break a line after a CJK character and
  // before one, at the break-after/-before characters of editor.wordWrapBreakAfterCharacters/BeforeCharacters,
  // and nowhere else; an inlay hint's label takes part in it as text. A label of CJK characters (`‹3万元›`) could
  // break inside, leaving a lone `›。` on the next line; one after a CJK unit could be parted from its figure.
  it('no place where VS Code’s word wrap can part a hint from its figure or break inside it', () => {
    const after = new Set([...' \t})]?|/&.,;¢°′″‰℃、。｡､￠，．：；？！％・･ー”〉》」』】〕）］｝｣']);
    const before = new Set([...'([{‘“〈《「『【〔（［｛｢£¥＄￡￥+＋']);
    const cls = (ch: string) => {
      const c = ch.charCodeAt(0);
      if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return 3;
      return before.has(ch) ? 1 : after.has(ch) ? 2 : 0;
    };
    const canBreak = (a: string, b: string) => {
      const [o, t] = [cls(a), cls(b)];
      return b !== ' ' && ((o === 2 && t !== 2) || (o !== 1 && t === 1) || (o === 3 && t !== 2) || (t === 3 && o !== 1));
    };
    const a = report(budgetReport);
    const text = a.report.text;
    const hints = inlayHints(a);
    assert.equal(hints.length, 2);
    for (const h of hints) {
      // The character before the hint, then the label: no break before the label nor inside it (but after a
      // `.` between digits, where VS Code breaks any number printed in the text too).
      const glued = text[h.offset - 1] + h.label;
      const breaks = [...glued].slice(1).flatMap((ch, i) => (canBreak(glued[i], ch) && !(glued[i] === '.' && /\d/.test(ch)) ? [`${glued.slice(0, i + 1)}|${glued.slice(i + 1)}`] : []));
      assert.deepEqual(breaks, [], glued);
    }
  });
});
