// Whether a line of text goes on in the next one. PDF text keeps the page's line breaks, so a sentence runs across
// lines; a line break is a paragraph's end only where the text says so. These tests read one line (or the line
// after it) and are shared by the heading, title and paragraph decisions of the parser.

/** A line that does not end a sentence or a clause before a list. */
export const CONTINUES = /[^。；！？：;!?:]$/;

/**
 * A line that opens with what can only follow the line before — a unit (`万元,中央财政补贴…` after `总保费1586.63`)
 * or a clause's punctuation (`,为历年来最高`): that line was cut by the page's edge, whatever its width.
 */
// (A count's unit too, when a clause mark follows it: `执法执勤用车2` / `辆，特种专业技术用车1辆`.)
const UNIT_OR_PUNCTUATION_FIRST = /^[\s\u3000]*(万亿元|亿元|万元|千元|元[，,。；;、）)]|%|％|个百分点|[，,。；;、）)]|(辆|人次|人|名|个|家|项|台|套|户|所|批次|份)[，,。；;、）)])/;
/** `74.6%;完成地方投资…`: a figure's rate or amount first, its name on the line before. */
const FIGURE_FIRST = /^[\s\u3000]*-?[\d.,]+[\s\u3000]*(%|％|万元|亿元|元|个百分点)/;
/** `一是…`, `其次,…`: a line that opens the next item of a list. */
const ORDINAL_OPENING = /^[\s\u3000]*([一二三四五六七八九十]是|其[次二三]|再次|最后|另外|此外)/;

/**
 * Whether `next` can only carry on the line before it. With `figureFirst`, a line opening on a figure with its
 * unit counts too (`…完成率` / blank / `74.6%;…`: past a blank line, where a line of its own would open a paragraph).
 */
export function continuesInto(next: string, figureFirst = false): boolean {
  return UNIT_OR_PUNCTUATION_FIRST.test(next) || (figureFirst && FIGURE_FIRST.test(next));
}

/** Whether `line` opens the next item of a list (一是, 其次…): no carrying on of a ； line before it. */
export function opensItem(line: string): boolean {
  return ORDINAL_OPENING.test(line);
}

/**
 * Whether the paragraph a line ends goes on in the next line: no sentence ended, or a ； or ： inside brackets it opened
 * (`…人员经费978.48万元（其中：` / `工资福利支出891.53万元，…），占基本支出的74.84%。` — a helper's 部门预算 probe).
 */
export function goesOn(line: string): boolean {
  return CONTINUES.test(line) || (/[；;：:]$/.test(line) && bracketsLeftOpen(line) > 0);
}

/**
 * `收入总计5158.92万元，其中：财政拨款收入3496.57万元；` / `其他收入1662.35万元。与上年相比增加…` (a Word paste putting each
 * part on a line of its own, a helper's whole 自评报告): a line ending on ； inside the 其中 list it opened goes on.
 */
export function inOpenList(line: string): boolean {
  if (!/[；;]$/.test(line)) return false;
  const at = line.search(/其中[：:，,]/);
  return at >= 0 && !/[。！？!?]/.test(line.slice(at));
}

/**
 * `(二)全旗政府性基金收入预算2022年,全旗政府性基金收入预算安排45000万元(其中:旗` (rt-dalateqi-czj-2022 as a PDF wraps
 * it): a bracket left open goes on in the next line — a sentence's first line, not a heading.
 */
export function opensBracket(title: string): boolean {
  return bracketsLeftOpen(title) > 0;
}

/**
 * How many brackets are open after `line`. `…45000万元(其中:旗本级35900万元,下降8%;` / `开发区…)` (rt-dalateqi-czj-2022
 * wrapped at 60 columns): a list in the brackets a line opens goes on past its ；.
 */
function bracketsLeftOpen(line: string): number {
  let open = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 40 /* ( */ || c === 0xff08 /* （ */) open++;
    else if ((c === 41 /* ) */ || c === 0xff09 /* ） */) && open > 0) open--;
  }
  return open;
}
