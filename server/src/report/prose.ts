// A paragraph of prose: its lines joined (PDF-wrapped text), split into sentences and clauses, figures labelled.
import type { Clause, Paragraph, Quantity, Sentence, Span } from './model';
import { scanQuantities } from './quantities';

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[，,；;：:]/;

/**
 * Build a paragraph from line content spans (each without its line break). `masked` is the document text with
 * comments blanked out, same offsets as the document.
 */
export function buildParagraph(masked: string, lines: Span[], listMarker?: Paragraph['listMarker']): Paragraph {
  let text = '';
  const offsets: number[] = [];
  lines.forEach((line, i) => {
    let start = line.start;
    if (i > 0) while (start < line.end && /[ \t\u3000\u00a0]/.test(masked[start])) start++;
    for (let o = start; o < line.end; o++) {
      text += masked[o];
      offsets.push(o);
    }
  });
  const span = { start: lines[0].start, end: lines[lines.length - 1].end };
  offsets.push(span.end);
  const offsetOf = (i: number) => offsets[i] ?? span.end;
  const quantities = scanQuantities(text, { offsetOf }).filter((q) => !listMarker || q.span.start >= listMarker.span.end);
  markParenthesized(text, offsets, quantities);
  const sentences = splitSentences(text, offsetOf, quantities);
  return { span, text, offsets, sentences, quantities, listMarker };
}

/** Marks the figures that stand inside brackets（…）. */
function markParenthesized(text: string, offsets: number[], quantities: Quantity[]): void {
  let depth = 0;
  let q = 0;
  for (let i = 0; i < text.length && q < quantities.length; i++) {
    while (q < quantities.length && quantities[q].span.start <= offsets[i]) {
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

function splitSentences(text: string, offsetOf: (i: number) => number, quantities: Quantity[]): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: Clause[] = [];
  let clauseStart = 0;
  let q = 0;
  // Quantities are in text order; map each to its index in text by offset.
  const qIndex = quantities.map((x) => x.span.start);
  const textIndexOf = (offset: number) => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsetOf(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const qText = qIndex.map(textIndexOf);
  const closeClause = (end: number, punct: string) => {
    const raw = text.slice(clauseStart, end);
    if (raw.trim() || punct) {
      const mine: Quantity[] = [];
      while (q < quantities.length && qText[q] < end) {
        if (qText[q] >= clauseStart) mine.push(quantities[q]);
        q++;
      }
      let prev = clauseStart;
      for (const x of mine) {
        const at = textIndexOf(x.span.start);
        x.label = cleanLabel(text.slice(prev, at));
        prev = textIndexOf(x.fullSpan.end);
      }
      clauses.push({
        text: raw,
        span: { start: offsetOf(clauseStart), end: offsetOf(end) },
        quantities: mine,
        end: punct,
      });
    }
    clauseStart = end + (punct ? 1 : 0);
  };
  const closeSentence = () => {
    if (clauses.length) {
      sentences.push({ span: { start: clauses[0].span.start, end: clauses[clauses.length - 1].span.end }, clauses });
    }
    clauses = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const betweenDigits = isDigit(text[i - 1]) && isDigit(text[i + 1]);
    if (SENTENCE_END.test(c) || (c === '.' && !betweenDigits && !isDigit(text[i - 1]))) {
      closeClause(i, c);
      closeSentence();
    } else if (CLAUSE_END.test(c) && !((c === ',' || c === ':') && betweenDigits)) {
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
