// A paragraph of prose: its lines joined (PDF-wrapped text), split into sentences and clauses, figures labelled.
import { readBareWan } from './bare-wan';
import type { Clause, Paragraph, Quantity, Sentence, Span } from './model';
import { isBlank } from './normalize';
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
    if (i > 0) while (start < line.end && isIndentCode(masked.charCodeAt(start))) start++;
    segments.push({ textStart: text.length, docStart: start });
    text += masked.slice(start, line.end);
  });
  const span = { start: lines[0].start, end: lines[lines.length - 1].end };
  const offsetOf = (i: number) => offsetInDocument(segments, i);
  const found: number[] = [];
  const all = scanQuantities(text, { offsetOf, indices: found, defaultUnit: unitOfBlock(masked, lines) });
  const quantities: Quantity[] = [];
  const at: number[] = [];
  all.forEach((q, k) => {
    if (listMarker && q.span.start < listMarker.span.end) return;
    quantities.push(q);
    at.push(found[2 * k], found[2 * k + 1]);
  });
  readBareWan(text, quantities, at);
  markParenthesized(text, at, quantities);
  const sentences = splitSentences(text, offsetOf, quantities, at);
  return { span, text, segments, sentences, quantities, listMarker };
}

/** `计划生育家庭特别扶助制度补助资金(万元)` over lines `年度预算资金总额: 321.25`, `其中:中央补助 166.00`, …: a block whose
 * first line ends with its unit in brackets and whose other lines each end with one bare number (or hold none)
 * gives its numbers that unit. */
const UNIT_HEAD = /[（(](万元|元|亿元)[）)][\s\u3000]*$/;
const NAME_AND_NUMBER = /^[\s\u3000]*[^\d，。；,;！？]{1,30}?[：:]?[\s\u3000]*[\d,]+(\.\d+)?[\s\u3000]*$/;
const NO_DIGIT = /^[^\d]*$/;
function unitOfBlock(masked: string, lines: Span[]): string | undefined {
  if (lines.length < 3) return undefined;
  const head = UNIT_HEAD.exec(masked.slice(lines[0].start, lines[0].end));
  if (!head) return undefined;
  let numbers = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = masked.slice(lines[i].start, lines[i].end);
    if (NAME_AND_NUMBER.test(line)) numbers++;
    else if (!NO_DIGIT.test(line)) return undefined;
  }
  return numbers >= 2 ? head[1] : undefined;
}

/** Space, TAB, ideographic space, no-break space: the indentation of a wrapped line. */
function isIndentCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
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

/** The index in `text` of the document offset `d` (a wrapped line's break and indentation fold to the next line's start). */
export function indexInText(segments: Paragraph['segments'], d: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].docStart <= d) lo = mid;
    else hi = mid - 1;
  }
  const i = segments[lo].textStart + Math.max(0, d - segments[lo].docStart);
  return lo + 1 < segments.length ? Math.min(i, segments[lo + 1].textStart) : i;
}

/**
 * The paragraph's words between two document offsets, as one line: `与2016` / `年相比,公务用车运行费减少596.98万元`
 * (a PDF's wrap) reads `与2016年相比,…`, where the document's own text has the line break inside the year.
 */
export function wordsBetween(p: Paragraph, from: number, to: number): string {
  const start = Math.max(from, p.span.start);
  const end = Math.min(to, p.span.end);
  return start < end ? p.text.slice(indexInText(p.segments, start), indexInText(p.segments, end)) : '';
}

/** Marks the figures that stand inside brackets（…）. */
function markParenthesized(text: string, at: number[], quantities: Quantity[]): void {
  let depth = 0;
  let q = 0;
  for (let i = 0; i < text.length && q < quantities.length; i++) {
    while (q < quantities.length && at[2 * q] <= i) {
      if (depth > 0) quantities[q].inParens = true;
      q++;
    }
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 40) depth++; // （ (
    else if ((c === 0xff09 || c === 41) && depth > 0) depth--; // ） )
  }
}

