// table-total: 合计/总计 = Σ the rows above at the same level; 小计 closes a group; `其中：` rows add up to their
// parent and are not counted again in the total.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, cellTable, doc, findings, only, pipeTable, rowTable, summary } from './helpers';
import { parse } from '../report/helpers';

const seedTable = (basic: string, staff: string) =>
  doc(
    '1. 整体绩效目标支出情况    单位：万元',
    '',
    ...cellTable([
      ['类     别', '年初预算', '决算支出'],
      ['基本支出', basic, '344.12'],
      ['其中：人员经费', staff, '286.73'],
      ['日常公用经费', '71.05', '57.39'],
      ['项目支出', '15.5', '46936.95'],
      ['合    计', '428.37', '47281.07'],
    ]),
  );

describe('table-total', () => {
  it('the seed’s 基本支出 412.87 ≠ 人员经费 340.33 + 日常公用经费 71.05 = 411.38 — no fix, as 合计 agrees with 412.87', () => {
    const text = seedTable('412.87', '340.33');
    const f = only(text);
    assert.equal(f.rule, 'table-total');
    assert.equal(f.severity, 'error');
    assert.equal(f.line, 10);
    assert.equal(f.figure, '412.87');
    assert.equal(
      f.message,
      '基本支出·年初预算应为 411.38万元（人员经费 340.33 + 日常公用经费 71.05），文中为 412.87万元，相差 1.49万元；但合计·年初预算（基本支出 412.87 + 项目支出 15.5）相符，差错也可能在其他数字',
    );
    // 428.37 = 412.87 + 15.5 holds: writing 411.38 would break it, so no single replacement is offered.
    assert.equal(f.fix, undefined);
    assert.deepEqual(f.related, ['340.33', '71.05', '428.37']);
  });

  it('合计 adds the top-level rows only: 412.87 + 15.5 = 428.37 (the 其中 rows are not counted again)', () => {
    // 人员经费 341.82 makes the group add up: 341.82 + 71.05 = 412.87.
    assertConsistent(seedTable('412.87', '341.82'), 'table-total', '428.37');
    assertConsistent(seedTable('412.87', '341.82'), 'table-total', '47281.07');
  });

  const three = (total: string) =>
    doc('单位：万元', ...rowTable([['项目名称', '支出金额'], ['会议费', '100.01'], ['培训费', '200.02'], ['差旅费', '300.03'], ['合计', total]]));

  // 100.01 + 200.02 + 300.03 = 600.06; three cells ± 0.005: [600.045, 600.075].
  it('three rows: 600.07 overlaps, 600.08 touches 600.075 exactly — both consistent', () => {
    assertConsistent(three('600.07'), 'table-total', '600.07');
    assertConsistent(three('600.08'), 'table-total', '600.08'); // [600.075, 600.085]
    assertConsistent(three('600.04'), 'table-total', '600.04'); // [600.035, 600.045]
  });

  it('three rows: 600.09 and 600.03 are just outside', () => {
    const f = only(three('600.09'));
    assert.equal(f.message, '合计·支出金额应为 600.06万元（会议费 100.01 + 培训费 200.02 + 差旅费 300.03），文中为 600.09万元，相差 0.03万元');
    assert.deepEqual(summary(three('600.03')), ['8 error table-total 600.03']);
  });

  it('小计 closes a group and 合计 adds the 小计 rows', () => {
    const text = (total: string) =>
      doc(
        '单位：万元',
        ...rowTable([
          ['项目名称', '支出金额'],
          ['会议费', '10'],
          ['培训费', '20'],
          ['小计', '30'],
          ['设备购置', '5.5'],
          ['维修费', '4.5'],
          ['小计', '10'],
          ['合计', total],
        ]),
      );
    assertConsistent(text('40'), 'table-total', '40');
    assert.equal(only(text('50')).fix, '40');
  });

  it('Markdown emphasis in the 合计 row (`**合计**`, `**1234.50**`) is read', () => {
    const text = (total: string) =>
      doc('## 支出情况（单位：万元）', '', ...pipeTable([['项目', '决算支出'], ['基本支出', '1,000.25'], ['项目支出', '234.25'], ['**合计**', `**${total}**`]]));
    assertConsistent(text('1234.50'), 'table-total', '1234.50', 'md');
    const f = only(text('1243.50'), 'md');
    assert.equal(f.figure, '1243.50');
    assert.equal(applyFix(text('1243.50'), f), text('1234.50'));
  });

  it('a 总计 adds up the 合计 above it and the rows after: 收入总计 = 本年收入合计 + 年初结转和结余', () => {
    const text = (grand: string) =>
      doc('单位：万元', '', ...pipeTable([['收入项目', '决算数'], ['财政拨款收入', '3250.37'], ['其他收入', '42.18'], ['本年收入合计', '3292.55'], ['年初结转和结余', '196.42'], ['收入总计', grand]]));
    assertConsistent(text('3488.97'), 'table-total', '3488.97', 'md');
    const f = only(text('3498.97'), 'md');
    assert.equal(f.message, '收入总计·决算数应为 3488.97万元（本年收入合计 3292.55 + 年初结转和结余 196.42），文中为 3498.97万元，相差 10万元');
  });

  it('a 收入 | 支出 table side by side is two tables: each half adds up its own rows, named by its own labels', () => {
    const text = (carry: string) =>
      doc('单位：万元', '', ...pipeTable([
        ['收入项目', '决算数', '支出项目', '决算数'],
        ['财政拨款收入', '3250.37', '一般公共服务支出', '1082.64'],
        ['其他收入', '42.18', '农林水支出', '2189.12'],
        ['', '', '住房保障支出', '0.00'],
        ['**本年收入合计**', '**3292.55**', '**本年支出合计**', '**3271.76**'],
        ['上年结转', '196.42', '年末结转和结余', carry],
        ['**收入总计**', '**3488.97**', '**支出总计**', '**3488.97**'],
      ]));
    assertConsistent(text('217.21'), 'table-total', '3488.97', 'md');
    const f = only(text('271.21'), 'md');
    assert.equal(f.line, 12);
    assert.equal(f.message, '支出总计·决算数应为 3542.97万元（本年支出合计 3271.76 + 年末结转和结余 271.21），文中为 3488.97万元，相差 54万元');
    assert.equal(f.related.join(' '), '3271.76 271.21');
  });

  it('经济分类 groups: 其他… and a child ending like its parent stay children; the next group’s head does not', () => {
    const text = (office: string) =>
      doc('单位：万元', '', ...pipeTable([
        ['项目', '决算数'],
        ['商品和服务支出', '215.95'],
        ['其中：办公费', office],
        ['差旅费', '40.00'],
        ['其他商品和服务支出', '88.31'],
        ['对个人和家庭的补助', '98.00'],
        ['其中：退休费', '76.40'],
        ['生活补助', '21.60'],
        ['合计', '313.95'],
      ]));
    // 87.64 + 40.00 + 88.31 = 215.95; 76.40 + 21.60 = 98.00; 215.95 + 98.00 = 313.95.
    assertConsistent(text('87.64'), 'table-total', '313.95', 'md');
    assert.deepEqual(summary(text('78.64'), 'md'), ['7 error table-total 215.95']);
  });

  it('三公: 公务用车运行维护费 under 公务用车购置及运行维护费 is a child, not counted again in 合计', () => {
    const text = doc('单位：万元', '', ...pipeTable([
      ['项目', '预算数', '决算数'],
      ['因公出国（境）费', '0', '0'],
      ['公务用车购置及运行维护费', '34.50', '32.58'],
      ['其中：公务用车购置费', '18.00', '17.86'],
      ['公务用车运行维护费', '16.50', '14.72'],
      ['公务接待费', '8.00', '5.88'],
      ['合计', '42.50', '38.46'],
    ]));
    assertConsistent(text, 'table-total', '42.50', 'md');
  });

  it('a 合计 row placed first adds up the rows below it', () => {
    const text = (total: string) =>
      doc('单位：万元', '', ...pipeTable([['项目', '决算数'], ['合计', total], ['基本支出', '704.18'], ['其中：人员经费', '600.00'], ['公用经费', '104.18'], ['项目支出', '336.58']]), '', '二、说明');
    assertConsistent(text('1040.76'), 'table-total', '1040.76', 'md');
    const f = only(text('1048.76'), 'md');
    assert.equal(f.message, '合计·决算数应为 1040.76万元（基本支出 704.18 + 项目支出 336.58），文中为 1048.76万元，相差 8万元');
  });

  it('a table the text ends with may be cut (an excerpt, a draft): its 合计 first only has to hold its rows', () => {
    const text = (total: string) =>
      doc('单位：万元', '', ...pipeTable([['项目', '决算数'], ['合计', total], ['工资福利支出', '704.18'], ['其中：基本工资', '600.00'], ['津贴补贴', '104.18'], ['商品和服务支出', '336.58']]));
    assert.deepEqual(summary(text('1048.76'), 'md'), []);
    assert.deepEqual(summary(text('1040.00'), 'md'), ['7 warning table-total 1040.00']);
  });

  it('…unless its rows are all of the 合计 by an identity: 基本支出 + 项目支出, the three 三公 items (a helper’s slip probe)', () => {
    const sanGong = (total: string) =>
      doc('单位：万元', '', ...pipeTable([['项目', '决算数'], ['合计', total], ['因公出国（境）费', '0'], ['公务用车购置及运行维护费', '10.86'], ['公务接待费', '1.47']]));
    assertConsistent(sanGong('12.33'), 'table-total', '12.33', 'md');
    const f = only(sanGong('12.60'), 'md');
    assert.equal(f.message, '合计·决算数应为 12.33万元（因公出国（境）费 0 + 公务用车购置及运行维护费 10.86 + 公务接待费 1.47），文中为 12.60万元，相差 0.27万元');
    const spending = doc('单位：万元', '', ...pipeTable([['项目', '决算数'], ['合计', '1048.76'], ['基本支出', '704.18'], ['项目支出', '336.58']]));
    assert.deepEqual(summary(spending, 'md'), ['7 error table-total 1048.76']);
  });

  it('a group row with no figure keeps a child that ends like it (`对个人和家庭的补助`, 其中：退休费, 生活补助, 小计)', () => {
    const text = doc('单位：万元', '', ...pipeTable([['经济分类科目', '决算数'], ['对个人和家庭的补助', ''], ['其中：退休费', '104.36'], ['生活补助', '22.42'], ['小计', '126.78']]));
    assert.deepEqual(summary(text, 'md'), []);
  });
});

