// Number forms in prose (domain.md): 47,281.07; full-width ４７２８１．０７; −68.75 (U+2212) and -68.75; spaces from
// PDF (`881300.39 元`, `下降 15.87 %`); printed precision; the span is the number, the full span adds the unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, figures, parse } from './helpers';
import { summary } from '../rules/helpers';

const only = (sentence: string) => {
  const text = doc(sentence);
  const report = parse(text);
  const qs = report.paragraphs.flatMap((p) => p.quantities).filter((q) => !q.incidental);
  assert.equal(qs.length, 1, JSON.stringify(figures(report)));
  return { text, q: qs[0] };
};

describe('number forms', () => {
  it('thousands separators: `47,281.07万元` is 47281.07 万元, two decimals, raw as printed', () => {
    const { text, q } = only('总支出47,281.07万元。');
    assert.equal(q.value.toString(), '47281.07');
    assert.equal(q.unit, '万元');
    assert.equal(q.kind, 'money');
    assert.equal(q.decimals, 2);
    assert.equal(q.raw, '47,281.07');
    assert.equal(at(text, q.span), '47,281.07');
    assert.equal(at(text, q.fullSpan), '47,281.07万元');
  });

  it('full-width digits and point: `４７２８１．０７万元` is 47281.07', () => {
    const { text, q } = only('总支出４７２８１．０７万元。');
    assert.equal(q.value.toString(), '47281.07');
    assert.equal(q.decimals, 2);
    assert.equal(q.raw, '４７２８１．０７');
    assert.equal(at(text, q.span), '４７２８１．０７');
  });

  it('negative with U+2212 and with a hyphen: −68.75 and -68.75', () => {
    for (const minus of ['−', '-']) {
      const { text, q } = only(`预算调整${minus}68.75万元。`);
      assert.equal(q.value.toString(), '-68.75');
      assert.equal(at(text, q.span), `${minus}68.75`);
    }
  });

  it('spaces between number and unit (PDF): `881300.39 元`, `下降 15.87 %`', () => {
    const text = doc('2023年支出881300.39 元，下降 15.87 %。');
    const found = figures(parse(text)).filter((f) => !f.incidental);
    assert.deepEqual(
      found.map((f) => [f.value, f.unit, f.kind, f.atSpan, f.label]),
      [
        ['881300.39', '元', 'money', '881300.39', '支出'],
        ['15.87', '%', 'percent', '15.87', '下降'],
      ],
    );
  });

  it('printed precision: `15.5` has 1 decimal, `1` none, `0.8351` four', () => {
    const text = doc('项目支出15.5万元，公务用车运行维护费1万元，公务接待费0.8351万元。');
    assert.deepEqual(figures(parse(text)).map((f) => [f.raw, f.decimals]), [['15.5', 1], ['1', 0], ['0.8351', 4]]);
  });

  it('units and kinds: 亿元 money, 人 and 个 counts, 倍 multiple, 分 score', () => {
    const text = doc('总收入153.65亿元，在职人员47人，招引24个项目，增长109.37倍，自评得分94.5分。');
    assert.deepEqual(
      figures(parse(text)).map((f) => `${f.raw}${f.unit}:${f.kind}`),
      ['153.65亿元:money', '47人:count', '24个:count', '109.37倍:multiple', '94.5分:score'],
    );
  });

  it('labels are the noun phrase before the figure, connectors trimmed', () => {
    const text = doc('2023年决算总支出47281.07万元，其中：基本支出为344.12万元，占总支出的0.73%。');
    assert.deepEqual(
      figures(parse(text)).filter((f) => !f.incidental).map((f) => f.label),
      ['决算总支出', '基本支出', '占总支出的'],
    );
  });

  it('a label that starts right after a year or month keeps the 年/月 of 年末, 年底, 月末', () => {
    const text = doc('2023年末在职人员28人，截至2023年底实有人员30人，12月末余额5万元，2023年度决算支出9万元。');
    assert.deepEqual(
      figures(parse(text)).filter((f) => !f.incidental).map((f) => f.label),
      ['年末在职人员', '年底实有人员', '月末余额', '决算支出'],
    );
  });

  it('A、B、C分别为x、y、z: each figure takes the name in its place; the names may stand in the clause before', () => {
    const text = doc(
      '因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、39.84万元、8.79万元。',
      '项目支出主要用于执法办案、科技信息化建设和道路交通安全设施维护，分别为1268.40万元、1635.92万元、540.25万元。',
      '在职人员、退休人员分别为276人和22人。',
      '培训费和差旅费分别为3万元、4万元和5万元。',
    );
    assert.deepEqual(
      figures(parse(text)).map((f) => (f.label ? `${f.label} ${f.raw}` : f.raw)),
      [
        '因公出国（境）费 0', '公务用车购置及运行维护费 39.84', '公务接待费 8.79',
        '执法办案 1268.40', '科技信息化建设 1635.92', '道路交通安全设施维护 540.25',
        '在职人员 276', '退休人员 22',
        // two names for three figures: not read as a list, the first figure keeps the clause's words
        '培训费和差旅费 3', '4', '5',
      ],
    );
  });

  it('a space may group thousands (`1 000.50万元`), but not after 表 or 第 (`表1 100万元以上项目`)', () => {
    const text = doc('村集体资产总额 1 000.50万元，表1 100万元以上项目3个，共3 100人，2023年 12月。');
    assert.deepEqual(
      figures(parse(text)).filter((f) => !f.incidental).map((f) => `${f.atSpan}=${f.value}`),
      ['1 000.50=1000.5', '3=3', '3 100=3100'],
    );
  });

  it('`依次为` shares its names out like `分别为`', () => {
    const text = doc('因公出国（境）费、公务用车购置及运行维护费、公务接待费依次为0万元、39.84万元、8.79万元。');
    assert.deepEqual(figures(parse(text)).map((f) => f.label), ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费']);
  });
});

describe('万亿元 (pd-cnss-gzzc-2017: national 国有资产 reports)', () => {
  it('is money, 10^8 万元, and adds with the other money units', () => {
    const text = doc('2017年，全国行政事业单位资产总额30.0万亿元，负债总额9.5万亿元，净资产20.5万亿元。');
    assert.deepEqual(
      figures(parse(text)).filter((f) => !f.incidental).map((f) => `${f.raw}${f.unit}:${f.kind}`),
      ['30.0万亿元:money', '9.5万亿元:money', '20.5万亿元:money'],
    );
    assert.deepEqual(summary(text.replace('20.5万亿元', '21.5万亿元')), ['3 error identity 30.0']);
  });
});

describe('tons and 万亩 are counted (a helper’s 农业补贴 probe)', () => {
  it('`粮食产量110万吨，比上年增加10万吨，增长12%`: 10 ÷ 100 = 10%, an error; rounded to the 万吨 printed, 10.1% holds', () => {
    assert.equal(figures(parse('粮食产量110万吨。')).find((q) => q.raw === '110')!.unit, '万吨');
    assert.deepEqual(summary(doc('粮食产量110万吨，比上年增加10万吨，增长12%。')), ['3 error growth 12']);
    assert.deepEqual(summary(doc('粮食产量110万吨，比上年增加10万吨，增长10.1%。')), []);
    assert.deepEqual(summary(doc('造林面积45.6万亩，比上年增加5.6万亩，增长14%。')), []);
    assert.deepEqual(summary(doc('造林面积45.6万亩，比上年增加5.6万亩，增长18%。')), ['3 error growth 18']);
  });
});
