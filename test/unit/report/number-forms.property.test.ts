// Number reading round-trips every number form, in prose and in a pipe-table cell: any sign (none, +, ＋, -, −, －,
// –), digits half-width, full-width or mixed digit by digit, with or without ASCII thousands separators, any
// number of decimals including trailing zeros, a unit of money or a percent (％, or after a PDF space). The value,
// the printed precision, the raw text and the span (= the number as printed; a plus sign is not part of it) all
// come back. scanner.property.test.ts covers each form alone on money; this covers them combined, and in cells.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { at, doc, parse } from './helpers';

const MINUS = ['-', '−', '－', '–'];
const PLUS = ['+', '＋'];

interface Form {
  plain: string;
  places: number;
  sign: string;
  width: 'half' | 'full' | 'mixed';
  widths: boolean[];
  separators: boolean;
}

const form: fc.Arbitrary<Form> = fc.record({
  digits: fc.oneof(fc.bigInt({ min: 0n, max: 9999n }), fc.bigInt({ min: 0n, max: 10n ** 15n })),
  places: fc.integer({ min: 0, max: 6 }),
  sign: fc.constantFrom('', '', '', ...MINUS, ...PLUS),
  width: fc.constantFrom<Form['width']>('half', 'full', 'mixed'),
  widths: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  separators: fc.boolean(),
}).map(({ digits, places, ...rest }) => ({ ...rest, places, plain: new Decimal(digits.toString()).div(new Decimal(10).pow(places)).toFixed(places) }));

/** The number as printed (with its sign), and what `raw` should be (a plus sign is left out). */
function print(f: Form): { printed: string; raw: string } {
  const [int, frac] = f.plain.split('.');
  const grouped = f.separators ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  const ascii = frac === undefined ? grouped : `${grouped}.${frac}`;
  const wide = (c: string) => (c === '.' ? '．' : /\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : c);
  const body = [...ascii].map((c, i) => (f.width === 'full' || (f.width === 'mixed' && f.widths[i % f.widths.length]) ? wide(c) : c)).join('');
  return { printed: f.sign + body, raw: PLUS.includes(f.sign) ? body : f.sign + body };
}

function expected(f: Form): Decimal {
  const v = new Decimal(f.plain);
  return MINUS.includes(f.sign) ? v.neg() : v;
}

const unit = fc.constantFrom(
  { printed: '万元', unit: '万元', kind: 'money' },
  { printed: '元', unit: '元', kind: 'money' },
  { printed: '亿元', unit: '亿元', kind: 'money' },
  { printed: ' 万元', unit: '万元', kind: 'money' },
  { printed: '%', unit: '%', kind: 'percent' },
  { printed: '％', unit: '%', kind: 'percent' },
  { printed: ' %', unit: '%', kind: 'percent' },
);

describe('number forms (properties)', () => {
  it('in prose: every combination of sign, width, separators and precision reads back as printed', () => {
    fc.assert(
      fc.property(form, unit, (f, u) => {
        const { printed, raw } = print(f);
        const text = doc(`2023年部门支出变动${printed}${u.printed}，详见下文。`);
        const qs = parse(text).paragraphs.flatMap((p) => p.quantities).filter((q) => !q.incidental);
        assert.equal(qs.length, 1, `${printed}${u.printed}: ${qs.map((q) => q.raw).join(' | ')}`);
        const [q] = qs;
        assert.ok(q.value.eq(expected(f)), `${printed} read as ${q.value}`);
        assert.equal(q.decimals, f.places);
        assert.equal(q.raw, raw);
        assert.equal(at(text, q.span), raw);
        assert.equal(q.unit, u.unit);
        assert.equal(q.kind, u.kind);
      }),
      { numRuns: 300, includeErrorInReport: true },
    );
  });

  it('in a pipe-table cell (unit from the heading): the same value, precision, raw and span', () => {
    fc.assert(
      fc.property(form, fc.boolean(), (f, bold) => {
        fc.pre(!PLUS.includes(f.sign)); // a cell reading "+12" is not a figure a table prints
        const { printed, raw } = print(f);
        const cell = bold ? `**${printed}**` : printed;
        const text = [
          '# 2023年度部门整体支出绩效自评报告', '', '## 一、预算执行情况（单位：万元）', '',
          '| 类别 | 年初预算 | 预算调整 |', '| --- | ---: | ---: |', `| 基本支出 | ${cell} | 1 |`,
        ].join('\n');
        const q = parse(text, 'md').tables[0]?.rows[0]?.cells[1]?.quantity;
        assert.ok(q, `${cell}: no figure in the cell`);
        assert.ok(q.value.eq(expected(f)), `${cell} read as ${q.value}`);
        assert.equal(q.decimals, f.places);
        assert.equal(q.raw, raw);
        assert.equal(at(text, q.span), raw);
        assert.equal(q.unit, '万元');
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  });
});
