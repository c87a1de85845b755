// `自治区投入资金85万元(农村部分计划生育家庭奖励扶助资金13万元,计划生育家庭特别扶助72元)` (rv-alashan-wjw-2023),
// `本年支出合计252.5万元,…其中:基本支出252.5\n元` (ra-xxqu-dieryey-2017): one part in 元 among amounts in 万元, which
// read in 万元 makes the parts add up to the total exactly: its unit is the slip, not the sum.
import type { Quantity } from '../report/model';
import { t } from '../l10n';
import { fmt } from './format';
import { intervalOf, overlaps, sum } from './interval';
import { unitFactor } from './prose-lists';
import type { RuleOutput } from './rule';
import { TO_WAN } from '../report/quantities';

/** Reports the part whose unit is wrong and returns true, or returns false. */
export function partsUnitSlip(out: RuleOutput, total: Quantity, parts: Quantity[], label: string): boolean {
  if (total.kind !== 'money' || !TO_WAN[total.unit]) return false;
  const odd = parts.filter((p) => p.unit !== total.unit);
  if (odd.length !== 1 || !TO_WAN[odd[0].unit] || parts.some((p) => p.kind !== 'money')) return false;
  const [slip] = odd;
  const asWritten = sum(parts.map((p) => intervalOf(p, unitFactor(p.unit, total.unit))));
  const alike = sum(parts.map((p) => intervalOf(p)));
  if (overlaps(asWritten, intervalOf(total)) || !overlaps(alike, intervalOf(total))) return false;
  const value = parts.reduce((a, p) => a.add(p.value), slip.value.mul(0));
  out.report({
    span: slip.span,
    severity: 'error',
    message: t('{0} {1}{2} 的单位像是写错了：其余各项与总数都以{3}计；按{3}计，各项之和为 {4}{3}，与{5} {6}{3}相符', slip.label, slip.raw, slip.unit, total.unit, fmt(value, 2), label, total.raw),
    related: [{ span: total.span, message: `${label} ${total.raw}${total.unit}` }],
  });
  return true;
}
