// identity: 资产总额 = 负债总额 + 净资产; 三公; 政府采购 = 货物 + 工程 + 服务; 基本支出 = 人员经费 + 公用经费 …
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, checks, doc, findings, only, summary } from './helpers';

const assets = (total: string) => doc(`2023年年末资产总额${total}万元，负债总额35646.56万元，净资产87200.35万元。`);
const purchase = (total: string) => doc(`2023年度政府采购支出${total}万元，货物43.05万元，工程1669.65万元，服务647.49万元。`);

describe('identity', () => {
  it('the seed’s 资产 = 负债 + 净资产 holds: 35646.56 + 87200.35 = 122846.91', () => {
    assertConsistent(assets('122846.91'), 'identity', '122846.91');
  });

  it('122846.92 still holds ([122846.915, 122846.925] meets [122846.90, 122846.92])', () => {
    assertConsistent(assets('122846.92'), 'identity', '122846.92');
  });

  it('122846.93 is outside: error naming the identity, with the fix', () => {
    const text = assets('122846.93');
    const f = only(text);
    assert.equal(f.rule, 'identity');
    assert.equal(f.severity, 'error');
    assert.equal(f.figure, '122846.93');
    assert.equal(
      f.message,
      '年末资产总额应为 122846.91万元（负债总额 35646.56 + 净资产 87200.35），文中为 122846.93万元，相差 0.02万元；依据：资产总额 = 负债总额 + 净资产',
    );
    assert.equal(f.fix, '122846.91');
    assert.equal(applyFix(text, f), assets('122846.91'));
  });

  // 43.05 + 1669.65 + 647.49 = 2360.19; three parts ± 0.005 each: [2360.175, 2360.205].
  it('政府采购 with three parts: 2360.21 touches 2360.205 exactly (consistent)', () => {
    assertConsistent(purchase('2360.19'), 'identity', '2360.19');
    assertConsistent(purchase('2360.21'), 'identity', '2360.21'); // [2360.205, 2360.215]
    assertConsistent(purchase('2360.17'), 'identity', '2360.17'); // [2360.165, 2360.175]
  });

  it('政府采购 2360.22 and 2360.16 are just outside', () => {
    const f = only(purchase('2360.22'));
    assert.equal(
      f.message,
      '政府采购支出应为 2360.19万元（货物 43.05 + 工程 1669.65 + 服务 647.49），文中为 2360.22万元，相差 0.03万元；依据：政府采购 = 货物 + 工程 + 服务',
    );
    assert.deepEqual(summary(purchase('2360.16')), ['3 error identity 2360.16']);
  });

  it('三公 without 其中: 0 + 1 + 0.8351 = 1.8351 holds, 0 + 1 + 0.9351 does not', () => {
    const text = (x: string) => doc(`“三公”经费决算数1.8351万元，因公出国（境）费0万元，公务用车运行维护费1万元，公务接待费${x}万元。`);
    assertConsistent(text('0.8351'), 'identity', '1.8351');
    const f = only(text('0.9351'));
    assert.equal(f.figure, '1.8351');
    assert.equal(f.fix, '1.9351');
  });

  it('基本支出 = 人员经费 + 公用经费: 286.73 + 57.39 = 344.12', () => {
    const text = (total: string) => doc(`2023年基本支出${total}万元，人员经费286.73万元，日常公用经费57.39万元。`);
    assertConsistent(text('344.12'), 'identity', '344.12');
    assert.deepEqual(summary(text('334.12')), ['3 error identity 334.12']);
  });

  it('三公 parts listed after 预算… and 实际支出…: they add up to the amount restated nearest them', () => {
    const text = (actual: string) =>
      doc(`“三公”经费预算55.00万元，实际支出${actual}万元，因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、39.84万元、8.79万元。`);
    assertConsistent(text('48.63'), 'identity', '48.63');
    const f = only(text('48.36'));
    assert.equal(f.figure, '48.36');
    assert.equal(f.fix, '48.63');
  });

  it('政府采购 parts that add up to the budget named, not to the amount spent after it, belong to the budget', () => {
    const text = doc('政府采购预算1862.30万元，实际采购金额1800.00万元，货物类、工程类、服务类分别为1024.56万元、536.20万元、301.54万元。');
    assertConsistent(text, 'identity', '1862.30');
  });

  it('资产总额合计 is the 资产总额 of the identity', () => {
    assert.deepEqual(summary(doc('负债总额1183.52万元、净资产6072.86万元，资产总额合计7265.38万元。')), ['3 error identity 7265.38']);
  });
});

