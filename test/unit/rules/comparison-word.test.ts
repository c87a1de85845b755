// comparison-word: 决算数大于/小于/等于预算数 must match the two figures; a change and its rate must point the same way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, checks, doc, findings, only, summary } from './helpers';

// sg-shouxian-wenbao-2023.txt line 27, as published (its 完成预算的43% aside).
const wenbao = (word: string) =>
  doc(`安徽省寿县文物保护中心2023年度一般公共预算财政拨款“三公”经费支出预算为3万元,支出决算为1.71万元,完成预算的57%,较上年减少1.29万元,下降43%。决算数${word}预算数的主要原因是公务接待减少。`);

describe('comparison-word', () => {
  it('决算数大于预算数 where 1.71 < 3 is an error on the word, fixed to 小于', () => {
    const text = wenbao('大于');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error comparison-word 大于');
    assert.equal(f.message, '支出决算 1.71万元 小于 一般公共预算财政拨款“三公”经费支出预算 3万元，与文中的“大于”不符');
    assert.deepEqual(f.related, ['1.71', '3']);
    assert.equal(applyFix(text, f), wenbao('小于'));
  });

  it('小于 where it holds is checked and silent; 等于 and 持平 fail when the figures differ', () => {
    const text = wenbao('小于');
    assert.deepEqual(summary(text), []);
    assert.ok(checks(text).some((c) => c.rule === 'comparison-word' && c.figure === '小于' && c.holds));
    assert.deepEqual(summary(wenbao('等于')), ['3 error comparison-word 等于']);
    assert.deepEqual(summary(wenbao('与预算数持平，')), ['3 error comparison-word 持平']);
  });

  it('the template’s alternatives (`决算数小于预算数(或与预算数持平)`) and a 其中 list’s figures say nothing', () => {
    // js-dayi-a159286-2023.txt line 8: no budget printed.
    assert.deepEqual(summary(doc('“三公”经费财政拨款支出预算为3万元,支出决算为3.46万元。决算数小于预算数(或与预算数持平)的主要原因是公务用车年久失修。')), []);
    const parts = doc('“三公”经费支出决算为15.81万元。其中:公务用车运行费预算为1万元,支出决算为0.4万元,公务接待费支出决算为15.41万元。决算数大于预算数的主要原因是接待增加。');
    assert.deepEqual(summary(parts).filter((s) => s.includes('comparison-word')), []);
  });

  // pd-lincang-czj-2018.txt line 5, as published.
  it('`较上年减0.04万元,增0.01%`: the rate’s word against the change’s is an error on the rate', () => {
    const f = only(doc('2.商品和服务支出较上年减0.04万元,增0.01%。主要原因是:职工教育经费及工会经费增加。'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error comparison-word 0.01');
    assert.equal(f.message, '“增0.01%”与前面的“减0.04万元”方向相反：增减必有一处写错');
    assert.equal(f.fix, undefined);
    assert.deepEqual(summary(doc('2.商品和服务支出较上年减0.04万元,减0.01%。')).filter((s) => s.includes('comparison-word')), []);
    assert.deepEqual(summary(doc('收入较上年减少0.04万元,支出增长0.01%。')).filter((s) => s.includes('comparison-word')), []);
  });
});

describe('持平 with no 决算数 before it', () => {
  it('预算为5.00万元，决算为4.00万元，与预算持平: the figures differ, an error; equal figures hold', () => {
    const text = (spent: string) => doc(`2023年公务用车运行维护费预算为5.00万元，决算为${spent}万元，与预算持平。`);
    assert.deepEqual(summary(text('4.00')), ['3 error comparison-word 持平']);
    assert.deepEqual(summary(text('5.00')), []);
    assert.ok(checks(text('5.00')).some((c) => c.rule === 'comparison-word' && c.holds));
  });
});

describe('a word after (or before) the figure compared with, with no change amount', () => {
  it('…15.26万元，较上年17.6万元有所增加: it fell — an error; 有所减少 is right', () => {
    const f = only(doc('2023年度“三公”经费支出15.26万元，较上年17.6万元有所增加。'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error comparison-word 增加');
    assert.equal(f.message, '“三公”经费支出 15.26万元 与所比的上年 17.6万元 相比是“减少”，与文中的“增加”不符');
    assert.deepEqual(summary(doc('2023年度“三公”经费支出15.26万元，较上年17.6万元有所减少。')), []);
  });
  it('与2023年预算28.8万元持平 for 25.6; 低于年初预算数305万元 for 312.5', () => {
    assert.deepEqual(summary(doc('2024年“三公”经费财政拨款预算25.6万元，与2023年预算28.8万元持平。')), ['3 error comparison-word 持平']);
    assert.deepEqual(summary(doc('全年执行数312.5万元，低于年初预算数305万元。')), ['3 error comparison-word 低于']);
    assert.deepEqual(summary(doc('全年执行数302.5万元，低于年初预算数305万元。')), []);
  });
  it('a change amount after the base is the difference rule’s, not read here', () => {
    assert.deepEqual(checks(doc('“三公”经费支出15.26万元，较上年17.6万元减少2.34万元。')).filter((c) => c.rule === 'comparison-word'), []);
  });

  it('changes and rates in two lists paired by position (`增加36.70万元、减少5.42万元，增长5.20%、下降4.22%`): each rate against its own change', () => {
    const text = (second: string) => doc(`人员经费和公用经费分别为742.35万元、123.12万元，分别比上年增加36.70万元、减少5.42万元，增长5.20%、${second}4.22%。`);
    assert.deepEqual(summary(text('下降')), []);
    assert.deepEqual(summary(text('增长')), ['3 error comparison-word 4.22']);
  });
});


describe('a verdict that speaks of an item, not the whole (a helper’s 决算说明 probes)', () => {
  it('after an item of a 其中 list, or naming the item: read of no whole', () => {
    const cw = (text: string) => findings(text).filter((f) => f.rule === 'comparison-word');
    assert.deepEqual(cw(doc('支出预算为583.35万元，支出决算为582.68万元，其中：项目支出预算为86.00万元，支出决算为92.45万元，决算数大于预算数的主要原因是追加专项经费。')), []);
    assert.deepEqual(cw(doc('“三公”经费支出预算为21.03万元，支出决算为18.67万元。公务接待费支出预算为5.38万元，支出决算为6.81万元。公务接待费决算数大于预算数的主要原因是接待任务增加。')), []);
  });

  it('the whole’s own verdict is still read: 582.68 大于 583.35 is an error', () => {
    assert.deepEqual(summary(doc('支出预算为583.35万元，支出决算为582.68万元，决算数大于预算数的主要原因是追加专项经费。')), ['3 error comparison-word 大于']);
  });
});

describe('a change against last year whose word goes the other way (a helper’s recall probe)', () => {
  const sangong = (tail: string) => doc(`2022年“三公”经费支出32.50万元。2023年“三公”经费支出28.05万元，${tail}`);

  it('`上年为32.50万元，增加4.45万元` for 28.05: the word is wrong, fixed to 减少', () => {
    const text = doc('2023年“三公”经费支出28.05万元，上年为32.50万元，增加4.45万元。');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error comparison-word 增加');
    assert.equal(f.message, '“三公”经费支出 28.05万元 与所比的上年 32.50万元 相比是“减少”，与文中的“增加”不符');
    assert.deepEqual(f.related, ['28.05', '32.50']);
    assert.equal(applyFix(text, f), doc('2023年“三公”经费支出28.05万元，上年为32.50万元，减少4.45万元。'));
  });

  it('last year’s figure of the same name dated the year before, in the sentence before: the word and the amount are read', () => {
    const f = only(sangong('比上年增加4.45万元。'));
    assert.equal(`${f.line} ${f.rule} ${f.figure}`, '3 comparison-word 增加');
    assert.equal(f.message, '“三公”经费支出 28.05万元 与所比的2022年“三公”经费支出 32.50万元 相比是“减少”，与文中的“增加”不符');
    assert.deepEqual(summary(sangong('比上年减少4.45万元。')), []);
    assert.deepEqual(summary(sangong('比上年减少4.55万元。')), ['3 error difference 4.55']);
  });

  it('an amount that fits neither direction leaves the pairing open: silent', () => {
    assert.deepEqual(summary(sangong('比上年增加3.45万元。')), []);
    // Another name the year before is no base.
    assert.deepEqual(summary(doc('2022年公务接待费支出32.50万元。2023年“三公”经费支出28.05万元，比上年增加4.45万元。')), []);
  });
});

describe('执行数 against 预算数, and 未超过 (a helper’s 自评 recall probes)', () => {
  it('`执行数小于预算数` with 2070.75 over 2012.39 and `决算数未超过预算数` with 32.77 over 30.04 are errors; the fix says 大于 / 超过', () => {
    const f = only(doc('全年预算数2012.39万元，全年执行数2070.75万元，执行数小于预算数。'));
    assert.equal(`${f.severity} ${f.rule} ${f.figure}`, 'error comparison-word 小于');
    assert.equal(applyFix(doc('全年预算数2012.39万元，全年执行数2070.75万元，执行数小于预算数。'), f).split('\n').pop(), '全年预算数2012.39万元，全年执行数2070.75万元，执行数大于预算数。');
    assert.deepEqual(summary(doc('2021年“三公”经费预算30.04万元，决算32.77万元，决算数未超过预算数。')), ['3 error comparison-word 未超过']);
  });
  it('the words that fit are silent', () => {
    assert.deepEqual(summary(doc('全年预算数2112.39万元，全年执行数2070.75万元，执行数小于预算数。')), []);
    assert.deepEqual(summary(doc('2021年“三公”经费预算35.04万元，决算32.77万元，决算数未超过预算数。')), []);
  });
});

describe('a change word broken over two lines (a helper’s 决算说明 recall probe)', () => {
  it('`较上年减` / `少131.06万元` with 655.31 over 524.25: the word is found across the break and reported', () => {
    const text = doc('本年支出655.31万元，上年为524.25万元，较上年减', '少131.06万元，下降25.00%。');
    const f = only(text);
    assert.equal(`${f.severity} ${f.rule}`, 'error comparison-word');
    assert.equal(f.figure, '减\n少');
  });
});

describe('the verdict with the 决算 stated before the budget (a helper’s recall probe)', () => {
  it('决算747.73 before 年初预算638.54: 小于 is an error; 大于 holds', () => {
    assert.deepEqual(summary(doc('2023年度“三公”经费支出决算747.73万元，年初预算638.54万元，决算数小于预算数。')), ['3 error comparison-word 小于']);
    assert.deepEqual(summary(doc('2023年度“三公”经费支出决算747.73万元，年初预算638.54万元，决算数大于预算数。')), []);
  });
});

describe('a verdict after a change from the budget, the budget itself not stated (a helper’s 三公 sentences)', () => {
  it('`较预算减少2.72万元，决算数小于预算数` holds: the change is no budget (9.19 is not weighed against 2.72)', () => {
    assert.deepEqual(summary(doc('公务接待费支出决算为9.19万元，较预算减少2.72万元，决算数小于预算数的主要原因是严控接待标准。')), []);
    assert.deepEqual(summary(doc('公务接待费支出决算为9.19万元，比预算减少2.72万元。决算数小于预算数的主要原因是严控接待标准。')), []);
  });
  it('the word against the change’s direction is the slip: 增加 then 小于, 减少 then 大于', () => {
    const text = doc('公务接待费支出决算为9.19万元，较预算增加2.72万元，决算数小于预算数的主要原因是接待任务增加。');
    assert.deepEqual(summary(text), ['3 error comparison-word 小于']);
    const f = findings(text)[0];
    assert.equal(f.message, '较预算增加 2.72万元，决算数应大于预算数，与文中的“小于”不符');
    assert.equal(applyFix(text, f), text.replace('决算数小于', '决算数大于'));
    assert.deepEqual(summary(doc('公务接待费支出决算为9.19万元，较预算减少2.72万元，决算数大于预算数的主要原因是接待增加。')), ['3 error comparison-word 大于']);
    // (`未超过` is at most: right after a fall, wrong after a rise.)
    assert.deepEqual(summary(doc('公务接待费支出决算为9.19万元，较预算减少2.72万元，决算数未超过预算数。')), []);
    assert.deepEqual(summary(doc('公务接待费支出决算为9.19万元，较预算增加2.72万元，决算数未超过预算数。')), ['3 error comparison-word 未超过']);
  });
});

describe('a verdict sentences after its figures (a helper’s 部门决算 from Word)', () => {
  const para = (word: string) =>
    doc(`（2）公务用车运行维护费预算为6.20万元，支出决算为5.96万元，完成预算的96.13%。主要用于开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费等支出。截至2023年12月31日，公务用车保有量为3辆。决算数${word}预算数的主要原因是：严格执行公务用车使用管理制度。`);
  it('`决算数大于预算数` two sentences of no amount after 5.96 < 6.20: error on 大于', () => {
    const f = only(para('大于'));
    assert.equal(f.rule, 'comparison-word');
    assert.equal(f.figure, '大于');
    assert.equal(f.message, '支出决算 5.96万元 小于 （2）公务用车运行维护费预算 6.20万元，与文中的“大于”不符');
  });
  it('`小于`: silent, the pair read', () => {
    assert.deepEqual(summary(para('小于')), []);
  });
  it('four sentences between: too far to tell', () => {
    const far = para('大于').replace("截至2023年12月31日", "车辆按规定管理。油料统一采购。截至2023年12月31日");
    assert.deepEqual(summary(far), []);
  });
});

// A helper's 部门决算 as plain pdftotext prints it (s15 h4 d2): the word cut by the line's end.
describe('a verdict word cut over two lines (`决算数大` / `于年初预算数`)', () => {
  const text = doc(
    '7.卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）。年初预',
    '算为 164.53 万元，支出决算为 149.08 万元，完成年初预算的 90.61%。决算数大',
    '于年初预算数的主要原因是：项目按进度支付，剩余资金收回财政。',
  );
  it('the finding covers both characters; the fix changes 大 only, the line break kept', () => {
    const f = only(text);
    assert.deepEqual([f.rule, f.figure], ['comparison-word', '大\n于']);
    assert.deepEqual(f.edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]), [['大', '小']]);
    assert.match(applyFix(text, f), /决算数小\n于年初预算数/);
  });
});
