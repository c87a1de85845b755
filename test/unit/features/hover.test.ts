// Hover cards on small reports: what the user reads when pointing at a figure, a cell, a header, a heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hover } from '../../../server/src/features/hover';
import { budgetReport, offsetOf, report, tableReport } from './report-text';

describe('hover', () => {
  const prose = report(budgetReport);
  const text = prose.report.text;

  it('on a total: its parts in an aligned table, their sum with ✓, and the amount in 元/万元/亿元', () => {
    const card = hover(prose, offsetOf(text, '总支出47281.07', 4))!;
    assert.ok(card);
    assert.equal(text.slice(card.span.start, card.span.end), '47281.07万元');
    const md = card.markdown;
    assert.match(md, /^\*\*(决算)?总支出\*\* 47281\.07 万元/);
    assert.ok(md.includes('| 项目 | 数值 | 单位 |\n|:--|--:|:--|\n| 基本支出 | 344.12 | 万元 |\n| 项目支出 | 46936.95 | 万元 |'), md);
    assert.ok(md.includes('344.12 + 46936.95 = 47281.07 万元 ✓'), md);
    assert.ok(md.includes('| 元 | 万元 | 亿元 |\n|--:|--:|--:|\n| 472,810,700 | 47,281.07 | 4.728107 |'), md);
  });

  it('on a total that does not add up: the sum and the difference', () => {
    const card = hover(prose, offsetOf(text, '预算数2万元', 3))!;
    assert.ok(card.markdown.includes('0 + 1 + 2 = 3 万元 ✗ 文中为 2 万元，相差 1 万元'), card.markdown);
  });

  it('on a part: its share of the total', () => {
    const card = hover(prose, offsetOf(text, '项目支出46936.95', 4))!;
    assert.match(card.markdown, /占(决算)?总支出（47281\.07 万元）的 99\.27%/);
  });

  it('on a rate: the division that gives it, in percentage points off', () => {
    const card = hover(prose, offsetOf(text, '79.4%'))!;
    assert.ok(card.markdown.includes('362 ÷ 487.4 = 74.27% ✗ 文中为 79.4%，相差 5.13 个百分点'), card.markdown);
    assert.ok(card.markdown.includes('| 固定资产账面原值 | 487.4 | 万元 |'), card.markdown);
    assert.ok(!card.markdown.includes('亿元'), 'a percentage is not converted to 元');
  });

  it('on a share that holds: the division with ✓', () => {
    const card = hover(prose, offsetOf(text, '0.73%', 2))!;
    assert.ok(card.markdown.includes('344.12 ÷ 47281.07 = 0.73% ✓'), card.markdown);
  });

  it('on a heading: the section’s figures, relations and findings', () => {
    const card = hover(prose, offsetOf(text, '3. “三公”', 4))!;
    assert.ok(card.markdown.startsWith('**3. “三公”经费执行情况**'), card.markdown);
    assert.ok(card.markdown.includes('| 数字 | 4 |'), card.markdown);
    assert.ok(card.markdown.includes('| 问题 | 1 |'), card.markdown);
    assert.ok(card.markdown.includes('错误 1'), card.markdown);
  });

  it('on the title: the whole report’s counts', () => {
    const card = hover(prose, 3)!;
    assert.ok(card.markdown.includes('| 问题 | 2 |'), card.markdown);
    assert.ok(card.markdown.includes('错误 2'), card.markdown);
  });

  it('nothing on prose without figures, nor on a year', () => {
    assert.equal(hover(prose, offsetOf(text, '负责园区', 2)), undefined);
  });

  const wrongCell = report(tableReport.map((l) => (l === '\t411.38' ? '\t412.87' : l)));
  const cells = wrongCell.report.text;

  it('on a table cell: the relation it fails, the column’s sum against the 合计 row, and 元/亿元', () => {
    const card = hover(wrongCell, offsetOf(cells, '\t412.87', 2))!;
    const md = card.markdown;
    assert.ok(md.startsWith('**基本支出·年初预算** 412.87 万元'), md);
    assert.ok(md.includes('340.33 + 71.05 = 411.38 万元 ✗ 文中为 412.87 万元，相差 1.49 万元'), md);
    assert.ok(md.includes('本列（年初预算）合计：428.37 万元（2 项，不含“其中”子项）'), md);
    assert.ok(md.includes('合计行：426.88，与各项之和相差 1.49'), md);
    assert.ok(md.includes('| 4,128,700 | 412.87 | 0.041287 |'), md);
  });

  it('on a derived cell: its row formula', () => {
    const card = hover(wrongCell, offsetOf(cells, '\t344.12', 2))!;
    assert.ok(card.markdown.includes('412.87 + -67.26 = 345.61 万元 ✗'), card.markdown);
  });

  it('on a column header: the column total', () => {
    const ok = report(tableReport);
    const card = hover(ok, offsetOf(ok.report.text, '\t决算支出', 2))!;
    assert.ok(card.markdown.startsWith('**决算支出** （第 5 列）'), card.markdown);
    assert.ok(card.markdown.includes('本列（决算支出）合计：47281.07 万元（2 项，不含“其中”子项）'), card.markdown);
    assert.ok(card.markdown.includes('合计行：47281.07 ✓'), card.markdown);
  });
});

describe('hover: the verdict first (issue #9)', () => {
  const blocks = (md: string) => md.split('\n\n');

  it('on a failing rate: the figure, then at once the computation and its ✗', () => {
    const prose = report(budgetReport);
    const md = hover(prose, offsetOf(prose.report.text, '79.4%'))!.markdown;
    assert.deepEqual(blocks(md).slice(0, 2), ['**资产使用率** 79.4%', '362 ÷ 487.4 = 74.27% ✗ 文中为 79.4%，相差 5.13 个百分点']);
  });

  it('on a table cell: its verdict right under its name, the operands after', () => {
    const wrong = report(tableReport.map((l) => (l === '\t411.38' ? '\t412.87' : l)));
    const md = hover(wrong, offsetOf(wrong.report.text, '\t412.87', 2))!.markdown;
    assert.deepEqual(blocks(md).slice(0, 3), [
      '**基本支出·年初预算** 412.87 万元',
      '340.33 + 71.05 = 411.38 万元 ✗ 文中为 412.87 万元，相差 1.49 万元',
      '**合计**：基本支出·年初预算',
    ]);
  });
});

describe('hover in English: one language per card (issue #9)', () => {
  it('the card’s own words, its colon and its units are English; the report’s labels are quoted as they stand', async () => {
    const l10n = await import('@vscode/l10n');
    const { readFileSync } = await import('node:fs');
    l10n.config({ contents: JSON.parse(readFileSync('l10n/bundle.l10n.en.json', 'utf8')) });
    try {
      const prose = report(budgetReport);
      const md = hover(prose, offsetOf(prose.report.text, '预算数2万元', 3))!.markdown;
      assert.ok(md.includes('**sum of parts**: “三公”经费预算数'), md);
      assert.ok(md.includes('| item | value | unit |'), md);
      assert.ok(md.includes('| 公务接待费 | 2 | 10k yuan |'), md);
      assert.ok(md.includes('\n0 + 1 + 2 = 3 10k yuan ✗ the report says 2 10k yuan, off by 1 10k yuan'), md);
      assert.ok(md.includes('| yuan | 10k yuan | 100M yuan |'), md);
      assert.doesNotMatch(md, /：|（）|\| 元 \||万元 ✗/);
    } finally {
      l10n.config({ contents: {} });
    }
  });
});
