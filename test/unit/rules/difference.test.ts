// difference: `较预算增加X` = this figure − the one named; `减少` the other way round.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, checks, doc, findings, only, summary } from './helpers';

const seedLines = (d: string) =>
  doc('2023年年初预算安排收入428.37万元。', `2023年决算总收入47281.07万元，较预算增加${d}万元。`);

describe('difference', () => {
  it('the seed’s 较预算增加46852.7万元 holds (47281.07 − 428.37 = 46852.70)', () => {
    // expected [46852.69, 46852.71]; 46852.7 is 46852.70 ± 0.005.
    assertConsistent(seedLines('46852.7'), 'difference', '46852.7');
  });

  it('one cent off on either side is still inside (46852.71, 46852.69)', () => {
    // 46852.71 → [46852.705, 46852.715] meets [46852.69, 46852.71].
    assertConsistent(seedLines('46852.71'), 'difference', '46852.71');
    assertConsistent(seedLines('46852.69'), 'difference', '46852.69');
  });

  it('two cents off is outside: error with exact message and fix', () => {
    // 46852.72 → [46852.715, 46852.725] > 46852.71.
    const text = seedLines('46852.72');
    const f = only(text);
    assert.equal(f.rule, 'difference');
    assert.equal(f.severity, 'error');
    assert.equal(f.line, 4);
    assert.equal(f.figure, '46852.72');
    assert.equal(
      f.message,
      '决算总收入较预算增加额应为 46852.70万元（决算总收入 47281.07 − 年初预算安排收入 428.37），文中为 46852.72万元，相差 0.02万元',
    );
    assert.equal(f.fix, '46852.70');
    assert.deepEqual(f.related, ['47281.07', '428.37']);
    assert.equal(applyFix(text, f), seedLines('46852.70'));
  });

  it('a decrease is budget − actual: 31256.80 − 30120.5 = 1136.30', () => {
    const text = (d: string) => doc(`2023年年初预算31256.80万元，决算支出30120.5万元，决算支出较年初预算减少${d}万元。`);
    assertConsistent(text('1136.3'), 'difference', '1136.3');
    const f = only(text('1163.3'));
    assert.equal(f.figure, '1163.3');
    assert.equal(f.fix, '1136.3');
  });

  it('a comparison with 上年 or another year is not checked: nothing stated to compare', () => {
    assert.deepEqual(findings(doc('2023年决算支出30120.5万元，较上年增加1136.3万元。')), []);
    assert.deepEqual(findings(doc('2023年决算支出30120.5万元，较2022年增加1136.3万元。')), []);
  });

  it('the figure compared with stated inline: 决算支出3105.68万元，较年初预算2864.50万元增加241.18万元', () => {
    const text = (d: string) => doc(`2023年决算支出3105.68万元，较年初预算2864.50万元增加${d}万元。`);
    assertConsistent(text('241.18'), 'difference', '241.18');
    const f = only(text('231.18'));
    assert.equal(f.message, '决算支出较年初预算增加额应为 241.18万元（决算支出 3105.68 − 年初预算 2864.50），文中为 231.18万元，相差 10万元');
    assert.deepEqual(f.related, ['3105.68', '2864.50']);
  });

  it('…and last year’s figure stated inline: 收入合计比上年的11449.77万元增加1036.58万元', () => {
    const text = (d: string) => doc(`2024年收入合计12486.35万元。收入合计比上年的11449.77万元增加${d}万元。`);
    assertConsistent(text('1036.58'), 'difference', '1036.58');
    assert.equal(only(text('1036.85')).message, '收入合计较上年增加额应为 1036.58万元（收入合计 12486.35 − 上年收入合计 11449.77），文中为 1036.85万元，相差 0.27万元');
  });

  it('a part compared with 年初预算 is compared with its own, not the department’s or another part’s', () => {
    // 商品和服务支出's own 年初预算 is in a table; the 年初预算 named before belong to others: no judgement.
    assert.deepEqual(findings(doc('2023年年初预算2127.60万元，基本支出年初预算1893.60万元。商品和服务支出205.95万元，较年初预算减少28.05万元。')), []);
    assert.deepEqual(findings(doc('年初预算11070.00万元。其中基本支出调整后预算5167.40万元，较年初预算减少42.60万元。')), []);
    // The department's spending against the department's budget is checked as before.
    assert.deepEqual(summary(doc('年初预算11070.00万元。决算支出11500.00万元，较年初预算增加420.00万元。')), ['3 error difference 420.00']);
  });

  it('the department’s budget is compared with the department’s, not a part’s named nearer', () => {
    const text = (d: string) => doc(`年初预算安排支出691.91万元，人员经费年初预算345.68万元。调整后预算863.32万元，较年初预算增加${d}万元。`);
    // 863.32 − 691.91 = 171.41; 171.40 touches it within the rounding of three figures.
    assertConsistent(text('171.40'), 'difference', '171.40');
    assert.equal(only(text('181.40')).message, '调整后预算较年初预算增加额应为 171.41万元（调整后预算 863.32 − 年初预算安排支出 691.91），文中为 181.40万元，相差 9.99万元');
  });

  it('a budget named in the same paragraph comes before one named exactly so further back', () => {
    const text = (d: string) => doc('1.甲项目。预算82.00万元，支出79.86万元。', '', `2.乙项目。经费预算3.20万元，实际支出2.56万元，较预算减少${d}万元。`);
    assertConsistent(text('0.64'), 'difference', '0.64');
  });

  it('another project’s inline base or 该项目年初预算 is not this project’s 年初预算', () => {
    const text = doc(
      '## 一、项目自评',
      '',
      '### （一）甲项目',
      '',
      '该项目年初预算850.00万元。全年预算数1,260.00万元，较年初预算1,100.00万元增加160.00万元。',
      '',
      '### （二）乙项目',
      '',
      '全年预算数86.50万元，较年初预算增加6.50万元。',
    );
    assert.deepEqual(findings(text, 'md'), []);
  });

  it('a second comparison in a chain is of the same figure, not of the change before it', () => {
    const text = (d: string) => doc(`2024年年初预算1586.40万元，决算支出1712.85万元，较年初预算增加126.45万元，较上年决算1598.26万元增加${d}万元。`);
    assertConsistent(text('114.59'), 'difference', '114.59');
    assert.equal(only(text('141.59')).message, '决算支出较上年决算增加额应为 114.59万元（决算支出 1712.85 − 上年决算 1598.26），文中为 141.59万元，相差 27万元');
  });

  it('`…；预算总额较2024年年初预算856.40万元增加53.60万元`: a subject named (预算总额) and not found, nothing is said', () => {
    const text = doc('2024年决算支出985.11万元。2025年部门预算安排910.00万元，其中：基本支出552.40万元，项目支出357.60万元；预算总额较2024年年初预算856.40万元增加53.60万元。');
    assert.deepEqual(findings(text).filter((f) => f.rule === 'difference'), []);
  });

  it('`较年初预算多出…` is a difference like 增加', () => {
    assert.deepEqual(summary(doc('年初预算31256.80万元。决算支出35871.26万元，决算支出较年初预算多出4641.46万元。')), ['3 error difference 4641.46']);
  });
});