describe('a value column headed 其中:公共预算财政拨款 (zb-guilin-sfj-2015)', () => {
  const table = (second: string) =>
    [
      '项 目 | 本年预算数 | 其中:公共预算财政拨款 |',
      '合 计 | 34.35 | 34.35 |',
      '1.因公出国(境)费用 | 0 | 0 |',
      '2.公务接待费 | 1.70 | 1.70 |',
      `3.公务用车费 | 32.65 | ${second} |`,
      '其中:(1)公务用车运行维护费 | 32.65 | 32.65 |',
      '(2)公务用车购置 | 0 | 0 |',
    ].join('\n');

  it('its rows are checked like the first column’s: 0 under its children 32.65 + 0 is found', () => {
    // (Its 合计 34.35 no longer adds up either — the three 三公 items are all of it — and says which cell to correct first.)
    assert.deepEqual(summary(table('0')).filter((s) => s.includes('table-total')), ['2 error table-total 34.35', '5 warning table-total 0']);
    assert.match(findings(table('0')).find((f) => f.figure === '34.35')!.message, /其中3\.公务用车费·其中:公共预算财政拨款 0本身有误，宜先改正$/);
    assertConsistent(table('32.65'), 'table-total', '34.35');
  });
});

describe('a 三公 table numbered 一、二、三、 with 其中 rows in two levels (pf-hunan-yiyuan-2016)', () => {
  const table = [
    '项目 | 2015-执行数 | 2016-预算数 |',
    '合计 | 470000 |  |',
    '一、因公出国(境)费用 | 0 |  |',
    '其中:1、基本支出 |  |  |',
    '2、项目支出 |  |  |',
    '二、公务接待费 | 420000 |  |',
    '其中:1、基本支出 |  |  |',
    '2、项目支出 |  |  |',
    '三、公务用车费 | 50000 |  |',
    '其中: 1、公务用车运行维护费 | 50000 |  |',
    '(1)基本支出 | 50000 |  |',
    '(2)项目支出 |  |  |',
    '2、公务用车购置 |  |  |',
  ].join('\n');

  it('三、 is 二、’s sibling, not its child, and the nested (1)/(2) group is not summed flat: no finding', () => {
    assert.deepEqual(summary(table).filter((s) => s.includes('table-total')), []);
  });
});

