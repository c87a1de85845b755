// `残疾人福利项目34万(福康工程)` among amounts in 万元 (rl1-hanbin-mzj-2019): an item written with 万 alone is an amount
// in 万元, and a part of its list; `全县人口50万` stays a count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figures, parse } from './helpers';
import { checks, summary } from '../rules/helpers';

const hanbin = (last: string) =>
  `2019年市民政局下达我区中央彩票公益金375万元,其中老年人福利项目327万元(农村敬老院护理设施提升改造项目327万)、社会公益类项目14万元(社会工作与志愿服务14万元)、残疾人福利项目${last}万(福康工程)。`;

describe('an amount written with 万 alone in a list of 万元', () => {
  it('34万 is money in 万元, and 375 = 327 + 14 + 34 is checked', () => {
    const f = figures(parse(hanbin('34'))).find((x) => x.raw === '34')!;
    assert.equal(f.unit, '万元');
    assert.equal(f.kind, 'money');
    assert.ok(
      checks(hanbin('34')).some((c) => c.rule === 'sum-of-parts' && c.figure === '375' && c.holds),
      JSON.stringify(checks(hanbin('34'))),
    );
  });

  it('44万: the parts (385) are more than the whole (375) — an error', () => {
    assert.deepEqual(summary(hanbin('44')), ['1 error sum-of-parts 375']);
  });

  it('a count in ten-thousands (`全县人口50万、`) and a figure with no 万元 beside it stay as they are', () => {
    const people = figures(parse('全县财政支出20万元,全县人口50万、耕地3万亩。')).find((x) => x.raw === '50')!;
    assert.notEqual(people.unit, '万元');
    const alone = figures(parse('项目覆盖50万,成效明显。')).find((x) => x.raw === '50')!;
    assert.notEqual(alone.unit, '万元');
  });

  it('`增收4,376万` after an amount in 万元 in its sentence is money in 万元, and its growth rate is checked', () => {
    const text = '地方一般公共预算收入(同口径)完成30,161万元,同比增长14.6%,增收4,376万';
    assert.equal(figures(parse(text)).find((x) => x.raw === '4,376')!.unit, '万元');
    assert.deepEqual(summary(text), ['1 error growth 14.6']);
    assert.deepEqual(summary('地方一般公共预算收入完成30,161万元,同比增长16.97%,增收4,376万'), []);
    // Not after a count, nor across a sentence's end.
    assert.notEqual(figures(parse('全县人口30万。增收4,376万')).find((x) => x.raw === '4,376')!.unit, '万元');
  });
});
