// column-kind: a 执行率 cell holds a percentage; an amount column holds no percentage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, cellTable, doc, findings, only, pipeTable, rowTable, summary } from './helpers';

const seedRow = (rate: string) =>
  doc(
    '1. 项目绩效目标支出完成情况    单位：万元',
    ...cellTable([
      ['序号', '项目名称', '年初预算', '调整', '可执行预算', '支出金额', '执行率'],
      ['1', '招商引资支出', '/', '98.69', '98.69', '98.69', rate],
    ]),
  );

describe('column-kind', () => {
  it('the seed’s 招商引资支出: 执行率 holds the amount 98.69 — warning, fix 100%', () => {
    const text = seedRow('98.69');
    const f = only(text);
    assert.equal(f.rule, 'column-kind');
    assert.equal(f.severity, 'warning');
    assert.equal(f.line, 18);
    assert.equal(f.figure, '98.69');
    assert.equal(f.message, '招商引资支出·执行率应为百分比，此格为 98.69，像是金额；按支出金额 ÷ 可执行预算应为 100%');
    assert.equal(f.fix, '100%');
    assert.equal(applyFix(text, f), seedRow('100%'));
  });

  it('a percentage in the 执行率 column is not this rule’s business', () => {
    assertConsistent(seedRow('100%'), 'table-row-formula', '100');
  });

  it('a percentage in an amount column is a warning without a fix', () => {
    const text = doc('单位：万元', ...rowTable([['项目名称', '年初预算', '支出金额'], ['会议费', '10', '5%']]));
    const f = only(text);
    assert.equal(f.rule, 'column-kind');
    assert.equal(f.figure, '5');
    assert.equal(f.message, '会议费·支出金额应为金额，此格为百分比 5%');
    assert.equal(f.fix, undefined);
  });

  it('a blank or `/` 执行率 cell is not flagged', () => {
    assert.deepEqual(findings(seedRow('/')), []);
  });

  it('a column headed `执行率（%）` holds percentages without the sign', () => {
    const text = doc('单位：万元', '', ...pipeTable([['项目名称', '可执行预算', '支出金额', '执行率（%）'], ['妇女儿童权益保障专项', '39.00', '38.22', '98.00']]));
    assert.deepEqual(findings(text, 'md'), []);
    assert.deepEqual(summary(text.replace('98.00 |', '96.00 |'), 'md'), ['7 error table-row-formula 96.00']);
  });
});

describe('the rate written as a fraction (zp-shidian-nyncj-2019 pasted with TABs)', () => {
  const row = (rate: string) => doc('单位：万元', ...rowTable([['项目名称', '预算数(A)', '执行数(B)', '执行率(B/A)'], ['年度财政资金总额', '650', '94', rate]]));
  it('0.1 for 94 ÷ 650 = 0.1446 is the rate as a fraction at one decimal: silent; 0.3 fits no fraction: a warning', () => {
    assert.deepEqual(summary(row('0.1')).filter((s) => s.includes('column-kind')), []);
    assert.deepEqual(summary(row('0.14')).filter((s) => s.includes('column-kind')), []);
    assert.deepEqual(summary(row('0.3')).filter((s) => s.includes('column-kind')), ['5 warning column-kind 0.3']);
  });
});

describe('a header that names amounts but asks for a percentage (`决算数为年初预算数的%`, a helper’s 决算 probes)', () => {
  it('its cells are percentages, no amounts: nothing to say when they are', () => {
    const table = doc(...pipeTable([['科目名称', '2022年执行数', '2023年预算数', '2023年预算数为2022年执行数的%'], ['合计', '1588.10', '1620.44', '102.0%']]));
    assert.deepEqual(summary(table, 'md'), []);
  });

  it('`决算数为年初预算数的%` is the 决算 over the budget: 1923.41 ÷ 1856.00 = 103.63%, 113.63% is an error', () => {
    const table = (rate: string) => doc(...pipeTable([['项目', '年初预算数', '决算数', '决算数为年初预算数的%'], ['教育支出', '1856.00', '1923.41', rate]]));
    assertConsistent(table('103.63%'), 'table-row-formula', '103.63', 'md');
    const f = only(table('113.63%'), 'md');
    assert.equal(f.message, '教育支出·决算数为年初预算数的%应为 103.63%（决算数 1923.41 ÷ 年初预算数 1856.00），文中为 113.63%，相差 10 个百分点');
  });
});


describe('a rate column holding the percentage without its sign (a helper’s 自评表 probe)', () => {
  const t = (r: string) => ['单位：万元、%', '| 项目 | 全年预算数 | 全年执行数 | 执行率 |', '|---|---|---|---|', `| 年度资金总额 | 560.00 | 548.60 | ${r} |`].join('\n');
  it('97.96 for 548.60 ÷ 560.00: the rate itself, silent; 96.96 is still read as no percentage', () => {
    assert.deepEqual(summary(t('97.96'), 'md'), []);
    assert.deepEqual(summary(t('96.96'), 'md'), ['4 warning column-kind 96.96']);
  });
});

describe('a rate row named by its % sign or as a ratio, in a table on its side (a helper’s 公检法 probe)', () => {
  const table = (label: string, cell = '85%') => ['| 项目 | 合计 | 公务接待费 |', '|---|---|---|', '| 预算数 | 10 | 10 |', '| 决算数 | 8.5 | 8.5 |', `| ${label} | ${cell} | ${cell} |`].join('\n');
  it('`完成预算%`, `完成预算（%）`, `增减%`, `决算/预算`: percentages there are right', () => {
    for (const label of ['完成预算%', '完成预算（%）', '增减%', '决算/预算']) assert.deepEqual(summary(table(label), 'md'), [], label);
  });
  it('a percentage in a row of amounts is still flagged', () => {
    assert.deepEqual(summary(table('调整数'), 'md'), ['5 warning column-kind 85']);
  });
});
