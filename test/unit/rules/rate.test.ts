// rate: 资产使用率 = 在用资产 ÷ 固定资产原值; 执行率 = 执行数 ÷ 预算数; 控制率 = 实际在职 ÷ 编制数; 结余率 = 结余 ÷ 预算.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, checks, doc, findings, only, summary } from './helpers';

const assets = (r: string) =>
  doc(`截至2023年12月31日，固定资产账面原值487.4万元，在用资产362万元，资产使用率${r}%。`);

describe('rate', () => {
  it('the seed’s 资产使用率 79.4% is an error: 362 ÷ 487.4 = 74.27%', () => {
    const text = assets('79.4');
    const f = only(text);
    assert.equal(f.rule, 'rate');
    assert.equal(f.severity, 'error');
    assert.equal(f.line, 3);
    assert.equal(f.figure, '79.4');
    assert.equal(f.message, '资产使用率应为 74.27%（在用资产 362 ÷ 固定资产账面原值 487.4），文中为 79.4%，相差 5.13 个百分点');
    assert.equal(f.fix, '74.27');
    assert.equal(f.fixTitle, '将 79.4% 改为 74.27%');
    assert.deepEqual(f.related, ['362', '487.4']);
    assert.equal(applyFix(text, f), assets('74.27'));
  });

  // 362 ÷ 487.4 with the amounts' rounding: [361.995/487.405, 362.005/487.395] = [74.269858%, 74.273433%].
  it('74.27% and 74.3% hold', () => {
    assertConsistent(assets('74.27'), 'rate', '74.27');
    assertConsistent(assets('74.3'), 'rate', '74.3'); // [74.25, 74.35]
  });

  it('74.28% ([74.275, 74.285]) and 74.26% ([74.255, 74.265]) are just outside: off in the last digit, warnings', () => {
    assert.deepEqual(summary(assets('74.28')), ['3 warning rate 74.28']);
    assert.deepEqual(summary(assets('74.26')), ['3 warning rate 74.26']);
    assert.deepEqual(summary(assets('74.25')), ['3 error rate 74.25']);
  });

  const control = (r: string) => doc(`管委会核定编制40人，实际在职人员35人，编制控制率${r}%。`);

  it('控制率 from counts is exact: 35 ÷ 40 = 87.5%, the bound of both 87% and 88%', () => {
    // 87 → [86.5, 87.5]; 88 → [87.5, 88.5]: both touch 87.5.
    assertConsistent(control('87'), 'rate', '87');
    assertConsistent(control('88'), 'rate', '88');
  });

  it('控制率 86% and 89% are outside 87.5%', () => {
    const f = only(control('86'));
    assert.equal(f.message, '编制控制率应为 87.5%（实际在职人员 35 ÷ 管委会核定编制 40），文中为 86%，相差 1.5 个百分点');
    assert.equal(f.fix, '87.5');
    assert.deepEqual(summary(control('89')), ['3 error rate 89']);
  });

  it('执行率 = 实际支出 ÷ 预算: 450 ÷ 500 = 90% holds; 90.01% ([90.005, 90.015] > 90.0019) fails', () => {
    // [449.995/500.005, 450.005/499.995] = [89.998100%, 90.001900%].
    // (In a text that keeps money to two places elsewhere: there 500万元 is 500.00.)
    const text = (r: string) => doc(`2023年全年预算数500万元，实际支出450万元，预算执行率${r}%。`, '其中基本支出412.87万元。');
    assertConsistent(text('90'), 'rate', '90');
    assert.equal(only(text('90.01')).fix, '90.00');
  });

  it('a rate to the hundredth from amounts whose text prints all its money in whole 万元: they were rounded (probe-l, probe-p)', () => {
    // 42 and 40 stand for [41.5, 42.5] and [39.5, 40.5]: 92.94%–97.59%.
    const text = (r: string) => doc(`2023年“三公”经费预算 42 万元，实际支出 40 万元，预算执行率 ${r}%。`);
    assertConsistent(text('95.7'), 'rate', '95.7');
    assert.deepEqual(summary(text('98.7')), ['3 error rate 98.7']);
  });

  it('执行率 prefers the adjusted budget over the initial one: 776 ÷ 800 = 97%', () => {
    const text = (r: string) => doc(`2023年年初预算600万元，调整后预算800万元，实际支出776万元，预算执行率${r}%。`);
    assertConsistent(text('97'), 'rate', '97');
    assert.equal(only(text('129.33')).fix, '97.00');
  });

  it('结余率 = 结余 ÷ 预算: 24 ÷ 800 = 3%; 3.1% is outside', () => {
    const text = (r: string) => doc(`2023年调整后预算800万元，年末结余24万元，结余率${r}%。`, '其中基本支出412.87万元。');
    assertConsistent(text('3'), 'rate', '3');
    assert.equal(only(text('3.1')).message, '结余率应为 3.0%（年末结余 24 ÷ 调整后预算 800），文中为 3.1%，相差 0.1 个百分点；只差末位');
  });

  it('结余率 may be of the money saved (节约资金): 40.79 ÷ 1263.50 = 3.23%', () => {
    const text = (r: string) => doc(`调整后预算1263.50万元，实际支出1222.71万元，节约资金40.79万元，资金结余率${r}%。`);
    assertConsistent(text('3.23'), 'rate', '3.23');
    const f = only(text('3.32'));
    assert.equal(f.message, '资金结余率应为 3.23%（节约资金 40.79 ÷ 调整后预算 1263.50），文中为 3.32%，相差 0.09 个百分点');
  });

  it('执行率 of 本年支出 over 调整后预算', () => {
    const text = (r: string) => doc(`调整后预算3336.51万元，本年支出3271.76万元，预算执行率${r}%。`);
    assertConsistent(text('98.06'), 'rate', '98.06');
    assert.equal(only(text('96.06')).fix, '98.06');
  });

  it('a rate describing what is counted (`执行率达到100%的1个`) is not a rate stated', () => {
    const text = doc('项目调整后预算1072.60万元，决算支出1044.81万元，执行率97.41%。7个项目中，执行率达到100%的1个，95%以上的6个。');
    assertConsistent(text, 'rate', '97.41');
    assert.equal(checks(text).filter((c) => c.figure === '100').length, 0);
  });

  it('the amounts after a rate are of what the text goes on to: `A项目执行率99.12%，B项目预算205.60万元、实际支出199.83万元`', () => {
    const text = doc('民族团结进步创建项目执行率99.12%，少数民族发展资金项目预算205.60万元、实际支出199.83万元。');
    assert.deepEqual(summary(text), []);
  });

  it('a rate right after a part’s amount is the part’s: the whole’s amounts do not give it', () => {
    const text = doc('全年预算5361.50万元，全年实际支出5242.64万元，执行率97.78%。其中中央资金支出3218.62万元，执行率98.28%。');
    assert.deepEqual(summary(text), []);
    assert.equal(checks(text).filter((c) => c.figure === '98.28').length, 0);
  });

  it('the rate’s own sentence names its operands before a preferred budget of another sentence', () => {
    const text = doc('全年调整后预算1766.00万元。项目支出预算1386.00万元，实际支出1349.86万元，执行率97.39%。');
    assertConsistent(text, 'rate', '97.39');
  });

  // sg-shouxian-wenbao-2023.txt line 27, as published: 1.71 ÷ 3 = 57.00%; the 43% printed is what was not spent.
  const wenbao = (r: string) =>
    doc(`安徽省寿县文物保护中心2023年度一般公共预算财政拨款“三公”经费支出预算为3万元,支出决算为1.71万元,完成预算的${r}%,较上年减少1.29万元,下降43%。决算数小于预算数的主要原因是公务接待减少。`);

  it('完成预算的 C% is 决算 ÷ 预算 of its sentence: 43% for 1.71 ÷ 3 is an error that names the unspent share', () => {
    const text = wenbao('43');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 43');
    assert.equal(
      f.message,
      '完成预算的比例应为 57%（支出决算 1.71 ÷ 一般公共预算财政拨款“三公”经费支出预算 3），文中为 43%，相差 14 个百分点；43% 是未完成的部分（100% − 57%）',
    );
    assert.equal(applyFix(text, f), wenbao('57'));
    assertConsistent(wenbao('57'), 'rate', '57');
  });

  it('完成年初预算的 C% with both figures in the sentence; a part’s rate after the whole’s figures is not checked', () => {
    assert.deepEqual(
      summary(doc('2021年度“三公”经费支出年初预算80.7万元,支出决算74.23万元,完成年初预算的91.89%。')),
      ['3 error rate 91.89'],
    );
    assertConsistent(doc('2021年度“三公”经费支出年初预算80.7万元,支出决算74.23万元,完成年初预算的91.98%。'), 'rate', '91.98');
    // js-xundian-jtj-2020.txt line 4: the parts' budgets are not printed.
    const parts = doc(
      '2020年度“三公”经费支出预算为22.96万元,支出决算为15.81万元,完成预算的68.86%。其中:因公出国(境)费支出决算为0万元,完成预算的0%;公务用车购置及运行费支出决算为0.4万元,完成预算的40%;公务接待费支出决算为15.41万元,完成预算的70.17%。',
    );
    assert.deepEqual(summary(parts), []);
    assert.deepEqual(checks(parts).filter((c) => c.rule === 'rate').map((c) => c.figure), ['68.86']);
  });
});


