// Finding the figures in a piece of text: value, unit, printed precision, where they stand.
import Decimal from 'decimal.js';
import type { Quantity, QuantityKind } from './model';
import { foldWidth } from './normalize';

const NUMBER = /(-)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/g;
const UNIT =
  /^[ \t\u3000\u00a0]*(个百分点|百分点|亿元|万元|千元|元|%|倍|万人次|万人|万户|万平方米|人次|人|个|家|项|辆|台|套|户|所|名|次|分|天|小时|年度|年|月|日|号|亿|万|平方米|公里|亩)/;

const KIND: Record<string, QuantityKind> = {
  亿元: 'money',
  万元: 'money',
  千元: 'money',
  元: 'money',
  '%': 'percent',
  个百分点: 'percent',
  百分点: 'percent',
  倍: 'multiple',
  分: 'score',
};
const COUNT_UNITS = new Set(['万人次', '万人', '万户', '人次', '人', '个', '家', '项', '辆', '台', '套', '户', '所', '名', '次']);
const DATE_UNITS = new Set(['年度', '年', '月', '日', '号']);
// What may follow a figure that makes it a bound, an ordinal or a name rather than a stated amount.
const INCIDENTAL_AFTER = /^[ \t]*(以上|以下|以内|及以上|及以下|左右|多|余|强|季|时|点|届|期|批|级|类|星|版|条|款|章|节|层|楼|号|型|寸|英寸|[A-Za-z])/;
const INCIDENTAL_BEFORE = /(第|表|图|附件|附表|前|近|约|逾|超过|不低于|不少于|不超过|不高于|高于|低于|大于|小于|至少|最多|以上|编号|序号|[A-Za-z])[ \t]*$/;

/** Money units in 万元: the factor to multiply a value by to express it in 万元. */
export const TO_WAN: Record<string, Decimal> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  亿元: new Decimal(10000),
};

export interface ScanOptions {
  /** Unit to give a bare number (a table cell in a `单位：万元` table). */
  defaultUnit?: string;
  /** Maps an index in `text` to a document offset. */
  offsetOf: (index: number) => number;
  /** When given, receives [start, end of unit] in `text` of each figure returned. */
  indices?: Array<[number, number]>;
}

/** Every figure in `text`, in order. Labels are left empty; the caller knows the clause boundaries. */
export function scanQuantities(text: string, options: ScanOptions): Quantity[] {
  const folded = foldWidth(text);
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m; m = NUMBER.exec(folded)) {
    let start = m.index;
    const before = folded[start - 1];
    // Part of a longer token (a decimal after a dot, a code like G107, 2021-2023): not a figure on its own.
    if (before && /[0-9A-Za-z.]/.test(before)) continue;
    let negative = Boolean(m[1]);
    if (negative && start > 0 && /[0-9]/.test(folded[start - 1] ?? '')) negative = false;
    if (m[1] && !negative) start += 1;
    const end = m.index + m[0].length;
    const digits = m[2];
    const after = folded.slice(end, end + 12);
    const unitMatch = UNIT.exec(after);
    let unit = unitMatch ? unitMatch[1] : '';
    let kind: QuantityKind = KIND[unit] ?? (COUNT_UNITS.has(unit) ? 'count' : 'plain');
    if (!unit && options.defaultUnit) {
      unit = options.defaultUnit;
      kind = KIND[unit] ?? 'plain';
    }
    if (unit === '个百分点' || unit === '百分点') unit = '个百分点';
    const unitEnd = unitMatch ? end + unitMatch[0].length : end;
    const afterUnit = folded.slice(unitEnd, unitEnd + 4);
    const prefix = folded.slice(Math.max(0, start - 4), start);
    const incidental =
      DATE_UNITS.has(unit) ||
      unit === '亿' ||
      unit === '万' ||
      INCIDENTAL_AFTER.test(afterUnit) ||
      (!unitMatch && INCIDENTAL_AFTER.test(after)) ||
      INCIDENTAL_BEFORE.test(prefix);
    const dot = digits.indexOf('.');
    const q: Quantity = {
      value: new Decimal(digits.replace(/,/g, '')).mul(negative ? -1 : 1),
      unit,
      kind,
      decimals: dot < 0 ? 0 : digits.length - dot - 1,
      raw: text.slice(start, end),
      span: { start: options.offsetOf(start), end: options.offsetOf(end) },
      fullSpan: { start: options.offsetOf(start), end: options.offsetOf(unitEnd) },
      label: '',
    };
    if (incidental) q.incidental = true;
    out.push(q);
    options.indices?.push([start, unitEnd]);
  }
  return out;
}

/** Parse a table cell that holds one figure (and nothing else but a unit). */
export function cellQuantity(text: string, defaultUnit: string, offsetOf: (i: number) => number): Quantity | undefined {
  const folded = foldWidth(text).trim();
  if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[ \t]*(%|万元|元|亿元|分|个|人|家|项)?$/.test(folded)) return undefined;
  const qs = scanQuantities(text, { offsetOf, defaultUnit });
  if (qs.length !== 1) return undefined;
  const q = qs[0];
  delete q.incidental;
  return q;
}
