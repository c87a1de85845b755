// The funds block of a 自评表 copied out of a web page or a PDF a cell per line, blank lines between
// (zp-lingling-lyj-2021): the standard header words `年初预算数 全年预算数 全年执行数 分值 执行率 得分` (each
// possibly wrapped over two lines) above, then `年度资金总额` and its six cells. The layout is the national template's,
// so the cells are read by their place: the block becomes a one-row table, and the table rules check its 执行率 and
// 得分. Anything else near the block is left as it was read.
import type { Span } from './model';
import { isFigureCell } from './quantities';
import { emptyCell, type RawCell, type RawRow } from './tables';

const LABEL = /^[\s\u3000]*年度资金总额[：:]?[\s\u3000]*$/;
/** The six header words in order, each the end of its (possibly wrapped) header cell. */
const HEADERS = [/预算数$/, /全年预算数$/, /执行数$/, /^分值$/, /^执行率$/, /^得分$/];
/**
 * The same as plain pdftotext gives a Word 自评表's header: each cell's first line in turn (`年初预算`, `全年预算`, `全年执行`,
 * `分值`, `执行率`, `得分`), then the wrapped `数` of the first three.
 */
const FIRST_LINES = [/^年初预算$/, /^全年预算$/, /^全年执行$/, /^分值$/, /^执行率$/, /^得分$/];
const WRAPPED = /^数$/;
/** How far above the label its header may stand, in lines. */
const REACH = 60;

export interface FundsBlock {
  rows: RawRow[];
  /** The line after the block's last cell. */
  end: number;
}

/** The funds block whose label is line `at`, or undefined when the lines around it do not make one exactly. */
export function fundsBlock(masked: string, spans: Span[], at: number): FundsBlock | undefined {
  const text = (i: number) => masked.slice(spans[i].start, spans[i].end).trim();
  if (!LABEL.test(text(at))) return undefined;
  // The six cells: the next six non-blank lines, each one figure.
  const values: RawCell[] = [];
  let i = at + 1;
  for (; i < spans.length && values.length < 6; i++) {
    const t = text(i);
    if (!t) continue;
    if (!isFigureCell(t)) return undefined;
    values.push(cellOf(masked, spans[i]));
  }
  if (values.length < 6) return undefined;
  const header = headerAbove(masked, spans, at, text);
  if (!header) return undefined;
  const label = cellOf(masked, spans[at]);
  const blank: RawCell = { slot: { start: header[0].slot.start, end: header[0].slot.start }, insertAt: header[0].slot.start };
  const rows: RawRow[] = [[blank, ...header], [label, ...values]];
  // Its 其中 rows the same way (`其中：当年财政拨款` / `2656.14` / … / `—`), a name then six cells each.
  for (;;) {
    let j = i;
    while (j < spans.length && !text(j)) j++;
    if (j >= spans.length || !FUNDS_CHILD.test(text(j).replace(/[\s\u3000]/g, ''))) break;
    const cells: RawCell[] = [];
    let k = j + 1;
    for (; k < spans.length && cells.length < 6; k++) {
      const t = text(k);
      if (!t) continue;
      if (!FIGURE.test(t)) break;
      cells.push(cellOf(masked, spans[k]));
    }
    if (cells.length !== 6) break;
    rows.push([cellOf(masked, spans[j]), ...cells]);
    i = k;
  }
  return { rows, end: i };
}

/**
 * The header cells above the label: from the nearest line back, `得分`, `执行率`, `分值`, then the lines ending
 * `执行数`, `全年预算数`, `预算数` — a line that does not finish a header word (`年初`, `全年`) begins the cell below it.
 * Nothing but blank lines and those fragments may stand between them.
 */
function headerAbove(masked: string, spans: Span[], at: number, text: (i: number) => string): RawCell[] | undefined {
  const cells: RawCell[] = [];
  let k = HEADERS.length - 1;
  let end = -1; // the line ending the header cell being gathered
  let wrapped = 0;
  for (let i = at - 1; i >= 0 && i >= at - REACH && k >= 0; i--) {
    const t = text(i).replace(/[\s\u3000]/g, '');
    if (!t) continue;
    if (k === HEADERS.length - 1 && end < 0 && WRAPPED.test(t) && wrapped < 3) {
      wrapped++;
      continue;
    }
    // (After the wrapped `数`s, the six first lines stand right above them, one a cell.)
    if (wrapped === 3) {
      if (!FIRST_LINES[k].test(t)) return undefined;
      cells.unshift(cellOf(masked, spans[i]));
      k--;
      continue;
    }
    if (end < 0) {
      if (!HEADERS[k].test(t)) return undefined;
      end = i;
      if (k >= 3 || k === 1) {
        cells.unshift(cellOf(masked, spans[i]));
        k--;
        end = -1;
      }
      continue;
    }
    // A wrapped cell's first line (`年初` over `预算数`, `全年` over `执行数`): joined to the cell below it.
    if (/^(年初|全年|年度)$/.test(t)) {
      cells.unshift({ slot: { start: cellOf(masked, spans[i]).slot.start, end: spans[end].end }, insertAt: spans[i].start });
      k--;
      end = -1;
      continue;
    }
    cells.unshift(cellOf(masked, spans[end]));
    k--;
    end = -1;
    i++; // this line is the next (upper) header cell's
  }
  if (end >= 0 && k === 0) {
    cells.unshift(cellOf(masked, spans[end]));
    k--;
  }
  return k < 0 && cells.length === HEADERS.length ? cells : undefined;
}

