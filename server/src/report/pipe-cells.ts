// A table a web page flattened into plain text with `|` between its cells (no Markdown: no leading pipe needed,
// no `---` row). Two forms:
//
//   rows:   项目 | 2022年预算数 | 2023年预算数 | ||||        cells:  项 目 |
//           合计 | 2378.77 | 2415.44 | |                             预 算 数 |
//                                                                    合 计 |
//                                                                    30.8 |
//
// A row per line is read when every row lines up under the header (or the header lacks just the label column,
// or has one label cell too many: the values shifted left under it). A cell per line is a stream of cells with
// nothing marking where a row ends: it is read when exactly one row width makes every row a label followed by
// figures or blanks. Anything less regular is left as prose: a table read wrongly would flag figures that are right.
import { isPageNumber } from './page-numbers';
import type { Span } from './model';
import { columnRole } from './columns';
import { isBlankIn, plainLabel } from './normalize';
import { isFigureCell } from './quantities';
import type { RawRow } from './tables';
import type { LineCellTable } from './line-cells';
import { cell, isLabel, isValue, labelRole, lineCells, MAX_LABEL, MIN_FIGURE_ROWS, settled, valueRole, WORDED, writtenCount, type PipeCell } from './pipe-line';
import { indicatorTable, spannedTable } from './pipe-scored';
import { labelledTable } from './pipe-labels';

const MIN_COLUMNS = 2;
const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MAX_COLUMNS = 10;

/** Whether a line is part of a plain-text pipe table: it holds a `|`. */
export function hasPipe(line: string): boolean {
  return line.includes('|');
}

/**
 * Whether a pipe table may start at line `i`: it holds a `|`, or it is a short cell whose pipe the web page put on the
 * next line alone (`年度` / `|` / `合计` / `|`: pd-qujiang-sangong-2016) — the table's first header cell.
 */
export function startsPipeTable(masked: string, spans: Span[], i: number): boolean {
  return partOfBlock(masked, spans, i);
}

/** The table of plain-text pipe lines starting at line `first`, or how far no such table starts. */
export function pipeTable(masked: string, spans: Span[], first: number): LineCellTable {
  let end = first;
  while (end < spans.length && (partOfBlock(masked, spans, end) || pageBetween(masked, spans, first, end))) end++;
  if (end === first) return { end: first + 1 };
  let lines = [];
  // (A Markdown table in a .txt file: its `|---|---|` row under the header is no row; nor is a page number.)
  for (let i = first; i < end; i++) {
    const text = masked.slice(spans[i].start, spans[i].end);
    lines.push(RULE_ROW.test(text) || isPageNumber(text) ? [] : lineCells(masked, spans[i]));
  }
  withoutRepeatedHeader(lines);
  // `资金（万元）|全年预算数|…|得分` over its rows, then `一级指标|二级指标|三级指标|分值|得分` over its own: two tables
  // one under the other (a 自评表). The block ends before the second header; the next read starts there.
  const second = secondHeader(lines);
  if (second > 0) {
    end = first + second;
    lines = lines.slice(0, second);
  }
  const wide = lines.filter((cells) => cells.filter((c) => c.text).length >= 2).length;
  // (A whole table on one line, `项目 | 年初预算 | 决算数 | 合计 | 100 | 90 | 基本支出 | …`, is a stream of cells too.)
  const found =
    wide * 2 > lines.length
      ? rowTable(masked, spans, first, end, lines) ??
        spannedTable(masked, first, lines) ??
        indicatorTable(masked, spans, first, lines) ??
        labelledTable(masked, first, lines) ??
        (end - first === 1 ? streamTable(masked, spans, first, end) : undefined)
      : streamTable(masked, spans, first, end);
  return found ?? { end };
}

/**
 * `| 项目名称 | 预算数 | 执行数 |` again under rows of figures (a table over two pages, its header repeated; a helper's
 * 自评报告 probe): the same table goes on — the repeated header is no row, nor the header of another table.
 */
