// A 自评表's funds block as a spreadsheet's cells flattened onto one line, the labels and header words first and the
// figures after them (zp-jishan-ybj-2020, an .xlsx as a document site stores it):
//
//   年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% —
//
// Read only in that shape: the header words a run in the template's order (全年执行数 and 执行率 among them), right
// after them as many cells as words, the 执行率's a rate and no other; 年度资金总额 named before the words. When a 其中
// source is named between the two, the next run of as many cells is its row.
import type { Span } from './model';
import { FUNDS_CHILD, tokenCell } from './funds-block';
import { tokens as tokensOf, type Token } from './spaced-rows';
import { emptyCell, type RawRow } from './tables';

const WORDS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const CELL = /^(-?[\d,]+(\.\d+)?%?|—|-|\/)$/;
const MIN_WORDS = 4;
/** How far before the header words 年度资金总额 may stand (the 其中 label, the 实施单位 cell between). */
const LABEL_REACH = 8;
const MAX_TOKENS = 80;

export function fundsRun(masked: string, span: Span): RawRow[] | undefined {
  const tokens = tokensOf(masked, span.start, span.end).slice(0, MAX_TOKENS);
  for (let h = 0; h < tokens.length; h++) {
    if (!WORDS.includes(tokens[h].text)) continue;
    let e = h + 1;
    while (e < tokens.length && WORDS.indexOf(tokens[e].text) > WORDS.indexOf(tokens[e - 1].text)) e++;
    const words = tokens.slice(h, e).map((t) => t.text);
    if (words.length >= MIN_WORDS && words.includes('全年执行数') && words.includes('执行率')) return rowsAt(tokens, h, e);
    h = e - 1;
  }
  return undefined;
}

/** The rows under the header words tokens[h..e), when the cells after them and the labels before them are so. */
function rowsAt(tokens: Token[], h: number, e: number): RawRow[] | undefined {
  const words = tokens.slice(h, e).map((t) => t.text);
  const run = (from: number) => {
    const cells = tokens.slice(from, from + words.length);
    const fits = cells.length === words.length && cells.every((c, i) => CELL.test(c.text) && (words[i] === '执行率' ? /%$|^[—\-/]$/.test(c.text) : !/%$/.test(c.text)));
    return fits ? cells.map(tokenCell) : undefined;
  };
  const values = run(e);
  const at = tokens.slice(Math.max(0, h - LABEL_REACH), h).findIndex((t) => /^年度资金总额[：:]?$/.test(t.text));
  if (!values || at < 0 || !/%$/.test(tokens[e + words.indexOf('执行率')].text)) return undefined;
  const labelToken = tokens[Math.max(0, h - LABEL_REACH) + at];
  const rows: RawRow[] = [[emptyCell(tokens[h].start), ...tokens.slice(h, e).map(tokenCell)], [tokenCell({ ...labelToken, text: labelToken.text.replace(/[：:]$/, '') }), ...values]];
  // (`其中:当年财政拨款` or `其中:` `当年财政拨款`, between the label and the header words.)
  const between = tokens.slice(Math.max(0, h - LABEL_REACH) + at + 1, h);
  const child = between.findIndex((t, i) => FUNDS_CHILD.test(t.text) || (/^其中[：:]?$/.test(t.text) && FUNDS_CHILD.test(`其中:${between[i + 1]?.text ?? ''}`)));
  const childRow = child >= 0 ? run(e + words.length) : undefined;
  if (childRow) {
    const first = between[child];
    const last = FUNDS_CHILD.test(first.text) ? first : between[child + 1];
    rows.push([{ slot: { start: first.start, end: last.start + last.text.length }, insertAt: first.start }, ...childRow]);
  }
  return rows;
}
