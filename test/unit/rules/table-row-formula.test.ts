// table-row-formula: across a row, from the header names: 调整后/可执行预算 = 年初预算 + 调整; 年末结余 = 预算 − 支出;
// 超支(+)/结余(−) = 支出 − 预算; 执行率 = 支出 ÷ 预算.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, cellTable, doc, only, pipeTable, rowTable, summary } from './helpers';

const HEADER = ['类     别', '年初预算', '预算调整', '调整后预算', '决算支出', '年末结余'];
const wholeBudget = (adjusted: string, balance = '0') =>
  doc('1. 整体绩效目标支出情况    单位：万元', '', ...cellTable([HEADER, ['基本支出', '412.87', '-68.75', adjusted, '344.12', balance]]));

describe('table-row-formula', () => {
  it('the seed’s table 2 row: 可执行预算 1311.18 but 年初预算 / + 调整 13131.18', () => {
    const text = doc(
      '1. 项目绩效目标支出完成情况    单位：万元',
      ...cellTable([
        ['序号', '项目名称', '年初预算', '调整', '可执行预算', '支出金额', '执行率'],
        ['1', '其他城乡社区支出', '/', '13131.18', '1311.18', '13131.18', '100%'],
      ]),
    );
    const f = only(text);
    assert.equal(f.rule, 'table-row-formula');
    assert.equal(f.severity, 'error');
    assert.equal(f.figure, '1311.18');
    assert.equal(f.line, 16);
    assert.equal(f.message, '其他城乡社区支出·可执行预算应为 13131.18万元（年初预算 0 + 调整 13131.18），文中为 1311.18万元，相差 11820万元');
    assert.equal(f.fix, '13131.18');
    assert.equal(applyFix(text, f), text.replace('\t1311.18\n', '\t13131.18\n'));
  });

  // 412.87 + (−68.75) = 344.12; two cells ± 0.005: [344.11, 344.13].
  it('调整后预算 344.12 and 344.13 hold', () => {
    assertConsistent(wholeBudget('344.12'), 'table-row-formula', '344.12');
    assertConsistent(wholeBudget('344.13'), 'table-row-formula', '344.13'); // [344.125, 344.135]
  });

  it('调整后预算 344.14 ([344.135, 344.145]) is outside: error, fix 344.12', () => {
    const text = wholeBudget('344.14');
    const f = only(text);
    assert.equal(f.figure, '344.14');
    assert.equal(f.message, '基本支出·调整后预算应为 344.12万元（年初预算 412.87 + 预算调整 -68.75），文中为 344.14万元，相差 0.02万元');
    assert.equal(applyFix(text, f), wholeBudget('344.12'));
  });

  it('年末结余 = 344.12 − 344.12 = 0: 0.01 holds ([0.005, 0.015] meets [−0.01, 0.01]); 0.02 does not', () => {
    assertConsistent(wholeBudget('344.12', '0.01'), 'table-row-formula', '0.01');
    const f = only(wholeBudget('344.12', '0.02'));
    assert.equal(f.figure, '0.02');
    assert.equal(f.fix, '0.00'); // in the style of the cell it replaces
  });

  it('超支（+）/结余（-） = 支出 − 预算: the sign matters (98 − 100 = −2)', () => {
    const text = (ou: string) =>
      doc('单位：万元', ...rowTable([['项目名称', '调整后预算', '支出金额', '超支（+）/结余（-）'], ['会议费', '100', '98', ou]]));
    assertConsistent(text('-2'), 'table-row-formula', '-2');
    const f = only(text('2'));
    assert.equal(f.message, '会议费·超支（+）/结余（-）应为 -2万元（支出金额 98 − 调整后预算 100），文中为 2万元，相差 4万元');
    assert.equal(f.fix, '-2');
  });

  const rateRow = (spent: string, rate: string) =>
    doc(
      '## 项目支出（单位：万元）',
      '',
      ...pipeTable([
        ['项目名称', '可执行预算', '支出金额', '执行率'],
        ['征地补偿支出', '400', spent, rate],
      ]),
    );

  it('执行率 398 ÷ 400 = 99.5% is the bound of both 99% and 100%: consistent', () => {
    // [397.995/400.005, 398.005/399.995] = [99.497506%, 99.502494%]; 99 → [98.5, 99.5]; 100 → [99.5, 100.5].
    assertConsistent(rateRow('398', '99%'), 'table-row-formula', '99', 'md');
    assertConsistent(rateRow('398', '100%'), 'table-row-formula', '100', 'md');
  });

  it('执行率 98% for 49.5 of 50 (= 99%, [98.9801, 99.0199]) is an error with the fix 99', () => {
    const text = doc('单位：万元', ...rowTable([['项目名称', '可执行预算', '支出金额', '执行率'], ['其他支出', '50', '49.5', '98%']]));
    const f = only(text);
    assert.equal(f.figure, '98');
    assert.equal(f.message, '其他支出·执行率应为 99%（支出金额 49.5 ÷ 可执行预算 50），文中为 98%，相差 1 个百分点');
    assert.equal(applyFix(text, f), text.replace('98%', '99%'));
  });

  it('执行率 99.4% against 99.5% is outside ([99.35, 99.45])', () => {
    assert.deepEqual(summary(rateRow('398', '99.4%'), 'md'), ['7 warning table-row-formula 99.4']);
  });
});

