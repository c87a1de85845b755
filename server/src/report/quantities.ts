// Finding the figures in a piece of text: value, unit, printed precision, where they stand.
import Decimal from 'decimal.js';
import type { Quantity, QuantityKind } from './model';
import { foldWidth } from './normalize';
import { isDigit, isLatin, nextNumber, number, WordsAt } from './scan';

// What follows a number and says what it counts, read in the twelve characters after it.
const UNIT = new WordsAt(
  [' ', '\t', '\u3000', '\u00a0'],
  [
    '个百分点', '百分点', '万亿元', '亿元', '万元', '千元', '元', '%', '倍', '万人次', '万人', '万户', '万平方米', '万亩', '万吨', '人次', '人', '个', '家', '项',
    '辆', '台', '套', '户', '所', '名', '批次', '次', '份', '场', '件', '处', '座', '分', '天', '小时', '年度', '年', '月', '日', '号', '亿', '万', '平方米', '公里', '亩', '吨',
  ],
  false,
  12,
);

const KIND: Record<string, QuantityKind> = {
  万亿元: 'money',
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
// `面积共计73,094.15亩,其中王益街道办15,746.48亩、…` (rj-wangyi-nyncj-2021): areas are counted and split like heads.
// (And a PDF's letter-spaced `865.32 万 元`: one space is enough.)
const SPLIT_YUAN = /^[ \t\u3000]{1,8}元/;
// (`国内公务接待186批次`, `收回有效问卷180份`, `举办培训12场`: counted as people and cars are.)
const COUNT_UNITS = new Set(['万人次', '万人', '万户', '人次', '人', '个', '家', '项', '辆', '台', '套', '户', '所', '名', '批次', '次', '份', '场', '件', '处', '座', '亩', '万亩', '万吨', '吨']);
const DATE_UNITS = new Set(['年度', '年', '月', '日', '号']);
// What may follow a figure that makes it a bound, an ordinal or a name rather than a stated amount: read in
// the four characters after the unit, or the twelve after a number without one.
const INCIDENTAL_WORDS = [
  '以上', '以下', '以内', '及以上', '及以下', '左右', '多', '余', '强', '季', '时', '点', '届', '期', '批', '级', '类', '星', '版', '条',
  '款', '章', '节', '层', '楼', '号', '型', '寸', '英寸',
];
const INCIDENTAL_AFTER_UNIT = new WordsAt([' ', '\t'], INCIDENTAL_WORDS, true, 4);
const INCIDENTAL_AFTER_NUMBER = new WordsAt([' ', '\t'], INCIDENTAL_WORDS, true, 12);
// `首次突破2万亿元`, `首破2万亿元`: a threshold passed, not an amount.
// (`≥15 万元` over `同比下降` / `16.3 万元` / `下降 12%`, an indicator's target in a 自评表 plain pdftotext printed a
// column at a time — a helper's probe: a target set by a sign is a bound too.)
const INCIDENTAL_BEFORE = /(第|表|图|附件|附表|前|近|(?<![节制])约|逾|超过|突破|首破|不低于|不少于|不超过|不高于|高于|低于|大于|小于|至少|最多|以上|编号|序号|[A-Za-z]|[≥≤＞＜><])[ \t]*$/;
/** The characters INCIDENTAL_BEFORE's words end with: after any other, a figure is not ruled out by it. */
const BEFORE_LAST = /[第表图件前近约逾过于少多上号破A-Za-z≥≤＞＜>< \t]/;

/** `-6月`, `—12月`, `至9月` after a month: the rest of a range of months. */
const MONTH_RANGE = /^[-—–~至]\d{1,2}月/;

/** Money units in 万元: the factor to multiply a value by to express it in 万元. */
export const TO_WAN: Record<string, Decimal> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  亿元: new Decimal(10000),
  万亿元: new Decimal(100000000),
};

export interface ScanOptions {
  /** Unit to give a bare number (a table cell in a `单位：万元` table). */
  defaultUnit?: string;
  /** Maps an index in `text` to a document offset. */
  offsetOf: (index: number) => number;
  /** When given, receives the start and the end of unit in `text` of each figure returned (two numbers each). */
  indices?: number[];
  /** False: do not mark years, thresholds and the like (a table cell's figure is never incidental). */
  incidental?: boolean;
}

