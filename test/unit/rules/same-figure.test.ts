// same-figure: a figure stated in prose and in a table of the same section must agree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, doc, findings, only, rowTable, summary } from './helpers';

const report = (prose: string, tableBasic = '344.12') =>
  doc(
    '1、 预算支出及绩效情况',
    '',
    prose,
    '',
    '单位：万元',
    ...rowTable([
      ['类别', '年初预算', '决算支出'],
      ['基本支出', '412.87', tableBasic],
      ['项目支出', '15.5', '46936.95'],
    ]),
  );
const finalAccounts = (basic: string) => `2023年决算基本支出${basic}万元，项目支出46936.95万元。`;
const budget = (basic: string) => `2023年年初预算安排支出428.37万元，其中：基本支出${basic}万元，项目支出15.5万元。`;

describe('same-figure', () => {
  it('the prose 决算 基本支出 344.12 agrees with the table’s 基本支出 × 决算支出', () => {
    assertConsistent(report(finalAccounts('344.12')), 'same-figure', '344.12');
  });

  it('344.13 against the table’s 344.12: one amount printed twice at the same places must be the same digits (domain.md) — off in the last digit, a warning', () => {
    const f = only(report(finalAccounts('344.13')));
    assert.equal(`${f.severity} ${f.rule} ${f.figure} → ${f.fix}`, 'warning same-figure 344.13 → 344.12');
  });

  it('the table says 334.12 where the prose says 344.12: error on the prose figure, fix from the table', () => {
    const text = report(finalAccounts('344.12'), '334.12');
    const f = only(text);
    assert.equal(f.rule, 'same-figure');
    assert.equal(f.severity, 'error');
    assert.equal(f.line, 5);
    assert.equal(f.figure, '344.12');
    assert.equal(f.message, '决算基本支出应为 334.12万元（表中基本支出·决算支出 334.12万元），文中为 344.12万元，相差 10万元');
    assert.equal(f.fix, '334.12');
    assert.deepEqual(f.related, ['334.12']);
    assert.equal(applyFix(text, f), report(finalAccounts('334.12'), '334.12'));
  });

  it('344.14 against 344.12: a warning (the last digit); 345.12 against 344.12: an error', () => {
    assert.deepEqual(summary(report(finalAccounts('344.14'))), ['5 warning same-figure 344.14']);
    assert.deepEqual(summary(report(finalAccounts('345.12'))), ['5 error same-figure 345.12']);
  });

  it('a sentence about 年初预算 is compared with the 年初预算 column', () => {
    assertConsistent(report(budget('412.87')), 'same-figure', '412.87');
    const f = only(report(budget('412.78')).replace('428.37万元', '428.28万元'));
    assert.equal(f.rule, 'same-figure');
    assert.equal(f.figure, '412.78');
    // The prose 412.78 agrees with its own sentence (428.28 = 412.78 + 15.5): which one is the slip is not
    // for jixiao to guess, so no replacement is offered.
    assert.equal(f.fix, undefined);
  });

  it('the row’s name followed by the column’s word (`基本支出决算支出…`) is matched too', () => {
    assertConsistent(report('基本支出决算支出344.12万元。'), 'same-figure', '344.12');
    const f = only(report('基本支出决算支出343.12万元。'));
    assert.equal(f.message, '基本支出决算支出应为 344.12万元（表中基本支出·决算支出 344.12万元），文中为 343.12万元，相差 1万元');
    assert.deepEqual(summary(report('基本支出年初预算413.87万元。')), ['5 error same-figure 413.87']);
  });

  it('another year’s figures are not the table’s: `2025年预算安排基本支出…` is not compared', () => {
    assert.deepEqual(summary(report('2023年决算基本支出344.12万元。2025年预算安排支出500.00万元，其中：基本支出380.00万元。')), []);
  });

  it('`全年预算调整…，其中：基本支出…` is compared with the 预算调整 column, not 全年预算', () => {
    const text = (adj: string) =>
      doc('1、 预算支出及绩效情况', '', `全年预算调整${adj}万元，其中：基本支出${adj}万元。`, '', '单位：万元', ...rowTable([
        ['类别', '年初预算', '预算调整', '调整后预算', '决算支出'],
        ['基本支出', '412.87', '7.82', '420.69', '410.00'],
      ]));
    assertConsistent(text('7.82'), 'same-figure', '7.82');
    const f = only(text('7.28'));
    assert.equal(f.figure, '7.28');
    assert.match(f.message, /^基本支出应为 7\.82万元（表中基本支出·预算调整 7\.82万元），文中为 7\.28万元/);
  });

  it('`年中追加85.60万元，其中项目支出77.20万元` is compared with the 预算调整 column', () => {
    const text = doc('1、 预算支出及绩效情况', '', '年初预算612.40万元，年中追加85.60万元，其中项目支出77.20万元。', '', '单位：万元', ...rowTable([
      ['类别', '年初预算', '预算调整', '调整后预算', '决算支出'],
      ['基本支出', '468.20', '8.40', '476.60', '470.00'],
      ['项目支出', '144.20', '77.20', '221.40', '202.23'],
    ]));
    assertConsistent(text, 'same-figure', '77.20');
  });

  it('`年末结余…，其中：…` is compared with the 年末结余 column', () => {
    const text = (basic: string) => doc('1、 预算支出及绩效情况', '', `年末结余8.57万元，其中：基本支出${basic}万元，项目支出5.15万元。`, '', '单位：万元', ...rowTable([
      ['类别', '调整后预算', '决算支出', '年末结余'],
      ['基本支出', '398.10', '394.68', '3.42'],
      ['项目支出', '181.50', '176.35', '5.15'],
    ]));
    assertConsistent(text('3.42'), 'same-figure', '3.42');
    // 3.24 also throws the 其中 list off (3.24 + 5.15 ≠ 8.57): both are reported.
    assert.deepEqual(summary(text('3.24')), ['5 error sum-of-parts 8.57', '5 error same-figure 3.24']);
  });

  it('a sentence is of the first year it names; a 其中 sentence goes on with the year before it', () => {
    const budget2025 = '2025年部门预算安排910.00万元，比2023年年初预算（856.40万元）增加53.60万元，其中基本支出552.40万元、项目支出357.60万元。';
    assert.deepEqual(summary(report('2023年决算基本支出344.12万元。' + budget2025)), []);
    assert.deepEqual(summary(report('2023年决算基本支出344.12万元。2025年部门预算安排910.00万元。其中：基本支出552.40万元，项目支出357.60万元。')), []);
  });

  it('a row with two columns of the kind meant (决算数 | 决算数 under merged headers) is not compared', () => {
    const text = doc('1、 支出情况', '', '一般公共服务支出4,713.63万元。', '', '单位：万元', ...rowTable([
      ['项目', '决算数', '决算数'],
      ['一般公共服务支出', '3,841.27', '872.36'],
    ]));
    assert.deepEqual(summary(text), []);
  });

  it('a 支出合计 of what an earlier clause names (`4个重点项目，`, `表2中，`) is not the department’s 合计', () => {
    const table = ['单位：万元', ...rowTable([['类别', '决算支出'], ['基本支出', '1198.64'], ['项目支出', '7453.76'], ['合计', '8652.40']])];
    assert.deepEqual(summary(doc('1、 支出情况', '', '4个重点项目，支出合计3647.98万元。', '', ...table)), []);
    assert.deepEqual(summary(doc('1、 支出情况', '', '表2中，支出合计3647.98万元。', '', ...table)), []);
    assert.deepEqual(summary(doc('1、 支出情况', '', '全年支出合计8625.40万元。', '', ...table)), ['5 error same-figure 8625.40']);
  });

  it('an aside in brackets names no column for what follows; 实际使用, 实际开支 name the 决算 column', () => {
    assert.deepEqual(summary(report('其中，基本支出344.12万元（年初预算412.87万元）；项目支出46936.95万元。')), []);
    assert.deepEqual(summary(report('年初预算428.37万元，当年实际使用47281.07万元，其中基本支出344.12万元、项目支出46936.95万元。')), []);
  });
});

