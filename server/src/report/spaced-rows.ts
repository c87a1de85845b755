// A table copied out of a PDF a row per line, its cells apart by spaces (a PDF viewer's copy, or pdftotext without
// -layout):
//
//   项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
//   年度资金总额 100.00 100.00 91.50 10 91.5% 9.15
//   其中：当年财政拨款 100.00 100.00 91.50 — — —
//
// Spaces also stand between the words of prose, so the shape must say it: a header line of three or more short
// cells, none a figure, two of them naming values (预算数, 执行率, 得分…); then rows whose last cells are figures (or
// a dash for none), exactly as many as the header has after its label column, the rest of the row its label.
// A header naming only the value columns (no 项目) has a blank label column put before it. Anything else is prose.
import type { Span } from './model';
import { namesValues } from './columns';
import { isBlankIn, plainLabel } from './normalize';
import { isFigureCell } from './quantities';
import type { RawCell, RawRow } from './tables';
import type { LineCellTable } from './line-cells';
import { isValue } from './pipe-line';

const PUNCT = /[。，；,;！？!?]/;
const MAX_CELL = 16;
const MAX_LABEL = 40;
const MIN_HEADER = 3;
const MAX_HEADER = 12;
const MIN_VALUE_HEADS = 2;

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The runs of non-space characters of [start, end). */
export function tokens(masked: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s\u3000]+/g;
  const line = masked.slice(start, end);
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

export const cellOf = (t: Token): RawCell => ({ slot: { start: t.start, end: t.end }, insertAt: t.start });

/** Whether a line could be such a header: cheap tests first, as most lines are prose. */
export function mayHeadSpacedRows(line: string): boolean {
  return line.length <= MAX_HEADER * (MAX_CELL + 1) && /\S[ \u3000]+\S/.test(line) && !PUNCT.test(line);
}

export function spacedRowTable(masked: string, spans: Span[], first: number): LineCellTable {
  const head = tokens(masked, spans[first].start, spans[first].end);
  const no = { end: first + 1 };
  if (head.length < MIN_HEADER || head.length > MAX_HEADER) return no;
  if (head.some((t) => t.text.length > MAX_CELL || isValue(t.text))) return no;
  const valueHeads = head.filter((t) => namesValues(plainLabel(t.text))).length;
  if (valueHeads < MIN_VALUE_HEADS) return no;
  // With a label column named (项目), the rows have one figure fewer than the header has cells; without, as many.
  const named = !namesValues(plainLabel(head[0].text));
  const width = named ? head.length - 1 : head.length;
  const rows: RawRow[] = [];
  let end = first + 1;
  let withFigures = 0;
  for (let i = first + 1; i < spans.length; i++) {
    if (isBlankIn(masked, spans[i].start, spans[i].end)) {
      // One blank line between rows (a page's spacing); two end the table.
      if (i + 1 < spans.length && !isBlankIn(masked, spans[i + 1].start, spans[i + 1].end)) continue;
      break;
    }
    const row = spacedRow(masked, spans[i], width);
    if (!row) break;
    rows.push(row.cells);
    if (row.figures) withFigures++;
    end = i + 1;
  }
  // Two rows of figures, or one under a header of a rate or score (a 自评表's funds line).
  if (withFigures < 2 && !(withFigures === 1 && valueHeads >= 3)) return no;
  const header: RawRow = head.map(cellOf);
  if (!named) header.unshift({ slot: { start: head[0].start, end: head[0].start }, insertAt: head[0].start });
  return { rows: [header, ...rows], end };
}

/** A row: its label (the words before its last `width` cells, all figures or dashes) and those cells. */
function spacedRow(masked: string, span: Span, width: number): { cells: RawRow; figures: boolean } | undefined {
  const all = tokens(masked, span.start, span.end);
  if (all.length < width + 1) return undefined;
  const values = all.slice(all.length - width);
  const words = all.slice(0, all.length - width);
  if (!values.every((t) => isValue(t.text)) || words.some((t) => isValue(t.text))) return undefined;
  const label = masked.slice(words[0].start, words[words.length - 1].end);
  if (label.length > MAX_LABEL || PUNCT.test(label)) return undefined;
  const labelCell: RawCell = { slot: { start: words[0].start, end: words[words.length - 1].end }, insertAt: words[0].start };
  return { cells: [labelCell, ...values.map(cellOf)], figures: values.some((t) => isFigureCell(t.text)) };
}
