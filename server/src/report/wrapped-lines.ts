// PDF text keeps the page's line breaks: a paragraph runs across lines of the same width, and a numbered paragraph
// (`6.农林水支出（类）水利（款）行政运行（项）：年初预算为` / `425.60 万元，支出决算为 412.38 万元，…`) starts with a line
// that looks like a heading. A heading is shorter than the page; a numbered line as wide as the lines of the
// wrapped paragraphs, going on in the next line, is the first line of a paragraph.
import type { Span } from './model';
import { isBlankIn } from './normalize';
import { matchMarker } from './numbering';

/** Lines narrower than this (in half-width columns) are no wrapped prose: table cells, headings, short items. */
const MIN_WRAP = 30;
/** How many wrapped lines make a text wrapped at a width. */
const MIN_LINES = 8;
/** A line this much narrower than the width was still cut by it: a figure or a word that did not fit went on. */
const SLACK = 8;
/** How far short of the width a line ending on ； may stop and still have been cut by the edge. */
const EDGE_SLACK = 6;

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

/** A line that ends its sentence, or a clause before a list. */
export const ENDS_SENTENCE = /[。；！？!?;：:]$/;
const TABLE_LIKE = /\t|\S\s{3,}\S/;

/**
 * The width the text's paragraphs wrap at: the most common width of the unnumbered lines that go on in the next
 * line (prose lines, not cells nor headings), when at least MIN_LINES of them, and most, are within SLACK of it;
 * undefined for text that keeps a paragraph on one line.
 */
export function wrapWidth(masked: string, spans: Span[], furniture: readonly boolean[] = []): number | undefined {
  const counts = new Map<number, number>();
  let lines = 0;
  for (let i = 0; i + 1 < spans.length; i++) {
    const t = masked.slice(spans[i].start, spans[i].end).trim();
    // (A double-spaced PDF text — a blank line after every line — wraps its paragraphs the same way.)
    const blankAfter = (k: number) => k >= spans.length || isBlankIn(masked, spans[k].start, spans[k].end);
    // (No character is wider than two columns: a line of fewer than MIN_WRAP / 2 characters is narrower.)
    // (Nor a running header: `西充县凤鸣镇人民政府 2019 年度部门决算` on every page of a long PDF text outnumbers its wrapped lines.)
    if (furniture[i] || t.length * 2 < MIN_WRAP || TABLE_LIKE.test(t) || ENDS_SENTENCE.test(t) || (blankAfter(i + 1) && blankAfter(i + 2)) || matchMarker(t)) continue;
    const w = displayWidth(t);
    if (w < MIN_WRAP) continue;
    lines++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // (How many widths up to each width, so that a band is counted at once: a long text has many widths.)
  const upTo: number[] = [];
  for (const [w, n] of counts) upTo[w] = n;
  for (let w = 0, n = 0; w < upTo.length; w++) upTo[w] = n += upTo[w] ?? 0;
  const below = (w: number) => (w < 0 ? 0 : upTo[Math.min(w, upTo.length - 1)] ?? 0);
  const band = (w: number) => below(w + 2) - below(w - SLACK - 1);
  let mode = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > mode)) [mode, best] = [w, n];
  if (!mode) return undefined;
  const near = band(mode);
  if (near >= MIN_LINES && near * 2 > lines) return mode;
  // A long PDF text's lines spread over a few columns (spaces around figures), and narrower lines of another kind
  // (a chart's labels, an 附件) may be the single commonest width: the band holding most lines, when it holds
  // many, says where the page's edge is.
  let wide = 0;
  let most = 0;
  for (const w of [...counts.keys()].sort((a, b) => a - b)) {
    const n = band(w);
    if (n >= most) [wide, most] = [w, n];
  }
  return most >= 3 * MIN_LINES && most * 2 > lines ? wide : undefined;
}

/**
 * Whether a line ending in ；, as wide as the page, was cut there by the page's edge: a PDF's `…占86.24%;` /
 * `公务接待费支出决算4.15万元,占13.76%。` (rd1-mianyang-sfj-2016 at 38 columns) is one sentence of the template.
 */
export function clauseEndAtEdge(line: string, width: number | undefined): boolean {
  if (width === undefined) return false;
  const t = line.trim();
  // (And `…基本支出300万元,其中:` at the page's edge, its list on the next line; a 其中: line ending short of the
  // edge puts its items on lines of their own.)
  // (PDF text spaces its figures, `0 万元，占 0%；`: a line so cut may stop a few columns short of the edge.)
  const w = displayWidth(t);
  return (/[；;]$/.test(t) && w >= width - EDGE_SLACK) || (/其中[：:]$/.test(t) && w >= width - 2);
}

/** Whether `line` fills the wrap width: it was cut by the page's edge, not ended. */
export function fillsWidth(line: string, width: number | undefined): boolean {
  if (width === undefined) return false;
  const t = line.trim();
  return !ENDS_SENTENCE.test(t) && displayWidth(t) >= width - SLACK;
}
