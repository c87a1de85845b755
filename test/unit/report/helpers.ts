// Parsing a few lines of a report, and reading back what stands at a span of the model.
import { lineSpans, parseReport } from '../../../server/src/report/parse';
import { computeLineStarts } from '../../../server/src/report/lines';
import type { Report, Span } from '../../../server/src/report/model';

export const TITLE = '2023年度部门整体支出绩效自评报告';

/** The title line, a blank line, then `lines` (the first of them is line 3, 0-based line 2). */
export function doc(...lines: string[]): string {
  return [TITLE, '', ...lines].join('\n');
}

export function parse(text: string, format: 'txt' | 'md' = 'txt'): Report {
  return parseReport(text, format);
}

/** Each line's span, as the reader takes them (for the passes that work on lines). */
export function spansOf(text: string): Span[] {
  return lineSpans(text, computeLineStarts(text));
}

/** The document text a span covers. */
export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Every prose figure of the report as `raw unit`, with the text at its span (to prove the offsets). */
export function figures(report: Report): Array<{ value: string; unit: string; kind: string; decimals: number; raw: string; atSpan: string; label: string; incidental: boolean }> {
  return report.paragraphs.flatMap((p) =>
    p.quantities.map((q) => ({
      value: q.value.toString(),
      unit: q.unit,
      kind: q.kind,
      decimals: q.decimals,
      raw: q.raw,
      atSpan: at(report.text, q.span),
      label: q.label,
      incidental: q.incidental === true,
    })),
  );
}
