// A relation one of whose figures is already flagged: the other side is not blamed, and nothing suggests the
// flagged value (issue #9, bug 4). A table's 合计 reads 996.42 where its rows give 986.42; the prose above it,
// which says 986.42, is right.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import { inlayHints } from '../../../server/src/features/inlay-hints';
import { codeActions, fixAllEdits } from '../../../server/src/features/code-actions';
import { applyFix, cellTable, doc, findings, summary } from './helpers';

const report = (total: string, prose = '986.42') =>
  doc(
    '1、 预算支出及绩效情况',
    '',
    `2023年决算总支出${prose}万元，其中：基本支出586.42万元，项目支出400.00万元。`,
    '',
    '单位：万元',
    ...cellTable([
      ['类别', '年初预算', '调整后预算', '决算支出'],
      ['基本支出', '586.42', '586.42', '586.42'],
      ['项目支出', '400.00', '400.00', '400.00'],
      ['合计', '986.42', '986.42', total],
    ]),
  );

describe('a relation with a figure already flagged', () => {
  it('the wrong 合计 996.42 is the one finding; the right prose 986.42 is not blamed', () => {
    const text = report('996.42');
    assert.deepEqual(summary(text), ['26 error table-total 996.42']);
    const [f] = findings(text);
    assert.equal(f.message, '合计·决算支出应为 986.42万元（基本支出 586.42 + 项目支出 400.00），文中为 996.42万元，相差 10万元');
    assert.equal(applyFix(text, f), report('986.42'));
  });

  it('no inlay hint, fix or message offers the flagged 996.42', () => {
    const a = analyze(report('996.42'));
    assert.deepEqual(inlayHints(a).map((h) => h.label), ['‹986.42›']);
    for (const f of a.findings) assert.doesNotMatch(f.message, /应为 996\.42/);
    const plans = codeActions(a, { start: 0, end: a.report.text.length });
    for (const p of plans) assert.doesNotMatch(p.title, /改为 996\.42/);
    assert.deepEqual(fixAllEdits(a).edits.map((e) => e.newText), ['986.42']);
  });

  it('with the 合计 right, a wrong prose figure is still flagged against the table', () => {
    const text = report('986.42', '996.42');
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.line} ${f.rule} ${f.figure}`), ['5 sum-of-parts 996.42']);
  });
});

describe('a total computed from a flagged cell', () => {
  // 基本支出 年初预算 reads 596.42 where its 其中 rows give 586.42: the cell is flagged, and the 合计 986.42 no
  // longer matches the column as printed. Both are reported; only the cell's fix and hint carry a value.
  const text = doc(
    '1、 预算支出及绩效情况',
    '',
    '单位：万元',
    ...cellTable([
      ['类别', '年初预算', '决算支出'],
      ['基本支出', '596.42', '586.42'],
      ['其中：人员经费', '500.00', '500.00'],
      ['日常公用经费', '86.42', '86.42'],
      ['项目支出', '400.00', '400.00'],
      ['合计', '986.42', '986.42'],
    ]),
  );

  it('the 合计 is reported without a value computed from the wrong cell', () => {
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule} ${f.figure} ${f.fix ?? '-'}`), ['table-total 596.42 586.42', 'table-total 986.42 -']);
    assert.match(all[1].message, /；其中基本支出·年初预算 596\.42本身有误，宜先改正$/);
    const a = analyze(text);
    assert.deepEqual(inlayHints(a).map((h) => h.label), ['‹586.42›']);
    assert.equal(applyFix(text, all[0]), text.replace('596.42', '586.42'));
  });
});

describe('a total that another relation, free of flagged figures, confirms', () => {
  // A 支出决算表 (`科目名称 | 合计 | 基本支出 | 项目支出`) whose 合计 row's 项目支出 reads 710.62 where its column gives
  // 701.62. Its 合计 2,222.32 misses 基本支出 + 项目支出 across the row by that cell, but is its own column's sum: right.
  const table = (projects: string) =>
    doc(
      '表5 一般公共预算财政拨款支出决算表',
      '单位：万元',
      ...cellTable([
        ['科目名称', '合计', '基本支出', '项目支出'],
        ['栏次', '1', '2', '3'],
        ['一般公共服务支出', '1,865.42', '1,400.20', '465.22'],
        ['卫生健康支出', '356.90', '120.50', '236.40'],
        ['合计', '2,222.32', '1,520.70', projects],
      ]),
      '二、情况说明',
    );

  it('only the wrong cell is reported; the 栏次 row is no row of figures', () => {
    assert.deepEqual(summary(table('701.62')), []);
    const all = findings(table('710.62'));
    assert.deepEqual(all.map((f) => `${f.rule} ${f.figure} ${f.fix ?? '-'}`), ['table-total 710.62 701.62']);
  });
});
