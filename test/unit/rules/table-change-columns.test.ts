// table-row-formula on tables of two years side by side: 增减额 = this year − last year, 增减幅度 = 增减额 ÷ last year
// (the 三公 统计表 of qt-changning-czj-2015; the monthly revenue tables of rd-donggang-czj-2017 with 本期/同期).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checks, summary } from './helpers';

const years = (rate: string) =>
  [
    '项目 | 2014年决算数 | 2015年决算数 | 增减额 | 增减幅度',
    '合计 | 1953.72 | 1957.23 | 3.51 | 0.2%',
    '因公出国(境)费 | 12.23 | 65.98 | 53.75 | ' + rate,
    '公务接待费 | 977.3 | 918.5 | -58.8 | -6.0%',
    '公务用车费 | 964.19 | 972.75 | 8.56 | 0.9%',
  ].join('\n');

describe('增减额 and 增减幅度 across two years', () => {
  it('437.7% for (65.98 − 12.23) ÷ 12.23 = 439.5%: error on the cell', () => {
    assert.deepEqual(summary(years('437.7%')), ['3 error table-row-formula 437.7']);
    assert.deepEqual(summary(years('439.5%')), []);
    assert.ok(checks(years('439.5%')).filter((c) => c.rule === 'table-row-formula' && c.holds).length >= 8);
  });

  it('本期/同期 with a bare rate under 增减率%: -17.66 printed -17.7 holds', () => {
    const text = ['项目 | 本期 | 同期 | 增减额 | 增减率%', '一般公共预算收入 | 105,222 | 109,149 | -3,927 | -3.6', '税收收入 | 73,514 | 89,279 | -15,765 | -17.7', '增值税 | 26,542 | 15,525 | 11,017 | 71.0'].join('\n');
    assert.deepEqual(summary(text), []);
    assert.equal(checks(text).filter((c) => c.rule === 'table-row-formula' && c.holds).length, 6);
  });

  it('a table whose columns most rows fail (read shifted) is not told', () => {
    const shifted = ['项目 | 2014年决算数 | 2015年决算数 | 增减额 | 增减幅度', '合计 | 1953.72 | 3.51 | 0.2% |', '公务接待费 | 977.3 | -58.8 | -6.0% |'].join('\n');
    assert.deepEqual(summary(shifted).filter((s) => s.includes('table-row-formula')), []);
  });
});

describe('three years in order and a 增长率 column after them: the change of the latest two (gongxin-2023-yuan)', () => {
  const table = (rate: string) =>
    ['项目 | 2021年 | 2022年 | 2023年 | 增长率', '基本支出 | 3,765,432.10 | 3,987,654.32 | 4,138,782.71 | 3.79%', `项目支出 | 4,678,900.00 | 5,123,456.78 | 4,296,534.80 | ${rate}`, '合计 | 8,444,332.10 | 9,111,111.10 | 8,435,317.51 | -7.42%'].join('\n');
  it('-19.25% where (4,296,534.80 − 5,123,456.78) ÷ 5,123,456.78 = -16.14%: an error; -16.14% holds', () => {
    assert.deepEqual(summary(table('-19.25%')), ['3 error table-row-formula -19.25']);
    assert.deepEqual(summary(table('-16.14%')), []);
    assert.ok(checks(table('-16.14%')).filter((c) => c.rule === 'table-row-formula' && c.holds).length >= 3);
  });
});
