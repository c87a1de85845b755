// Property tests of the exact integer paths (server/src/rules/scaled.ts and the intervals built on it): sums,
// differences, unit changes and comparisons on scaled integers must give exactly what decimal.js gives —
// the same values (the same Decimal, down to its digits) and the same verdicts — including numbers too long
// for the integer path, where decimal.js takes over.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { add, canBeAtMost, div, intervalOf, overlaps, point, scale, sub, sum, type Interval } from '../../../server/src/rules/interval';
import { decimalSum } from '../../../server/src/rules/scaled';
import type { QuantityKind } from '../../../server/src/report/model';

/** Printed figures: up to 6 decimals, from 0 to numbers longer than 2^53 (and so past the integer path). */
const value = fc
  .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, places, size]) => {
    const small = n % 10n ** BigInt(4 + 4 * size); // mostly report-sized numbers, some huge
    return new Decimal(small.toString()).div(new Decimal(10).pow(places));
  });
const kind = fc.constantFrom<QuantityKind>('money', 'percent', 'count', 'multiple', 'score', 'plain');
const figure = fc.record({ kind, decimals: fc.integer({ min: 0, max: 4 }), value });
/** Unit factors (元 ↔ 万元 ↔ 亿元), 100 for a percentage, and a factor that is no power of ten. */
const factor = fc.constantFrom<Decimal.Value>(1, new Decimal('0.0001'), new Decimal(10000), new Decimal('0.1'), new Decimal(100), new Decimal('1e-8'), new Decimal(3));
const exact = fc.boolean();

/** What the bounds were before the integer path: decimal.js on both ends. */
function reference(q: { kind: QuantityKind; decimals: number; value: Decimal }, f: Decimal.Value, isExact: boolean): Interval {
  const h =
    isExact || (q.kind === 'count' && q.decimals === 0)
      ? new Decimal(0)
      : new Decimal('0.5').mul(new Decimal(10).pow(-(q.kind === 'money' || q.kind === 'plain' ? Math.max(q.decimals, 2) : q.decimals)));
  const d = new Decimal(f);
  return { lo: q.value.sub(h).mul(d), hi: q.value.add(h).mul(d) };
}

/** The same Decimal: value, and digits, exponent and sign (a zero's sign aside, which comparisons ignore). */
function same(a: Decimal, b: Decimal): boolean {
  return a.eq(b) && (a.isZero() || (a.d.join() === b.d.join() && a.e === b.e && a.s === b.s));
}
const sameInterval = (a: Interval, b: Interval) => same(a.lo, b.lo) && same(a.hi, b.hi);

describe('exact integer paths (properties)', () => {
  it('a sum of figures, in any unit, is the Decimal decimal.js adds up from 0 — zero included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, factor), { maxLength: 8 }), (terms) => {
        const values = terms.map(([v]) => v);
        const factors = terms.map(([, f]) => new Decimal(f));
        const expected = terms.reduce((acc, [v, f]) => acc.add(v.mul(new Decimal(f))), new Decimal(0));
        const got = decimalSum(values, factors);
        assert.ok(same(got, expected) && got.s === expected.s, `${got} ≠ ${expected}`);
        assert.ok(same(decimalSum(values), values.reduce((acc, v) => acc.add(v), new Decimal(0))));
      }),
      { numRuns: 2000 },
    );
  });

  it('a figure’s interval, scaled to another unit, has the bounds decimal.js computes', () => {
    fc.assert(
      fc.property(figure, factor, exact, (q, f, isExact) => {
        assert.ok(sameInterval(intervalOf(q, f, isExact), reference(q, f, isExact)));
      }),
      { numRuns: 2000 },
    );
  });

  it('sums, differences, scaling and comparisons of intervals agree with decimal.js on the same bounds', () => {
    fc.assert(
      fc.property(figure, factor, figure, factor, factor, (p, f, q, g, k) => {
        const a = intervalOf(p, f);
        const b = intervalOf(q, g);
        const ra = reference(p, f, false);
        const rb = reference(q, g, false);
        assert.ok(sameInterval(add(a, b), { lo: ra.lo.add(rb.lo), hi: ra.hi.add(rb.hi) }));
        assert.ok(sameInterval(sub(a, b), { lo: ra.lo.sub(rb.hi), hi: ra.hi.sub(rb.lo) }));
        const total = sum([a, b, a]);
        assert.ok(sameInterval(total, { lo: ra.lo.add(rb.lo).add(ra.lo), hi: ra.hi.add(rb.hi).add(ra.hi) }));
        const kd = new Decimal(k);
        const products = [ra.lo.mul(kd), ra.hi.mul(kd)];
        assert.ok(sameInterval(scale(a, k), { lo: Decimal.min(...products), hi: Decimal.max(...products) }));
        assert.equal(overlaps(a, b), ra.lo.lte(rb.hi) && rb.lo.lte(ra.hi));
        assert.equal(canBeAtMost(a, b), ra.lo.lte(rb.hi));
        assert.equal(canBeAtMost(sub(a, b), point(0)), ra.lo.sub(rb.hi).lte(0));
      }),
      { numRuns: 2000 },
    );
  });

  it('a quotient of exact intervals is the one decimal.js divides out of the same bounds', () => {
    fc.assert(
      fc.property(figure, figure, (p, q) => {
        const a = intervalOf(p);
        const b = intervalOf(q);
        const ra = reference(p, 1, false);
        const rb = reference(q, 1, false);
        const got = div(a, b);
        if (rb.lo.lte(0) && rb.hi.gte(0)) {
          assert.equal(got, undefined);
          return;
        }
        const quotients = [ra.lo.div(rb.lo), ra.lo.div(rb.hi), ra.hi.div(rb.lo), ra.hi.div(rb.hi)];
        assert.ok(got && sameInterval(got, { lo: Decimal.min(...quotients), hi: Decimal.max(...quotients) }));
      }),
      { numRuns: 2000 },
    );
  });

  it('a stated rate near a quotient is judged as with decimal.js’s rounded quotient', () => {
    const positive = (max: number) => fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(positive(10 ** 9), positive(10 ** 9), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -10, max: 10 }), (pa, pb, places, nudge) => {
        const a = { kind: 'money' as const, decimals: pa[1], value: new Decimal(pa[0]).div(10 ** pa[1]) };
        const b = { kind: 'money' as const, decimals: pb[1], value: new Decimal(pb[0]).div(10 ** pb[1]) };
        // A rate printed from the quotient itself, or a few last digits off: at the bounds, and just outside.
        const printed = a.value.div(b.value).mul(100).toDecimalPlaces(places).add(new Decimal(nudge).div(10 ** (places + 1)));
        const stated = { kind: 'percent' as const, decimals: places, value: printed };
        const ra = reference(a, 1, false);
        const rb = reference(b, 1, false);
        const quotients = [ra.lo.div(rb.lo), ra.lo.div(rb.hi), ra.hi.div(rb.lo), ra.hi.div(rb.hi)].map((q) => q.mul(100));
        const expected = { lo: Decimal.min(...quotients), hi: Decimal.max(...quotients) };
        const rs = reference(stated, 1, false);
        const got = scale(div(intervalOf(a), intervalOf(b))!, new Decimal(100));
        assert.equal(overlaps(intervalOf(stated), got), rs.lo.lte(expected.hi) && expected.lo.lte(rs.hi));
        assert.equal(canBeAtMost(got, intervalOf(stated)), expected.lo.lte(rs.hi));
        assert.ok(sameInterval(got, expected));
      }),
      { numRuns: 3000 },
    );
  });
});
