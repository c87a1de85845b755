// table-blank-adjustment: a blank 预算调整 while 调整后预算 differs from 年初预算 — the adjustment is missing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, cellTable, checks, doc, findings, only, rowTable, summary } from './helpers';

const HEADER = ['类     别', '年初预算', '预算调整', '调整后预算', '决算支出', '年末结余'];
const seedTable = (adjusted: string) =>
  doc('1. 整体绩效目标支出情况                            单位：万元', '', ...cellTable([HEADER, ['基本支出', '412.87', '', adjusted, adjusted, '0']]));

describe('table-blank-adjustment', () => {
  it('the seed’s 基本支出: blank 预算调整, 412.87 → 344.12: warning on the blank cell, fill −68.75', () => {
    const text = seedTable('344.12');
    const f = only(text);
    assert.equal(f.rule, 'table-blank-adjustment');
    assert.equal(f.severity, 'warning');
    assert.equal(f.line, 14);
    assert.equal(f.figure, '\t'); // the blank cell's line content
    assert.equal(f.message, '基本支出·预算调整为空，但调整后预算 344.12 与年初预算 412.87 不同，应填 -68.75（344.12 − 412.87）');
    assert.equal(f.fix, '-68.75');
    assert.deepEqual(f.related, ['412.87', '344.12']);
    // The value goes after the cell's TAB; the table then reads 412.87 + (−68.75) = 344.12.
    const fixed = applyFix(text, f);
    assert.equal(fixed, text.replace('\t412.87\n\t\n', '\t412.87\n\t-68.75\n'));
    assert.deepEqual(findings(fixed), []);
    assert.ok(checks(fixed).some((c) => c.rule === 'table-row-formula' && c.figure === '344.12' && c.holds));
  });

  it('no warning when 调整后预算 equals 年初预算, or differs only by rounding (412.88: [412.875, 412.885])', () => {
    assert.deepEqual(findings(seedTable('412.87')), []);
    assert.deepEqual(findings(seedTable('412.88')), []);
  });

  it('412.89 ([412.885, 412.895]) is just outside: fill 0.02', () => {
    assert.equal(only(seedTable('412.89')).fix, '0.02');
  });

  it('in a row-per-line table the blank cell between two TABs gets the value', () => {
    const text = doc(
      '单位：万元',
      ...rowTable([
        ['类别', '年初预算', '预算调整', '调整后预算', '决算支出'],
        ['项目支出', '15.5', '', '46936.95', '46936.95'],
      ]),
    );
    assert.deepEqual(summary(text), ['5 warning table-blank-adjustment ']);
    const fixed = applyFix(text, only(text));
    assert.ok(fixed.endsWith('项目支出\t15.5\t46921.45\t46936.95\t46936.95'), fixed);
  });
});

describe('another column between 年初预算 and 全年预算数 filled in the row (a helper’s 自评报告 tables)', () => {
  const table = (carry: string, cut: string) =>
    `| 项目 | 年初预算 | 上年结转 | 年中追加 | 调减 | 全年预算数 |\n|---|---|---|---|---|---|\n| 法律援助 | 151.20 | ${carry} |  | ${cut} | 184.10 |`;
  it('上年结转 32.90 (or a 调减) may make the difference: the blank 年中追加 is not flagged', () => {
    assert.deepEqual(summary(table('32.90', '')), []);
    assert.deepEqual(summary(`| 项目 | 年初预算 | 年中追加 | 调减 | 全年预算数 |\n|---|---|---|---|---|\n| 法律援助 | 151.20 |  | 1.19 | 150.01 |`), []);
  });
  it('with the others blank or 0, the blank adjustment still is: 184.10 − 151.20 = 32.90', () => {
    assert.deepEqual(summary(table('', '')), ['3 warning table-blank-adjustment ']);
    assert.deepEqual(summary(table('0.00', '0.00')), ['3 warning table-blank-adjustment ']);
  });
});
