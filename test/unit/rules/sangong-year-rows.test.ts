// A 三公 statement's table with a row per year (pd-qujiang-sangong-2016): a web page's cells one per line, each
// closed by a lone `|` line, the 公车 group's header flattened before its sub-header `合计 | 车辆购置 | 车辆运行`; a change
// row under the two years; the year's items said again in the prose, all in whole 万元.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checks, findings, summary } from './helpers';

const cells = (...texts: string[]) => texts.flatMap((c) => [c, '|']);

const statement = (opts: { car?: string; buyRate?: string; prose?: string } = {}) =>
  [
    opts.prose ??
      '衢江区2016年一般公共预算安排“三公”经费决算数2364万元,比上年决算数下降16.77 %。分项情况是:因公出国(境)经费12万元,与上年决算数下降86.62%;公务接待费1356万元,比上年决算数下降3.14%;公车购置及运行费996万元(其中公务用车购置费37万元,公务用车运行费959万元),比上年决算数下降26.24%。',
    '2016年决算数与2015年决算数对比情况',
    ...cells('年度', '合计', '因公出国(境)经费', '公务接待费', '公车购置及运行维护费', '合计', '车辆购置', '车辆运行'),
    ...cells('2015年', '2840', '90', '1400', '1350', '73', '1277'),
    ...cells('2016年', '2364', '12', '1356', opts.car ?? '996', '37', '959'),
    ...cells('2016年比2015年增减%', '-16.77', '-86.62', '-3.14', '-26.24', opts.buyRate ?? '-49.32', '-24.90'),
  ].join('\n');

describe('a 三公 table with a row per year, its cells one per line', () => {
  it('is read under its grouped header: each year’s 合计 and 公车 add up, silently', () => {
    const held = checks(statement()).filter((c) => c.rule === 'table-total' && c.holds);
    assert.equal(held.length, 4);
    assert.deepEqual(summary(statement()), []);
  });

  it('the change row: -47.95% for 37 over 73 (−49.32%, −48.28% at the least by whole 万元) is an error on the cell', () => {
    const f = findings(statement({ buyRate: '-47.95' }));
    assert.deepEqual(
      f.map((x) => `${x.line} ${x.severity} ${x.rule} ${x.figure}`),
      ['57 error table-row-formula -47.95'],
    );
    assert.match(f[0].message, /应为 -49\.32%（\(37 − 73\) ÷ 73）/);
    assert.equal(f[0].fix, '-49.32');
    // Every other rate of the row holds, whole 万元 rounding allowed (2364 ÷ 2840 − 1 = −16.76%, printed −16.77).
    assert.equal(checks(statement()).filter((c) => c.rule === 'table-row-formula' && c.holds).length, 6);
  });

  it('the prose’s 公车 995 against the 2016 row’s 996: same-figure on the prose, the other items agreeing', () => {
    const prose =
      '衢江区2016年一般公共预算安排“三公”经费决算数2364万元。分项情况是:因公出国(境)经费12万元;公务接待费1356万元;公车购置及运行费995万元(其中公务用车购置费37万元,公务用车运行费959万元)。';
    const f = findings(statement({ prose }));
    assert.deepEqual(
      f.map((x) => `${x.line} ${x.severity} ${x.rule} ${x.figure}`),
      ['1 error same-figure 995'],
    );
    assert.match(f[0].message, /公车购置及运行费应为 996万元（表中2016年·公车购置及运行维护费 996）/);
    assert.ok(f[0].related.includes('996'));
  });

  it('another year’s row, or prose whose items mostly disagree with the row, is not compared', () => {
    const other = '衢江区2016年“三公”经费决算数2840万元。因公出国(境)经费90万元;公务接待费1400万元;公车购置及运行费1351万元。';
    assert.deepEqual(summary(statement({ prose: other })), []);
  });
});
