// A table from its raw cells: header and column roles, row labels, totals and `其中` children, cell figures.
import Decimal from 'decimal.js';
import type { Cell, Column, Quantity, Row, Span, Table } from './model';
import { columnRole, COUNT_UNIT, endsChildGroup, MONEY_ROLES, rowKind } from './columns';
import { plainLabel } from './normalize';
import { matchMarker } from './numbering';
import { cellQuantity, isFigureCell } from './quantities';

export interface RawCell {
  /** The whole slot of the cell (for a cell line, the line; for a pipe cell, between the pipes). */
  slot: Span;
  insertAt: number;
  /** A header cell's name when its words stand apart in the slot (a PDF header cell wrapped over lines: `本年收入合` / `计`). */
  name?: string;
  /** A label's level as the layout shows it (PDF text: how far right of the leftmost label it starts), when known. */
  indent?: number;
}

export type RawRow = RawCell[];

/** An empty cell at `at`: a point where nothing is written (a blank a row leaves, or its place under a header). */
export const emptyCell = (at: number): RawCell => ({ slot: { start: at, end: at }, insertAt: at });

/** What an empty cell holds: nothing, or a dash or slash. */
const EMPTY = new Set(['', '/', '-', '—', '－', '--', '——', '\\']);
const UNIT_IN_HEADER = /[（(](万元|元|亿元|千元|%|％)[）)]/;

/**
 * How far a cell's text is indented, in full-width spaces (after the space a pipe cell leaves). `其中：` counts
 * as the three characters it is: `　　　　公用经费` under `　其中：人员经费` is its sibling, aligned with it.
 */
function indentOf(masked: string, raw: RawCell | undefined): number {
  if (!raw) return 0;
  const i = afterSpaces(masked, raw);
  let n = 0;
  while (i + n < raw.slot.end && masked.charCodeAt(i + n) === 0x3000) n++;
  const rest = masked.slice(i + n, Math.min(raw.slot.end, i + n + 3));
  return rest.startsWith('其中') ? n + (rest.length === 3 && /[：:]/.test(rest[2]) ? 3 : 2) : n;
}

/** Where a cell's text starts after ASCII spaces and TABs (-1 for no cell). */
function afterSpaces(masked: string, raw: RawCell | undefined): number {
  if (!raw) return -1;
  let i = raw.slot.start;
  while (i < raw.slot.end && (masked.charCodeAt(i) === 32 || masked.charCodeAt(i) === 9)) i++;
  return i;
}

/** `kind`: what a bare figure in this column is — 得分 a score (its printed precision), 分值 exact points. */
function makeCell(masked: string, raw: RawCell, column: number, unit: string, numeric: boolean, kind?: Quantity['kind']): Cell {
  const slotText = masked.slice(raw.slot.start, raw.slot.end);
  // trimStart() removes what /^[\s\u3000\u00a0]+/ matches (\s covers both), without a regular expression.
  const lead = slotText.length - slotText.trimStart().length;
  const own = slotText.trim();
  // (A label the layout wrapped onto the lines under it is named whole: `年度资金总额` for `年度资金` / `总额`.)
  const text = raw.name && !numeric ? raw.name : own;
  const start = raw.slot.start + lead;
  const span = own ? { start, end: start + own.length } : { start: raw.slot.start, end: raw.slot.end };
  const cell: Cell = { text, span, insertAt: text ? start : raw.insertAt, empty: EMPTY.has(text), column };
  if (!cell.empty && numeric) {
    // Markdown emphasis around a figure (`**7050.00**`, a bold 合计 row) is not part of it.
    const bold = text[0] === '*' || text[0] === '_' ? /^(\*\*|__|\*|_)(.*)\1$/.exec(text) : null;
    const inner = bold ? bold[2] : text;
    const from = bold ? start + bold[1].length : start;
    const q = cellQuantity(inner, unit, (i) => from + i);
    if (q) cell.quantity = kind && q.unit !== '%' ? { ...q, kind } : q;
  }
  return cell;
}

