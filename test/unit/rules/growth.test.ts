// growth: `增加A，增长B%` → B = A ÷ (current − A); `减少A，下降B%` → B = A ÷ (current + A).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, checks, doc, findings, only, summary } from './helpers';

const spending = (g: string) => doc(`2023年支出1000.00万元，同比增加100.00万元，增长${g}%。`);

describe('growth', () => {
  it('100 ÷ (1000 − 100) = 11.11%: holds', () => {
    // A ∈ [99.995, 100.005], base ∈ [899.99, 900.01] → [11.110432%, 11.111790%] meets [11.105, 11.115].
    assertConsistent(spending('11.11'), 'growth', '11.11');
  });

  it('11.12% is just outside ([11.115, 11.125] > 11.111790): only its last digit is off, a warning, with the fix', () => {
    const text = spending('11.12');
    const f = only(text);
    assert.equal(f.rule, 'growth');
    assert.equal(f.severity, 'warning');
    assert.equal(f.figure, '11.12');
    assert.equal(f.message, '增长幅度应为 11.11%（同比增加 100.00 ÷ (支出 1000.00 − 100.00)），文中为 11.12%，相差 0.01 个百分点；只差末位');
    assert.equal(f.fix, '11.11');
    assert.equal(applyFix(text, f), spending('11.11'));
  });

  it('11.10% is just outside below ([11.095, 11.105] < 11.110432)', () => {
    assert.deepEqual(summary(spending('11.10')), ['3 warning growth 11.10']);
  });

  it('a one-decimal rate is read to ± 0.05: 11.1% holds, 11.2% does not', () => {
    assertConsistent(spending('11.1'), 'growth', '11.1');
    assert.equal(only(spending('11.2')).fix, '11.11');
  });

  it('whole 万元 throughout with rates to the hundredth: the amounts were rounded after the rates (helpers’ 三公 probes)', () => {
    // 25 ∈ [24.5, 25.5], 386 ∈ [385.5, 386.5]: 24.5 ÷ 411 … 25.5 ÷ 411 → [5.96%, 6.20%] holds 6.13%; 7.13% does not.
    assertConsistent(doc('县本级“三公”经费支出386万元，比上年减少25万元，下降6.13%。'), 'growth', '6.13');
    assert.deepEqual(summary(doc('县本级“三公”经费支出386万元，比上年减少25万元，下降7.13%。')), ['3 error growth 7.13']);
    assertConsistent(doc('县本级“三公”经费支出386万元，其中公务接待费117万元，占30.28%。'), 'share', '30.28');
  });

  const staff = (g: string) => doc(`2023年在职人员2349人，较上年增加349人，增长${g}%。`);

  it('counts are exact: 349 ÷ 2000 = 17.45% exactly, on the bound of 17.4% ([17.35, 17.45]): holds', () => {
    assertConsistent(staff('17.4'), 'growth', '17.4');
    assertConsistent(staff('17.5'), 'growth', '17.5');
  });

  it('counts are exact: 17.3% ([17.25, 17.35]) is outside 17.45%', () => {
    const f = only(staff('17.3'));
    assert.equal(f.figure, '17.3');
    assert.equal(f.fix, '17.45');
  });

  it('a decrease in 元 with spaces (`下降 15.87 %`): 166237.5 ÷ (881300.39 + 166237.5) = 15.869354%', () => {
    const text = (g: string) => doc(`2023年支出881300.39元，较上年减少166237.5元，下降 ${g} %。`);
    assertConsistent(text('15.87'), 'growth', '15.87');
    const f = only(text('15.88'));
    assert.equal(f.message, '下降幅度应为 15.87%（较上年减少 166237.5 ÷ (支出 881300.39 + 166237.5)），文中为 15.88%，相差 0.01 个百分点；只差末位');
    // Two digits off is an error, as before.
    assert.equal(only(text('15.89')).severity, 'error');
  });

  it('a growth rate against 上年 with no amount stated is not checked', () => {
    assert.deepEqual(findings(doc('2023年支出1000万元，较上年增长11.11%。')), []);
  });

  it('a base stated as last year’s figure is the base itself: 比上年的11449.77万元增加1036.58万元 → 9.05%', () => {
    const text = (g: string) => doc(`收入合计比上年的11449.77万元增加1036.58万元，同比增长${g}%。`);
    // 1036.58 ÷ 11449.77 = 9.0533%; read as this year's, it would give 1036.58 ÷ 10413.19 = 9.95%.
    assertConsistent(text('9.05'), 'growth', '9.05');
    const f = only(text('9.95'));
    assert.equal(f.message, '增长幅度应为 9.05%（增加 1036.58 ÷ 上年收入合计 11449.77），文中为 9.95%，相差 0.9 个百分点');
  });

  it('本年…，上年…，较上年增加…: growth is over the figure labelled 上年', () => {
    const text = doc('本年支出2,113.52万元，上年支出1,957.30万元，较上年增加156.22万元，增长7.98%。');
    assertConsistent(text, 'growth', '7.98');
  });

  it('a base dated by its year (`比2023年的931.46万元增加53.65万元`) is the base itself', () => {
    const text = (g: string) => doc(`2024年支出985.11万元，比2023年的931.46万元增加53.65万元，增长${g}%。`);
    assertConsistent(text('5.76'), 'growth', '5.76');
    assert.equal(only(text('6.11')).message, '增长幅度应为 5.76%（增加 53.65 ÷ 2023年 931.46），文中为 6.11%，相差 0.35 个百分点');
  });

  it('a change signed against its word (`减少-1.08万元`) is not read', () => {
    assert.deepEqual(findings(doc('公用经费28.73万元，较上年减少-1.08万元，下降3.62%。')), []);
  });

  it('`决算比上年减少…` names no figure to look for in another paragraph', () => {
    assert.deepEqual(findings(doc('义务兵优待决算22.50万元。', '', '公用经费年中未作调整，决算比上年减少3.40万元，下降2.04%。')), []);
  });

  it('`同2023年的…相比`, `与2023年支出…相比`: the figure named after the comparison and its year is the base', () => {
    assertConsistent(doc('2024年决算支出985.11万元，同2023年的931.46万元相比增加53.65万元，增幅5.76%。'), 'growth', '5.76');
    assertConsistent(doc('2024年决算支出985.11万元，与2023年支出931.46万元相比，增加53.65万元，增长5.76%。'), 'growth', '5.76');
  });

  it('an unnamed comparison right after a 其中 list may be of the last part or of the whole: not read', () => {
    assert.deepEqual(findings(doc('“三公”经费决算数12.36万元，其中：公务用车运行维护费8.36万元，公务接待费4万元，较上年减少1.84万元，下降12.96%。')), []);
  });

  it('an aside in brackets is never what is compared (`4.38万元（其中…1.48万元），比上年减少0.62万元`)', () => {
    assert.deepEqual(findings(doc('“三公”经费支出4.38万元（其中公务用车运行维护费2.90万元、公务接待费1.48万元），比上年减少0.62万元，下降12.40%。')), []);
  });
});