describe('节约率 of 政府采购, item by item', () => {
  it('each item’s 节约率 is its own 节约资金 ÷ 采购计划金额 (2019 政府采购 summary)', () => {
    const text = doc(
      '本年度采购计划金额共计97156.16万元，实际采购金额共计81298.42万元，共节约资金15857.74万元，节约率为16%，其中货物类采购计划金额共计48962.44万元，实际采购金额共计39944.66万元，共节约资金9017.78万元，节约率为18%；工程类采购计划金额共计30005.94万元，实际采购金额共计24380.43万元，共节约资金5625.51万元，节约率为18%。',
    );
    // 15857.74 ÷ 97156.16 = 16.32% and 9017.78 ÷ 48962.44 = 18.42% hold; 5625.51 ÷ 30005.94 = 18.75% is not 18%.
    assert.deepEqual(summary(text), ['3 error rate 18']);
    assert.equal(checks(text).filter((c) => c.rule === 'rate' && c.holds).length, 2);
  });
});

describe('a rate with its operands in brackets after it', () => {
  it('资产使用率为79.4%（在用资产362万元，固定资产账面原值487.4万元）: 362 ÷ 487.4 = 74.27%', () => {
    const text = (r: string) => doc(`截至2023年12月31日，资产使用率为${r}%（在用资产362万元，固定资产账面原值487.4万元）。`);
    const f = only(text('79.4'));
    assert.equal(f.message, '资产使用率应为 74.27%（在用资产 362 ÷ 固定资产账面原值 487.4），文中为 79.4%，相差 5.13 个百分点');
    assertConsistent(text('74.27'), 'rate', '74.27');
  });
});

describe('完成预算的 rate of an item, over that item’s budget stated sentences before', () => {
  // pd-kmrd-2016.txt line 2 (昆明市人大 2016 三公 决算说明), the 104.46 rate as printed: 104.46 ÷ 119.5 = 87.414%.
  const kmrd = (r: string) =>
    doc(
      `2016年,市人大“三公”经费预算为168.50万元,其中:因公出国(境)费39万元、公务用车运行维护费119.5万元、国内公务接待费10万元。“三公”经费支出为163.58万元,完成预算的97.08%,其中:因公出国(境)费支出52.15万元,完成预算的133.72%;公务用车运行维护费支出104.46万元,完成预算的${r}%,;国内公务接待费支出6.96万元,完成预算的69.6%。`,
    );

  it('87.39% for 公务用车 104.46 over its budget 119.5 in the 其中 list is an error (87.41%)', () => {
    const f = only(kmrd('87.39'));
    assert.equal(f.rule, 'rate');
    assert.equal(f.figure, '87.39');
    assert.equal(f.message, '完成预算的比例应为 87.41%（公务用车运行维护费支出 104.46 ÷ 公务用车运行维护费 119.5），文中为 87.39%，相差 0.02 个百分点');
    assert.deepEqual(f.related, ['104.46', '119.5']);
  });

  it('the whole over its named budget and each item over its listed one hold', () => {
    const text = kmrd('87.41');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(checks(text).filter((c) => c.rule === 'rate').map((c) => c.figure), ['97.08', '133.72', '87.41', '69.6']);
  });
});

describe('执行率 of 实际总支出 (zp-hbust-zzj-2021)', () => {
  it('全年度实际总支出2595.6208万元 over 实际下达预算2596万元 is 99.99%, not 99%', () => {
    const text = (r: string) => doc(`2021年本专科生奖助学金项目实际下达预算2596万元,全年度实际总支出2595.6208 万元,项目预算执行率${r}%。`);
    assert.deepEqual(summary(text('99')), ['3 error rate 99']);
    assertConsistent(text('100'), 'rate', '100');
  });
});

describe('a rate of what was done over done and left (zp-c321-xczx-2024)', () => {
  const text = (r: string) => doc(`20xx年,乡村振兴建设任务资金支付18501.096万元,未支703万元,支付率${r}%。`);

  it('支付18501.096, 未支703: 支付率 is 96.34%, not 95% (a year left as 20xx silences nothing)', () => {
    const f = findings(text('95')).find((x) => x.rule === 'rate')!;
    assert.equal(f.message, '支付率应为 96.34%（乡村振兴建设任务资金支付 18501.096 ÷ (18501.096 + 未支 703)），文中为 95%，相差 1.34 个百分点');
    assert.deepEqual(summary(text('96.34')), ['3 hint placeholder xx']);
    assert.ok(checks(text('96.34')).some((c) => c.rule === 'rate' && c.figure === '96.34' && c.holds));
  });

  it('执行 and 结余 likewise; amounts that are not done and left over are not read so', () => {
    assert.deepEqual(summary(doc('项目执行90万元,结余10万元,执行率80%。')), ['3 error rate 80']);
    assert.deepEqual(checks(doc('项目支付90万元,其他支出10万元,支付率80%。')).filter((c) => c.rule === 'rate'), []);
  });
});

describe('an amount in the wrong unit (sg-km-kjj-2018)', () => {
  const text = (unit: string) =>
    doc(
      `2018年度“三公”经费支出预算为494,400.00${unit},支出决算为115,749.56元,完成预算的23.41%。其中:因公出国(境)费支出决算为38,069.00元;公务用车购置及运行费支出决算为61,051.56元;公务接待费支出决算为16,629.00元。`,
    );

  it('494,400.00万元 among amounts in 元 whose rate fits only in 元: the unit is reported, the rate read in 元', () => {
    const f = findings(text('万元'));
    assert.deepEqual(f.map((x) => `${x.severity} ${x.rule} ${x.figure}`), ['error rate 494,400.00']);
    assert.equal(f[0].message, '“三公”经费支出预算 494,400.00万元 的单位像是写错了：同段其他金额都以元计；按元计，完成预算的比例为 23.41%，与文中的 23.41% 相近');
    assert.deepEqual(summary(text('元')), []);
  });
});

describe('the budget stated inside the completion phrase (rd-mayang-sjj-2019)', () => {
  const text = (r: string) => doc(`2019年全县基金收入总额72,716万元,完成年初预算31,700万元的${r}%,比上年增加29,821万元,增幅69.52%。`);

  it('72,716 ÷ 31,700 = 229.388%: 229.39 holds, 239.39 is an error with the formula', () => {
    assertConsistent(text('229.39'), 'rate', '229.39');
    const f = only(text('239.39'));
    assert.equal(f.message, '完成预算的比例应为 229.39%（全县基金收入总额 72,716 ÷ 年初预算 31,700），文中为 239.39%，相差 10 个百分点');
    assert.equal(applyFix(text('239.39'), f), text('229.39'));
  });

  it('a change before the phrase is not what was spent: not read', () => {
    assert.deepEqual(checks(doc('支出比上年增加500万元,完成年初预算31,700万元的229.39%。')).filter((c) => c.rule === 'rate'), []);
  });
});

describe('社会保险基金预算 names a fund, not a budget figure (sj-npc-cjw-2021)', () => {
  it('…基金预算收入94735亿元,为预算的106.2%;支出87876亿元,完成预算的101.7%: the budget of 支出 is not stated, silent', () => {
    const text = doc('四是全国社会保险基金预算收入94735亿元,为预算的106.2%;支出87876亿元,完成预算的101.7%;本年收支结余6858亿元。');
    assert.deepEqual(summary(text), []);
  });
});

