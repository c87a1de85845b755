// Property tests of the number scanner, through the parser: any amount, however it is printed (plain,
// thousands separators, full-width digits, a U+2212 minus, a space before the unit), reads as the same value
// with the same precision, and its span covers exactly the printed number.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { at, doc, parse } from './helpers';

const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => new Decimal(n.toString()).div(new Decimal(10).pow(places)).toFixed(places));

function withSeparators(plain: string): string {
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function fullWidth(plain: string): string {
  return plain.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('.', '．');
}

function readOne(printed: string, unit = '万元') {
  const text = doc(`2023年部门支出${printed}${unit}，详见下文。`);
  const qs = parse(text).paragraphs.flatMap((p) => p.quantities).filter((q) => !q.incidental);
  assert.equal(qs.length, 1, `${printed}: ${qs.map((q) => q.raw).join(' | ')}`);
  return { text, q: qs[0] };
}

describe('number scanner (properties)', () => {
  it('plain, with thousands separators and in full width: same value, same decimals, span = as printed', () => {
    fc.assert(
      fc.property(amount, (plain) => {
        const expected = new Decimal(plain);
        const places = plain.includes('.') ? plain.split('.')[1].length : 0;
        for (const printed of [plain, withSeparators(plain), fullWidth(plain)]) {
          const { text, q } = readOne(printed);
          assert.ok(q.value.eq(expected), `${printed} read as ${q.value}`);
          assert.equal(q.decimals, places);
          assert.equal(q.raw, printed);
          assert.equal(at(text, q.span), printed);
          assert.equal(q.unit, '万元');
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a negative amount with U+2212 or a hyphen reads negative; a space before the unit changes nothing', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('−', '-'), (plain, minus) => {
        fc.pre(!new Decimal(plain).isZero());
        const { text, q } = readOne(`${minus}${plain}`, ' 元');
        assert.ok(q.value.eq(new Decimal(plain).neg()));
        assert.equal(q.unit, '元');
        assert.equal(at(text, q.span), `${minus}${plain}`);
      }),
      { numRuns: 60 },
    );
  });
});