describe('row formulas named for their basis (a helper’s 自评报告 probes)', () => {
  it('a 年初预算执行率 column is of the 年初预算: 60.18 ÷ 38.00 = 158.37%', () => {
    const text = (r: string) => doc('项目\t年初预算\t调整后预算\t实际支出\t年初预算执行率', `医保经办服务经费\t38.00\t62.00\t60.18\t${r}`, '', '二、说明');
    assertConsistent(text('158.37%'), 'table-row-formula', '158.37');
    assert.deepEqual(summary(text('97.06%')), ['4 error table-row-formula 97.06']);
  });

  it('年末结转 beside 年末结余: the budget less what was spent is the two together', () => {
    const text = (carried: string) => doc('项目\t调整后预算\t决算支出\t年末结转\t年末结余', `造林绿化工程\t1260.00\t1186.40\t${carried}\t11.10`, '', '二、说明');
    assertConsistent(text('62.50'), 'table-row-formula', '62.50');
    const f = only(text('73.60'));
    assert.equal(f.message, '造林绿化工程·年末结转应为 62.50（调整后预算 1260.00 − 决算支出 1186.40 − 年末结余 11.10），文中为 73.60，相差 11.1');
  });
});

describe('row formulas with a column they do not name (helpers’ 评价报告, 资金分配 and 补贴 probes)', () => {
  const md = (...rows: string[]) => [rows[0], rows[0].replace(/[^|]+/g, '---'), ...rows.slice(1)].join('\n');
  it('`预算数 | 到位数 | 支出数 | 执行率`: a rate of what arrived (468.2 ÷ 512 = 91.45%) is right; one of neither base is not', () => {
    assert.deepEqual(summary(md('| 资金级次 | 预算数 | 到位数 | 支出数 | 执行率 |', '| 市级 | 640 | 512 | 468.2 | 91.45% |'), 'md'), []);
    assert.deepEqual(summary(md('| 资金级次 | 预算数 | 到位数 | 支出数 | 执行率 |', '| 市级 | 640 | 512 | 468.2 | 81.45% |'), 'md'), ['3 error table-row-formula 81.45']);
  });
  it('`年初预算 | 追加 | 收回 | 调整后预算`: 500 + 120 − 35 is not read as 年初 + 追加', () => {
    assert.deepEqual(summary(md('| 项目 | 年初预算 | 追加 | 收回 | 调整后预算 |', '| 农机购置补贴 | 500 | 120 | 35 | 585 |'), 'md'), []);
  });
  it('`计划人数 | 实际人数 | 完成率 | 预算数 | 执行数`: a 完成率 beside counts may be of them (812 ÷ 800 = 101.5%)', () => {
    assert.deepEqual(summary(md('| 项目 | 计划人数 | 实际人数 | 完成率 | 预算数（万元） | 执行数（万元） |', '| 城市低保 | 800 | 812 | 101.5% | 740 | 730.8 |'), 'md'), []);
  });
});

describe('a 结余（+）/超支（-） column is 预算 − 支出 (a helper’s 项目自评 probe)', () => {
  const text = (header: string, cell: string) => [`项目名称\t调整后预算\t实际支出\t${header}`, `管网工程\t800\t776.4\t${cell}`].join('\n');
  it('the header’s signs decide: 23.6 under 结余（+）/超支（-）, −23.6 under 超支（+）/结余（-）; the other sign an error', () => {
    assert.deepEqual(summary(text('结余（+）/超支（-）', '23.6')), []);
    assert.deepEqual(summary(text('结余（超支以"-"号填列）', '23.6')), []);
    assert.deepEqual(summary(text('超支（+）/结余（-）', '-23.6')), []);
    assert.deepEqual(summary(text('结余（+）/超支（-）', '-23.6')), ['2 error table-row-formula -23.6']);
  });
});

