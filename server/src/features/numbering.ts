// Heading markers as written in these reports: 1、 （1） 1. 一、 （一） ①.
import type { NumberingStyle } from '../report/model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99; larger numbers stay arabic). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}

/** The marker for number n in a style, in the form the standard outlines print it. */
export function formatMarker(style: NumberingStyle, n: number): string {
  switch (style) {
    case 'chinese-dun':
      return `${chineseNumeral(n)}、`;
    case 'chinese-paren':
      return `（${chineseNumeral(n)}）`;
    case 'arabic-dun':
      return `${n}、`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'circled':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
    case 'markdown':
      return '';
  }
}
