// A table as `pdftotext -layout` prints it: the cells of a row apart by runs of spaces, each column's figures standing
// one under another, and a blank where a cell is empty (how a 部门决算's tables print zero):
//
//       科目编码                     科目名称                  小计              基本支出            项目支出
//                                 栏次                    1                2               3
//              合计                                           5813.32       2080.85         3750.47
//   208          社会保障和就业支出                                     257.69           257.69
//   2110102      一般行政管理事务                                      215.60                           215.60
//
// A row says which column a figure is in only by where it stands, so the columns are found from the figures: their
// right ends, gathered into groups (a column's figures end within a few characters of each other). A table broken
// over pages stands at other places on each page; each page's part is grouped on its own. Read only when every part
// has as many groups as the header names value columns, in the same order — else the lines are left to the other
// readers (a row put in the wrong column would make a false alarm).
import type { Span } from './model';
import { namesValues } from './columns';
import { isBlankIn, plainLabel } from './normalize';
import { emptyCell, type RawCell, type RawRow } from './tables';
import type { LineCellTable } from './line-cells';
import { isValue } from './pipe-line';
import { tokens as spacedTokens, type Token as SpacedToken } from './spaced-rows';
import { displayWidth } from './wrapped-lines';
import { layoutScoredTable } from './layout-scored';
import { layoutLevelsTable } from './layout-scored-levels';
import { layoutSides } from './layout-sides';

/** Two columns of a header, or a label and its figures, are apart by this many spaces at least. */
const GAP = /\S(?: {2,}|\u3000+)\S/;
/** A column's figures end within this many characters of each other. */
const ALIGN = 4;
const CODE = /^\d{3}(\d{2}){0,2}$/;
const PUNCT = /[。；！？!?]/;
const MAX_LABEL = 40;
const MIN_ROWS = 3;
/** Blank lines (page furniture aside) after which a table has ended. */
const MAX_BLANKS = 8;

/** A run of non-space characters, with its column in the line. */
interface Token extends SpacedToken {
  col: number;
  /** Its columns: its length, or its display width when columns are counted so. */
  width: number;
  /** A header cell's name when its words stand apart (wrapped over lines): they are joined. */
  name?: string;
}

/**
 * Whether columns are counted in display width (a CJK character two columns): a table a user aligned by eye in an
 * editor, or a helper's by screen (`合计` over `行政运行` stands two characters shorter). pdftotext counts characters.
 */
let wideColumns = false;

/**
 * Whether a column's figures are found by where they start rather than end: a Word table's cells left-aligned
 * (`74.20   92.17   73.85     10       80.12%   8.01` over `54.15   36.28   58.05     —        94.73%   —`, a helper's
 * 自评表 printed to PDF), whose ends stray with the figures' lengths — tried when the ends make no table.
 */
let leftAligned = false;

/**
 * Whether a row with a figure in every column is placed in order rather than by where its figures end: `年度资金总额
 * 4399.77 5212.11  5198.91  10  94.58%  9.98` (a helper's 自评表 from Word, a long name packing the figures). Tried
 * only when no reading by the figures' ends makes the table — else a row of blanks beside full rows would be placed
 * by columns the full rows did not have to agree with.
 */
let inOrder = false;
/**
 * Whether a half of a two-halved table is being read (layout-sides.ts): its one value column is enough (`科目编码 |
 * 科目名称 | 决算数`, the 基本支出决算表's 人员经费 half), as the other half's header vouches for the layout.
 */
let halves = false;
const anchor = (v: { col: number; width: number }) => (leftAligned ? v.col : v.col + v.width);

function tokens(masked: string, span: Span): Token[] {
  return spacedTokens(masked, span.start, span.end).map((t) => ({
    ...t,
    col: wideColumns ? displayWidth(masked.slice(span.start, t.start)) : t.start - span.start,
    width: wideColumns ? displayWidth(t.text) : t.text.length,
  }));
}

const isValueHead = (text: string) => namesValues(plainLabel(text)) || /^小计$/.test(text);

/** Whether a line could head such a table: cheap tests first. */
export function mayHeadLayoutTable(line: string): boolean {
  return line.length >= 20 && GAP.test(line) && !PUNCT.test(line) && !/[0-9０-９]/.test(line);
}

