// PDF text cut into pages (pdftotext, a PDF viewer's copy): between two pages stand blank lines, the page number
// (`— 17 —`) and the running header each page repeats (`某某局2023年度部门决算`). A sentence cut by a page break goes
// on after it; none of those lines is a figure, a title or a paragraph of the report.
import type { Span } from './model';
import { isPageNumber } from './page-numbers';
import { isBlankIn } from './normalize';
import { CONTINUES, continuesInto, opensItem } from './line-continuation';

/** A running header or footer is the same line next to at least this many page numbers. */
const MIN_REPEATS = 3;

const key = (s: string) => s.replace(/[\s\u3000\f]+/g, '');

/**
 * The lines that are page furniture: page numbers, and the lines that stand next to page numbers (the nearest
 * non-blank line before or after one) with the same text at least MIN_REPEATS times. Wherever such a line stands
 * it is furniture (the first page's header stands at the top of the text, far from any page number).
 */
export function pageFurniture(masked: string, spans: Span[]): boolean[] {
  const furniture = new Array<boolean>(spans.length).fill(false);
  const pageLines: number[] = [];
  spans.forEach((s, i) => {
    if (s.end - s.start <= 200 && isPageNumber(masked.slice(s.start, s.end))) {
      furniture[i] = true;
      pageLines.push(i);
    }
  });
  cutSentenceFurniture(masked, spans, furniture, pageLines);
  bareNumberPages(masked, spans, furniture, pageLines);
  if (pageLines.length < MIN_REPEATS) return furniture;
  const counts = new Map<string, number>();
  const neighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < spans.length; j += step) {
      if (furniture[j]) return undefined;
      if (!isBlankIn(masked, spans[j].start, spans[j].end)) return j;
    }
    return undefined;
  };
  for (const i of pageLines) {
    const seen = new Set<string>();
    for (const j of [neighbour(i, -1), neighbour(i, 1)]) {
      if (j === undefined) continue;
      const k = key(masked.slice(spans[j].start, spans[j].end));
      // A running header is a short line; a sentence next to a page number is no furniture however often it repeats.
      // (Nor a table's row that ends a page in several tables alike: `210 卫生健康支出 283894.65 283894.65` holds amounts.)
      if (k.length === 0 || k.length > 40 || /[。；，,;]/.test(k) || /\d[.．]\d/.test(k) || seen.has(k)) continue;
      seen.add(k);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const repeated = new Set([...counts].filter(([, n]) => n >= MIN_REPEATS).map(([k]) => k));
  if (!repeated.size) return furniture;
  spans.forEach((s, i) => {
    // (Its length without the spaces: `pdftotext -layout` sets a running header far to the right.)
    if (!furniture[i] && masked.slice(s.start, s.end).trim().length <= 120 && repeated.has(key(masked.slice(s.start, s.end)))) furniture[i] = true;
  });
  return furniture;
}

/**
 * Where a page break that starts at line `i` (a blank line or furniture) ends: the index of the first line after
 * its blank lines and furniture, when the run holds a page number; otherwise undefined (a blank line only).
 */
export function pageBreakEnd(masked: string, spans: Span[], furniture: boolean[], i: number): number | undefined {
  let j = i;
  let page = false;
  while (j < spans.length && (furniture[j] || isBlankIn(masked, spans[j].start, spans[j].end))) {
    if (furniture[j]) page = true;
    j++;
  }
  return page && j < spans.length ? j : undefined;
}

/** Line `i`'s text, trimmed. */
const lineText = (masked: string, spans: Span[], i: number) => masked.slice(spans[i].start, spans[i].end).trim();

/** The first line with text before (step −1) or after (step 1) line `i`, past at most two blank lines. */
function nearContent(masked: string, spans: Span[], i: number, step: number): number | undefined {
  for (let j = i + step, n = 0; j >= 0 && j < spans.length && n < 3; j += step, n++) {
    if (!isBlankIn(masked, spans[j].start, spans[j].end)) return j;
  }
  return undefined;
}

/**
 * Bare page numbers (`3`) beside a running header (`某县农业农村局2018年度部门整体支出绩效自评报告`): a short line with a
 * year, no clause mark and no amount, standing next to a bare number at least MIN_REPEATS times (a helper's
 * long-document probes). Those numbers are page lines then.
 */
function bareNumberPages(masked: string, spans: Span[], furniture: boolean[], pageLines: number[]): void {
  const text = (i: number) => lineText(masked, spans, i);
  const neighbour = (i: number, step: number) => nearContent(masked, spans, i, step);
  const beside = new Map<string, number[]>();
  spans.forEach((s, i) => {
    if (furniture[i] || s.end - s.start > 8 || !/^\d{1,4}$/.test(text(i))) return;
    for (const j of [neighbour(i, -1), neighbour(i, 1)]) {
      if (j === undefined || !headerLike(text(j)) || !/\d{4}\s*年/.test(text(j))) continue;
      const k = key(text(j));
      const list = beside.get(k);
      if (list) list.push(i);
      else beside.set(k, [i]);
    }
  });
  for (const lines of beside.values()) {
    if (new Set(lines).size < MIN_REPEATS) continue;
    for (const i of lines) {
      if (furniture[i]) continue;
      furniture[i] = true;
      pageLines.push(i);
    }
  }
}

/** A wrapped line of prose: long enough to be no table cell, with Chinese in it, no TAB. */
const PROSE_LINE = 20;
/** A running header's line: short, no clause punctuation, no amount. */
export const headerLike = (t: string) => t.length > 0 && t.length <= 40 && !/[。；，,;：:、！？]/.test(t) && !/\d[.．]\d/.test(t) && !/^\d+$/.test(t) && !/\t/.test(t);

/**
 * The furniture of a single page break inside a sentence, in an excerpt too short to show its running header again
 * (a helper's plain-pdftotext probes): a bare page number (`…年初预算为` / `5` / `1698044.00元，…`) between a cut line of
 * prose and one going on with a figure; the header next to a page number (`…支出决算为` / `- 8 -` / `长沙市岳麓区市场监督
 * 管理局` / `29.98万元。…`); and a header alone between a figure and its unit (`…其他收入86.25` / `某某局部门决算` /
 * `万元，占2.99%。`). Each only where the sentence is plainly cut: the line before ends mid-clause, the one after
 * can only go on from it.
 */
function cutSentenceFurniture(masked: string, spans: Span[], furniture: boolean[], pageLines: number[]): void {
  const text = (i: number) => lineText(masked, spans, i);
  const content = (i: number, step: number) => nearContent(masked, spans, i, step);
  // (A sentence's line, not a table's row label one cell per line — `一般公共预算财政拨款收入` / `1` (its 行次) /
  // `1698044.00`: prose has a clause mark in it, or the length of a wrapped line.)
  const cutProse = (j: number | undefined) => {
    if (j === undefined || furniture[j] || /\t/.test(masked.slice(spans[j].start, spans[j].end))) return false;
    const t = text(j);
    return /[\u4e00-\u9fff]/.test(t) && CONTINUES.test(t) && !/[：:]$/.test(t) && (t.length >= PROSE_LINE || (t.length >= 6 && /[，,。；;]/.test(t)));
  };
  // (`…其中：基本支出845.67万元；` / `8` / `项目支出329.18万元。…` (a helper's 自评 slip probe): a list's line ended on ；, and the
  // next line a sentence of prose going on — a bare number between them is the page's.)
  const clauseEnded = (j: number | undefined) => {
    if (j === undefined || furniture[j] || /\t/.test(masked.slice(spans[j].start, spans[j].end))) return false;
    const t = text(j);
    return /[\u4e00-\u9fff]/.test(t) && /[；;，,]$/.test(t) && t.length >= 10;
  };
  const proseGoesOn = (j: number) => {
    const t = text(j);
    return /^[\u4e00-\u9fff]/.test(t) && !/^[一二三四五六七八九十]+[、．.]/.test(t) && !opensItem(t) && t.length >= 8 && /[，,。；;]/.test(t) && /\d/.test(t) && !/\t/.test(masked.slice(spans[j].start, spans[j].end));
  };
  const goesOnWith = (j: number | undefined) => j !== undefined && (continuesInto(text(j), true) || /^[\d０-９]/.test(text(j)));
  // (`213	农林水支出	400.00	…` / `3` / `221	住房保障支出	100.00	…` (a helper's long-document probes): a bare page number or a
  // running header between two rows of a TAB table of the same cells is the page's.)
  const cellsOf = (j: number | undefined) => (j === undefined || furniture[j] ? 0 : masked.slice(spans[j].start, spans[j].end).split('\t').length);
  const found: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (furniture[i] || spans[i].end - spans[i].start > 200) continue;
    const t = text(i);
    // (Every reading below is of a bare page number or a header-like line: other lines are passed at once.)
    const bare = /^\d{1,3}$/.test(t);
    if (!bare && !headerLike(t)) continue;
    const before = content(i, -1);
    const after = content(i, 1);
    const inTable = !/\t/.test(masked.slice(spans[i].start, spans[i].end)) && cellsOf(before) >= 3 && cellsOf(before) === cellsOf(after);
    if (inTable && (bare || (headerLike(t) && /\d{4}\s*年/.test(t)))) {
      furniture[i] = true;
      if (bare) found.push(i);
      continue;
    }
    if (bare && (cutProse(before) || clauseEnded(before)) && after !== undefined && (/^[\d０-９]/.test(text(after)) || (/\d$/.test(text(before!)) && continuesInto(text(after))) || proseGoesOn(after))) {
      furniture[i] = true;
      found.push(i);
    } else if (headerLike(t) && cutProse(before) && after !== undefined && ((/\d$/.test(text(before!)) && continuesInto(text(after))) || (/(为|是|达到?|共计?|合计|占|约)$/.test(text(before!)) && continuesInto(text(after), true)))) {
      furniture[i] = true;
    }
  }
  // The header beside a page number (this one or a bare one found above), the sentence cut around both.
  for (const i of [...pageLines, ...found]) {
    for (const step of [-1, 1]) {
      const j = content(i, step);
      if (j === undefined || furniture[j] || !headerLike(text(j))) continue;
      const outer = content(step < 0 ? j : i, -1);
      const next = content(step < 0 ? i : j, 1);
      if (cutProse(outer) && goesOnWith(next)) furniture[j] = true;
    }
  }
  pageLines.push(...found);
}