describe('a pipe table with a 行号 column, periods 本期/上年同期, and children under a numbered row (rg-zhuzhou-fuyou-2020)', () => {
  // 43245334.20 + 12954900.00 + 848050.98 = 57048285.18, not 61625022.26; the 支出 rows add up.
  const table = (total: string) =>
    [
      '单位:元 | |||||',
      '项目 | 行号 | 本 期 | 上年同期 | 增加额 | 增长率 |',
      `1、总收入 | 1 | ${total} | 61921466.66 | -4873181.48 | -7.87% |`,
      '其中:医疗收入 | 2 | 43245334.20 | 44398351.66 | -1153017.46 | -2.60% |',
      '财政拨款收入 | 3 | 12954900.00 | 11152900.00 | 1802000.00 | 16.16% |',
      '其他收入 | 4 | 848050.98 | 6370215.00 | -5522164.02 | -86.69% |',
      '2、总支出 | 5 | 65142258.61 | 58480172.81 | 6662085.80 | 11.39% |',
      '其中:医疗成本 | 6 | 63903735.35 | 57891624.75 | 6012110.60 | 10.39% |',
      '其他支出 | 7 | 1238523.26 | 588548.06 | 649975.20 | 110.44% |',
      '3、收费水平 | 8 | ||||',
      '门诊次均医药费用 | 9 | 299.83 | 361.85 | -62.02 | -17.14% |',
    ].join('\n');
  it('总收入·本期 against its three 其中 rows (财政拨款收入 stays a child under 1、): error at the total', () => {
    const found = summary(table('61625022.26')).filter((s) => / table-total /.test(s));
    assert.deepEqual(found, ['3 error table-total 61625022.26']);
    assertConsistent(table('57048285.18'), 'table-total', '57048285.18');
  });
  it('values moved left under blank cells (`3.财政补贴收入 | 0.00 | 100.00% | ||||||`) leave the table unread', () => {
    const text = [
      '项 目 | 2021年预算数 | 2021年调整后预算数 | 当期执行数 | 累计执行数 | 预算执行进度(%) | |',
      '二、收入合计 | 733,781,967.72 | 733,781,967.72 | 206,135,874.33 | 378,574,361.33 | 51.59% | |',
      '1.工伤保险费收入 | 709,841,093.00 | 709,841,093.00 | 201,872,098.53 | 365,973,801.79 | 51.56% | |',
      '2.利息收入 | 23,940,874.72 | 23,940,874.72 | 4,141,357.66 | 12,410,593.72 | 51.84% | |',
      '3.财政补贴收入 | 0.00 | 100.00% | ||||||',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });
});

describe('a total column and the columns after it, row by row (收入决算表: 本年收入合计 = 财政拨款收入 + 事业收入 + 其他收入)', () => {
  const table = (education: string) =>
    [
      '2023年度收入决算表',
      '单位:万元',
      '项目 | 本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入',
      '一般公共服务支出 | 100.00 | 80.00 | 15.00 | 5.00',
      `教育支出 | ${education} | 50.00 | 5.00 | 4.00`,
      '卫生健康支出 | 30.00 | 30.00 | | ',
      `合计 | ${education === '60.00' ? '190.00' : '189.00'} | 160.00 | 20.00 | 9.00`,
    ].join('\n');

  it('教育支出 60.00 ≠ 50.00 + 5.00 + 4.00: one error at that row (the 合计 row, off by the same, only repeats it)', () => {
    assert.deepEqual(summary(table('60.00')), ['5 error table-total 60.00']);
  });

  it('every row adding up (a blank part read as 0, its blank cells written out) holds', () => {
    assertConsistent(table('59.00'), 'table-total', '59.00');
  });

  it('columns that are not all parts (公务用车购置及运行维护费 beside its own 购置 and 运行): no row adds up, so none is read', () => {
    const sangong = [
      '“三公”经费支出决算表',
      '单位:万元',
      '项目 | 合计 | 因公出国(境)费 | 公务用车购置及运行维护费 | 公务用车购置费 | 公务用车运行维护费 | 公务接待费',
      '2022年决算 | 12.00 | 0.00 | 8.00 | 0.00 | 8.00 | 4.00',
      '2023年决算 | 10.00 | 0.00 | 7.00 | 2.00 | 5.00 | 3.00',
    ].join('\n');
    assert.ok(!summary(sangong).some((x) => x.includes('table-total')), JSON.stringify(summary(sangong)));
  });
});

describe('totals above their rows: a condensed 收支总表, group totals over their groups', () => {
  it('本年收入合计 first, 年初结转和结余, 总计: 总计 = 2,020.17 + 64.30; a wrong 总计 is still found', () => {
    const text = (grand: string) => doc('表1 收入支出决算总表', '| 项目 | 金额 |', '| 本年收入合计 | 2,020.17 |', '| 年初结转和结余 | 64.30 |', `| 总计 | ${grand} |`, '说明');
    assert.deepEqual(summary(text('2,084.47')), []);
    assert.deepEqual(summary(text('2,094.47')), ['7 error table-total 2,094.47']);
  });
  it('人员经费合计 and 公用经费合计 over their rows, a bare 合计 of the two last', () => {
    const text = (staff: string) =>
      doc('表1 决算表', '| 科目名称 | 决算数 |', `| 人员经费合计 | ${staff} |`, '| 工资福利支出 | 1,020.45 |', '| 对个人和家庭的补助 | 52.03 |', '| 公用经费合计 | 185.30 |', '| 商品和服务支出 | 185.30 |', '| 合计 | 1,257.78 |', '说明');
    assert.deepEqual(summary(text('1,072.48')), []);
    assert.deepEqual(summary(text('1,082.48')), ['5 error table-total 1,082.48']);
  });
});

describe('a 收支 table whose sections put their totals first', () => {
  const text = (project: string) => doc('表1 收支表', '| 项目 | 金额 |', '| 收入合计 | 100.00 |', '| 财政拨款收入 | 100.00 |', '| 支出合计 | 90.00 |', '| 基本支出 | 50.00 |', `| 项目支出 | ${project} |`, '说明');
  it('支出合计 opens its own section: it is not the sum of the 收入 rows above it', () => {
    assert.deepEqual(summary(text('40.00')), []);
  });
  it('its own rows are its parts: 50.00 + 30.00 = 80.00 against 90.00 is an error', () => {
    assert.deepEqual(summary(text('30.00')), ['7 error table-total 90.00']);
  });
});

describe('a table pasted without indentation, codes or 其中 (helpers’ 决算/预算 probes): a group row over the rows below it', () => {
  const table = (...rows: string[][]) => doc('单位：万元', '', ...pipeTable([['项目', '决算数'], ...rows]), '', '二、说明');

  it('a 类 over its one 项, and a row over the one whose name it holds, are no two rows of the 合计', () => {
    assertConsistent(table(['一般公共服务支出', '612.35'], ['行政运行', '612.35'], ['合计', '612.35']), 'table-total', '612.35', 'md');
    assert.deepEqual(summary(table(['公务用车购置及运行维护费', '4.86'], ['公务用车运行维护费', '4.86'], ['合计', '4.86']), 'md'), []);
  });

  it('a row that its rows below add up to exactly (工资福利支出 = 基本工资 + 津贴补贴), and a 合计 over such a group, hold', () => {
    assertConsistent(table(['工资福利支出', '329.11'], ['基本工资', '186.24'], ['津贴补贴', '142.87'], ['合计', '329.11']), 'table-total', '329.11', 'md');
    assert.deepEqual(summary(table(['本年支出合计', '1711.54'], ['基本支出', '1127.81'], ['项目支出', '583.73'], ['支出总计', '1711.54']), 'md'), []);
  });

  it('a 合计 that no nesting makes hold is still an error, read flat', () => {
    const f = only(table(['工资福利支出', '329.11'], ['基本工资', '186.24'], ['津贴补贴', '142.87'], ['合计', '339.11']), 'md');
    assert.equal(f.figure, '339.11');
    assert.equal(f.message, '合计·决算数应为 658.22万元（工资福利支出 329.11 + 基本工资 186.24 + 津贴补贴 142.87），文中为 339.11万元，相差 319.11万元');
  });

  it('two equal rows whose names do not say one holds the other stay two rows: 5 + 5 + 10 against 15 is an error', () => {
    assert.deepEqual(summary(table(['培训费', '5'], ['会议费', '5'], ['差旅费', '10'], ['合计', '15']), 'md'), ['10 error table-total 15']);
  });
});

describe('a PDF table that stops at a 其中 row whose blank cell was dropped (a helper’s 预算 probe)', () => {
  const text = (total: string) =>
    doc('项目 2022年预算数 2023年预算数', `合计 ${total} 56.30`, '因公出国（境）费 12.00 12.00', '公务用车购置及运行费 33.00 30.30', '其中：公务用车购置费 0.00', '公务接待费 15.00 14.00');

  it('its 合计 first, over the rows read, only has to hold them: the rows below the 其中 row are lost', () => {
    assert.deepEqual(summary(text('60.00')), []);
    assert.deepEqual(summary(text('40.00')), ['4 warning table-total 40.00']);
  });
});

describe('groups named in the first label column on their 小计 rows, items below with it blank (a helper’s 政府采购 probe)', () => {
  const table = (service: string, total = '216.00') =>
    doc(...pipeTable([['采购类别', '采购项目', '预算金额'], ['货物', '小计', '36.00'], ['', '台式计算机', '36.00'], ['服务', '小计', '180.00'], ['', '物业管理服务', service], ['合计', '', total]]), '', '二、说明');

  it('each 小计 is its own rows’, the 合计 the 小计 rows’', () => {
    assertConsistent(table('180.00'), 'table-total', '216.00', 'md');
    assertConsistent(table('180.00'), 'table-total', '180.00', 'md');
  });

  it('an item off its 小计 is an error at the 小计', () => {
    const f = findings(table('170.00'), 'md').find((x) => x.rule === 'table-total')!;
    assert.equal(`${f.line} ${f.severity} ${f.figure}`, '7 error 180.00');
    assert.match(f.message, /^小计·预算金额应为 170.00（物业管理服务 170.00），文中为 180.00，相差 10/);
  });
});

describe('a bare 其中： row with its cells dropped (a helper’s 预算 probe, pipes in a .txt)', () => {
  it('the child after it makes its parent already: the row after that is no child', () => {
    const text = doc('|项目|金额|', '|---|---|', '|公务用车购置及运行费|30.30|', '|其中：||', '|公务用车运行费|30.30|', '|公务接待费|14.00|');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(
      parse(text).tables[0].rows.map((r) => `${r.label}:${r.parent ?? '-'}`),
      ['公务用车购置及运行费:-', ':0', '公务用车运行费:0', '公务接待费:-'],
    );
  });
});

describe('web tables whose levels show only by full-width indentation, or a 其中 child that makes its parent (a helper’s web-table probes)', () => {
  it('`| 　　行政运行 |` under `| 一般公共服务支出 |`: the indented rows are the row above’s, the 合计 is of the rest', () => {
    const text = (total: string) =>
      doc('| 项目 | 合计 |', '| 一般公共服务支出 | 100.00 |', '| 　　行政运行 | 60.00 |', '| 　　一般行政管理事务 | 40.00 |', '| 住房保障支出 | 20.00 |', `| 合计 | ${total} |`, '', '二、说明');
    assertConsistent(text('120.00'), 'table-total', '120.00');
    assertConsistent(text('120.00'), 'table-total', '100.00');
    assert.deepEqual(summary(text('130.00')), ['8 error table-total 130.00']);
  });

  it('`其中：公务用车运行费 6.95` under `公务用车购置及运行费 6.95`: 公务接待费 after it is its sibling', () => {
    const text = doc('| 项目 | 决算数 |', '| 合计 | 9.31 |', '| 公务用车购置及运行费 | 6.95 |', '| 其中：公务用车运行费 | 6.95 |', '| 公务接待费 | 2.36 |', '', '二、说明');
    assertConsistent(text, 'table-total', '9.31');
  });
});

describe('a 三公 table in columns, rows 预算数 and 决算数 (the 部门决算’s 公开表, a helper’s long document)', () => {
  const text = (car: string, total = '285.24') =>
    doc('单位：万元', '项目\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t公务用车购置费\t公务用车运行维护费\t公务接待费', '预算数\t323.00\t45.00\t246.00\t60.00\t186.00\t32.00', `决算数\t${total}\t38.62\t${car}\t56.80\t168.45\t21.37`, '', '二、说明');

  it('合计 = 出国 + 公务用车 + 接待 and 公务用车 = 购置 + 运行, row by row', () => {
    assertConsistent(text('225.25'), 'table-total', '285.24');
    assertConsistent(text('225.25'), 'table-total', '225.25');
  });

  it('a wrong 小计 is one error, at itself (the 合计 its halves make stands)', () => {
    const f = only(text('252.25'));
    assert.equal(f.message, '决算数·公务用车购置及运行维护费应为 225.25（公务用车购置费 56.80 + 公务用车运行维护费 168.45），文中为 252.25，相差 27');
  });

  it('a wrong 合计 is an error at the 合计', () => {
    assert.deepEqual(summary(text('225.25', '258.24')), ['6 error table-total 258.24']);
  });
});

describe('a table printed over two pages: a page number or the header repeated between its rows (a helper’s web-table probes)', () => {
  it('TAB rows with `—7—` between them: one table, the 合计 first is of all its rows', () => {
    const text = (total: string) => doc('项目\t本年支出合计', `合计\t${total}`, '一般公共服务支出\t10.00', '社会保障和就业支出\t5.00', '—7—', '住房保障支出\t15.00', '', '二、说明');
    assertConsistent(text('30.00'), 'table-total', '30.00');
    assert.deepEqual(summary(text('31.00')), ['4 error table-total 31.00']);
  });

  it('TAB rows with the page number and the header repeated; pipe rows with the header repeated', () => {
    const tab = doc('项目\t本年支出合计', '一般公共服务支出\t10.00', '社会保障和就业支出\t5.00', '—7—', '项目\t本年支出合计', '住房保障支出\t15.00', '合计\t30.00', '', '二、说明');
    assertConsistent(tab, 'table-total', '30.00');
    const pipes = doc('| 项目 | 本年支出合计 |', '|---|---|', '| 一般公共服务支出 | 10.00 |', '| 社会保障和就业支出 | 5.00 |', '| 项目 | 本年支出合计 |', '| 住房保障支出 | 15.00 |', '| 合计 | 30.00 |', '', '二、说明');
    assertConsistent(pipes, 'table-total', '30.00');
  });

  it('TAB rows with blank lines around the page number, then the header again (a helper’s Word paste)', () => {
    const text = (total: string) => doc('单位：万元', '项目名称\t全年预算\t全年执行', '农村公路养护\t135.50\t130.20', '', '—12—', '', '项目名称\t全年预算\t全年执行', '客运站运营补助\t95.00\t95.00', `合计\t${total}\t225.20`);
    assertConsistent(text('230.50'), 'table-total', '230.50');
    assert.deepEqual(summary(text('231.50')), ['11 error table-total 231.50']);
  });

  it('pipe rows with no rule row, one row before the repeated header, with or without a page number (a helper’s 自评报告 probe)', () => {
    // (They drew 合计·预算数应为 80: the rows before the repeated header were read as prose, or as a table of their own.)
    const rows = (page: string[], total: string) => doc('| 项目名称 | 预算数 | 执行数 |', '| 高标准农田建设 | 1300 | 1250.6 |', ...page, '| 项目名称 | 预算数 | 执行数 |', '| 动物防疫 | 80 | 78.4 |', `| 合计 | ${total} | 1329 |`);
    for (const page of [[], ['- 6 -'], ['第 6 页 共 12 页']]) {
      assertConsistent(rows(page, '1380'), 'table-total', '1380');
      assert.deepEqual(summary(rows(page, '1390')), [`${7 + page.length} error table-total 1390`], page.join());
    }
  });
});

describe('a 三公 table with the car’s halves under it and no 其中, one half 0 (a helper’s restatement probe)', () => {
  it('购置费 0 + 运行维护费 6.84 are the 6.84 above them: 合计 9.84 = 6.84 + 3.00', () => {
    const text = doc('|项目|决算数|', '|---|---|', '|公务用车购置及运行维护费|6.84|', '|公务用车购置费|0|', '|公务用车运行维护费|6.84|', '|公务接待费|3.00|', '|合计|9.84|');
    assertConsistent(text, 'table-total', '9.84');
  });
});

describe('a 基本支出决算表 set vertically (a helper’s 决算说明 probes)', () => {
  it('人员经费合计 is 301 + 303, 公用经费合计 302, whatever rows stand above them', () => {
    const text = (staff: string) => doc('科目编码\t科目名称\t决算数', '301\t工资福利支出\t80.00', '303\t对个人和家庭的补助\t10.00', '302\t商品和服务支出\t20.00', `\t人员经费合计\t${staff}`, '\t公用经费合计\t20.00', '', '二、说明');
    assertConsistent(text('90.00'), 'table-total', '90.00');
    assert.deepEqual(summary(text('95.00')), ['7 error table-total 95.00']);
  });

  it('人员经费 and 公用经费 as group rows over their 类 rows: the 合计 is of the groups', () => {
    const text = doc('科目编码\t科目名称\t决算数', '\t人员经费\t90.00', '301\t工资福利支出\t90.00', '\t公用经费\t20.00', '302\t商品和服务支出\t20.00', '\t合计\t110.00', '', '二、说明');
    assertConsistent(text, 'table-total', '110.00');
  });
});

describe('a 合计 row of scores is their average (a helper’s 自评表 probe)', () => {
  it('自评得分 99.8 and 96.75 under 合计 98.28 (the mean, 98.275): silent; the money columns are still added', () => {
    const text = (spent: string) => doc('项目名称\t全年预算数\t全年执行数\t执行率\t自评得分', '农村饮水安全维修养护\t320.5\t314.09\t98%\t99.8', '水土保持综合治理\t860\t795.5\t92.5%\t96.75', `合计\t1180.5\t${spent}\t93.99%\t98.28`);
    assert.deepEqual(summary(text('1109.59')), []);
    assert.ok(summary(text('1119.59')).includes('6 error table-total 1119.59'));
  });
});

describe('完成预算% of a table with a 预算调整 column and no 调整后 one (a helper’s 决算说明 probe)', () => {
  it('330.12 ÷ (300.00 + 36.40) = 98.13% holds (it drew 应为 110.04%, of the 年初 budget); 99.13% is an error', () => {
    const text = (r: string) => doc('| 项目 | 年初预算 | 预算调整 | 决算 | 完成预算% |', '|---|---|---|---|---|', `| 行政运行 | 300.00 | 36.40 | 330.12 | ${r} |`);
    assert.deepEqual(summary(text('98.13'), 'md'), []);
    assert.equal(only(text('99.13'), 'md').message, '行政运行·完成预算%应为 98.13%（决算 330.12 ÷ (年初预算 300.00 + 预算调整 36.40)），文中为 99.13%，相差 1 个百分点');
  });
});

describe('budget tables of 类/款/项 or of units and their projects, with no codes or indentation (a helper’s 部门预算 probes)', () => {
  const md = (...rows: string[]) => ['单位：万元', rows[0], rows[0].replace(/[^|]+/g, '---'), ...rows.slice(1)].join('\n');
  it('a 款 over its one 项 of the same amount, where other rows nest already: the 合计 holds', () => {
    const t = (total: string) => md('| 科目名称 | 预算数 |', '| 一般公共服务支出 | 770.35 |', '| 政府办公厅（室）及相关机构事务 | 700.35 |', '| 行政运行 | 612.35 |', '| 一般行政管理事务 | 88.00 |', '| 财政事务 | 70.00 |', '| 信息化建设 | 70.00 |', `| 合计 | ${total} |`);
    assert.deepEqual(summary(t('770.35')), []);
    assert.deepEqual(summary(t('780.35')), ['10 error table-total 780.35']);
  });
  it('a column with blanks nests as the full column of the same rows does', () => {
    const t = (fund: string) => md('| 单位名称 | 合计 | 一般公共预算拨款 | 政府性基金预算拨款 |', '| 某市文化广电旅游局 | 1,430.00 | 1,130.00 | 300.00 |', '| 局机关本级 | 1,000.00 | 700.00 | 300.00 |', '| 市图书馆 | 430.00 | 430.00 |  |', `| 合计 | 1,430.00 | 1,130.00 | ${fund} |`);
    assert.deepEqual(summary(t('300.00')), []);
    assert.ok(summary(t('310.00')).includes('7 error table-total 310.00'));
  });
});

describe('a table split over pages (续表, a header repeated) and 本页合计 (a helper’s 资金分配 probes)', () => {
  const split = (between: string[], total: string) =>
    ['| 序号 | 项目名称 | 金额（万元） |', '|---|---|---|', '| 1 | 森林抚育 | 45.6 |', '| 2 | 国储林建设 | 120 |', ...between, '| 序号 | 项目名称 | 金额（万元） |', '|---|---|---|', '| 3 | 湿地保护 | 36.4 |', '| 4 | 森林防火 | 77 |', `| | 合计 | ${total} |`].join('\n');
  it('the 合计 after the break adds up both pages: 279 holds; one less than its own page’s rows is still an error', () => {
    for (const between of [['', '续表', ''], ['', '（续表）', ''], ['', '- 3 -', ''], ['']]) assert.deepEqual(summary(split(between, '279'), 'md'), [], between.join('/'));
    assert.deepEqual(summary(split(['', '续表', ''], '100'), 'md'), ['12 warning table-total 100']);
  });
  it('two tables of one header with a line of prose between them are two tables', () => {
    const two = split(['', '以下为二级项目：', ''], '279');
    assert.deepEqual(summary(two, 'md'), ['12 error table-total 279']);
  });
  it('本页合计 is the page’s part: the 合计 adds it and the rows after it', () => {
    const t = (total: string) => ['项目名称\t资金（万元）', '森林抚育\t45.6', '国储林建设\t120', '本页合计\t165.6', '湿地保护\t36.4', '森林防火\t77', `合计\t${total}`].join('\n');
    assert.deepEqual(summary(t('279')), []);
    assert.deepEqual(summary(t('289')), ['7 error table-total 289']);
  });
});

describe('an economic total over a coded table (a helper’s 事业单位 probe)', () => {
  it('`302 商品和服务支出 / 30201 办公费 / 30299 其他商品和服务支出 / 公用经费合计`: 30299 is inside 302 — 380.15 holds', () => {
    const t = (total: string) => ['单位：万元', '|科目编码|科目名称|决算数|', '|---|---|---|', '|302|商品和服务支出|380.15|', '|30201|办公费|212.48|', '|30299|其他商品和服务支出|167.67|', `||公用经费合计|${total}|`].join('\n');
    assert.deepEqual(summary(t('380.15'), 'md'), []);
    assert.deepEqual(summary(t('390.15'), 'md'), ['7 error table-total 390.15']);
  });
});

describe('a table of counts under 单位：人 (a helper’s recall probe)', () => {
  it('18 + 9 + 3 = 30 against a 合计 of 31: an error, exact; 30 holds', () => {
    const t = (total: string) => ['2023年度部门整体支出绩效自评报告', '单位：人', '| 类别 | 编制数 | 实有人数 |', '|---|---|---|', '| 行政编制 | 20 | 18 |', '| 事业编制 | 12 | 9 |', '| 工勤编制 | 3 | 3 |', `| 合计 | 35 | ${total} |`].join('\n');
    assert.deepEqual(summary(t('31'), 'md'), ['8 error table-total 31']);
    assert.deepEqual(summary(t('30'), 'md'), []);
  });
});

describe('a -layout table that stops at a row it could not read (a helper’s table probe)', () => {
  it('合计 first over 类 and its one 款, then a row with its last cell blank: the 合计 is a bound, silent', () => {
    const t = ['项目                     本年支出合计    基本支出    项目支出', '合计                     500.00          400.00      100.00', '一般公共服务支出         300.00          200.00      100.00', '  政府办公厅事务         300.00          200.00      100.00', '住房保障支出             200.00          200.00', '', '以上为支出决算。'].join('\n');
    assert.deepEqual(summary(t), []);
  });
});

describe('a row of rates under amount rows is not summed across (a helper’s 三公 table probes)', () => {
  it('`执行率（%） | 79.19 | - | 79.55 | 78.40` under 预算数/决算数 (TAB and pipes) — silent; a 决算数 合计 off still an error', () => {
    const tab = (total: string) => ['项目\t合计\t因公出国（境）费\t公务用车购置及运行费\t公务接待费', '预算数\t16.00\t0.00\t11.00\t5.00', `决算数\t${total}\t0.00\t8.75\t3.92`, '执行率（%）\t79.19\t-\t79.55\t78.40'].join('\n');
    assert.deepEqual(summary(tab('12.67')), []);
    assert.deepEqual(summary(tab('13.67')), ['3 error table-total 13.67']);
    const pipe = ['| 项目 | 合计 | 基本支出 | 项目支出 |', '|---|---|---|---|', '| 预算数 | 160.00 | 110.00 | 50.00 |', '| 决算数 | 126.70 | 87.50 | 39.20 |', '| 结余率（%） | 20.81 | 20.45 | 21.60 |'].join('\n');
    assert.deepEqual(summary(pipe, 'md'), []);
  });
});

describe('a 功能分类 table without codes: 类, 款 and 项 rows by position only (a helper’s pdftotext 决算 probe)', () => {
  const text = (total: string) =>
    ['单位：万元', '\t项目', '\t金额', '', '\t社会保障和就业支出', '\t200.00', '', '\t行政事业单位养老支出', '\t200.00', '', '\t行政单位离退休', '\t150.00', '',
      '\t机关事业单位基本养老保险缴费支出', '\t50.00', '', '\t住房保障支出', '\t100.00', '', '\t住房改革支出', '\t100.00', '', '\t住房公积金', '\t100.00', '', '\t合计', `\t${total}`].join('\n');
  it('合计 300 = the two 类 (200 + 100) — silent; 310 an error of the 类’ sum, not of all seven rows', () => {
    assert.deepEqual(summary(text('300.00')), []);
    const f = only(text('310.00'));
    assert.equal(`${f.severity} ${f.rule} ${f.figure}`, 'error table-total 310.00');
    assert.match(f.message, /应为 300\.00万元（社会保障和就业支出 200\.00 \+ 住房保障支出 100\.00）/);
  });
});

describe('a 基本支出表 without marks, 人员经费 and 公用经费 over their 经济分类 parts (a helper’s table slip probe)', () => {
  const text = (staff: string) => ['单位：万元', '| 科目名称 | 决算数 |', '|---|---|', `| 人员经费 | ${staff} |`, '| 工资福利支出 | 1675.02 |', '| 对个人和家庭的补助 | 37.78 |', '| 公用经费 | 496.29 |', '| 商品和服务支出 | 496.29 |', '| 合计 | 2209.09 |'].join('\n');
  it('人员经费 1713.80 against 1675.02 + 37.78 = 1712.80 is the error, not the right 合计 (it drew 应为 4419.18); 1712.80 holds', () => {
    const f = only(text('1713.80'), 'md');
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '4 error table-total 1713.80');
    assert.match(f.message, /^人员经费·决算数应为 1712\.80万元（工资福利支出 1675\.02 \+ 对个人和家庭的补助 37\.78）/);
    assert.deepEqual(summary(text('1712.80'), 'md'), []);
  });
});

