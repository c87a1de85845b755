// Column headers that name money but hold something else, from a false-alarm hunt over 自评表 and 决算 tables
// (probe-j): `调整预算数` is the budget after adjustment, `占总支出比重`/`结余率` are percentages, `上年决算数` is last
// year's, `上年结转` is carried in. Each: the right table draws nothing and still has its relation read; a slip is found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, checks, summary } from './helpers';

const pipe = (...rows: string[]) => rows.join('\n');

describe('what a column holds, by its header', () => {
  it('调整预算数 is the adjusted budget: 执行率 = 决算 ÷ 调整预算', () => {
    const t = (rate: string) => pipe('| 项目 | 年初预算数 | 调整预算数 | 决算数 | 执行率 |', '| --- | --- | --- | --- | --- |', `| 合计 | 3200.00 | 3050.00 | 3015.54 | ${rate} |`);
    assert.deepEqual(summary(t('98.87%')), []);
    assert.ok(checks(t('98.87%')).some((c) => c.rule === 'table-row-formula' && c.holds));
    assert.deepEqual(summary(t('94.24%')), ['3 error table-row-formula 94.24']);
  });

  it('占总支出比重 and 结余率 are percentages, not amounts', () => {
    const share = pipe('| 项目 | 决算数 | 占总支出比重 |', '| --- | --- | --- |', '| 合计 | 3015.54 | 100% |', '| 基本支出 | 2085.36 | 69.15% |', '| 项目支出 | 930.18 | 30.85% |');
    assert.deepEqual(summary(share), []);
    const balance = pipe('| 项目 | 预算数 | 决算数 | 结余 | 结余率 |', '| 合计 | 3050.00 | 3015.54 | 34.46 | 1.13% |');
    assert.deepEqual(summary(balance), []);
  });

  it('上年决算数 before this year’s: 执行率 divides this year’s 决算', () => {
    const t = (rate: string) => pipe('| 项目 | 上年决算数 | 本年预算数 | 本年决算数 | 执行率 |', '| --- | --- | --- | --- | --- |', `| 合计 | 14218.90 | 15932.18 | 15604.27 | ${rate} |`);
    assert.deepEqual(summary(t('97.94%')), []);
    assert.deepEqual(summary(t('89.25%')), ['3 error table-row-formula 89.25']);
  });

  it('上年结转 is part of 全年预算 = 年初预算 + 上年结转 + 追加, and no balance', () => {
    const t = (total: string) => pipe('| 项目名称 | 年初预算数 | 上年结转 | 年中追加 | 全年预算数 |', '| --- | --- | --- | --- | --- |', `| 农村饮水安全巩固提升 | 300.00 | 45.60 | 120.00 | ${total} |`);
    assert.deepEqual(summary(t('465.60')), []);
    assertConsistent(t('465.60'), 'table-row-formula', '465.60');
    assert.deepEqual(summary(t('475.60')), ['3 error table-row-formula 475.60']);
    const carried = pipe('| 项目 | 上年结转 | 全年预算数 | 全年执行数 |', '| --- | --- | --- | --- |', '| 合计 | 58.00 | 858.00 | 836.93 |');
    assert.deepEqual(summary(carried), []);
  });

  it('a funds table on its side (`执行率 | 95.87% | 96.56%` under `项目 | 合计 | 财政拨款`): the rate row’s percentages are no amounts', () => {
    const t = pipe('| 项目 | 合计 | 财政拨款 |', '| --- | --- | --- |', '| 全年预算数 | 1,250.00 | 1,100.00 |', '| 全年执行数 | 1,198.40 | 1,062.20 |', '| 执行率 | 95.87% | 96.56% |');
    assert.deepEqual(summary(t), []);
    // A percentage in an amount row still is one.
    assert.deepEqual(summary(t.replace('| 1,062.20 |', '| 96.56% |')), ['4 warning column-kind 96.56']);
  });

  it('调整预算 beside a 全年预算/调整后预算 column is the adjustment (年初 + 调整预算 = 全年预算), not the budget (probe-o)', () => {
    const t = (rate: string) => ['项目\t年初预算\t调整预算\t全年预算\t全年执行\t执行率', `合计\t1200\t350.6\t1550.6\t1498.32\t${rate}`].join('\n');
    assert.deepEqual(summary(t('96.63%')), []);
    assert.deepEqual(summary(t('94.63%')), ['2 error table-row-formula 94.63']);
  });
});