describe('a headline’s figure with the body’s digits at another scale (sg-mof-caigou-2022)', () => {
  const page = (headline: string) =>
    [headline, '', '新华财经北京12月25日电 25日,财政部发布了2022年全国政府采购简要情况。', '', '2022年全国政府采购规模为34,993.1亿元,较上年减少1,405.9亿元,下降3.9%。'].join('\n');

  it('349931亿元 and 39% against 34,993.1亿元 and 3.9%: the decimal point, each reported on the headline', () => {
    const f = findings(page('财政部:2022年全国政府采购规模为349931亿元 同比下降39%'));
    assert.deepEqual(f.map((x) => `${x.line} ${x.rule} ${x.figure}`), ['1 same-figure 349931', '1 same-figure 39']);
    assert.equal(f[0].message, '标题中的 349931亿元 与正文的 34,993.1亿元（全国政府采购规模）数字相同、小数点位置不同，像是小数点写错了');
  });

  it('a headline that rounds (`近3.5万亿元`, `下降4%`) or agrees is left alone', () => {
    assert.deepEqual(findings(page('财政部:2022年全国政府采购规模为34993.1亿元 同比下降3.9%')), []);
    assert.deepEqual(findings(page('2022年全国政府采购规模近3.5万亿元 同比下降4%')), []);
  });
});