describe('a comparison framed in a clause of its own (与…相比，X多出…)', () => {
  it('与年初预算相比，决算支出多出4641.46万元: 35871.26 − 31256.80 = 4614.46', () => {
    const text = (d: string) =>
      doc('2023年部门年初预算为31256.80万元。', `全年决算支出共计35871.26万元，其中基本支出5718.90万元，项目支出30152.36万元；与年初预算相比，决算支出多出${d}万元。`);
    const f = only(text('4641.46'));
    assert.equal(f.figure, '4641.46');
    assert.match(f.message, /应为 4614\.46万元/);
    assertConsistent(text('4614.46'), 'difference', '4614.46');
  });
});

describe('the budget a completion rate is of is an aside (rd-mayang-sjj-2019)', () => {
  it('基金支出总额72,716万元,完成年初预算31,700万元的229.39%,比上年42,895万元增加29,821万元: 72,716 − 42,895', () => {
    const text = (change: string) =>
      doc(`基金支出总额72,716万元,完成年初预算31,700万元的229.39%,比上年42,895万元增加${change}万元,增幅69.52%,收支持平。`);
    assert.deepEqual(summary(text('29,821')), []);
    assert.ok(checks(text('29,821')).some((c) => c.rule === 'difference' && c.figure === '29,821' && c.holds));
    assert.ok(summary(text('29,812')).includes('3 error difference 29,812'));
  });
});

