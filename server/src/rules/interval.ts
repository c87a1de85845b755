// The rounding rule of domain.md: a stated figure stands for an interval; a relation holds when some values
// inside all the intervals satisfy it (XBRL Calculations 1.1). All arithmetic is exact decimal: in decimal.js,
// or — for the sums, differences and unit changes most relations are made of — on scaled integers (Scaled
// below), which give the very same results.
import Decimal from 'decimal.js';
import type { Quantity } from '../report/model';
import { align, aligned, powerOfTen, read, readScaled, shift, toDecimal } from './scaled';

/** lo ≤ hi, always: every interval is built from a figure's, and each operation below keeps the order. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
/** HALVES[d] = 0.5 × 10^−d, computed once. */
const HALVES = Array.from({ length: 12 }, (_, d) => new Decimal(5).mul(new Decimal(10).pow(-d - 1)));

/**
 * An interval held exactly as lo = loN × 10^−places and hi = hiN × 10^−places (see scaled.ts): each bound is,
 * in value, the one decimal.js arithmetic reaches, and operations that cannot stay exact hand over to
 * decimal.js. Only the sign of a zero may differ, and intervals are only ever compared, where −0 = 0.
 * The Decimal bounds are built when asked for (a division, a product).
 */
class Scaled implements Interval {
  private loD?: Decimal;
  private hiD?: Decimal;
  constructor(
    readonly loN: number,
    readonly hiN: number,
    readonly places: number,
  ) {}
  get lo(): Decimal {
    return (this.loD ??= toDecimal(this.loN, this.places));
  }
  get hi(): Decimal {
    return (this.hiD ??= toDecimal(this.hiN, this.places));
  }
}

const ZERO_POINT = new Scaled(0, 0, 0);

function scaled(lo: number, hi: number, places: number): Scaled | undefined {
  return Number.isSafeInteger(lo) && Number.isSafeInteger(hi) ? new Scaled(lo, hi, places) : undefined;
}

/** Half the last printed digit: money never coarser than two decimals; counts and 分值 exact. */
export function halfWidth(q: Pick<Quantity, 'kind' | 'decimals' | 'coarse'>, exact = false): Decimal {
  if (isExact(q, exact)) return ZERO;
  const digits = printedDigits(q);
  return HALVES[digits] ?? new Decimal(5).mul(new Decimal(10).pow(-digits - 1));
}

function isExact(q: Pick<Quantity, 'kind' | 'decimals'> & { unit?: string }, exact: boolean): boolean {
  // (`110万吨`, `45万亩`, `809万人次`: counted in ten thousands, rounded there; tons weighed, not counted.)
  return exact || (q.kind === 'count' && q.decimals === 0 && !q.unit?.startsWith('万') && q.unit !== '吨');
}

/** d when the half-width is 0.5 × 10^−d = 5 × 10^−(d+1). */
function printedDigits(q: Pick<Quantity, 'kind' | 'decimals' | 'coarse'>): number {
  if (q.coarse) return q.decimals;
  return q.kind === 'money' || q.kind === 'plain' ? Math.max(q.decimals, 2) : q.decimals;
}

export function intervalOf(q: Pick<Quantity, 'kind' | 'decimals' | 'value' | 'coarse'>, factor: Decimal.Value = 1, exact = false): Interval {
  const k = powerOfTen(factor);
  const zero = isExact(q, exact);
  const digits = zero ? 0 : printedDigits(q);
  if (!Number.isNaN(k) && Number.isInteger(digits) && digits >= 0 && readScaled(q.value)) {
    // value ± 5 × 10^−(digits+1), over the finer of the two powers of ten; then × 10^k moves the point.
    const places = zero ? read.places : Math.max(read.places, digits + 1);
    const v = shift(read.n, places - read.places);
    const h = zero ? 0 : shift(5, places - digits - 1);
    const iv = scaled(v - h, v + h, places - k);
    if (iv) return iv;
  }
  const h = halfWidth(q, exact);
  if (factor === 1 || factor === ONE || (factor instanceof Decimal && factor.eq(ONE))) return { lo: q.value.sub(h), hi: q.value.add(h) };
  const f = new Decimal(factor);
  return { lo: q.value.sub(h).mul(f), hi: q.value.add(h).mul(f) };
}

