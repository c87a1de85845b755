// The rate a change makes of the earlier figure (domain.md): after 增加 the earlier figure is this one − A, after
// 减少 this one + A; when the figure named is the earlier one itself (`上年支出…`), it is the base as it stands.
// Shared by the growth rule and the lists it pairs by position.
import Decimal from 'decimal.js';
import type { Quantity } from '../report/model';
import { t } from '../l10n';
import { add, div, intervalOf, overlaps, scale, sub, type Interval } from './interval';

export type Base = 'after-increase' | 'after-decrease' | 'stated';

/** `a` as a percentage of the base `current` gives; `factor` brings a's unit to current's. Undefined when the base may be 0. */
export function changeRate(a: Quantity, current: Quantity, factor: Decimal, base: Base): { expected: Interval; computed: Decimal } | undefined {
  const aI = scale(intervalOf(a), factor);
  const cI = intervalOf(current);
  const ratio = div(aI, base === 'stated' ? cI : base === 'after-decrease' ? add(cI, aI) : sub(cI, aI));
  if (!ratio) return undefined;
  const av = a.value.mul(factor);
  const b = base === 'stated' ? current.value : base === 'after-decrease' ? current.value.add(av) : current.value.sub(av);
  if (b.isZero()) return undefined;
  return { expected: scale(ratio, new Decimal(100)), computed: av.div(b).mul(100) };
}

/**
 * A common real slip: the change divided by this year instead of the year before. The note that says so when the
 * stated rate fits that division, for a rate whose base is not stated as such.
 */
export function thisYearNote(stated: Quantity, a: Quantity, current: Quantity, factor: Decimal): string | undefined {
  const wrongBase = div(scale(intervalOf(a), factor), intervalOf(current));
  if (!wrongBase || !overlaps(intervalOf(stated), scale(wrongBase, new Decimal(100)))) return undefined;
  return t('文中数字是以本期数为分母算出的（{0} ÷ {1}），增长率应以上期数为分母', a.raw, current.raw);
}

/**
 * `公务用车运行维护费1490.91万元,比上年减支670.23万元,降低81.67%` (rc2-atushi-czj-2021): 81.67% is 670.23 ÷ (1490.91 −
 * 670.23), the rate of an increase. The note that says so when the stated rate fits the other direction's base.
 */
export function otherDirectionNote(stated: Quantity, a: Quantity, current: Quantity, factor: Decimal, down: boolean): string | undefined {
  const other = changeRate(a, current, factor, down ? 'after-increase' : 'after-decrease');
  if (!other || !overlaps(intervalOf(stated), other.expected)) return undefined;
  return down
    ? t('文中数字按增加计算相符（{0} ÷ ({1} − {0})），“减少”“下降”等用词可能有误', a.raw, current.raw)
    : t('文中数字按减少计算相符（{0} ÷ ({1} + {0})），“增加”“增长”等用词可能有误', a.raw, current.raw);
}
