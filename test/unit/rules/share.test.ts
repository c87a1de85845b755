// share: `占总支出的X%` = the part ÷ the named whole; percentages ± half their last printed digit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, checks, doc, findings, only, pipeTable, summary } from './helpers';

const seedLine = (basic: string, project: string) =>
  doc(
    `2023年决算总支出47281.07万元，其中：基本支出344.12万元，占总支出的${basic}%；项目支出46936.95万元，占总支出的${project}%。`,
  );

describe('share', () => {
  it('the seed’s 0.73% and 99.27% hold', () => {
    // 344.12 ÷ 47281.07: [344.115/47281.075, 344.125/47281.065] = [0.727807%, 0.727828%] ⊂ [0.725, 0.735].
    // 46936.95 ÷ 47281.07: [99.272161%, 99.272203%] ⊂ [99.265, 99.275].
    assertConsistent(seedLine('0.73', '99.27'), 'share', '0.73');
    assertConsistent(seedLine('0.73', '99.27'), 'share', '99.27');
  });

  it('0.74% is off in its last digit: a warning with the exact message and the fix 0.73', () => {
    // [0.735, 0.745] vs [0.727807, 0.727828]: apart.
    const text = seedLine('0.74', '99.27');
    const f = only(text);
    assert.equal(f.rule, 'share');
    assert.equal(f.severity, 'warning');
    assert.equal(f.line, 3);
    assert.equal(f.figure, '0.74');
    assert.equal(f.message, '基本支出占总支出的比重应为 0.73%（基本支出 344.12 ÷ 决算总支出 47281.07），文中为 0.74%，相差 0.01 个百分点；只差末位');
    assert.equal(f.fix, '0.73');
    assert.deepEqual(f.related, ['344.12', '47281.07']);
    assert.equal(applyFix(text, f), seedLine('0.73', '99.27'));
  });

  it('a share one digit off on the other side is flagged too (99.26%)', () => {
    // [99.255, 99.265] vs lo 99.272161.
    assert.deepEqual(summary(seedLine('0.73', '99.26')), ['3 warning share 99.26']);
  });

  it('a coarser share (0.7%, 99.3%) is read to its own precision: consistent', () => {
    // 0.7 → [0.65, 0.75] ∋ 0.7278; 99.3 → [99.25, 99.35] ∋ 99.2722.
    assertConsistent(seedLine('0.7', '99.3'), 'share', '0.7');
  });

  const basic = (part: string) => doc(`2023年决算总支出10000万元，其中：基本支出${part}万元，占总支出的0.73%；项目支出9927.5万元。`);

  it('at the 0.725% bound: 72.50 ÷ 10000 reaches 0.725% (consistent)', () => {
    // [72.495/10000.005, 72.505/9999.995] × 100 = [0.7249496%, 0.7250504%]; 0.73% → [0.725, 0.735]: overlap.
    assertConsistent(basic('72.50'), 'share', '0.73');
  });

  it('just below the 0.725% bound: 72.49 ÷ 10000 cannot be 0.73% (error, should be 0.72%)', () => {
    // [72.485/10000.005, 72.495/9999.995] × 100 = [0.7248496%, 0.7249504%] < 0.725.
    const f = only(basic('72.49'));
    assert.equal(f.figure, '0.73');
    assert.equal(f.fix, '0.72');
    assert.equal(f.message, '基本支出占总支出的比重应为 0.72%（基本支出 72.49 ÷ 决算总支出 10000），文中为 0.73%，相差 0.01 个百分点；只差末位');
    assert.equal(f.severity, 'warning');
  });

  it('a bare 占 after a 其中 part speaks of the list’s total', () => {
    // 786.42 ÷ 5235.6 = 15.0206…% → 15.02 holds; 15.2 does not ([15.15, 15.25]).
    const text = (s: string) => doc(`2023年部门总支出5235.6万元，其中：基本支出786.42万元，占${s}%；项目支出4449.18万元。`);
    assertConsistent(text('15.02'), 'share', '15.02');
    assert.deepEqual(summary(text('15.2')), ['3 error share 15.2']);
  });

  it('分别占…的a%、b%: each share goes with the amount in its place, a 合计 among them left out', () => {
    const two = (a: string) => doc(`2024年支出合计1,048.76万元。基本支出、项目支出分别为702.18万元、346.58万元，分别占支出合计的${a}%、33.05%。`);
    assertConsistent(two('66.95'), 'share', '66.95');
    const f = only(two('69.65'));
    assert.equal(f.message, '基本支出占支出合计的比重应为 66.95%（基本支出 702.18 ÷ 支出合计 1,048.76），文中为 69.65%，相差 2.7 个百分点');
    const four = doc('项目支出346.58万元。项目支出包括甲经费128.60万元、乙经费96.35万元、丙经费74.83万元和丁经费46.80万元，合计346.58万元，分别占项目支出的37.11%、27.80%、21.59%和13.50%。');
    assert.deepEqual(summary(four), []);
    assert.equal(checks(four).filter((c) => c.rule === 'share' && c.holds).length, 4);
  });

  it('fewer amounts than shares after 分别占: none is read', () => {
    const text = doc('支出合计1000万元，项目支出400万元，分别占支出合计的40%、35%、25%。');
    assert.deepEqual(summary(text), []);
    assert.equal(checks(text).filter((c) => c.rule === 'share').length, 0);
  });

  it('a name before 占 says whose share it is: `…服务类77.56万元，工程类占92.59%`', () => {
    const text = (s: string) => doc(`政府采购合同金额2215.42万元，其中货物类86.50万元、工程类2051.36万元、服务类77.56万元，工程类占${s}%。`);
    // 2051.36 ÷ 2215.42 = 92.594…%; the nearest figure (服务类 77.56) would give 3.50%.
    assertConsistent(text('92.59'), 'share', '92.59');
    assert.equal(only(text('93.59')).fix, '92.59');
  });

  it('a whole named in another top-level section, where another figure of that name says otherwise, is not guessed', () => {
    const text = doc(
      '一、预算情况',
      '年初预算6850.40万元，年中追加预算581.20万元，调整后预算7431.60万元。',
      '二、项目支出情况',
      '2023年共安排项目5个，调整后预算4926.40万元，实际支出4828.23万元。',
      '三、存在的问题',
      '年中追加581.20万元，占调整后预算的7.82%。',
    );
    assert.deepEqual(summary(text), []);
  });

  it('an aside in brackets is not whose share it is; `占比分别为a%和b%` pairs in order with the list’s whole', () => {
    assertConsistent(doc('支出合计1048.76万元，基本支出702.18万元（人员经费618.45万元、公用经费83.73万元），占支出合计的66.95%。'), 'share', '66.95');
    const text = doc('支出2318.45万元，其中基本支出1102.36万元，项目支出1216.09万元，占比分别为47.55%和52.45%。');
    assert.deepEqual(summary(text), []);
    assert.equal(checks(text).filter((c) => c.rule === 'share' && c.holds).length, 2);
  });

  it('a project’s share of a bare 调整后预算 is of its own budget, not the department’s named elsewhere', () => {
    const text = doc('一、预算执行情况', '调整后预算8642.35万元，全年支出8215.48万元。', '二、项目绩效情况', '动物防疫补助实际支出887.36万元，占调整后预算的98.00%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('share in published wording', () => {
  it('总支出 names the list’s 支出合计 (汕头大学医学院 2016): 12,270.36 ÷ 26,994.72 = 45.45%, not 45.46%', () => {
    const text = doc('2016年我院支出合计26,994.72万元，其中基本支出12,270.36万元，占总支出的45.46%，项目支出14,629.33万元，占总支出的54.19%，经营支出95.03万元，占总支出0.35%。');
    assert.deepEqual(summary(text), ['3 warning share 45.46']);
  });

  it('a run of shares after a run of amounts pairs them by position (新余 2025 政府采购)', () => {
    // 0.54 ÷ 1.32 = 40.91%, 0.04 ÷ 1.32 = 3.03%, 0.74 ÷ 1.32 = 56.06%: all right.
    const text = doc('2025年一季度全市政府采购规模为1.32亿元。从组织形式看，政府集中采购、部门集中采购、分散采购规模分别为0.54亿元、0.04亿元和0.74亿元，占全市政府采购规模的40.91%、3.03%和56.06%。');
    for (const figure of ['40.91', '3.03', '56.06']) assertConsistent(text, 'share', figure);
  });
});

describe('shares of listed parts with no whole named', () => {
  it('shares that add up to 100% are of the parts’ sum: 0.53 ÷ 1.71 = 30.99%, not 69% (寿县 2023, swapped)', () => {
    const text = doc('2023年度“三公”经费支出决算中，公务接待费支出决算0.53万元，占69%；公务用车购置及运行维护费支出决算1.18万元，占31%。');
    assert.deepEqual(summary(text), ['3 error share 69', '3 error share 31']);
  });

  it('right shares of the same form hold', () => {
    const text = doc('2023年度“三公”经费支出决算中，公务接待费支出决算0.53万元，占31%；公务用车购置及运行维护费支出决算1.18万元，占69%。');
    assertConsistent(text, 'share', '31');
  });

  it('shares that do not add up to 100% say nothing about the sum of what is listed', () => {
    const text = doc('决算中，公务接待费0.28万元，占0.95%；公务用车运行维护费1.4万元，占0.02%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('总支出 named 支出合计 in the paragraph before', () => {
  it('汕头大学医学院 2016: 12,270.36 ÷ 26,994.72 = 45.45%, printed 45.46% (a last-digit warning)', () => {
    const text = doc(
      '2016年我院支出合计26,994.72万元，其中基本支出12,270.36万元，项目支出14,629.33万元，经营支出95.03万元。',
      '①基本支出：本年度我院基本支出12,270.36万元，占总支出的45.46%。',
    );
    assert.deepEqual(summary(text), ['4 warning share 45.46']);
  });
});

describe('shares in a sentence of their own, after the amounts (issue #10: lists paired across two sentences)', () => {
  it('货物、工程、服务分别为A、B、C。占…的比例分别为a、b、c。 pairs by position', () => {
    const text = (c: string) =>
      doc(`2023年政府采购支出200.00万元。货物、工程、服务采购金额分别为50.00万元、100.00万元、50.00万元。占政府采购支出总额的比例分别为25.00%、50.00%、${c}%。`);
    assert.deepEqual(summary(text('20.00')), ['3 error share 20.00']);
    for (const figure of ['25.00', '50.00']) assertConsistent(text('25.00'), 'share', figure);
  });
});

describe('shares of the three 三公 items that do not add up to 100%', () => {
  // js-dayi-a159286-2023.txt line 11: 1.4 ÷ (0 + 1.4 + 0.28) = 83.33%, 0.28 ÷ 1.68 = 16.67%.
  const dayi = (a: string, b: string) =>
    doc(`2023年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元,占0%;公务用车购置及运行维护费支出决算1.4万元,占${a}%;公务接待费支出决算0.28万元,占${b}%。`);

  it('are each of the items’ sum: the three items are all of the 三公 total', () => {
    assert.deepEqual(summary(dayi('0.02', '0.95')), ['3 error share 0.02', '3 error share 0.95']);
    assert.equal(
      findings(dayi('0.02', '0.95'))[0].message,
      '公务用车购置及运行维护费支出决算占各项之和的比重应为 83.33%（公务用车购置及运行维护费支出决算 1.4 ÷ (0 + 1.4 + 0.28)），文中为 0.02%，相差 83.31 个百分点',
    );
    assert.deepEqual(summary(dayi('83.33', '16.67')), []);
  });

  it('items that are not all of a whole, with shares not adding up to 100%, are left alone (the whole is unknown)', () => {
    const text = doc('2023年项目支出中,培训费1.4万元,占0.02%;会议费0.28万元,占0.95%。');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(checks(text).filter((c) => c.rule === 'share'), []);
  });
});

describe('shares of a whole named but not stated (js-wzyjs 梧州 budget notes, PDF text)', () => {
  it('parts whose shares add up to 100% make the whole: 43897.73 ÷ 1085203.63 = 4.045%, printed 4.04% (a last-digit warning)', () => {
    const text = doc(
      '(一)文化旅游体育与传媒支出类科目850088.3元,占支出总预算78.33%。',
      '(二)社会保障和就业支出类科目116433.12元,占支出总预算10.73%。',
      '(三)卫生健康支出类科目43897.73元,占支出总预算4.04%。',
      '(四)住房保障支出类科目74784.48元,占支出总预算6.90%。',
    );
    assert.deepEqual(summary(text), ['5 warning share 4.04', '6 warning share 6.90']);
    assert.equal(
      findings(text)[0].message,
      '(三)卫生健康支出类科目占支出总预算的比重应为 4.05%（(三)卫生健康支出类科目 43897.73 ÷ (850088.3 + 116433.12 + 43897.73 + 74784.48)），文中为 4.04%，相差 0.01 个百分点；支出总预算文中未给出，按所列各项之和计；只差末位：像是截断而非四舍五入',
    );
  });

  it('基本支出 and 项目支出 are all of the whole they are shares of: 469500 ÷ (2476260.58 + 469500) = 15.94%, not 19.62%', () => {
    const text = (r: string) =>
      doc(`1. 基本支出预算2476260.58元,占一般公共预算支出的84.06%,同比减少4966.66元。`, `2. 项目支出469500元,占一般公共预算支出的${r}%。`);
    assert.deepEqual(summary(text('19.62')), ['4 error share 19.62']);
    assert.deepEqual(summary(text('15.94')), []);
  });

  it('shares of an unstated whole that are not known to be all of it are not read', () => {
    const text = doc('培训费1.4万元,占项目支出预算20%。会议费0.28万元,占项目支出预算3%。');
    assert.deepEqual(checks(text).filter((c) => c.rule === 'share'), []);
  });
});

describe('a change is never whose share it is (pd-henan-caigou-2019)', () => {
  it('授予中小微企业1744.9亿元,较去年增长293.4亿元,增幅20.2%,占…的86.1%: the share is 1744.9’s', () => {
    const text = doc('2019年,全省政府采购规模2027亿元。全省政府采购合同授予大型企业282.1亿元,占全省政府采购规模的13.9%;授予中小微企业1744.9亿元,较去年增长293.4亿元,增幅20.2%,占全省政府采购规模的86.1%。');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(checks(text).filter((c) => c.rule === 'share').map((c) => `${c.figure} ${c.holds}`), ['13.9 true', '86.1 true']);
  });
});

describe('a part with its own share of a whole is not that whole (rd-lintao-czj-2024)', () => {
  const text = (r: string) =>
    doc(`1-2月,全县实现大口径财政收入17056万元,完成预算的16.18%。从收入结构看:税收收入15348万元,占收入的89.99%,同比增收1316万元,增长9.38%;非税收入1708万元,占收入的${r}%,同比增收797万元,增长87.49%。`);

  it('占收入的10.01%: 1708 ÷ 17056 (大口径财政收入), not ÷ 15348 (税收收入, itself 占收入的89.99%)', () => {
    assert.deepEqual(summary(text('10.01')), []);
    assert.deepEqual(checks(text('10.01')).filter((c) => c.rule === 'share').map((c) => `${c.figure} ${c.holds}`), ['89.99 true', '10.01 true']);
    assert.deepEqual(summary(text('11.13')), ['3 error share 11.13']);
  });
});

describe('shares of counts in one run adding up to 100% (jx-dongguan-cjj-2020)', () => {
  const text = (r: string) =>
    doc(`根据市财政局审核结果,抽审的41个项目审核等级为:1个项目评为优,占评定项目的2.44%;3个项目评为良,占评定项目的7.32%;35个项目评为中,占评定项目的${r}%;2个项目评为差,占评定项目的4.88%。`);

  it('35 ÷ 41 = 85.3659%: 85.36 is truncated, a warning; the whole is the counts’ sum', () => {
    const f = only(text('85.36'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning share 85.36');
    assert.equal(f.message, '该部分占评定项目的比重应为 85.37%（35 ÷ (1 + 3 + 35 + 2)），文中为 85.36%，相差 0.01 个百分点；评定项目文中未给出，按所列各项之和计；只差末位：像是截断而非四舍五入');
    assertConsistent(text('85.37'), 'share', '85.37');
  });

  it('shares of counts that do not add up to 100% may be of a larger whole: not read', () => {
    const partial = doc('共有项目41个,其中:1个项目评为优,占评定项目的2.44%;3个项目评为良,占评定项目的7.32%。');
    assert.deepEqual(checks(partial).filter((c) => c.rule === 'share'), []);
  });
});

describe('a count’s share of a count stated before it (部门整体自评: 人员结构, 绩效目标 coverage)', () => {
  const people = (r: string) => doc(`本单位共有在职人员20人，其中大专以上学历15人，占在职人员的${r}%。`);
  const bare = (r: string) => doc(`本单位共有在职人员20人，其中大专以上学历15人，占比${r}%。`);
  const projects = (r: string) => doc(`2024年本部门共有项目15个，实行绩效目标管理的项目12个，占项目总数的${r}%。`);

  it('15 ÷ 20 = 75%: 80% is wrong, with the whole named, with a bare 占比 (the 其中 list’s whole), and 项目总数 naming 共有项目', () => {
    const f = only(people('80'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error share 80');
    assert.equal(f.message, '大专以上学历占在职人员的比重应为 75%（大专以上学历 15 ÷ 本单位共有在职人员 20），文中为 80%，相差 5 个百分点');
    assert.equal(applyFix(people('80'), f), people('75'));
    assert.deepEqual(summary(bare('80')), ['3 error share 80']);
    // 12 ÷ 15 = 80%.
    assert.deepEqual(summary(projects('85')), ['3 error share 85']);
  });

  it('the right shares hold and are checked', () => {
    assertConsistent(people('75'), 'share', '75');
    assertConsistent(bare('75'), 'share', '75');
    assertConsistent(projects('80'), 'share', '80');
  });

  it('a whole of another unit, or a count the share cannot be of, is not read', () => {
    const units = doc('本单位编制20名，实有在职人员18人，其中大专以上学历15人，占编制的80%。');
    assert.deepEqual(checks(units).filter((c) => c.rule === 'share'), []);
    const money = doc('本单位共有在职人员20人，人员经费支出300万元，占比80%。');
    assert.deepEqual(checks(money).filter((c) => c.rule === 'share'), []);
  });
});

describe('a whole named so that is itself a part of a total named so (cz-hunan-czt-2021)', () => {
  it('占支出的比重分别达到18.5%、16.8%: of 全省一般公共预算支出 4095.1, not of its part 市县支出 3554.1', () => {
    const text = (r: string) =>
      doc(`1-6月,全省一般公共预算支出4095.1亿元,增长2.3%。其中,省本级支出541亿元,增长12.5%;市县支出3554.1亿元,增长0.9%。具体来看,社会保障和就业支出756.5亿元,教育支出686.5亿元,占支出的比重分别达到${r}。`);
    assert.deepEqual(summary(text('18.5%、16.8%')), []);
    assert.deepEqual(checks(text('18.5%、16.8%')).filter((c) => c.rule === 'share').map((c) => `${c.figure} ${c.holds}`), ['18.5 true', '16.8 true']);
    assert.deepEqual(summary(text('21.3%、16.8%')), ['3 error share 21.3']);
  });
});

describe('a share that fits only with the units taken alike (zz-anhui-fogua-njbt-2024)', () => {
  it('全年预算数2089元:其中…1777万元,占比85.06%: the unit slip is the amounts’ finding, not the shares’', () => {
    const text = doc('2024年农机购置补贴项目资金全年预算数2089元:其中中央转移支付财政资金预算资金合计1777万元,占比85.06%;省级配套农机购置补贴资金312万元,占比14.94%。');
    assert.deepEqual(summary(text).filter((s) => s.includes(' share ')), []);
    assert.deepEqual(summary(text), ['3 error sum-of-parts 2089']);
  });
});

describe('占本年收入 is of the 收入合计 the 其中 list divides (xz-guangshui-baiquanwsy-2023)', () => {
  it('收入合计4680.58万元…其中:财政拨款收入2982.61万元,占本年收入63%: 63.72%, a whole percent off is an error', () => {
    const text = (r: string) => doc(`2023年度收入合计4680.58万元,与2022年度相比,收入合计减少2415.45万元,下降34%。其中:财政拨款收入2982.61万元,占本年收入${r}%。`);
    assert.deepEqual(summary(text('63')), ['3 error share 63']);
    assertConsistent(text('64'), 'share', '64');
  });
});

describe('the 部门决算 template’s “三公” shares (具体情况说明) are of the 支出决算 of its 总体情况说明', () => {
  // rh-jiuhuashan-zjj-2019 (simplified): 6.28 of 6.28 is 100%; 34.88% is the 完成预算 rate (6.28 ÷ 18) put in its place.
  const text = (r: string) =>
    [
      '(一)一般公共预算财政拨款“三公”经费支出决算总体情况说明。',
      '九华山风景区宗教事务局2019年度一般公共预算财政拨款“三公”经费支出预算为18万元,支出决算为6.28万元,完成预算的34.89%。',
      '(二)一般公共预算财政拨款“三公”经费支出决算具体情况说明。',
      `九华山风景区宗教事务局2019年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算0万元,0;公务接待费支出决算6.28万元,占${r}%。`,
    ].join('\n');
  it('占34.88% against 6.28 ÷ 6.28: error naming the 支出决算 two paragraphs up', () => {
    const f = only(text('34.88'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '4 error share 34.88');
    assert.equal(f.message, '公务接待费支出决算占支出决算的比重应为 100.00%（公务接待费支出决算 6.28 ÷ 支出决算 6.28），文中为 34.88%，相差 65.12 个百分点');
    assertConsistent(text('100'), 'share', '100');
  });
  it('a share in an aside is of the aside’s own amount (jz-kmwh-sangong-2021)', () => {
    const kmwh = [
      '2021年度一般公共预算财政拨款“三公”经费支出预算为1102万元,支出决算为769.70万元,完成预算的69.85%。',
      '2021年度一般公共预算财政拨款三公经费支出决算中,因公出国(境)费支出0.00万元,占0.00%;公务用车购置及运行维护费支出769.70万元,占100%(其中:公务用车购置费0万元,占0.00%;公务用车运行维护费769.70万元,占100%);公务接待费支出0.00万元,占0.00%。',
    ].join('\n');
    assertConsistent(kmwh, 'share', '100');
  });
});

describe('the last of two things named together is not both (hd-gd-czt-2021)', () => {
  it('一般性转移支付…占转移支付比重达82% is not of 对市县税收返还和转移支付', () => {
    const text = doc(
      '2021年省级一般公共预算总支出安排6571.85亿元,收支平衡。其中,省本级支出1478.55亿元,占总支出的22.5%;对市县税收返还和转移支付4404.78亿元,占总支出的67%(包括一般性转移支付3030.61亿元,占转移支付比重达82%;专项转移支付663.82亿元);上解中央支出598.75亿元,占总支出的9.1%。',
    );
    assert.deepEqual(summary(text), []);
    assert.ok(!checks(text).some((c) => c.figure === '82'));
  });
});

describe('shares paired by position whose named whole is not found are of the parts’ sum when they add to 100% (ri-quanguo-cpgyj-2019)', () => {
  it('53.8% for 2273.37 of 4220.53 (53.86%) and 0.1% for 1.67 (0.04%): last-digit warnings', () => {
    const text = doc(
      '分类型看,发行销售乐透数字型彩票2273.37亿元,竞猜型彩票1219.42亿元,视频型彩票440.85亿元,即开型彩票285.22亿元,基诺型彩票1.67亿元,占彩票销售总量的比重分别为53.8%、28.9%、10.4%、6.8%和0.1%。',
    );
    assert.deepEqual(summary(text), ['3 warning share 53.8', '3 warning share 0.1']);
  });
});

describe('a paragraph of amounts none with two decimals is read at one decimal (rt-manzhouli-tjj-2022)', () => {
  it('民生投入24.4亿元,占一般公共预算支出的50.03%: 24.35/48.85 … 24.45/48.75 holds 50.03', () => {
    const text = (r: string) =>
      doc(`全年一般公共预算收入10.6亿元,其中税收收入7.9亿元。全年一般公共预算支出48.8亿元,其中教育支出5亿元,卫生健康支出6.6亿元,社会保障和就业支出8.1亿元。全市民生投入达到24.4亿元,占一般公共预算支出的${r}%。`);
    assertConsistent(text('50.03'), 'share', '50.03');
    assert.deepEqual(summary(text('50.4')), ['3 error share 50.4']);
  });
  it('…and so is the same paragraph split by a PDF line ending in its ；: the run is one paragraph for the habit of its money', () => {
    const text = doc(
      '全市一般公共预算收入完成10.6亿元,下降7.5%,其中:税收收入完成7.9亿元,增长8.4%,全年一般公共预算支出48.8亿元,增长25.3%。其中,教育支出5亿元,增长38.7%;',
      '卫生健康支出6.6亿元,增长61.2%;社会保障和就业支出8.1亿元,增长27.6%。全市',
      '民生投入达到24.4亿元,占一般公共预算支出的50.03%。',
      '',
      '全区地区生产总值完成22.05亿元。',
    );
    assertConsistent(text, 'share', '50.03');
  });
});

describe('X占Y比重 with X stated sentences before in its paragraph (rt-tiemenguan-tjj-2022)', () => {
  it('第一产业增加值61.86亿元…。第一产业增加值占生产总值比重为36.1%: 36.16%, truncated', () => {
    const text = (r: string) =>
      doc(`全年实现生产总值171.08亿元,比上年下降11.6%。其中,第一产业增加值61.86亿元,比上年增长1.5%;第二产业增加值34.19亿元,下降37.5%;第三产业增加值75.04亿元,增长0.1%。第一产业增加值占生产总值比重为${r}%,第二产业增加值占生产总值比重为20.0%,第三产业增加值占生产总值比重为43.9%。`);
    assert.deepEqual(summary(text('36.1')), ['3 warning share 36.1']);
    assertConsistent(text('36.2'), 'share', '36.2');
  });
});

describe('a part many times its whole says the whole is another amount (rd1-shandong-cl-2023)', () => {
  it('`年末结转结余1843.7万元。其中,基本支出13645.88万元、占比21.49%…`: no share is read against 1843.7', () => {
    const text = doc(
      '全年预算63501.78万元,本年支出合计61658.08万元,预算执行率为97.10%。年末结转结余1843.7万元。其中,基本支出13645.88万元、占比21.49%,项目支出47881.27万元、占比75.40%,经营支出130.93万元、占比0.21%。',
    );
    assert.deepEqual(summary(text), []);
  });
});

describe('`X,主要用于以下方面:A(201)支出a,占p%;…` (rd1-unknown-rlzy-2021)', () => {
  const text = (r: string) =>
    doc(`2021年一般公共预算财政拨款支出305.63万元,主要用于以下方面:一般公共服务(201)支出247.92万元,占81.12%;社会保障和就业(208)支出20.04万元,占6.56%;卫生健康(210)支出11.15万元,占3.65%;住房保障(221)支出26.52万元,占${r}%。`);
  it('the shares are of X; 26.52 ÷ 305.63 = 8.6772%, printed 8.67 — truncated, a warning; the 科目 code stays in the name', () => {
    const f = only(text('8.67'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning share 8.67');
    assert.match(f.message, /^住房保障\(221\)支出占一般公共预算财政拨款支出的比重应为 8\.68%/);
    assertConsistent(text('8.68'), 'share', '8.68');
  });
});

describe('the whole stated inside the share’s phrase (`占基本支出100万元的30%`)', () => {
  it('一般公共预算财政拨款支出1000万元,占本年支出合计1200万元的85%: 1000 ÷ 1200 = 83.33%, an error', () => {
    const f = only(doc('2023年度一般公共预算财政拨款支出1000万元,占本年支出合计1200万元的85%。'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error share 85');
    assert.equal(f.message, '一般公共预算财政拨款支出占本年支出合计的比重应为 83.33%（一般公共预算财政拨款支出 1000 ÷ 本年支出合计 1200），文中为 85%，相差 1.67 个百分点');
    assertConsistent(doc('2023年度一般公共预算财政拨款支出1000万元,占本年支出合计1200万元的83.33%。'), 'share', '83.33');
  });

  it('a plan (`收入完成112853万元,占年计划100500万元的112.29%`, js-huarong-czj-2021) is read the same way', () => {
    assertConsistent(doc('全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%,同比增长5%。'), 'share', '112.29');
  });

  it('a change before the whole (`比上年增加5万元,占…`) is no part: silent', () => {
    assert.deepEqual(summary(doc('公用经费30万元,比上年增加5万元,占基本支出100万元的35%。')).filter((s) => s.includes('share')), []);
  });
});

describe('bare 占 shares after one that named its whole, in a list closed by 其他', () => {
  const text = (last: string) => doc(`2023年度财政拨款收入400万元,占本年收入合计的80%;事业收入50万元,占10%;其他收入50万元,占${last}%。`);

  it('the 本年收入合计 is not stated: the closing 其他 makes the list all of it (500), and 12% for 50 ÷ 500 is an error', () => {
    const f = only(text('12'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error share 12');
    assert.match(f.message, /^其他收入占本年收入合计的比重应为 10%（其他收入 50 ÷ \(400 \+ 50 \+ 50\)）/);
    assertConsistent(text('10'), 'share', '10');
  });

  it('the whole stated before: the bare shares are of it too', () => {
    assert.deepEqual(summary(doc('2023年度本年收入合计500万元。财政拨款收入400万元,占本年收入合计的80%;事业收入50万元,占10%;其他收入50万元,占12%。')), ['3 error share 12']);
  });

  it('shares far from 100% with a closing 其他 are of a whole stated under another name (xz-daye-yinzuwsy-2023): silent', () => {
    const daye = doc('大冶市殷祖卫生院本级2023部门预算总收入预计1335.34万元,比上年增加6.53万元,增长0.49%。其中:财政拨款(补助)448.87万元,占总收入的33.61%;非税收入拨款0万元,占总收入的0.00%;其他收入0万元,占总收入0.00%。');
    assert.ok(!summary(daye).some((x) => x.includes('share')), JSON.stringify(summary(daye)));
  });
});

describe('an average named by its whole’s name is not the part a share names', () => {
  it('公用经费占基本支出的比重 is of 公用经费 108.86, not of 人均公用经费 2.42 just before it', () => {
    const text = (r: string) => doc(`基本支出865.2万元。年末在职人员45人，人员经费756.34万元，人均16.81万元。公用经费108.86万元，人均公用经费2.42万元，公用经费占基本支出的比重为${r}%。`);
    assertConsistent(text('12.58'), 'share', '12.58');
    assert.deepEqual(summary(text('13.58')), ['3 error share 13.58']);
  });
});

describe('分别占X的a、b after A和B分别为x、y: the shares pair with the amounts, each named by its own', () => {
  const text = (b: string) => doc(`基本支出865.2万元，人员经费和公用经费分别为756.34万元、108.86万元，分别占基本支出的87.42%、${b}%。`);
  it('108.86 ÷ 865.2 = 12.58%: 13.58% is an error; 12.58% holds', () => {
    const f = only(text('13.58'));
    assert.equal(f.message, '公用经费占基本支出的比重应为 12.58%（公用经费 108.86 ÷ 基本支出 865.2），文中为 13.58%，相差 1 个百分点');
    assertConsistent(text('12.58'), 'share', '12.58');
  });
});

describe('the whole a share names, of the right period and measure (the 自评 hunt’s false alarms)', () => {
  it('“三公”经费预算28.00万元，决算24.36万元: a part spent is of the whole spent (5.94 ÷ 24.36 = 24.38%)', () => {
    const text = (r: string) => doc(`“三公”经费预算28.00万元，决算24.36万元。公务接待费5.94万元，占“三公”经费的${r}%。`);
    assertConsistent(text('24.38'), 'share', '24.38');
    assert.deepEqual(summary(text('21.21')), ['3 error share 21.21']);
  });
  it('上年决算支出 is not the 决算支出 a share of this year names (724.47 ÷ 1538.82 = 47.08%)', () => {
    const text = (r: string) => doc(`全年决算支出1538.82万元，上年决算支出1402.36万元。基本支出724.47万元，占决算支出的${r}%。`);
    assertConsistent(text('47.08'), 'share', '47.08');
    assert.deepEqual(summary(text('51.66')), ['3 error share 51.66']);
  });
  it('上半年项目支出 is not the 项目支出 of the year: nothing against it', () => {
    assert.deepEqual(summary(doc('上半年项目支出146.25万元；全年项目实际支出318.42万元，其中补助110.00万元，占项目支出的34.55%。')), []);
  });
});

describe('a part spent is of the 决算支出 stated right after the budget (the 自评 hunt’s full wording)', () => {
  it('“三公”经费预算28.00万元，决算支出24.36万元…公务接待费5.94万元，占“三公”经费的24.38%: of 24.36', () => {
    const text = (r: string) => doc(`2023年“三公”经费预算28.00万元，决算支出24.36万元，为预算的87.00%。公务接待费5.94万元，占“三公”经费的${r}%。`);
    assertConsistent(text('24.38'), 'share', '24.38');
  });

  it('占政府采购支出总额 is not `服务类政府采购支出`, a kind of it named by its 类, nor the part said again', () => {
    const text = (r: string) => doc(`政府采购支出1,486.20万元。其中：货物类政府采购支出428.36万元；服务类政府采购支出447.84万元。服务类采购447.84万元，占政府采购支出总额的${r}%。`);
    assertConsistent(text('30.13'), 'share', '30.13');
    assert.deepEqual(summary(text('31.13')), ['3 error share 31.13']);
  });

  it('占资产总额 after `净资产…，其中：` is of the 资产总额 named before, not of 净资产 (probe-r)', () => {
    const text = (r: string) => doc(`资产总额86,423.57万元，净资产83,204.93万元，其中：固定资产71,580.26万元，占资产总额的${r}%。`);
    assertConsistent(text('82.82'), 'share', '82.82');
    assert.deepEqual(summary(text('84.82')), ['3 error share 84.82']);
  });

  it('`按支出功能分类科目划分：…占3.29%；…` divides the first amount before it, past its 其中 sentence — when its amounts fit in it (probe-q, probe-k)', () => {
    const text = (r: string) =>
      doc('2024年支出预算16743.89万元，其中：基本支出2812.89万元，占16.80%；项目支出13931.00万元，占83.20%。', `按支出功能分类科目划分：社会保障和就业支出550.82万元，占3.29%；卫生健康支出183.14万元，占1.09%；城乡社区支出11517.78万元，占68.79%；住房保障支出4492.14万元，占${r}%。`);
    assertConsistent(text('26.83'), 'share', '26.83');
    assert.deepEqual(summary(text('28.03')), ['4 error share 28.03']);
    const qizhong = doc('2024年一般公共预算拨款支出56,404.15万元，比上年增加3,185.68万元。其中：基本支出47,890.65万元，占84.91%；项目支出8,513.50万元，占15.09%。按支出功能分类，教育支出（类）47,888.60万元，占84.90%。');
    assertConsistent(qizhong, 'share', '84.90');
  });
});


describe('a table’s 占比 column: each row’s amount ÷ the 合计 row’s, when the 合计’s own share is 100% (a helper’s slip probe)', () => {
  const table = (second: string, totalShare = '100%') =>
    doc('单位：万元', '', ...pipeTable([['支出性质', '决算数（万元）', '占比'], ['基本支出', '845.17', '61.37%'], ['项目支出', '532.05', second], ['合计', '1377.22', totalShare]]));

  it('532.05 ÷ 1377.22 = 38.63%: 38.36% is an error, with the fix', () => {
    const text = table('38.36%');
    const f = only(text, 'md');
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '8 error share 38.36');
    assert.equal(f.message, '项目支出占合计的比重应为 38.63%（项目支出·决算数（万元） 532.05 ÷ 合计·决算数（万元） 1377.22），文中为 38.36%，相差 0.27 个百分点');
    assert.equal(applyFix(text, f), table('38.63%'));
    assertConsistent(table('38.63%'), 'share', '38.63', 'md');
    assertConsistent(table('38.63%'), 'share', '61.37', 'md');
  });

  it('a 合计 whose share is not 100% leaves the whole unsaid: nothing is read', () => {
    assert.deepEqual(checks(table('38.36%', '—'), 'md').filter((c) => c.rule === 'share'), []);
  });

  it('rows pasted without indentation under a group that they make exactly have their share of it (a helper’s 预算说明 probe)', () => {
    const nested = (project: string) => doc('项目|决算数|占比', '基本支出|600.12|89.88%', '人员经费|512.34|85.37%', '公用经费|87.78|14.63%', `项目支出|67.60|${project}`, '合计|667.72|100%');
    // 512.34 + 87.78 = 600.12: 85.37% and 14.63% are of 基本支出 (they drew 应为 76.73% and 13.15%, of the 合计).
    assert.deepEqual(summary(nested('10.12%')), []);
    assert.deepEqual(summary(nested('11.12%')), ['7 error share 11.12']);
  });
});

describe('shares 分别 of wholes named as a list, one per part (a helper’s 部门决算)', () => {
  it('货物…、工程…、服务…，分别占政府采购货物、工程、服务支出的…: each of its own whole, not of the three’s sum — silent', () => {
    const text = doc('授予中小企业合同金额中，货物10,236,450.00元、工程3,862,400.00元、服务2,746,350.00元，分别占政府采购货物、工程、服务支出的81.98%、100.00%、52.66%。');
    assert.deepEqual(summary(text), []);
  });
});

describe('two false alarms of a helper’s 乡镇 部门决算', () => {
  it('`占政府性基金预算财政拨款支出的57.34%`: the fund’s name is no budget — the whole is the 支出决算 376.13, not the 年初预算 300.00', () => {
    const text = doc('2023年度政府性基金预算财政拨款支出年初预算为300.00万元，支出决算为376.13万元。', '征地和拆迁补偿支出（项）。年初预算为180.00万元，支出决算为215.68万元，占政府性基金预算财政拨款支出的57.34%。');
    assertConsistent(text, 'share', '57.34');
  });

  it('`“三公”经费支出决算中，…占65.30%`: the 三公 total 15.08, not the item’s 支出决算 of the 其中 list before', () => {
    const text = doc('“三公”经费支出预算为20.00万元，支出决算为15.08万元，其中：公务接待费支出预算为8.00万元，支出决算为5.23万元。', '“三公”经费支出决算中，公务用车购置及运行维护费支出决算9.84万元，占65.30%；公务接待费支出决算5.23万元，占34.70%。');
    assertConsistent(text, 'share', '65.30');
    assert.ok(!checks(text).some((c) => c.rule === 'sum-of-parts' && c.figure === '15.08' && !c.holds));
  });
});

describe('last year’s amount of the same name, dated, is no whole of this year’s share (a helper’s 决算说明 probes)', () => {
  it('`2019年度本年支出合计2328.39万元，2018年度本年支出合计2165.40万元` then `…占本年支出合计的89.20%`: of 2328.39', () => {
    const text = doc('2019年度本年支出合计2328.39万元，2018年度本年支出合计2165.40万元，增加162.99万元。', '一般公共预算财政拨款支出2076.94万元，占本年支出合计的89.20%。');
    assertConsistent(text, 'share', '89.20');
  });

  it('`2019年度“三公”经费…支出决算中，…占17.19%`: of 2019’s 40.79, not 2018’s 42.83 stated after it', () => {
    const text = doc('2019年度“三公”经费财政拨款支出决算为40.79万元，2018年度“三公”经费财政拨款支出决算为42.83万元。', '2019年度“三公”经费财政拨款支出决算中，公务接待费支出决算7.01万元，占17.19%。');
    assertConsistent(text, 'share', '17.19');
  });
});

describe('a share naming its whole outright is of that whole, not of the list it stands in (a helper’s 自评表 probe)', () => {
  it('项目支出中，公共卫生服务项目106.08万元，占支出总额的16.5%: 106.08 ÷ 641.59 = 16.53% holds; 26.5% is an error', () => {
    const text = (r: string) => doc(`2021年度支出总额641.59万元，其中项目支出196.72万元。项目支出中，公共卫生服务项目106.08万元，占支出总额的${r}%。`);
    // (It drew `应为 53.92%（公共卫生服务项目 106.08 ÷ 项目支出 196.72）`.)
    assertConsistent(text('16.5'), 'share', '16.5');
    assert.equal(only(text('26.5')).message.split('（')[1], '公共卫生服务项目 106.08 ÷ 支出总额 641.59），文中为 26.5%，相差 9.97 个百分点');
  });
});

describe('a whole stated inside another share’s phrase is that share’s (a helper’s 财政 report probes)', () => {
  it('`收入…占年度预算78000万元的67.1%。支出…占年度预算的62.3%`: the 支出’s budget is unstated — silent (it drew 应为 186.77%)', () => {
    assert.deepEqual(summary(doc('收入完成52345万元，占年度预算78000万元的67.1%。支出完成145678万元，占年度预算的62.3%。')), []);
    assert.deepEqual(summary(doc('全县教育支出45678万元，占一般公共预算支出198765万元的23.0%。全市教育支出267890万元，占一般公共预算支出的21.7%。')), []);
    // The inline share itself is still read.
    assert.deepEqual(summary(doc('收入完成52345万元，占年度预算78000万元的76.1%。')), ['3 error share 76.1']);
  });
});

describe('shares of a list opened by 主要用于： (a helper’s recall probe)', () => {
  const text = (last: string) => doc(`2021年度本年支出合计2,471.6万元，主要用于：一般公共服务支出1,205.3万元，占48.77%；教育支出683.42万元，占27.65%；社会保障和就业支出412.88万元，占16.7%；卫生健康支出170万元，占${last}%。`);
  it('170 ÷ 2,471.6 = 6.88%: 6.68% is an error; 6.88% holds', () => {
    assert.deepEqual(summary(text('6.68')), ['3 error share 6.68']);
    assert.deepEqual(summary(text('6.88')), []);
  });
});

describe('a share of a whole named shorter than the figure found (a helper’s 社保 probe)', () => {
  const text = (share: string) => doc(`2023年全市医疗保险基金总收入191.33亿元，同比增长5.2%。其中，职工医保基金收入120.00亿元，城乡居民医保基金收入71.33亿元，其中财政补助收入45.67亿元，占医保基金收入的${share}%。`);
  it('45.67 ÷ 191.33 = 23.87%: of the 总收入, not of 城乡居民医保基金收入 — silent; fitting neither (33.87) is an error', () => {
    assert.deepEqual(summary(text('23.87')), []);
    assert.deepEqual(summary(text('64.03')), []);
    assert.deepEqual(summary(text('33.87')), ['3 error share 33.87']);
  });
});

describe('a share whose part is named as the 其中 list’s total is (a helper’s 债务 probe)', () => {
  const text = (share: string) => doc(`政府债务限额652.67亿元，政府债务余额599.56亿元，其中专项债务余额401.22亿元，债务余额占限额的${share}%。`);
  it('599.56 ÷ 652.67 = 91.9%: of the 政府债务余额, not the 专项 — silent; 81.9 (fitting neither) an error', () => {
    assert.deepEqual(summary(text('91.9')), []);
    assert.deepEqual(summary(text('81.9')), ['3 error share 81.9']);
  });
});

describe('last year’s part and its share, last year’s whole unstated (a helper’s 部门预算 probe)', () => {
  it('`上年项目支出3372.42万元，占上年支出预算的56.79%` and `上年公务接待费15.00万元，占比35.71%` are of no figure stated — silent', () => {
    assert.deepEqual(summary(doc('支出预算6417.85万元，项目支出4161.02万元，占64.84%。上年项目支出3372.42万元，占上年支出预算的56.79%。')), []);
    assert.deepEqual(summary(doc('“三公”经费预算40.30万元，其中公务接待费12.50万元，占31.02%，上年公务接待费15.00万元，占比35.71%。')), []);
    assert.deepEqual(summary(doc('支出预算6417.85万元，项目支出4161.02万元，占支出预算的66.84%。上年项目支出3372.42万元，占上年支出预算的56.79%。')), ['3 error share 66.84']);
  });
});

describe('shares of two wholes, and of a whole named after a verb (helpers’ 社保 and 资金分配 probes)', () => {
  it('`分别占基金收入和基金支出的72.67%、94.26%` is not read; `占已下达资金的75%` is of `已下达2400万元`', () => {
    assert.deepEqual(summary(doc('基金收入、基金支出分别为235.60亿元、228.40亿元，其中保险费收入、待遇支出分别为171.22亿元、215.30亿元，分别占基金收入和基金支出的72.67%、94.26%。')), []);
    assert.deepEqual(summary(doc('资金总额3000万元，已下达2400万元，其中乡镇1800万元，占已下达资金的75%。')), []);
    assert.deepEqual(summary(doc('资金总额5000万元，已拨付4500万元，其中县级3000万元，占已拨付资金的66.67%。')), []);
    assert.deepEqual(summary(doc('资金总额5000万元，已拨付4500万元，其中县级3000万元，占已拨付资金的60.00%。')), ['3 error share 60.00']);
  });
});

describe('shares of counts paired by position after 占比分别为 (a helper’s 人员 probe)', () => {
  const text = (last: string) => doc(`在职15人中，行政人员8人、事业人员6人、工勤人员1人，占比分别为53.3%、40.0%、${last}%。`);
  it('8/15, 6/15, 1/15: each share of its own count — silent; 16.7 for 工勤 an error', () => {
    assert.deepEqual(summary(text('6.7')), []);
    assert.deepEqual(summary(text('16.7')), ['3 error share 16.7']);
  });
});

describe('shares of a list opening its sentence with 主要用于： (a helper’s 决算说明 recall probe)', () => {
  const text = (share: string) => doc(`2023年度一般公共预算财政拨款支出3968.53万元。主要用于：卫生健康支出（类）308.95万元，占${share}%；教育支出（类）1862.82万元，占46.94%；农林水支出（类）109.83万元，占2.77%；一般公共服务支出（类）1686.93万元，占42.51%。`);
  it('308.95 ÷ 3968.53 = 7.78%: 10.99 is an error; 7.78 holds', () => {
    assert.deepEqual(summary(text('10.99')), ['3 error share 10.99']);
    assert.deepEqual(summary(text('7.78')), []);
  });
});

describe('shares in 预算执行 reports after an item’s change, and of the part a breakdown follows (a helper’s probe)', () => {
  it('`税收收入1000亿元，同比增收50亿元，占…的71.4%` is the 税收收入’s; `分税种看，增值税350亿元，占比35%` of 税收收入 — silent', () => {
    assert.deepEqual(summary(doc('一般公共预算收入1400亿元，税收收入1000亿元，同比增收50亿元，占一般公共预算收入的71.4%。')), []);
    assert.deepEqual(summary(doc('全市一般公共预算支出888.87亿元。其中，教育支出405.51亿元，增支10.12亿元，占一般公共预算支出的45.6%。')), []);
    assert.deepEqual(summary(doc('全省一般公共预算收入1400亿元，其中税收收入1000亿元。分税种看，增值税350亿元，占比35%。')), []);
    assert.deepEqual(summary(doc('一般公共预算收入1400亿元，税收收入1000亿元，同比增收50亿元，占一般公共预算收入的61.4%。')), ['3 error share 61.4']);
  });
});

describe('shares 分别 of a whole named by another plain name of all the spending (a helper’s mixed slip probe)', () => {
  const text = (b: string) => doc(`本部门支出7700.72万元，其中科学技术支出、城乡社区支出分别为226.38万元、246.51万元，占本年支出的比例分别为2.94%、${b}%。`);
  it('`本部门支出…，占本年支出的比例分别为`: the list’s whole — 246.51 ÷ 7700.72 = 3.20%, 9.62 an error', () => {
    assert.deepEqual(summary(text('3.20')), []);
    assert.deepEqual(summary(text('9.62')), ['3 error share 9.62']);
    // (Not a whole of another kind: income named under spending stays unread.)
    assert.deepEqual(summary(doc('本部门支出7700.72万元，其中科学技术支出、城乡社区支出分别为226.38万元、246.51万元，占本年收入的比例分别为2.94%、9.62%。')), []);
  });
});

describe('a share right after a list joined by 、 (a helper’s 预算执行 reports: 三保, 民生, 债务)', () => {
  it('is of the list’s total when that is the one it fits: 19.83 ÷ 30.93 = 64.1%, 24.00 ÷ 30.00 = 80.0%, 45 ÷ 50 = 90.0%', () => {
    assert.deepEqual(summary(doc('“三保”支出19.83亿元，其中保工资16.00亿元、保运转3.83亿元，占一般公共预算支出30.93亿元的64.1%。')), []);
    assert.deepEqual(summary(doc('全县民生支出24.00亿元，其中教育支出8.00亿元、社会保障和就业支出6.00亿元、卫生健康支出4.00亿元，占一般公共预算支出30.00亿元的80.0%。')), []);
    assert.deepEqual(summary(doc('2023年全县一般公共预算支出30.93亿元。“三保”支出19.83亿元，其中保工资16.00亿元、保运转3.83亿元，占一般公共预算支出的64.1%。')), []);
    assert.deepEqual(summary(doc('债务余额45.00亿元，其中一般债务15.00亿元、专项债务30.00亿元，占债务限额50.00亿元的90.0%。')), []);
  });
  it('with no whole named, a share no part can have is left unread; one that fits neither reading is still wrong', () => {
    assert.deepEqual(summary(doc('全县民生支出24.00亿元，其中教育支出8.00亿元、社会保障和就业支出6.00亿元、卫生健康支出4.00亿元，占比80.0%。全县一般公共预算支出30.00亿元。')), []);
    assert.deepEqual(summary(doc('“三保”支出19.83亿元，其中保工资16.00亿元、保运转3.83亿元，占一般公共预算支出30.93亿元的74.1%。')), ['3 error share 74.1']);
  });
  it('a share set after each part is that part’s: 3.83 ÷ 30.93 = 12.38%, not 14.38%', () => {
    assert.deepEqual(summary(doc('“三保”支出19.83亿元，其中保工资16.00亿元，占80.69%；保运转3.83亿元，占一般公共预算支出30.93亿元的14.38%。')), ['3 error share 14.38']);
  });
});

describe('a share 占本年支出 under a 支出总计 (a helper’s 决算说明 template probes)', () => {
  it('is of the year’s spending, not the 总计 with its 结转和结余: 1925.29 ÷ 4421.51 = 43.54%', () => {
    assert.deepEqual(summary(doc('2022年度支出总计5045.57万元，其中：基本支出1925.29万元，占本年支出的43.54%；项目支出2496.22万元，占本年支出的56.46%；年末结转和结余624.06万元。')), []);
    assert.deepEqual(summary(doc('2022年本年支出合计4421.51万元，支出总计5045.57万元，其中基本支出1925.29万元，占本年支出合计的43.54%。')), []);
  });
  it('a share wrong of it is still found: 45.54, and of the 总计 named so, 38.16% holds', () => {
    assert.deepEqual(summary(doc('2022年度支出总计5045.57万元，其中：基本支出1925.29万元，占本年支出的45.54%；项目支出2496.22万元，占本年支出的56.46%；年末结转和结余624.06万元。')), ['3 error share 45.54']);
    assert.deepEqual(summary(doc('2022年度支出总计5045.57万元，其中：基本支出1925.29万元，占支出总计的38.16%；项目支出2496.22万元，占支出总计的49.47%；年末结转和结余624.06万元。')), []);
  });
});

describe('`X在Y中占比p%`: the whole named between 在 and 中 (jiguan-shiwu-2023-errors)', () => {
  it('公务用车平台运行在项目支出中占比18.43% where 386.25 ÷ 2106.48 = 18.34%: an error; 18.34 holds', () => {
    const text = (r: string) => doc(`项目支出2,106.48万元，其中公务用车平台运行386.25万元。公务用车平台运行经费在项目支出中占比${r}%。`);
    assert.deepEqual(summary(text('18.43')), ['3 error share 18.43']);
    assertConsistent(text('18.34'), 'share', '18.34');
  });
});

describe('a bracket that opens on a share gives the share of the amount right before it (gongan-2024-para)', () => {
  it('执法办案经费1268.40万元（占项目支出的36.28%） where 1268.40 ÷ 3444.57 = 36.82%: an error; 36.82 holds', () => {
    const text = (r: string) => doc(`项目支出3444.57万元。执法办案经费1268.40万元（占项目支出的${r}%）主要用于案件侦办。`);
    assert.deepEqual(summary(text('36.28')), ['3 error share 36.28']);
    assertConsistent(text('36.82'), 'share', '36.82');
  });
});