interface DataRow {
  code?: Token;
  label: Token[];
  values: Token[];
  line: number;
  /** The rest of its name, wrapped onto the lines under it (`年度资金` / `总额`), and the last such line. */
  more?: { text: string; line: number };
}

/**
 * `30309                奖励金                         6.17             6.17` under `30305      生活补助     13.06 …` (a helper's
 * 基本支出表 from Word, past a page break): a row whose name the layout set far right of the other rows' names, after its
 * code, set its figures off their columns too.
 */
function shiftedRow(part: DataRow[]): boolean {
  // (Compared among codes of one length: a 项's name may stand further in than its 类's, by design.)
  const byLength = new Map<number, number[]>();
  for (const r of part) {
    if (!r.code || !r.label.length) continue;
    const gaps = byLength.get(r.code.text.length) ?? [];
    gaps.push(r.label[0].col - r.code.col);
    byLength.set(r.code.text.length, gaps);
  }
  return [...byLength.values()].some((gaps) => gaps.length >= 2 && Math.max(...gaps) - Math.min(...gaps) >= SHIFT);
}

const SHIFT = 6;

/**
 * `22960   彩票公益金  9.75 434.23 421.96          421.96     22.02` (a helper's 政府性基金表 from Word): a long name
 * wrapped in its cell, pdftotext packs the row's first figures one space apart, away from their columns.
 */
const packed = (r: DataRow) => r.values.some((v, k) => k > 0 && v.start - r.values[k - 1].end === 1);

/** `208   社会保障和就业支出   257.69   257.69`: an optional code, a label, then figures only. */
function dataRow(masked: string, span: Span, line: number): DataRow | undefined {
  const all = tokens(masked, span);
  let k = 0;
  // (Or a row's 序号, `1         义务教育薄   98.45 …` — a helper's 项目明细表: the number before the name, in the code's place.)
  let code = all[0] && (CODE.test(all[0].text) || (/^\d{1,2}$/.test(all[0].text) && all[1] && !isValue(all[1].text))) && all.length > 2 ? all[k++] : undefined;
  // `201    01    03    行政运行    …`: a code printed in columns 类 | 款 | 项 (a helper's 乡镇 部门决算) — the 款 and 项
  // parts, two digits each before the name, join the 类's.
  if (code && code.text.length === 3) {
    let n = 0;
    while (n < 2 && k + n < all.length && /^\d{2}$/.test(all[k + n].text)) n++;
    if (n > 0 && k + n < all.length && !isValue(all[k + n].text)) {
      const last = all[k + n - 1];
      code = { text: code.text + all.slice(k, k + n).map((t) => t.text).join(''), start: code.start, end: last.end, col: code.col, width: last.col + last.width - code.col };
      k += n;
    }
  }
  const label: Token[] = [];
  while (k < all.length && !isValue(all[k].text)) label.push(all[k++]);
  const values = all.slice(k);
  // `21208        85.00        85.00` between `国有土地使用权出让收入及对应专项债务收入安排` and `的支出`: a name the layout
  // wrapped around its code's line — the code names the row.
  if (!label.length && code && values.length && values.every((t) => isValue(t.text))) return { code, label: [], values, line };
  if (!label.length || !values.length || !values.every((t) => isValue(t.text))) return undefined;
  const text = masked.slice(label[0].start, label[label.length - 1].end);
  if (text.length > MAX_LABEL || PUNCT.test(text) || /[，,]/.test(text)) return undefined;
  // The label stands apart from the figures (two spaces at least), as the layout keeps it.
  if (values[0].col - label[label.length - 1].col - label[label.length - 1].width < 2) return undefined;
  return { ...(code ? { code } : {}), label, values, line };
}

/**
 * `                  872.74      766.53   1639.27   1434.65   92.11%` over `合计` (a helper's 项目明细表 from Word): a line of
 * figures only, the 合计 naming them set on the line under — one row, named there.
 */
function totalBelow(masked: string, spans: Span[], i: number): DataRow | undefined {
  if (i + 1 >= spans.length) return undefined;
  const values = tokens(masked, spans[i]);
  const below = tokens(masked, spans[i + 1]);
  if (!values.length || !values.every((t) => isValue(t.text)) || below.length !== 1 || !/^(合计|总计|小计)$/.test(below[0].text)) return undefined;
  if (below[0].col + below[0].width + 2 > values[0].col) return undefined;
  return { label: below, values, line: i + 1 };
}

