// Outline numbering: `一、` `（一）` `1、` `（1）` `1.` `(1)` `①`, full- or half-width, even mixed brackets.
import type { NumberingStyle } from './model';

export interface Marker {
  style: NumberingStyle;
  number: number;
  /** The marker as written, e.g. `（1)`, and its length (leading spaces excluded). */
  text: string;
  /** Index in the line where the marker starts, and where the text after it starts. */
  start: number;
  rest: number;
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function chineseNumber(s: string): number {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CHINESE_DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : CHINESE_DIGITS[s.slice(ten + 1)];
  return tens * 10 + ones;
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99; larger numbers stay arabic). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

const PATTERNS: Array<[RegExp, NumberingStyle]> = [
  [/^([一二三四五六七八九十]{1,3})、/, 'chinese-dun'],
  [/^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]、?/, 'chinese-paren'],
  [/^([0-9０-９]{1,2})\s*、/, 'arabic-dun'],
  [/^[（(]\s*([0-9０-９]{1,2})\s*[）)]、?/, 'arabic-paren'],
  [/^([0-9０-９]{1,2})[.．](?![0-9０-９])/, 'arabic-dot'],
  [/^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/, 'circled'],
  // `第一部分 部门概况`: the parts some templates divide a report into, each numbering its 一、 anew.
  [/^第([一二三四五六七八九十]{1,3})部分[：:]?/, 'chinese-part'],
];

/** The characters a marker can start with (the first of each pattern above). */
const MARKER_START = /[一二三四五六七八九十（(0-9０-９①-⑳第]/;

/** The numbering marker at the start of `line` (after indentation), if any. */
export function matchMarker(line: string): Marker | undefined {
  let indent = 0;
  while (indent < line.length && isIndent(line.charCodeAt(indent))) indent++;
  // Most lines start with no marker at all: one character tells, before six patterns are tried.
  if (indent === line.length || !MARKER_START.test(line[indent])) return undefined;
  const s = line.slice(indent);
  for (const [re, style] of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    let number: number;
    if (style === 'circled') number = m[1].charCodeAt(0) - 0x2460 + 1;
    else if (style.startsWith('chinese')) number = chineseNumber(m[1]);
    else number = Number(toAsciiDigits(m[1]));
    if (!Number.isFinite(number)) continue;
    const after = /^[ \t\u3000\u00a0]*/.exec(s.slice(m[0].length))![0].length;
    return { style, number, text: m[0], start: indent, rest: indent + m[0].length + after };
  }
  return undefined;
}

/** Space, TAB, ideographic space, no-break space: what may stand before a marker. */
function isIndent(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/** The marker text for `number` in `style`, written the way the seed writes it. */
export function formatMarker(style: NumberingStyle, number: number): string {
  switch (style) {
    case 'chinese-dun':
      return `${toChineseNumber(number)}、`;
    case 'chinese-paren':
      return `（${toChineseNumber(number)}）`;
    case 'arabic-dun':
      return `${number}、`;
    case 'arabic-paren':
      return `（${number}）`;
    case 'arabic-dot':
      return `${number}.`;
    case 'circled':
      return number >= 1 && number <= 20 ? String.fromCharCode(0x2460 + number - 1) : `(${number})`;
    case 'chinese-part':
      return `第${toChineseNumber(number)}部分`;
    default:
      return '';
  }
}
