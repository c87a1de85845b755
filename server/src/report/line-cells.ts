// A table copied out of a PDF: every cell on a line of its own, no TAB and no blank line between rows.
//
//   项目名称 / 全年预算 / 实际支出 / 执行率 / 森林防火 / 420.00 / 408.36 / 97.23% / 天然林保护 / 1260.00 / …
//
// Nothing marks where a row ends, so the shape must say it: a header of short label lines, then rows of one
// label line followed by exactly as many figure lines as the header has columns after its first. Anything
// less regular is left to be read as prose: a table read wrongly would flag figures that are right.
import type { Span } from './model';
import { columnRole, MONEY_ROLES, namesValues } from './columns';
import { isBlankIn, plainLabel } from './normalize';
import { isFigureCell } from './quantities';
import type { RawRow } from './tables';

/** A dash or slash stands for an empty figure cell. */
export const EMPTY_FIGURE = /^(\/|-|—|－|--|——)$/;
/** A header or label cell: short, no sentence or clause punctuation (a line of wrapped prose has some). */
export const MAX_HEADER_CELL = 20;
const MAX_LABEL = 30;
const PUNCT = /[。，；：,;:！？!?、]/;
const MIN_COLUMNS = 2;
const TOTAL = /^(合计|总计)$/;
const MAX_COLUMNS = 8;
const MIN_ROWS = 2;

export interface LineCellTable {
  /** The rows, header first; undefined when the lines make no table. */
  rows?: RawRow[];
  /**
   * With rows, the line after the table's last. Without, the line before which no other table of this kind
   * starts: once whole rows were read under a header but too few, the header's later lines are no header
   * either (read from its second line, the same block would make a table shifted by a column).
   */
  end: number;
}

/**
 * The table whose header starts at line `first`, or undefined. Looks at most MAX_COLUMNS + 1 lines ahead
 * unless a header and a first row are found, so trying it on every line keeps the parse linear.
 */
export function lineCellTable(masked: string, spans: Span[], first: number): LineCellTable {
  const text = (i: number) => masked.slice(spans[i].start, spans[i].end).trim();
  const isFigure = (i: number) => isFigureCell(text(i));
  const isLabel = (i: number, max: number) => {
    if (i >= spans.length) return false;
    // `其中：人员经费`: the colon of 其中 is no clause punctuation.
    const s = text(i).replace(/^其中[：:]/, '');
    return s.length > 0 && s.length <= max && !PUNCT.test(s) && !isFigure(i);
  };
  // The header: label lines up to the line before the first figure (that line is the first row's label).
  let f = first;
  while (f < spans.length && f - first <= MAX_COLUMNS + 1 && !isBlankIn(masked, spans[f].start, spans[f].end) && !isFigure(f)) f++;
  const none = { end: first + 1 };
  if (f >= spans.length || !isFigure(f)) return none;
  const columns = f - 1 - first;
  if (columns < MIN_COLUMNS || columns > MAX_COLUMNS) return none;
  for (let i = first; i < f - 1; i++) if (!isLabel(i, MAX_HEADER_CELL)) return none;
  // The first column names the rows (项目名称, 类别…): read from a later header line, the columns would shift.
  if (columnRole(plainLabel(text(first))) !== 'label') return none;
  const rows: RawRow[] = [row(spans, first, columns)];
  let at = f - 1;
  while (at + columns <= spans.length && isLabel(at, MAX_LABEL)) {
    // A long label wrapped onto a second line (`水污染防治及饮用水水源地` / `保护`) before the row's figures.
    const wrapped = at + columns < spans.length && !isFigure(at + 1) && isLabel(at + 1, MAX_LABEL) && isFigure(at + 2) ? 1 : 0;
    let cells = 1;
    let figures = 0;
    for (; cells < columns; cells++) {
      const line = at + wrapped + cells;
      if (line >= spans.length) break;
      if (isFigure(line)) figures++;
      else if (!EMPTY_FIGURE.test(text(line))) break;
    }
    if (cells < columns || figures === 0) break;
    rows.push(row(spans, at, columns, wrapped));
    at += columns + wrapped;
  }
  // `基本支出` / `2` / `小计` / `1` (a 决算表's header a cell per line, as plain pdftotext prints it, its 栏次 numbers among
  // the column names): a first row named as a column is, holding a small whole number only, is no row — no table.
  const body = rows.slice(1);
  const cellText = (c: RawRow[number]) => plainLabel(masked.slice(c.slot.start, c.slot.end).trim());
  // (The first such row says it: the header's words and numbers are read as rows from there on.)
  const headerWord = (r: RawRow) => (namesValues(cellText(r[0])) || /^(小计|合计)$/.test(cellText(r[0]))) && r.slice(1).every((c) => /^\d{1,2}$/.test(cellText(c)) || !cellText(c));
  if (body.length && headerWord(body[0])) return none;
  // (`得分` / `76.80` / `76.80` / … — a 自评表's funds block as plain pdftotext prints it from Word, a column at a time, a
  // helper's probe: a first row named 得分, 分值, 权重 or 执行率 is the header's last word, the figures its columns'.)
  if (body.length && /^(得分|分值|权重|执行率)$/.test(cellText(body[0][0]))) return none;
  // (Or every figure a small whole number one more than the last — `本年收入合` / `计` / `1` / `财政拨款收` / `入` / `2` …, a
  // helper's Word table with a narrow column: the columns' numbers under their wrapped names, no amounts.)
  const figures = body.flatMap((r) => r.slice(1).map(cellText)).filter((x) => x);
  if (figures.length >= 2 && figures.every((x, k) => /^\d{1,2}$/.test(x) && Number(x) === Number(figures[0]) + k) && Number(figures[0]) <= 3) return none;
  // (Or, in two columns, a 类 code where a figure would stand — `项` / `1` / `合计` / `207`, codes printed 类 | 款 | 项 — a
  // helper's Word 政府性基金表: its 栏次 and codes, no amounts.)
  if (columns === 2 && figures.some((x) => /^2\d{2}$/.test(x)) && figures.every((x) => /^\d+$/.test(x))) return none;
  // A label and one figure alternating is what a list in prose can do too: such a table is read only as a
  // 三公 or budget statement is laid out (`项目` / `预算数` / `合计` / `142.40` / `因公出国(境)费` / `100.00` …,
  // pf-chizhou-zfb-2020): a money column, and a 合计 row or three rows at least.
  if (columns === 2 && !(MONEY_ROLES.has(columnRole(plainLabel(text(first + 1)))) && (rows.length - 1 >= 3 || rows.slice(1).some((r) => TOTAL.test(plainLabel(masked.slice(r[0].slot.start, r[0].slot.end))))))) {
    return rows.length > 1 ? { end: at } : none;
  }
  if (rows.length - 1 >= MIN_ROWS) return { rows, end: at };
  return rows.length > 1 ? { end: at } : none;
}

/** The cells of a row starting at line `from`; with `wrapped`, its label takes that many more lines. */
function row(spans: Span[], from: number, columns: number, wrapped = 0): RawRow {
  const cells: RawRow = [{ slot: { start: spans[from].start, end: spans[from + wrapped].end }, insertAt: spans[from].start }];
  for (let i = from + wrapped + 1; i < from + wrapped + columns; i++) cells.push({ slot: spans[i], insertAt: spans[i].start });
  return cells;
}
