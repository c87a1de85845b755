// Completion at the start of a line: the next heading number at each level that can follow here, and the
// standard section names of the outline in use; inside a table, the row labels of the standard tables.
import { t } from '../l10n';
import { levelName } from './level-names';
import { positionAt } from '../report/lines';
import type { Heading, NumberingStyle, Report, Span, Table } from '../report/model';
import { formatMarker } from '../report/numbering';
import { type Outline, type OutlineSection, type TemplateName, outlineFor, outlines } from './outline';
import { type StandardTable, standardTables } from './standard-tables';

export interface CompletionSuggestion {
  label: string;
  insertText: string;
  /** The text typed so far on the line, which the suggestion replaces. */
  replace: Span;
  kind: 'heading' | 'section' | 'row-label';
  detail: string;
  /** Orders the list: the most likely suggestion first. */
  sortText: string;
  preselect?: boolean;
}

export function completions(report: Report, offset: number, template: TemplateName): CompletionSuggestion[] {
  const { text, lineStarts } = report;
  const line = positionAt(lineStarts, offset).line;
  const lineStart = lineStarts[line];
  const prefix = text.slice(lineStart, offset);
  const table = report.tables.find((tb) => lineStart >= tb.span.start && lineStart <= tb.span.end + 2);
  if (table) {
    const cell = rowLabelTyped(report, table, line, prefix);
    if (cell !== undefined) return rowLabels(table, { start: offset - cell.length, end: offset });
    if (table.form === 'tab' && prefix.startsWith('\t')) return [];
  }
  const m = /^([ \t\u3000]*)(\S{0,12})$/.exec(prefix);
  if (!m) return [];
  return headings(report, lineStart, { start: lineStart + m[1].length, end: offset }, template);
}

/** The label typed so far when the cursor is in a row's first cell, else undefined. */
function rowLabelTyped(report: Report, table: Table, line: number, prefix: string): string | undefined {
  if (table.form === 'markdown') {
    const m = /^\s*\|\s*([^|]*)$/.exec(prefix);
    return m ? m[1] : undefined;
  }
  const m = /^\t([^\t]*)$/.exec(prefix);
  if (!m || line === 0) return undefined;
  // In a TAB table each cell is a line and a blank line ends a row: a row's first cell follows a blank line.
  const prev = report.text.slice(report.lineStarts[line - 1], report.lineStarts[line]).replace(/[\r\n]+$/, '');
  return prev === '' ? m[1] : undefined;
}

function bare(label: string): string {
  return label.replace(/^其中[：:]/, '').replace(/\s+/g, '');
}

function standardFor(table: Table): StandardTable[] {
  const headers = new Set(table.columns.map((c) => c.header.replace(/\s+/g, '')));
  let best: StandardTable | undefined;
  let bestScore = 1;
  for (const st of standardTables) {
    const score = st.columns.filter((c) => headers.has(c)).length;
    if (score > bestScore) {
      best = st;
      bestScore = score;
    }
  }
  return best ? [best] : standardTables;
}

function rowLabels(table: Table, replace: Span): CompletionSuggestion[] {
  const present = new Set(table.rows.map((r) => bare(r.label)));
  const out: CompletionSuggestion[] = [];
  const seen = new Set<string>();
  for (const st of standardFor(table)) {
    for (const label of st.rows) {
      if (seen.has(label)) continue;
      seen.add(label);
      if (present.has(bare(label)) && !st.repeatable?.includes(label)) continue;
      out.push({
        label,
        insertText: label,
        replace,
        kind: 'row-label',
        detail: t('{0}表的行', st.name),
        sortText: String(out.length).padStart(3, '0'),
      });
    }
  }
  return out;
}

function norm(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

function sameTitle(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x));
}

/**
 * The outline the document follows: the one whose section names its headings use most; on a tie (none yet),
 * the one numbered as its first heading; then the `jixiao.template` setting.
 */
function outlineOf(report: Report, template: TemplateName): Outline {
  const setting = outlineFor(template);
  const numbered = report.headings.filter((h) => h.style !== 'markdown');
  const score = (o: Outline) => {
    const names: string[] = [];
    const walk = (nodes: OutlineSection[]) => nodes.forEach((n) => (names.push(n.title), n.children && walk(n.children)));
    walk(o.sections);
    const named = numbered.filter((h) => names.some((n) => sameTitle(n, h.title))).length;
    const styled = numbered.length && numbered[0].style === o.styles[0] ? 0.5 : 0;
    return named + styled + (o === setting ? 0.25 : 0);
  };
  return outlines.reduce((best, o) => (score(o) > score(best) ? o : best), setting);
}

