// Incidental figures: years and dates, ordinals (第N), thresholds (50万元以上), approximations (约, 超过),
// references (表1) — figures, but not stated amounts a relation could use.
import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { doc, figures, parse } from './helpers';
import { checks, summary } from '../rules/helpers';

const incidental = (sentence: string) =>
  figures(parse(doc(sentence))).map((f) => `${f.atSpan}${f.unit}${f.incidental ? ' ·' : ''}`);

describe('incidental figures', () => {
  it('years, months and days', () => {
    assert.deepEqual(incidental('截至2023年12月31日在职人员47人。'), ['2023年 ·', '12月 ·', '31日 ·', '47人']);
  });

  it('a year with 年度', () => {
    assert.deepEqual(incidental('2023年度政府采购支出2360.19万元。'), ['2023年度 ·', '2360.19万元']);
  });

  it('thresholds: 50万元以上, 2亿元以上', () => {
    assert.deepEqual(incidental('仅对50万元以上的项目资金进行分项说明，投资2亿元以上项目19个。'), ['50万元 ·', '2亿元 ·', '19个']);
  });

  it('ordinals and references: 第3季度, 表1', () => {
    assert.deepEqual(incidental('第3季度支出120万元，详见表1。'), ['3 ·', '120万元', '1 ·']);
  });

  it('approximate and bounded figures: 约5万元, 超过80%', () => {
    assert.deepEqual(incidental('节约资金约5万元，签约入驻率超过80%。'), ['5万元 ·', '80% ·']);
  });

  it('a stated amount next to a date is not incidental', () => {
    assert.deepEqual(incidental('2023年12月支出30万元。'), ['2023年 ·', '12月 ·', '30万元']);
  });
});

test('a threshold passed (`首次突破2万亿元`, `首破2万亿元`) is no amount: the change after it is of the figure before (pd-jinghua-caigou-2015)', () => {
  const text = doc('2015年全国政府采购规模为21070.5亿元,首次突破2万亿元,比上年增加3765.2亿元,增长21.8%。');
  assert.deepEqual(summary(text), []);
  assert.ok(checks(text).some((c) => c.rule === 'growth' && c.figure === '21.8' && c.holds));
});

test('`1-6月支出40万元`: the range of months is one date, and what follows it is named 支出 (a helper’s 运行监控 probe)', () => {
  const spent = figures(parse('全年预算100万元，2023年1-6月支出40万元，执行率40%。')).find((q) => q.raw === '40' && q.unit === '万元')!;
  assert.equal(spent.label, '支出');
  assert.ok(figures(parse('2023年1-6月支出40万元。')).find((q) => q.raw === '1')!.incidental);
  assert.deepEqual(summary(doc('全年预算100万元，1-6月支出40万元，执行率45%。')), ['3 error rate 45']);
  assert.deepEqual(summary(doc('全年预算100万元，1-6月支出40万元，执行率40%。')), []);
  // (And spent so far named by when: `截至6月底支出`, `上半年支出`.)
  assert.deepEqual(summary(doc('全年预算100万元，截至6月底支出40万元，执行率45%。')), ['3 error rate 45']);
  assert.deepEqual(summary(doc('全年预算100万元，上半年支出40万元，执行率45%。')), ['3 error rate 45']);
});
