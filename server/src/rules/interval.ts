// The rounding rule of domain.md: a stated figure stands for an interval; a relation holds when some values
// inside all the intervals satisfy it (XBRL Calculations 1.1). All arithmetic in decimal.js.
import Decimal from 'decimal.js';
import type { Quantity } from '../report/model';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

const ZERO = new Decimal(0);
/** HALVES[d] = 0.5 × 10^−d, computed once. */
const HALVES = Array.from({ length: 12 }, (_, d) => new Decimal(5).mul(new Decimal(10).pow(-d - 1)));

/** Half the last printed digit: money never coarser than two decimals; counts and 分值 exact. */
export function halfWidth(q: Pick<Quantity, 'kind' | 'decimals'>, exact = false): Decimal {
  if (exact || (q.kind === 'count' && q.decimals === 0)) return ZERO;
  const digits = q.kind === 'money' || q.kind === 'plain' ? Math.max(q.decimals, 2) : q.decimals;
  return HALVES[digits] ?? new Decimal(5).mul(new Decimal(10).pow(-digits - 1));
}

export function intervalOf(q: Pick<Quantity, 'kind' | 'decimals' | 'value'>, factor: Decimal.Value = 1, exact = false): Interval {
  const h = halfWidth(q, exact);
  if (factor === 1 || (factor instanceof Decimal && factor.eq(1))) return { lo: q.value.sub(h), hi: q.value.add(h) };
  const f = new Decimal(factor);
  return { lo: q.value.sub(h).mul(f), hi: q.value.add(h).mul(f) };
}

export function point(v: Decimal.Value): Interval {
  const d = new Decimal(v);
  return { lo: d, hi: d };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.add(b.lo), hi: a.hi.add(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.sub(b.hi), hi: a.hi.sub(b.lo) };
}

export function sum(items: Interval[]): Interval {
  return items.reduce(add, point(0));
}

export function mul(a: Interval, b: Interval): Interval {
  const p = [a.lo.mul(b.lo), a.lo.mul(b.hi), a.hi.mul(b.lo), a.hi.mul(b.hi)];
  return { lo: Decimal.min(...p), hi: Decimal.max(...p) };
}

/** a ÷ b, or undefined when b may be zero (nothing can be said then). */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  const p = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...p), hi: Decimal.max(...p) };
}

export function scale(a: Interval, f: Decimal.Value): Interval {
  return mul(a, point(f));
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** a ≤ b possible for some values inside both. */
export function canBeAtMost(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi);
}

export function mid(a: Interval): Decimal {
  return a.lo.add(a.hi).div(2);
}
