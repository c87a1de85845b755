// Numbers in messages and fixes, written the way these reports write them (trailing zeros dropped).
import Decimal from 'decimal.js';

/**
 * `v` rounded to `decimals` places, trailing zeros dropped down to `keep` places (the style of the figure it
 * replaces): 411.380 → `411.38`, 3.00 → `3`, 442.5 with keep 2 → `442.50`.
 */
export function fmt(v: Decimal, decimals: number, keep = 0): string {
  const s = v.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  let t = s;
  if (s.includes('.')) {
    const dot = s.indexOf('.');
    let end = s.length;
    while (end > dot + 1 + keep && s[end - 1] === '0') end--;
    t = s.slice(0, end === dot + 1 ? dot : end);
  }
  return t === '-0' ? '0' : t;
}

/**
 * Places to print a non-zero difference with so that it does not read as 0: `decimals`, or more when it rounds
 * to 0 there (12 人 stated, 3 + 9.10 人 listed: the difference is 0.1, not "0人").
 */
export function visibleDecimals(v: Decimal, decimals: number): number {
  let d = decimals;
  while (d < decimals + 8 && !v.isZero() && v.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).isZero()) d++;
  return d;
}

/** A signed difference: `+1.49`, `-68.75`. */
export function signed(v: Decimal, decimals: number): string {
  const s = fmt(v, decimals);
  return v.gt(0) && s !== '0' ? `+${s}` : s;
}

/** Decimals to show a money value computed from figures printed with these decimals (at least 2). */
export function moneyDecimals(...decimals: number[]): number {
  return Math.max(2, ...decimals);
}

/** `1234.50` → `1,234.50`: thousands grouped as 决算表 print them. */
export function grouped(plain: string): string {
  const [whole, frac] = plain.split('.');
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (frac === undefined ? '' : '.' + frac);
}