describe('items’ 完成预算的 rates that are their shares of the whole’s budget', () => {
  // bm-xundian-sfj-2018.txt line 5 (寻甸县司法局 2018): 4.81 ÷ 7.55 = 63.71%, 2.74 ÷ 7.55 = 36.29%; as each item's own
  // completion they would need budgets 4.81 ÷ 63.71% + 2.74 ÷ 36.29% = 15.10 > 7.55.
  const xundian = (a: string, b: string) =>
    doc(
      `寻甸县司法局2018年度一般公共预算财政拨款“三公”经费支出预算为7.55万元,支出决算为7.55万元,完成预算的100%。其中:因公出国(境)费支出决算为0万元,完成预算的0%;公务用车购置及运行费支出决算为4.81万元,完成预算的${a}%;公务接待费支出决算为2.74万元,完成预算的${b}%。`,
    );
  it('both item rates are flagged, each saying whose share it is and why it cannot be its completion', () => {
    const found = findings(xundian('63.71', '36.29'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure}`), ['3 error rate 63.71', '3 error rate 36.29']);
    assert.equal(
      found[0].message,
      '公务用车购置及运行费支出决算 4.81万元“完成预算的 63.71%”是它占总预算 7.55万元 的比例（4.81 ÷ 7.55 = 63.71%），不是它自己预算的完成比例：按各项的比例推算，各项预算合计 15.1万元，超过总预算 7.55万元',
    );
    assert.deepEqual(found[0].related, ['4.81', '7.55']);
  });
  it('rates that are not the items’ shares of the whole’s budget are left alone (their budgets are not stated)', () => {
    assert.deepEqual(summary(xundian('80', '95')), []);
    // One share only: the other item's budget may be all of it.
    assert.deepEqual(summary(xundian('63.71', '95')), []);
  });
});

describe('an amount paid at a standard per unit is the count times the standard (rj-lzq-czj-2021)', () => {
  const text = (total: string) =>
    doc(`本次补贴惠及全区44800户农户,补贴面积160118.88亩,按照每亩补贴91.07元的标准,共计发放耕地力保护补贴资金${total}万元。`);
  it('160118.88亩 × 91.07元 = 1458.20万元, not 1458.32: error at the total, no fix', () => {
    const f = only(text('1458.32'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 1458.32');
    assert.equal(f.message, '发放耕地力保护补贴资金应为 1458.20万元（补贴面积 160118.88亩 × 按照每亩补贴 91.07元），文中为 1458.32万元，相差 0.12万元');
    assert.equal(f.fix, undefined);
    assertConsistent(text('1458.20'), 'rate', '1458.20');
  });
  it('a yield per 亩 with no count of 亩 before it is no standard paid (ra 李子)', () => {
    assert.deepEqual(summary(doc('预计每年每亩产李子1000公斤,每公斤售价5元,可实现总收入15万元。')), []);
  });
});

describe('节约率 with one of its amounts unsaid (saving-rate.ts)', () => {
  it('the budget less what was spent (ri-xiamen-caigou-2016): (61.71 − 55.2) ÷ 61.71 = 10.55%, not 11.79% (6.51 ÷ 55.2)', () => {
    const text = (r: string) =>
      doc(`2016年我市政府采购金额为55.2亿元(不含PPP项目),比上年增加12.75亿元,增长30.04%。政府采购实际金额与政府采购预算61.71亿元相比,节约率为${r}%。`);
    const f = only(text('11.79'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 11.79');
    assert.equal(f.message, '节约率应为 10.55%（(政府采购实际金额与政府采购预算 61.71 − 我市政府采购金额 55.2) ÷ 61.71），文中为 11.79%，相差 1.24 个百分点；节约金额为预算与实际金额之差');
    assertConsistent(text('10.55'), 'rate', '10.55');
  });
  it('the plan is what was spent and saved: 5.51 ÷ (32.72 + 5.51) = 14.41%', () => {
    const text = (r: string) => doc(`2024年,全市政府采购规模为32.72亿元,较采购计划节约资金5.51亿元,资金节约率达${r}%,创历史新高。`);
    assertConsistent(text('14.41'), 'rate', '14.41');
    // 5.51 ÷ 32.72 = 16.84%: of what was spent, a base some reports use (see rc4-anyang below).
    assertConsistent(text('16.84'), 'rate', '16.84');
    assert.deepEqual(summary(text('15.2')), ['3 error rate 15.2']);
  });
  it('an average 节约率 (资金平均节约率) may be of the projects’ own rates: not read against the totals (sd-zyjg-caigou-2005)', () => {
    const text = doc('截至9月底,中央国家机关政府集中采购规模达到34.12亿元,超过2004年全年30.8亿元的采购规模,同比增长87.8%,节约资金7.54亿元,资金平均节约率达17.1%,有些项目的节约率超过50%以上。');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('资金平均节约率', '资金节约率')), ['3 error rate 17.1']);
  });
  it('rc4-anyang-czj-cgtj-2025: a rate that names no base may be of what was spent, 0.6 ÷ 7.82 = 7.67% → 8%; it is a slip when it fits neither', () => {
    const text = (r: string) => doc(`全市政府采购实际采购规模达7.82亿元,通过政府采购节约财政资金0.6亿元,资金节约率为${r}%。`);
    assertConsistent(text('8'), 'rate', '8');
    assertConsistent(text('7.13'), 'rate', '7.13');
    const f = only(text('10'));
    assert.equal(f.message, '资金节约率应为 7.13%（通过政府采购节约财政资金 0.6 ÷ (全市政府采购实际采购规模 7.82 + 0.6)），文中为 10%，相差 2.87 个百分点；计划金额为实际金额与节约金额之和');
  });
  it('pd-dzwww-caigou-2018: a saving said against the budget in a sentence of its own — 200.5 ÷ (2945.55 + 200.5) = 6.37%, not 6.81% (of the 合同额)', () => {
    const text = (r: string, against = '同预算相比') =>
      doc(`2018年,山东各级国家机关、事业单位签订政府采购合同2945.55亿元,较上年增加108.41亿元,增长3.82%。${against},共节约资金200.5亿元,节约率${r}%。`);
    const f = only(text('6.81'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 6.81');
    assert.equal(
      f.message,
      '节约率应为 6.37%（共节约资金 200.5 ÷ (山东各级国家机关、事业单位签订政府采购合同 2945.55 + 200.5)），文中为 6.81%，相差 0.44 个百分点；文中数字是以实际金额为分母算出的（200.5 ÷ 2945.55）；节约是与预算相比的，节约率应以预算（实际金额与节约金额之和）为分母',
    );
    assertConsistent(text('6.37'), 'rate', '6.37');
    // Not said against the budget: the sentence alone names no amount spent, and nothing is read.
    assert.deepEqual(summary(text('6.81', '全年')), []);
  });
});

describe('直达资金 分配率 and 评审 审减率 (rb1-chuanshan-czj-nd, pd-lingyun-czj-2018)', () => {
  it('收到34,509万元,分配34.568.64万元 (dots for thousands),分配率100.7%: 100.17%', () => {
    const text = (r: string) => doc(`我区收到直达资金34,509万元,我区分配资金34.568.64万元,分配率${r}%。`);
    const f = only(text('100.7'));
    assert.equal(f.message, '分配率应为 100.17%（我区分配资金 34.568.64 ÷ 我区收到直达资金 34,509），文中为 100.7%，相差 0.53 个百分点');
    assertConsistent(text('100.2'), 'rate', '100.2');
  });
  it('送审115991,审定97219,审减18906,审减率16.39%: 审减 is 18772, and 16.39% is 16.30% of 送审 even with 18906', () => {
    const text = doc('全县共完成财政投资项目评审162个,送审金额115991万元,审定金额97219万元,审减金额18906万元,审减率16.39%。');
    assert.deepEqual(summary(text), ['3 error difference 18906', '3 error rate 16.39']);
    assertConsistent(doc('送审金额115991万元,审定金额97219万元,审减金额18772万元,审减率16.18%。'), 'difference', '18772');
  });
});

describe('`为年初预算数X万元的Y%` after a change from last year (rc2-kezhou-czj-2021)', () => {
  const kezhou = (r: string) =>
    doc(
      `州本级“三公经费”财政拨款支出1,127万元,比上年减支73万元,下降6.08%,为年初预算数1537万元的73.32%。其中:公车购置支出22万元,比上年减支14万元,降低38.89%,为年初预算数22万元的100%;公务用车运行维护费支出937万元,比上年减支18万元,下降1.88%,为年初预算数955万元的${r}%。`,
    );
  it('the rate is the amount the clause opens with over the budget, past 比上年… and its rate: 937 ÷ 955 = 98.12%', () => {
    assertConsistent(kezhou('98.12'), 'rate', '98.12');
    const f = only(kezhou('80.51'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 80.51');
    assert.equal(f.message, '完成预算的比例应为 98.12%（公务用车运行维护费支出 937 ÷ 年初预算数 955），文中为 80.51%，相差 17.61 个百分点');
  });
  it('the budgets are no part of the 其中 list nor its whole: 1,127 is divided, not 1537', () => {
    const list = checks(kezhou('98.12')).filter((c) => c.rule === 'sum-of-parts');
    assert.deepEqual(list, [{ rule: 'sum-of-parts', figure: '1,127', holds: true }]);
  });
});

describe('预决算差异率 = (决算 − 预算) ÷ 预算 (rc2-atushi-czj-2021)', () => {
  const atushi = (r: string) => doc(`2021年全市“三公经费”财政拨款支出合计预算数1691.24万元,决算数1645.14万元,预决算差异率${r}%。`);
  it('−2.7258% printed −2.72 is truncated: a warning that says so', () => {
    const f = only(atushi('-2.72'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning rate -2.72');
    assert.match(f.message, /^预决算差异率应为 -2\.73%.*只差末位：像是截断而非四舍五入$/);
    assertConsistent(atushi('-2.73'), 'rate', '-2.73');
  });
  it('a rate printed without its sign is the size of the difference; a wrong sign is an error', () => {
    assertConsistent(atushi('2.73'), 'rate', '2.73');
    assert.deepEqual(summary(doc('公务接待费预算数100万元,决算数90万元,预决算差异率-8%。')), ['3 error rate -8']);
  });
});

describe('`完成年初预算计划B万元的P%` (re1-jiedong-linpanzhen-2020)', () => {
  it('`农林水事务支出699万元,完成年初预算计划1528万元的48%`: 699 ÷ 1528 = 45.75%', () => {
    const text = (r: string) => doc(`上半年一般公共预算支出4590万元,其中:农林水事务支出699万元,完成年初预算计划1528万元的${r}%。`);
    assert.deepEqual(summary(text('48')), ['3 error rate 48']);
    assertConsistent(text('46'), 'rate', '46');
  });
});

describe('节约率 of what was bought so far, against the year’s budget it is a share of (rg3-fangxian-czj-2015)', () => {
  it('`采购额14007万元,占全年政府采购预算16000万元的87.5%,节约资金1668万元,资金节约率10.64%`: 1668 ÷ (14007 + 1668)', () => {
    const text = (r: string) => doc(`今年1至11月份,我县实现政府采购额14007万元,占全年政府采购预算16000万元的87.5%,节约资金1668万元,资金节约率${r}%。`);
    assertConsistent(text('10.64'), 'rate', '10.64');
    assert.deepEqual(summary(text('12.64')), ['3 error rate 12.64']);
  });
});

describe('预算稳定调节基金 is a fund’s name, no budget (rh3-guangzhou-ysw-2021)', () => {
  it('`动用预算稳定调节基金264.3亿元…支出2,989.1亿元,增长1%,完成年初预算的110.4%`: no budget stated — silent', () => {
    const text = doc('全市一般公共预算收入1,842亿元,增长7%,完成年初预算的103%,加上上级补助收入520亿元、动用预算稳定调节基金264.3亿元、调入资金843.2亿元、上年结余39.7亿元、债务转贷收入95.5亿元后,2021年全市一般公共预算总收入3,604.7亿元;全市一般公共预算支出2,989.1亿元,增长1%,完成年初预算的110.4%。');
    assert.ok(!checks(text).some((c) => c.rule === 'rate'));
    assert.deepEqual(summary(text).filter((s) => s.includes(' rate ')), []);
  });
});

describe('a fund’s name before the amount is no budget (rh1-gangu-czj-2023)', () => {
  it('`一般公共预算收入46900万元,完成预算46508万元的100.8%`: 46900 ÷ 46508 = 100.84%', () => {
    const text = (r: string) => doc(`2023年,全县一般公共预算收入46900万元,完成预算46508万元的${r}%,超收392万元。`);
    assertConsistent(text('100.8'), 'rate', '100.8');
    assert.deepEqual(summary(text('108.0')), ['3 error rate 108.0']);
  });
});

describe('完成年初预算X%, 决算数大于预算数D: the budget is the amount less the gap (js-tianshui-you-2017)', () => {
  const text = (r: string, word = '大于') =>
    doc(`2017年度,本单位一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算${r}%,决算数${word}预算数55.93万元,主要原因:2017年度62名职工工资调标个人部分增加。`);

  it('100%: 1741.75 ÷ (1741.75 − 55.93) = 103.32% — an error on the rate', () => {
    const f = only(text('100'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 100');
    assert.equal(f.message, '完成预算的比例应为 103.32%（本单位一般公共预算财政拨款支出总计 1741.75 ÷ (1741.75 − 决算数大于预算数 55.93)），文中为 100%，相差 3.32 个百分点');
  });

  it('103.32% fits; after 小于 the budget is the amount plus the gap (1741.75 ÷ 1797.68 = 96.89%)', () => {
    assertConsistent(text('103.32'), 'rate', '103.32');
    assertConsistent(text('96.89', '小于'), 'rate', '96.89');
  });

  it('the gap said as a change after the rate (`完成年初预算的70%,比年初预算减少537.35万元`, sc-henan-jcy-2019): 1205.11 ÷ 1742.46 = 69.16%', () => {
    const henan = (r: string, word = '减少') => doc(`本部门2019年度财政拨款本年收入1205.11万元,完成年初预算的${r}%,比年初预算${word}537.35万元,决算数${word === '减少' ? '小于' : '大于'}预算数主要原因是项目未开工。`);
    const f = only(henan('70'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 70');
    assert.equal(f.message, '完成预算的比例应为 69.16%（财政拨款本年收入 1205.11 ÷ (1205.11 + 比年初预算减少 537.35)），文中为 70%，相差 0.84 个百分点');
    assertConsistent(henan('69'), 'rate', '69');
    // 增加: the budget is the amount less the change, 1205.11 ÷ 667.76 = 180.47%.
    assertConsistent(henan('180', '增加'), 'rate', '180');
  });

  it('a gap with no amount (`完成年初预算100%,决算数大于预算数,主要原因`) is no relation: silent', () => {
    assert.deepEqual(summary(doc('1. 教育支出1595.95万元,主要用于人员经费,完成年初预算100%,决算数大于预算数,主要原因:职工工资调标。')), []);
  });
});


describe('决算X，比预算减少D，完成预算的R%: the gap before the rate, the budget unstated (a helper’s 决算说明 probes)', () => {
  const sanGong = (r: string) => doc(`“三公”经费支出决算为12.35万元，比预算减少7.65万元，完成预算的${r}%。`);

  it('12.35 ÷ (12.35 + 7.65) = 61.75% holds — the gap is no budget (it drew `应为 161.44%`)', () => {
    assertConsistent(sanGong('61.75'), 'rate', '61.75');
    assertConsistent(doc('行政运行（2010301）支出决算为362.48万元，比年初预算增加6.28万元，完成年初预算的101.76%。'), 'rate', '101.76');
    assertConsistent(doc('一般公共预算财政拨款支出决算667.72万元，较年初预算减少1.08万元，执行率99.84%。'), 'rate', '99.84');
    // Nor with a rate between the gap and the completion: the gap is still no budget.
    assert.deepEqual(summary(doc('“三公”经费支出决算为12.35万元，比预算减少7.65万元，下降38.25%，完成预算的61.75%。')), []);
  });

  it('71.75% is an error, with the budget the gap implies in the formula; after 增加 the budget is less the gap', () => {
    const f = only(sanGong('71.75'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 71.75');
    assert.equal(f.message, '完成预算的比例应为 61.75%（“三公”经费支出决算 12.35 ÷ (12.35 + 比预算减少 7.65)），文中为 71.75%，相差 10 个百分点');
    assert.equal(only(doc('一般公共预算财政拨款支出决算667.72万元，较年初预算减少1.08万元，执行率99.48%。')).message, '执行率应为 99.84%（一般公共预算财政拨款支出决算 667.72 ÷ (667.72 + 较年初预算减少 1.08)），文中为 99.48%，相差 0.36 个百分点');
  });
});
describe('执行率 of 全年执行 over the adjusted budget (a 项目支出绩效自评 sentence)', () => {
  const text = (r: string) => doc(`该项目年初预算50万元,全年预算调整为60万元,全年执行55万元,执行率${r}%。`);
  it('55 ÷ 60 = 91.67%: 90% is an error, 91.67% holds (the 全年 budget, not the 年初 one)', () => {
    assert.deepEqual(summary(text('90')), ['3 error rate 90']);
    assertConsistent(text('91.67'), 'rate', '91.67');
  });
});

describe('an average per car is the total it names over the sentence’s count of cars', () => {
  it('车均运行维护费 = 公务用车运行维护费 35.07 ÷ 20辆 = 1.7535: 1.75 holds (ro-beijing-jiguanban-2011), 1.85 is an error', () => {
    const text = (avg: string) => doc(`其中,公务用车运行维护费去年决算数为35.07万元,实有在编车辆20辆,公务用车车均运行维护费${avg}万元;今年预算数为36.03万元。`);
    assertConsistent(text('1.75'), 'rate', '1.75');
    const f = only(text('1.85'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 1.85');
    assert.equal(f.message, '车均运行维护费应为 1.75万元（公务用车运行维护费去年决算数 35.07 ÷ 实有在编车辆 20辆），文中为 1.85万元，相差 0.1万元');
  });

  it('two counts of cars in the sentence: which one is meant cannot be told, silent', () => {
    assert.deepEqual(summary(doc('年初有车辆5辆,年末有车辆4辆,公务用车运行维护费6万元,车均运行维护费1.5万元。')), []);
  });

  it('每人平均 is 人均; the item named before the sentence’s one amount makes it the total: 358.7 ÷ 95 = 3.78, 3.7 cut off is a warning (sa-beijing-mzj-2010)', () => {
    const text = (avg: string) => doc(`在因公出国(境)费用方面,市民政局2010年决算数358.7万元,涉及出国团组14个、出国人数95人,每人平均因公出国(境)费用${avg}万元。`);
    const f = only(text('3.7'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning rate 3.7');
    assert.equal(f.message, '每人平均因公出国(境)费用应为 3.78万元（决算数 358.7 ÷ 出国人数 95人），文中为 3.7万元，相差 0.08万元；只差末位：像是截断而非四舍五入');
    assertConsistent(text('3.8'), 'rate', '3.8');
    assert.deepEqual(summary(text('4.2')), ['3 error rate 4.2']);
  });
});

describe('a rate that opens its sentence, its operands after it', () => {
  it('预算执行率为95%,全年预算数200万元,全年执行数180万元: 180 ÷ 200 = 90%, an error; 90% holds', () => {
    const text = (r: string) => doc(`预算执行率为${r}%,全年预算数200万元,全年执行数180万元。`);
    assert.deepEqual(summary(text('95')), ['3 error rate 95']);
    assertConsistent(text('90'), 'rate', '90');
  });

  it('a rate that names whose it is, before another project’s amounts (minzu-2024-adversarial line 115): silent', () => {
    assert.deepEqual(summary(doc('上述项目中，民族团结进步创建项目执行率99.12%，少数民族发展资金项目预算205.60万元、实际支出199.83万元，因部分村寨项目验收推迟形成结余。')), []);
  });
});

describe('完成率 of what was done over what was planned, in its own sentence', () => {
  it('项目总投资300万元,已完成投资240万元,完成率75%: 240 ÷ 300 = 80%, an error; 80% holds', () => {
    const text = (r: string) => doc(`项目总投资300万元,已完成投资240万元,完成率${r}%。`);
    const f = only(text('75'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 75');
    assert.equal(f.message, '完成率应为 80%（已完成投资 240 ÷ 项目总投资 300），文中为 75%，相差 5 个百分点');
    assertConsistent(text('80'), 'rate', '80');
  });
});

describe('a fund’s control rate, a 政府采购 execution rate, an average after its count and before its total', () => {
  it('“三公”经费控制率 = 实际支出 ÷ 预算数 (8 ÷ 10 = 80%): 85% is an error; the 编制 control rate stays a count’s', () => {
    const text = (r: string) => doc(`“三公”经费预算数10万元,实际支出8万元,“三公”经费控制率为${r}%。`);
    assert.deepEqual(summary(text('85')), ['3 error rate 85']);
    assertConsistent(text('80'), 'rate', '80');
    assert.deepEqual(summary(doc('核定编制人数20人,实际在职人数18人,在职人员控制率为95%。')), ['3 error rate 95']);
  });

  it('政府采购执行率 = 实际采购金额 ÷ 政府采购预算 (90 ÷ 100)', () => {
    const text = (r: string) => doc(`政府采购预算100万元,实际采购金额90万元,政府采购执行率为${r}%。`);
    assert.deepEqual(summary(text('95')), ['3 error rate 95']);
    assertConsistent(text('90'), 'rate', '90');
  });

  it('全年培训300人次,人均培训费500元,共支出培训费12万元: 12万元 ÷ 300 = 400元', () => {
    const text = (avg: string) => doc(`全年培训300人次,人均培训费${avg}元,共支出培训费12万元。`);
    assert.deepEqual(summary(text('500')), ['3 error rate 500']);
    assertConsistent(text('400'), 'rate', '400');
  });
});

describe('items set apart by ； in one sentence, each with its budget, 决算 and rate', () => {
  const text = (r: string) =>
    doc(`2023年度“三公”经费财政拨款支出预算为20.00万元,支出决算为15.00万元,完成预算的75%。其中:因公出国(境)费支出预算为0.00万元,支出决算为0.00万元;公务用车购置及运行维护费支出预算为12.00万元,支出决算为10.00万元,完成预算的${r}%;公务接待费支出预算为8.00万元,支出决算为5.00万元,完成预算的62.5%。`);
  it('公务用车 10.00 ÷ 12.00 = 83.33%: 80% is an error; each rate is read against its own stretch', () => {
    assert.deepEqual(summary(text('80')), ['3 error rate 80']);
    assertConsistent(text('83.33'), 'rate', '62.5');
  });
});

describe('到位率 and 拨付率 in their own sentence', () => {
  it('实际到位资金 180 ÷ 项目计划投资 200 = 90%: 95% is an error', () => {
    const text = (r: string) => doc(`项目计划投资200万元,实际到位资金180万元,到位率${r}%。`);
    assert.deepEqual(summary(text('95')), ['3 error rate 95']);
    assertConsistent(text('90'), 'rate', '90');
  });
  it('已拨付 450 ÷ 全年下达资金 500 = 90%: 95% is an error', () => {
    const text = (r: string) => doc(`全年下达资金500万元,已拨付450万元,拨付率${r}%。`);
    assert.deepEqual(summary(text('95')), ['3 error rate 95']);
    assertConsistent(text('90'), 'rate', '90');
  });
});

describe('完成率 of counts, in one unit', () => {
  it('计划培训500人次,实际培训480人次,完成率90%: 480 ÷ 500 = 96%, an error; 96% holds', () => {
    const text = (r: string) => doc(`计划培训500人次,实际培训480人次,完成率${r}%。`);
    assert.deepEqual(summary(text('90')), ['3 error rate 90']);
    assertConsistent(text('96'), 'rate', '96');
  });
  it('counts in two units (人次 against 期) are no rate of each other: silent', () => {
    assert.deepEqual(summary(doc('计划培训5期,实际培训480人次,完成率90%。')), []);
  });
});

describe('执行率 as 部门整体 and 项目 自评 reports write it', () => {
  it('a rate opening its sentence may name the report’s own 部门/单位: 1248.60 ÷ 1310.42 = 95.28%, 97.28% is an error', () => {
    const text = (r: string) => doc(`2023年度部门预算执行率为${r}%，全年预算数1310.42万元，全年实际支出1248.60万元。`);
    assert.deepEqual(summary(text('97.28')), ['3 error rate 97.28']);
    assertConsistent(text('95.28'), 'rate', '95.28');
  });
  it('the operands in brackets with a ÷ between them: the sign is no part of either name', () => {
    const f = only(doc('2023年度部门预算执行率为97.28%（全年实际支出1248.60万元÷全年预算数1310.42万元）。'));
    assert.equal(f.message, '部门预算执行率应为 95.28%（全年实际支出 1248.60 ÷ 全年预算数 1310.42），文中为 97.28%，相差 2 个百分点');
  });
  it('a 自评表’s 年度资金总额 (项目资金总额) is the budget: 320.15 ÷ 356.82 = 89.72%, 91.7% is an error', () => {
    const text = (r: string) => doc(`项目年度资金总额为356.82万元，其中财政拨款300万元，其他资金56.82万元；全年执行数320.15万元，执行率${r}%。`);
    assert.deepEqual(summary(text('91.7')), ['3 error rate 91.7']);
    assertConsistent(text('89.72'), 'rate', '89.72');
    const short = (r: string) => doc(`项目资金总额120万元，实际支出110.4万元，执行率${r}%。`);
    assert.deepEqual(summary(short('95')), ['3 error rate 95']);
    assertConsistent(short('92'), 'rate', '92');
  });
});

describe('rates of counts a 项目自评 states: 合格率, 及时率, 指标完成率', () => {
  it('验收合格33 ÷ 共验收34 = 97.06%; 按时完成11 ÷ 计划12 = 91.67%; 已完成26 ÷ 共设置28 = 92.86%', () => {
    const passed = (r: string) => doc(`共验收工程34项，验收合格33项，验收合格率${r}%。`);
    assert.deepEqual(summary(passed('100')), ['3 error rate 100']);
    assertConsistent(passed('97.06'), 'rate', '97.06');
    const onTime = (r: string) => doc(`计划完成12项任务，按时完成11项，项目完成及时率${r}%。`);
    assert.deepEqual(summary(onTime('100')), ['3 error rate 100']);
    assertConsistent(onTime('91.67'), 'rate', '91.67');
    const met = (r: string) => doc(`年度绩效目标共设置三级指标28个，已完成26个，指标完成率为${r}%。`);
    assert.deepEqual(summary(met('96.43')), ['3 error rate 96.43']);
    assertConsistent(met('92.86'), 'rate', '92.86');
  });
  it('a count between (不合格) that is neither operand: not read', () => {
    assert.deepEqual(summary(doc('抽检产品100批次，合格95批次，不合格5批次，合格率98%。')), []);
  });
});

describe('a rate of counts whose nearest figure is of another measure', () => {
  it('计划6座，实际6座；计划85公里，实际80.5公里，完成率94.71%: not 6 ÷ 6 (the rate is of the 公里)', () => {
    assert.deepEqual(summary(doc('计划6座，实际6座；计划85公里，实际80.5公里，完成率94.71%。')), []);
  });
});

describe('预算调整率 is the adjustment over the initial budget', () => {
  it('285.86 ÷ 1024.56 = 27.90%: 25.90% is an error; 27.90% holds', () => {
    const text = (r: string) => doc(`全年预算数1310.42万元，较年初预算1024.56万元调增285.86万元，预算调整率为${r}%。`);
    assert.deepEqual(summary(text('25.90')), ['3 error rate 25.90']);
    assertConsistent(text('27.90'), 'rate', '27.90');
    assertConsistent(doc('年初预算1024.56万元，预算调整数285.86万元，预算调整率27.90%。'), 'rate', '27.90');
  });
});

describe('执行率 over the funds received, when no budget is stated with it', () => {
  it('95.6 ÷ 到位 100 = 95.6%: 96.2% is an error; with a budget and 到位 both stated, not read', () => {
    assert.deepEqual(summary(doc('项目资金到位100万元，全部用于项目建设，实际支出95.6万元，资金执行率96.2%。')), ['3 error rate 96.2']);
    assert.deepEqual(summary(doc('项目预算120万元，资金到位100万元，实际支出95.6万元，资金执行率79.67%。')), []);
  });

  it('a bare 支出 after its budget (`机关运行经费预算130.00万元，支出126.54万元，执行率97.34%`) is what of it was spent', () => {
    const text = (r: string) => doc(`机关运行经费预算130.00万元，支出126.54万元，执行率${r}%。`);
    assertConsistent(text('97.34'), 'rate', '97.34');
    assert.deepEqual(summary(text('99.34')), ['3 error rate 99.34']);
  });

  it('编制控制率 over 编制 counted in 名 and staff in 人 (both people): 23 ÷ 25 = 92%', () => {
    const text = (r: string) => doc(`核定编制25名，在职人员23人，编制控制率${r}%。`);
    assertConsistent(text('92'), 'rate', '92');
    assert.deepEqual(summary(text('96')), ['3 error rate 96']);
  });

  it('an average is no total to divide: 人均接待费用 is not 次均接待费用 ÷ 人次 (probe-p)', () => {
    assert.deepEqual(summary(doc('接待385人次，共计支出8.12万元，次均接待费用0.18万元，人均接待费用210.91元。')), []);
  });
});

describe('完成预算的X% with 年初预算 and 调整后预算 in one sentence (a helper’s 决算 probes)', () => {
  const text = (rate: string, adjusted = '调整后预算为412.36万元，') => doc(`行政运行（项）年初预算为385.00万元，${adjusted}支出决算为412.36万元，完成预算的${rate}%。`);

  it('a rate that fits the adjusted budget (412.36 ÷ 412.36) is read against it', () => {
    assertConsistent(text('100'), 'rate', '100');
  });

  it('a rate that fits neither is read against the adjusted one (the 决算 template’s 预算数)', () => {
    const f = only(text('90'));
    assert.equal(f.message, '完成预算的比例应为 100%（支出决算 412.36 ÷ 调整后预算 412.36），文中为 90%，相差 10 个百分点');
  });

  it('one that fits the 年初 budget is read against it; with no adjusted budget stated, the 年初 one is the budget', () => {
    assertConsistent(text('107.11'), 'rate', '107.11');
    assert.deepEqual(summary(text('100', '')), ['3 error rate 100']);
  });

  it('完成全年预算 after an addition (追加) in the sentence is of a 全年 budget not stated: silent', () => {
    assert.deepEqual(checks(doc('行政运行（项）年初预算为385.00万元，年中追加27.36万元，支出决算为412.36万元，完成全年预算的100%。')).filter((c) => c.rule === 'rate'), []);
  });
});


describe('执行率 whose budget is in the paragraph before (a 自评报告’s 预算 and 执行 paragraphs, a helper’s slip probe)', () => {
  it('4937.65 ÷ 5218.40 = 94.62%: 96.26% is an error; 94.62% holds', () => {
    const text = (r: string) => doc('2022年度全年预算数5218.40万元。', `2022年度全年支出4937.65万元，预算执行率为${r}%。`);
    assert.deepEqual(summary(text('96.26')), ['4 error rate 96.26']);
    assertConsistent(text('94.62'), 'rate', '94.62');
  });

  it('the one preferred (全年/调整后) among two budgets; none when two are alike or the paragraph is in another section', () => {
    assert.deepEqual(summary(doc('年初预算5000.00万元，全年预算数5218.40万元。', '全年支出4937.65万元，预算执行率为96.26%。')), ['4 error rate 96.26']);
    assert.deepEqual(checks(doc('甲项目预算5000.00万元，乙项目预算5218.40万元。', '全年支出4937.65万元，预算执行率为96.26%。')).filter((c) => c.rule === 'rate'), []);
    assert.deepEqual(checks(doc('一、项目情况', '全年预算数5218.40万元。', '二、执行情况', '全年支出4937.65万元，预算执行率为96.26%。')).filter((c) => c.rule === 'rate'), []);
    assert.deepEqual(checks(doc('一、预算情况', '全年预算数5218.40万元。', '（一）执行情况', '全年支出4937.65万元，预算执行率为96.26%。')).filter((c) => c.rule === 'rate'), []);
  });

  it('the budget under `（一）预算情况`, the rate right under `（二）预算执行情况` (a helper\'s Word 自评报告, pdftotext -layout): read', () => {
    const text = (r: string) =>
      doc('（一）预算情况', '     2023 年年初预算 2887.83 万元，其中：基本支出 2015.09 万元，项目支出 872.74 万', '元。年中追加调整预算 766.53 万元，调整后全年预算 3654.36 万元。', '', '（二）预算执行情况', '', `     2023 年度全年支出 3383.63 万元，预算执行率为 ${r}%。其中：基本支出 1873.69`, '万元。');
    const found = only(text('88.24'));
    assert.equal(found.figure, '88.24');
    assert.equal(found.message, '预算执行率应为 92.59%（全年支出 3383.63 ÷ 调整后全年预算 3654.36），文中为 88.24%，相差 4.35 个百分点');
    assertConsistent(text('92.59'), 'rate', '92.59');
  });
});

describe('a rate named for its basis (a helper’s 自评报告 probes)', () => {
  it('年初预算执行率 is of the 年初 budget: 441.63 ÷ 386.50 = 114.26%', () => {
    const text = (r: string) => doc(`年初预算386.50万元，调整后预算452.18万元，实际支出441.63万元，年初预算执行率${r}%。`);
    assertConsistent(text('114.26'), 'rate', '114.26');
    assert.deepEqual(summary(text('97.67')), ['3 error rate 97.67']);
  });

  it('资产使用率 of 在用资产净值 is over the 净值, not the 原值: 438.20 ÷ 452.76 = 96.78%', () => {
    const text = (r: string) => doc(`固定资产原值865.32万元，净值452.76万元，其中在用资产净值438.20万元，资产使用率${r}%。`);
    assertConsistent(text('96.78'), 'rate', '96.78');
    assert.deepEqual(summary(text('50.64')), ['3 error rate 50.64']);
  });
});

describe('an 执行率 whose paragraph before holds another item’s or year’s budget (a helper’s restatement probes)', () => {
  it('a paragraph with its own spending and rate, an item of another number, or another subject named: silent', () => {
    const rates = (text: string) => checks(text).filter((c) => c.rule === 'rate' && c.figure !== '95.14' && c.figure !== '97.05');
    assert.deepEqual(rates(doc('（一）项目支出。全年预算3150.00万元，全年执行数2997.00万元，执行率95.14%。', '（二）整体执行情况。全年执行数5848.20万元，执行率96.99%。')), []);
    assert.deepEqual(rates(doc('（一）2022年度。全年预算4650.00万元。', '（二）2023年度。执行数4821.36万元，执行率98.00%。')), []);
    assert.deepEqual(rates(doc('项目支出全年预算3150.00万元。', '部门全年执行数5848.20万元，执行率96.99%。')), []);
  });
});

describe('a budget changed in the rate’s own sentence (a helper’s 自评报告 probes)', () => {
  it('年中追加 / 调减 after the 年初预算, no adjusted budget named: the rate is not read against the 年初 one', () => {
    const rates = (text: string) => checks(text).filter((c) => c.rule === 'rate');
    assert.deepEqual(rates(doc('该项目年初预算120万元，年中追加30万元，全年执行数146.3万元，执行率97.53%。')), []);
    assert.deepEqual(rates(doc('该项目年初预算1346.58万元，年中调减50万元，全年执行数1280.5万元，执行率98.76%。')), []);
    assert.deepEqual(rates(doc('该项目年初预算860万元，年中追加40万元，实际到位资金900万元，资金到位率100%。')), []);
  });

  it('…but against the sum it names (全年可用资金150万元): 146.3 ÷ 150 = 97.53%, 95.53% is an error', () => {
    const text = (r: string) => doc(`该项目当年预算120万元，加上年结转资金30万元，全年可用资金150万元，全年执行数146.3万元，执行率${r}%。`);
    assertConsistent(text('97.53'), 'rate', '97.53');
    assert.deepEqual(summary(text('95.53')), ['3 error rate 95.53']);
  });
});

describe('执行率 over the funds available in the year (全年可用资金), not the 年初 budget (a helper’s 预算说明 probe)', () => {
  const text = (r: string) => doc(`项目支出年初预算60.00万元，全年可用资金67.60万元，实际支出65.00万元，执行率${r}%。`);
  it('65.00 ÷ 67.60 = 96.15% holds (it drew 应为 108.33%, of 60.00); 97.15% is an error', () => {
    assertConsistent(text('96.15'), 'rate', '96.15');
    assert.equal(only(text('97.15')).message, '执行率应为 96.15%（实际支出 65.00 ÷ 全年可用资金 67.60），文中为 97.15%，相差 1 个百分点');
  });
});

describe('a standard per person per month is paid for the months the sentence says (a helper’s 自评报告 probe)', () => {
  const text = (months: string, total: string) => doc(`保障特困人员352人，按每人每月450元标准，${months}发放${total}万元。`);
  it('352 × 450元 × 12 = 190.08万元 over 全年 holds (it drew 应为 15.84万元, one month’s); 180.08 is an error', () => {
    assertConsistent(text('全年', '190.08'), 'rate', '190.08');
    assert.equal(only(text('全年', '180.08')).message, '全年发放应为 190.08万元（保障特困人员 352人 × 按每人每月 450元 × 12个月），文中为 180.08万元，相差 10万元');
  });
  it('the months counted (发放10个月) are those paid; with no year or months said, nothing is read', () => {
    assert.deepEqual(summary(text('发放10个月，共', '158.40')), []);
    assert.deepEqual(summary(text('发放10个月，共', '190.08')), ['3 error rate 190.08']);
    assert.deepEqual(checks(text('共', '190.08')).filter((c) => c.rule === 'rate'), []);
  });
});

describe('完成预算 after a 其中 part: the part’s or the whole’s (a helper’s 自评报告 probe)', () => {
  const text = (r: string, part = '3.48') => doc(`2023年“三公”经费支出15.84万元，其中公务接待费${part}万元，完成全年预算20万元的${r}%。`);
  it('79.2% is the whole’s (15.84 ÷ 20): silent — it drew 应为 17.4%, of the part', () => {
    assertConsistent(text('79.2'), 'rate', '79.2');
  });
  it('a rate neither gives is reported against the nearer reading; one the part gives is the part’s', () => {
    assert.equal(only(text('89.2')).message, '完成预算的比例应为 79.2%（“三公”经费支出 15.84 ÷ 全年预算 20），文中为 89.2%，相差 10 个百分点');
    assertConsistent(text('17.4'), 'rate', '17.4');
  });
});

describe('超过/低于/不足 预算 X: by how much, not the budget (a helper’s Word-pasted 自评报告)', () => {
  it('186.51 ÷ (186.51 − 6.72) = 103.74%, 16.74 ÷ (16.74 + 5.35) = 75.78%, 176.38 ÷ (176.38 + 10.13) = 94.57% hold', () => {
    // (They drew 应为 2775.45%, 312.90% and 1741.16%, and 低于 drew 相比是“高于”.)
    assertConsistent(doc('该项目全年执行186.51万元，超过全年预算6.72万元，执行率103.74%。'), 'rate', '103.74');
    assert.deepEqual(summary(doc('“三公”经费决算16.74万元，低于预算5.35万元，完成预算的75.78%。')), []);
    assertConsistent(doc('全年执行176.38万元，不足年初预算的部分为10.13万元，执行率94.57%。'), 'rate', '94.57');
  });
  it('a rate the gap does not give is an error, with the budget it implies', () => {
    assert.equal(only(doc('该项目全年执行186.51万元，超过全年预算6.72万元，执行率104.74%。')).message, '执行率应为 103.74%（该项目全年执行 186.51 ÷ (186.51 − 超过全年预算 6.72)），文中为 104.74%，相差 1 个百分点');
    // A budget above the amount said 低于 it is still a wrong word.
    assert.deepEqual(summary(doc('全年执行数312.5万元，低于年初预算数305万元。')), ['3 error comparison-word 低于']);
  });
});

describe('完成率 of a plan to complete, and of measures (a helper’s 自评 slip probes)', () => {
  it('计划完成…600人次，实际完成648人次: 108%, not 110%; 公里 and 亩 in one unit likewise', () => {
    assert.equal(only(doc('计划完成职业技能培训600人次，实际完成648人次，完成率110%。')).message, '完成率应为 108%（实际完成 648 ÷ 计划完成职业技能培训 600），文中为 110%，相差 2 个百分点');
    assert.deepEqual(summary(doc('计划新建农村公路48公里，实际完成45.6公里，完成率96%。')), ['3 error rate 96']);
    assert.deepEqual(summary(doc('计划完成高标准农田建设2500亩，实际完成2350亩，完成率95%。')), ['3 error rate 95']);
    for (const text of ['计划完成职业技能培训600人次，实际完成648人次，完成率108%。', '计划新建农村公路48公里，实际完成45.6公里，完成率95%。', '计划完成高标准农田建设2500亩，实际完成2350亩，完成率94%。']) {
      assertConsistent(doc(text), 'rate', text.match(/完成率(\d+)%/)![1]);
    }
  });
});

describe('预算分别为…，决算分别为…，完成预算的比例分别为…: three lists paired by position (a helper’s 决算说明 slip probes)', () => {
  const text = (third: string) => doc(`2023年度因公出国（境）费、公务用车购置及运行维护费、公务接待费预算分别为15.00万元、20.00万元、12.00万元，决算分别为12.00万元、18.60万元、9.45万元，完成预算的比例分别为80%、93%、${third}%。`);
  it('9.45 ÷ 12.00 = 78.75%: 87.75% (two digits swapped) is an error; the first two hold', () => {
    assert.equal(only(text('87.75')).message, '完成预算的比例应为 78.75%（决算 9.45 ÷ 预算 12.00），文中为 87.75%，相差 9 个百分点');
    assert.deepEqual(summary(text('78.75')), []);
  });
});

describe('false-alarm forms of helpers’ 自评 and 决算说明 hunts (rates)', () => {
  it('last year’s 执行率 beside this year’s; a budget changed by 预算调整增加: silent', () => {
    assert.deepEqual(summary(doc('全年执行2341.26万元，预算2368.5万元，执行率98.85%，上年执行率97.36%。')), []);
    assert.deepEqual(summary(doc('执法办案（项）：年初预算为20.00万元，预算调整增加15.00万元，支出决算为33.40万元，完成预算的95.43%。')), []);
    // This year’s is still read.
    assert.deepEqual(summary(doc('全年执行2341.26万元，预算2368.5万元，执行率97.36%，上年执行率97.36%。')), ['3 error rate 97.36']);
  });
});

describe('an average printed at its own precision (a helper’s 自评 probe)', () => {
  it('车均补助17173元 for 5632800 ÷ 328 = 17173.17, 人均补贴816元 for 815.86: silent; 17183 is an error', () => {
    assert.deepEqual(summary(doc('发放补助资金5632800元，补助328辆，车均补助17173元。')), []);
    assert.deepEqual(summary(doc('培训补贴1026.35万元，培训12580人次，人均补贴816元。')), []);
    assert.deepEqual(summary(doc('发放补助资金5632800元，补助328辆，车均补助17183元。')), ['3 error rate 17183']);
  });
});

describe('more false-alarm forms of a helper’s sector 自评 hunt', () => {
  it('a budget alone in brackets after the rate is its budget; a target is no rate of either year; a remainder after a counted list', () => {
    assert.deepEqual(summary(doc('年初预算1800万元，全年执行2341.26万元，执行率98.85%（全年预算数2368.5万元）。')), []);
    assert.deepEqual(summary(doc('年初预算1800万元，全年执行2341.26万元，执行率97.85%（全年预算数2368.5万元）。')), ['3 error rate 97.85']);
    assert.deepEqual(summary(doc('预算执行率96.8%，达到≥95%的目标，较上年的93.5%提高3.3个百分点。')), []);
    assert.deepEqual(summary(doc('共涉及项目3个，资金2368.5万元，分别为：学前教育幼儿资助（300万元）、义务教育寄宿生生活补助（962.9万元）、普通高中国家助学金（755.1万元），其余为中职资助资金。')), []);
  });
});

describe('false-alarm forms of a helper’s long 自评 hunt', () => {
  it('a ceiling met in full, a completion capped at 100%, last year’s sentence, a gross 原值 with its depreciation: silent', () => {
    for (const text of [
      '平均办结时限：目标值≤30天，实际25天，完成率100%。',
      '培训农民：年度目标1000人次，实际完成1200人次，完成率100%（超额部分不计分），得10分。',
      '上年基本支出775.51万元，项目支出1178.53万元。项目支出增加147.55万元，增长12.52%。',
      '年末资产总额2600.43万元，其中：流动资产1362.92万元，固定资产原值1849.81万元，累计折旧612.3万元。',
    ]) assert.deepEqual(summary(doc(text)), [], text);
    assert.deepEqual(summary(doc('上年基本支出775.51万元，项目支出1178.53万元。项目支出增加147.55万元，增长13.52%。')), ['3 error growth 13.52']);
    assert.deepEqual(summary(doc('培训农民：年度目标1000人次，实际完成900人次，完成率95%。')), ['3 error rate 95']);
  });
});

describe('an 执行率 that names what it is of', () => {
  it('`其中基本支出执行率100%，项目支出执行率为93.6%` after the whole’s amounts: of amounts not stated, silent (a helper’s 自评 probe)', () => {
    const text = (tail: string) => doc(`2021年度本单位全年预算数为4380.00万元，全年执行数为4215.60万元，预算执行率为${tail}`);
    assert.deepEqual(summary(text('96.25%。其中基本支出执行率100%，项目支出执行率为93.6%。')), []);
    assert.deepEqual(summary(text('96.25%。其中：基本支出预算执行率为100%，项目支出预算执行率为93.6%。')), []);
    // The whole’s own rate is still read, under the words any budget’s rate carries.
    assert.deepEqual(summary(text('96.52%。')), ['3 error rate 96.52']);
    assert.deepEqual(summary(doc('本部门全年预算数为4380.00万元，全年执行数为4215.60万元，部门整体支出预算执行率为96.52%。')), ['3 error rate 96.52']);
  });
});

describe('per-unit standards and averages that are not count × standard (a helper’s 补贴 and 救助 probes)', () => {
  const silent = (text: string) => assert.deepEqual(summary(doc(text)), [], text);
  it('two counts before the standard, a cap, money left unpaid or paid besides: silent', () => {
    silent('改造户厕3560户，其中脱贫户412户，按每户1000元标准补助，共拨付补助资金356万元。');
    silent('更换拖拉机186台，每台补贴最高3万元，共兑付补贴资金412.6万元。');
    silent('核定补贴面积128456.32亩，每亩补贴105.5元，实际发放补贴资金1349.87万元，剩余5.34万元因账户异常暂未发放。');
    silent('补贴面积128456.32亩，按每亩105.5元标准，另对种粮大户给予一次性奖励，共发放补贴资金1380.21万元。');
    // One count, a plain standard: still read.
    assert.deepEqual(summary(doc('补贴面积128456.32亩，按每亩105.5元标准，共发放补贴资金1380.21万元。')), ['3 error rate 1380.21']);
  });
  it('periods the sentence does not count (每学期, 每天), and `6个月以上` as no months paid', () => {
    silent('资助幼儿2345人，按每人每学期625元标准，共发放资助资金293.13万元。');
    silent('惠及学生12345人，按每人每天5元标准，全年按200天计，共下达补助资金1234.5万元。');
    silent('安置公益性岗位人员420人，按每人每月1800元标准，全年发放岗位补贴907.2万元，在岗时间均在6个月以上。');
  });
  it('an average per month (月人均), and a count of 人次 beside one of 人 in brackets: silent', () => {
    silent('保障城乡低保对象3256人，全年发放低保补助资金2255.86万元，月人均补助577.4元。');
    silent('资助学生4533人次（涉及学生2876人），发放资助资金761.93万元，人均资助2649.25元。');
  });
  it('a 完成率 after a ； is of its own stretch: 648 ÷ 600 = 108%', () => {
    const text = (r: string) => doc(`计划投资50万元，完成投资46.5万元，完成率93%；计划培训600人次，实际培训648人次，完成率${r}%。`);
    silent(text('108'));
    assert.deepEqual(summary(text('110')), ['3 error rate 110']);
  });
});

describe('预算完成率 and 资金支出率 are 执行率 by other names (a helper’s recall probe)', () => {
  it('523.8 ÷ 560 = 93.54%: 93.45% is an error under either name; 93.54% holds', () => {
    assert.deepEqual(summary(doc('全年预算数为560万元，全年执行数523.8万元，预算完成率93.45%。')), ['3 error rate 93.45']);
    assert.deepEqual(summary(doc('项目预算560万元，实际支出523.8万元，资金支出率93.45%。')), ['3 error rate 93.45']);
    assert.deepEqual(summary(doc('全年预算数为560万元，全年执行数523.8万元，预算完成率93.54%。')), []);
  });
});

describe('a 预算执行率 after the 执行数’s own 其中 list (a helper’s recall probe)', () => {
  const text = (rate: string, end = '，') => doc(`全年预算数6919.21万元，全年执行数5940.81万元，其中：基本支出2027.23万元，项目支出3913.58万元${end}预算执行率为${rate}%。`);
  it('5940.81 ÷ 6919.21 = 85.86%: 81.86 is an error, in the sentence or the next; 85.86 holds', () => {
    assert.deepEqual(summary(text('81.86')), ['3 error rate 81.86']);
    assert.deepEqual(summary(text('81.86', '。')), ['3 error rate 81.86']);
    assert.deepEqual(summary(text('85.86')), []);
  });
  it('a bare 执行率 right after a part is still the part’s — silent', () => {
    assert.deepEqual(summary(doc('全年预算数6919.21万元，全年执行数5940.81万元，其中：基本支出2027.23万元，项目支出3913.58万元，执行率为81.86%。')), []);
  });
});

describe('a 满意度 from the questionnaires counted (a helper’s 自评 recall probe)', () => {
  it('172 ÷ 174 = 98.85%: 95.55 is an error; of the valid questionnaires, not those issued (507 ÷ 529, not ÷ 572)', () => {
    assert.deepEqual(summary(doc('回收有效问卷174份，其中满意172份，满意度为95.55%。')), ['3 error rate 95.55']);
    assert.deepEqual(summary(doc('回收有效问卷174份，其中满意172份，满意度为98.85%。')), []);
    assert.deepEqual(summary(doc('发放问卷572份，回收有效问卷529份，其中满意507份，满意度88.64%。')), ['3 error rate 88.64']);
  });
  it('two degrees of satisfaction counted (非常满意, 满意): the rate is of their sum, not read', () => {
    assert.deepEqual(summary(doc('发放问卷200份，回收有效问卷196份，其中非常满意150份，满意40份，满意度为96.94%。')), []);
  });
});

describe('a 节约率 measured from the ceiling price (a helper’s 工程 probe)', () => {
  it('节约资金 50 = 950 − 900: 50 ÷ 950 = 5.26% — silent; a rate fitting neither base an error', () => {
    assert.deepEqual(summary(doc('该项目预算金额1000万元，最高限价950万元，成交金额900万元，节约资金50万元，节约率5.26%。')), []);
    assert.deepEqual(summary(doc('该项目预算金额1000万元，最高限价950万元，成交金额900万元，节约资金50万元，节约率6.26%。')), ['3 error rate 6.26']);
  });
});

describe('a 预算执行率 after one part of the 执行数 (a helper’s whole-document slip probe)', () => {
  it('`全年支出4637.69万元，其中项目支出3489.15万元，预算执行率90.00%`: of the whole, 96.62% — an error; 96.62 holds', () => {
    const text = (rate: string) => doc(`2019年全年预算数4799.82万元，全年支出4637.69万元，其中项目支出3489.15万元，预算执行率${rate}%。`);
    assert.deepEqual(summary(text('90.00')), ['3 error rate 90.00']);
    assert.deepEqual(summary(text('96.62')), []);
  });
});

describe('a 完成率 after the plan, what was done and the gap to the plan (a helper’s 偏差分析 probes)', () => {
  it('`完成造林计划1000亩，实际完成1050亩，超出计划50亩，完成率105%` is of the plan, not the gap — silent; 115% an error', () => {
    assert.deepEqual(summary(doc('完成造林计划1000亩，实际完成1050亩，超出计划50亩，完成率105%。')), []);
    assert.deepEqual(summary(doc('完成巡查计划200次，实际完成180次，低于计划20次，完成率90%。')), []);
    assert.deepEqual(summary(doc('完成造林计划1000亩，实际完成1050亩，超出计划50亩，完成率115%。')), ['3 error rate 115']);
  });
});

describe('a 预算执行率 of the funds allotted (a helper’s slip probe)', () => {
  it('`共安排项目资金1000.00万元，实际支出900.00万元，预算执行率95.00%`: 90.00% — an error; 90.00 holds', () => {
    assert.deepEqual(summary(doc('共安排项目资金1000.00万元，实际支出900.00万元，预算执行率95.00%。')), ['3 error rate 95.00']);
    assert.deepEqual(summary(doc('共安排项目资金1000.00万元，实际支出900.00万元，预算执行率90.00%。')), []);
  });
});

describe('amounts at a standard per head that are no count × standard of the year (a helper’s 民政/就业 probes)', () => {
  it('groups of their own standards, a total broken down after it, part of a year, a half-year total — silent', () => {
    assert.deepEqual(summary(doc('失能老人120人，每人每月300元；半失能老人280人，每人每月150元，全年共发放93.6万元。')), []);
    assert.deepEqual(summary(doc('公益性岗位371人，每人每月1800元，全年共发放就业补助资金2514.6万元，其中公益性岗位补贴801.36万元、职业培训补贴1713.24万元。')), []);
    assert.deepEqual(summary(doc('2022年7月起新增乡村公益性岗位371人，按每人每月1800元补贴，全年共发放400.68万元。')), []);
    assert.deepEqual(summary(doc('高龄老人3200人，每人每月100元，全年共发放384万元，其中1-6月发放192万元。')), []);
    assert.deepEqual(summary(doc('截至2023年底，全县公益性岗位在岗371人，按每人每月1800元补贴，全年累计发放岗位补贴765.2万元。')), []);
  });
  it('one group over the year is still read: 3200 × 100 × 12 = 384万元, 394 an error', () => {
    assert.deepEqual(summary(doc('高龄老人3200人，每人每月100元，全年共发放394万元。')), ['3 error rate 394']);
  });
});

describe('执行率 after a budget and the funds received (a helper’s 项目自评报告 probes)', () => {
  it('is of the budget the rate fits: 1726.42 ÷ 2235.41 = 77.23%, not of 到位 2060.17 (83.80%)', () => {
    assert.deepEqual(summary(doc('项目资金2235.41万元，资金到位2060.17万元，实际支出1726.42万元，预算执行率77.23%。')), []);
    assert.deepEqual(summary(doc('共下达资金2235.41万元，到位2060.17万元，支出1726.42万元，执行率77.23%。')), []);
  });
  it('a 到位率 short of 100% says the budget is more than the funds received: silent', () => {
    assert.deepEqual(summary(doc('项目资金实际到位2060.17万元，资金到位率92.16%；已支出1726.42万元，预算执行率77.23%。')), []);
  });
  it('with the funds received alone, the rate is still theirs: 95.6 ÷ 100 = 95.6%, not 96.6%', () => {
    assert.deepEqual(summary(doc('项目资金到位100万元，实际支出95.6万元，资金执行率96.6%。')), ['3 error rate 96.6']);
    assert.deepEqual(summary(doc('项目资金2235.41万元，资金到位2060.17万元，实际支出1726.42万元，预算执行率70.23%。')), ['3 error rate 70.23']);
  });
});

describe('执行率 after a sum with its 年初预算 and 年中追加 in brackets (a helper’s 自评报告 probes)', () => {
  it('is of the sum: 4254.42 ÷ 4385.10 = 97.02%, not of the 年初预算 3575.50 (118.99%)', () => {
    assert.deepEqual(summary(doc('项目资金4385.10万元（年初预算3575.50万元，年中追加809.60万元），实际支出4254.42万元，执行率97.02%。')), []);
    assert.deepEqual(summary(doc('可执行预算4385.10万元（年初预算3575.50万元，年中追加809.60万元），决算支出4254.42万元，执行率97.02%。')), []);
    const text = doc('项目资金4385.10万元（年初预算3575.50万元，年中追加809.60万元），实际支出4254.42万元，执行率99.02%。');
    assert.deepEqual(summary(text), ['3 error rate 99.02']);
    assert.match(findings(text)[0].message, /实际支出 4254\.42 ÷ 项目资金 4385\.10/);
  });
});

describe('a bare 完成率 after indicators set and met (a helper’s 自评报告 from Word)', () => {
  const para = (rate: string) => doc(`2023年度本部门共设置整体绩效指标20个，年末已完成17个，完成率${rate}%，未完成的3个指标主要受项目实施周期影响。`);
  it('90.00% against 17 ÷ 20 = 85.00%: error', () => {
    const f = only(para('90.00'));
    assert.equal(f.rule, 'rate');
    assert.equal(f.message, '完成率应为 85.00%（年末已完成 17 ÷ 本部门共设置整体绩效指标 20），文中为 90.00%，相差 5 个百分点');
  });
  it('85.00%: holding', () => {
    assertConsistent(para('85.00'), 'rate', '85.00');
  });
});

describe('到位率 of what was actually allotted; an 执行率 of it, not of the budget before (sp-yunnan-yjglt-2020)', () => {
  const text = (arrived: string, done: string) =>
    doc(`1)项目资金到位情况。2020年预算飞行经费共计7952万元,财政部实际下达资金2513万元,资金到位率为${arrived}%。`, '', `2)项目资金执行情况。实际执行2513万元,执行率${done}%。`);
  it('31% where 2513 ÷ 7952 = 31.60%: an error on the 到位率; the 执行率 100% (of the 2513 received) is silent', () => {
    assert.deepEqual(summary(text('31', '100')), ['3 error rate 31']);
    assertConsistent(text('31.6', '100'), 'rate', '31.6');
  });
});
