// A relation one of whose figures is already flagged: the other side is not blamed, and nothing suggests the
// flagged value (issue #9, bug 4). A table's 合计 reads 996.42 where its rows give 986.42; the prose above it,
// which says 986.42, is right.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  // longer matches the column as printed. The 合计 is right once the cell is corrected: only the cell is reported.
  // (Before session 7 both were, the 合计 with no fix and a note naming the cell: a finding on a right figure.)
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

  it('a 合计 that is wrong either way is still reported, with the note and no fix', () => {
    const both = text.replace(/合计\t?\n?([^\n]*)986\.42/, (m) => m.replace('986.42', '976.42'));
    const all = findings(both);
    assert.deepEqual(all.map((f) => `${f.rule} ${f.figure} ${f.fix ?? '-'}`), ['table-total 596.42 586.42', 'table-total 976.42 -']);
    assert.match(all[1].message, /；其中基本支出·年初预算 596\.42本身有误，宜先改正$/);
  });

  it('the 合计, right once the wrong cell is corrected, is not reported; the cell is, with its fix', () => {
    const all = findings(text);
    assert.deepEqual(all.map((f) => `${f.rule} ${f.figure} ${f.fix ?? '-'}`), ['table-total 596.42 586.42']);
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

describe('a rate computed from a flagged cell, right once the cell is corrected', () => {
  // A 自评 table whose 合计 全年执行 reads 1284.6 where its rows give 1248.6; the 合计 row's 95.28% is 1248.6 ÷ 1310.42.
  const table = (spent: string, rate: string) =>
    doc('单位：万元', '项目 | 年初预算 | 全年预算 | 全年执行 | 执行率', '基本支出 | 865.32 | 878.5 | 865.32 | 98.50%', '项目支出 | 159.24 | 431.92 | 383.28 | 88.74%', `合计 | 1024.56 | 1310.42 | ${spent} | ${rate}%`);

  it('only the wrong cell is reported', () => {
    assert.deepEqual(summary(table('1284.6', '95.28')), ['7 error table-total 1284.6']);
  });

  it('a rate that fits neither the cell as printed nor as corrected is still reported (no fix)', () => {
    // 1248.6 ÷ 1310.42 = 95.28%; 1284.6 ÷ 1310.42 = 98.03%: 96.28% is neither.
    const all = findings(table('1284.6', '96.28'));
    assert.deepEqual(all.map((f) => `${f.rule} ${f.figure} ${f.fix ?? '-'}`), ['table-total 1284.6 1248.6', 'table-row-formula 96.28 -']);
  });

  it('against a single 其中 row either figure may be the wrong one: the rate stays reported', () => {
    // zz-guangyuan-chaotian-tyzx-2023: 年度资金总额 1157.97 over its one 其中 row's 1157.9 (flagged, fix 1157.90), and
    // 执行率 57.89% for 1157.97 ÷ 2000 = 57.8985% truncated — which 1157.90 would make right.
    const text = readFileSync(join(__dirname, '../../fixtures/real/zz-guangyuan-chaotian-tyzx-2023.txt'), 'utf8');
    assert.deepEqual(summary(text).filter((s) => s.startsWith('9 ')), ['9 error table-total 1157.97', '9 warning table-row-formula 57.89']);
  });
});
