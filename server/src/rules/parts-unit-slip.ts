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

/**
 * `其中完成村卫生室实施基本药物制度补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元` (sf-wangcang-wjj-2021): a
 * total in another unit than all its parts, whose digits the parts make in theirs — the total's unit is the slip.
 */
export function wholeUnitSlip(total: Quantity, parts: Quantity[]): boolean {
  if (total.kind !== 'money' || !TO_WAN[total.unit] || parts.length < 2 || parts.some((p) => p.kind !== 'money' || p.unit !== parts[0].unit)) return false;
  if (parts[0].unit === total.unit || !TO_WAN[parts[0].unit]) return false;
  const alike = sum(parts.map((p) => intervalOf(p)));
  const asWritten = sum(parts.map((p) => intervalOf(p, unitFactor(p.unit, total.unit))));
  return overlaps(alike, intervalOf(total)) && !overlaps(asWritten, intervalOf(total));
}

/** Reports the part whose unit is wrong (or the total's, wholeUnitSlip) and returns true, or returns false. */
export function partsUnitSlip(out: RuleOutput, total: Quantity, parts: Quantity[], label: string): boolean {
  if (wholeUnitSlip(total, parts)) {
    const value = parts.reduce((a, p) => a.add(p.value), total.value.mul(0));
    out.report({
      span: total.span,
      severity: 'error',
      message: t('{0} {1}{2} 的单位像是写错了：所列各项都以{3}计，之和为 {4}{3}，与该数的数字相符', label, total.raw, total.unit, parts[0].unit, fmt(value, 2)),
      related: parts.map((p) => ({ span: p.span, message: `${p.label} ${p.raw}${p.unit}` })),
    });
    return true;
  }
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
