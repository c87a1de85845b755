// One line of a plain-text pipe table: its cells between the pipes, and what a cell may hold. Shared by the
// pipe table readers (pipe-cells.ts) and the 自评表 forms they leave to pipe-scored.ts.
import { columnRole, namesValues } from './columns';
import { plainLabel } from './normalize';
import { isFigureCell } from './quantities';
import type { Span } from './model';
import type { RawCell, RawRow } from './tables';
import type { LineCellTable } from './line-cells';

const EMPTY_FIGURE = /^(\/|-|—|－|--|——|—+)?$/;
const PUNCT = /[。；;！？!?]/;
export const MAX_LABEL = 40;
export const MIN_FIGURE_ROWS = 2;

export interface PipeCell extends RawCell {
  text: string;
}

/** The cells of one line between its pipes (a leading pipe opens the first; trailing blank cells dropped). */
export function lineCells(masked: string, span: Span): PipeCell[] {
  const cells: PipeCell[] = [];
  const line = masked.slice(span.start, span.end);
  let from = /^\s*\|/.test(line) ? line.indexOf('|') + 1 : 0;
  for (;;) {
    const bar = line.indexOf('|', from);
    const to = bar < 0 ? line.length : bar;
    cells.push(cell(masked, span.start + from, span.start + to));
    if (bar < 0) break;
    from = bar + 1;
  }
  const written = cells.length;
  const all = [...cells];
  while (cells.length && !cells[cells.length - 1].text) cells.pop();
  if (cells.length < written) {
    withBlanks.set(cells, written);
    allCells.set(cells, all);
  }
  return cells;
}

/** Rows whose trailing blank cells were dropped: how many cells their line wrote (`3、收费水平 | 8 | ||||`). */
const withBlanks = new WeakMap<PipeCell[], number>();
/** And the cells themselves, blanks and all. */
const allCells = new WeakMap<PipeCell[], PipeCell[]>();
export const written = (cells: PipeCell[]) => allCells.get(cells) ?? cells;
/** How many cells a line wrote, trailing blanks included. */
export const writtenCount = (cells: PipeCell[]) => withBlanks.get(cells);

/** A cell over [start, end): its trimmed text; a blank one is an empty point where its closing pipe stands. */
export function cell(masked: string, start: number, end: number): PipeCell {
  const raw = masked.slice(start, end);
  const text = raw.trim();
  if (!text) return { slot: { start: end, end }, insertAt: end, text };
  const s = start + raw.indexOf(text);
  // `| 　　行政运行 |`: a label indented with full-width spaces keeps them in its slot — the indentation says its level
  // (tables.ts's indentOf); the text is trimmed all the same.
  const lead = raw.length - raw.replace(/^[ \t]+/, '').length;
  const from = raw.charCodeAt(lead) === 0x3000 ? start + lead : s;
  return { slot: { start: from, end: s + text.length }, insertAt: s, text };
}

export const isLabel = (text: string) => text.length > 0 && text.length <= MAX_LABEL && !PUNCT.test(text) && !isFigureCell(text);
/**
 * Columns whose cells may be words as well as figures: `指标值 | ≥95%`, `年度指标值 | 明显提升` (helpers' whole 自评报告
 * and 自评表 probes — a row with one ended the table, and its 一级指标 subtotal was read against the rows before it).
 */
export const WORDED = /指标值|目标值|完成值|实际值|标准值|完成情况|偏差|原因|说明|备注/;
export const isValue = (text: string) => isFigureCell(text) || EMPTY_FIGURE.test(text);
export const labelRole = (text: string) => columnRole(plainLabel(text)) === 'label';
/** The table without its 栏次 row (the column numbers under the header). */
export function settled(masked: string, rows: RawRow[], end: number): LineCellTable {
  const text = (c: RawCell) => masked.slice(c.slot.start, c.slot.end).trim();
  const kept = rows.filter((r, i) => i === 0 || !/^(栏次|行次)$/.test(plainLabel(r.map(text).find((t) => t) ?? '')));
  return { rows: kept, end };
}

export function valueRole(text: string): boolean {
  return namesValues(plainLabel(text));
}