describe('amounts in two units that agree read in one (ra-xxqu-dieryey-2017)', () => {
  it('基本支出252.5\\n元,较上年231.5万元,增加21万元: a unit lost at a line break, not a wrong difference', () => {
    const text = doc('本年支出合计252.5万元,较上年231.5万元,增加21万元,其中:基本支出252.5\n元,较上年231.5万元,增加21万元;');
    assert.deepEqual(summary(text).filter((s) => s.includes('difference')), []);
  });
});

describe('决算数 names no subject of its own (ro-zhongyang-bumen-sgjf-2011)', () => {
  it('the budget of its own sentence, not another department’s 预算数 two lines up', () => {
    const text = (d: string) =>
      doc(
        '中国人民银行2011年度“三公经费”预算数2491.68万元,全年支出决算2466.37万元。',
        `2011年工商总局“三公经费”预算1103.40万元,决算数为1037.50万元,决算比预算减少${d}万元。`,
      );
    assertConsistent(text('65.90'), 'difference', '65.90');
    assert.deepEqual(summary(text('75.90')), ['4 error difference 75.90']);
  });
});

describe('an unnamed comparison after a 其中 list is of the whole when it fits the whole (rs-zhushan-czj-2020)', () => {
  it('转移性收入433370万元,其中:…专项转移支付收入44875万元,比报告数425319万元增加8051万元: 433370 − 425319 = 8051', () => {
    const text = (d: string) => doc(`(2)转移性收入433370万元,其中:返还性收入6978万元、一般性转移支付收入381517万元、专项转移支付收入44875万元,比报告数425319万元增加${d}万元。`);
    assertConsistent(text('8051'), 'difference', '8051');
    // Fitting neither the whole nor the part: which it is of cannot be told — silent.
    assert.deepEqual(summary(text('9051')), []);
  });
});

describe('a change whose 比 the year took is no amount compared (rz-zhongyang-cas-2014)', () => {
  it('比2014年度预算数减少1485.38万元,比2013年度决算数8750.27万元减少824.13万元: 824.13 is of 7926.14', () => {
    const text = (d: string) =>
      doc(`其中:因公出国(境)费2014年财政拨款支出决算数为7926.14万元,比2014年度预算数减少1485.38万元,比2013年度决算数8750.27万元减少${d}万元,下降9.42%。`);
    assertConsistent(text('824.13'), 'difference', '824.13');
  });
});

describe('由A调整为B,调增C: C = B − A (adjusted.ts, the 预算调整 form)', () => {
  it('由362,000万元调整为416,000万元,调增54,000万元 holds; 64,000 is an error', () => {
    const text = (c: string) => doc(`一般公共预算收入由362,000万元调整为416,000万元,调增${c}万元,增长18.3%。`);
    assertConsistent(text('54,000'), 'difference', '54,000');
    const f = only(text('64,000'));
    assert.equal(f.message, '调增数应为 54000万元（调整后 416,000 − 调整前 362,000），文中为 64,000万元，相差 10000万元');
  });
  it('调减: the old less the new', () => {
    assertConsistent(doc('全区一般公共预算收入由2050000万元调整为1993224万元,调减56776万元。'), 'difference', '56776');
  });
  it('a figure in 元 among 万元 that fits read alike is a unit slip (ra2-jingzhou-czj-2021)', () => {
    const f = only(doc('调整后,一般公共预算总收入由年初预算数277585万元调整为304992元,新增27407万元。'));
    assert.equal(`${f.line} ${f.rule} ${f.figure}`, '3 difference 304992');
    assert.equal(f.message, '调整后 304992元 的单位像是写错了：调整前后和调整数中其余两数都以万元计；按万元计，304992 − 277585 = 27407，与文中相符');
  });
});

