// Reports in traditional characters (mirror sites, 香港新闻网 reprints) are read through OpenCC's t2cn conversion,
// character for character: the ranges are the original text's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import { readable } from '../../../server/src/report/simplified';
import { summary } from '../rules/helpers';

// pd-jjrb-caigou-2014 line 5, with its growth rate misprinted (924.24 ÷ 16381.10 = 5.64%).
const traditional = (rate: string) =>
  `2014年全國政府採購規模為17305.34億元,比上年增加924.24億元,增長${rate}%,增幅下降11.6個百分點。`;

test('a traditional text is read in simplified characters, at the same offsets', () => {
  const text = traditional('5.6');
  const simplified = readable(text);
  assert.equal(simplified.length, text.length);
  assert.match(simplified, /全国政府采购规模为17305\.34亿元,比上年增加924\.24亿元,增长5\.6%/);
  assert.ok(analyze(text).checks.some((c) => c.ruleId === 'growth' && c.holds));
});

test('a slip in a traditional text is found, its range on the original figure', () => {
  const text = traditional('8.6');
  assert.deepEqual(summary(text), ['1 error growth 8.6']);
  const f = analyze(text).findings.find((x) => x.ruleId === 'growth')!;
  assert.equal(text.slice(f.span.start, f.span.end), '8.6');
});

test('a simplified text with a stray traditional character or two is left as it is', () => {
  const text = '2023年预算数为12.00万元，說明如下。';
  assert.equal(readable(text), text);
});

// ys-henan-sangong-2015.txt line 2, as the mirror stores it (traditional, with pinyin after some characters).
const annotated = (rate: string) =>
  `去年省級(jí)一般公共預(yù)算安排的“三公”經(jīng)費(fèi)決算支出5億元,比上年減少3.3億元,下降${rate}%。其中公務(wù)用車購(gòu)置及運(yùn)行費3億元,比上年減少1.2億元。`;

test('pinyin after characters (預(yù)算) is read as spaces: names match, ranges stay the original’s', () => {
  const text = annotated('39.8');
  const read = readable(text);
  assert.equal(read.length, text.length);
  assert.ok(read.includes('一般公共预    算安排'));
  const growth = analyze(text).checks.find((c) => c.ruleId === 'growth')!;
  assert.ok(growth.holds);
  assert.equal(growth.formula, '比上年减少 3.3 ÷ (去年省级一般公共预算安排的“三公”经费决算支出 5 + 3.3)');
  const f = analyze(annotated('66')).findings.find((x) => x.ruleId === 'growth')!;
  assert.equal(annotated('66').slice(f.span.start, f.span.end), '66');
});

test('brackets that are no pinyin are kept: (PPP), (dá) after a digit, (a)', () => {
  for (const s of ['项目采用(PPP)模式实施', '第3(dá)项', '附表(a)']) assert.equal(readable(s), s);
});

test('萬(wàn)元 is a unit once its pinyin is blanked (the ru-/sx-zhanjiang mirror pages)', () => {
  const text = (total: string) =>
    `2018年湛江市民主黨派財政撥款“三公”經費支出預算合計${total}萬(wàn)元,其中:因公出國(境)費0萬(wàn)元,公務接待費5.28萬(wàn)元,公務用車購置及運行費8.5萬(wàn)元。`;
  assert.deepEqual(summary(text('13.78')), []);
  assert.ok(analyze(text('13.78')).checks.some((c) => c.holds && c.formula.includes('5.28')));
  assert.deepEqual(summary(text('14.78')), ['1 error sum-of-parts 14.78']);
});
