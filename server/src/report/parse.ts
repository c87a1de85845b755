// text → Report. Reads lines once, classifying each as blank, heading, table line, unit line or prose.
// Never throws on odd input: what it cannot read as a heading or a table is prose.
import { pageBreakEnd, pageFurniture } from './page-breaks';
import { isContentsEntry } from './page-numbers';
import { fillsWidth, clauseEndAtEdge, wrapWidth } from './wrapped-lines';
import { markWholeUnitMoney } from './money-precision';
import { markContinuations } from './table-continuation';
import type { Heading, Paragraph, Report, Section, Span, Table } from './model';
import { computeLineStarts, positionAt } from './lines';
import { isBlank, isBlankIn } from './normalize';
import { CONTINUES, continuesInto, goesOn, inOpenList, opensBracket, opensItem } from './line-continuation';
import { SpacedCells } from './spaced-cells';
import { withoutLayoutBlanks } from './double-spaced';
import { withLabelColumn } from './tab-header';
import { matchMarker } from './numbering';
import { buildParagraph } from './prose';
import { buildTable, type RawRow } from './tables';
import { rowStreams } from './row-streams';
import { isFigureCell } from './quantities';
import { fundsBlock, fundsLine } from './funds-block';
import { fundsRun } from './funds-run';
import { fundsScattered } from './funds-scattered';
import { plainScoredTable } from './plain-scored';
import { lineCellTable, MAX_HEADER_CELL } from './line-cells';
import { headerBlocks } from './table-headers';
import { tableSides } from './table-sides';
import { pipeTable, startsPipeTable } from './pipe-cells';
import { layoutTable, mayHeadLayoutTable } from './layout-table';
import { sanGongLayoutTable } from './sangong-layout';
import { mayHeadSpacedRows, spacedRowTable } from './spaced-rows';

// (Or a count: `单位：人` over a staff table — a helper's 自评 slip probe. It does not carry on to the next table.)
const UNIT_LINE = /^[\s\u3000]*[（(]?单位[：:]\s*(万元|元|亿元|千元|人|名|个|辆|户)[）)]?[\s\u3000]*$/;
const UNIT_SUFFIX = /[\s\u3000]*[（(]?单位[：:]\s*(万元|元|亿元|千元)[）)]?[\s\u3000]*$/;
const SENTENCE_PUNCT = /[。；;！？!?]/;

/** HTML comments (and so jixiao-ignore markers) blanked out, offsets kept. */
export function maskComments(text: string): string {
  if (!text.includes('<!--')) return text;
  return text.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\r\n]/g, ' '));
}

/** Each line's span, without its line break. */
export function lineSpans(text: string, starts: number[]): Span[] {
  return starts.map((start, i) => {
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (end > start && text[end - 1] === '\n') end--;
    if (end > start && text[end - 1] === '\r') end--;
    return { start, end };
  });
}

/** A line of a Word-pasted table: a cell (leading TAB) or a row (cells between TABs). */
function isTabLine(s: string): boolean {
  return s.startsWith('\t') || (s.includes('\t') && /\S\t+\S/.test(s));
}

/** The unit a line names (`单位：万元`), alone or at its end; the cheap test first, as most lines name none. */
function unitLine(line: string): RegExpExecArray | null {
  return line.includes('单位') ? UNIT_LINE.exec(line) : null;
}

function unitSuffix(line: string): RegExpExecArray | null {
  return line.includes('单位') ? UNIT_SUFFIX.exec(line) : null;
}

/** `|---|:---:|---|`: the rule under a Markdown table's header. */
const RULE_LINE = /^\s*\|\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/** A header naming two halves: two label cells (`收入项目`, `支出项目`; `项目`, `项目`). */
function twoSides(line: string): boolean {
  return line.split(/[|｜]/).filter((c) => SIDE_LABEL.test(c.replace(/[\s\u3000]/g, ''))).length >= 2;
}
const SIDE_LABEL = /^(收入|支出)(项目)?$|^(收入|支出)?(项目|科目)(名称)?$/;

function isPipeLine(s: string): boolean {
  return /^\s*\|/.test(s);
}

interface HeadingCandidate {
  heading: Omit<Heading, 'level'>;
  unit?: string;
  /** The number of `#` of a Markdown heading (0: none). */
  hashes: number;
}

/**
 * `(二)社会保障和就业支出类科目 116433.12 元,占支` (a PDF line that wraps on): an amount followed by a comma is a
 * sentence going on, a numbered paragraph, not a heading. (A count too: `参保368054人，较上年增加` opening an excerpt is
 * no title — a helper's 社保 probe.)
 */
const AMOUNT_THEN_CLAUSE = /[\d０-９]\s*(万元|亿元|元|%|％|人次|人|户|个|项|家|名|辆)\s*[，,；;]/;

