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

/** A signed difference: `+1.49`, `-68.75`. */
export function signed(v: Decimal, decimals: number): string {
  const s = fmt(v, decimals);
  return v.gt(0) && s !== '0' ? `+${s}` : s;
}

/** Decimals to show a money value computed from figures printed with these decimals (at least 2). */
export function moneyDecimals(...decimals: number[]): number {
  return Math.max(2, ...decimals);
}