/** A line's text as a cell, its blanks around left out. */
export function cellOf(masked: string, span: Span): RawCell {
  const raw = masked.slice(span.start, span.end);
  const t = raw.trim();
  const start = span.start + raw.indexOf(t);
  return { slot: { start, end: start + t.length }, insertAt: start };
}

/**
 * The same block in a table pasted as one line of space-separated cells (zp-guichi-tangxi-2022: `年初预算数 全年预算数
 * 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 …`):
 * the header words in that order, 年度资金总额 and six cells, then its 其中 rows (财政拨款, 上年结转, 其他资金) with
 * up to three amounts each. Read only in exactly that shape.
 */
const LINE_HEADER = /年初\s*预算数\s+全年\s*预算数\s+全年\s*执行数\s+分值\s+执行率\s+得分\s+/g;
const FIGURE = /^(-?[\d,]+(\.\d+)?%?|—|-|\/)$/;
/** The 其中 rows' labels (their wrapped lines joined, blanks left out). */
export const FUNDS_CHILD = /^(其中[：:]?)?(本年|当年)?(财政拨款|上年结转(资金)?|其他资金)$/;

export function fundsLine(masked: string, span: Span): RawRow[] | undefined {
  const line = masked.slice(span.start, span.end);
  LINE_HEADER.lastIndex = 0;
  const header = LINE_HEADER.exec(line);
  if (!header) return undefined;
  const tokens: Array<{ text: string; start: number }> = [];
  const re = /\S+/g;
  re.lastIndex = header.index + header[0].length;
  for (let m = re.exec(line); m && tokens.length < 40; m = re.exec(line)) tokens.push({ text: m[0], start: span.start + m.index });
  let k = 0;
  // `年度资金总额:` or `年度资金总额：` as its own token, or run into the colon.
  if (!/^年度资金总额[：:]?$/.test(tokens[k]?.text ?? '')) return undefined;
  const labelToken = tokens[k++];
  const label = tokenCell({ text: labelToken.text.replace(/[：:]$/, ''), start: labelToken.start });
  const values: RawCell[] = [];
  while (values.length < 6 && k < tokens.length && FIGURE.test(tokens[k].text)) values.push(tokenCell(tokens[k++]));
  if (values.length !== 6) return undefined;
  const headerCells = headerTokens(masked, span.start + header.index, span.start + header.index + header[0].length);
  const rows: RawRow[] = [[emptyCell(headerCells[0].slot.start), ...headerCells], [label, ...values]];
  // 其中 rows: a name of the funds' sources, then up to three amounts (the 分值, 执行率, 得分 cells are blank).
  while (k < tokens.length) {
    const name = tokens[k].text.replace(/^其中[：:]/, '其中:');
    const joined = /^其中[：:]?$/.test(tokens[k].text) && k + 1 < tokens.length ? `其中:${tokens[k + 1].text}` : name;
    if (!FUNDS_CHILD.test(joined)) break;
    const start = tokens[k].start;
    if (joined !== name) k++;
    const end = tokens[k].start + tokens[k].text.length;
    k++;
    const cells: RawCell[] = [];
    while (cells.length < 3 && k < tokens.length && FIGURE.test(tokens[k].text)) cells.push(tokenCell(tokens[k++]));
    const after = cells.length ? cells[cells.length - 1].slot.end : end;
    while (cells.length < 6) cells.push(emptyCell(after));
    rows.push([{ slot: { start, end }, insertAt: start }, ...cells]);
  }
  return rows;
}

export const tokenCell = (t: { text: string; start: number }): RawCell => ({ slot: { start: t.start, end: t.start + t.text.length }, insertAt: t.start });

/** The six header cells within [from, to): each header word, `年初 预算数` taken as one. */
function headerTokens(masked: string, from: number, to: number): RawCell[] {
  const cells: RawCell[] = [];
  const re = /(年初\s*预算数|全年\s*预算数|全年\s*执行数|分值|执行率|得分)/g;
  const text = masked.slice(from, to);
  for (let m = re.exec(text); m; m = re.exec(text)) cells.push({ slot: { start: from + m.index, end: from + m.index + m[0].length }, insertAt: from + m.index });
  return cells;
}
