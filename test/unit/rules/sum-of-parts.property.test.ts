// Property tests of sum-of-parts through analyze(): for any two amounts with two decimals, a total stated as
// their exact sum is never flagged, one cent off is still within rounding, two cents off always is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { checks, doc, findings } from './helpers';

const cents = fc.integer({ min: 0, max: 99_999_999 }).map((n) => new Decimal(n).div(100));
const text = (total: Decimal, a: Decimal, b: Decimal) =>
  doc(`2023年部门支出合计${total.toFixed(2)}万元，其中：基本支出${a.toFixed(2)}万元，项目支出${b.toFixed(2)}万元。`);

describe('sum-of-parts (properties)', () => {
  it('total = a + b is never flagged, and the relation is read', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const t = text(a.add(b), a, b);
        assert.deepEqual(findings(t), []);
        assert.ok(checks(t).some((c) => c.rule === 'sum-of-parts' && c.holds && c.figure === a.add(b).toFixed(2)));
      }),
      { numRuns: 60 },
    );
  });

  it('total = a + b ± 0.01 is within the parts’ rounding ([Σ − 0.01, Σ + 0.01] meets [t − 0.005, t + 0.005])', () => {
    fc.assert(
      fc.property(cents, cents, fc.constantFrom('0.01', '-0.01'), (a, b, d) => {
        const total = a.add(b).add(d);
        fc.pre(total.gte(0));
        assert.deepEqual(findings(text(total, a, b)), []);
      }),
      { numRuns: 60 },
    );
  });

  it('total = a + b ± 0.02 is always flagged on the total, with a + b as the fix (a total of 1 or more)', () => {
    // (Below that, parts 1.5 times the total or more are read as a list misread, not a slip — overrun.ts: `0.01`
    // against 0.03 + 0.00 is silent by design; fast-check found it once in a few dozen runs.)
    fc.assert(
      fc.property(cents, cents, fc.constantFrom('0.02', '-0.02'), (a, b, d) => {
        const total = a.add(b).add(d);
        fc.pre(total.gte(1));
        const t = text(total, a, b);
        const found = findings(t);
        assert.equal(found.length, 1, JSON.stringify(found));
        assert.equal(found[0].rule, 'sum-of-parts');
        assert.equal(found[0].figure, total.toFixed(2));
        assert.equal(found[0].fix, a.add(b).toFixed(2));
      }),
      { numRuns: 60 },
    );
  });
});
