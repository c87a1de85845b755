// PDF text some viewers copy with a blank line after every line: `(一)文化旅游体育与传媒支出类科目 850088.3 元,` /
// (blank) / `占支出总预算 78.33%,同比减少 54357.12 元,下降 6.00 %。` (js-wzyjs-u1823-2025 so laid out). There the
// blank lines say nothing about paragraphs; read as they are, every wrapped sentence falls apart at each of them.
import type { Span } from './model';
import { isBlankIn } from './normalize';
import { matchMarker } from './numbering';
import { ENDS_SENTENCE } from './wrapped-lines';

/** Fewer non-blank lines than this, and how the text is spaced is not known. */
const MIN_LINES = 8;
/** A heading or a caption is shorter than a page's line. */
const MIN_CUT = 15;

/**
 * The lines to read: `spans` without the single blank lines between non-blank ones, when nearly every line is so
 * separated (at most one in ten touching the next) and a third of them are cut inside a sentence, as a page's
 * lines are — not a web page's one paragraph per line, each ending its sentence, with a blank line between.
 * Otherwise `spans`.
 */
export function withoutLayoutBlanks(masked: string, spans: Span[]): Span[] {
  const blank = (i: number) => isBlankIn(masked, spans[i].start, spans[i].end);
  let lines = 0;
  let touching = 0;
  let single = 0;
  let cut = 0;
  for (let i = 0; i < spans.length; i++) {
    if (blank(i)) continue;
    lines++;
    const text = masked.slice(spans[i].start, spans[i].end).trim();
    // A line cut inside its sentence: long, not ending one, and the next line no numbered item of its own.
    if (text.length >= MIN_CUT && !ENDS_SENTENCE.test(text) && i + 2 < spans.length && !matchMarker(masked.slice(spans[i + 2].start, spans[i + 2].end))) cut++;
    if (i + 1 < spans.length && !blank(i + 1)) touching++;
    else if (i + 2 < spans.length && blank(i + 1) && !blank(i + 2)) single++;
  }
  if (lines < MIN_LINES || touching * 10 > lines || single * 10 < lines * 8 || cut * 3 < lines) return spans;
  return spans.filter((_, i) => !(blank(i) && i > 0 && i + 1 < spans.length && !blank(i - 1) && !blank(i + 1)));
}