const COLUMN_NUMBERS = /^(栏次|行次)$/;

/** Cells after a label that are exactly 1, 2, 3…: a 栏次 row, two columns at least. */
function numbersTheColumns(cells: string[]): boolean {
  // (`1 | 2 | 3=1+2 | 4 | 5=4/3`: a column's number with the formula that gives it — a helper's flattened-web probe.)
  cells = cells.map((c) => c.replace(/^(\d+)[=＝][\d+\-−*/×÷（）()]+$/, '$1'));
  const figures = cells.filter((c) => /^\d+$/.test(c));
  return figures.length >= 2 && figures.every((c, k) => c === String(k + 1)) && cells.filter((c) => c && !/^\d+$/.test(c)).length <= 1;
}

export function buildTable(
  masked: string,
  rawRows: RawRow[],
  form: Table['form'],
  unit: string,
  caption: string,
  section: number,
): Table | undefined {
  if (rawRows.length < 2 || rawRows.some((r) => r.length === 0)) return undefined;
  const [headerRaw, ...bodyRaw] = rawRows;
  const columns: Column[] = headerRaw.map((raw, index) => {
    const headerCell = makeCell(masked, raw, index, '', false);
    if (raw.name) headerCell.text = raw.name;
    const header = plainLabel(headerCell.text);
    // (`完成预算%`: a bare percent sign ending the header is its unit too.)
    const m = UNIT_IN_HEADER.exec(header) ?? /([%％])$/.exec(header);
    const unit = m ? (m[1] === '％' ? '%' : m[1]) : undefined;
    return { index, header, headerCell, role: columnRole(header), ...(unit ? { unit } : {}) };
  });
  // `年初预算 | 调整预算 | 全年预算`: beside a budget after adjustment, 调整预算 is the adjustment (alone after 年初预算,
  // `年初预算数 | 调整预算数 | 决算数`, it is the budget as adjusted).
  for (const c of columns) {
    if (c.role === 'adjusted-budget' && /^调整预算/.test(c.header) && columns.some((o) => o !== c && o.role === 'adjusted-budget')) c.role = 'adjustment';
  }
  const labelColumns = columns.filter((c) => c.role === 'label' || c.role === 'index').map((c) => c.index);
  const cellText = (r: RawRow, i: number) => (r[i] ? masked.slice(r[i].slot.start, r[i].slot.end).trim() : '');
  // `年度预算数(万元)` over `总额`, `其中:财政资金`… (a 自评表's funds block): a first column of words in every row is the
  // label column, whatever its header says.
  if (!labelColumns.length && columns[0]?.header && columns[0].role !== 'label' && bodyRaw.every((r) => cellText(r, 0) && !isFigureCell(cellText(r, 0)))) columns[0].role = 'label';
  if (!labelColumns.length) labelColumns.push(0);
  // `项目资金（万元） |  | 年初预算数 | …` over ` | 年度资金总额 | 100 | …` (a 自评表's merged first cell): the labels stand in
  // the unnamed column after a label column blank in every row.
  const named = columns[labelColumns[0] + 1];
  if (named && !named.header && named.role === 'other' && bodyRaw.every((r) => !cellText(r, labelColumns[0]) && cellText(r, named.index) && !isFigureCell(cellText(r, named.index)))) {
    named.role = 'label';
    labelColumns.push(named.index);
  } else if (named && !named.header && named.role === 'other' && bodyRaw.every((r) => !cellText(r, named.index) || !isFigureCell(cellText(r, named.index))) && bodyRaw.some((r) => /^\d{3}(\d{2}){0,2}$/.test(cellText(r, labelColumns[0])) && cellText(r, named.index))) {
    // (`221 | 住房保障支出 | …` under a `项目` merged over the code and name columns — a helper's Word-paste probe: the
    // unnamed column of words after the codes names the rows.)
    named.role = 'label';
    labelColumns.push(named.index);
  }
  const rows: Row[] = [];
  let group: Group | undefined;
  // Rows whose label opened on 其中 (a group's first child).
  const childStarts = new Set<number>();
  // `　抚恤` under `社会保障和就业支出`: where some labels are indented with full-width spaces and others not, an
  // indented one is a child of the nearest row above indented less.
  // (Or, in PDF text, the levels the layout reader measured: `城乡社区支出` / ` 城乡社区管理事务` / `  行政运行`.)
  const measured = bodyRaw.some((r) => r[labelColumns[0]]?.indent);
  const indents = bodyRaw.map((r) => (measured ? (r[labelColumns[0]]?.indent ?? 0) : indentOf(masked, r[labelColumns[0]])));
  const byIndent = (measured || bodyRaw.some((r) => masked.charCodeAt(afterSpaces(masked, r[labelColumns[0]])) === 0x3000)) && indents.some((n) => n === 0);
  // `一、共享收入` over `1、增值税`, `2、营业税`…, then `二、区级固定收入` (rd-shigu-czj-2016 pasted with TABs): labels
  // numbered in two styles nest as an outline does, the style first seen above the other.
  const styles: string[] = [];
  const styleOf = (label: string) => {
    const style = matchMarker(label)?.style;
    if (!style) return -1;
    if (!styles.includes(style)) styles.push(style);
    return styles.indexOf(style);
  };
  // The last row numbered in each style's level, so that a row finds its parent without looking back row by row.
  const lastOfLevel: number[] = [];
  for (const [r, rawRow] of bodyRaw.entries()) {
    // `	栏次	1	2	3…` under a 决算表's header: the columns' numbers, no row.
    if (rawRow.some((_, i) => COLUMN_NUMBERS.test(plainLabel(cellText(rawRow, i))))) continue;
    // (Its word lost, as plain pdftotext prints the header a cell per line: the first row's figures 1, 2, 3… alone.)
    if (r === 0 && numbersTheColumns(rawRow.map((_, i) => plainLabel(cellText(rawRow, i))))) continue;
    const cells = rawRow.map((raw, i) => {
      const col = columns[i];
      const colUnit = col?.unit ?? unit;
      // `执行率（%）`: a bare 98.00 in it is 98%.
      // (`单位：人` over 编制数 | 实有人数 (a helper's 自评 slip probe): counts, exact — not whole amounts rounded.)
      const counts = COUNT_UNIT.test(colUnit) && col && col.role !== 'rate' && col.unit !== '%' && col.role !== 'index' && !labelColumns.includes(i);
      const cellUnit = counts ? colUnit : col && (MONEY_ROLES.has(col.role) || col.unit === '%') ? colUnit : '';
      const kind = col?.role === 'score' ? 'score' : col?.role === 'weight' || counts ? 'count' : undefined;
      return makeCell(masked, raw, i, cellUnit, !labelColumns.includes(i) || col?.role === 'index', kind);
    });
    let labelCell: Cell | undefined;
    for (const i of labelColumns) {
      const c = cells[i];
      if (c && c.text && !c.empty && !c.quantity) labelCell = c;
    }
    const rawLabel = labelCell ? plainLabel(labelCell.text) : '';
    // `其中:(1) | 人员经费` with 其中 in the 序号 column opens a group as a label's `其中：` does.
    const isChildStart = /^其中[：:]?/.test(rawLabel) || columns.some((c) => c.role === 'index' && /^其中/.test(plainLabel(cellText(rawRow, c.index))));
    const label = rawLabel.replace(/^其中[：:]?/, '');
    const kind = rowKind(label) === 'item' && /^全年(合计)?$/.test(label) && periodsBefore(rows) ? 'total' : rowKind(label);
    const index = rows.length;
    const level = kind === 'item' && !isChildStart ? styleOf(label) : -1;
    let parent: number | undefined;
    if (kind !== 'item') group = undefined;
    else if (byIndent && index > 0 && !isChildStart) {
      // The nearest row above indented less: 类 > 款 > 项 (功能分类), each adding up its own children.
      for (let p = index - 1; p >= 0 && indents[r] > 0; p--) {
        if (indents[p] < indents[r]) {
          if (rows[p].kind === 'item') parent = p;
          break;
        }
      }
      group = undefined;
    } else if (level > 0 && !group) {
      // Under the nearest row above numbered in a style seen earlier.
      let p = -1;
      for (let l = 0; l < level; l++) p = Math.max(p, lastOfLevel[l] ?? -1);
      if (p >= 0) parent = p;
    } else if (isChildStart && index > 0) {
      // `商品和服务支出, 其中：办公费…, 对个人和家庭的补助, 其中：退休费`: the row before a 其中 taken as one more child
      // of the group above, though it does not fit in it, heads a group of its own.
      const before = rows[index - 1];
      if (before.parent !== undefined && before.label !== group?.first && fitsIn(rows, before.parent, before.cells, columns, index - 1) === 'not') {
        delete before.parent;
      }
      // (Or the group's children so far already make its parent: `基本支出 100, 其中：人员经费 80, 公用经费 20, 其中：三公经费 5`.)
      const full = group && before.parent !== undefined && matches(rows[before.parent], rows.filter((r) => r.parent === before.parent)) > 0;
      if (group && before.parent !== undefined && (nestsUnder(before, index - 1, label, cells, columns, childStarts) || (full && !childStarts.has(index - 1) && fitsIn([before], 0, cells, columns, 1) !== 'not'))) {
        // `公务用车购置及运行维护费` (a child of the 三公 合计), `其中：公务用车购置费`, `公务用车运行维护费`: a group inside
        // the group, its parent the row just above; the outer group goes on after it.
        group = { parent: index - 1, first: label, outer: group };
        parent = index - 1;
      } else {
        let p = index - 1;
        while (p > 0 && rows[p].parent !== undefined) p--;
        group = { parent: p, first: label };
        parent = p;
      }
      childStarts.add(index);
    } else if (group) {
      // Out of a nested group whose parent the row does not fit in, back to the group it does fit in.
      let g: Group = group;
      while (g.outer && fitsIn(rows, g.parent, cells, columns, rows.length) === 'not') g = g.outer;
      // `一般公共预算收入, 其中：税收收入, 一般公共预算支出`: a row larger than the parent itself is none of its parts;
      // nor is one with an amount after children that make the parent already (`公务用车购置及运行费 6.95`, `其中：公务用车
      // 运行费 6.95`, `公务接待费 2.36`, a helper's web-table probe).
      const made = madeAlready(rows[g.parent], rows.filter((x) => x.parent === g.parent), cells, columns);
      if (!made && continuesGroup(rows, g.parent, cells, columns, endsChildGroup(label, rows[g.parent].label, g.first)) && !exceeds(cells, rows[g.parent], columns)) {
        group = g;
        parent = g.parent;
      } else group = undefined;
    }
    if (level >= 0) lastOfLevel[level] = index;
    const first = rawRow[0]?.slot.start ?? 0;
    const last = rawRow[rawRow.length - 1]?.slot.end ?? first;
    rows.push({
      cells,
      label,
      labelCell,
      kind,
      ...(parent !== undefined ? { parent } : {}),
      span: { start: first, end: last },
      line: 0,
    });
  }
  settleChildGroups(rows);
  adjustmentsNamedAdjusted(columns, rows);
  const start = headerRaw[0].slot.start;
  const end = rows.length ? rows[rows.length - 1].span.end : headerRaw[headerRaw.length - 1].slot.end;
  return {
    form,
    span: { start, end },
    unit,
    caption,
    columns,
    rows,
    headerSpan: { start, end: headerRaw[headerRaw.length - 1].slot.end },
    section,
  };
}

