// PDF text cut into pages (pdftotext, a PDF viewer's copy): between two pages stand blank lines, the page number
// (`— 17 —`) and the running header each page repeats (`某某局2023年度部门决算`). A sentence cut by a page break goes
// on after it; none of those lines is a figure, a title or a paragraph of the report.
import type { Span } from './model';
import { isPageNumber } from './page-numbers';
import { isBlankIn } from './normalize';

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