function withoutRepeatedHeader(lines: PipeCell[][]): void {
  const words = (cells: PipeCell[]) => cells.map((c) => c.text.replace(/[\s\u3000*_`]/g, '')).filter((t) => t);
  const h = lines.findIndex((cells) => words(cells).length >= 2 && !cells.some((c) => isFigureCell(c.text)));
  if (h < 0) return;
  const header = words(lines[h]).join('|');
  let figures = false;
  for (let k = h + 1; k < lines.length; k++) {
    if (lines[k].some((c) => isFigureCell(c.text))) figures = true;
    else if (figures && words(lines[k]).join('|') === header) lines[k] = [];
  }
}

/** The index of a header line (three text cells or more, two naming values) after a row of figures; 0 for none. */
function secondHeader(lines: PipeCell[][]): number {
  let figures = false;
  for (let k = 1; k < lines.length; k++) {
    const cells = lines[k];
    if (cells.some((c) => isFigureCell(c.text))) figures = true;
    else if (figures && cells.length >= 3 && cells.every((c) => c.text && !isFigureCell(c.text)) && cells.filter((c) => valueRole(c.text)).length >= 2) return k;
  }
  return 0;
}

/** `- 6 -` or `第 6 页 共 12 页` alone between two pipe lines: a table going on over a page (a helper's 自评报告 probe). */
function pageBetween(masked: string, spans: Span[], first: number, i: number): boolean {
  if (i === first || i + 1 >= spans.length) return false;
  return isPageNumber(masked.slice(spans[i].start, spans[i].end)) && hasPipe(masked.slice(spans[i + 1].start, spans[i + 1].end));
}

/** A pipe line, or a short line whose cell closes on the next line's lone pipe (`项目` / `|`). */
function partOfBlock(masked: string, spans: Span[], i: number): boolean {
  const line = masked.slice(spans[i].start, spans[i].end);
  if (hasPipe(line)) return true;
  if (isBlankIn(masked, spans[i].start, spans[i].end) || i + 1 >= spans.length) return false;
  const next = masked.slice(spans[i + 1].start, spans[i + 1].end).trim();
  return /^\|+$/.test(next) && line.trim().length <= MAX_LABEL;
}

const lineOf = (spans: Span[], offset: number, from: number) => {
  let i = from;
  while (i + 1 < spans.length && spans[i + 1].start <= offset) i++;
  return i;
};

/**
 * A row per line. The header is the first line of two or more cells, none a figure, with a label column at
 * its left; a line starting with a figure continues the row above (a row broken in two by the page).
 */
function rowTable(masked: string, spans: Span[], first: number, end: number, lines: PipeCell[][]): LineCellTable | undefined {
  // (Or a target first, `新增分类投放点 | ≥420个 | 436个 | 50 | 50` — a helper's 自评表 probe — figures after it.)
  const isRow = (cells: PipeCell[]) => cells.length >= 2 && isLabel(cells[0].text) && (isFigureCell(cells[1].text) || (TARGET.test(cells[1].text) && cells.slice(2).some((c) => isFigureCell(c.text))));
  const b = lines.findIndex(isRow);
  let h = b - 1;
  while (h >= 0 && !lines[h].length) h--;
  // `项 目 | 2014年决算数 | 2015年决算数 | 2015年决算比上年增、减情况 |` over `增、减额 | 增、减幅度 |` (qt-changning-
  // czj-2015): a second header row, flattened to the left, names the columns under the first row's last, merged cell.
  let above = h - 1;
  while (above >= 0 && !lines[above].length) above--;
  const textOnly = (cells: PipeCell[]) => cells.every((c) => c.text && !isFigureCell(c.text));
  const sub = above >= 0 && lines[h].length >= 2 && lines[h].length < lines[above].length && textOnly(lines[h]) && textOnly(lines[above]) ? lines[h] : undefined;
  // `项目资金（万元） |  | 年初预算数 | …` over ` | 年度资金总额 | 100 | …` (a 自评表's merged first cell, the rows opening
  // on a pipe): the blank header cell after the label is the merge's, not a column.
  const merged = h >= 0 && lines[h].length > 2 && lines[h][0].text && !lines[h][1].text && lines[h].slice(2).every((c) => c.text) ? [lines[h][0], ...lines[h].slice(2)] : undefined;
  if (b < 0 || h < 0 || (merged ?? lines[h]).length < MIN_COLUMNS || (merged ?? lines[h]).some((c) => !c.text || isFigureCell(c.text))) return undefined;
  let header: PipeCell[] = merged ?? lines[h];
  const body: PipeCell[][] = [];
  let last = h;
  for (let k = b; k < lines.length; k++) {
    const cells = lines[k];
    if (!cells.length) continue;
    if (isFigureCell(cells[0].text) && body.length) {
      const joined = [...body[body.length - 1], ...cells];
      if (!valuesOnly(joined, header)) break;
      body[body.length - 1] = joined;
    } else if (isLabel(cells[0].text) && valuesOnly(cells, header)) body.push(cells);
    // (The header again, a page on — a table printed over two pages: the rows go on under it.)
    else if (body.length && cells.length === header.length && cells.every((c, i) => c.text === header[i].text)) {
      last = k;
      continue;
    } else break;
    last = k;
  }
  const withFigures = body.filter((r) => r.slice(1).some((c) => isFigureCell(c.text)));
  // (One row will do under a header naming three values or more: a 自评表's funds line, `指标 | 全年预算数 | 全年执行数 |
  // 分值 | 执行率 | 得分` over `年度资金总额 | 50 | 46.3 | 10 | 92.6% | 9.8`.)
  const oneRowTable = withFigures.length === 1 && header.filter((c) => valueRole(c.text)).length >= 3;
  if (withFigures.length < MIN_FIGURE_ROWS && !oneRowTable) return undefined;
  const width = Math.max(...withFigures.map((r) => r.length));
  if (sub && lines[above].length - 1 + sub.length === width) header = [...lines[above].slice(0, -1), ...sub];
  // Every row with figures as wide as the widest, or short of its last (blank) cell; none wider.
  // (`3、收费水平 | 8 | ||||` under `项目 | 行号 | 本期 | …`: a row written out with blanks to the table's width, whose
  // only figure is its row number, is as wide. Not `3.财政补贴收入 | 0.00 | 100.00% | ||||||`: its values moved left.)
  const numberOnly = (r: PipeCell[]) => r.every((c, i) => i === 0 || !isFigureCell(c.text) || (i < header.length && columnRole(plainLabel(header[i].text)) === 'index'));
  // (`卫生健康支出 | 30.00 | 30.00 | | `: a row whose blank cells are written out to exactly the table's width is as wide.)
  const wide = (r: PipeCell[]) => (numberOnly(r) ? Math.max(r.length, writtenCount(r) ?? 0) : writtenCount(r) === width ? width : r.length);
  if (withFigures.some((r) => wide(r) < width - 1) || body.some((r) => r.length > width)) return undefined;
  let shifted = false;
  if (header.length === width - 1 && !labelRole(header[0].text) && valueRole(header[0].text)) {
    // The header names only the value columns (`全年预算数(A) | 全年执行数(B) | 执行率`): the label column is unnamed.
    const at = header[0].slot.start;
    header = [{ slot: { start: at, end: at }, insertAt: at, text: '' }, ...header];
    shifted = true;
  } else if (header.length === width + 1 && labelRole(header[0].text) && !valueRole(header[1].text)) {
    // Two label cells over one label column (`总体资金(万元) | 资金来源 | 年初预算数 …`): the values shift left.
    header = header.slice(1);
    shifted = true;
  }
  // (`资金（万元）`, `项目资金（万元）` over the 自评表's funds rows names their label column, whatever its unit says.)
  if (header.length !== width || (!shifted && !labelRole(header[0].text) && !/^(项目)?资金/.test(header[0].text))) return undefined;
  if (header.slice(1).some((c) => !c.text)) return undefined;
  return settled(masked, [header, ...body], first + last + 1);
}

/** After the label, figures or blanks; a last cell of text is a note (增减原因, 得分计算方法). */
/** An indicator's target as 自评表 print it: a bound (`≥95%`, `不少于420个`). */
const TARGET = /^[≥≤<>＞＜≧≦]|^(不(低|少|高|超|大|小)于|达到|大于|小于|高于|低于)/;

function valuesOnly(cells: PipeCell[], header: PipeCell[]): boolean {
  const figures = cells.some((c) => isFigureCell(c.text));
  return cells.slice(1).every((c, i) => isValue(c.text) || (figures && i === cells.length - 2) || (figures && WORDED.test(header[i + 1]?.text ?? '')));
}


/** A cell per line: the pieces between pipes, across line breaks. */
function streamTable(masked: string, spans: Span[], first: number, end: number): LineCellTable | undefined {
  const start = spans[first].start;
  const stop = spans[end - 1].end;
  const cells: PipeCell[] = [];
  let from = start;
  for (let i = start; i < stop; i++) {
    if (masked.charCodeAt(i) !== 124) continue;
    cells.push(cell(masked, from, i));
    from = i + 1;
  }
  if (!isBlankIn(masked, from, stop)) cells.push(cell(masked, from, stop));
  for (let s = 0; s < cells.length; s++) {
    if (cells[s].text && !isLabel(cells[s].text)) continue;
    const fits: Array<{ width: number; rows: number }> = [];
    for (let width = MIN_COLUMNS; width <= MAX_COLUMNS && s + width < cells.length; width++) {
      const rows = streamRows(cells, s, width);
      if (rows) fits.push({ width, rows });
    }
    // Two widths that both read: the shape is not certain.
    if (fits.length > 1) return undefined;
    const stream = fits.length ? cells : grouped(cells, s);
    if (!stream) continue;
    const { width, rows } = fits[0] ?? onlyFit(stream, s)!;
    const out: RawRow[] = [];
    for (let r = 0; r <= rows; r++) out.push(stream.slice(s + r * width, s + (r + 1) * width));
    const lastCell = out[out.length - 1][width - 1];
    return settled(masked, out, lineOf(spans, lastCell.slot.start, first) + 1);
  }
  return undefined;
}

/**
 * `年度 | 合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 | 合计 | 车辆购置 | 车辆运行 | 2015年 | 2840 | …`
 * (pd-qujiang-sangong-2016): a header cell over a group, flattened before its sub-header `合计 | 车辆购置 | 车辆运行`, is
 * one cell too many for the rows. The stream without the group's `合计` when it then reads at exactly one width: the
 * group's name stands over its total column.
 */
function grouped(cells: PipeCell[], s: number): PipeCell[] | undefined {
  let found: PipeCell[] | undefined;
  // (The sub-header names two columns at least after its 合计: `本年预算数 | 合计 | 44万元` is a header over a 合计 row.)
  const word = (c: PipeCell | undefined) => !!c && !isValue(c.text);
  for (let g = s + 1; g + 3 < cells.length && g <= s + MAX_COLUMNS; g++) {
    const name = cells[g].text;
    if (isFigureCell(name)) break;
    if (!name || labelRole(name) || !/^(合计|小计)$/.test(plainLabel(cells[g + 1].text)) || !word(cells[g + 2]) || !word(cells[g + 3])) continue;
    const stream = [...cells.slice(0, g + 1), ...cells.slice(g + 2)];
    if (!onlyFit(stream, s)) continue;
    if (found) return undefined;
    found = stream;
  }
  return found;
}

/** The one width at which a stream reads from `s`; undefined when none or several do. */
function onlyFit(cells: PipeCell[], s: number): { width: number; rows: number } | undefined {
  let fit: { width: number; rows: number } | undefined;
  for (let width = MIN_COLUMNS; width <= MAX_COLUMNS && s + width < cells.length; width++) {
    const rows = streamRows(cells, s, width);
    if (!rows) continue;
    if (fit) return undefined;
    fit = { width, rows };
  }
  return fit;
}

/**
 * How many body rows of `width` cells follow a header at `s`, when they make a table: the header's label column
 * (项目, the first non-blank cell of each row) holds a label in every row and only there, every other cell is a
 * figure or blank, and at least two rows hold a figure. A header cell may be blank only over a blank column.
 */
function streamRows(cells: PipeCell[], s: number, width: number): number | undefined {
  const header = cells.slice(s, s + width);
  if (header.some((c) => isFigureCell(c.text))) return undefined;
  const firstRow = cells.slice(s + width, s + 2 * width);
  const label = firstRow.findIndex((c) => c.text);
  if (label < 0 || !labelRole(header[label].text) || !isLabel(firstRow[label].text)) return undefined;
  let rows = 0;
  let withFigures = 0;
  for (let at = s + width; at + width <= cells.length; at += width) {
    const row = cells.slice(at, at + width);
    const ok = row.every((c, i) => (i === label ? isLabel(c.text) : isValue(c.text) && (c.text === '' || header[i].text !== '')));
    if (!ok) break;
    rows++;
    if (row.some((c) => isFigureCell(c.text))) withFigures++;
  }
  if (withFigures < MIN_FIGURE_ROWS) return undefined;
  return rows;
}