describe('identity across the paragraphs of a 决算说明', () => {
  const text = (total: string) =>
    doc(
      `2023年一般公共预算财政拨款基本支出${total}万元，其中：`,
      '人员经费489.18万元，主要包括：基本工资、津贴补贴、奖金、伙食补助费。',
      '公用经费46.89万元，主要包括：办公费、印刷费、咨询费、手续费。',
    );

  it('基本支出 911.7 against 人员经费 489.18 + 公用经费 46.89 = 536.07 on the next two paragraphs (大邑 2023)', () => {
    const f = only(text('911.7'));
    assert.equal(f.rule, 'identity');
    assert.equal(f.figure, '911.7');
    assert.match(f.message, /应为 536\.07万元/);
  });

  it('holds when it adds up', () => {
    assertConsistent(text('536.07'), 'identity', '536.07');
  });
});

describe('the changes of an identity’s parts add up to the change of its whole', () => {
  // sg-yibin-2017: 31 + 850 + 107 = 988 against 比预算数减少1188.
  const yibin = (total: string) =>
    doc(
      `2017年市本级部门使用财政拨款安排“三公”经费支出总额为3825万元,比预算数减少${total}万元,下降23.70%。`,
      '一、因公出国(境)经费',
      '2017年因公出国(境)费99万元,比预算数减少31万元。',
      '二、公务接待费',
      '2017年公务接待费1014万元, 比预算数减少850万元。',
      '三、公务用车购置及运行维护费',
      '2017年公务用车购置及运行维护费2712万元(其中:公务用车购置费0万元,公务用车运行维护费2712万元),比预算数减少107万元。',
    );

  it('three decreases against the budget of 988 in all, not the 1188 stated for the whole: an error at the whole', () => {
    const f = findings(yibin('1188')).find((x) => x.rule === 'identity')!;
    assert.equal(f.figure, '1188');
    assert.equal(
      f.message,
      '“三公”经费比预算数减少应为 988万元（−因公出国(境)费 31 − 公务用车购置及运行维护费 107 − 公务接待费 850），文中为 1188万元，相差 200万元；依据：“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费，各项的增减之和应等于总数的增减',
    );
    assert.equal(f.fix, undefined);
  });

  it('changes that add up hold; 公务用车 may be given as its 购置 and 运行 changes; a part missing reads nothing', () => {
    assert.ok(checks(yibin('988')).some((c) => c.rule === 'identity' && c.figure === '988' && c.holds));
    // sg-changle-2017: −28.23 − 79.4 − 596.98 + 1.36 = −703.25.
    const changle = (total: string) =>
      doc(
        `2017年区级“三公”经费公共财政拨款支出1360.13万元,比上年减少支出${total}万元。`,
        '(一)因公出国(境)费22.00万元。与2016年相比, 因公出国(境)经费支出减少28.23万元。',
        '1、公务用车购置费34.71万元,与2016年相比,公务用车购置费减少79.4万元。',
        '2、公务用车运行费1081.43万元,与2016年相比,公务用车运行费减少596.98万元。',
        '(三)公务接待费221.98万元。与2016年相比, 公务接待费支出增加1.36万元。',
      );
    assert.deepEqual(summary(changle('613.80')).filter((s) => s.includes('identity')), ['3 error identity 613.80']);
    assert.deepEqual(summary(changle('703.25')).filter((s) => s.includes('identity')), []);
    const noCars = yibin('1188').replace(/,比预算数减少107万元/, '');
    assert.deepEqual(checks(noCars).filter((c) => c.rule === 'identity' && c.figure === '1188'), []);
  });
});