describe('growth in published wording', () => {
  it('a share between the amount and its change does not hide the comparison (梧州 2025 预算说明)', () => {
    // 16803.36 ÷ (116433.12 − 16803.36) = 16.87%; 14.43% divides by this year instead.
    const text = doc('(二)社会保障和就业支出类科目 116433.12 元,占支出总预算 10.73 %,同比增加 16803.36 元,增长 14.43%。');
    assert.deepEqual(summary(text), ['3 error growth 14.43']);
  });

  it('another comparison’s change is never the figure compared (梧州 2020 三公: 比预算增加0万元)', () => {
    // 1.55 ÷ (5.48 − 1.55) = 39.44%: the printed 39.4% is right.
    const text = doc('“三公”经费支出决算总额为 5.48 万元,比预算增加 0 万元,比去年增加1.55 万元,增长 39.4%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('growth printed by truncation', () => {
  it('38.2877% printed 38.28% (大邑 2022): a warning that says it looks truncated', () => {
    // 2570.97 ÷ (4143.91 + 2570.97) = 38.2877%, which rounds to 38.29.
    const text = doc('2022年一般公共预算财政拨款支出4143.91万元，比上年减少2570.97万元，下降38.28%。');
    const f = only(text);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /应为 38\.29%.*；只差末位：像是截断而非四舍五入$/);
    assert.equal(f.fix, '38.29');
  });
});

describe('growth: comparisons as published', () => {
  it('减少支出 names the change (长乐 2017): 613.80 ÷ (1360.13 + 613.80) = 31.10%, not 36.0%', () => {
    const text = doc('2017年区级“三公”经费公共财政拨款支出1360.13万元，比上年减少支出613.80万元，下降36.0%。');
    assert.deepEqual(summary(text), ['3 error growth 36.0']);
  });

  it('a change named after its subject (公务用车运行费减少) is that figure’s: 596.98 ÷ 1713.12 = 34.85%', () => {
    const text = doc('2、公务用车运行费1116.14万元，年末公务用车保有量404辆，与2016年相比，公务用车运行费减少596.98万元，下降39.8%。');
    assert.deepEqual(summary(text), ['3 error growth 39.8']);
  });

  it('a second comparison speaks of the same figure, and the message says 7.83% divides by this year (铜梁 2021)', () => {
    const text = doc('2021年“三公”经费支出共计9.07万元，较年初预算数减少10.93万元，下降54.65%，较上年支出数减少0.71万元，下降7.83%。');
    const f = only(text);
    assert.equal(f.figure, '7.83');
    assert.match(f.message, /应为 7\.26%.*以本期数为分母算出的（0\.71 ÷ 9\.07）/);
    assertConsistent(text.replace('7.83', '7.26'), 'growth', '54.65');
  });
});

describe('growth: a bracketed rate, a base stated as a figure', () => {
  it('a bare rate in brackets after a change (新城区卫计局 2019): 1.5 ÷ (2.30 + 1.5) = 39.47%, not 42.86%', () => {
    const text = doc('2、公务接待费2.30万元，较上年减少1.5万元（42.86%），减少的主要原因是压缩接待费开支。');
    const f = only(text);
    assert.equal(f.figure, '42.86');
    assert.match(f.message, /应为 39\.47%/);
  });

  it('no change amount, the earlier figure as the base (大英 2023): (2 − 1.50) ÷ 1.50 = 33.33%, not 75%', () => {
    const text = (r: string) => doc(`（二）培训费2023年预算2万元，较2022年预算1.50万元增长${r}%，主要原因是增加了培训次数。`);
    assert.deepEqual(summary(text('75')), ['3 error growth 75']);
    assertConsistent(text('33.33'), 'growth', '33.33');
  });

  it('lists paired by position are not read as a stated base (分别增加…分别增长)', () => {
    const text = doc('基本支出、项目支出较上年分别增加12.43万元、42.25万元，分别增长2.71%、26.41%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('growth of a part that a list goes on after', () => {
  it('each item of a 其中 list with its own comparison (牟定 2017): 15.18 ÷ (201.25 − 15.18) = 8.158%, printed 8.15', () => {
    const text = doc(
      '2017年“三公”经费支出决算汇总数为583.83万元，较2016年减少26.89万元，下降4.4%。其中：因公出国（境）费为0万元，较2016年减少0万元；公务接待费为201.25万元，较2016年增加15.18万元，增长8.15%；公务用车购置及运行维护费为382.58万元，较2016年减少42.08万元，下降9.9%。',
    );
    const f = only(text);
    assert.equal(f.figure, '8.15');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /像是截断而非四舍五入/);
  });

  it('the last part’s comparison may be the whole’s: not read', () => {
    const text = doc('2023年支出合计100万元，其中：基本支出60万元，项目支出40万元，较上年增加5万元，增长50%。');
    assert.deepEqual(summary(text).filter((s) => s.includes('growth')), []);
  });
});

describe('growth: 减幅, and a subject the year took', () => {
  it('“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02% (临沧 2018): 0.06 ÷ (2.7 + 0.06) = 2.17%', () => {
    const text = doc(
      '2018年财政拨款“三公”经费预算总额为2.7万元，其中，因公出国（境）费支出0万元，公务用车购置及运行费支出1.5万元，公务接待费支出1.2万元。',
      '2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。',
    );
    const f = only(text);
    assert.equal(f.figure, '0.02');
    assert.match(f.message, /应为 2\.17%/);
  });
});

describe('growth past a rate of the figure', () => {
  it('完成预算的80% between the amount and its change does not hide the comparison: 2 ÷ (8 + 2) = 20%', () => {
    const text = doc('2023年度“三公”经费支出决算数为8.00万元，完成预算的80.00%，比上年决算减少2.00万元，下降25.00%。');
    const f = only(text);
    assert.equal(f.figure, '25.00');
    assert.match(f.message, /应为 20\.00%.*以本期数为分母算出的（2\.00 ÷ 8\.00）/);
  });

  it('大邑 2023: 决算为3.46万元，完成预算100%，较上年增加2.4万元，增长0.24% (2.4 ÷ 1.06 = 226%)', () => {
    const f = only(doc('2022年“三公”经费财政拨款支出决算为3.46万元，完成预算100%，较上年增加2.4万元，增长0.24%。'));
    assert.equal(f.figure, '0.24');
  });
});

describe('经比较 is a verb, not a comparison with a year', () => {
  it('涪陵 2020: 经比较2020年度…经费41万元，较上年减少19万元，下降43.78% → 19 ÷ (41 + 19) = 31.67%', () => {
    const text = doc('经比较2020年度镇本级“三公”经费41万元，较上年减少19万元，下降43.78%，较年初预算数减少4万元，下降2.2%。');
    const got = findings(text).map((f) => `${f.figure} ${f.message.match(/应为 ([\d.]+%)/)?.[1]}`);
    assert.deepEqual(got, ['43.78 31.67%', '2.2 8.89%']);
  });
});

describe('a change whose subject follows 的 or an adverb (sg-yuzhong-2017 line 98)', () => {
  const text = (r: string) =>
    doc(
      `2017年度渝中区一般公共预算财政拨款开支的“三公”经费总支出为4,333.33万元。与上年相比,2017年度的“三公”经费支出减少了1,276.52万元,下降了22.75%。如果剔除这一因素,2017年度渝中区一般公共预算财政拨款开支“三公”经费仍然减少了933.78万元,下降了${r}%。`,
    );

  it('both rates are of 总支出 4,333.33: 1,276.52 ÷ 5,609.85 = 22.75% holds; 933.78 ÷ 5,267.11 = 17.73%, not 16.64%', () => {
    assert.deepEqual(summary(text('16.64')), ['3 error growth 16.64']);
    assert.deepEqual(summary(text('17.73')), []);
    assert.deepEqual(checks(text('17.73')).filter((c) => c.rule === 'growth').map((c) => `${c.figure} ${c.holds}`), ['22.75 true', '17.73 true']);
  });
});

describe('a figure found by name in a sentence of the year before is the base (sg-ordos-zxfz-2022)', () => {
  const text = (a: string, b: string) =>
    doc(
      '2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车运行费用10万元。',
      '2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)经费0万元,公务接待12.39万元,公务用车运行费用7.73万元。',
      `2022年度“三公”经费预算较2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元,减少${a}%。公务用车运行费用较上年同期增加2.27万元,增长${b}%。`,
    );

  it('0.58 ÷ 12.39 = 4.68% and 2.27 ÷ 7.73 = 29.37% hold: 12.39 and 7.73 are 2021’s', () => {
    assert.deepEqual(summary(text('4.68', '29.37')), []);
    assert.deepEqual(checks(text('4.68', '29.37')).filter((c) => c.rule === 'growth').map((c) => `${c.figure} ${c.holds}`), ['4.68 true', '29.37 true']);
  });

  it('a rate that is not the change over 2021’s figure is an error', () => {
    assert.deepEqual(summary(text('4.68', '41.58')), ['5 error growth 41.58']);
  });
});

describe('增收 and 减收, revenue’s words for a change (js-dayao-czj-2024)', () => {
  it('税收收入8103万元,比上年增收1284万元,增长18.8%: 1284 ÷ (8103 − 1284) = 18.83%, and the change is no base', () => {
    const text = (r: string) => doc(`4月,税收收入8103万元,比上年增收1284万元,增长${r}%。`);
    assert.deepEqual(summary(text('18.8')), []);
    assert.ok(checks(text('18.8')).some((c) => c.rule === 'growth' && c.figure === '18.8' && c.holds));
    assert.deepEqual(summary(text('15.8')), ['3 error growth 15.8']);
    // 减收: 2354 ÷ (16524 + 2354) = 12.47%.
    assert.deepEqual(summary(doc('4月,非税收入16524万元,比上年减收2354万元,下降12.5%。')), []);
  });
});

describe('a rate that repeats the change’s word (js-sanjiang-2016)', () => {
  it('较2015年增加242622.74元,增加33.75%: 242622.74 ÷ (961456.57 − 242622.74) = 33.75%', () => {
    const text = (r: string) => doc(`2016年机关运行经费财政拨款961456.57 元,较2015年增加242622.74元,增加${r}%。`);
    assert.ok(checks(text('33.75')).some((c) => c.rule === 'growth' && c.figure === '33.75' && c.holds));
    assert.deepEqual(summary(text('25.24')), ['3 error growth 25.24']);
  });
});

describe('a base named as what is compared with (sg-diqing-czj-2021)', () => {
  it('较预算数339万元减少217万元,下降64%: 217 ÷ 339 = 64.01%; 较预算数898万元增加114万元,增长13%: 12.69%', () => {
    const text = doc('公务接待费为122万元,较上年144万元减少22万元,下降15%,较预算数339万元减少217万元,下降64%;公务用车购置及运行费为1012万元,较预算数898万元增加114万元,增长13%。');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(checks(text).filter((c) => c.rule === 'growth').map((c) => `${c.figure} ${c.holds}`), ['15 true', '64 true', '13 true']);
  });
});

describe('what a total includes, up to the ；, is an aside (js-nxjgswj-2013)', () => {
  it('收支总预算4,471.22万元,含…250万元,…537.31万元;比2012年预算增加755.18万元,增长20.32%: 755.18 ÷ 3716.04', () => {
    const text = (r: string) => doc(`机管局2013年收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费537.31万元;比2012年预算增加755.18万元,增长${r}%。`);
    assert.deepEqual(summary(text('20.32')), []);
    assert.ok(checks(text('20.32')).some((c) => c.rule === 'growth' && c.holds));
    assert.deepEqual(summary(text('25.32')), ['3 error growth 25.32']);
  });
});

describe('较去年X增加: last year’s X names what changed (js-qiannan-zyy-2016)', () => {
  it('医疗卫生支出38021.5万元,较去年医疗卫生支出增加2549.07万元,增长7.18%: 7.186%, truncated', () => {
    const text = doc('2016年总支出40976.5万元。其中:一般公共预算财政拨款支出2955万元;医疗卫生支出38021.5万元,较去年医疗卫生支出增加2549.07万元,增长7.18%。');
    assert.deepEqual(summary(text).filter((s) => s.includes('growth')), ['3 warning growth 7.18']);
    // `比上年同期增加` names no subject: 同期 is when, not what.
    assert.deepEqual(summary(doc('一般公共预算收入完成503.7亿元,比上年同期增加85.8亿元,增长20.5%。')), []);
  });
});

describe('a rate stated before its change (js-huangping-czj-2022, a revenue report)', () => {
  it('收入完成28,583万元,占调整预算105.47%,同比增长10.85%,增收2,798万元: 2798 ÷ 25785 = 10.85%', () => {
    const text = (r: string) => doc(`地方一般公共预算收入完成28,583万元(自然口径),占调整预算105.47%,同比增长${r}%,增收2,798万元,完成排名全州第6位。`);
    assert.deepEqual(summary(text('10.85')), []);
    assert.ok(checks(text('10.85')).some((c) => c.rule === 'growth' && c.figure === '10.85' && c.holds));
    assert.deepEqual(summary(text('9.79')), ['3 error growth 9.79']);
  });
});

describe('a rate before its change, the change framed or in brackets (jj-wuzhong-czj-2019)', () => {
  const wuzhong = (r: string, subject = '支出') =>
    doc(`2018年市辖区城镇职工基本养老保险基金预计支出总额为117837万元,较上年增长${r}%;(其中:基本养老金支出113462万元,较上年增长11.38%;丧葬费支出4201万元,较上年增长0.91%;转移支出173万元较上年增加10.10%);${subject}较去年增加11642万元。`);
  it('较上年增长10.9%;(其中…);支出较去年增加11642万元: 11642 ÷ 106195 = 10.96%, off in the last digit', () => {
    assert.deepEqual(summary(wuzhong('10.96')), []);
    assert.ok(checks(wuzhong('10.96')).some((c) => c.rule === 'growth' && c.figure === '10.96' && c.holds), JSON.stringify(checks(wuzhong('10.96'))));
    assert.deepEqual(summary(wuzhong('10.9')), ['3 warning growth 10.9']);
    assert.deepEqual(summary(wuzhong('12.9')), ['3 error growth 12.9']);
    // A change naming another subject than the figure's is not its change.
    assert.deepEqual(summary(wuzhong('12.9', '收入')), []);
  });
  it('比上年增长12.9%(增加11642万元): the change in brackets right after its rate', () => {
    const text = (r: string) => doc(`2018年基金支出总额为117837万元,比上年增长${r}%(增加11642万元)。`);
    assert.deepEqual(summary(text('10.96')), []);
    assert.deepEqual(summary(text('12.9')), ['3 error growth 12.9']);
    assert.match(findings(text('12.9'))[0]?.message ?? '', /（增加 11642 ÷/);
  });
});

describe('合同 is no comparison word (pd-dzwww-caigou-2018)', () => {
  it('签订政府采购合同2945.55亿元,较上年增加108.41亿元,增长3.82%: 2945.55 is this year’s, 108.41 ÷ 2837.14 = 3.82%', () => {
    const text = doc('山东各级国家机关、事业单位签订政府采购合同2945.55亿元,较上年增加108.41亿元,增长3.82%。');
    assert.deepEqual(summary(text), []);
    assert.ok(checks(text).some((c) => c.rule === 'growth' && c.holds));
  });
});

describe('the year a January report calls 去年 (rd-alashan-czj-2020)', () => {
  it('去年全年…累计完成310682万元,同比增加23188万元,增长8.1%: 23188 ÷ 287494 = 8.07%, the figure is the current one', () => {
    const text = (r: string) => doc(`1月7日,记者从盟财政局获悉,经初步统计,去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长${r}%。`);
    assert.deepEqual(summary(text('8.1')), []);
    assert.ok(checks(text('8.1')).some((c) => c.rule === 'growth' && c.figure === '8.1' && c.holds));
    assert.deepEqual(summary(text('7.46')), ['3 error growth 7.46']);
  });

  it('去年省级…决算支出5亿元,比上年减少3.3亿元,下降39.8%: 3.3 ÷ 8.3 = 39.76% (ys-henan-sangong-2015)', () => {
    const text = (r: string) => doc(`河南省2015年全省及省级财政收支决算情况公布,去年省级一般公共预算安排的“三公”经费决算支出5亿元,比上年减少3.3亿元,下降${r}%。`);
    assert.deepEqual(summary(text('39.8')), []);
    assert.deepEqual(summary(text('66')), ['3 error growth 66']);
  });

  it('上年支出…，较上年增加…: still the base as it stands', () => {
    const text = doc('上年支出1,957.30万元，较上年增加156.22万元，增长7.98%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('超收 is a difference from the budget, not what a change is of (rd-zhongjiang-czj-2019)', () => {
  it('比预算超收150万元,…税收收入…较年初预算减少6,020万元,下降11.36%: 150 is not the base', () => {
    const text = doc('2019年地方一般公共预算收入比预算超收150万元,主要是非税收入增加所致,税收收入受减税降费政策影响,较年初预算减少6,020万元,下降11.36%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('收、支总计各增加: 各 says both totals changed alike, the totals are what changed (部门决算 说明 一)', () => {
  const text = (r: string) =>
    doc(`2023年度收、支总计均为3067.64万元。与上年相比，收、支总计各增加226.27万元，增长${r}%。主要原因是追加资金。`);

  it('226.27 ÷ (3067.64 − 226.27) = 7.96%: holds; 7.69% (digits swapped) is an error', () => {
    assertConsistent(text('7.96'), 'growth', '7.96');
    assert.deepEqual(summary(text('7.69')), ['3 error growth 7.69']);
  });
});

describe('与上年相比减少 names the base, not what changed (js-tianshui-you-2017)', () => {
  it('支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%: 53.7 ÷ 1795.45 = 2.99%', () => {
    const text = (r: string) => doc(`2017年度,本单位一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低${r}%。`);
    assertConsistent(text('2.99'), 'growth', '2.99');
    assert.deepEqual(summary(text('3.08')), ['3 error growth 3.08']);
  });
});

describe('a subject named in full finds the figure named by its tail in the paragraph (sx-panlong-gulou-2018)', () => {
  it('…“三公”经费支出预算为12.04万元,支出决算为12.04万元。…“三公”经费支出决算数比2017年减少2.01万元,下降9.77%: 2.01 ÷ 14.05 = 14.31%', () => {
    const text = (r: string) =>
      doc(`盘龙区鼓楼街道办事处2018年度一般公共预算财政拨款“三公”经费支出预算为12.04万元,支出决算为12.04万元,完成预算的100%。2018年度一般公共预算财政拨款“三公”经费支出决算数比2017年减少2.01万元,下降${r}%。`);
    assert.deepEqual(summary(text('9.77')), ['3 error growth 9.77']);
    assertConsistent(text('14.31'), 'growth', '14.31');
  });
});

describe('a pair named as the subject (收、支 / 收入、支出总计)', () => {
  it('收、支与2023年度相比,减少3117.38万元,下降33.1%: 33.047%, a last-digit warning that gives the value at the text’s places (xz-rongchang-renyizhongxue-2024)', () => {
    const text = (r: string) => doc(`2024年度收、支总计均为6315.69万元。收、支与2023年度相比,减少3117.38万元,下降${r}%。`);
    const f = only(text('33.1'));
    assert.equal(`${f.severity} ${f.rule} ${f.figure}`, 'warning growth 33.1');
    assert.equal(f.message, '下降幅度应为 33.05%（减少 3117.38 ÷ (收、支总计均 6315.69 + 3117.38)），文中为 33.1%，相差 0.05 个百分点；只差末位（按文中的精度应为 33.0%）');
    assertConsistent(text('33.0'), 'growth', '33.0');
  });

  it('收入、支出总计减少6,553.42万元 is of 收入支出总计10,975.68万元 (zz-xizang-tyj-2023): 37.3859%, 37.38 truncated', () => {
    const text = (r: string) => doc(`2023年度收入支出总计10,975.68万元,与2022年度相比,收入、支出总计减少6,553.42万元,下降${r}%。`);
    assert.deepEqual(summary(text('37.38')), ['3 warning growth 37.38']);
    assertConsistent(text('37.39'), 'growth', '37.39');
  });
});

describe('a sentence opening with its comparison takes the paragraph’s amount as its subject (qt-shapingba-jcy-2016)', () => {
  const text = (r: string) =>
    doc(`本部门2016年度财政拨款收入6955.73万元,较上年决算数增加950.05万元,增长15.82%。主要原因是上年结转、项目增加及增人增资。较年初预算数减少1311.69万元,下降${r}%。主要原因是部分预算项目未使用。`);

  it('较年初预算数减少1311.69万元,下降15.86%: 1311.69 ÷ 8267.42 = 15.866%, truncated: warning', () => {
    assert.deepEqual(summary(text('15.86')), ['3 warning growth 15.86']);
    assertConsistent(text('15.87'), 'growth', '15.87');
  });

  it('two amounts before it in the paragraph: which one is meant cannot be told, silent', () => {
    const two = doc('收入6955.73万元,支出6954.57万元。主要原因是增人增资。较年初预算数减少1311.69万元,下降15.86%。');
    assert.deepEqual(summary(two), []);
  });
});

describe('a bare 收入/支出 that changed is the paragraph’s 收入总计/支出总计 (qt-shapingba-jcy-2016)', () => {
  const text = (r: string) =>
    doc(`本部门2016年度收入总计6955.73万元,支出总计6,954.57万元。与2015年决算数相比,收入增加950.05万元、增长15.82%,主要原因是上年结转、项目增加及增人增资。支出增加841.13万元,增长${r}%,主要原因是购置中心办案工作区及增人增资。`);

  it('支出增加841.13万元,增长13.36%: 841.13 ÷ (6954.57 − 841.13) = 13.76%', () => {
    const f = only(text('13.36'));
    assert.equal(f.rule, 'growth');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '增长幅度应为 13.76%（支出增加 841.13 ÷ (支出总计 6,954.57 − 841.13)），文中为 13.36%，相差 0.4 个百分点');
    assertConsistent(text('13.76'), 'growth', '13.76');
  });

  it('two 支出 totals of different amounts before it: which is meant cannot be told, silent', () => {
    const two = doc('本年支出合计100万元,支出总计120万元。与上年相比,支出增加10万元,增长9%。');
    assert.deepEqual(summary(two), []);
  });
});

describe('an amount in 元 among 万元 that the rate fits only in 万元: its unit is the slip (rl4-tianshui-fuyoubaojianyuan-2017)', () => {
  const text = (unit: string) =>
    doc(`项目支出29.36${unit},较2016 年度决算数减少973.77万元,下降97.07%,主要原因是我院2016年财政拨付1000万元政府债券并于当年支付。`);

  it('29.36元: 973.77 ÷ (29.36 + 973.77) = 97.07% in 万元 — the unit is flagged, not the rate', () => {
    const f = only(text('元'));
    assert.equal(f.rule, 'growth');
    assert.equal(f.severity, 'error');
    assert.equal(f.figure, '29.36');
    assert.equal(f.message, '项目支出 29.36元 的单位像是写错了：同段其他金额都以万元计；按万元计，下降幅度为 97.07%，与文中的 97.07% 相近');
  });

  it('29.36万元: consistent', () => {
    assertConsistent(text('万元'), 'growth', '97.07');
  });
});

describe('a total named without its 决算 (`收入支出总计各增加`) is the paragraph’s 收入支出决算总计', () => {
  const text = (r: string) => doc(`财政拨款收入支出决算总计1000.00万元,与2022年相比,财政拨款收入支出总计各增加100.00万元,增长${r}%。`);
  it('100 ÷ 900 = 11.11%: 11.2% is off in its last digit, a warning; 11.1% holds', () => {
    assert.deepEqual(summary(text('11.2')), ['3 warning growth 11.2']);
    assertConsistent(text('11.1'), 'growth', '11.1');
  });
  it('a 预算总计 is not the 总计 named: silent', () => {
    assert.deepEqual(summary(doc('财政拨款收入支出预算总计1000万元,与2022年相比,财政拨款收入支出总计各增加100万元,增长11.2%。')), []);
  });
});

describe('a rate right after two figures dated a year apart (`2023年…支出12万元,2022年支出10万元,增长25%`)', () => {
  const text = (r: string, word = '增长') => doc(`2023年“三公”经费支出12万元,2022年支出10万元,${word}${r}%。`);
  it('(12 − 10) ÷ 10 = 20%: 25% is an error, 20% holds', () => {
    const f = only(text('25'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error growth 25');
    assert.equal(f.message, '增长幅度应为 20%（(2023年“三公”经费支出 12 − 2022年支出 10) ÷ 10），文中为 25%，相差 5 个百分点');
    assertConsistent(text('20'), 'growth', '20');
  });
  it('years two apart, or names that differ, are no pair: silent', () => {
    assert.deepEqual(summary(doc('2023年“三公”经费支出12万元,2021年支出10万元,增长25%。')), []);
    assert.deepEqual(summary(doc('2023年“三公”经费支出12万元,2022年收入10万元,增长25%。')), []);
  });
});

describe('a part’s own comparison after the whole compared first (qt-changning-czj-2015)', () => {
  it('…减少3.51万元,下降0.2%。其中,因公出国(境)费65.98万元,增加53.75万元,增437.7%: 53.75 ÷ 12.23 = 439.49%', () => {
    const text = (r: string) =>
      doc(`2015年县本级“三公”经费决算支出数为1957.23万元,较2014年决算数1953.72万元增加3.51万元,增长0.2%。其中,因公出国(境)费65.98万元,增加53.75万元,增${r}%,主要是学习借鉴先进经验。`);
    assert.deepEqual(summary(text('437.7')), ['3 error growth 437.7']);
    assertConsistent(text('439.5'), 'growth', '439.5');
  });

  it('the whole not compared before its list: the comparison after the last part may be either’s, silent', () => {
    const text = doc('2015年“三公”经费决算支出数为1957.23万元。其中,因公出国(境)费65.98万元,增加53.75万元,增437.7%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('which figure a comparison is of, in fresh 部门决算 text', () => {
  it('2014年为107.89万元,较2014年增加33.66万元,增加31%: the figure dated the base year is the base (bm-shenyang-wenlian-2015)', () => {
    const text = (r: string) => doc(`2015年决算各项支出合计141.55万元,2014年为107.89万元,较2014年增加33.66万元,增加${r}%。`);
    assertConsistent(text('31'), 'growth', '31');
    assert.deepEqual(summary(text('45')), ['3 error growth 45']);
  });

  it('收入总计…,支出总计…,与2019年度相比,增加…,增长29.45%: fits 收入总计, so no finding (fj-huangyan-tyjr-2020)', () => {
    const text = (r: string) => doc(`2020年度收入总计7403.96万元,支出总计7,386.66万元,与2019年度相比,增加1,684.26万元,增长${r}%。`);
    assert.deepEqual(summary(text('29.45')), []);
    assert.deepEqual(summary(text('29.54')), []);
    assert.deepEqual(summary(text('35.1')), ['3 error growth 35.1']);
  });
});

describe('减 alone is a change (bm-rongchang-kx-2020)', () => {
  it('收入合计435.82万元,较上年决算数减65.62万元,下降13.1%: 65.62 ÷ 501.44 = 13.09%', () => {
    const text = (r: string) => doc(`2020年度收入合计435.82万元,较上年决算数减65.62万元,下降${r}%,主要原因是运行经费减少。`);
    assertConsistent(text('13.1'), 'growth', '13.1');
    assert.deepEqual(summary(text('15.1')), ['3 error growth 15.1']);
  });
});

describe('the budget a share is of is no amount that grew (rh-tunxi-czj-nd)', () => {
  it('累计完成99552万元,占年初预算数109466万元的90.9%,同比增长9.1%,增收8300万元: 8300 ÷ (99552 − 8300) = 9.10%', () => {
    const text = (r: string) => doc(`1-11月份全区一般公共预算收入累计完成99552万元,占年初预算数109466万元的90.9%,同比增长${r}%,增收8300万元。`);
    assertConsistent(text('9.1'), 'growth', '9.1');
    assert.deepEqual(summary(text('8.2')), ['3 error growth 8.2']);
  });
});

describe('a template’s either-or word left in: 增加(减少), (下降) (pd-deqin-rd-2018)', () => {
  const text = (r: string) => doc(`2018年德钦县人民代表大会常务委员会一般公共预算财政拨款“三公”经费支出合计9.75万元,较预算数增加(减少)0.03万元,(下降)${r}%。`);
  it('0.3% fits one direction (0.03 ÷ 9.72 = 0.31%, 0.03 ÷ 9.78 = 0.31%): read and consistent', () => {
    assertConsistent(text('0.3'), 'growth', '0.3');
  });
  it('a rate that fits neither direction is an error', () => {
    assert.deepEqual(summary(text('6')), ['3 error growth 6']);
  });
});

describe('parallel totals named one by one before 各增加 (fj-xizang-zfw-2024)', () => {
  it('收入总计7562.45万元,支出总计6632.48万元,…收入、支出总计各增加1412.7万元、2062.79万元,增长15.74%、23.72%', () => {
    const text = (rates: string) => doc(`2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各增加1412.7万元、2062.79万元,增长${rates}。`);
    assert.deepEqual(summary(text('15.74%、23.72%')), ['3 error growth 15.74', '3 error growth 23.72']);
    assert.deepEqual(summary(text('22.97%、45.14%')), []);
  });
});

describe('a change against the same year’s budget is over the budget, not the 决算 (ro-guoban-juesuan-2013)', () => {
  it('2013年…决算数为399.48万元,比2013年年初预算数减少40.52万元,下降9.2%: 40.52 ÷ 440 = 9.21%', () => {
    const text = (r: string) => doc(`2013年国务院办公厅“三公”经费财政拨款决算数为399.48万元,比2013年年初预算数减少40.52万元,下降${r}%。`);
    assertConsistent(text('9.2'), 'growth', '9.2');
    assert.deepEqual(summary(text('10.1')), ['3 error growth 10.1']);
  });
});

describe('与…相比,增幅只是N%: the base stated as what is compared with (ro-guotubu-yusuan-2011)', () => {
  it('(525725.68 − 465850.32) ÷ 465850.32 = 12.85%, not 11% (which is over this year’s)', () => {
    const text = (r: string) => doc(`但是,如果2011年中央财政拨款预算的525725.68万元,与2010年执行总额的465850.32万元相比,预算增幅只是${r}%。`);
    const f = only(text('11'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error growth 11');
    assert.match(f.message, /；文中数字是以本期数为分母算出的（59875\.36 ÷ 525725\.68），增长率应以上期数为分母$/);
    assertConsistent(text('13'), 'growth', '13');
  });
});

describe('a rate with a base of its own in its clause is not the change before it (rs-zhushan-czj-2020)', () => {
  it('比报告数49500万元增加8万元,比2019年决算数下降24.8%: the 24.8% is against the 2019 决算, not given — silent', () => {
    assert.deepEqual(summary(doc('(1)本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%。')), []);
  });
  it('同比增加8.25万元,同比增长2.8% is one comparison (pd-fangchenggang-ggzy-2018)', () => {
    const text = (r: string) => doc(`2018年收入总预算317.6万元,同比增加8.25万元,同比增长${r}%。`);
    assertConsistent(text('2.7'), 'growth', '2.7');
    assert.deepEqual(summary(text('2.8')), ['3 warning growth 2.8']);
  });
});

describe('an aside in brackets between an amount and its change is passed over (rs-minhou-czj-2020)', () => {
  it('完成78.14亿元(县本级60.4亿元,高新区17.74亿元),完成调整预算的102.72%,同比增收2.07亿元,增长6.7%: 2.72%', () => {
    const text = (r: string) => doc(`其中,全县一般公共预算收入完成78.14亿元(县本级60.4亿元,高新区17.74亿元),完成调整预算的102.72%,同比增收2.07亿元,增长${r}%。`);
    assert.deepEqual(summary(text('6.7')), ['3 error growth 6.7']);
    assertConsistent(text('2.7'), 'growth', '2.7');
  });
});

describe('为调整预算的N% is passed over like a completion rate; amounts in two units show them (ry-shaoyang-czj-2021)', () => {
  it('收入32.62亿元,为调整预算的92.66%,同比增加239万元,增长0.07%: 239万 ÷ (326200 − 239)万 = 0.07%', () => {
    const text = (r: string) => doc(`1.收入决算:2021年市级地方一般公共预算收入32.62亿元,为调整预算的92.66%,同比增加239万元,增长${r}%。`);
    assertConsistent(text('0.07'), 'growth', '0.07');
    const f = only(text('0.17'));
    assert.equal(f.message, '增长幅度应为 0.07%（同比增加 239万元 ÷ (市级地方一般公共预算收入 32.62亿元 − 239万元)），文中为 0.17%，相差 0.1 个百分点');
  });
});

describe('a text that prints 7.40 keeps 万元 to two places: 0.6万元 is 0.60 (rx-qingyang-sjj-2022)', () => {
  const text = (cell: string) =>
    [
      '项目', '预算数', '合计', '11.40', '因公出国(境)费', '0.00', '公务接待费', cell, '公务用车购置及运行维护费', '4.00', '',
      '2022年度“三公”经费支出预算为11.4万元,比2021年预算增加0.6万元,增加5%。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为7.4万元,公务用车购置及运行维护费支出预算为4万元。',
    ].join('\n');
  it('0.60 ÷ 10.80 = 5.56%, not 5%', () => {
    assert.ok(summary(text('7.40')).includes('12 error growth 5'));
  });
});

describe('a rate that fits the other direction (rc2-atushi-czj-2021)', () => {
  it('`运行维护费1490.91万元,比上年减支670.23万元,降低81.67%`: 81.67% is the rate of an increase, and the message says so', () => {
    const f = only(doc('公务用车运行维护费1490.91万元,比上年减支670.23万元,降低81.67%。'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error growth 81.67');
    assert.equal(
      f.message,
      '下降幅度应为 31.01%（比上年减支 670.23 ÷ (公务用车运行维护费 1490.91 + 670.23)），文中为 81.67%，相差 50.66 个百分点；文中数字按增加计算相符（670.23 ÷ (1490.91 − 670.23)），“减少”“下降”等用词可能有误',
    );
  });
});

describe('the change named 增加额 after its rate (rc1-neimenggu-zyzz-2008)', () => {
  it('`…654.7亿元,比上年同期增长17%,增加额达98.8亿元`: 98.8 ÷ (654.7 − 98.8) = 17.77%, not 17%', () => {
    const text = (r: string) => doc(`截至今年9月中旬,财政部补助内蒙古各项资金已经达到654.7亿元,比上年同期增长${r}%,增加额达98.8亿元。`);
    const f = only(text('17'));
    assert.equal(`${f.line} ${f.rule} ${f.figure}`, '3 growth 17');
    assert.match(f.message, /^增长幅度应为 17\.77%（增加额 98\.8 ÷ \(财政部补助内蒙古各项资金已经 654\.7 − 98\.8\)）/);
    assertConsistent(text('17.77'), 'growth', '17.77');
  });
});

describe('a 政府采购 kind names its amount of the paragraph (rc4-guangxi-czt-cgtj-2021)', () => {
  const text = (r: string) =>
    doc(`全区实际完成采购金额467.56亿元,比上年同期增加75.5亿元,增幅19.26%。其中,货物类完成182.64亿元,工程类完成139.13亿元,服务类完成145.79亿元。服务类采购规模比上年同期增加84.12亿元,增幅${r}%。`);
  it('服务类采购规模比上年同期增加84.12: of 服务类完成145.79, 84.12 ÷ 61.67 = 136.40%; 136.44 is a last-digit miss', () => {
    const f = only(text('136.44'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning growth 136.44');
    assertConsistent(text('136.4'), 'growth', '136.4');
  });
});

describe('an amount put in 亿元 beside amounts in 万元 is rounded at its printed precision (re2-zhenjiang-zlyy-2021)', () => {
  it('`财政补助收入1.1亿元,同比减少3016.53万元,降幅21.25%`: 1.05–1.15亿 holds 21.25%; 30% fits no value of it', () => {
    const text = (r: string) => doc(`2021年医院财政补助收入1.1亿元,同比减少3016.53万元,降幅${r}%。`);
    assertConsistent(text('21.25'), 'growth', '21.25');
    assert.deepEqual(summary(text('30')), ['3 error growth 30']);
  });

  it('not where the paragraph keeps 亿元 to two places: `26.81亿元,…增加3.1亿元,增长13.18%` is 3.10 — 13.07% (se-jiangsu-gaoxiao-yusuan-2020)', () => {
    const text = (r: string) =>
      doc(`其中,苏州大学收支预算合计34.06亿元,与上年相比增加93050.89万元,增长37.59%,位居榜首。扬州大学收支预算合计26.81亿元,与上年相比增加3.1亿元,增长${r}%。`);
    assert.deepEqual(summary(text('13.18')), ['3 error growth 13.18']);
    assertConsistent(text('13.07'), 'growth', '13.07');
  });
});

describe('收支 names the 收入 and 支出 totals when they are one amount (rf1-yuzhong-jkzx-2021, rd2-chengkou-gxs-2022)', () => {
  const text = (income: string, r: string) => doc(`2021年度收入总计${income}万元,支出总计16062.73万元。收支较上年决算数增加1995.90万元,增长${r}%。`);
  it('1995.90 ÷ (16062.73 − 1995.90) = 14.1887%, printed 14.18: truncated, a warning', () => {
    const f = only(text('16062.73', '14.18'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning growth 14.18');
    assertConsistent(text('16062.73', '14.19'), 'growth', '14.19');
  });
  it('totals that differ name no one amount: no growth read', () => {
    assert.ok(!checks(text('16100.00', '14.18')).some((c) => c.rule === 'growth'));
  });
});

describe('a shortfall against the budget is no amount that grew (rg2-gangu-czj-2024)', () => {
  it('`收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%,减收4800万元`: 4800 ÷ (42100 + 4800) = 10.23%', () => {
    const text = (r: string) => doc(`2024年一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降${r}%,减收4800万元。`);
    assertConsistent(text('10.2'), 'growth', '10.2');
    assert.deepEqual(summary(text('12.2')), ['3 error growth 12.2']);
  });
});

describe('a rate on another basis than the amounts stated (rh3-panyu-czj-2022)', () => {
  it('`同比减收92,021万元,剔除留抵退税后同口径下降6.07%`: no rate of 92,021 — silent; the plain form is read', () => {
    assert.deepEqual(summary(doc('2022年税收收入720,801万元,同比减收92,021万元,剔除留抵退税后同口径下降 6.07%。')), []);
    assert.deepEqual(summary(doc('2022年税收收入720,801万元,同比减收92,021万元,下降6.07%。')), ['3 error growth 6.07']);
  });
});

describe('an amount over or short of the budget is an aside (rh1-gangu-czj-2023)', () => {
  it('`政府性基金收入34519万元,完成预算20000万元的172.6%,超收14519万元,同比减收11469万元,下降24.9%`: 11469 ÷ 45988', () => {
    const text = (r: string) => doc(`2023年,政府性基金收入34519万元,完成预算20000万元的172.6%,超收14519万元,同比减收11469万元,下降${r}%。`);
    assertConsistent(text('24.9'), 'growth', '24.9');
    assert.deepEqual(summary(text('20.9')), ['3 error growth 20.9']);
  });
});

describe('after `比2024年`, the name before 增加 is what is compared with (rj1-xiangzhou-huopaizhen-2025)', () => {
  it('`收入预算842.79万元,比2024年单位预算收入增加62.15万元,增长7%`: 62.15 ÷ 780.64 = 7.96%; 7% divides by this year', () => {
    const text = (r: string) => doc(`2025年本单位收入预算842.79万元,比2024年单位预算收入增加62.15万元,增长${r}%。`);
    const f = only(text('7'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error growth 7');
    assert.match(f.message, /文中数字是以本期数为分母算出的（62\.15 ÷ 842\.79）/);
    assertConsistent(text('8'), 'growth', '8');
  });
});

describe('growth: a base dated the year before, and a negative 增长 after a decrease', () => {
  it('2024年…856.24万元，2023年为800.12万元，增加56.12万元: the rate is of 800.12 (7.01%), not of 800.12 − 56.12', () => {
    const text = (r: string) => doc(`2024年一般公共服务支出856.24万元，2023年为800.12万元，增加56.12万元，增长${r}%。`);
    assertConsistent(text('7.01'), 'growth', '7.01');
    assert.deepEqual(summary(text('8.01')), ['3 error growth 8.01']);
  });
  it('较上年减少120万元，增长-9.23%: −120 ÷ 1300.25 = −9.23%, right; −12.23% is an error', () => {
    const text = (r: string) => doc(`2023年度财政拨款收入、支出总计1180.25万元，较上年减少120万元，增长${r}%。`);
    assertConsistent(text('-9.23'), 'growth', '-9.23');
    assert.deepEqual(summary(text('-12.23')), ['3 error growth -12.23']);
  });
});

describe('growth against last year’s figure stated alone right before it (上年为X，增长Y%)', () => {
  it('(1256.38 − 1108.24) ÷ 1108.24 = 13.37%: 15.37% is an error; 13.37% holds', () => {
    const text = (r: string) => doc(`本年收入合计1256.38万元，上年为1108.24万元，增长${r}%。`);
    assert.deepEqual(summary(text('15.37')), ['3 error growth 15.37']);
    assertConsistent(text('13.37'), 'growth', '13.37');
  });

  it('a negative amount (`支出决算为-7.80万元`) is no level to take a rate of: no finding, so no fix that its own check rejects (a code-actions property counterexample)', () => {
    const text = doc('公务用车购置及运行维护费预算为8.00万元，支出决算为-7.80万元，完成预算的97.5%；较上年减少0.60万元，增长7.14%。');
    assert.deepEqual(summary(text).filter((s) => s.includes('growth')), []);
  });

  it('last year’s figure dated in its own clause (`2022年度为1326.80万元，增长10.31%`) is the base: 9.31% is right, 10.31% an error', () => {
    const text = (r: string) => doc(`2023年度本年支出合计1450.30万元，2022年度为1326.80万元，增长${r}%。`);
    assertConsistent(text('9.31'), 'growth', '9.31');
    const f = only(text('10.31'));
    assert.equal(`${f.rule} ${f.figure} → ${f.fix}`, 'growth 10.31 → 9.31');
    assert.match(f.message, /^增长幅度应为 9\.31%（\(本年支出合计 1450\.30 − 2022年本年支出合计 1326\.80\) ÷ 1326\.80）/);
    // Named again (`2022年度支出总计…`), or under another name: only the same name, or none, is the base.
    assert.deepEqual(summary(doc('2023年度支出总计1263.62万元，2022年度支出总计1108.24万元，较上年增长12.02%。')), ['3 error growth 12.02']);
    assert.deepEqual(summary(doc('2023年度支出总计1263.62万元，2022年度项目支出1108.24万元，较上年增长12.02%。')), []);
  });

  it('the subject named with its budget (`…支出预算为60.00万元，支出决算为35.44万元`): the change is of the 决算 restated after it (probe-r)', () => {
    const text = (r: string) => doc(`“三公”经费财政拨款支出预算为60.00万元，支出决算为35.44万元。与2021年度相比，“三公”经费财政拨款支出减少5.58万元，下降${r}%。`);
    assertConsistent(text('13.6'), 'growth', '13.6');
    assert.deepEqual(summary(text('15.6')), ['3 error growth 15.6']);
    const general = (r: string) => doc(`一般公共预算财政拨款支出年初预算为2,960.00万元，支出决算为3,040.12万元。与2022年度相比，一般公共预算财政拨款支出增加163.72万元，增长${r}%。`);
    assertConsistent(general('5.69'), 'growth', '5.69');
  });
});


describe('a base dated by the year opening its stretch of the sentence (a helper’s restatement probe)', () => {
  it('`…；2022年预算数31.50万元，决算数21.46万元。2023年决算数比上年减少9.00万元，下降41.94%`: 9.00 ÷ 21.46 = 41.94% holds', () => {
    const text = doc('2023年决算数12.46万元；2022年预算数31.50万元，决算数21.46万元。2023年决算数比上年减少9.00万元，下降41.94%。');
    assertConsistent(text, 'growth', '41.94');
  });
});

describe('a bare budget right after the 决算 is an aside; 比上年 compares the 决算 (a helper’s 预算说明 probe)', () => {
  it('决算12.35万元，预算20.00万元，比上年减少3.11万元，下降20.12%: 3.11 ÷ 15.46 holds (it drew 应为 13.46%, of the budget)', () => {
    const text = (r: string) => doc(`“三公”经费支出决算12.35万元，预算20.00万元，比上年减少3.11万元，下降${r}%。`);
    assertConsistent(text('20.12'), 'growth', '20.12');
    assert.equal(only(text('21.12')).message, '下降幅度应为 20.12%（比上年减少 3.11 ÷ (“三公”经费支出决算 12.35 + 3.11)），文中为 21.12%，相差 1 个百分点');
    assertConsistent(doc('机关运行经费支出87.78万元，年初预算92.00万元，比上年增加4.56万元，增长5.48%。'), 'growth', '5.48');
  });
});

describe('figures dated by year, newest first or listed, in a helper’s 三公 probes', () => {
  it('`2023年决算31.02万元，2022年决算26.48万元，增加4.54万元，增长17.15%`: 26.48 is the base (4.54 ÷ 26.48); 18.15% is an error', () => {
    const text = (r: string) => doc(`公务接待费2023年决算31.02万元，2022年决算26.48万元，增加4.54万元，增长${r}%。`);
    assertConsistent(text('17.15'), 'growth', '17.15');
    assert.deepEqual(summary(text('18.15')), ['3 error growth 18.15']);
  });
  it('amounts of a list of years (2023年、2022年…分别为…) and a rate naming other years (2023年比2021年) are not read', () => {
    assert.deepEqual(summary(doc('2023年、2022年“三公”经费支出分别为12.64万元、30.72万元，同比减少18.08万元，下降58.85%。')), []);
    assert.deepEqual(summary(doc('“三公”经费2023年12.64万元，2022年14.23万元，2021年16.80万元，2023年比2021年下降24.76%。')), []);
  });
});

describe('the base of a growth rate, in a helper’s Word-pasted 自评报告', () => {
  it('`本年支出较上年决算数6714.99万元增加175.56万元，增长2.61%`: 6714.99 is last year’s (it drew 应为 2.68%)', () => {
    const text = (r: string) => doc(`本年支出较上年决算数6714.99万元增加175.56万元，增长${r}%。`);
    assertConsistent(text('2.61'), 'growth', '2.61');
    assert.equal(only(text('2.81')).message, '增长幅度应为 2.61%（增加 175.56 ÷ 上年决算数 6714.99），文中为 2.81%，相差 0.2 个百分点');
    assertConsistent(doc('本年支出较年初预算2500.00万元增加310.36万元，增长12.41%。'), 'growth', '12.41');
  });
  it('`2022年度支出5185.87万元，2023年度较上年增加975.90万元`: the figure dated the year before the change’s is its base', () => {
    const text = (r: string) => doc(`2022年度支出5185.87万元，2023年度较上年增加975.90万元，增长${r}%。`);
    assertConsistent(text('18.82'), 'growth', '18.82');
    assert.deepEqual(summary(text('19.82')), ['3 error growth 19.82']);
    assertConsistent(doc('2022年“三公”经费支出19.49万元，2023年减少2.75万元，下降14.11%。'), 'growth', '14.11');
  });
  it('`超过全年预算8.82万元` is a gap, not the 全年预算 a later sentence compares', () => {
    assert.deepEqual(summary(doc('全年执行941.92万元，超过全年预算8.82万元。', '全年预算较年初预算增加168.57万元，增长22.05%。')), []);
  });
});

describe('a series of three years and a rate against the year it names (a helper’s 预算 probe)', () => {
  it('`…2022年预算201.3万元，2023年预算192.17万元，2024年预算182.42万元，比2022年下降9.38%`: not of 2023’s — silent', () => {
    assert.deepEqual(summary(doc('公用经费2022年预算201.3万元，2023年预算192.17万元，2024年预算182.42万元，比2022年下降9.38%。')), []);
    assert.deepEqual(summary(doc('公用经费2023年预算192.17万元，2024年预算182.42万元，比2023年下降6.07%。')).filter((s) => s.includes('growth')), ['3 error growth 6.07']);
  });
});

describe('a figure said by the way before 比上年 (a helper’s 部门预算 probes)', () => {
  it('an average, a highest amount, the items of 包括/主要用于/含 are not what is compared: silent', () => {
    for (const text of [
      '2024年人员经费1,530.48万元，人均18.89万元，比上年增加68.38万元，增长4.68%。',
      '2024年公务用车运行维护费9.6万元，单车年均1.2万元，比上年减少0.8万元，下降7.69%。',
      '机关运行经费预算236.8万元，主要用于办公费20万元、水电费15万元等，比上年减少18.2万元，下降7.14%。',
      '基本支出1,712.9万元，包括人员经费1,530.48万元、公用经费182.42万元，比上年增加58.63万元，增长3.54%。',
      '2024年项目支出974.55万元，单个项目最高520万元，比上年增加115.9万元，增长13.5%。',
      '2024年基本支出1,712.9万元，包括人员经费1,530.48万元、公用经费182.42万元，比上年预算1,654.27万元增加58.63万元。',
      '2024年基本支出1,712.9万元，包括人员经费1,530.48万元、公用经费182.42万元，高于上年预算1,654.27万元。',
      '2024年“三公”经费预算12.8万元，含公务接待费3.2万元，比上年预算36.9万元减少24.1万元。',
      '人员经费和公用经费较上年分别增加68.38万元和减少9.75万元，增幅分别为4.68%和-5.07%。',
    ]) assert.deepEqual(summary(doc(text)), [], text);
  });
  it('the sentence’s amount is still checked: 4.86% for 68.38 ÷ 1462.10 is an error', () => {
    assert.deepEqual(summary(doc('2024年人员经费1,530.48万元，人均18.89万元，比上年增加68.38万元，增长4.86%。')), ['3 error growth 4.86']);
  });
});

describe('a rate against last year whose figure is in the sentence before (a helper’s 自评 slip probe)', () => {
  it('`2022年全年执行数1712.9万元。2023年全年执行数1836.42万元，同比增长7.12%。`: 123.52 ÷ 1712.9 = 7.21% — an error', () => {
    const text = (r: string) => ['2023年度部门整体支出绩效自评报告', `2022年全年执行数1712.9万元。2023年全年执行数1836.42万元，同比增长${r}%。`].join('\n');
    assert.equal(only(text('7.12')).message, '增长幅度应为 7.21%（(全年执行数 1836.42 − 2022年全年执行数 1712.9) ÷ 1712.9），文中为 7.12%，相差 0.09 个百分点');
    assert.deepEqual(summary(text('7.21')), []);
  });
  it('not when the figure before is of another name or year', () => {
    assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', '2022年全年预算数1712.9万元。2023年全年执行数1836.42万元，同比增长7.12%。'].join('\n')), []);
    assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', '2021年全年执行数1712.9万元。2023年全年执行数1836.42万元，同比增长7.12%。'].join('\n')).filter((s) => s.includes('growth')), []);
  });
});

describe('主要是X after the amount is said by the way (a helper’s 三公 probe)', () => {
  it('政府采购支出总额486.35万元，主要是办公设备186.35万元，比上年增加52.10万元，增长12.00%: silent; 13.00% is an error', () => {
    const text = (r: string) => doc(`政府采购支出总额486.35万元，主要是办公设备186.35万元，比上年增加52.10万元，增长${r}%。`);
    assert.deepEqual(summary(text('12.00')), []);
    assert.deepEqual(summary(text('13.00')), ['3 error growth 13.00']);
  });
});

describe('more false-alarm forms of helpers’ 民政 and 三公 hunts', () => {
  it('three years newest first, then 比上年: of the newest two, not read; two years alone still are', () => {
    assert.deepEqual(summary(doc('机关运行经费2023年为31.60万元，2022年为35.80万元，2021年为38.16万元，比上年减少4.20万元，下降11.73%。')), []);
    assert.deepEqual(summary(doc('机关运行经费2023年为31.60万元，2022年为35.80万元，比上年减少4.20万元，下降12.73%。')), ['3 error growth 12.73']);
  });
  it('a 保障标准 paid as a gap, a total that includes more, 7—12月: no count × standard; a verdict after a budget topped up; 机关运行经费 within 公用经费', () => {
    for (const text of [
      '农村低保对象5948人，按照每人每月620元的保障标准，全年发放低保金3247.86万元。',
      '保障特困人员1862人，按照每人每年11700元的基本生活标准，发放供养金2345.12万元（含照料护理补贴）。',
      '全年保障城市低保对象1320人，7月起按照每人每月780元的新标准，7—12月共发放低保金617.76万元。',
      '“三公”经费年初预算12.00万元，年中追加18.50万元，支出决算29.86万元，决算数小于预算数的主要原因是车辆采购节约资金。',
      '2023年度一般公共预算财政拨款基本支出1026.83万元，其中：人员经费918.47万元，公用经费108.36万元，机关运行经费65.20万元。',
    ]) assert.deepEqual(summary(doc(text)), [], text);
    assert.deepEqual(summary(doc('全年保障城市低保对象1320人，7月起按照每人每月780元的新标准，7—12月共发放低保金717.76万元。')), ['3 error rate 717.76']);
  });
});

describe('a rate or change that names what it is of, set apart from the figure (helpers’ probes)', () => {
  it('`；公务接待费比上年下降28.29%` and `，其中财政拨款收入增长6.2%` after the whole’s change: the part’s own rate, silent', () => {
    assert.deepEqual(summary(doc('2022年“三公”经费支出32.81万元，比上年减少4.6万元；公务接待费比上年下降28.29%。')), []);
    assert.deepEqual(summary(doc('本年收入合计2521.75万元，比上年增加181.45万元，其中财政拨款收入增长6.2%。')), []);
    // The whole’s own rate is still read.
    assert.deepEqual(summary(doc('2022年“三公”经费支出32.81万元，比上年减少4.6万元，下降28.29%。')), ['3 error growth 28.29']);
  });
  it('`其中，国有土地使用权出让收入减收5.36亿元，下降20.3%`: the part’s change, not the fund total’s', () => {
    assert.deepEqual(summary(doc('政府性基金预算收入完成23.68亿元，其中，国有土地使用权出让收入减收5.36亿元，下降20.3%。')), []);
  });
  it('a change on another basis (`剔除留抵退税因素后同口径增收`) is not of the figure stated', () => {
    assert.deepEqual(summary(doc('全县一般公共预算收入完成8.36亿元，剔除留抵退税因素后同口径增收0.57亿元，增长6.5%。')), []);
  });
  it('`较年初56120.40万元增加…` names the base: 4625.69 ÷ 56120.40 = 8.24%', () => {
    assertConsistent(doc('年末资产总额60746.09万元，较年初56120.40万元增加4625.69万元，增长8.24%。'), 'growth', '8.24');
    assert.deepEqual(summary(doc('年末资产总额60746.09万元，较年初56120.40万元增加4625.69万元，增长8.98%。')), ['3 error growth 8.98']);
  });
});

describe('a sentence opening on 上年 that names this year’s figure too (a helper’s long-document probe)', () => {
  it('`上年基本支出4166.86万元，本年基本支出1301.52万元。基本支出较上年减少2865.34万元，下降68.76%`: 2865.34 ÷ 4166.86', () => {
    const text = (r: string) => doc(`上年基本支出4166.86万元，本年基本支出1301.52万元。基本支出较上年减少2865.34万元，下降${r}%。`);
    assert.deepEqual(summary(text('68.76')), []);
    assert.deepEqual(summary(text('78.76')), ['3 error growth 78.76']);
  });
});

describe('a comparison after an average said by the way (a helper’s 事业单位 probes)', () => {
  it('`公用经费…，生均公用经费2216.95元，较上年增加172.36元，增长8.43%`: the rate fits the average — silent; 9.43 an error of it', () => {
    const text = (rate: string) => doc(`公用经费635.60万元，生均公用经费2216.95元，较上年增加172.36元，增长${rate}%。`);
    assert.deepEqual(summary(text('8.43')), []);
    const f = only(text('9.43'));
    assert.equal(`${f.severity} ${f.rule} ${f.figure}`, 'error growth 9.43');
    assert.match(f.message, /应为 8\.43%（较上年增加 172\.36 ÷ \(生均公用经费 2216\.95 − 172\.36\)）/);
  });
  it('one unit: 2.33 ÷ (52.33 − 2.33) = 4.66% is the 人均’s; the total’s own comparison (`人均18.89万元，比上年增加68.38万元`) still is the total’s', () => {
    assert.deepEqual(summary(doc('人员经费支出6279.58万元，人均人员经费52.33万元，比上年增加2.33万元，增长4.66%。')), []);
    assert.deepEqual(summary(doc('2024年人员经费1,530.48万元，人均18.89万元，比上年增加68.38万元，增长4.68%。')), []);
    assert.deepEqual(summary(doc('2024年人员经费1,530.48万元，人均18.89万元，比上年增加68.38万元，增长5.68%。')), ['3 error growth 5.68']);
  });
});

describe('a comparison with a stated base after a 其中 list (a helper’s 三公 and 预算执行 probes)', () => {
  const text = (rate: string) => doc(`2023年“三公”经费支出16.94万元，其中公务用车运行维护费12.36万元、公务接待费4.58万元，比上年19.80万元下降${rate}%。`);
  it('(19.80 − 16.94) ÷ 19.80 = 14.44%: of the whole — silent; fitting neither (24.44) an error', () => {
    assert.deepEqual(summary(text('14.44')), []);
    assert.deepEqual(summary(doc('政府性基金预算收入86.50亿元，其中国有土地使用权出让收入78.20亿元，比上年102.30亿元下降15.4%。')), []);
    assert.deepEqual(summary(text('24.44')), ['3 error growth 24.44']);
  });
});

describe('what is compared with last year, named as the budget after it is (a helper’s 决算说明 probe)', () => {
  const text = (rate: string) => doc(`“三公”经费支出决算84.29万元，“三公”经费支出预算119.54万元。与上年相比，“三公”经费支出减少24.73万元，下降${rate}%。`);
  it('24.73 ÷ (84.29 + 24.73) = 22.68%: of the 决算, not the budget — silent; 17.14 (the budget’s) an error', () => {
    assert.deepEqual(summary(text('22.68')), []);
    assert.deepEqual(summary(doc('一般公共预算财政拨款支出决算284.29万元，一般公共预算财政拨款支出年初预算319.54万元。与上年相比，一般公共预算财政拨款支出减少24.73万元，下降8.00%。')), []);
    assert.deepEqual(summary(text('17.14')), ['3 error growth 17.14']);
  });
  it('`较年初结转和结余52.80万元减少17.60万元，下降33.33%`: the opening balance is the base — silent; 25.00 an error', () => {
    const balance = (rate: string) => doc(`年末结转和结余35.20万元，较年初结转和结余52.80万元减少17.60万元，下降${rate}%。`);
    assert.deepEqual(summary(balance('33.33')), []);
    assert.deepEqual(summary(balance('25.00')), ['3 error growth 25.00']);
  });
});

describe('two dated years, the rate before its change (a helper’s 决算说明 probe)', () => {
  const text = (rate: string) => doc(`2023年收入120.50万元，2022年收入100.20万元，增长${rate}%，增加20.30万元。`);
  it('20.30 ÷ 100.20 = 20.26%: the 2022 figure is the base — silent; 21.26 an error of the two years', () => {
    assert.deepEqual(summary(text('20.26')), []);
    assert.deepEqual(summary(doc('2019年公务接待费支出12.30万元，2018年公务接待费支出12.80万元，下降3.91%，减少0.50万元。')), []);
    const f = only(text('21.26'));
    assert.equal(`${f.severity} ${f.rule} ${f.figure}`, 'error growth 21.26');
    assert.match(f.message, /应为 20\.26%/);
  });
});

describe('rates that are no rate of the change stated (a helper’s 社保 and 国企 probes)', () => {
  it('a yearly average over years, and an amount a reason gives after the rate — silent', () => {
    assert.deepEqual(summary(doc('2023年，企业实现营业收入500.00亿元，比2018年增加210.00亿元，年均增长11.51%。')), []);
    assert.deepEqual(summary(doc('2022年，职工医保基金收入480.12亿元，同比增长6.3%，主要是缴费基数提高，增收15.20亿元。')), []);
    assert.deepEqual(summary(doc('2022年，职工医保基金收入480.12亿元，同比增长6.3%，增收15.20亿元。')), ['3 error growth 6.3']);
  });
});

describe('change verbs of 资产 and 经费 statements (a helper’s 资产 probes)', () => {
  it('多计提, 净增, 新增, 节约, 缩减: the change over last year, its rate over last year’s — silent when right', () => {
    assert.deepEqual(summary(doc('本年计提折旧218.64万元，比上年多计提12.30万元，增长5.96%。')), []);
    assert.deepEqual(summary(doc('资产总额5,230.40万元，较上年净增380.40万元，增长7.84%。')), []);
    assert.deepEqual(summary(doc('专用设备原值612.00万元，较上年新增112.00万元，增长22.40%。')), []);
    assert.deepEqual(summary(doc('办公设备购置费18.00万元，比上年节约2.00万元，下降10.00%。')), []);
    assert.deepEqual(summary(doc('公务接待费1.20万元，较上年缩减0.30万元，下降20.00%。')), []);
  });
  it('and wrong when wrong: 12.30 ÷ 206.34 = 5.96%, not 6.96%', () => {
    assert.deepEqual(summary(doc('本年计提折旧218.64万元，比上年多计提12.30万元，增长6.96%。')), ['3 error growth 6.96']);
  });
});

describe('this year’s figure, then last year’s of the same name, then the rate (a helper’s whole-document slip probe)', () => {
  it('967.12 ÷ 3670.57 = 26.35%: 20.85 (÷ this year’s 4637.69) is an error, with or without the change stated; 26.35 holds', () => {
    assert.deepEqual(summary(doc('2021年度支出合计4637.69万元，上年支出合计3670.57万元，增加967.12万元，增长20.85%。')), ['3 error growth 20.85']);
    const f = only(doc('2021年度支出合计4637.69万元，上年支出合计3670.57万元，增长20.85%。'));
    assert.match(f.message, /应为 26\.35%（\(支出合计 4637\.69 − 上年支出合计 3670\.57\) ÷ 3670\.57\）/);
    assert.deepEqual(summary(doc('2021年度支出合计4637.69万元，上年支出合计3670.57万元，增长26.35%。')), []);
  });
});

describe('a change after `与上年相比，` opening its sentence (a helper’s recall probe)', () => {
  it('`收入总计816.51万元。与上年相比，增加181.75万元，增长22.26%`: 181.75 ÷ 634.76 = 28.63% — an error; 28.63 holds', () => {
    assert.deepEqual(summary(doc('收入总计816.51万元。与上年相比，增加181.75万元，增长22.26%。')), ['3 error growth 22.26']);
    assert.deepEqual(summary(doc('收入总计816.51万元。与上年相比，增加181.75万元，增长28.63%。')), []);
  });
});

describe('a 决算 named by its subject, stated bare after that subject’s budget (a helper’s whole-document slip probe)', () => {
  const text = (rate: string) => doc('2019年“三公”经费预算15.71万元，决算8.99万元。', `“三公”经费决算比上年减少2.46万元，下降${rate}%。`);
  it('2.46 ÷ (8.99 + 2.46) = 21.48%: 27.36 (÷ 8.99) is an error; 21.48 holds', () => {
    assert.deepEqual(summary(text('27.36')), ['4 error growth 27.36']);
    assert.deepEqual(summary(text('21.48')), []);
  });
});

describe('`决算数较上年减少` after the 三公 决算 of its sentence (a helper’s PDF-wrap probe)', () => {
  it('is of 66.26, not of the 支出决算 1639.38 stated in the sentence before: 20.84 ÷ 87.10 = 23.93%', () => {
    const text = (r: string) => doc(`年初预算为1780.32万元，支出决算为1639.38万元。“三公”经费财政拨款支出决算为66.26万元，完成预算的87.91%，决算数较上年减少20.84万元，下降${r}%。`);
    assert.deepEqual(summary(text('23.93')), []);
    assert.deepEqual(summary(text('33.93')), ['3 error growth 33.93']);
  });
});

describe('a change against the budget, then a rate against last year (a helper’s 三公 statements)', () => {
  it('are two comparisons: `比预算减少10.14万元，比上年下降27.0%` is silent, last year’s amount not stated', () => {
    assert.deepEqual(summary(doc('“三公”经费支出决算20.82万元，比预算减少10.14万元，比上年下降27.0%。')), []);
    assert.deepEqual(summary(doc('公务接待费支出4.2万元，较预算节约0.8万元，同比增长5%。')), []);
    assert.deepEqual(summary(doc('“三公”经费支出20.82万元，较预算增加1.82万元，较上年增长5.0%。')), []);
  });
  it('a change and a rate both against last year are still one: 10.14 ÷ (20.82 + 10.14) = 32.75%, not 27.0%', () => {
    assert.deepEqual(summary(doc('“三公”经费支出决算20.82万元，比上年减少10.14万元，比上年下降27.0%。')), ['3 error growth 27.0']);
    assert.deepEqual(summary(doc('“三公”经费支出决算20.82万元，比上年减少10.14万元，比上年下降32.75%。')), []);
  });
});

describe('`与年初预算X万元相比，增加A万元，增长B%` (a helper’s 决算说明 probes)', () => {
  it('X is the base: 80.50 ÷ 1900.00 = 4.24%, 146.30 ÷ 2700 = 5.42%, 34.49 ÷ 3199.34 = 1.08%', () => {
    assert.deepEqual(summary(doc('决算支出1,980.50万元，比上年增加120.50万元，增长6.48%；与年初预算1,900.00万元相比，增加80.50万元，增长4.24%。')), []);
    assert.deepEqual(summary(doc('2021年度决算收入2846.30万元，与年初预算2700.00万元相比，增加146.30万元，增长5.42%。')), []);
    assert.deepEqual(summary(doc('2022年度支出决算3164.85万元。与年初预算3199.34万元相比，减少34.49万元，下降1.08%。')), []);
    assert.deepEqual(summary(doc('财政拨款支出3957.69万元，占支出总计的96.52%，与年初预算数2093.63万元相比，增加1864.06万元，增长89.03%。')), []);
  });
  it('a rate off that base is still wrong: 146.30 ÷ 2700 = 5.42%, not 5.73%', () => {
    assert.deepEqual(summary(doc('2021年度决算收入2846.30万元，与年初预算2700.00万元相比，增加146.30万元，增长5.73%。')), ['3 error growth 5.73']);
  });
});

describe('`较上年提高35元，增长7.78%` (a helper’s 低保 and 补贴 standards)', () => {
  it('提高/降低 of an amount is its change: 35 ÷ (485 − 35) = 7.78%, 35 ÷ (415 + 35) = 7.78%, 20 ÷ 80 = 25%', () => {
    assert.deepEqual(summary(doc('2020年城市低保标准每人每月485元，较上年提高35元，增长7.78%。')), []);
    assert.deepEqual(summary(doc('2020年发放低保金415万元，较上年降低35万元，下降7.78%。')), []);
    assert.deepEqual(summary(doc('高龄补贴标准每人每月100元，比上年提高20元，提高25%。')), []);
    assert.deepEqual(summary(doc('2020年城市低保标准每人每月485元，较上年提高35元，增长8.78%。')), ['3 error growth 8.78']);
  });
});

describe('a change stated 分别 for several items (a helper’s 教育 probe)', () => {
  it('`分别提高50元，增长8.33%和6.25%` is no one figure’s: 50 ÷ 600 and 50 ÷ 800', () => {
    assert.deepEqual(summary(doc('2019年起，生均公用经费基准定额由小学每生每年600元、初中每生每年800元，提高到小学650元、初中850元，分别提高50元，增长8.33%和6.25%。')), []);
  });
});

describe('bases named otherwise and totals named after a figure (a helper’s regression round)', () => {
  it('较调整预算数 / 较批复预算 / 较可执行预算 X: X is the base — 89.12 ÷ 5300.00 = 1.68%, 210.88 ÷ 5000.00 = 4.22%', () => {
    assert.deepEqual(summary(doc('2023年支出决算数5210.88万元，较调整预算数5300.00万元减少89.12万元，下降1.68%。')), []);
    assert.deepEqual(summary(doc('2023年支出5210.88万元，较批复预算5000.00万元增加210.88万元，增长4.22%。')), []);
    assert.deepEqual(summary(doc('2023年支出5210.88万元，较可执行预算5000.00万元增加210.88万元，增长4.22%。')), []);
  });
  it('财政拨款收入总计 and 财政拨款收入 are two figures: each change is of its own', () => {
    assert.deepEqual(summary(doc('财政拨款收入总计4770.87万元，其中财政拨款收入4378.44万元。与年初预算相比，财政拨款收入总计增加262.19万元，增长5.82%。')), []);
    assert.deepEqual(summary('财政拨款收入4378.44万元。\n财政拨款收入总计4770.87万元。与上年相比，财政拨款收入增加262.19万元，增长6.37%。\n'), []);
    assert.deepEqual(summary(doc('财政拨款收入总计4770.87万元，其中财政拨款收入4378.44万元。与年初预算相比，财政拨款收入总计增加262.19万元，增长6.37%。')), ['3 error growth 6.37']);
  });
});

describe('a comparison with no subject after a budget and what was spent (a helper’s 部门决算 from Word)', () => {
  const para = (rate: string, between = '') =>
    doc(`2020年度“三公”经费财政拨款支出预算为56.59万元，支出决算为50.00万元，完成预算的88.35%。${between}与上年相比增加9.39万元，增长${rate}%。`);
  it('`…增长18.78%` is 9.39 ÷ 50.00, the spent amount, not last year’s 40.61: error at 23.12%', () => {
    const f = only(para('18.78'));
    assert.equal(f.rule, 'growth');
    assert.equal(f.figure, '18.78');
    assert.match(f.message, /^增长幅度应为 23\.12%（上年相比增加 9\.39 ÷ \(支出决算 50\.00 − 9\.39\)）/);
  });
  it('with the 决算说明’s reason between (`决算数小于预算数的主要原因是：…。`): the same', () => {
    assert.deepEqual(summary(para('18.78', '决算数小于预算数的主要原因是：严格落实中央八项规定精神，厉行节约。')), ['3 error growth 18.78']);
  });
  it('23.12%: read against 支出决算 50.00, holding', () => {
    assertConsistent(para('23.12'), 'growth', '23.12');
  });
  it('two amounts neither of them a budget: which changed is not known, nothing checked', () => {
    const text = doc('2020年度“三公”经费财政拨款支出决算为50.00万元，公务接待费决算为12.00万元。与上年相比增加9.39万元，增长18.78%。');
    assert.deepEqual(summary(text), []);
    assert.ok(!checks(text).some((c) => c.rule === 'growth' && c.figure === '18.78'), 'no growth read');
  });
});

describe('a sentence a year older after the same-named amount (a helper’s 决算说明 from Word)', () => {
  const para = (change: string, rate: string) =>
    doc(`2023年度一般公共预算财政拨款支出2787.65万元，占本年支出合计的98.48%。2022年度一般公共预算财政拨款支出2220.50万元，与上年相比，增加${change}万元，增长${rate}%。`);
  it('2787.65 − 2220.50 = 567.15: the 2022 figure is the base, 25.54% = 567.15 ÷ 2220.50 holds', () => {
    assertConsistent(para('567.15', '25.54'), 'growth', '25.54');
  });
  it('34.30% (567.15 ÷ 1653.35) against that base: error at 25.54%', () => {
    assert.deepEqual(summary(para('567.15', '34.30')), ['3 error growth 34.30']);
  });
  it('a change that is not the two figures’ difference: the 2022 figure read as its sentence’s current one, as before', () => {
    assert.deepEqual(summary(para('576.15', '25.54')), ['3 error growth 25.54']);
  });
});

describe('a change given as a reason names its own subject (sn-shapingba-fengmingshanyey-2021)', () => {
  it('`收入合计321.30万元,…,主要原因是本年度财政拨款收入较上年决算数减少358.94万元,下降61.7%;本年度事业收入…增加69.71万元,增长238.8%`: not of 收入合计 — silent', () => {
    const text = doc('2021年度收入合计321.30万元,较上年决算数减少289.23万元,下降47.4%,主要原因是本年度财政拨款收入较上年决算数减少358.94万元,下降61.7%;本年度事业收入较上年决算数增加69.71万元,增长238.8%。');
    assert.deepEqual(summary(text), []);
    // The total's own change is still read.
    assert.deepEqual(summary(text.replace('下降47.4%', '下降57.4%')), ['3 error growth 57.4']);
  });
});

describe('after a 其中 part, an increase larger than the part is the whole’s (sn-gongqing-zequanxx-2020)', () => {
  const text = (r: string) => doc(`本部门2020年度收入总计1262.71万元,其中年初结转和结余134.56万元,较2019年增加149.44万元,增长${r}%;本年收入合计1128.15万元。`);
  it('13.06% where 149.44 ÷ (1262.71 − 149.44) = 13.42%: an error; 13.42 holds', () => {
    assert.deepEqual(summary(text('13.06')), ['3 error growth 13.06']);
    assertConsistent(text('13.42'), 'growth', '13.42');
  });
  it('an increase the part could hold stays unread (the part’s or the whole’s cannot be told)', () => {
    assert.deepEqual(summary(doc('本部门2020年度收入总计1262.71万元,其中年初结转和结余134.56万元,较2019年增加49.44万元,增长13.06%。')), []);
  });
});
