// Exact decimal arithmetic on plain numbers: a value held as n × 10^−places, n a safe integer. decimal.js
// rounds a result only past 20 significant digits and a safe integer has at most 16, so while every result
// is checked to be a safe integer again (an inexact floating-point one would exceed 2^53 − 1), the values
// are exactly those decimal.js arithmetic gives — at a fraction of its cost, as nothing is allocated.
// Callers fall back to decimal.js whenever a function here says no.
import Decimal from 'decimal.js';

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k); // exact doubles up to 10^22

/** What readScaled read: the value is n × 10^−places. Shared, so that reading allocates nothing. */
export const read = { n: 0, places: 0 };

/**
 * Reads a Decimal into `read`, from its documented digits (base 10^7 words, the first word's last digit at an
 * exponent that is a multiple of 7) — false when it is no safe integer.
 */
export function readScaled(v: Decimal): boolean {
  const d = v.d;
  if (!d) return false; // NaN or ±Infinity
  const words = d.length;
  // The last word's trailing zeros (0.67 is stored as the word 6700000) dropped, on a small integer.
  let last = d[words - 1];
  let zeros = 0;
  if (last !== 0) {
    while (last % 10 === 0) {
      last /= 10;
      zeros++;
    }
  }
  let n = 0;
  for (let i = 0; i < words - 1; i++) {
    n = n * 1e7 + d[i];
    if (n > Number.MAX_SAFE_INTEGER) return false;
  }
  n = n * POW10[7 - zeros] + last;
  if (n > Number.MAX_SAFE_INTEGER) return false;
  read.n = v.s < 0 ? -n : n;
  read.places = 7 * (words - 1) - 7 * Math.floor(v.e / 7) - zeros;
  return true;
}

/** n × 10^k exactly (k ≥ 0), or NaN. */
export function shift(n: number, k: number): number {
  if (k === 0) return n;
  if (k > 22) return NaN;
  const r = n * POW10[k];
  return Number.isSafeInteger(r) ? r : NaN;
}

/** What align gave: a and b over the common 10^−places. */
export const aligned = { a: 0, b: 0, places: 0 };

/** a × 10^−ap and b × 10^−bp over a common power of ten, into `aligned`; false when that passes 2^53. */
export function align(a: number, ap: number, b: number, bp: number): boolean {
  const places = Math.max(ap, bp);
  aligned.a = shift(a, places - ap);
  aligned.b = shift(b, places - bp);
  aligned.places = places;
  return !Number.isNaN(aligned.a) && !Number.isNaN(aligned.b);
}

/** k when f = 10^k (a unit factor, or 100), else NaN. */
export function powerOfTen(f: Decimal.Value): number {
  if (f === 1) return 0;
  if (!(f instanceof Decimal)) return NaN;
  const d = f.d;
  if (!d || d.length !== 1 || f.s !== 1) return NaN;
  const word = d[0];
  return word === 1 || word === 10 || word === 100 || word === 1000 || word === 10000 || word === 100000 || word === 1000000
    ? f.e
    : NaN;
}

/** The Decimal n × 10^−places. A zero is +0, as a decimal.js sum that starts from 0 gives. */
export function toDecimal(n: number, places: number): Decimal {
  if (n === 0) return new Decimal(0);
  return new Decimal(places === 0 ? n : `${n}e${-places}`);
}

/**
 * Σ values[i] × factors[i] (× 1 without factors), as decimal.js gives it when added up one by one from 0 —
 * which is also what is done when the exact path cannot be taken.
 */
export function decimalSum(values: Decimal[], factors?: Decimal[]): Decimal {
  let n = 0;
  let places = 0;
  let exact = true;
  for (let i = 0; i < values.length && exact; i++) {
    const k = factors ? powerOfTen(factors[i]) : 0;
    exact = !Number.isNaN(k) && readScaled(values[i]) && align(n, places, read.n, read.places - k);
    if (!exact) break;
    n = aligned.a + aligned.b;
    places = aligned.places;
    exact = Number.isSafeInteger(n);
  }
  if (exact) return toDecimal(n, places);
  let total = new Decimal(0);
  for (let i = 0; i < values.length; i++) total = total.add(factors ? values[i].mul(factors[i]) : values[i]);
  return total;
}