describe('a 调整预算 column holding the adjustment (a helper’s two-year table probe)', () => {
  const text = (rate: string) => ['| 项目 | 年初预算 | 调整预算 | 决算 | 执行率 |', '|---|---|---|---|---|', `| 项目一 | 500.00 | -20.00 | 456.00 | ${rate}% |`, '| 项目二 | 300.00 | 100.00 | 380.00 | 95.00% |', '| 合计 | 800.00 | 80.00 | 836.00 | 95.00% |'].join('\n');
  it('456 ÷ (500 − 20) = 95.00%: read as 年初 + 调整 — silent; 96.00 an error; a 调整预算 column of adjusted budgets stays one', () => {
    assert.deepEqual(summary(text('95.00'), 'md'), []);
    assert.deepEqual(summary(text('96.00'), 'md'), ['3 error table-row-formula 96.00']);
    const adjusted = ['| 项目 | 年初预算 | 调整预算 | 决算 | 执行率 |', '|---|---|---|---|---|', '| 项目一 | 500.00 | 480.00 | 456.00 | 95.00% |', '| 项目二 | 300.00 | 400.00 | 380.00 | 95.00% |'].join('\n');
    assert.deepEqual(summary(adjusted, 'md'), []);
  });
});

describe('a 全年执行（万元） column is what was spent (a helper’s table slip probe)', () => {
  const text = (rate: string) => ['| 项目 | 全年预算（万元） | 全年执行（万元） | 执行率 |', '|---|---|---|---|', `| 甲 | 429.23 | 338.64 | ${rate}% |`, '| 乙 | 100.00 | 90.00 | 90.00% |'].join('\n');
  it('338.64 ÷ 429.23 = 78.89%: 87.89 is an error; 78.89 holds', () => {
    assert.deepEqual(summary(text('87.89'), 'md'), ['3 error table-row-formula 87.89']);
    assert.deepEqual(summary(text('78.89'), 'md'), []);
  });
});

describe('a 运行监控 table: spent so far and the year’s estimate side by side (a helper’s 运行监控 probe)', () => {
  const table = (headers: string[], row: string[]) =>
    [`| 项目名称 | ${headers.join(' | ')} |`, `|${'---|'.repeat(headers.length + 1)}`, `| 法律援助经费 | ${row.join(' | ')} |`].join('\n');
  it('预计执行率 and 预计结余 are of 全年预计执行数: 480 ÷ 500 = 96.00%, 500 − 480 = 20.00', () => {
    const rate = (r: string) => table(['全年预算数', '1-6月执行数', '全年预计执行数', '预计执行率'], ['500.00', '200.00', '480.00', r]);
    assert.deepEqual(summary(rate('96.00%'), 'md'), []);
    assert.deepEqual(summary(rate('86.00%'), 'md'), ['3 error table-row-formula 86.00']);
    const left = (r: string) => table(['全年预算数', '1-6月执行数', '全年预计执行数', '预计结余'], ['500.00', '200.00', '480.00', r]);
    assert.deepEqual(summary(left('20.00'), 'md'), []);
    assert.deepEqual(summary(left('30.00'), 'md'), ['3 error table-row-formula 30.00']);
  });
  it('an 执行率 is of 1-6月执行数 even with the estimate before it; of 全年预计 among two estimates', () => {
    const rate = (r: string) => table(['全年预算数', '全年预计执行数', '1-6月执行数', '执行率'], ['500.00', '480.00', '200.00', r]);
    assert.deepEqual(summary(rate('40.00%'), 'md'), []);
    assert.deepEqual(summary(rate('45.00%'), 'md'), ['3 error table-row-formula 45.00']);
    const two = (r: string) => table(['全年预算数', '1-6月执行数', '7-12月预计执行数', '全年预计执行数', '预计执行率'], ['500.00', '200.00', '280.00', '480.00', r]);
    assert.deepEqual(summary(two('96.00%'), 'md'), []);
    assert.deepEqual(summary(two('56.00%'), 'md'), ['3 error table-row-formula 56.00']);
  });
});
