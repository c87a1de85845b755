// Folding ranges: each section from its heading to its last non-blank line, each table.
import type { Report, Span } from '../report/model';
import { positionAt } from '../report/lines';

export interface Fold {
  /** 0-based lines, inclusive. */
  startLine: number;
  endLine: number;
  kind: 'section' | 'table';
}

/** The offset just after the last non-whitespace character of the span. */
function trimmedEnd(text: string, span: Span): number {
  let end = Math.min(span.end, text.length);
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

export function foldingRanges(report: Report): Fold[] {
  const folds: Fold[] = [];
  const add = (span: Span, kind: Fold['kind']) => {
    const end = trimmedEnd(report.text, span);
    if (end <= span.start) return;
    const startLine = positionAt(report.lineStarts, span.start).line;
    const endLine = positionAt(report.lineStarts, end - 1).line;
    if (endLine > startLine) folds.push({ startLine, endLine, kind });
  };
  for (const section of report.sections) add({ start: section.heading.span.start, end: section.span.end }, 'section');
  for (const table of report.tables) add(table.span, 'table');
  folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  // The halves of a side-by-side table share their lines: one fold serves both.
  return folds.filter((f, i) => i === 0 || f.startLine !== folds[i - 1].startLine || f.endLine !== folds[i - 1].endLine || f.kind !== folds[i - 1].kind);
}
