// Money printed in whole units throughout is read at that precision (domain.md, rounding): a 三公 statement in whole
// 万元 is not wrong where its rounding explains the gap; a text that keeps decimals elsewhere still reads `2万元`
// as 2.00.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../rules/helpers';

// The 百色 2024 三公 statement's first sentence and items (whole 万元 throughout): 332 ÷ (3923 + 332) = 7.8026%,
// but with each figure ± 0.5 the rate runs 7.79%–7.81%, so the printed 7.81% is right.
const wholeStatement = [
  '2024年，一般公共预算安排的“三公”经费支出共计3923万元，比2023年预算数减少332万元，下降7.81%。其中：',
  '公务接待费638万元，比上年年初预算减少317万元。',
  '因公出国（境）经费62万元，比上年年初预算增加24万元。',
  '公务用车购置费718万元，比上年年初预算增加135万元。',
];

describe('money printed in whole units', () => {
  it('a statement in whole 万元 is read at that precision: 7.81% is no slip', () => {
    assert.deepEqual(summary(doc(...wholeStatement)), []);
  });

  it('the same statement with one amount in decimals is read at two decimals, and 7.81% is off in its last digit', () => {
    const lines = [...wholeStatement];
    lines[1] = '公务接待费638.25万元，比上年年初预算减少317万元。';
    assert.deepEqual(summary(doc(...lines)), ['3 warning growth 7.81']);
  });

  it('a lone sentence of whole figures of a few 万元 still reads them at two decimals (the seed’s 三公 error shows)', () => {
    const text = doc('2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。');
    assert.deepEqual(summary(text), ['3 error sum-of-parts 2']);
  });

  it('the seed’s 三公 sentence in a report with decimals elsewhere reads 2万元 as 2.00: its error shows', () => {
    const text = doc('2023年部门支出合计1532.45万元。', '2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。');
    assert.deepEqual(summary(text), ['4 error sum-of-parts 2']);
  });
});

describe('a short statement all in whole 万元', () => {
  it('with an amount in the hundreds has rounded them: 38 + 958 + 0 against 995 is rounding (domain.md), 38 + 968 is a slip', () => {
    // Each of 38, 958, 0 is ± 0.5: the parts run 995.5 − 1.5 … 996 + 1.5, and 995 is [994.5, 995.5].
    assert.deepEqual(summary(doc('政府采购支出总额995万元，其中：货物38万元，工程958万元，服务0万元。')), []);
    assert.deepEqual(summary(doc('政府采购支出总额995万元，其中：货物38万元，工程968万元，服务0万元。')), ['3 error sum-of-parts 995']);
  });

  it('with small amounts only, rounded alike (a helper’s 三公 probes): 58 against 0 + 49 + 8 = 57 is rounding; 61 is a slip', () => {
    // 49.4 + 8.4 = 57.8 prints 49, 8 and 58. The parts run 55.5 … 58.5 (± 0.5 each, 0 exact as printed too): 61 is out.
    const text = (total: string) => doc(`2021年度“三公”经费决算数为${total}万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费49万元，公务接待费8万元。`);
    assert.deepEqual(summary(text('58')), []);
    assert.deepEqual(summary(text('61')), ['3 error sum-of-parts 61']);
  });

  it('every amount with one decimal is read at one decimal: 27.6 against 22.4 + 5.3 = 27.7 is rounding', () => {
    assert.deepEqual(summary(doc('2022年“三公”经费支出决算27.6万元，其中：公务用车购置及运行维护费22.4万元，公务接待费5.3万元。')), []);
    assert.deepEqual(summary(doc('2022年“三公”经费支出决算26.6万元，其中：公务用车购置及运行维护费22.4万元，公务接待费5.3万元。')), ['3 error sum-of-parts 26.6']);
  });
});

describe('money printed with one decimal at most', () => {
  // pd-yutian-caigou-2023: 7738.1 + 14486.8 + 11704.8 = 33929.7 against 33929.6, every amount to 0.1 亿元.
  const caigou = (extra: string) =>
    doc(
      `2023年全国政府采购规模为33929.6亿元。其中,货物、工程、服务政府采购规模分别为7738.1亿元、14486.8亿元和11704.8亿元。`,
      `从组织形式看,政府集中采购、部门集中采购、分散采购规模分别为8038.3亿元、1522.4亿元和24369.0亿元${extra}。`,
    );

  it('is read at one decimal: parts ± 0.05 each reach 33929.6', () => {
    assert.deepEqual(summary(caigou('')), []);
  });

  it('one amount with two decimals anywhere makes every amount two-decimal again, and 33929.7 ≠ 33929.6 shows', () => {
    assert.deepEqual(summary(caigou(',节约资金12.35亿元')).filter((s) => s.includes('33929.6')), ['3 error sum-of-parts 33929.6']);
  });
});