describe('the same name in two periods is no figure stated twice (rn-quanguo-czb-2023)', () => {
  it('2023年2月 … 4419亿元 and 2023年1-2月 … 10677亿元: silent', () => {
    const text = [
      '2023年2月,全国发行新增地方政府债券4419亿元,其中一般债券1062亿元、专项债券3357亿元。全国发行再融资债券1342亿元。',
      '2023年1-2月,全国发行新增地方政府债券10677亿元,其中一般债券2408亿元、专项债券8269亿元。全国发行再融资债券1519亿元。',
    ].join('\n');
    assert.deepEqual(summary(text).filter((s) => s.includes('same-figure')), []);
  });
});

describe('a headline figure against the body’s, names told apart only at their start (ra2-baoan-czj-2014)', () => {
  it('宝安将追加安排教育支出25亿元 over 宝安区将追加安排教育支出2.5亿元: the point lost', () => {
    const text = ['宝安将追加安排教育支出25亿元', '为重点保障特区一体化和公共服务等中心工作,宝安区将追加安排教育支出2.5亿元,街道城市维护支出1亿元。'].join('\n');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '1 error same-figure 25');
    assert.equal(f.message, '标题中的 25亿元 与正文的 2.5亿元（宝安将追加安排教育支出）数字相同、小数点位置不同，像是小数点写错了');
  });

  it('whole 万元 in the prose restating a 元 table is the table rounded: 28万元 for 276,380.00元 holds, 29万元 does not', () => {
    const text = (car: string) => doc(`2019年“三公”经费决算36万元，其中：公务用车运行维护费${car}万元。`, '单位：元', '| 项目 | 决算数 |', '| --- | --- |', '| 合计 | 361,500.00 |', '| 公务用车运行维护费 | 276,380.00 |', '| 公务接待费 | 85,120.00 |');
    assert.deepEqual(summary(text('28')).filter((s) => s.includes('same-figure')), []);
    assert.deepEqual(summary(text('29')).filter((s) => s.includes('same-figure')), ['3 error same-figure 29']);
  });

  it('`公务接待费支出决算为11.26万元` is the row 公务接待费 × 决算数 (10.26): its 支出 is the column’s word (probe-m)', () => {
    const text = (v: string) => doc(`2023年度公务接待费支出决算为${v}万元。`, '单位：万元', '| 项目 | 预算数 | 决算数 |', '| 合计 | 36.00 | 28.46 |', '| 公务用车运行维护费 | 30.00 | 18.20 |', '| 公务接待费 | 6.00 | 10.26 |');
    assertConsistent(text('10.26'), 'same-figure', '10.26');
    assert.deepEqual(summary(text('11.26')), ['3 error same-figure 11.26']);
  });
});


describe('one amount under a short name printed again with two digits swapped or one mistyped (a helper’s slip probes)', () => {
  it('支出决算 2785.91 and 决算支出 2758.91 (the words in either order): an error at the second, no fix', () => {
    const text = doc('一、收入支出决算总体情况', '2021年度支出决算2785.91万元。', '二、支出决算情况说明', '2021年度决算支出2758.91万元。');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '6 error same-figure 2758.91');
    assert.equal(f.message, '决算支出应为 2785.91万元（前文支出决算 2785.91万元），文中为 2758.91万元，相差 27万元；同一数字两处不一致，其中必有一处有误');
    assert.equal(f.fix, undefined);
  });

  it('支出总计 1346.58 and 1364.58; 财政拨款支出 and 财政拨款支出决算', () => {
    assert.deepEqual(summary(doc('2022年度支出总计1346.58万元。', '2022年度支出总计1364.58万元。')), ['4 error same-figure 1364.58']);
    assert.deepEqual(summary(doc('财政拨款支出1346.58万元。', '财政拨款支出决算1346.68万元。')), ['4 error same-figure 1346.68']);
  });

  it('hd-ningbo-ghj-2018: 收支总预算 20592.14 and 宁波市规划局收入预算 20592.41 — a balanced budget\'s one total under its two names', () => {
    const text = (name: string) => doc('2018年收支总预算20592.14万元，收入包括一般公共预算拨款收入、其他收入。', `2018年${name}20592.41万元，其中：一般公共预算拨款收入19693.16万元。`);
    const f = only(text('宁波市规划局收入预算'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '4 error same-figure 20592.41');
    assert.equal(f.message, '宁波市规划局收入预算应为 20592.14万元（前文收支总预算 20592.14万元），文中为 20592.41万元，相差 0.27万元；同一数字两处不一致，其中必有一处有误');
    assert.deepEqual(summary(text('支出预算')), ['4 error same-figure 20592.41']);
    // (A part's budget is no such total: 基本支出预算, 一般公共预算收入预算.)
    assert.deepEqual(summary(text('基本支出预算')), []);
    assert.deepEqual(summary(text('一般公共预算收入预算')), []);
  });

  it('amounts further apart, under two projects’ headings, or each with its own 其中 list are different amounts', () => {
    assert.deepEqual(summary(doc('2022年度支出总计1346.58万元。', '2022年度支出总计1446.68万元。')), []);
    assert.deepEqual(summary(doc('（一）甲项目', '全年预算3150.00万元。', '（二）乙项目', '全年预算1350.00万元。')), []);
    assert.deepEqual(
      summary(doc('全年预算3150.00万元，其中：中央补助2200.00万元，县级配套950.00万元。', '全年预算1350.00万元，其中：中央补助900.00万元，县级配套450.00万元。')),
      [],
    );
  });
});