/**
 * `年初预算 | 调整预算 | 决算` whose 调整预算 holds the change (`500.00 | -20.00 | 456.00`, a helper's two-year table probe):
 * the header names the adjusted budget, the figures the adjustment — every row's 决算 is nearer 年初 + it than it.
 */
function adjustmentsNamedAdjusted(columns: Column[], rows: Row[]): void {
  const col = columns.find((c) => c.role === 'adjusted-budget' && /^调整预算/.test(c.header));
  const initial = columns.find((c) => c.role === 'initial-budget');
  const spent = columns.find((c) => c.role === 'spent');
  if (!col || !initial || !spent) return;
  let seen = 0;
  for (const r of rows) {
    const [a, b, d] = [r.cells[initial.index]?.quantity, r.cells[col.index]?.quantity, r.cells[spent.index]?.quantity];
    if (!a || !b || !d) continue;
    if (d.value.sub(a.value.add(b.value)).abs().gte(d.value.sub(b.value).abs())) return;
    seen++;
  }
  if (seen >= 2) col.role = 'adjustment';
}

interface Group {
  parent: number;
  first: string;
  /** The group this one stands inside (a 其中 under a 其中 row). */
  outer?: Group;
}

/**
 * Whether a `其中` row after `before` (itself a child, not opening on 其中) opens a group under it: the child's name
 * begins as `before`'s does (公务用车购置费 under 公务用车购置及运行维护费) and its figures fit in `before`'s.
 */