describe('收入总计 is 本年收入合计 + 年初结转和结余 when the only source repeats the 本年 total (a helper’s 收支表 probe)', () => {
  const text = (total: string) => ['| 项目 | 上年数 | 本年数 |', '|---|---|---|', '| 本年收入合计 | 967.21 | 1200.21 |', '| 财政拨款收入 | 967.21 | 1200.21 |', '| 年初结转和结余 | 98.75 | 81.43 |', `| 收入总计 | 1065.96 | ${total} |`].join('\n');
  it('1200.21 + 81.43 = 1281.64 — silent; 1291.64 an error', () => {
    assert.deepEqual(summary(text('1281.64'), 'md'), []);
    const f = only(text('1291.64'), 'md');
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '6 error table-total 1291.64');
    assert.match(f.message, /应为 1281.64（本年收入合计 1200.21 \+ 年初结转和结余 81.43）/);
  });
});

describe('running totals and points in a 运行监控 table (a helper’s 运行监控 probe)', () => {
  it('`月份 | 当月支出 | 累计支出`: the 累计 column’s 合计 is its last value, the 当月 column still adds up', () => {
    const text = (month: string) => ['月份\t当月支出\t累计支出', '1月\t100.00\t100.00', '2月\t150.00\t250.00', `合计\t${month}\t250.00`].join('\n');
    assert.deepEqual(summary(text('250.00')), []);
    assert.deepEqual(summary(text('260.00')), ['4 error table-total 260.00']);
  });
  it('a 偏差（百分点） row does not add up across into 合计 (10.00 − 6.67 is no 3.33 points of the whole)', () => {
    const text = (row: string) => ['| 项目 | 合计 | 基本支出 | 项目支出 |', '|---|---|---|---|', '| 全年预算数 | 1000.00 | 400.00 | 600.00 |', '| 1-6月执行数 | 500.00 | 240.00 | 260.00 |', `| ${row} | 0.00 | 10.00 | -6.67 |`].join('\n');
    assert.deepEqual(summary(text('偏差（百分点）'), 'md'), []);
    assert.deepEqual(summary(text('较序时进度（百分点）'), 'md'), []);
    // (A row of amounts still adds up across: the same row named 偏差额.)
    assert.deepEqual(summary(text('偏差额'), 'md'), ['5 error table-total 0.00']);
  });
});