export function point(v: Decimal.Value): Interval {
  const d = new Decimal(v);
  if (readScaled(d)) return new Scaled(read.n, read.n, read.places);
  return { lo: d, hi: d };
}

export function add(a: Interval, b: Interval): Interval {
  if (a instanceof Scaled && b instanceof Scaled) {
    const iv = combine(a, 1, b.loN, b.hiN, b.places);
    if (iv) return iv;
  }
  return { lo: a.lo.add(b.lo), hi: a.hi.add(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  if (a instanceof Scaled && b instanceof Scaled) {
    const iv = combine(a, -1, b.hiN, b.loN, b.places);
    if (iv) return iv;
  }
  return { lo: a.lo.sub(b.hi), hi: a.hi.sub(b.lo) };
}

/** [a.lo ± x, a.hi ± y] exactly, x and y being bounds of another interval (× 10^−places); undefined past 2^53. */
function combine(a: Scaled, sign: 1 | -1, x: number, y: number, places: number): Scaled | undefined {
  if (!align(a.loN, a.places, x, places)) return undefined;
  const lo = aligned.a + sign * aligned.b;
  if (!align(a.hiN, a.places, y, places)) return undefined;
  return scaled(lo, aligned.a + sign * aligned.b, aligned.places);
}

export function sum(items: Interval[]): Interval {
  return items.reduce(add, ZERO_POINT);
}

export function mul(a: Interval, b: Interval): Interval {
  const p = [a.lo.mul(b.lo), a.lo.mul(b.hi), a.hi.mul(b.lo), a.hi.mul(b.hi)];
  return { lo: Decimal.min(...p), hi: Decimal.max(...p) };
}

/**
 * a ÷ b × 10^k for exact intervals of positive figures: lo = R(a.lo ÷ b.hi) × 10^k, hi = R(a.hi ÷ b.lo) × 10^k,
 * where R is decimal.js's rounding of a quotient to its 20 significant digits — the bounds div and scale give.
 * They cost two long divisions, and are worked out only when a comparison cannot be settled without them
 * (see atMost): most can, as a relation that holds compares the stated figure with the quotient itself.
 */
class Quotient implements Interval {
  private loD?: Decimal;
  private hiD?: Decimal;
  constructor(
    readonly a: Scaled,
    readonly b: Scaled,
    readonly k: number,
  ) {}
  get lo(): Decimal {
    return (this.loD ??= times10(this.a.lo.div(this.b.hi), this.k));
  }
  get hi(): Decimal {
    return (this.hiD ??= times10(this.a.hi.div(this.b.lo), this.k));
  }
}

/** d × 10^k: exact, as d has at most 20 significant digits. */
function times10(d: Decimal, k: number): Decimal {
  return k === 0 ? d : d.mul(new Decimal(`1e${k}`));
}

/** a ÷ b, or undefined when b may be zero (nothing can be said then). */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (a instanceof Scaled && b instanceof Scaled) {
    if (b.loN <= 0 && b.hiN >= 0) return undefined;
    if (a.loN > 0 && b.loN > 0) return new Quotient(a, b, 0);
  }
  if (atMostZero(b.lo) && atLeastZero(b.hi)) return undefined;
  if (positive(a.lo) && positive(b.lo)) {
    // Everything positive (the usual case): a.lo ÷ b.hi is the least quotient and a.hi ÷ b.lo the greatest,
    // and rounding to the working precision keeps that order, so the other two divisions cannot change
    // the bounds the general case below picks.
    return { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo) };
  }
  const p = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...p), hi: Decimal.max(...p) };
}