/** Right ends of the figures of some rows, grouped: a group's ends lie within ALIGN of its neighbours'. */
function columnEnds(rows: DataRow[]): number[][] {
  const ends = [...new Set(rows.flatMap((r) => r.values.map(anchor)))].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const e of ends) {
    const last = groups[groups.length - 1];
    if (last && e - last[last.length - 1] <= ALIGN) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

export function layoutTable(masked: string, spans: Span[], first: number, furniture: boolean[]): LineCellTable {
  const scored = layoutScoredTable(masked, spans, first, furniture) ?? layoutLevelsTable(masked, spans, first, furniture);
  if (scored) return scored;
  if (!halves) {
    halves = true;
    try {
      const sides = layoutSides(masked, spans, first, furniture, (half) => layoutTable(half, spans, first, furniture));
      if (sides) return sides;
    } finally {
      halves = false;
    }
  }
  const byEnds = layoutTableByEnds(masked, spans, first, furniture);
  if (byEnds.rows) return byEnds;
  // (Rows placed in order only where some are packed or every row fills every column: otherwise the table is some
  // other reader's.)
  const { read, width } = layoutTableAt(masked, spans, first, furniture, true);
  if (read?.some(packed) || (read?.length && read.every((r) => r.values.length === width))) inOrder = true;
  try {
    const ordered = inOrder ? layoutTableAt(masked, spans, first, furniture) : byEnds;
    if (ordered.rows) return ordered;
  } finally {
    inOrder = false;
  }
  // (Figures set right, their ends together: the table is not read for some other cause.)
  if (!read?.length || columnEnds(read).every((g) => g[g.length - 1] - g[0] <= 1)) return byEnds;
  leftAligned = true;
  try {
    const byStarts = layoutTableAt(masked, spans, first, furniture);
    // (Only where each column's figures start together: a table set by hand strays either way.)
    return byStarts.rows && columnEnds(byStarts.read ?? []).every((g) => g[g.length - 1] - g[0] <= 1) ? byStarts : byEnds;
  } finally {
    leftAligned = false;
  }
}

function layoutTableByEnds(masked: string, spans: Span[], first: number, furniture: boolean[]): LineCellTable {
  const byCharacters = layoutTableAt(masked, spans, first, furniture);
  // (Read by characters too, a table set by width may find as many columns — placing a short name's figures wrongly, a
  // helper's 支出决算表 probe: the reading whose columns' figures end together is the table's.)
  const charScore = byCharacters.rows ? misalignment(byCharacters.read) : undefined;
  if (charScore === 0) return byCharacters;
  wideColumns = true;
  try {
    const byWidth = layoutTableAt(masked, spans, first, furniture);
    if (!byWidth.rows) return byCharacters;
    // (By a clear margin: a long name overflowing its cell strays a few characters either way.)
    return charScore === undefined || misalignment(byWidth.read) + WIDTH_MARGIN < charScore ? byWidth : byCharacters;
  } finally {
    wideColumns = false;
  }
}

const WIDTH_MARGIN = 6;

/** How far a table's figures stray from their columns: their groups of right ends, and how wide those groups are. */
function misalignment(rows: DataRow[] = []): number {
  const groups = columnEnds(rows);
  return groups.reduce((n, g) => n + g[g.length - 1] - g[0], 0) + 100 * groups.length;
}

/** The table, and the rows of figures it was read from (how they line up decides between the two readings). */
/** `1   2   3 …` counted from 1: a 决算表's column numbers without the word 栏次. */
const BARE_NUMBERS = /^[\s\u3000]*1[\s\u3000]+2(?:[\s\u3000]+\d{1,2})*[\s\u3000]*$/;

function layoutTableAt(masked: string, spans: Span[], first: number, furniture: boolean[], rowsOnly = false): LineCellTable & { read?: DataRow[]; width?: number } {
  const no = { end: first + 1 };
  const own = tokens(masked, spans[first]);
  if (own.length < 3) return no;
  const grouped = subHeads(masked, spans, first, own);
  const head = grouped?.head ?? own;
  // The header's value columns: the cells after its label columns, each naming values (小计 too).
  let heads = head.filter((t) => isValueHead(t.text));
  const labels = head.filter((t) => !heads.includes(t));
  if (heads.length < (halves ? 1 : 2) || labels.length < 1 || labels.length > 2 || head.indexOf(heads[0]) !== labels.length) return no;
  if (!heads.every((t, i) => head[labels.length + i] === t)) return no;
  if (head.some((t) => /^(行次|栏次)$/.test(t.text))) return no;
  // The rows, in parts split by page breaks.
  const parts: DataRow[][] = [[]];
  // The parts under a repeat of the header printed at the same columns.
  const underHeader = new Set<DataRow[]>();
  // The parts under a repeat of a header rebuilt from its 栏次 numbers: its cells, as that page prints them.
  const pageHeads = new Map<DataRow[], Token[]>();
  let end = first + 1;
  let blanks = 0;
  /** Page furniture since the last row. */
  let paged = false;
  let seen = 0;
  // The line of the header last seen (it is repeated at the top of each page).
  let headerAt = first;
  const headKey = own.map((t) => t.text).join(' ');
  const subKey = grouped ? tokens(masked, spans[grouped.line]).map((t) => t.text).join(' ') : '';
  for (let i = first + 1; i < spans.length; i++) {
    const span = spans[i];
    // A page break: the page's number or header, or two blank lines (one stands between rows in some layouts).
    // (Page furniture is not counted: a page ending short of its footer leaves several blank lines, then the number
    // and the running header.)
    if (furniture[i] || isBlankIn(masked, span.start, span.end)) {
      if (furniture[i]) paged = true;
      if (!furniture[i] && ++blanks > MAX_BLANKS) break;
      if ((furniture[i] || blanks >= 2) && parts[parts.length - 1].length) parts.push([]);
      continue;
    }
    const text = masked.slice(span.start, span.end);
    // `栏次   1   2   3` under the header: the columns' numbers, no row — as many as the header's value columns, or
    // the header is spread over lines this reader does not join (`本年支出` over `小计  基本支出  项目支出`).
    // (Or the bare numbers right under the header, `1   2   3 …` — a helper's 部门决算 documents: 公开02表's seven columns
    // under a header whose cells one space parts, `本年收入合计 财政拨款收入`.)
    const named = /^\s*栏次(\s|$)/.test(text);
    if (named || (i === headerAt + 1 && BARE_NUMBERS.test(text))) {
      const numbers = tokens(masked, span).slice(named ? 1 : 0);
      // (Under the header repeated on a later page, printed at other columns: that page's cells are placed under it.)
      if (seen > 0 && headerAt !== first && numbers.length === heads.length) {
        const own = tokens(masked, spans[headerAt]).filter((t) => isValueHead(t.text));
        const again = own.length === numbers.length ? own : headsOverNumbers(masked, spans, headerAt, numbers, own);
        if (again?.length === heads.length) pageHeads.set(parts[parts.length - 1], again);
        continue;
      }
      if (numbers.length !== heads.length) {
        // (A header cell wrapped over the lines around the header's (`附属单位上缴收` / `入`): the columns are the
        // numbers', each named by the header cell or the wrapped words standing over it.)
        const rebuilt = seen === 0 ? headsOverNumbers(masked, spans, headerAt, numbers, heads) : undefined;
        if (!rebuilt) return no;
        heads = rebuilt;
      }
      continue;
    }
    const row = dataRow(masked, span, i) ?? (seen > 0 ? totalBelow(masked, spans, i) : undefined);
    if (row && row.line !== i) {
      // (Its 合计 on the next line: both lines are the row's.)
      blanks = 0;
      paged = false;
      seen++;
      parts[parts.length - 1].push(row);
      end = i + 2;
      i++;
      continue;
    }
    if (!row) {
      // The header again at the top of the next page (the tables repeat it, with the lines above it): the table goes on.
      const again = [0, 1, 2, 3, 4, 5, 6].map((k) => i + k).find((j) => j < spans.length && tokens(masked, spans[j]).map((t) => t.text).join(' ') === headKey);
      // (Or a bare page number between blank lines before it: `                              3` — a helper's -layout probe.)
      // (Or the report's running title before it, `2015年度部门整体支出绩效自评报告` / `续表` — a helper's page-furniture probe:
      // past a page break, lines none of which is a row.)
      const pageNumber = /^\s*\d{1,4}\s*$/.test(text);
      const pastBreak = (blanks > 0 && (!/[0-9０-９]/.test(text) || pageNumber)) || ((blanks > 0 || paged || pageNumber) && again !== undefined && noRowsBetween(masked, spans, i, again));
      if (again !== undefined && (again === i || pastBreak)) {
        if (parts[parts.length - 1].length) parts.push([]);
        headerAt = i = again;
        // (Printed where the first one was, its columns stand where they did: the part is placed under it too.)
        if (tokens(masked, spans[again]).every((t, k) => t.col === head[k].col)) underHeader.add(parts[parts.length - 1]);
        continue;
      }
      // `2130106   科技转化与推广服务` with no figure (a 项 of nothing this year): no row, the table goes on.
      // `2010399 其他政府办公厅（室）及相关机构事` / `      8885262.32   8885262.32` / `务支出`: a name whose figures the
      // layout set on the next line — one row.
      // (Its code maybe printed in columns 类 | 款 | 项: `201   01   01    行政运行`.)
      if (seen > 0 && /^\s*\d{3}((\d{2}){0,2}|(\s+\d{2}){1,2})\s+[^\d\s]/.test(text) && !/[0-9０-９][\d,.]*\s*$/.test(text.replace(/^\s*[\d\s]+/, ''))) {
        const next = i + 1 < spans.length ? tokens(masked, spans[i + 1]) : [];
        if (next.length && next.every((t) => isValue(t.text))) {
          const own = tokens(masked, span);
          const joined: DataRow = { code: own[0], label: own.slice(1), values: next, line: i };
          blanks = 0;
          seen++;
          parts[parts.length - 1].push(joined);
          end = i + 2;
          i++;
          continue;
        }
        continue;
      }
      // The lines of a row's name the layout wrapped around its figures (`国有土地使用权出让收入及对应专项债务收入安排`,
      // `的支出`): words only, a row next to them.
      if (seen > 0 && !/[0-9０-９]/.test(text) && !PUNCT.test(text) && text.trim().length <= MAX_LABEL) {
        // (Right under the row, where its name starts: the name goes on — `其中：当` / `年财政拨` / `款`, or over four
        // lines, `国有企业退` / `休人员社会` / `化管理补助` / `支出` — a helper's 国有资本经营 table from Word.)
        const last = parts[parts.length - 1].at(-1);
        const words = tokens(masked, span);
        // (Not a 合计's, and not a group's name over rows set further in: `合计` / `专项资金` / `  不动产登记  199.81 …`.)
        const nextRow = i + 1 < spans.length ? tokens(masked, spans[i + 1])[0] : undefined;
        const groupName = !!nextRow && nextRow.col > words[0]?.col;
        const total = last && /^(合计|总计|小计)$/.test(last.label.map((t) => t.text).join(''));
        if (last?.label.length && !total && !groupName && (last.more?.line ?? last.line) === i - 1 && words.length === 1 && Math.abs(words[0].col - last.label[0].col) <= 1) {
          last.more = { text: (last.more?.text ?? '') + words[0].text, line: i };
          continue;
        }
        if ([i - 1, i + 1].some((k) => k < spans.length && dataRow(masked, spans[k], k))) continue;
      }
      // (Its sub-heads again under the header printed again on the next page.)
      if (grouped && (i === grouped.line || (i - headerAt <= HEADER_LINES && tokens(masked, span).map((t) => t.text).join(' ') === subKey))) continue;
      // `科目编码   科目名称   支出`: the header's second line, before any row — not one naming more columns.
      // (`支出功能分类科目` / `科目名称` / `编码`: a code column's header stacked over three lines.)
      if (i - headerAt <= HEADER_LINES && !/[0-9０-９]/.test(text) && !PUNCT.test(text)) {
        if (tokens(masked, span).filter((t) => isValueHead(t.text)).length >= 2) return no;
        continue;
      }
      break;
    }
    blanks = 0;
    paged = false;
    seen++;
    parts[parts.length - 1].push(row);
    end = i + 1;
  }
  const filled = parts.filter((p) => p.length);
  // (Such a row's figures cannot be placed: the table is not read, rather than read with them in the wrong columns.)
  // (A packed row with a figure in every column is placed in order: `年度资金总额   4399.77 5212.11  5198.91  10  94.58%  9.98`.)
  if (seen < MIN_ROWS || filled.some((p) => p.some((r) => packed(r) && r.values.length < heads.length)) || filled.some(shiftedRow)) return no;
  if (rowsOnly) return { end, read: filled.flat(), width: heads.length };
  const rows: RawRow[] = [];
  const labelColumns = labels.length;
  // The first part stands on the header's page: its columns are placed under the header's cells. Later pages may
  // stand elsewhere; their columns are those of the first part, in order — unless the header is printed again above
  // them where it was.
  // (Not placed by where they stand, the rows' names are not nested by it either — `  其中：中央补助资金` over `省级资金`.)
  const indent = inOrder ? undefined : levels(filled.flat());
  let used: number[] | undefined;
  for (const part of filled) {
    const groups = columnEnds(part);
    const own = pageHeads.get(part);
    const at = own
      ? underHeads(groups, own)
      : used === undefined || underHeader.has(part)
        ? underHeads(groups, heads)
        : groups.length === heads.length
          ? heads.map((_, k) => k)
          : groups.length === used.length
            ? used
            : undefined;
    if (!at) return no;
    used ??= at;
    for (const r of part) {
      const row = rawRow(masked, r, groups, at, heads.length, labelColumns);
      if (!row) return no;
      const level = indent?.get(r);
      if (level) row[labelColumns - 1] = { ...row[labelColumns - 1], indent: level };
      rows.push(row);
    }
  }
  const header: RawRow = [...labels, ...heads].map((t) => ({ slot: { start: t.start, end: t.end }, insertAt: t.start, ...(t.name ? { name: t.name } : {}) }));
  return { rows: [header, ...rows], end, read: filled.flat() };
}

/**
 * `城乡社区支出` / ` 城乡社区管理事务` / `  行政运行` (a helper's printed tables: names only, no 科目编码 and no 其中): how far right
 * of the leftmost label each row's label starts, as its level — only in a table of no codes whose labels take at most
 * three starts, a step of four columns at most between them, opening at the left and going down one level at a time
 * (centred labels would start everywhere).
 */
function levels(all: DataRow[]): Map<DataRow, number> | undefined {
  // (The 合计 row's label is often centred: it is no level.)
  const rows = all.filter((r) => !/^(合计|总计|小计)$/.test(r.label.map((t) => t.text).join('')));
  if (rows.some((r) => r.code) || rows.length < 3) return undefined;
  const starts = rows.map((r) => r.label[0]?.col ?? 0);
  const cols = [...new Set(starts)].sort((a, b) => a - b);
  if (cols.length < 2 || cols.length > 3 || cols.some((c, k) => k > 0 && c - cols[k - 1] > 4)) return undefined;
  // A tree: it opens at the top level, and goes down one level at a time.
  const level = starts.map((c) => cols.indexOf(c));
  if (level[0] !== 0 || level.some((l, k) => k > 0 && l > level[k - 1] + 1)) return undefined;
  // `其中：人员经费  100.00` / `  公用经费  200.00` (a helper's typed table): rows indented under a 其中 row are the rest of
  // its list, its siblings — the 其中 row stands a level down, where their indent is.
  for (let k = 0; k < rows.length; k++) {
    if (!/^其中[：:]?/.test(rows[k].label[0]?.text ?? '') || !(level[k + 1] > level[k])) continue;
    const own = level[k];
    level[k] = own + 1;
    for (let j = k + 1; j < rows.length && level[j] > own; j++) level[j] = Math.max(level[j], own + 1);
  }
  return new Map(rows.map((r, k) => [r, level[k]]));
}

/** Whether no line from `from` up to `to` reads as a row of figures. */
function noRowsBetween(masked: string, spans: Span[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (dataRow(masked, spans[k], k) || /\d\.\d+[%％]?\s*$/.test(masked.slice(spans[k].start, spans[k].end))) return false;
  return true;
}

/**
 * `项目   预算数                      执行数   执行率` over `年初预算   预算调整   调整后预算` (a helper's 自评报告 from Word, a
 * merged cell over three), or `项目   年初预算数   决算数` over `科目编码  科目名称  小计  基本支出  项目支出  小计  基本支出
 * 项目支出` (a helper's 公开05表 from Excel): the header with each cell that has two or more of the next line's cells under
 * it (from its start to the next cell's; the first, a label's, from the line's start) replaced by them, and that line.
 * Undefined unless every cell of that line so stands. Under a group of values a cell not naming which is named with
 * it — `决算数小计`, not a second `小计`.
 */
function subHeads(masked: string, spans: Span[], first: number, head: Token[]): { head: Token[]; line: number } | undefined {
  let line = first + 1;
  while (line < spans.length && line - first <= HEADER_LINES && isBlankIn(masked, spans[line].start, spans[line].end)) line++;
  if (line >= spans.length || line - first > HEADER_LINES || head.length < 2) return undefined;
  const text = masked.slice(spans[line].start, spans[line].end);
  const subs = tokens(masked, spans[line]);
  if (subs.length < 2 || /[0-9０-９]/.test(text) || PUNCT.test(text)) return undefined;
  // (Label cells come first: one after a value — `执行率` over `（%）` — is a wrapped name's end.)
  const firstValue = subs.findIndex((t) => isValueHead(t.text));
  if (firstValue < 0 || subs.slice(firstValue).some((t) => !isValueHead(t.text))) return undefined;
  // Each cell of the line under the header cell it stands under — from that cell's start to the next's (a Word table's
  // cells set left) — or else nearest the middle of (an Excel sheet's, centred).
  const zone = (k: number) => subs.filter((t) => (k === 0 || t.col + OVER >= head[k].col) && (k + 1 === head.length || t.col < head[k + 1].col));
  const middle = (t: Token) => t.col + t.width / 2;
  const nearest = (t: Token) => head.reduce((a, h, k) => (isValueHead(h.text) && Math.abs(middle(h) - middle(t)) < Math.abs(middle(head[a]) - middle(t)) ? k : a), head.findIndex((h) => isValueHead(h.text)));
  const labelsUnder = subs.filter((t) => !isValueHead(t.text));
  const centred = (k: number) => (isValueHead(head[k].text) ? subs.filter((t) => isValueHead(t.text) && nearest(t) === k) : k === 0 ? labelsUnder : []);
  // (Or all between the cells either side: `序号  项目名称   预算数   执行数` over `年初预算  预算调整  调整后预算`, the group's
  // cells set wider than it — a helper's 预算执行情况表 from Word.)
  const between = (k: number) => (k === 0 ? [] : subs.filter((t) => t.col >= head[k - 1].col + head[k - 1].width && (k + 1 === head.length || t.col + t.width <= head[k + 1].col)));
  const found = grouped(head, subs, zone) ?? grouped(head, subs, centred) ?? grouped(head, subs, between);
  return found && { head: found.head, line };
}

function grouped(head: Token[], subs: Token[], under: (k: number) => Token[]): { head: Token[] } | undefined {
  const out: Token[] = [];
  let placed = 0;
  let groups = 0;
  // (Cells named alike under two groups — `小计` under 年初预算数 and under 决算数 — are named with their group.)
  const twice = new Set(subs.filter((t, k) => subs.findIndex((u) => u.text === t.text) !== k).map((t) => t.text));
  for (const [k, h] of head.entries()) {
    const cells = under(k);
    const values = isValueHead(h.text);
    // (Under a label cell, label cells — 科目编码, 科目名称; under a group of values, values.)
    if (cells.length < 2 || !cells.every((t) => isValueHead(t.text) === values)) {
      // (A cell kept whole with one of the line's cells right under it is the top of a name wrapped in two — `年初` over
      // `预算数`, `执行率` over `（%）` (a helper's 决算 table): no groups there.)
      if (subs.some((t) => t.col < h.col + h.width && h.col < t.col + t.width)) return undefined;
      out.push(h);
      continue;
    }
    placed += cells.length;
    if (values) groups++;
    out.push(...cells.map((t) => (values && twice.has(t.text) && !GROUP_NAMED.test(t.text) ? { ...t, name: h.text + t.text } : t)));
  }
  return placed === subs.length && groups > 0 ? { head: out } : undefined;
}

/** A value column's name that says already what its values are (so not named with the cell over it). */
const GROUP_NAMED = /预算|决算|执行|调整|结转|结余|上年|本年/;

/** Lines under a header that may hold more of it (a code column's name stacked, a wrapped cell's end). */
const HEADER_LINES = 6;
/** How far a header cell's left may stand from its column's number (both are set near the cell's middle). */
const OVER = 8;

/**
 * The header cells over a 栏次 line's numbers, one per number: the header's own cell standing over it, or else the words
 * over it on the lines just above and below the header, joined in reading order (a cell the layout wrapped:
 * `本年收入合` / `计`, `附属单位上` / `缴收入`). Undefined when a number has neither, or a header
 * cell stands over no number.
 */
function headsOverNumbers(masked: string, spans: Span[], headerAt: number, numbers: Token[], heads: Token[]): Token[] | undefined {
  // How far a word stands from a number: 0 when the number is under it.
  const gap = (t: Token, n: Token) => Math.max(0, t.col - n.col, n.col - (t.col + t.width));
  const nearest = (t: Token) => numbers.reduce((a, b) => (gap(t, b) < gap(t, a) ? b : a));
  const lines = [headerAt - 2, headerAt - 1, headerAt, headerAt + 1, headerAt + 2].filter((k) => k >= 0 && k < spans.length);
  const out: Token[] = [];
  for (const n of numbers) {
    const own = heads.find((h) => gap(h, n) <= OVER && nearest(h) === n);
    if (own) {
      out.push(own);
      continue;
    }
    const words = lines.flatMap((k) => tokens(masked, spans[k])).filter((t) => gap(t, n) <= OVER && nearest(t) === n && !/[0-9０-９]/.test(t.text) && !heads.includes(t));
    if (!words.length) return undefined;
    const name = words.map((t) => t.text).join('');
    // (Placed where its words start: a figure ends under or past its header's left, as under the header's own cells.)
    const col = Math.min(...words.map((t) => t.col));
    out.push({ text: name, start: words[0].start, end: words[words.length - 1].end, col, width: Math.max(...words.map((t) => t.col + t.width)) - col, name });
  }
  if (!heads.every((h) => out.some((o) => o.start === h.start))) return undefined;
  return out.every((o, k) => k === 0 || o.col > out[k - 1].col) ? out : undefined;
}

/**
 * Which header cell each group of figures stands under: the last whose start is at or left of the group's right end
 * (a figure ends under or past its header's start); one group per cell, in order. Undefined when that cannot be.
 */
function underHeads(groups: number[][], heads: Token[]): number[] | undefined {
  if (groups.length === heads.length) return heads.map((_, k) => k);
  if (groups.length > heads.length) return undefined;
  const at = groups.map((g) => {
    let k = -1;
    for (let h = 0; h < heads.length; h++) if (heads[h].col <= g[0]) k = h;
    return k;
  });
  return at.every((k, i) => k >= 0 && (i === 0 || k > at[i - 1])) ? at : undefined;
}

/** The row's cells: its label cell(s), then one per header column, blank where no figure stands; undefined if two share one. */
function rawRow(masked: string, r: DataRow, groups: number[][], at: number[], width: number, labelColumns: number): RawRow | undefined {
  const first = r.code ?? r.label[0];
  const cells: RawRow = [];
  // (With one label column, a code stays in the name's cell: `208 社会保障和就业支出`.)
  // (A code whose name the layout wrapped away from its line has no name cell: blank, or the code alone in one column.)
  const labelStart = labelColumns === 1 || !r.label.length ? first.start : r.label[0].start;
  const labelEnd = r.label.length ? r.label[r.label.length - 1].end : first.end;
  if (labelColumns === 2) cells.push(r.code ? { slot: { start: r.code.start, end: r.code.end }, insertAt: r.code.start } : emptyCell(first.start));
  const name = r.more ? { name: masked.slice(labelStart, labelEnd) + r.more.text } : {};
  cells.push(labelColumns === 2 && !r.label.length ? emptyCell(r.code!.end) : { slot: { start: labelStart, end: labelEnd }, insertAt: labelStart, ...name });
  const byColumn: Array<RawCell | undefined> = Array.from({ length: width }, () => undefined);
  // (A figure in every column: each in its column, in order, wherever the layout set it — tried last, see inOrder.)
  const full = inOrder && r.values.length === width;
  for (const [k, v] of r.values.entries()) {
    const column = full ? k : at[groups.findIndex((g) => g.includes(anchor(v)))];
    if (byColumn[column]) return undefined;
    byColumn[column] = { slot: { start: v.start, end: v.end }, insertAt: v.start };
  }
  const lineEnd = r.values[r.values.length - 1].end;
  for (const c of byColumn) cells.push(c ?? emptyCell(lineEnd));
  return cells;
}