function readHeading(line: string, span: Span, lineNo: number, format: Report['format']): HeadingCandidate | undefined {
  let body = line;
  let offset = 0;
  let hashes = 0;
  if (format === 'md') {
    const m = /^\s{0,3}(#{1,6})\s+/.exec(line);
    if (m) {
      hashes = m[1].length;
      offset = m[0].length;
      body = line.slice(offset).replace(/\s*#+\s*$/, '');
    }
    const bold = /^\s*\*\*(.*)\*\*\s*$/.exec(body);
    if (bold && !hashes) {
      offset += body.indexOf('**') + 2;
      body = bold[1];
    }
  }
  const marker = matchMarker(body);
  let rest: string;
  let restIndex: number;
  if (marker) {
    rest = body.slice(marker.rest);
    restIndex = offset + marker.rest;
  } else if (hashes) {
    rest = body.trim();
    restIndex = offset + body.indexOf(rest);
  } else return undefined;
  const unit = unitSuffix(rest);
  const title = (unit ? rest.slice(0, unit.index) : rest).trim();
  if (!hashes && (title.length > 50 || SENTENCE_PUNCT.test(title) || /[，,]$/.test(title) || AMOUNT_THEN_CLAUSE.test(title) || opensBracket(title))) return undefined;
  const titleStart = span.start + restIndex + (rest.length - rest.trimStart().length);
  const markerStart = span.start + offset + (marker?.start ?? 0);
  return {
    heading: {
      style: marker ? marker.style : 'markdown',
      number: marker ? marker.number : 0,
      marker: marker ? marker.text : '#'.repeat(hashes),
      markerSpan: marker
        ? { start: markerStart, end: markerStart + marker.text.length }
        : { start: span.start, end: span.start + hashes },
      title,
      titleSpan: { start: titleStart, end: titleStart + title.length },
      span,
      line: lineNo,
    },
    unit: unit?.[1],
    hashes,
  };
}

/** Level by nesting of styles, as a word processor's outline: a style seen before returns to its level. */
class LevelTracker {
  private stack: string[] = [];
  level(key: string): number {
    const at = this.stack.indexOf(key);
    if (at >= 0) {
      this.stack.length = at + 1;
      return at + 1;
    }
    this.stack.push(key);
    return this.stack.length;
  }
}

function tabRows(masked: string, spans: Span[]): RawRow[] {
  const nonBlank = spans.filter((s) => !isBlankIn(masked, s.start, s.end));
  // A row per line when most lines hold a TAB after the leading one (cells side by side).
  let withCells = 0;
  for (const s of nonBlank) {
    const from = masked.charCodeAt(s.start) === 9 ? s.start + 1 : s.start;
    const tab = masked.indexOf('\t', from);
    if (tab >= 0 && tab < s.end) withCells++;
  }
  const rowPerLine = withCells * 2 > nonBlank.length;
  const rows: RawRow[] = [];
  if (rowPerLine) {
    // A TAB before every row is how the rows were pasted; before some only, it leaves their first cell empty
    // (a merged 一级指标 cell of a 自评表, pasted once).
    const marked = nonBlank.every((s) => masked.charCodeAt(s.start) === 9);
    for (const s of nonBlank) {
      const line = masked.slice(s.start, s.end);
      const row: RawRow = [];
      let from = marked ? 1 : 0;
      for (;;) {
        const tab = line.indexOf('\t', from);
        const end = tab < 0 ? line.length : tab;
        row.push({ slot: { start: s.start + from, end: s.start + end }, insertAt: s.start + from });
        if (tab < 0) break;
        from = tab + 1;
      }
      rows.push(row);
    }
    // (`合计⇥524.30⇥331.20⇥193.10` under `科目编码⇥科目名称⇥本年支出合计⇥基本支出⇥项目支出`: its 合计 cell merged over the two label
    // columns — a helper's Word-paste 决算 probe.)
    return withLabelColumn(masked, mergedTotalLabels(masked, rows));
  }
  let row: RawRow = [];
  // (Cells each on a line of its own after a TAB: most of the block's lines open on one.)
  const tabbed = nonBlank.filter((s) => masked.charCodeAt(s.start) === 9).length * 2 > nonBlank.length;
  let afterTab = false;
  for (const s of spans) {
    const tab = s.start < s.end && masked.charCodeAt(s.start) === 9;
    if (!tab && isBlankIn(masked, s.start, s.end)) {
      if (row.length) rows.push(row);
      row = [];
      afterTab = false;
      continue;
    }
    // `⇥项目资金` / `（万元）`, `⇥公务用车购置及运行` / `维护费` (a helper's Word pastes): a short line with no TAB right after a
    // cell's line is the rest of that cell, wrapped.
    const rest = masked.slice(s.start, s.end).trim();
    if (tabbed && !tab && afterTab && row.length && wrappedRest(rest) && cellText(masked, row[row.length - 1])) {
      const last = row[row.length - 1];
      row[row.length - 1] = { ...last, slot: { start: last.slot.start, end: s.end } };
      continue;
    }
    afterTab = tab;
    const insertAt = tab ? s.start + 1 : s.start;
    row.push({ slot: { start: s.start, end: s.end }, insertAt });
  }
  if (row.length) rows.push(row);
  return mergedTotalLabels(masked, rightAligned(masked, joinSplitRows(masked, rows)));
}

/**
 * A 合计/总计 row one cell short of the rows that open on a 科目 code (its cell merged over the code and name columns): a
 * blank after it. (The header may be short too, its top row merged: `项目 | 本年支出` over rows `224 | 灾害防治… | 50.05 |
 * 0.00 | 50.05` — a helper's Word-paste probe.)
 */
function mergedTotalLabels(masked: string, rows: RawRow[]): RawRow[] {
  const text = (c: RawRow[number]) => cellText(masked, c);
  const coded = rows.filter((r, i) => i > 0 && r.length >= 4 && /^\d{3}(\d{2}){0,2}$/.test(text(r[0])) && !isFigureCell(text(r[1])));
  const width = coded[0]?.length ?? 0;
  const headed = (rows[0]?.length ?? 0) >= 4 && /编码|代码/.test(text(rows[0][0]));
  if (!coded.length || coded.some((r) => r.length !== width) || (!headed && coded.length < 2)) return rows;
  const blankAfterFirst = (r: RawRow): RawRow => [r[0], { slot: { start: r[0].slot.end, end: r[0].slot.end }, insertAt: r[0].slot.end }, ...r.slice(1)];
  return rows.map((r, i) => {
    // (The header's `项目` merged over the code and name columns, its value columns named after it.)
    if (i === 0) return r.length === width - 1 && /^(项\s*目|科目|科目名称)$/.test(text(r[0])) && r.slice(1).every((c) => text(c) && !isFigureCell(text(c))) ? blankAfterFirst(r) : r;
    if (r.length !== width - 1 || !/^(合\s*计|总\s*计)$/.test(text(r[0])) || !isFigureCell(text(r[1]))) return r;
    return blankAfterFirst(r);
  });
}

/**
 * `产出指标 | 数量指标 | 培训人次 | 50 | 50` under `绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分`, and `质量指标 | 合格率 |
 * 20 | 20` after a row whose 一级指标 cell spans it (a 自评表 pasted from Word a cell per line — helpers' 项目自评表 probes):
 * a cell merged down over rows is pasted with its first row only, so the rows under it are short at the left. A row
 * narrower than the header that ends on a figure and opens on words stands under the header's last columns.
 */
/** A short line that can only be a wrapped cell's rest: no figure, no sentence. */
function wrappedRest(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 12 && !isFigureCell(t) && !/[。；，,;：:]/.test(t);
}

/** Words of a header cell: a column of indicators, weights, scores or amounts. */
const HEADER_WORD = /指标|分值|得分|权重|预算数|执行数|执行率|决算数|金额|完成值|指标值/;

function rightAligned(masked: string, rows: RawRow[]): RawRow[] {
  const text = (c: RawRow[number]) => cellText(masked, c);
  // (The header: the first row of three cells or more and no figure — a `项目名称 | …` row may stand above it, a 自评表's
  // first line, helpers' Word-paste probes.)
  // (`主管部门 | … | 实施单位 | …` is four cells without a figure, and one of those rows, not the header.)
  const formRow = (r: RawRow) => r.length <= 4 && /名称|主管部门|实施单位|单位名称/.test(text(r[0]));
  let h = rows.findIndex((r) => r.length >= 3 && !r.some((c) => isFigureCell(text(c))) && !formRow(r));
  if (h < 0 || !rows.slice(0, h).every(formRow)) h = 0;
  // (A last column of notes, 偏差原因 or 备注, after the figures.)
  const endsOnNotes = (r: RawRow | undefined) => !!r?.length && /原因|说明|备注|措施/.test(text(r[r.length - 1]));
  let width = rows[h]?.length ?? 0;
  let notes = endsOnNotes(rows[h]);
  return rows.map((r, i) => {
    // (A second header further down, the 自评表's indicator block under its funds block in one pasted table — a helper's
    // Word pastes: the rows after it are measured against it.)
    if (i > h && r.length >= 3 && !r.some((c) => isFigureCell(text(c))) && r.filter((c) => HEADER_WORD.test(text(c))).length >= 2) {
      width = r.length;
      notes = endsOnNotes(r);
      return r;
    }
    // (Its last cell a figure, or a dash for none: `其中：财政拨款 | 100 | 120 | 90 | — | — | —`; or the words of a last
    // column of notes after one: `质量指标 | 合格率 | ≥90% | 85% | 20 | 18 | 部分学员未通过考核`.)
    const figure = (k: number) => k >= 0 && (isFigureCell(text(r[k])) || (i > h + 1 && /^[—\-－/／]+$/.test(text(r[k]))));
    const ends = figure(r.length - 1) || (notes && r.length >= 3 && figure(r.length - 2));
    if (i <= h || r.length < 2 || r.length >= width || !ends || isFigureCell(text(r[0])) || !text(r[0])) return r;
    // (The text's last row one cell short of a table with a last column of notes, a blank cell inside it: its empty
    // note was cut with the text's end — `总分 | | | 100 | 97.88`, a helper's Word paste — its cells stand where they are.)
    if (notes && r.length === width - 1 && i === rows.length - 1 && isFigureCell(text(r[r.length - 1])) && r.slice(1).some((c) => !text(c)) && !masked.slice(r[r.length - 1].slot.end).trim()) return r;
    const at = r[0].slot.start;
    const pad: RawRow = Array.from({ length: width - r.length }, () => ({ slot: { start: at, end: at }, insertAt: at }));
    return [...pad, ...r];
  });
}

/**
 * A stray blank line inside a row (cell per line) splits it in two: `乙 / 10.00` and `15.00 / 12.76 / 85.07%`.
 * Two short rows that together make the header's width, the second starting with a figure, are one row.
 */
function joinSplitRows(masked: string, rows: RawRow[]): RawRow[] {
  const width = rows[0]?.length ?? 0;
  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const next = rows[i + 1];
    if (i > 0 && next && rows[i].length < width && rows[i].length + next.length === width && startsWithFigure(masked, next[0])) {
      out.push([...rows[i], ...next]);
      i++;
    } else out.push(rows[i]);
  }
  return out;
}

/** A raw cell's text, its leading TAB and spaces aside. */
function cellText(masked: string, c: RawRow[number]): string {
  return masked.slice(c.slot.start, c.slot.end).replace(/^\t/, '').trim();
}

function startsWithFigure(masked: string, cell: RawRow[number]): boolean {
  return /^[\s\u3000]*[-+]?[0-9０-９]/.test(masked.slice(cell.slot.start, cell.slot.end));
}

function pipeRows(masked: string, spans: Span[]): RawRow[] {
  const rows: RawRow[] = [];
  for (const s of spans) {
    const line = masked.slice(s.start, s.end);
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) continue;
    const row: RawRow = [];
    let i = line.indexOf('|') + 1;
    while (i <= line.length) {
      let j = i;
      while (j < line.length && !(line[j] === '|' && line[j - 1] !== '\\')) j++;
      if (j >= line.length && isBlank(line.slice(i))) break;
      const lead = /^\s?/.exec(line.slice(i))![0].length;
      row.push({ slot: { start: s.start + i, end: s.start + j }, insertAt: s.start + i + lead });
      i = j + 1;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * How the parser builds each paragraph and table: buildParagraph and buildTable, or (server/src/incremental/)
 * the same blocks kept from the previous parse of the document when their text is unchanged.
 */
export interface BlockBuilders {
  paragraph: typeof buildParagraph;
  table: typeof buildTable;
}

const BUILD: BlockBuilders = { paragraph: buildParagraph, table: buildTable };

export function parseReport(text: string, format: Report['format'], builders: BlockBuilders = BUILD): Report {
  const lineStarts = computeLineStarts(text);
  // (A full-width ｜ between cells, as some Word exports write it, is a pipe: one character for one, offsets kept.)
  const unmasked = maskComments(text);
  const masked = unmasked.includes('｜') ? unmasked.replace(/｜/g, '|') : unmasked;
  const spans = format === 'txt' ? withoutLayoutBlanks(masked, lineSpans(masked, lineStarts)) : lineSpans(masked, lineStarts);
  const lineText = (i: number) => masked.slice(spans[i].start, spans[i].end);
  const startsWithTab = (i: number) => spans[i].start < spans[i].end && masked.charCodeAt(spans[i].start) === 9;
  const blankAt = (i: number) => isBlankIn(masked, spans[i].start, spans[i].end);
  const report: Report = { text, format, headings: [], sections: [], paragraphs: [], tables: [], lineStarts };
  const levels = new LevelTracker();
  const styleOfHashes = new Map<number, string>();
  let pendingUnit: string | undefined;
  let lastUnit = '';
  let caption = '';
  let paragraph: Span[] = [];
  let listMarker: Paragraph['listMarker'];
  let inFence = false;
  let noTableBefore = 0;
  let noLineTableBefore = 0;
  let noSpacedTableBefore = 0;
  const spacedCells = new SpacedCells(spans, blankAt);
  let noPipeTableBefore = 0;
  let noSpacedRowsBefore = 0;
  let noLayoutBefore = 0;
  const furniture = pageFurniture(masked, spans);
  // Past a page break inside a paragraph: the line before is furniture, the paragraph's own last line says whether
  // the sentence goes on.
  let afterBreak = false;
  const wrap = wrapWidth(masked, spans, furniture);
  // A numbered line as wide as the page's wrapped lines, going on in the next line: a paragraph's first line.
  const runsOn = (i: number) => {
    if (i + 1 < spans.length && continuesInto(lineText(i + 1))) return true;
    if (!fillsWidth(lineText(i), wrap) || i + 1 >= spans.length) return false;
    const next = furniture[i + 1] || blankAt(i + 1) ? pageBreakEnd(masked, spans, furniture, i + 1) : i + 1;
    return next !== undefined && !blankAt(next) && !matchMarker(lineText(next)) && !isTabLine(lineText(next));
  };

  // `…其中,完成中央投资447.5亿元,完成率` / (blank) / `74.6%;完成地方投资298.9亿元…` (a PDF's lines with a blank line
  // between each): past blank lines, a line that can only go on from the one before (a unit, a clause's
  // punctuation, a figure's % or unit first) carries on its sentence.
  // (`…基本支出865.32万元，` / blank / `占66.30%。`: a line ending on a comma is mid-clause, whatever opens the next —
  // unless that is a numbered item or a heading's marker.)
  const blankBreakEnd = (i: number, midClause: boolean): number | undefined => {
    let j = i;
    while (j < spans.length && j - i < 2 && blankAt(j)) j++;
    if (j >= spans.length || blankAt(j)) return undefined;
    return continuesInto(lineText(j), true) || (midClause && !matchMarker(lineText(j).trim())) ? j : undefined;
  };

  const flush = () => {
    if (paragraph.length) report.paragraphs.push(builders.paragraph(masked, paragraph, listMarker));
    paragraph = [];
    listMarker = undefined;
  };

  /**
   * Adds the table the rows make — or the tables, when a header row comes again inside it or two halves stand
   * side by side — if they make one with a figure in it.
   */
  // Where the text's last character other than a blank or a cell's closing `|` ends: a table reaching it may be cut.
  let textEnd = text.length;
  while (textEnd > 0 && /[\s|]/.test(text[textEnd - 1])) textEnd--;
  const addTable = (rows: RawRow[], form: Table['form']): boolean => {
    const unit = pendingUnit ?? lastUnit;
    const tables = headerBlocks(masked, rows)
      .flatMap((block) => tableSides(masked, block))
      .map((side) => builders.table(masked, side, form, unit, caption, report.headings.length - 1))
      .filter((table): table is Table => !!table && table.rows.some((r) => r.cells.some((c) => c.quantity)));
    if (!tables.length) return false;
    flush();
    for (const table of tables) {
      for (const r of table.rows) r.line = positionAt(lineStarts, r.span.start).line;
      if (table.span.end >= textEnd || stopsBeforeUnreadRows(masked, table.span.end)) table.endsText = true;
      report.tables.push(table);
    }
    if (!/^(人|名|个|辆|户)$/.test(unit)) lastUnit = unit;
    pendingUnit = undefined;
    return true;
  };

  let i = 0;
  while (i < spans.length) {
    const line = lineText(i);
    const pastBreak = afterBreak;
    afterBreak = false;
    if (format === 'md' && /^\s*(```|~~~)/.test(line)) {
      flush();
      inFence = !inFence;
      i++;
      continue;
    }
    if (inFence) {
      i++;
      continue;
    }
    // A page number of PDF text (`—23—`, `- 4 -`, `第3页`) and a running header are no figure, and the sentence a
    // page break cuts (blank lines, page number, header) goes on after it.
    const blank = (isBlank(line) && !(format === 'txt' && line.startsWith('\t'))) || isContentsEntry(line);
    if (furniture[i] || blank) {
      const last = paragraph[paragraph.length - 1];
      const lastLine = last ? masked.slice(last.start, last.end).trimEnd() : '';
      // (A line as wide as the page goes on past a blank line — a double-spaced PDF text — even one ending on ；.)
      const atEdge = fillsWidth(lastLine, wrap) || clauseEndAtEdge(lastLine, wrap);
      // (A line ending on ；: the page break, page number and all, is no paragraph's end either — `…其中：人员经费712.35万元，
      // 主要包括…；` / `- 12 -` / `公用经费144.70万元，…`, a helper's 决算说明 probe; blank lines alone still end it.)
      const end = last && (CONTINUES.test(lastLine) || atEdge) ? pageBreakEnd(masked, spans, furniture, i) ?? blankBreakEnd(i, /[，,、]$/.test(lastLine) || atEdge) : last && /[；;]$/.test(lastLine) ? pageBreakEnd(masked, spans, furniture, i) : undefined;
      // (Always forward: a furniture line that is not blank would otherwise be its own break's end.)
      if (end !== undefined && end > i) {
        afterBreak = true;
        i = end;
        continue;
      }
      if (blank) flush();
      i++;
      continue;
    }
    const unitAlone = unitLine(format === 'txt' ? line.replace(/[|\s]+$/, '') : line);
    if (unitAlone) {
      flush();
      pendingUnit = unitAlone[1];
      i++;
      continue;
    }
    // (A Markdown table in a .txt file with two halves side by side — `| 收入项目 | 决算数 | 支出项目 | 决算数 |` over
    // `|---|---|…`, a helper's table probe — is read as in Markdown, which splits the halves.)
    const markdown = isPipeLine(line) && (format === 'md' || (i + 1 < spans.length && RULE_LINE.test(lineText(i + 1)) && twoSides(line)));
    const tableKind = markdown ? 'markdown' : isTabLine(line) ? 'tab' : undefined;
    if (tableKind && i >= noTableBefore) {
      // Most lines of a Word-pasted table start with a TAB: told from the text in place, not from a copy of it.
      const isMember = (k: number) =>
        tableKind === 'markdown' ? isPipeLine(lineText(k)) : startsWithTab(k) || isTabLine(lineText(k));
      let j = i;
      const members: Span[] = [];
      while (j < spans.length) {
        if (isMember(j)) {
          members.push(spans[j]);
          j++;
          continue;
        }
        // `—7—` between two rows (a table over two pages, a helper's web-table probe): the page's furniture is no row and
        // ends nothing; the table goes on if a table line follows it (its header repeated or not).
        // (Blank lines around it too: `…130.20` / blank / `—12—` / blank / the header again — a helper's Word paste.)
        if (tableKind === 'tab' && (furniture[j] || blankAt(j))) {
          let k = j;
          let page = false;
          while (k < spans.length && (furniture[k] || blankAt(k)) && k - j <= 4) page = furniture[k++] || page;
          if (page && k < spans.length && isMember(k) && members.length) {
            j = k;
            continue;
          }
        }
        // `⇥项目资金` / `（万元）` / `⇥…` (a helper's Word pastes): a short line with no TAB between two of the table's lines is
        // the rest of a wrapped cell (tabRows joins it to its cell).
        if (tableKind === 'tab' && members.length && j + 1 < spans.length && isMember(j + 1) && startsWithTab(j - 1) && wrappedRest(lineText(j))) {
          members.push(spans[j]);
          j++;
          continue;
        }
        if (tableKind === 'tab' && blankAt(j)) {
          // A blank line breaks rows; the table goes on if a table line follows.
          let k = j;
          while (k < spans.length && blankAt(k) && !startsWithTab(k)) k++;
          if (k < spans.length && isMember(k) && k - j <= 2) {
            for (let b = j; b < k; b++) members.push(spans[b]);
            j = k;
            continue;
          }
        }
        break;
      }
      const rows = tableKind === 'markdown' ? pipeRows(masked, members) : tabRows(masked, members);
      if (addTable(rows, tableKind)) {
        i = j;
        continue;
      }
      // Not a table after all: read the lines as prose. A block with no digit at all holds no table from any of
      // its lines either (a table needs a figure), so its later lines are not scanned again: that would make
      // a long block of TAB lines quadratic.
      if (!members.some((m) => /[0-9０-９]/.test(masked.slice(m.start, m.end)))) noTableBefore = j;
    }
    // A web table flattened to text with `|` between cells (a row per line, or a cell per line).
    if (format === 'txt' && i >= noPipeTableBefore && startsPipeTable(masked, spans, i)) {
      const piped = pipeTable(masked, spans, i);
      if (piped.rows && addTable(piped.rows, 'lines')) {
        i = piped.end;
        continue;
      }
      noPipeTableBefore = piped.end;
    }
    // The 三公 公开表 as `pdftotext -layout` prints it: a header wrapped over lines, the columns' numbers, one line of figures.
    if (format === 'txt' && COLUMN_NUMBERS_LINE.test(line)) {
      const sanGong = sanGongLayoutTable(masked, spans, i, pendingUnit ?? lastUnit, caption, report.headings.length - 1);
      if (sanGong) {
        flush();
        for (const r of sanGong.table.rows) r.line = positionAt(lineStarts, r.span.start).line;
        report.tables.push(sanGong.table);
        i = sanGong.end;
        continue;
      }
    }
    // A table as `pdftotext -layout` prints it: columns by where the figures stand, blanks for empty cells.
    if (format === 'txt' && i >= noLayoutBefore && mayHeadLayoutTable(line)) {
      const laid = layoutTable(masked, spans, i, furniture);
      if (laid.rows && addTable(laid.rows, 'lines')) {
        i = laid.end;
        continue;
      }
      noLayoutBefore = laid.end;
    }
    // A table copied out of a PDF a row per line, its cells apart by spaces.
    if (format === 'txt' && i >= noSpacedRowsBefore && mayHeadSpacedRows(line)) {
      const spaced = spacedRowTable(masked, spans, i);
      if (spaced.rows && addTable(spaced.rows, 'lines')) {
        i = spaced.end;
        continue;
      }
      noSpacedRowsBefore = spaced.end;
    }
    const candidate = readHeading(line, spans[i], positionAt(lineStarts, spans[i].start).line, format);
    if (candidate && !runsOn(i)) {
      flush();
      addHeading(report, candidate, levels, styleOfHashes);
      caption = candidate.heading.title;
      if (candidate.unit) pendingUnit = candidate.unit;
      i++;
      continue;
    }
    const trimmed = line.trim();
    if (
      !report.title &&
      report.headings.length === 0 &&
      report.paragraphs.length === 0 &&
      paragraph.length === 0 &&
      !SENTENCE_PUNCT.test(trimmed) &&
      // `(三)卫生健康支出类科目 43897.73 元,占支出总预`: an excerpt that starts in a numbered sentence has no title.
      !AMOUNT_THEN_CLAUSE.test(trimmed) &&
      !matchMarker(trimmed) &&
      !(i + 1 < spans.length && continuesInto(lineText(i + 1))) &&
      !cutsFigure(masked, spans, furniture, i) &&
      // (`2023年度部门预算执行率为` / `97.28%，…`: a sentence cut after its verb is no title.)
      !/[为是达：:，,]$/.test(trimmed) &&
      trimmed.length <= 80
    ) {
      const start = spans[i].start + line.indexOf(trimmed);
      report.title = { text: trimmed, span: { start, end: start + trimmed.length } };
      i++;
      continue;
    }
    // The same funds block pasted as one line of space-separated cells (see fundsLine): read as a table, and the
    // line still read as text.
    if (format === 'txt' && trimmed.length > 40 && trimmed.includes('年度资金总额')) {
      const rows = fundsLine(masked, spans[i]) ?? fundsRun(masked, spans[i]);
      if (rows) addTable(rows, 'lines');
    }
    // A 自评表's funds block a cell per line: `年度资金总额` and its six cells under the template's header words; or as
    // plain pdftotext gives a Word 自评表, the labels first and the cells after (funds-scattered.ts).
    if (format === 'txt' && trimmed.startsWith('年度资金')) {
      const funds = fundsBlock(masked, spans, i) ?? fundsScattered(masked, spans, i);
      if (funds && addTable(funds.rows, 'lines')) {
        i = funds.end;
        continue;
      }
    }
    // A 自评表's indicator block as plain pdftotext gives it: each row's 分值 and 得分 in order (plain-scored.ts).
    if (format === 'txt' && trimmed === '一级指标') {
      const scored = plainScoredTable(masked, spans, i);
      if (scored?.rows && addTable(scored.rows, 'lines')) {
        i = scored.end;
        continue;
      }
    }
    // A table copied out of a PDF, a cell per line (tried where a short line could be its first header cell).
    if (trimmed.length <= MAX_HEADER_CELL && i >= noLineTableBefore) {
      const lines = lineCellTable(masked, spans, i);
      if (lines.rows && addTable(lines.rows, 'lines')) {
        i = lines.end;
        continue;
      }
      noLineTableBefore = lines.end;
      // The same table with a blank line after every cell (a web page's cells as paragraphs): read over the
      // non-blank lines alone.
      if (format === 'txt' && i >= noSpacedTableBefore && spacedCells.startsAt(i)) {
        const spaced = spacedCells.tableAt(masked, i);
        if (spaced.rows && addTable(spaced.rows, 'lines')) {
          i = spaced.end;
          continue;
        }
        noSpacedTableBefore = spaced.end;
      }
    }
    // Prose. A numbered line starts its own paragraph; a line that does not end a sentence runs on.
    const marker = matchMarker(line);
    const bullet = format === 'md' && /^\s*([-*+]|\d+\.)\s/.test(line);
    const before = pastBreak && paragraph.length ? paragraph[paragraph.length - 1] : spans[i - 1];
    // (Past a page break the paragraph was found to go on over — after a ； too: see the furniture above.)
    const carriesOn = () => {
      const beforeLine = masked.slice(before.start, before.end).trimEnd();
      return goesOn(beforeLine) || ((clauseEndAtEdge(beforeLine, wrap) || inOpenList(beforeLine) || (pastBreak && /[；;]$/.test(beforeLine))) && !opensItem(line));
    };
    if (marker || bullet || paragraph.length === 0 || !carriesOn()) {
      flush();
      if (marker) {
        const start = spans[i].start + marker.start;
        listMarker = {
          marker: marker.text,
          number: marker.number,
          style: marker.style,
          span: { start, end: start + marker.text.length },
        };
      }
    }
    const unitTail = unitSuffix(line);
    if (unitTail) pendingUnit = unitTail[1];
    caption = trimmed;
    paragraph.push(spans[i]);
    i++;
  }
  flush();
  report.sections = buildSections(report.headings, text.length);
  // Tables and headings are both in document order: one sweep gives each table its section.
  let k = -1;
  for (const t of report.tables) {
    while (k + 1 < report.headings.length && report.headings[k + 1].span.start <= t.span.start) k++;
    t.section = k;
  }
  markWholeUnitMoney(report);
  markContinuations(report);
  report.rowStreams = rowStreams(masked, spans, report.tables);
  return report;
}

/** A heading into the report (or its title: a first unnumbered Markdown heading), at its outline level. */
function addHeading(report: Report, candidate: HeadingCandidate, levels: LevelTracker, styleOfHashes: Map<number, string>): void {
  const h = candidate.heading;
  const format = report.format;
  if (
    format === 'md' &&
    h.style === 'markdown' &&
    !report.title &&
    report.headings.length === 0 &&
    report.paragraphs.length === 0
  ) {
    report.title = { text: h.title, span: h.titleSpan };
  } else {
    // An unnumbered Markdown heading (`## 附件`) stands at the level of the numbered ones written with as
    // many `#` (`## 一、…`), not below the last of them.
    if (h.style !== 'markdown' && candidate.hashes && !styleOfHashes.has(candidate.hashes)) {
      styleOfHashes.set(candidate.hashes, h.style);
    }
    const key = h.style === 'markdown' ? (styleOfHashes.get(candidate.hashes) ?? `md${h.marker}`) : h.style;
    // Spelt out rather than spread: the same object, built without a generic copy for each heading.
    report.headings.push({
      style: h.style,
      number: h.number,
      marker: h.marker,
      markerSpan: h.markerSpan,
      title: h.title,
      titleSpan: h.titleSpan,
      span: h.span,
      line: h.line,
      level: levels.level(key),
    });
  }
}

/** Sections by a stack sweep: each heading closes the open ones at its level or deeper. Linear. */
/**
 * `本单位资产总额8872.` / `11万元，…` (or `…总额2` / `- 7 -` / `,360.19万元`): a line whose last figure the line break or a
 * page break cut goes on in the next line (a helper's PDF-wrap sweep: an excerpt's first line so cut is no title).
 */
function cutsFigure(masked: string, spans: Span[], furniture: boolean[], i: number): boolean {
  if (!/\d[.,，]?$/.test(masked.slice(spans[i].start, spans[i].end).trimEnd()) || i + 1 >= spans.length) return false;
  const next = furniture[i + 1] || isBlankIn(masked, spans[i + 1].start, spans[i + 1].end) ? pageBreakEnd(masked, spans, furniture, i + 1) : i + 1;
  return next !== undefined && /^[,，.]?\d/.test(masked.slice(spans[next].start, spans[next].end).trimStart());
}

function buildSections(headings: Heading[], textEnd: number): Section[] {
  const sections: Section[] = headings.map((h) => ({ heading: h, span: { start: h.span.start, end: textEnd }, parent: -1 }));
  const open: number[] = [];
  headings.forEach((h, k) => {
    while (open.length && headings[open[open.length - 1]].level >= h.level) sections[open.pop()!].span.end = h.span.start;
    sections[k].parent = open.length ? open[open.length - 1] : -1;
    open.push(k);
  });
  return sections;
}

/**
 * Whether a table stops right before rows of it that it could not read, which are then lost: a 其中 row with a figure
 * (`公务用车购置及运行费 33.00 30.30` / `其中：公务用车购置费 0.00` / `公务接待费 15.00 14.00`, PDF text, a blank cell
 * dropped), a row of a name and amounts, or a coded row a few lines on.
 */
function stopsBeforeUnreadRows(text: string, end: number): boolean {
  const next = /^[^\S\n]*\n?[\s\u3000]*(其中[^\n]*)/.exec(text.slice(end, end + 200));
  if (next && /\d/.test(next[1])) return true;
  // (Or at a row the table could not read — `住房保障支出             200.00          200.00`, its last cell blank in
  // `pdftotext -layout` text (a helper's table probe): a name, then amounts set apart by runs of spaces.)
  if (/^[^\S\n]*\n[\s\u3000]*[\u4e00-\u9fff（(][^\n\d]{1,30}?[ \u3000]{2,}-?[\d,]+\.\d+([ \u3000]{2,}-?[\d,]+\.\d+)*[ \u3000]*(\n|$)/.test(text.slice(end, end + 200))) return true;
  // (Or at a figure alone on its line: a table a cell per line whose last rows' figures were printed before their names —
  // `（1）公务用车购置费` / `0.00` / `0.00` / `9.27` / `2.80` / `0.61` / `0.44` / `（2）公务用车运行维护费` / `3.公务接待费`, a
  // helper's Excel 三公 table in plain pdftotext.)
  if (/^[^\S\n]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*-?[\d,]+\.\d+[ \t\u3000]*(\n|$)/.test(text.slice(end, end + 200))) return true;
  // (Or a few lines on, past the header printed again where the table did not know it — a helper's 基本支出表 from Word,
  // its page break gone from an excerpt: `30305      生活补助      13.06      13.06`, a coded row.)
  return CODED_ROW_AHEAD.test(text.slice(end, end + 400));
}

const CODED_ROW_AHEAD = /^(?:[^\S\n]*\n[^\n]{0,120}){1,3}\n[ \u3000]*\d{3}(?:\d{2}){1,2}[ \u3000]+[\u4e00-\u9fff][^\n\d]{0,30}[ \u3000]{2,}-?[\d,]+\.\d+/;

/** `   1   2   3 … 12`: a line of the columns' numbers only (cheap test before the 三公 reader's). */
const COLUMN_NUMBERS_LINE = /^[\s\u3000]*(栏次[\s\u3000]+)?1[\s\u3000]+2[\s\u3000]+3[\s\u3000\d]*$/;
