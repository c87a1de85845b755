// `“三公”经费支出预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%` (sg-km-kjj-2018): a rate that the two
// amounts give only if they were in the same unit, in a paragraph whose money is all in the other unit: the unit of
// the odd amount is the slip (494,400.00 元), and the rate is checked as if it were right.
import type { Paragraph, Quantity } from '../report/model';
import { TO_WAN } from '../report/quantities';
import Decimal from 'decimal.js';
import { div, intervalOf, overlaps, scale } from './interval';
import { unitFactor } from './prose-lists';
import { changeRate, type Base } from './change-rate';
import { t } from '../l10n';
import { fmt } from './format';
import type { RuleOutput } from './rule';

/**
 * The amount in the wrong unit, when the rate does not fit the two amounts as printed but fits them (to its last
 * digit) in one unit, and that amount's unit is the paragraph's odd one out; with the rate they then give.
 */
export function wrongUnit(p: Paragraph, num: Quantity, den: Quantity, stated: Quantity): { odd: Quantity; other: Quantity; rate: Decimal } | undefined {
  const odd = oddUnit(p, num, den);
  if (!odd) return undefined;
  const asPrinted = div(scale(intervalOf(num), unitFactor(num.unit, den.unit)), intervalOf(den));
  if (asPrinted && overlaps(scale(asPrinted, HUNDRED), intervalOf(stated))) return undefined;
  const rate = sameUnitRate(num, den, stated);
  return rate ? { odd, other: odd === num ? den : num, rate } : undefined;
}

/** The operand whose money unit is the paragraph's odd one out, when every other money figure there has the other's. */
function oddUnit(p: Paragraph, num: Quantity, den: Quantity): Quantity | undefined {
  if (num.kind !== 'money' || den.kind !== 'money' || num.unit === den.unit || !TO_WAN[num.unit] || !TO_WAN[den.unit]) return undefined;
  const units = unitsOf(p);
  return units.size === 2 ? loneUnit(units, num, den, 3) : undefined;
}

/** Of two amounts, the one whose unit only it has in the paragraph, when `others` figures or more have the other's. */
function loneUnit(units: Map<string, number>, a: Quantity, b: Quantity, others: number): Quantity | undefined {
  const aUnit = units.get(a.unit) ?? 0;
  const bUnit = units.get(b.unit) ?? 0;
  if (aUnit === 1 && bUnit >= others) return a;
  if (bUnit === 1 && aUnit >= others) return b;
  return undefined;
}

/** Reports the amount in the wrong unit, with the rate (`what`, stated as `stated`) the amounts give in one unit. */
export function reportWrongUnit(out: RuleOutput, odd: Quantity, other: Quantity, what: string, rate: Decimal, stated: Quantity): void {
  out.report({
    span: odd.span,
    severity: 'error',
    message: t('{0} {1}{2} 的单位像是写错了：同段其他金额都以{3}计；按{3}计，{4}为 {5}%，与文中的 {6}% 相近', odd.label, odd.raw, odd.unit, other.unit, what, fmt(rate, 2), stated.raw),
    related: [{ span: stated.span, message: `${stated.label} ${stated.raw}%` }, { span: other.span, message: `${other.label} ${other.raw}${other.unit}` }],
  });
}

/** How many money figures of each unit a paragraph has, counted once per paragraph. */
const counted = new WeakMap<Paragraph, Map<string, number>>();
function unitsOf(p: Paragraph): Map<string, number> {
  let units = counted.get(p);
  if (!units) {
    units = new Map();
    for (const q of p.quantities) if (q.kind === 'money' && !q.incidental) units.set(q.unit, (units.get(q.unit) ?? 0) + 1);
    counted.set(p, units);
  }
  return units;
}

const HUNDRED = new Decimal(100);

/** The rate as if both amounts were in one unit, in percent, when it meets the stated rate (to its last digit). */
function sameUnitRate(num: Quantity, den: Quantity, stated: Quantity): Decimal | undefined {
  const ratio = div(intervalOf(num), intervalOf(den));
  if (!ratio || den.value.isZero()) return undefined;
  const s = intervalOf(stated);
  const ulp = new Decimal(10).pow(-stated.decimals);
  const near = { lo: s.lo.sub(ulp), hi: s.hi.add(ulp) };
  return overlaps(scale(ratio, HUNDRED), near) ? num.value.div(den.value).mul(100) : undefined;
}

/**
 * `项目支出29.36元,较2016 年度决算数减少973.77万元,下降97.07%` (rl4-tianshui-fuyoubaojianyuan-2017; 基本支出 8396.48 +
 * 29.36 = 支出 8425.84万元): a change's rate that its two amounts give only in one unit, where the rest of the
 * paragraph's money is in the other's: the odd amount's unit is the slip, not the rate. Undefined when the rate
 * does not fit so; without `odd` when it does but the paragraph does not say which amount is odd.
 */
export function changeInWrongUnit(p: Paragraph, change: Quantity, current: Quantity, stated: Quantity, base: Base): { odd?: Quantity; other: Quantity; rate: Decimal } | undefined {
  if (change.kind !== 'money' || current.kind !== 'money' || change.unit === current.unit || !TO_WAN[change.unit] || !TO_WAN[current.unit]) return undefined;
  const asPrinted = changeRate(change, current, unitFactor(change.unit, current.unit), base);
  const alike = changeRate(change, current, new Decimal(1), base);
  if (!alike || (asPrinted && overlaps(asPrinted.expected, intervalOf(stated))) || !overlaps(alike.expected, intervalOf(stated))) return undefined;
  // Which of the two is in the wrong unit the paragraph may not tell (a PDF's page cut it short): then neither is
  // named, and the rate is not blamed either.
  const odd = loneUnit(unitsOf(p), current, change, 2);
  return { odd, other: odd === change ? current : change, rate: alike.computed };
}