function nestsUnder(before: Row, at: number, label: string, cells: Cell[], columns: Column[], childStarts: Set<number>): boolean {
  if (childStarts.has(at)) return false;
  const bare = (s: string) => s.replace(/^[\s\u3000]*([0-9０-９]+|[一二三四五六七八九十]+|[(（][0-9０-９一二三四五六七八九十]+[)）])[、.．]?\s*/, '');
  const a = bare(before.label);
  const b = bare(label);
  if (a.length < 2 || b.slice(0, 2) !== a.slice(0, 2)) return false;
  return fitsIn([before], 0, cells, columns, 1) !== 'not';
}

/**
 * Whether the children so far make the parent already in every money column where the row has an amount other than
 * 0 (and in one at least): the row would take them past it.
 */
function madeAlready(parent: Row, kids: Row[], cells: Cell[], columns: Column[]): boolean {
  let seen = false;
  for (const col of columns) {
    const mine = cells[col.index]?.quantity;
    if (!MONEY_ROLES.has(col.role) || !mine || mine.unit === '%' || mine.value.isZero()) continue;
    const whole = parent.cells[col.index]?.quantity;
    if (!whole || whole.unit === '%') return false;
    let total = new Decimal(0);
    for (const k of kids) {
      const q = k.cells[col.index]?.quantity;
      if (q && q.unit !== '%') total = total.add(q.value);
      else if (!k.cells[col.index]?.empty && k.cells.some((x) => x.quantity)) return false;
    }
    if (total.sub(whole.value).abs().gt(new Decimal('0.005').mul(kids.length + 1))) return false;
    seen = true;
  }
  return seen;
}