describe('parts in brackets are the split of the amount the brackets follow (js-qiannan-zyy-2016)', () => {
  it('总支出…其中:财政拨款支出2955万元,比去年增加了936万元(财政拨款基本支出1802万元…,财政拨款项目支出1153万元…): no 总支出 identity', () => {
    const text = doc('2016年总支出40976.5万元,与去年同期相比增加了3484.8万元,增长率为9.29%。其中:一般公共预算财政拨款支出2955万元,比去年增加了936万元(财政拨款基本支出1802万元、与去年相比减少了13万元,财政拨款项目支出1153万元,与去年同期相比增加949万元);医疗卫生支出38021.5万元。');
    assert.deepEqual(summary(text).filter((s) => s.includes('identity')), []);
  });

  it('right after the total they still are its split: 基本支出702.18万元（人员经费618.45万元、公用经费84.73万元）', () => {
    assert.deepEqual(summary(doc('2023年基本支出702.18万元（人员经费618.45万元、公用经费84.73万元）。')), ['3 error identity 702.18']);
  });
});

describe('changes of the 三公 items stated 同比 add up to the total’s (zb-tianshan-czj-2019)', () => {
  const text = (whole: string) =>
    [
      `2019年度,天山区本级一般公共预算财政拨款三公经费支出合计585.53万元,同比减少${whole}万元,各部门单位贯彻落实厉行节约规定。`,
      '',
      '其中:因公出国(境)经费0万元,同比减少0万元。公务用车购置及运行费585.53万元,同比减少144.92万元。公务接待费0.00万元,同比减少0.11万元。',
    ].join('\n');

  it('144.92 against 0 + 144.92 + 0.11 = 145.03: error naming the identity', () => {
    const f = only(text('144.92'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '1 error identity 144.92');
    assert.match(f.message, /^“三公”经费同比减少应为 145\.03万元/);
    assert.deepEqual(summary(text('145.03')), []);
  });
});

describe('a 其中 sentence’s item changes take the base of the sentence before (sx-panlong-gulou-2018)', () => {
  const text = (whole: string) =>
    `2018年度一般公共预算财政拨款“三公”经费支出决算数比2017年减少${whole}万元。其中:因公出国(境)费支出决算增加/减少0万元,增长/下降0%;公务用车购置及运行费支出决算减少1.52万元;公务接待费支出决算增加/减少0万元,增长/下降0%。`;

  it('减少2.01 against 0 + 1.52 + 0: error, the items named without the template’s 增加/', () => {
    const f = only(text('2.01'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '1 error identity 2.01');
    assert.equal(
      f.message,
      '“三公”经费减少应为 1.52万元（−因公出国(境)费支出决算 0 − 公务用车购置及运行费支出决算 1.52 − 公务接待费支出决算 0），文中为 2.01万元，相差 0.49万元；依据：“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费，各项的增减之和应等于总数的增减',
    );
    assert.deepEqual(summary(text('1.52')), []);
  });
});

describe('parts that add up to their total: their changes add up to the total’s (pf-shapingba-canlian-2023)', () => {
  const text = (change: string) =>
    doc(`2023年一般财政拨款收入支出预算1,779.74万元,比2022年增加${change}万元。其中基本支出预算249.78万元,比2022年增加29.73万元,主要原因是增加公务员绩效;项目支出预算1,529.96万元,比2022年增加168.36万元。`);

  it('198.76 against 29.73 + 168.36 = 198.09: error, no fix (which figure is wrong cannot be told)', () => {
    const f = only(text('198.76'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error identity 198.76');
    assert.match(f.message, /应为 198\.09万元（基本支出预算 29\.73 \+ 项目支出预算 168\.36）/);
    assert.deepEqual(f.edits, []);
    assert.deepEqual(summary(text('198.09')), []);
  });

  it('parts that do not add up to the total (a partial list): their changes are not summed', () => {
    const partial = doc('2023年支出预算1,900.00万元,比2022年增加198.76万元。其中基本支出预算249.78万元,比2022年增加29.73万元;项目支出预算1,529.96万元,比2022年增加168.36万元。');
    assert.deepEqual(summary(partial).filter((s) => s.includes('identity')), []);
  });
});

describe('人员经费支出 and 公用经费支出 after 包括: 基本 = 人员 + 公用 (rc-huangzhong-qunjia-2015)', () => {
  const text = (basic: string) =>
    doc(`本年度支出预算284.45万元,其中:1、基本支出${basic}万元,包括:人员经费支出161.57万元,公用经费支出12.23万元;2、项目支出110.56万元,包括:商品服务支出72.74万元,其他支出类项目37.82万元。`);

  it('173.89 against 161.57 + 12.23 = 173.80: error naming the identity', () => {
    const f = findings(text('173.89')).find((x) => x.rule === 'identity')!;
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error identity 173.89');
    assert.match(f.message, /^基本支出应为 173\.80万元（人员经费支出 161\.57 \+ 公用经费支出 12\.23）/);
  });
});

describe('出国(境)经费 is the 三公 item 因公出国(境)费 (ro-zhongyang-sgjf-2011)', () => {
  it('合计94.7亿元 = 17.73 + 61.69 + 15.28 is read and holds; 95.7 is an error', () => {
    const text = (total: string) =>
      doc(`经财政部汇总,2010年中央行政单位、事业单位和其他单位“三公”支出合计${total}亿元。“三公”经费中,出国(境)经费17.73亿元,车辆购置及运行费61.69亿元,公务接待费15.28亿元。`);
    assertConsistent(text('94.7'), 'identity', '94.7');
    assert.deepEqual(summary(text('95.7')), ['3 error identity 95.7']);
  });
});

describe('a paragraph opening on 其中 with a 三公 split lists the 合计 of a paragraph before (rp-zhongyang-sangong-2016)', () => {
  const text = (total: string, change: string) =>
    [
      `2016年,中央行政事业单位财政拨款因公出国(境)经费、公务用车购置及运行费、公务接待费(“三公”经费)支出合计${total}亿元(人民币,下同),比预算数减少${change}亿元。`,
      '受国务院委托,中国财政部副部长张少春23日向十二届全国人大常委会第二十八次会议报告2016年中央决算情况时透露上述信息。',
      '张少春介绍,其中:因公出国(境)经费18.19亿元,比预算数减少2.08亿元;公务用车购置及运行费25.87亿元,比预算数减少8.54亿元;公务接待费4.19亿元,比预算数减少4.23亿元。',
    ].join('\n');
  it('48.25 = 18.19 + 25.87 + 4.19 and 14.85 = 2.08 + 8.54 + 4.23 are read and hold', () => {
    assertConsistent(text('48.25', '14.85'), 'identity', '48.25');
    assertConsistent(text('48.25', '14.85'), 'identity', '14.85');
  });
  it('a wrong 合计 or a wrong total change is an error', () => {
    assert.deepEqual(summary(text('49.25', '14.85')), ['1 error identity 49.25']);
    assert.deepEqual(summary(text('48.25', '15.85')), ['1 error identity 15.85']);
  });
});

describe('an item said to be unchanged (较上年无增减) changed by 0 (rv-fuling-wulingshanxiang-2023)', () => {
  const text = (whole: string) =>
    doc(`2023年“三公”经费预算6.50万元,比上年减少${whole}万元。其中:因公出国(境)费用0万元,较上年无增减;公务接待费0.50万元,较上年无增减;公务用车运行维护费6.00万元,比上年减少1.00万元。`);
  it('减少0.50 against 0 + 0 − 1.00: error, the unchanged items shown as 0', () => {
    const f = only(text('0.50'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error identity 0.50');
    assert.match(f.message, /^“三公”经费比上年减少应为 1\.00万元（因公出国\(境\)费用 0 − 公务用车运行维护费 1\.00 \+ 公务接待费 0）/);
    assert.deepEqual(summary(text('1.00')), []);
  });
});

describe('changes are no terms of an amount identity (rz-zhongyang-cas-2014)', () => {
  it('“三公”经费支出15905.91万元,较2014年预算减少5818.9万元,…主要是因公出国(境)费减少1485.38万元,…: no 15905.91 = Σ decreases', () => {
    const text = doc('中国科学院2014年“三公”经费支出15905.91万元,较2014年预算减少5818.9万元,降低26.78%,主要是因公出国(境)费减少1485.38万元,公务用车购置及运行费减少1547.29万元,公务接待费减少2786.23万元。');
    assert.deepEqual(summary(text), []);
    assert.ok(!checks(text).some((c) => c.rule === 'identity' && c.figure === '15905.91'));
  });
});

describe('the 三公 split after a sentence of reasons, its items split in brackets (ra1-zhongyang-juesuan-2014)', () => {
  it('合计58.8亿元 … 报告说,主要是…。其中:因公出国(境)经费16.2亿元,…公务用车购置及运行费35.99亿元(其中…),公务接待费6.61亿元', () => {
    const text = (total: string) =>
      [
        `2014年,中央行政事业单位财政拨款因公出国(境)经费、公务用车购置及运行费、公务接待费(“三公”经费)支出合计${total}亿元,比预算数减少12.71亿元。`,
        '',
        '报告说,主要是各部门贯彻落实中央八项规定和厉行节约有关要求,减少了相关支出。其中:因公出国(境)经费16.2亿元,减少3.56亿元;公务用车购置及运行费35.99亿元(其中:公务用车购置费4亿元,公务用车运行维护费31.99亿元),减少5.28亿元;公务接待费6.61亿元,减少3.87亿元。',
      ].join('\n');
    assertConsistent(text('58.8'), 'identity', '58.8');
    assert.deepEqual(summary(text('59.8')), ['1 error identity 59.8']);
  });
});

describe('parts of another year are not the total’s (rd1-tyjrswb-2019)', () => {
  it('2019年…预算数为685万元, then 其中,2018年因公出国(境)费154万元,… 上述三项共计173.96万元: silent', () => {
    const text = doc(
      '退役军人事务部公开预算显示,该部门2019年“三公”经费预算数为685万元,其中因公出国(境)费占了绝大部分,占比超过90%为620万元;公务用车购置及运行费15万元,公务接待费50万元。',
      '',
      '需要提到的一个细节是,在“三公”经费支出表中同样写出了2018年调整预算数。其中,2018年因公出国(境)费154万元,公务用车购置以及运行费19万元,公务接待费0.96万元。上述三项共计173.96万元。',
    );
    assert.deepEqual(summary(text), []);
  });
});

describe('the items’ changes listed with 分别比上年减少 are changes, not parts of the amount', () => {
  const text = (total: string) =>
    doc(`“三公”经费支出15.26万元，较上年减少${total}万元，其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别比上年减少0万元、1.5万元、0.84万元。`);
  it('0 + 1.5 + 0.84 = 2.34: 较上年减少2.54万元 is the one error; 15.26 is no sum of the changes', () => {
    assert.deepEqual(summary(text('2.54')), ['3 error identity 2.54']);
    assert.deepEqual(summary(text('2.34')), []);
    assert.deepEqual(summary(doc('“三公”经费支出15.26万元，其中：因公出国（境）费、公务用车购置及运行维护费、公务接待费分别比上年减少0万元、1.5万元、0.84万元。')), []);
  });
});

describe('政府采购预算 = 货物预算 + 工程预算 + 服务预算 (the 部门预算 wording)', () => {
  it('86.5 + 40 + 20.3 = 146.8: 156.8 is an error though the parts fall short (the three are all of it)', () => {
    const text = (t: string) => doc(`2024年度政府采购预算总额为${t}万元，其中：政府采购货物预算86.5万元、政府采购工程预算40万元、政府采购服务预算20.3万元。`);
    assert.deepEqual(summary(text('156.8')), ['3 error sum-of-parts 156.8']);
    assert.deepEqual(summary(text('146.8')), []);
  });
});

describe('a 其中 list after a sentence of no amount, or after a paragraph with two amounts (helpers’ long-document and PDF probes)', () => {
  it('`本年支出合计…。主要原因是项目支出增加。其中：基本支出…，项目支出…，经营支出…`: the list is of the 合计, all three parts', () => {
    const text = (business: string) => doc(`本年支出合计76920.81万元。主要原因是项目支出增加。其中：基本支出24731.59万元，项目支出51703.02万元，经营支出${business}万元。`);
    assert.deepEqual(summary(text('486.20')), []);
    assert.ok(checks(text('486.20')).some((c) => c.rule === 'sum-of-parts' && c.figure === '76920.81' && c.holds));
    assert.deepEqual(summary(text('586.20')), ['3 error sum-of-parts 76920.81']);
  });

  it('a paragraph opening on 其中 whose 三公 items make the 实际支出 before, not the 预算 named 三公: silent', () => {
    const text = doc('2023年度“三公”经费预算22.98万元，实际支出18.35万元，控制在预算以内。', '“三公”经费控制率79.85%。', '其中：因公出国（境）费0万元；公务用车运行维护费12.49万元；公务接待费5.86万元。');
    assert.deepEqual(summary(text), []);
  });
});

describe('a paragraph that names an identity’s total before its 其中, the total stated paragraphs before (a helper’s slip probe)', () => {
  const text = (staff: string) =>
    doc('全年实际支出1991.32万元，其中基本支出1384.96万元，项目支出606.36万元。', '2023年度全年预算数2099.72万元，全年执行数1991.32万元，预算执行率94.84%。', `基本支出主要用于保障机关正常运转。其中：人员经费${staff}万元；公用经费221.79万元。`);

  it('人员经费 + 公用经费 against the 基本支出 two paragraphs up: 1194.57 + 221.79 = 1416.36 against 1384.96', () => {
    assert.deepEqual(summary(text('1194.57')), ['3 error identity 1384.96']);
    assertConsistent(text('1163.17'), 'identity', '1384.96');
  });

  it('not without the name before the 其中', () => {
    const unnamed = doc('全年实际支出1991.32万元，其中基本支出1384.96万元，项目支出606.36万元。', '2023年度全年预算数2099.72万元，全年执行数1991.32万元。', '其中：人员经费1194.57万元；公用经费221.79万元。');
    assert.deepEqual(summary(unnamed).filter((s) => s.includes('identity')), []);
  });
});

describe('总计 ≥ 本年合计 only of one year (a helper’s 决算说明 probe)', () => {
  it('`2018年度收入总计1794.97万元` beside `2019年度本年收入合计2315.01万元` is no 总计 under its 合计', () => {
    const text = doc('2019年度收入总计2361.80万元，2018年度收入总计1794.97万元。', '2019年度本年收入合计2315.01万元。');
    assert.deepEqual(summary(text).filter((s) => s.includes('identity')), []);
  });
});

describe('总支出 = 基本支出 + 项目支出 does not hold beside a third kind of spending (a helper’s 决算说明 probes)', () => {
  it('本年支出合计 700.00 = 600.12 + 67.60 + 上缴上级支出 32.28: silent; without the third, 667.72 is wanted', () => {
    assert.deepEqual(summary(doc('2023年度本年支出合计700.00万元，主要为基本支出600.12万元，项目支出67.60万元，上缴上级支出32.28万元。')), []);
    assert.deepEqual(summary(doc('本年支出合计700.00万元。基本支出600.12万元，项目支出67.60万元，经营支出32.28万元。')), []);
    assert.deepEqual(summary(doc('本年支出合计700.00万元。基本支出600.12万元，项目支出67.60万元。')), ['3 error identity 700.00']);
  });
});

describe('the 财政拨款 totals: no 使用非财政拨款结余 nor 结余分配 there (a helper’s 决算说明 slip probes)', () => {
  it('财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余: 2156.40 against 2138.40 is an error; 2138.40 holds', () => {
    const text = (total: string) => doc(`2022年度财政拨款支出总计${total}万元，包括本年财政拨款支出2035.64万元、年末财政拨款结转和结余102.76万元。`);
    assert.equal(only(text('2156.40')).message, '财政拨款支出总计应为 2138.40万元（包括本年财政拨款支出 2035.64 + 年末财政拨款结转和结余 102.76），文中为 2156.40万元，相差 18万元；依据：财政拨款支出总计 = 本年财政拨款支出 + 年末财政拨款结转和结余');
    assertConsistent(text('2138.40'), 'identity', '2138.40');
  });
});

// The 决算说明's 政府性基金 sentence, as meiling-2020-juesuan's slips copy prints it (84.00 for 74.00).
describe('年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出, said in one sentence', () => {
  const text = (income: string) => doc(`本部门2020年度政府性基金预算财政拨款收入${income}万元，年初结转和结余12.00万元，支出86.00万元，年末结转和结余0万元。`);

  it('12.00 + 84.00 − 86.00 is 10, not 0: told on the balance; with 74.00 it holds', () => {
    assert.equal(only(text('84.00')).message, '年末结转和结余应为 10万元（年初结转和结余 12.00 + 政府性基金预算财政拨款收入 84.00 − 支出 86.00），文中为 0万元，相差 10万元；依据：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出');
    assertConsistent(text('74.00'), 'identity', '0');
  });

  it('收入方面…；支出方面… (yiliao-2024-clean-para): read across the clauses, holding', () => {
    assertConsistent(doc('收入方面，本年收入2,086.40万元，年初结转和结余84.25万元；支出方面，本年支出2,113.52万元，年末结转和结余57.13万元。'), 'identity', '57.13');
  });

  it('silent where something else moves the balance, or the 支出 named is not one figure', () => {
    assert.deepEqual(summary(doc('本年收入84.00万元，年初结转和结余12.00万元，本年支出86.00万元，结余分配5.00万元，年末结转和结余0万元。')), []);
    assert.deepEqual(summary(doc('本年收入84.00万元，年初结转和结余12.00万元，本年支出86.00万元，其中基本支出50.00万元，年末结转和结余0万元。')), []);
  });
});

describe('年末结转和结余 from last year’s carry-over named 上年结转, moves of 0 beside (sn-zhouqu-dieryey-2023)', () => {
  const text = (closing: string) =>
    doc(`2023年度上年结转和结余资金为98.45万元,本年收入1095.76万元,支出1193.35万元,用事业基金弥补收支差额0万元,结余分配0万元,年末结转和结余资金为${closing}万元。`);
  it('5862.89 where 98.45 + 1095.76 − 1193.35 = 0.86: an error', () => {
    assert.deepEqual(summary(text('5862.89')), ['3 error identity 5862.89']);
    assertConsistent(text('0.86'), 'identity', '0.86');
  });
  it('a move that is not 0 leaves the identity unread', () => {
    assert.deepEqual(summary(text('5862.89').replace('结余分配0万元', '结余分配3万元')), []);
  });
});
