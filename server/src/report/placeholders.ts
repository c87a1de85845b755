// Where a template still waits for a figure: a placeholder typed for it (`××万元`, `XX%`, `（填写）`), or a blank slot
// where the figure was never filled in (`占基本支出预算%`, `比上年减少 万元`, issue #10). The placeholder rule lists
// them in one hint; analyze() reads no relation out of a sentence that has one (its figures are not all there).
import type { Report, Span } from './model';

/** `××`, `XX`, `xxx` (two or more), and the 填写 prompts templates use. */
const TYPED = /[Xx×]{2,}|[（(]\s*(填写|待填|金额)\s*[）)]/g;
/** A unit right after the word that should have put a figure before it: the span is the unit. */
const BLANK = /(?:占[^，,。；;\d０-９%％（）()]{1,15}?|增加|减少|增长|下降|增幅|降幅|减幅|为)[ \t　]*(万元|亿元|%|％)/g;

export function placeholderSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(TYPED)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(BLANK)) {
    const end = m.index + m[0].length;
    spans.push({ start: end - m[1].length, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const found = new WeakMap<Report, Span[]>();

/** placeholderSpans of the report's text, found once per report (the rule and analyze() both ask). */
export function placeholdersOf(report: Report): Span[] {
  let spans = found.get(report);
  if (!spans) found.set(report, (spans = placeholderSpans(report.text)));
  return spans;
}
