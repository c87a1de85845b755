// A formula written out with its numbers, as 自评 reports show their working: `预算执行率=全年执行数/全年预算数×100%=
// 145.6/160×100%=91%`, `得分=执行率×分值=96.8%×10=9.68分`. Read only as written: two figures with ÷ (or /) between,
// an optional `×100%`, then `=` and the result; or a percentage × a figure = the result. Nothing else is a formula.
import Decimal from 'decimal.js';
import type { Paragraph, Quantity } from '../report/model';
import { t } from '../l10n';
import { wordsBetween } from '../report/prose';
import { div, intervalOf, mul, point, scale } from './interval';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const HUNDRED = new Decimal(100);
const between = (p: Paragraph, a: Quantity, b: Quantity, re: RegExp) => a.span.end <= b.span.start && re.test(wordsBetween(p, (a.fullSpan ?? a.span).end, b.span.start));
const OVER = /^\s*[/÷]\s*$/;
const TIMES = /^\s*[×xX*]\s*$/;
const EQUALS = /^\s*[=＝]\s*$/;
const isNumber = (q: Quantity) => !q.incidental && (q.kind === 'plain' || q.kind === 'money' || q.kind === 'count');

/** `A/B×100%=C%` or `A/B=C%`: C is A ÷ B in percent. */
export function writtenRatios(p: Paragraph, out: RuleOutput): void {
  const qs = p.quantities;
  for (let i = 0; i + 2 < qs.length; i++) {
    const [a, b] = [qs[i], qs[i + 1]];
    if (!isNumber(a) || !isNumber(b) || !between(p, a, b, OVER)) continue;
    let k = i + 2;
    const hundred = qs[k];
    if (hundred && hundred.unit === '%' && hundred.value.eq(HUNDRED) && between(p, b, hundred, TIMES)) k++;
    const c = qs[k];
    if (!c || c.unit !== '%' || c.incidental || !between(p, qs[k - 1], c, EQUALS) || b.value.isZero()) continue;
    const ratio = div(intervalOf(a), intervalOf(b));
    if (!ratio) continue;
    relation(out, {
      ruleId: 'rate',
      stated: c,
      label: t('算式的结果'),
      operands: [operandOf(a), operandOf(b)],
      formula: `${a.raw} ÷ ${b.raw} × 100%`,
      computed: a.value.div(b.value).mul(HUNDRED),
      expected: scale(ratio, HUNDRED),
      decimals: Math.max(2, c.decimals),
      unit: '%',
    });
  }
}

/** `X%×N=S分`: S is X% of N. */
export function writtenProducts(p: Paragraph, out: RuleOutput): void {
  const qs = p.quantities;
  for (let i = 0; i + 2 < qs.length; i++) {
    const [r, n, s] = [qs[i], qs[i + 1], qs[i + 2]];
    if (r.unit !== '%' || r.incidental || !isNumber(n) || s.incidental || !(s.kind === 'score' || isNumber(s))) continue;
    if (!between(p, r, n, TIMES) || !between(p, n, s, EQUALS)) continue;
    const expected = mul(scale(intervalOf(r), new Decimal(1).div(HUNDRED)), point(n.value));
    relation(out, {
      ruleId: 'score',
      stated: s,
      label: t('算式的结果'),
      operands: [operandOf(r), operandOf(n)],
      formula: `${r.raw}% × ${n.raw}`,
      computed: r.value.mul(n.value).div(HUNDRED),
      expected,
      decimals: Math.max(2, s.decimals),
      unit: s.unit === '分' ? '分' : '',
    });
  }
}
