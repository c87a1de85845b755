// A paragraph of prose: its lines joined (PDF-wrapped text), split into sentences and clauses, figures labelled.
import type { Clause, Paragraph, Quantity, Sentence, Span } from './model';
import { scanQuantities } from './quantities';


/**
 * Build a paragraph from line content spans (each without its line break). `masked` is the document text with
 * comments blanked out, same offsets as the document.
 */
export function buildParagraph(masked: string, lines: Span[], listMarker?: Paragraph['listMarker']): Paragraph {
  let text = '';
  const segments: Paragraph['segments'] = [];
  lines.forEach((line, i) => {
    let start = line.start;
    if (i > 0) while (start < line.end && /[ \t\u3000\u00a0]/.test(masked[start])) start++;
    segments.push({ textStart: text.length, docStart: start });
    text += masked.slice(start, line.end);
  });
  const span = { start: lines[0].start, end: lines[lines.length - 1].end };
  const offsetOf = (i: number) => offsetInDocument(segments, i);
  const found: Array<[number, number]> = [];
  const all = scanQuantities(text, { offsetOf, indices: found });
  const quantities: Quantity[] = [];
  const at: Array<[number, number]> = [];
  all.forEach((q, k) => {
    if (listMarker && q.span.start < listMarker.span.end) return;
    quantities.push(q);
    at.push(found[k]);
  });
  markParenthesized(text, at, quantities);
  const sentences = splitSentences(text, offsetOf, quantities, at);
  return { span, text, segments, sentences, quantities, listMarker };
}

/** The document offset of text[i] (i may be text.length: the end of the last segment's line). */
export function offsetInDocument(segments: Paragraph['segments'], i: number): number {
  let k = segments.length - 1;
  if (k > 0) {
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].textStart <= i) lo = mid;
      else hi = mid - 1;
    }
    k = lo;
  }
  return segments[k].docStart + (i - segments[k].textStart);
}

/** Marks the figures that stand inside brackets（…）. */
function markParenthesized(text: string, at: Array<[number, number]>, quantities: Quantity[]): void {
  let depth = 0;
  let q = 0;
  for (let i = 0; i < text.length && q < quantities.length; i++) {
    while (q < quantities.length && at[q][0] <= i) {
      if (depth > 0) quantities[q].inParens = true;
      q++;
    }
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && /[0-9０-９]/.test(c);
}

const BREAK = /[。！？!?.，,；;：:]/g;

/**
 * Sentences end at 。！？ (and at a `.` that is no decimal point); clauses at ，；： (not a `,` or `:` between
 * digits). `at[k]` = [start, end of unit] of quantities[k] in `text`.
 */
function splitSentences(text: string, offsetOf: (i: number) => number, quantities: Quantity[], at: Array<[number, number]>): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: Clause[] = [];
  let clauseStart = 0;
  let q = 0;
  const closeClause = (end: number, punct: string) => {
    const raw = text.slice(clauseStart, end);
    if (raw.trim() || punct) {
      const mine: Quantity[] = [];
      let prev = clauseStart;
      while (q < quantities.length && at[q][0] < end) {
        if (at[q][0] >= clauseStart) {
          quantities[q].label = cleanLabel(text.slice(prev, at[q][0]));
          prev = at[q][1];
          mine.push(quantities[q]);
        }
        q++;
      }
      clauses.push({ text: raw, span: { start: offsetOf(clauseStart), end: offsetOf(end) }, quantities: mine, end: punct });
    }
    clauseStart = end + (punct ? 1 : 0);
  };
  const closeSentence = () => {
    if (clauses.length) {
      sentences.push({ span: { start: clauses[0].span.start, end: clauses[clauses.length - 1].span.end }, clauses });
    }
    clauses = [];
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const i = m.index;
    const c = m[0];
    const digitBefore = isDigit(text[i - 1]);
    const betweenDigits = digitBefore && isDigit(text[i + 1]);
    if (c === '.') {
      if (digitBefore) continue;
      closeClause(i, c);
      closeSentence();
    } else if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
      closeClause(i, c);
      closeSentence();
    } else if (!((c === ',' || c === ':') && betweenDigits)) {
      closeClause(i, c);
    }
  }
  closeClause(text.length, '');
  closeSentence();
  return sentences;
}

/** The noun phrase before a figure: connectors and copulas trimmed (`其中：基本支出为` → `基本支出`). */
export function cleanLabel(s: string): string {
  let t = s.replace(/[\s\u3000\u00a0]+/g, '').replace(/[*_`]+/g, '');
  t = t.replace(/^(其中|和|及|以及|与|、|）|\)|”|")+/, '');
  t = t.replace(/(为|是|达|达到|约|共计|合计为|总计为|分别为|：|:|（|\()+$/, '');
  return t;
}