/** Whether a row's figures are larger than the parent's own in every money column where both have one. */
function exceeds(cells: Cell[], parent: Row, columns: Column[]): boolean {
  let seen = false;
  for (const col of columns) {
    if (!MONEY_ROLES.has(col.role)) continue;
    const whole = parent.cells[col.index]?.quantity;
    const mine = cells[col.index]?.quantity;
    if (!whole || !mine || whole.unit === '%' || mine.unit === '%' || whole.value.lte(0)) continue;
    if (mine.value.lte(whole.value.add(ROUNDING))) return false;
    seen = true;
  }
  return seen;
}

/**
 * Whether a row after `其中` children, whose name makes it likely to close the group (it ends like the parent),
 * is one more of them all the same: when it fits in what the parent leaves over after the children so far
 * (公务用车运行维护费 under 公务用车购置及运行维护费, 生活补助 under 对个人和家庭的补助), or the parent has no figure.
 */
function continuesGroup(rows: Row[], parent: number, cells: Cell[], columns: Column[], byName: 'always' | 'likely' | 'no'): boolean {
  if (byName === 'always') return false;
  if (byName === 'no') return true;
  const verdict = fitsIn(rows, parent, cells, columns, rows.length);
  // A group row with no figure of its own (对个人和家庭的补助 | blank, 其中：退休费…, 生活补助, 小计) says nothing
  // against the row being one more child.
  return verdict === 'fits' || (verdict === 'unknown' && !rows[parent].cells.some((c) => c.quantity));
}

