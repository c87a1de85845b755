// Printing amounts for people: decimal strings without exponents, digit grouping, 元/万元/亿元 conversions.
import Decimal from 'decimal.js';

const MONEY: Record<string, Decimal> = {
  元: new Decimal(1),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

export function isMoneyUnit(unit: string): boolean {
  return unit in MONEY;
}

/** `47281.07`; with `decimals`, rounded half-up to that many places. Never exponent notation. */
export function plain(d: Decimal, decimals?: number): string {
  const s = decimals === undefined ? d.toFixed() : d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  return s === '-0' ? '0' : s.replace(/^-0(\.0+)?$/, '0$1');
}

/** `472810700` → `472,810,700` (the integer part only). */
export function grouped(s: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  if (!m) return s;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '');
}

/** The amount in 元, 万元 and 亿元, each exact: [{unit:'元', text:'472,810,700'}, …]. Empty if not money. */
export function moneyConversions(value: Decimal, unit: string): Array<{ unit: string; text: string }> {
  const factor = MONEY[unit];
  if (!factor) return [];
  const yuan = value.times(factor);
  return Object.entries(MONEY).map(([u, f]) => ({ unit: u, text: grouped(plain(yuan.dividedBy(f))) }));
}