/** Whether headings put a space after the marker: as those of the level do in the document, else any, else the outline. */
function spacedAfterMarker(report: Report, level: number, outline: Outline): boolean {
  const numbered = report.headings.filter((h) => h.style !== 'markdown' && h.title !== '');
  const sample = numbered.find((h) => h.level === level) ?? numbered[0];
  if (!sample) return outline.spaced;
  return /^[ \t\u3000]/.test(report.text.slice(sample.markerSpan.end, sample.titleSpan.start));
}

function headings(report: Report, lineStart: number, replace: Span, template: TemplateName): CompletionSuggestion[] {
  const outline = outlineOf(report, template);
  const styleOf = (level: number): NumberingStyle | undefined =>
    report.headings.find((h) => h.level === level && h.style !== 'markdown')?.style ?? outline.styles[level - 1];
  const deepest = report.headings.reduce((d, h) => Math.max(d, h.level), 0);
  const maxLevel = Math.max(outline.styles.length, deepest);

  // The open heading at each level just before this line.
  const path: Array<Heading | undefined> = [];
  for (const h of report.headings) {
    if (h.span.start >= lineStart) break;
    path.length = h.level - 1;
    path[h.level - 1] = h;
  }
  const depth = path.length;
  const levels: number[] = [];
  if (depth > 0) levels.push(depth);
  if (depth + 1 <= maxLevel) levels.push(depth + 1);
  for (let l = depth - 1; l >= 1; l--) levels.push(l);

  const out: CompletionSuggestion[] = [];
  for (const level of levels) {
    const style = styleOf(level);
    if (!style || style === 'markdown') continue;
    const number = level <= depth && path[level - 1] ? path[level - 1]!.number + 1 : 1;
    const lead = markdownLead(report, level);
    const marker = formatMarker(style, number);
    const gap = spacedAfterMarker(report, level, outline) ? ' ' : '';
    const detail = levelName(level);
    const rank = String(out.length).padStart(3, '0');
    out.push({ label: marker, insertText: `${lead}${marker}${gap}`, replace, kind: 'heading', detail, sortText: `${rank}0` });
    const names = sectionNames(report, outline.sections, path, level, lineStart);
    names.forEach((n, i) => {
      out.push({
        label: `${marker}${gap}${n.title}`,
        insertText: `${lead}${marker}${gap}${n.title}`,
        replace,
        kind: 'section',
        detail: t('{0}（{1}）', detail, outline.name === 'chinese' ? t('一、（一）提纲') : t('1、（1）提纲')),
        sortText: `${rank}${n.expected ? '1' : '2'}${String(i).padStart(3, '0')}`,
        preselect: n.expected || undefined,
      });
    });
  }
  return out;
}

/** In Markdown the heading's `#`s, as the report already writes that level; nothing in plain text. */
function markdownLead(report: Report, level: number): string {
  if (report.format !== 'md') return '';
  for (const h of report.headings) {
    if (h.level !== level) continue;
    const m = /^\s*(#{1,6})\s/.exec(report.text.slice(h.span.start, h.span.end));
    if (m) return `${m[1]} `;
  }
  return `${'#'.repeat(Math.min(level + 1, 6))} `;
}

/**
 * Standard names for a new heading at `level`: the children of the outline section that the open parent
 * heading matches, minus those already used under that parent. The one after the last used is `expected`.
 */
function sectionNames(
  report: Report,
  top: OutlineSection[],
  path: Array<Heading | undefined>,
  level: number,
  lineStart: number,
): Array<{ title: string; expected: boolean }> {
  let nodes: OutlineSection[] | undefined = top;
  for (let k = 0; k < level - 1 && nodes; k++) {
    const h = path[k];
    nodes = h ? nodes.find((n) => sameTitle(n.title, h.title))?.children : undefined;
  }
  if (!nodes?.length) return [];
  const parent = level >= 2 ? path[level - 2] : undefined;
  const parentIndex = parent ? report.headings.indexOf(parent) : -1;
  const scope = parentIndex >= 0 ? report.sections[parentIndex]?.span : undefined;
  const siblings = report.headings.filter(
    (h) => h.level === level && (!scope || (h.span.start > scope.start && h.span.start < scope.end)),
  );
  const used = new Set<number>();
  let lastBefore = -1;
  for (const s of siblings) {
    const i = nodes.findIndex((n) => sameTitle(n.title, s.title));
    if (i < 0) continue;
    used.add(i);
    if (s.span.start < lineStart) lastBefore = Math.max(lastBefore, i);
  }
  const free = nodes.map((n, i) => ({ title: n.title, i })).filter((n) => !used.has(n.i));
  const next = free.find((n) => n.i > lastBefore) ?? free[0];
  return free.map((n) => ({ title: n.title, expected: n === next }));
}
