// Property tests of the interval arithmetic (server/src/rules/interval.ts): the widths domain.md gives each kind
// of figure, and that every operation contains every result of its operands' values (it never rules out a
// rounding that could make a relation hold — which would be a false alarm).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { add, canBeAtMost, div, halfWidth, intervalOf, mul, overlaps, sub, sum, type Interval } from '../../../server/src/rules/interval';
import type { QuantityKind } from '../../../server/src/report/model';

/** A decimal with `places` digits after the point, from an integer. */
const decimal = (places: number, max = 1e9) =>
  fc.integer({ min: -max, max }).map((n) => new Decimal(n).div(new Decimal(10).pow(places)));
const anyDecimal = fc.integer({ min: 0, max: 4 }).chain((p) => decimal(p));
/** An interval and a point inside it (t ∈ [0, 1] of the way from lo to hi). */
const intervalWithPoint = fc
  .tuple(anyDecimal, fc.integer({ min: 0, max: 10000 }).map((n) => new Decimal(n).div(1000)), fc.integer({ min: 0, max: 1000 }))
  .map(([lo, width, t]) => {
    const iv: Interval = { lo, hi: lo.add(width) };
    return { iv, x: lo.add(width.mul(t).div(1000)) };
  });
const within = (x: Decimal, iv: Interval) => x.gte(iv.lo) && x.lte(iv.hi);

describe('interval arithmetic (properties)', () => {
  it('money is ± half its last printed digit, never coarser than 0.005', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (d) => {
        const expected = new Decimal('0.5').mul(new Decimal(10).pow(-Math.max(d, 2)));
        assert.ok(halfWidth({ kind: 'money', decimals: d }).eq(expected));
      }),
    );
    assert.equal(halfWidth({ kind: 'money', decimals: 0 }).toString(), '0.005'); // `2万元` is 2.00 ± 0.005
    assert.equal(halfWidth({ kind: 'money', decimals: 4 }).toString(), '0.00005'); // `1.8351万元`
  });

  it('percentages, multiples and scores are ± half their last printed digit; counts are exact', () => {
    fc.assert(
      fc.property(fc.constantFrom<QuantityKind>('percent', 'multiple', 'score'), fc.integer({ min: 0, max: 6 }), (kind, d) => {
        assert.ok(halfWidth({ kind, decimals: d }).eq(new Decimal('0.5').mul(new Decimal(10).pow(-d))));
      }),
    );
    assert.equal(halfWidth({ kind: 'percent', decimals: 0 }).toString(), '0.5'); // `100%` is [99.5, 100.5]
    assert.equal(halfWidth({ kind: 'count', decimals: 0 }).toString(), '0');
  });

  it('a figure’s interval is centred on its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }).chain((d) => fc.tuple(fc.constant(d), decimal(d))), ([d, v]) => {
        const iv = intervalOf({ kind: 'money', decimals: d, value: v });
        assert.ok(iv.lo.add(iv.hi).div(2).eq(v));
        assert.ok(iv.hi.sub(iv.lo).eq(halfWidth({ kind: 'money', decimals: d }).mul(2)));
      }),
    );
  });

  it('add, sub and mul contain the result of any values inside their operands', () => {
    fc.assert(
      fc.property(intervalWithPoint, intervalWithPoint, (a, b) => {
        assert.ok(within(a.x.add(b.x), add(a.iv, b.iv)));
        assert.ok(within(a.x.sub(b.x), sub(a.iv, b.iv)));
        assert.ok(within(a.x.mul(b.x), mul(a.iv, b.iv)));
        assert.ok(within(a.x.add(b.x).add(a.x), sum([a.iv, b.iv, a.iv])));
      }),
    );
  });

  it('div contains every quotient, and says nothing when the divisor may be 0', () => {
    fc.assert(
      fc.property(intervalWithPoint, intervalWithPoint, (a, b) => {
        const q = div(a.iv, b.iv);
        if (b.iv.lo.lte(0) && b.iv.hi.gte(0)) {
          assert.equal(q, undefined);
          return;
        }
        assert.ok(q);
        assert.ok(within(a.x.div(b.x), q));
      }),
    );
  });

  it('overlap is symmetric and closed: intervals that only touch overlap', () => {
    fc.assert(
      fc.property(intervalWithPoint, intervalWithPoint, (a, b) => {
        assert.equal(overlaps(a.iv, b.iv), overlaps(b.iv, a.iv));
        assert.ok(overlaps(a.iv, a.iv));
        assert.ok(overlaps(a.iv, { lo: a.iv.hi, hi: a.iv.hi.add(1) }));
        assert.ok(!overlaps(a.iv, { lo: a.iv.hi.add('0.0001'), hi: a.iv.hi.add(1) }));
        // Two points inside both would make the relation hold; overlap is exactly that.
        if (within(a.x, b.iv)) assert.ok(overlaps(a.iv, b.iv));
      }),
    );
  });

  it('canBeAtMost: some a ≤ some b, bounds included', () => {
    fc.assert(
      fc.property(intervalWithPoint, intervalWithPoint, (a, b) => {
        assert.equal(canBeAtMost(a.iv, b.iv), a.iv.lo.lte(b.iv.hi));
        if (a.x.lte(b.x)) assert.ok(canBeAtMost(a.iv, b.iv));
      }),
    );
  });
});