describe('a table under 单位：万元 whose year columns are money (a helper’s 三公 probe)', () => {
  it('2022年 | 2023年 | 增减 | 增减% in whole 万元: −23.2% from 10 and 8 is rounding (9.9 → 7.6); −33.2% is beyond it', () => {
    const text = (r: string) => doc('单位：万元', '项目\t2022年\t2023年\t增减\t增减%', `合计\t10\t8\t-2\t${r}%`, '公务用车运行维护费\t7\t6\t-1\t-17.6%', '公务接待费\t3\t2\t-1\t-40.0%');
    assert.deepEqual(summary(text('-23.2')), []);
    assert.deepEqual(summary(text('-33.2')), ['5 error table-row-formula -33.2']);
  });
});

describe('a part printed 0 in a whole-万元 statement is no less than 0 (a helper’s 三公 slip probe)', () => {
  it('41 against 0 + 28 + 15: the parts are at least 42 (28 − 0.5 + 15 − 0.5 + 0) — an error; 43 holds', () => {
    const text = (total: string) => doc(`2023年度“三公”经费支出决算${total}万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费28万元（其中：公务用车购置费0万元，公务用车运行维护费28万元），公务接待费15万元。`);
    assert.deepEqual(summary(text('41')), ['3 error sum-of-parts 41']);
    assert.deepEqual(summary(text('43')), []);
  });
});

describe('亿元 to the hundredth beside whole 万元 (a helper’s 预算执行 probes)', () => {
  const county = '2023年全县一般公共预算收入完成15.32亿元，增长6.8%。';
  it('15.32亿元 says nothing of how the 万元 are kept: 12,468 against 8,235 + 4,234 is rounding; 12,458 is not', () => {
    assert.deepEqual(summary(doc(`${county}全年争取衔接推进乡村振兴补助资金12,468万元，其中：中央资金8,235万元，省级资金4,234万元。`)), []);
    assert.deepEqual(summary(doc(`${county}全年争取衔接推进乡村振兴补助资金12,458万元，其中：中央资金8,235万元，省级资金4,234万元。`)), ['3 error sum-of-parts 12,458']);
  });
  it('a 万元 amount with decimals still keeps the text exact: 12,468.00 against 8,235.00 + 4,234.00 is off', () => {
    assert.deepEqual(summary(doc(`${county}全年争取补助资金12,468.00万元，其中：中央资金8,235.00万元，省级资金4,234.00万元。`)), ['3 error sum-of-parts 12,468.00']);
  });
});

describe('0.00 says nothing of how a text keeps its amounts (a helper’s long-document probe)', () => {
  it('whole 万元 throughout beside an empty table of 0.00: 13 against 0 + 7 + 5 is rounding', () => {
    const text = (total: string) => doc(`2023年“三公”经费支出决算${total}万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费7万元，公务接待费5万元。`, '表5 政府性基金预算财政拨款收入支出决算表', '单位：万元', '项目\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余', '合计\t0.00\t0.00\t0.00\t0.00', '注：本部门无政府性基金预算财政拨款收支。');
    assert.deepEqual(summary(text('13')), []);
    assert.deepEqual(summary(text('15')), ['3 error sum-of-parts 15']);
  });
});

describe('multiples from whole 万元, and 亿元 to one decimal throughout (a helper’s whole-万元 probes)', () => {
  it('153 and 41 with 增长2.72倍: (153.4 − 41.2) ÷ 41.2 = 2.72 is in reach — silent; 2.92倍 is not', () => {
    assert.deepEqual(summary(doc('公务接待费支出153万元，较上年41万元增长2.72倍。')), []);
    assert.deepEqual(summary(doc('公务接待费支出153万元，较上年41万元增长2.92倍。')), ['3 error multiple 2.92']);
  });
  it('13.6亿元 against 8.2 + 4.3 + 1.2: rounding at a tenth of 亿 — silent; 1.5 is beyond it', () => {
    const text = (last: string) => doc(`2020年全县一般公共预算收入13.6亿元，其中税收收入8.2亿元、非税收入4.3亿元、转移性收入${last}亿元。`);
    assert.deepEqual(summary(text('1.2')), []);
    assert.deepEqual(summary(text('1.5')), ['3 error sum-of-parts 13.6']);
  });
});

describe('a short statement of money spent, all in whole 万元 (a helper’s 乡镇 probes)', () => {
  it('`“三公”经费支出8万元，其中…6万元，…3万元` and `部门支出总额96万元，其中…41万元，…56万元` are rounding', () => {
    assert.deepEqual(summary(doc('2019年“三公”经费支出8万元，其中公务用车运行维护费6万元，公务接待费3万元。')), []);
    assert.deepEqual(summary(doc('2019年部门支出总额96万元，其中基本支出41万元，项目支出56万元。')), []);
    // (Beyond rounding still a slip; a budget set in whole 万元 stays exact — the seed's 预算数2万元.)
    assert.deepEqual(summary(doc('2019年“三公”经费支出8万元，其中公务用车运行维护费6万元，公务接待费4万元。')), ['3 error sum-of-parts 8']);
    assert.deepEqual(summary(doc('2019年“三公”经费预算数8万元，其中公务用车运行维护费6万元，公务接待费3万元。')), ['3 error sum-of-parts 8']);
  });
});