/**
 * Whether a row's figures fit in what the parent leaves over after its children before row `before`: 'fits'
 * when in some money column where the row holds more than 0 they do, 'not' when in none, 'unknown' when no
 * column holds figures in both.
 */
function fitsIn(rows: Row[], parent: number, cells: Cell[], columns: Column[], before: number): 'fits' | 'not' | 'unknown' {
  let informative = false;
  for (const col of columns) {
    if (!MONEY_ROLES.has(col.role)) continue;
    const whole = rows[parent].cells[col.index]?.quantity;
    const mine = cells[col.index]?.quantity;
    if (!whole || !mine || whole.unit === '%' || mine.unit === '%' || mine.value.lte(0)) continue;
    informative = true;
    let left = whole.value;
    let n = 1;
    for (let r = parent + 1; r < before; r++) {
      const q = rows[r].parent === parent ? rows[r].cells[col.index]?.quantity : undefined;
      if (q && q.unit !== '%') {
        left = left.sub(q.value);
        n++;
      }
    }
    if (mine.value.lte(left.add(ROUNDING.mul(n)))) return 'fits';
  }
  return informative ? 'not' : 'unknown';
}
const ROUNDING = new Decimal('0.005');

/**
 * A `其中` group read from labels alone may run on past its last child (`统计信息化建设` after the 其中 rows of
 * `统计调查经费`). Where the figures show it — the first rows that add up to the parent in some column — the
 * group ends there; rows after it return to the parent's level.
 */
export function settleChildGroups(rows: Row[]): void {
  for (const [p, group] of childrenByParent(rows)) {
    const children = group.map((r) => ({ r }));
    if (children.length < 3) continue;
    const parent = rows[p];
    let best = children.length;
    let bestMatches = matches(parent, children.map((x) => x.r));
    for (let m = 2; m < children.length; m++) {
      const n = matches(parent, children.slice(0, m).map((x) => x.r));
      if (n > bestMatches) {
        best = m;
        bestMatches = n;
      }
    }
    for (const x of children.slice(best)) delete x.r.parent;
  }
}

/** The `其中` children of each row that has some, in order. */
export function childrenByParent(rows: Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const r of rows) {
    if (r.parent === undefined) continue;
    const list = map.get(r.parent);
    if (list) list.push(r);
    else map.set(r.parent, [r]);
  }
  return map;
}

/** In how many columns the rows add up to the parent (to within their rounding). */
function matches(parent: Row, rows: Row[]): number {
  let n = 0;
  parent.cells.forEach((cell, c) => {
    const target = cell.quantity;
    if (!target || target.unit === '%') return;
    let total = new Decimal(0);
    for (const r of rows) {
      const q = r.cells[c]?.quantity;
      if (q && q.unit !== '%') total = total.add(q.value);
      // (A bare `其中：` row, its cells dropped in a text paste, adds nothing.)
      else if (!r.cells[c]?.empty && r.cells.some((x) => x.quantity)) return;
    }
    if (total.sub(target.value).abs().lte(new Decimal('0.005').mul(rows.length + 1))) n++;
  });
  return n;
}

/** The year's periods one after another, up to the row to come: `一季度`…`四季度`, `上半年`/`下半年` (a `全年` row their total). */
const PERIODS = [/^(第?一季度|1-3月)$/, /^(第?二季度|4-6月)$/, /^(第?三季度|7-9月)$/, /^(第?四季度|10-12月)$/];
function periodsBefore(rows: Row[]): boolean {
  const labels = rows.slice(-4).map((r) => r.label);
  const quarters = labels.length >= 4 && PERIODS.every((re, k) => re.test(labels[labels.length - 4 + k]));
  const halves = labels.length >= 2 && labels[labels.length - 2] === '上半年' && labels[labels.length - 1] === '下半年';
  return quarters || halves;
}