/** 0–9 or ０–９ (NaN, past either end of the text, is neither). */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** The punctuation that may close a clause or a sentence: 。！？!?.，,；;：: */
function isBreak(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 33: // !
    case 63: // ?
    case 46: // .
    case 0xff0c: // ，
    case 44: // ,
    case 0xff1b: // ；
    case 59: // ;
    case 0xff1a: // ：
    case 58: // :
      return true;
    default:
      return false;
  }
}

/**
 * Sentences end at 。！？ (and at a `.` that is no decimal point); clauses at ，；： (not a `,` or `:` between
 * digits). at[2k] and at[2k + 1] = start and end of unit of quantities[k] in `text`.
 */
function splitSentences(text: string, offsetOf: (i: number) => number, quantities: Quantity[], at: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: Clause[] = [];
  let clauseStart = 0;
  let q = 0;
  const closeClause = (end: number, punct: string) => {
    const raw = text.slice(clauseStart, end);
    if (punct || !isBlank(raw)) {
      const mine: Quantity[] = [];
      const firstOfClause = q;
      let prev = clauseStart;
      let before = '';
      while (q < quantities.length && at[2 * q] < end) {
        if (at[2 * q] >= clauseStart) {
          const words = text.slice(prev, at[2 * q]);
          quantities[q].label = cleanLabel(words);
          if (q > 0 && prev === at[2 * q - 1]) quantities[q].label = withPeriod(quantities[q - 1], before, quantities[q].label);
          before = words;
          prev = at[2 * q + 1];
          mine.push(quantities[q]);
        }
        q++;
      }
      if (mine.length >= 2 && (raw.includes('分别') || raw.includes('依次'))) {
        const before = clauses.length ? clauses[clauses.length - 1].text : '';
        labelRespectively(text, clauseStart, end, quantities, at, firstOfClause, q, before);
      }
      clauses.push({ text: raw, span: { start: offsetOf(clauseStart), end: end > clauseStart ? offsetOf(end - 1) + 1 : offsetOf(end) }, quantities: mine, end: punct });
    }
    clauseStart = end + (punct ? 1 : 0);
  };
  const closeSentence = () => {
    if (clauses.length) {
      sentences.push({ span: { start: clauses[0].span.start, end: clauses[clauses.length - 1].span.end }, clauses });
    }
    clauses = [];
  };
  // Read character by character: a pattern would build a match for every comma of the report.
  for (let i = 0; i < text.length; i++) {
    if (!isBreak(text.charCodeAt(i))) continue;
    const c = text[i];
    const digitBefore = isDigitCode(text.charCodeAt(i - 1));
    const betweenDigits = digitBefore && isDigitCode(text.charCodeAt(i + 1));
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

/**
 * `A、B、C分别为x、y、z` (or `主要用于A、B和C，分别为x、y、z`): each figure is named by the name in the same place
 * in the list, not the first by all the names and the others by none. Only a list of figures separated by
 * nothing but 、 和 及, as many as the names, is read so.
 */
function labelRespectively(
  text: string,
  clauseStart: number,
  clauseEnd: number,
  quantities: Quantity[],
  at: number[],
  from: number,
  to: number,
  previousClause: string,
): void {
  const found = text.slice(clauseStart, clauseEnd).search(/分别|依次/);
  if (found < 0) return;
  const word = clauseStart + found;
  // `…分别为756.34万元、108.86万元，分别占基本支出的87.42%、13.58%`: shares named by their whole pair with the amounts
  // before them (share.ts); the clause before names no part of them.
  if (/^(分别|依次)占[^\d%％，,；;]{2,}?的/.test(text.slice(word, clauseEnd))) return;
  let first = from;
  while (first < to && at[2 * first] < word) first++;
  const items = to - first;
  if (items < 2) return;
  for (let k = first + 1; k < to; k++) if (!/^[\s、和及与]*$/.test(text.slice(at[2 * k - 1], at[2 * k]))) return;
  // The names: after the last figure before 分别 in this clause, or the whole previous clause.
  const namesStart = first > from && at[2 * (first - 1)] >= clauseStart ? at[2 * first - 1] : clauseStart;
  let namesText = text.slice(namesStart, word);
  if (!cleanLabel(namesText)) namesText = previousClause;
  const names = namesText.split('、');
  if (names.length === items - 1) {
    const pair = names[names.length - 1].split(/以及|和|与/);
    if (pair.length === 2) names.splice(names.length - 1, 1, ...pair);
  }
  if (names.length !== items) return;
  // `项目支出主要用于执法办案、…`: the subject and its verb are not the first name.
  names[0] = names[0].replace(/^.*?(用于|包括|涉及)/, '');
  // `A、B、C分别比上年减少0万元、1.5万元、0.84万元`: the figures are changes; each name keeps the comparison
  // (`A比上年减少`), as a figure stated alone with it would.
  // (Only with the comparison after 分别: `较上年分别增加x、y，分别增长a%、b%` is read as paired lists, growth-lists.ts.)
  const compared = /^(分别|依次)((较|比|与).{1,8}?)(增加|减少|增长|下降|节约|超支|增收|减收|提高|降低)了?(为|是)?$/.exec(cleanLabel(text.slice(word, at[2 * first])));
  const labels = names.map((n) => cleanLabel(n) + (compared ? `${compared[2]}${compared[4]}` : ''));
  if (labels.some((l) => !l)) return;
  for (let k = 0; k < items; k++) quantities[first + k].label = labels[k];
}

/**
 * `2023年末在职人员28人`: the label read after the year figure starts with 末; the 年 it belongs to is the
 * year's unit. Put back, the label reads 年末在职人员 (likewise 年底, 年初, 月末).
 */
function withPeriod(previous: Quantity, wordsBefore: string, label: string): string {
  if ((previous.unit === '年' || previous.unit === '月') && /^[末底初中]/.test(label)) return previous.unit + label;
  // `比2023年的931.46万元`: the year belongs to the comparison; the label keeps it (比2023年的), so the figure
  // reads as the base compared with, not as a figure of its own named 的.
  // `与2023年支出931.46万元相比`: the same, with a noun after the year (not a change: `比2023年增加…` is one).
  // (The words before the year as written: its label has a leading 与 trimmed.)
  const words = wordsBefore.trimEnd();
  const compares = COMPARES.exec(words);
  if ((previous.unit === '年' || previous.unit === '年度') && compares && (/^(同期)?的?$/.test(label) || !CHANGE_WORD.test(label))) {
    // `预算总额较2024年年初预算`: what is compared stays in front.
    return cleanLabel(words.slice(0, compares.index)) + compares[0] + previous.raw + previous.unit + label;
  }
  return label;
}
const COMPARES = /(较|比|同比|相比|对比|与|同)$/;
const CHANGE_WORD = /增|减|多|少|降|升|提高|持平/;

/** The noun phrase before a figure: connectors and copulas trimmed (`其中：基本支出为` → `基本支出`). */
export function cleanLabel(s: string): string {
  let t = s.replace(/[\s\u3000\u00a0]+/g, '').replace(/[*_`]+/g, '');
  // Each pattern is tried only where its first (or last) character stands: most labels need neither.
  // (`全年实际支出1248.60万元÷全年预算数1310.42万元`: the sign between two figures is neither's name.)
  if (LEAD_FIRST.has(t[0])) t = t.replace(/^(其中|和|及|以及|与|、|）|\)|”|"|÷|×|\/|＝|=)+/, '');
  // (Not the 约 of 节约, 制约.)
  if (TRAIL_LAST.has(t[t.length - 1])) t = t.replace(/(为|是|(?<![下送抵到])达|达到|(?<![节制])约|共计|合计为|总计为|分别为|依次为|依次是|：|:|（|\()+$/, '');
  return t;
}
const LEAD_FIRST = new Set(['其', '和', '及', '以', '与', '、', '）', ')', '”', '"', '÷', '×', '/', '＝', '=']);
const TRAIL_LAST = new Set(['为', '是', '达', '到', '约', '计', '：', ':', '（', '(']);