/** a × f: the two products of `mul(a, point(f))` — its other two repeat them and change neither bound. */
export function scale(a: Interval, f: Decimal.Value): Interval {
  const k = powerOfTen(f);
  // × 10^k (a unit factor, or 100 for a percentage) only moves the point, and keeps lo below hi.
  if (a instanceof Scaled && !Number.isNaN(k)) return new Scaled(a.loN, a.hiN, a.places - k);
  if (a instanceof Quotient && !Number.isNaN(k)) return new Quotient(a.a, a.b, a.k + k);
  const d = new Decimal(f);
  const lo = a.lo.mul(d);
  const hi = a.hi.mul(d);
  return { lo: Decimal.min(lo, hi), hi: Decimal.max(lo, hi) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return atMost(a, 'lo', b, 'hi') && atMost(b, 'lo', a, 'hi');
}

/** a ≤ b possible for some values inside both. */
export function canBeAtMost(a: Interval, b: Interval): boolean {
  return atMost(a, 'lo', b, 'hi');
}

/** a's bound x ≤ b's bound y. */
function atMost(a: Interval, x: 'lo' | 'hi', b: Interval, y: 'lo' | 'hi'): boolean {
  if (a instanceof Scaled && b instanceof Scaled && align(x === 'lo' ? a.loN : a.hiN, a.places, y === 'lo' ? b.loN : b.hiN, b.places)) {
    return aligned.a <= aligned.b;
  }
  // A figure against a quotient: when the exact quotient already settles it, so does its rounding R, which
  // keeps order and leaves the figure (at most 16 digits) as it is — X ≤ q gives X ≤ R(q), q ≤ Y gives
  // R(q) ≤ Y. Otherwise (the relation likely fails) the quotient's Decimal bounds decide, as before.
  if (a instanceof Scaled && b instanceof Quotient && figureAtMostQuotient(a, x, b, y)) return true;
  if (a instanceof Quotient && b instanceof Scaled && quotientAtMostFigure(a, x, b, y)) return true;
  return a[x].lte(b[y]);
}

/** X ≤ q × 10^k, q the exact quotient behind bound y of Q: X × 10^−k × B ≤ A (B > 0), in integers. */
function figureAtMostQuotient(f: Scaled, x: 'lo' | 'hi', Q: Quotient, y: 'lo' | 'hi'): boolean {
  const aN = y === 'lo' ? Q.a.loN : Q.a.hiN;
  const product = (x === 'lo' ? f.loN : f.hiN) * (y === 'lo' ? Q.b.hiN : Q.b.loN);
  return Number.isSafeInteger(product) && align(product, f.places + Q.b.places + Q.k, aN, Q.a.places) && aligned.a <= aligned.b;
}

/** q × 10^k ≤ Y, q the exact quotient behind bound x of Q: A ≤ Y × 10^−k × B (B > 0), in integers. */
function quotientAtMostFigure(Q: Quotient, x: 'lo' | 'hi', f: Scaled, y: 'lo' | 'hi'): boolean {
  const aN = x === 'lo' ? Q.a.loN : Q.a.hiN;
  const product = (y === 'lo' ? f.loN : f.hiN) * (x === 'lo' ? Q.b.hiN : Q.b.loN);
  return Number.isSafeInteger(product) && align(aN, Q.a.places, product, f.places + Q.b.places + Q.k) && aligned.a <= aligned.b;
}

export function mid(a: Interval): Decimal {
  return a.lo.add(a.hi).div(2);
}

// Sign tests without building a Decimal 0 to compare with (`x.lte(0)` would).
function atMostZero(x: Decimal): boolean {
  return x.isNeg() || x.isZero();
}

function atLeastZero(x: Decimal): boolean {
  return x.isPos() || x.isZero();
}

function positive(x: Decimal): boolean {
  return x.isPos() && !x.isZero() && x.isFinite();
}