describe('a table going on past 续表 without its header, or past a page’s number and running title (helpers’ typed-table and page-furniture probes)', () => {
  it('合计 first over rows on both sides of `续表`: silent; a 合计 short of the rows it has is still an error', () => {
    const tab = '项目\t预算数\t决算数\n合计\t300\t280\n人员经费\t100\t100\n公用经费\t150\t140\n续表\n项目支出\t50\t40';
    assert.deepEqual(summary(tab), []);
    assert.deepEqual(summary(tab.replace('合计\t300\t280', '合计\t200\t180')), ['2 warning table-total 200', '2 warning table-total 180']);
    assert.deepEqual(summary('| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| 合计 | 300 | 280 |\n| 人员经费 | 100 | 100 |\n| 公用经费 | 150 | 140 |\n\n— 3 —\n\n| 项目支出 | 50 | 40 |'), []);
    assert.deepEqual(summary('| 项目 | 决算数 |\n|---|---|\n| 合计 | 18.62 |\n| 因公出国（境）费 | 1.00 |\n| 公务用车购置及运行维护费 | 11.08 |\n续表\n| 公务接待费 | 6.54 |'), []);
  });
  it('`续表：` with the header again, the 合计 after it: silent', () => {
    assert.deepEqual(summary('项目\t预算数\t决算数\n基本支出\t100\t100\n续表：\n项目\t预算数\t决算数\n项目支出\t200\t180\n合计\t300\t280'), []);
  });
  it('rows indented under a `其中：` row are its siblings: 100 + 200 = 300 holds; 100 + 210 does not', () => {
    const text = '项目            全年预算数  实际支出\n基本支出        300.00      290.00\n其中：人员经费  100.00      100.00\n  公用经费      200.00      190.00';
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('200.00      190.00', '210.00      190.00')), ['2 error table-total 300.00']);
  });
});