/** Every figure in `text`, in order. Labels are left empty; the caller knows the clause boundaries. */
export function scanQuantities(text: string, options: ScanOptions): Quantity[] {
  const folded = foldWidth(text);
  const out: Quantity[] = [];
  let lastUnitEnd = -1;
  for (let at = 0; nextNumber(folded, at); at = number.end) {
    let start = number.index;
    const before = start > 0 ? folded.charCodeAt(start - 1) : -1;
    // Part of a longer token (a decimal after a dot, a code like G107, 2021-2023): not a figure on its own.
    if (isDigit(before) || isLatin(before) || before === 46 /* . */) continue;
    // `一般公共服务(201)支出247.92万元` (rd1-unknown-rlzy-2021): a 科目 code in brackets after its name is part of the
    // name, not a figure — else the name of the amount after it is cut to `支出`.
    if (isSubjectCode(folded, start, number.end)) continue;
    let negative = number.signed;
    if (negative && start > 0 && isDigit(folded.charCodeAt(start - 1))) negative = false;
    // `预算总额多为5亿-10亿元` (ro-shengji-sgjf-2013): a dash right after a figure and its unit joins a range; its
    // second bound is no negative amount, and neither bound a stated one.
    const range = number.signed && start === lastUnitEnd;
    if (range) {
      negative = false;
      const previous = out[out.length - 1];
      if (previous && options.incidental !== false) previous.incidental = true;
    }
    if (number.signed && !negative) start += 1;
    const end = number.end;
    const digits = folded.slice(number.signed ? number.index + 1 : number.index, end);
    const unitMatch = UNIT.exec(folded, end);
    let unit = unitMatch ? unitMatch[1] : '';
    // `13.78萬(wàn)元` on a mirror site reads `13.78万    元` once its pinyin is blanked (simplified.ts): one unit.
    let split = 0;
    if (unitMatch && (unit === '万' || unit === '亿')) {
      const gap = SPLIT_YUAN.exec(folded.slice(end + unitMatch[0].length, end + unitMatch[0].length + 9));
      if (gap) {
        unit += '元';
        split = gap[0].length;
      }
    }
    // `1-6月支出40万元` (a helper's 运行监控 probe): the first month of a range, read with the range as one date — else the
    // figure after it is named `-6月支出`.
    const months = !unitMatch && options.incidental !== false ? MONTH_RANGE.exec(folded.slice(end, end + 6)) : null;
    if (months) {
      unit = '月';
      split = months[0].length;
    }
    let kind: QuantityKind = KIND[unit] ?? (COUNT_UNITS.has(unit) ? 'count' : 'plain');
    if (!unit && options.defaultUnit) {
      unit = options.defaultUnit;
      kind = KIND[unit] ?? 'plain';
    }
    if (unit === '个百分点' || unit === '百分点') unit = '个百分点';
    const unitEnd = unitMatch ? end + unitMatch[0].length + split : end + split;
    const incidental =
      options.incidental !== false &&
      (range ||
        DATE_UNITS.has(unit) ||
        unit === '亿' ||
        unit === '万' ||
        INCIDENTAL_AFTER_UNIT.exec(folded, unitEnd) !== null ||
        (!unitMatch && INCIDENTAL_AFTER_NUMBER.exec(folded, end) !== null) ||
        (start > 0 && BEFORE_LAST.test(folded[start - 1]) && INCIDENTAL_BEFORE.test(folded.slice(Math.max(0, start - 4), start))));
    const dot = digits.lastIndexOf('.');
    const from = options.offsetOf(start);
    const q: Quantity = {
      value: figureValue(digits, negative),
      unit,
      kind,
      decimals: dot < 0 ? 0 : digits.length - dot - 1,
      raw: text.slice(start, end),
      // (An end is the offset after the last character: a figure ending a wrapped line ends there, not at the next
      // line's start, so a fix replacing it keeps the line break.)
      span: { start: from, end: options.offsetOf(end - 1) + 1 },
      fullSpan: { start: from, end: options.offsetOf(unitEnd - 1) + 1 },
      label: '',
    };
    if (incidental) q.incidental = true;
    out.push(q);
    lastUnitEnd = unitMatch ? unitEnd : -1;
    options.indices?.push(start, unitEnd);
  }
  return out;
}

function isSubjectCode(s: string, start: number, end: number): boolean {
  const open = s.charCodeAt(start - 1);
  const close = s.charCodeAt(end);
  return (
    end - start >= 3 && end - start <= 7 &&
    (open === 40 || open === 0xff08) && (close === 41 || close === 0xff09) &&
    isHan(s.charCodeAt(start - 2)) && isHan(s.charCodeAt(end + 1))
  );
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * The value of printed digits (`47,281.07`), negated after a minus sign. Up to 20 digits the Decimal is
 * exact as parsed, and multiplying it by ±1 (as this once did) changed nothing but the sign; longer
 * numbers still go through the multiplication, which rounds them to decimal.js's 20 significant digits.
 */
function figureValue(digits: string, negative: boolean): Decimal {
  let plain = digits.includes(',') || digits.includes(' ') ? digits.replace(/[, ]/g, '') : digits;
  // `34.568.64`: all dots but the last group thousands.
  if (plain.indexOf('.') !== plain.lastIndexOf('.')) plain = plain.slice(0, plain.lastIndexOf('.')).replace(/\./g, '') + plain.slice(plain.lastIndexOf('.'));
  // A whole number under 10^7 (a year, a count, most table cells) is built from its number, which decimal.js
  // stores as it stands, without parsing text; a longer or fractional one from the digits as printed.
  const value = plain.length <= 7 && !plain.includes('.') ? new Decimal(Number(plain)) : new Decimal(plain);
  if (plain.length > 20) return value.mul(negative ? -1 : 1);
  return negative ? value.neg() : value;
}

const FIGURE_CELL = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[ \t]*(%|万元|元|亿元|分|个|人|家|项)?$/;

/** Whether a cell's text (full width allowed) is one figure and nothing else but a unit. */
export function isFigureCell(text: string): boolean {
  const folded = foldWidth(text).trim();
  // A figure starts with a digit, `-` or `+`: a label cell is ruled out by its first character.
  const first = folded.charCodeAt(0);
  return (isDigit(first) || first === 45 || first === 43) && FIGURE_CELL.test(folded);
}

/** Parse a table cell that holds one figure (and nothing else but a unit). */
export function cellQuantity(text: string, defaultUnit: string, offsetOf: (i: number) => number): Quantity | undefined {
  if (!isFigureCell(text)) return undefined;
  const qs = scanQuantities(text, { offsetOf, defaultUnit, incidental: false });
  return qs.length === 1 ? qs[0] : undefined;
}
