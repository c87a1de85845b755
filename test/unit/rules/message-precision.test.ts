// A message never says "相差 0": a difference smaller than the printed precision (an exact count of people
// against parts with decimals) is shown with the places it needs, and so is the value the figure should be.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import { visibleDecimals } from '../../../server/src/rules/format';
import { doc, only } from './helpers';

describe('the difference in a message is never printed as 0', () => {
  it('12人 against 3 + 9.10 人: 应为 12.1人, 相差 0.1人 (no fix: 12.1 people cannot be typed as a count)', () => {
    const f = only(doc('年末在职人员12人，其中：男职工3人，女职工9.10人。'));
    assert.equal(f.rule, 'sum-of-parts');
    assert.equal(f.figure, '12');
    assert.equal(f.message, '年末在职人员应为 12.1人（男职工 3 + 女职工 9.10），文中为 12人，相差 0.1人');
    assert.equal(f.fix, undefined);
  });

  it('a difference at the printed precision is printed as before: 相差 1人', () => {
    const f = only(doc('年末在职人员12人，其中：男职工3人，女职工10人。'));
    assert.equal(f.message, '年末在职人员应为 13人（男职工 3 + 女职工 10），文中为 12人，相差 1人');
  });

  it('visibleDecimals: the stated places, or the first that shows a non-zero difference', () => {
    assert.equal(visibleDecimals(new Decimal('0.1'), 0), 1);
    assert.equal(visibleDecimals(new Decimal('0.004'), 2), 3);
    assert.equal(visibleDecimals(new Decimal('0.005'), 2), 2, '0.005 rounds half up to 0.01');
    assert.equal(visibleDecimals(new Decimal('1.4'), 0), 0);
    assert.equal(visibleDecimals(new Decimal('0'), 2), 2);
  });
});