describe('a row right after a table that the reader did not take (a helper’s 自评报告 table, pdftotext -layout)', () => {
  const table = (blank: string) =>
    [
      '单位：万元',
      '  项目名称              年初预算    上年结转        调减    全年预算数    全年执行数      执行率',
      '  合计                   1609.30      147.82       35.60      1721.52      1661.50      96.51%',
      '  高标准农田建设          749.82       64.51        0.00       814.33       808.59      99.30%',
      '  就业创业补助            184.48       83.31       35.60       232.19       211.19      90.96%',
      `  公共文化服务            675.00      ${blank}        0.00       675.00       641.72      95.07%`,
      '注：本表反映各项目资金执行情况。',
    ].join('\n');
  it('a cell left blank: the 合计 first is read as at most the rows read (749.82 + 184.48 ≤ 1609.30), silent', () => {
    assert.deepEqual(summary(table('      ')), []);
  });
  it('the same row with its cell filled is read, and the 合计 is their sum: 749.82 + 184.48 + 675.00 = 1609.30', () => {
    assert.deepEqual(summary(table('  0.00')), []);
    assert.deepEqual(summary(table('  0.00').replace('1609.30', '1690.30')), ['3 error table-total 1690.30']);
  });
});

describe('a 全年 row under the four quarters is their total; counts in 万人次 add up (lvyou-2023-ratios)', () => {
  const table = (year: string) =>
    doc(
      '| 季度 | 接待游客（万人次） | 同比增长 | 旅游总收入（亿元） |',
      '|---|---:|---:|---:|',
      '| 一季度 | 356.82 | 18.89% | 28.46 |',
      '| 二季度 | 489.35 | 21.38% | 39.72 |',
      '| 三季度 | 612.47 | 19.54% | 52.18 |',
      '| 四季度 | 402.16 | 19.99% | 38.28 |',
      `| 全年 | ${year} | 20.00% | 158.64 |`,
    );
  it('1869.80 where the quarters make 1860.80: an error; the 亿元 column’s 158.64 holds', () => {
    assert.deepEqual(summary(table('1869.80'), 'md'), ['9 error table-total 1869.80']);
    assertConsistent(table('1860.80'), 'table-total', '158.64', 'md');
  });
  it('a 全年 row under rows that are not the year’s periods is no total', () => {
    assert.deepEqual(summary(doc('| 项目 | 金额（万元） |', '|---|---:|', '| 上半年 | 100.00 |', '| 全年 | 180.00 |'), 'md'), []);
  });
});