describe('全年执行 without 数 is the amount spent (项目自评)', () => {
  it('150 − 131.5 = 18.5: 较年初预算减少23.5万元 is an error; 18.5 holds', () => {
    const text = (d: string) => doc(`项目年初预算150万元，全年执行131.5万元，较年初预算减少${d}万元。`);
    assert.deepEqual(summary(text('23.5')), ['3 error difference 23.5']);
    assertConsistent(text('18.5'), 'difference', '18.5');
  });
});

describe('a rate’s change in 个百分点 is this year’s rate minus last year’s', () => {
  it('95.28% against 上年 92.16% is 3.12 points: 提高4.12个百分点 is an error, 3.12 holds', () => {
    const text = (d: string) => doc(`2023年度预算执行率95.28%，上年为92.16%，提高${d}个百分点。`);
    const f = only(text('4.12'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error difference 4.12');
    assert.equal(f.message, '预算执行率的变动应为 3.12个百分点（95.28% − 92.16%），文中为 4.12个百分点，相差 1个百分点');
    assert.equal(applyFix(text('4.12'), f), text('3.12'));
    assertConsistent(text('3.12'), 'difference', '3.12');
  });
  it('由上年的…提高到…, 较上年的…, and a fall (下降: last year’s minus this year’s)', () => {
    assert.deepEqual(summary(doc('预算执行率由上年的92.16%提高到95.28%，提高了4.12个百分点。')), ['3 error difference 4.12']);
    assert.deepEqual(summary(doc('结转结余率5.2%，比上年8.6%下降2.4个百分点。')), ['3 error difference 2.4']);
    assertConsistent(doc('结转结余率5.2%，比上年8.6%下降3.4个百分点。'), 'difference', '3.4');
  });
  it('a growth rate before it is no rate of last year (rm-quanguo-gjj-2018)', () => {
    assert.deepEqual(checks(doc('提取额14740.51亿元,比上年增长15.80%;提取率70.01%,比上年增加2.03个百分点。')).filter((c) => c.rule === 'difference'), []);
  });
});

describe('the year’s budget is the initial one plus what was added (less what was cut)', () => {
  it('年初预算1024.56 + 年中追加预算295.86 = 1320.42: 全年预算数1310.42万元 is an error; 1320.42 holds', () => {
    const text = (b: string) => doc(`2023年年初预算1024.56万元，年中追加预算295.86万元，全年预算数${b}万元。`);
    const f = only(text('1310.42'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error difference 1310.42');
    assert.equal(f.message, '全年预算数应为 1320.42万元（年初预算 1024.56 + 年中追加预算 295.86），文中为 1310.42万元，相差 10万元');
    assertConsistent(text('1320.42'), 'difference', '1320.42');
  });
  it('调减 and 调整后预算; the 其中 order', () => {
    assert.deepEqual(summary(doc('年初预算200万元，年中调减30万元，调整后预算180万元。')), ['3 error difference 180']);
    assert.deepEqual(summary(doc('全年预算数1310.42万元，其中年初预算1024.56万元，年中追加295.86万元。')), ['3 error difference 1310.42']);
  });
  it('a change and its parts in one sentence: no one change to read (jiaotong-yunshu-2022-tables)', () => {
    const text = doc('2022年年初预算3636.40万元，年中调整增加383.55万元，其中：基本支出调减35.20万元，项目支出追加418.75万元，调整后预算4019.95万元。');
    assert.deepEqual(summary(text), []);
  });
});

describe('a change right after last year’s figure stated alone (上年为X，增加Y)', () => {
  it('1180.25 − 1065.3 = 114.95: 增加124.95万元 is an error; 114.95 holds', () => {
    const text = (d: string) => doc(`2023年度财政拨款收入1180.25万元，上年为1065.3万元，增加${d}万元。`);
    assert.deepEqual(summary(text('124.95')), ['3 error difference 124.95']);
    assertConsistent(text('114.95'), 'difference', '114.95');
  });

  it('节约 right after a budget and what was spent is their difference: 36.00 − 28.46 = 7.54 (probe-m)', () => {
    const text = (saved: string) => doc(`2023年度“三公”经费预算36.00万元，实际支出28.46万元，节约${saved}万元。`);
    assertConsistent(text('7.54'), 'difference', '7.54');
    const f = only(text('7.45'));
    assert.equal(`${f.rule} ${f.figure} → ${f.fix}`, 'difference 7.45 → 7.54');
    assert.match(f.message, /^节约额应为 7\.54万元（“三公”经费预算 36\.00 − 实际支出 28\.46）/);
  });

  it('a 政府采购 saving is its budget less what was bought, either first, rates between (sd-liling-czj-2020, sd-baise-caigou-nd)', () => {
    const liling = (saved: string) => doc(`2020年1-6月,醴陵市共办理政府采购备案手续584批次,完成政府采购24617.99万元,采购预算25439.38万元,节约资金${saved}万元。`);
    const f = only(liling('821.5'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error difference 821.5');
    assert.equal(f.message, '节约额应为 821.39万元（采购预算 25439.38 − 完成政府采购 24617.99），文中为 821.5万元，相差 0.11万元');
    assertConsistent(liling('821.39'), 'difference', '821.39');
    const baise = (saved: string) => doc(`今年1月—3月,百色市完成政府采购预算为10.56亿元,实际采购金额为9.14亿元,实际采购规模比上年同期增长45.06%,节约资金${saved}亿元。`);
    assert.deepEqual(summary(baise('1.01')), ['3 error difference 1.01']);
    assertConsistent(baise('1.42'), 'difference', '1.42');
    // Two budgets before the saving: which one it is of is not known.
    assert.deepEqual(summary(doc('采购预算100万元,追加预算20万元,完成政府采购110万元,节约资金5万元。')), []);
  });

  it('a saving in a sentence of its own is of the paragraph’s one budget and purchase before it (rc3-suzhou-caigou-2014)', () => {
    const suzhou = (saved: string) =>
      doc(`今年前三季度,全市共实施政府采购预算238.5亿元,实际采购金额213.8亿元,比去年同期增长0.57%。货物类采购80.76亿元,比去年同期增长29.76%;工程类采购113.9亿元,服务类采购19.12亿元。节约资金${saved}亿元。`);
    assert.deepEqual(summary(suzhou('24.6')), ['3 error difference 24.6']);
    assertConsistent(suzhou('24.7'), 'difference', '24.7');
  });

  it('a change compared with 年初预算 after the 决算 is no adjustment of the budget (probe-p, probe-o)', () => {
    assert.deepEqual(summary(doc('一般公共预算财政拨款支出年初预算为1,260.00万元，调整后预算为1,368.50万元，支出决算为1,262.35万元，与年初预算相比，增加2.35万元。')), []);
    assert.deepEqual(summary(doc('“三公”经费年初预算60.00万元，调整后预算68.50万元，支出决算62.35万元，比年初预算增加2.35万元。')), []);
    assert.deepEqual(summary(doc('支出110万元，较年初预算100万元增加10万元，较全年预算120万元减少10万元。')), []);
    // The adjustment itself is still read.
    assert.deepEqual(summary(doc('年初预算100.00万元，追加20.00万元，调整后预算130.00万元。')), ['3 error difference 130.00']);
  });

  it('a change compared with 年初预算 right after the adjusted budget is its adjustment: 1200.00 + 160.00 against 1350.00 (probe-m)', () => {
    assert.deepEqual(summary(doc('2023年度年初预算1200.00万元，年中追加后全年预算数1350.00万元，较年初预算增加160.00万元。')), ['3 error difference 1350.00']);
    assert.deepEqual(summary(doc('2023年度年初预算1200.00万元，年中追加后全年预算数1350.00万元，较年初预算增加150.00万元。')), []);
  });

  it('`比年初预算减少7.62万元，比2019年减少18.67万元`: another comparison’s change is no base (probe-r)', () => {
    assert.deepEqual(summary(doc('机关运行经费支出162.38万元，比年初预算减少7.62万元，比2019年减少18.67万元。')), []);
  });
});


describe('an aside in brackets is not what 较上年 compares (a helper’s 自评报告 probe)', () => {
  it('政府采购金额498.6万元（货物类…、服务类378.1万元），较上年612.3万元减少113.7万元: 612.3 − 498.6 holds; 123.7 is an error', () => {
    const text = (d: string) => doc(`政府采购金额498.6万元（货物类120.5万元、服务类378.1万元），较上年612.3万元减少${d}万元。`);
    assertConsistent(text('113.7'), 'difference', '113.7');
    assert.deepEqual(summary(text('123.7')), ['3 error difference 123.7']);
    assert.deepEqual(summary(doc('项目支出1948.37万元（其中专项资金1200万元），较上年2100.5万元减少152.13万元。')), []);
  });
});

describe('预算为A，决算为B，决算数较预算数减少C: the gap of the sentence’s budget and 决算 (a helper’s 决算说明 slip probes)', () => {
  const text = (gap: string) => doc(`2023年度“三公”经费财政拨款支出预算为52.00万元，支出决算为41.36万元，${gap}。`);
  it('52.00 − 41.36 = 10.64: holds in every wording; 10.46 (two digits swapped) is an error', () => {
    for (const words of ['决算数较预算数减少', '决算较预算减少', '决算数小于预算数', '比预算减少']) {
      assertConsistent(text(`${words}10.64万元`), 'difference', '10.64');
      assert.equal(only(text(`${words}10.46万元`)).message, '决算与预算的差额应为 10.64万元（“三公”经费财政拨款支出预算 52.00 − 支出决算 41.36），文中为 10.46万元，相差 0.18万元', words);
    }
  });
  it('增加 where the 决算 is the smaller, the amount right: the word is the slip', () => {
    const f = only(text('决算数比预算数增加10.64万元'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error difference 10.64');
    assert.equal(f.message, '支出决算 41.36万元 小于 “三公”经费财政拨款支出预算 52.00万元，差额 10.64万元 是“减少”，与文中的“增加”不符');
  });
});

describe('what was left unspent and the posts left empty (a helper’s 自评 slip probes)', () => {
  it('`预算…，执行数…，执行率…，未执行资金X`: X is the budget less what was spent, past the rate', () => {
    const text = (left: string) => doc(`2023年度本部门全年预算数4012.30万元，全年执行数3876.52万元，预算执行率96.62%，未执行资金${left}万元，主要为年底下达的资金。`);
    assert.deepEqual(summary(text('135.78')), []);
    const f = only(text('153.78'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error difference 153.78');
    assert.equal(f.message, '未执行资金应为 135.78万元（本部门全年预算数 4012.30 − 全年执行数 3876.52），文中为 153.78万元，相差 18万元');
    assert.deepEqual(summary(doc('该项目全年预算200.00万元，实际支出186.40万元，执行率93.20%，结余资金16.30万元。')), ['3 error difference 16.30']);
    // A year-end balance is another account (年初结转 + 收入 − 支出): not read so.
    assert.deepEqual(summary(doc('2023年度预算200.00万元，支出决算186.40万元，年末结转和结余16.30万元。')), []);
  });
  it('`核定编制28名，在编在岗25名，缺编4名`: the vacancy is the posts less the staff; posts of two kinds leave it open', () => {
    assert.deepEqual(summary(doc('本单位核定事业编制28名，2016年末在编在岗人员25名，缺编4名。')), ['3 error difference 4']);
    assert.deepEqual(summary(doc('本单位核定事业编制28名，2016年末在编在岗人员25名，缺编3名。')), []);
    assert.deepEqual(summary(doc('行政编制10名，事业编制15名，实有在编12名，空编13名。')), []);
  });
});

describe('the budget named with 本部门 (a helper’s 自评 slip probe)', () => {
  it('`本部门年初预算支出1350.00万元，全年决算支出1237.85万元，决算支出较年初预算减少121.15万元`: 112.15', () => {
    const text = (gap: string) => doc(`2022年度本部门年初预算支出1350.00万元，全年决算支出1237.85万元，决算支出较年初预算减少${gap}万元。`);
    assert.deepEqual(summary(text('121.15')), ['3 error difference 121.15']);
    assert.deepEqual(summary(text('112.15')), []);
  });
});

describe('a difference after an average said by the way (a helper’s 事业单位 probe)', () => {
  const text = (change: string) => doc(`公用经费支出635.60万元，生均公用经费2216.95元，较上年的2044.59元增加${change}元，增长8.43%。`);
  it('2216.95 − 2044.59 = 172.36: the average’s — silent; 182.36 an error of the average, 172.36 its fix', () => {
    assert.deepEqual(summary(text('172.36')), []);
    const f = only(text('182.36'));
    assert.equal(`${f.severity} ${f.rule} ${f.figure}`, 'error difference 182.36');
    assert.match(f.message, /^生均公用经费较上年增加额应为 172\.36元/);
  });
});

describe('超编 against the posts and the staff in them (a helper’s 自评 recall probe)', () => {
  const text = (staff: string, over: string) => doc(`单位核定编制39人，实有人员${staff}人，超编${over}人。`);
  it('42 in 39 posts: 超编3 holds, 超编4 is an error; 32 in 39 posts is 缺编 7, and 超编 there is an error that says so', () => {
    assert.deepEqual(summary(text('42', '3')), []);
    assert.deepEqual(summary(text('42', '4')), ['3 error difference 4']);
    const f = only(text('32', '7'));
    assert.equal(f.message, '实有人员 32人 少于 单位核定编制 39人，应为缺编 7人，与文中的“超编”不符');
  });
});

describe('an aside in brackets before a base in brackets (a helper’s probe)', () => {
  it('`收入1500万元（含结转200万元），比年初预算（1400万元）增加100万元`: 1500 − 1400 — silent; 增加200 an error of the 1500', () => {
    assert.deepEqual(summary(doc('收入1500万元（含结转200万元），比年初预算（1400万元）增加100万元。')), []);
    assert.deepEqual(summary(doc('公务接待费4.5万元（含外事接待0万元），比预算（6万元）节约1.5万元。')), []);
    const f = only(doc('收入1500万元（含结转200万元），比年初预算（1400万元）增加200万元。'));
    assert.match(f.message, /应为 100万元（收入 1500 − 年初预算 1400）/);
  });
});

describe('全年预算数 with 上年结转 beside 年初预算 and 年中追加 (a helper’s 自评报告 probes)', () => {
  it('the funds carried over are in it too: 610.22 + 204.84 + 326.64 = 1141.70, silent', () => {
    assert.deepEqual(summary(doc('2021年全年预算数1141.70万元，其中：年初预算610.22万元，上年结转204.84万元，年中追加326.64万元。')), []);
    assert.deepEqual(summary(doc('2021年全年预算数1141.70万元（含上年结转204.84万元），其中年初预算610.22万元，年中追加326.64万元。')), []);
    assert.deepEqual(summary(doc('年初预算610.22万元，上年结转204.84万元，年中追加326.64万元，全年预算数1141.70万元，全年执行数1141.70万元，执行率100%。')), []);
  });
  it('without them, 年初预算 + 年中追加 is still the year’s: 610.22 + 326.64 = 936.86, not 1141.70', () => {
    assert.deepEqual(summary(doc('年初预算610.22万元，年中追加326.64万元，全年预算数1141.70万元。')), ['3 error difference 1141.70']);
  });
});

describe('a change from the budget in a numbered 项 (a helper’s 一般公共预算财政拨款支出 具体情况 probe)', () => {
  it('is not of the item before’s 年初预算: silent when its own is unstated; against its own, 500 − 400 = 100, not 110', () => {
    assert.deepEqual(summary('（一）住房公积金（项）。年初预算为300.00万元，支出决算为330.00万元。\n（二）事业运行（项）。支出决算为500.00万元，比年初预算增加100.00万元。\n'), []);
    assert.deepEqual(summary('（一）住房公积金（项）。年初预算为300.00万元，支出决算为330.00万元。\n（二）事业运行（项）。年初预算为400.00万元，支出决算为500.00万元，比年初预算增加110.00万元。\n'), ['2 error difference 110.00']);
  });
});
