// 预决算差异率 (三公 statements of 新疆 and others): `支出合计预算数1691.24万元,决算数1645.14万元,预决算差异率-2.72%`
// (rc2-atushi-czj-2021) — (决算 − 预算) ÷ 预算, with its sign: −2.7258%, printed −2.72 by truncation. Read only when
// the rate's own sentence names one 预算数 and one 决算数 before it, after the sentence's previous 差异率. A rate
// printed without a sign may be the difference either way; a sign printed must be the difference's.
import Decimal from 'decimal.js';
import type { Paragraph, Quantity } from '../report/model';
import { div, intervalOf, scale, sub } from './interval';
import { unitFactor } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

export const VARIANCE = /(预决算|决算与预算|预算与决算)?(差异|偏差)率(为|是)?$/;
const BUDGET = /预算(数|金额)?(为|是)?$/;
const ACTUAL = /决算(数|金额)?(为|是)?$/;

/** Whether the rate at p.quantities[at] was read as a 差异率 (and checked). */
export function varianceRate(out: RuleOutput, p: Paragraph, r: Quantity, at: number, sentenceStart: number): boolean {
  if (!VARIANCE.test(r.label)) return false;
  let budget: Quantity | undefined;
  let actual: Quantity | undefined;
  for (let i = at - 1; i >= 0 && p.quantities[i].span.start >= sentenceStart; i--) {
    const q = p.quantities[i];
    if (q.kind === 'percent' && VARIANCE.test(q.label)) break;
    if (q.kind !== 'money' || q.incidental || q.inParens) continue;
    if (ACTUAL.test(q.label) && !/预算/.test(q.label)) {
      if (actual) return false;
      actual = q;
    } else if (BUDGET.test(q.label) && !/决算/.test(q.label)) {
      if (budget) return false;
      budget = q;
    }
  }
  if (!budget || !actual || budget.value.isZero()) return false;
  const f = unitFactor(actual.unit, budget.unit);
  const ratio = div(sub(scale(intervalOf(actual), f), intervalOf(budget)), intervalOf(budget));
  if (!ratio) return false;
  const computed = actual.value.mul(f).sub(budget.value).div(budget.value).mul(100);
  // Unsigned: the size of the difference, whichever way it goes.
  const signed = r.value.isNegative() || computed.isZero() || computed.isPositive();
  const expected = scale(ratio, new Decimal(signed ? 100 : -100));
  relation(out, {
    ruleId: 'rate',
    stated: r,
    label: r.label.replace(/(为|是)$/, ''),
    operands: [operandOf(actual), operandOf(budget)],
    formula: `(${actual.label.replace(/(为|是)$/, '')} ${actual.raw} − ${budget.label.replace(/(为|是)$/, '')} ${budget.raw}) ÷ ${budget.raw}`,
    computed: signed ? computed : computed.neg(),
    expected,
    decimals: Math.max(2, r.decimals),
    unit: '%',
  });
  return true;
}
