// Every figure of a report in document order, with where it stands (prose or a table cell), and look-ups
// by offset. Built once per Report and cached.
import type { Cell, Column, Paragraph, Quantity, Report, Row, Span, Table } from '../report/model';

export type Figure =
  | { where: 'prose'; quantity: Quantity; paragraph: Paragraph }
  | { where: 'cell'; quantity: Quantity; table: Table; row: Row; cell: Cell; column?: Column };

const cache = new WeakMap<Report, Figure[]>();

export function figures(report: Report): Figure[] {
  let all = cache.get(report);
  if (all) return all;
  all = [];
  for (const paragraph of report.paragraphs) {
    for (const quantity of paragraph.quantities) all.push({ where: 'prose', quantity, paragraph });
  }
  for (const table of report.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.quantity) {
          all.push({ where: 'cell', quantity: cell.quantity, table, row, cell, column: table.columns[cell.column] });
        }
      }
    }
  }
  all.sort((a, b) => a.quantity.fullSpan.start - b.quantity.fullSpan.start);
  cache.set(report, all);
  return all;
}

/** The figure whose number or unit covers the offset (the character right after it counts too). */
export function figureAt(report: Report, offset: number): Figure | undefined {
  const all = figures(report);
  let lo = 0;
  let hi = all.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].quantity.fullSpan.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i >= found - 1; i--) {
    const span = all[i].quantity.fullSpan;
    if (offset >= span.start && offset <= span.end && span.end > span.start) return all[i];
  }
  return undefined;
}

/** Figures standing inside the span that are stated amounts (not years, list numbers, thresholds). */
export function statedFiguresIn(report: Report, span: Span): Figure[] {
  return figures(report).filter(
    (f) => !f.quantity.incidental && f.quantity.span.start >= span.start && f.quantity.span.end <= span.end,
  );
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