describe('one slip of the keyboard apart, but two subjects (a helper’s restatement probes)', () => {
  it('under headings naming a unit or a year, as items of a numbered list, or after a subject named in the sentence: silent', () => {
    assert.deepEqual(summary(doc('（一）局本级', '基本支出1346.58万元。', '（二）县农技中心', '基本支出1364.58万元。')), []);
    assert.deepEqual(summary(doc('（一）2022年度', '基本支出2163.45万元。', '（二）2023年度', '基本支出2136.45万元。')), []);
    assert.deepEqual(summary(doc('1.人居环境项目：年初预算3150.00万元。', '2.农田建设项目：年初预算1350.00万元。')), []);
    assert.deepEqual(summary(doc('项目一：信息化建设项目，全年预算3150.00万元。', '项目二：基础设施项目，全年预算1350.00万元。')), []);
  });

  it('under topical headings (收入支出决算总体情况, 支出决算情况) the same amount restated is still compared', () => {
    assert.deepEqual(summary(doc('一、收入支出决算总体情况', '2021年度支出决算2785.91万元。', '二、支出决算情况说明', '2021年度决算支出2758.91万元。')), ['6 error same-figure 2758.91']);
  });
});

describe('the 决算说明’s `…（类）…（款）…（项）。…支出决算为X万元` against that 项 row of the 一般公共预算财政拨款支出决算表', () => {
  const text = (spent: string, title = '一般公共预算财政拨款支出决算表') =>
    [
      '2023年度部门决算',
      title,
      '单位：万元',
      '科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '\t合计\t386.42\t386.42\t',
      '205\t教育支出\t386.42\t386.42\t',
      '20501\t教育管理事务\t386.42\t386.42\t',
      '2050101\t行政运行\t386.42\t386.42\t',
      '',
      '三、一般公共预算财政拨款支出决算情况说明',
      `1.教育支出（类）教育管理事务（款）行政运行（项）。年初预算为372.00万元，支出决算为${spent}万元，完成年初预算的103.88%。`,
    ].join('\n');

  it('the row found by its 类, 款 and 项 by code: 386.42 holds, 368.42 is an error naming the cell', () => {
    assertConsistent(text('386.42'), 'same-figure', '386.42');
    const f = findings(text('368.42')).find((x) => x.rule === 'same-figure')!;
    assert.equal(f.line, 11);
    assert.match(f.message, /^支出决算应为 386.42万元（表中行政运行·合计 386.42万元），文中为 368.42万元，相差 18万元/);
  });

  it('not against a table the title does not name so (the 基本支出 one, or none)', () => {
    assert.deepEqual(findings(text('368.42', '一般公共预算财政拨款基本支出决算表')).filter((x) => x.rule === 'same-figure'), []);
    assert.deepEqual(findings(text('368.42', '部门决算表')).filter((x) => x.rule === 'same-figure'), []);
  });
});

