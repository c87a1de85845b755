// Bad input never crashes: analyze() on random text made of the pieces reports are made of (digits, CJK
// punctuation, units, TABs, pipes, line breaks, markers) returns, and every span it gives lies in the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analyze';
import type { Span } from '../../../server/src/report/model';

const pieces = [
  '0', '1', '2', '7', '9', '.', ',', '．', '４', '−', '-', '%', '％', '万元', '元', '亿元', '人', '个', '倍', '分',
  '，', '。', '；', '：', '、', '（', '）', '(', ')', '“', '”', '\t', '|', '---', '\n', '\r\n', '\r', ' ', '\u3000',
  '其中', '合计', '小计', '占', '的', '较', '增加', '减少', '增长', '下降', '执行率', '预算', '调整', '决算', '支出',
  '一、', '（一）', '1、', '（1）', '1.', '①', '# ', '**', '单位：万元', '<!--', '-->', 'jixiao-ignore', '/', '—',
  '\ud83d\ude00', '\ud800',
];
/** Random text from the pieces above (mostly short: headings, odd punctuation, broken markers). */
const soup = fc.string({ unit: fc.constantFrom(...pieces), minLength: 1, maxLength: 200 });

/** A small real-looking report (prose with 其中 and shares, a TAB table, a pipe table with scores, a marker)… */
const base = [
  '2023年度部门整体支出绩效自评报告', '', '1、 单位基本情况', '',
  '截至2023年12月31日管委会在职人员47人，其中编制在职人员30人，临聘及劳务派遣人员17人。',
  '2023年决算总支出47281.07万元，其中：基本支出344.12万元，占总支出的0.73%；项目支出46936.95万元，占总支出的99.27%。',
  '固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。',
  '1. 整体绩效目标支出情况    单位：万元', '',
  '\t类别', '\t年初预算', '\t预算调整', '\t调整后预算', '\t决算支出', '',
  '\t基本支出', '\t412.87', '\t', '\t344.12', '\t344.12', '',
  '\t合    计', '\t428.37', '\t', '\t47281.07', '\t47281.07', '',
  '| 项目名称 | 年初预算 | 调整 | 可执行预算 | 支出金额 | 执行率 | 分值 | 得分 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  '| 招商引资支出 | / | 98.69 | 98.69 | 98.69 | 98.69 | 10 | 9 |',
  '| **合计** | / | 98.69 | 98.69 | 98.69 | 100% | 10 | 9 |',
  '自评得分94.5分，评价等级为“优”。<!-- jixiao-ignore rate -->',
].join('\n');
/** …damaged by a few random edits (insert a piece, delete a few characters): every rule gets odd input. */
const damaged = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom(...pieces, '')), { maxLength: 6 })
  .map((edits) => edits.reduce((t, [pos, del, ins]) => {
    const p = pos % (t.length + 1);
    return t.slice(0, p) + ins + t.slice(p + del);
  }, base));
const reportish = fc.oneof(soup, damaged);

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;
}

describe('robustness (properties)', () => {
  it('a Markdown pipe table whose first line is an empty row (`|`) does not crash the parser', () => {
    // Found by the property below: pipeRows() yields an empty header row, buildTable() reads headerRaw[0].slot.
    for (const text of ['|\n| 1 |', '| \n| 基本支出 | 412.87 |']) {
      assert.doesNotThrow(() => analyze(text, { format: 'md' }), JSON.stringify(text));
    }
  });

  it('analyze never throws, and every finding, related and fix span lies within the text', () => {
    fc.assert(
      fc.property(reportish, fc.constantFrom<'txt' | 'md'>('txt', 'md'), (text, format) => {
        const { report, findings, checks } = analyze(text, { format });
        assert.equal(report.text, text);
        for (const f of findings) {
          assert.ok(inside(f.span, text.length), `finding ${JSON.stringify(f.span)} in ${text.length}`);
          for (const r of f.related) assert.ok(inside(r.span, text.length));
          for (const e of f.fix?.edits ?? []) assert.ok(inside(e.span, text.length));
          assert.ok(f.message.length > 0);
        }
        for (const c of checks) assert.ok(inside(c.target, text.length));
      }),
      { numRuns: 200 },
    );
  });

  it('every heading, paragraph, figure and cell span lies within the text', () => {
    fc.assert(
      fc.property(reportish, fc.constantFrom<'txt' | 'md'>('txt', 'md'), (text, format) => {
        const { report } = analyze(text, { format });
        const spans: Span[] = [
          ...report.headings.flatMap((h) => [h.span, h.markerSpan, h.titleSpan]),
          ...report.paragraphs.flatMap((p) => [p.span, ...p.quantities.flatMap((q) => [q.span, q.fullSpan])]),
          ...report.tables.flatMap((t) => [t.span, ...t.rows.flatMap((r) => r.cells.map((c) => c.span))]),
        ];
        for (const s of spans) assert.ok(inside(s, text.length), JSON.stringify({ s, text }));
      }),
      { numRuns: 200 },
    );
  });
});