describe('amounts in the reasons given item by item (a helper’s 决算说明 probe)', () => {
  it('`决算数小于年初预算数的主要原因是…，结转下年使用25.83万元。` under two items: two items’ amounts, silent', () => {
    const text = doc('1.农林水（类）农业农村（款）农业生产发展（项）。年初预算为203.50万元，支出决算为156.54万元，完成年初预算的76.92%。', '决算数小于年初预算数的主要原因是人员退休减少，结转下年使用25.83万元。', '2.农林水（类）农业农村（款）农村社会事业（项）。年初预算为59.03万元，支出决算为51.33万元，完成年初预算的86.96%。', '决算数小于年初预算数的主要原因是人员退休减少，结转下年使用5.54万元。');
    assert.deepEqual(summary(text).filter((s) => s.includes('same-figure')), []);
  });
});

describe('the 三公 total in the prose against the 合计 of a table of the 三公 items (a helper’s table slip probe)', () => {
  const text = (said: string) =>
    ['2022年度部门决算', `2022年度“三公”经费财政拨款支出决算为${said}万元。`, '单位：万元', '| 项目 | 预算数 | 决算数 |', '|---|---|---|', '| 合计 | 20.50 | 16.43 |', '| 因公出国（境）费 | 5.00 | 3.86 |', '| 公务用车购置及运行维护费 | 12.00 | 10.42 |', '| 公务接待费 | 3.50 | 2.15 |'].join('\n');
  it('16.34 against 合计·决算数 16.43: two digits swapped, a warning; 16.43 agrees', () => {
    assert.deepEqual(summary(text('16.34')), ['2 warning same-figure 16.34']);
    assert.deepEqual(summary(text('16.43')), []);
    assert.deepEqual(summary(text('18.43')), ['2 error same-figure 18.43']);
  });
});

describe('a prose figure named as a table’s column restates its 合计 row (a helper’s table slip probe)', () => {
  const text = (prose: string) => ['单位：万元', '| 科目名称 | 合计 | 基本支出 | 项目支出 |', '|---|---|---|---|', '| 合计 | 2679.91 | 594.27 | 2085.64 |', prose].join('\n');
  it('基本支出694.27 against the 合计 row’s 594.27: an error; 594.27 holds; a budget named in the sentence is another column’s — silent', () => {
    assert.deepEqual(summary(text('基本支出694.27万元。'), 'md'), ['5 error same-figure 694.27']);
    assert.deepEqual(summary(text('基本支出594.27万元。'), 'md'), []);
    assert.deepEqual(summary(text('年初预算基本支出694.27万元。'), 'md'), []);
  });
});

describe('a 三公 item in prose and the 基本支出决算表’s economic row of that name (a helper’s 决算说明 probe)', () => {
  it('30217 公务接待费 2.10 is the 基本支出 part; the prose’s 3.20 includes 项目支出 — silent', () => {
    const text = ['一般公共预算财政拨款基本支出决算表', '单位：万元', '科目编码\t科目名称\t决算数', '30217\t公务接待费\t2.10', '30231\t公务用车运行维护费\t6.40', '“三公”经费财政拨款支出决算为9.60万元，其中：公务用车购置及运行维护费6.40万元，公务接待费3.20万元（其中项目支出中列支1.10万元）。'].join('\n');
    assert.deepEqual(summary(text), []);
  });
});

describe('`共发生` before a name says it was spent, no name of its own (tongji-2023-para)', () => {
  it('`2023年度共发生基本支出989.73万元` against the table’s 基本支出 决算支出 998.73: an error', () => {
    const text = (v: string) =>
      ['单位：万元', '项目 | 年初预算 | 决算支出', '基本支出 | 1000.00 | 998.73', '项目支出 | 500.00 | 480.00', '', `2023年度共发生基本支出${v}万元，主要保障机关人员工资福利和日常运转。`].join('\n');
    assert.deepEqual(summary(text('989.73')), ['6 error same-figure 989.73']);
    assert.deepEqual(summary(text('998.73')), []);
  });
});

describe('a figure named by its measure alone, in a paragraph opening on a name only (gongxin-2023-yuan)', () => {
  const text = (v: string) =>
    ['单位：元', '项目 | 年初预算 | 决算支出', '工业发展专项资金 | 3,000,000.00 | 2,946,815.00', '中小企业服务 | 600,000.00 | 487,300.00', '', `（1）工业发展专项资金。全年支出${v}万元，主要用于奖励技术改造。`].join('\n');
  it('`（1）工业发展专项资金。全年支出249.68万元` against the row’s 决算支出 2,946,815.00元 = 294.68万元: an error', () => {
    assert.deepEqual(summary(text('249.68')), ['6 error same-figure 249.68']);
    assert.deepEqual(summary(text('294.68')), []);
  });
});
