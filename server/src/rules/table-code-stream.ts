// A total-first 决算表 as plain pdftotext prints a Word table a row at a time (report/row-streams.ts, codedRows): each
// row's 科目编码, its name, then its figures, blank cells dropped. The codes give what the figures alone do not: which
// rows are a 类's 款 and a 款's 项. So besides each row's total = the sum of its other figures, a parent's total is its
// children's, and a column's figure is its children's in that column where the parent and all its children print as
// many figures as the 合计 row (then they stand in the same columns: a column blank in the 合计 row is blank in all).
//
// Which figure is wrong is said only when it is certain: the one figure in two relations that fail, in none that
// holds, and for which each failing relation gives the same right value. Otherwise nothing (a figure pdftotext moved
// makes relations fail too, without any figure being wrong).
import type Decimal from 'decimal.js';
import type { Quantity, RowStream } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { intervalOf, overlaps, sub, sum, type Interval } from './interval';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { decimalSum } from './scaled';
import { shortSum } from './table-cells';

interface CodedRow {
  code: string;
  figures: number[];
}

/** A relation among the stream's figures: `total` = Σ `parts` (indices into the stream's values), of a row or of a
 * parent's children in one column. */
interface Sum {
  total: number;
  parts: number[];
  children: boolean;
}

/** Whether the stream was read here (else table-row-stream.ts reads it as figures only). */
export function codedStream(stream: RowStream, out: RuleOutput): boolean {
  const rows = rowsOf(stream);
  // (A row of more figures than the 合计's: the 合计 row has lost a figure — one moved elsewhere by pdftotext — and its
  // first figure may not be its total. Nothing is said of such a table.)
  if (rows === 'wider') return true;
  if (!rows) return false;
  const v = stream.values;
  const spans = v.map((q) => intervalOf(q));
  const sums = sumsOf(rows, stream.cut, !!stream.closed, spans);
  if (!sums) return false;
  const holds = sums.map((s) => overlaps(spans[s.total], sum(s.parts.map((p) => spans[p]))));
  // A figure in a relation that holds is right; the wrong one is in failing relations only, at least two.
  const inHolding = new Set<number>();
  const failing = new Map<number, Sum[]>();
  sums.forEach((s, k) => {
    for (const x of [s.total, ...s.parts]) {
      if (holds[k]) inHolding.add(x);
      else failing.set(x, [...(failing.get(x) ?? []), s]);
    }
  });
  // Each wrong figure with the first relation that says so.
  const blamed = new Map<number, Sum>();
  for (const [x, all] of failing) {
    if (inHolding.has(x) || all.length < 2) continue;
    const rights = all.map((s) => rightFor(x, s, spans));
    // (Right at nothing: the figure does not belong in the row — one pdftotext moved in from another, a page on.)
    if (!rights.every((r) => overlaps(r, rights[0]) && r.lo.isPositive())) continue;
    // (Its right value printed elsewhere in the table, in no relation that holds: the figure moved — a row's total
    // pdftotext put in the next row, its first part left standing first.)
    const near = new Set(all.flatMap((s) => [s.total, ...s.parts]));
    if (v.some((_, y) => !near.has(y) && !inHolding.has(y) && overlaps(spans[y], rights[0]))) continue;
    blamed.set(x, all[0]);
  }
  sums.forEach((s, k) => {
    if (holds[k]) checked(stream, s, out);
  });
  for (const [x, s] of [...blamed].sort((a, b) => a[0] - b[0])) tell(stream, s, x, out);
  return true;
}

/** The rows by their codes, when each code's parent stands above it and no row holds more figures than the 合计's. */
function rowsOf(stream: RowStream): CodedRow[] | 'wider' | undefined {
  const starts = stream.codedRows;
  if (!starts) return undefined;
  const rows = starts.map(({ start, code }, r): CodedRow => {
    const end = starts[r + 1]?.start ?? stream.values.length;
    return { code, figures: Array.from({ length: end - start }, (_, i) => start + i) };
  });
  const width = rows[0].figures.length;
  if (rows.some((r) => r.figures.length > width)) return 'wider';
  return width < 2 ? undefined : rows;
}

/** Each row's total = its other figures; each parent's total its children's, and each column's where they are placed. */
function sumsOf(rows: CodedRow[], cut: boolean, closed: boolean, spans: Interval[]): Sum[] | undefined {
  const sums: Sum[] = [];
  // (The last row of a cut stream may have lost figures: its total is still its first.)
  const whole = (r: CodedRow) => !(cut && r === rows[rows.length - 1]);
  for (const r of rows) if (r.figures.length >= 2 && whole(r)) sums.push({ total: r.figures[0], parts: r.figures.slice(1), children: false });
  const children = new Map<CodedRow, CodedRow[]>();
  const last = new Map<string, CodedRow>([['', rows[0]]]);
  for (const r of rows.slice(1)) {
    const parent = last.get(parentCode(r.code));
    if (!parent || parent.code.length + (parent.code ? 2 : 3) !== r.code.length) return undefined;
    children.set(parent, [...(children.get(parent) ?? []), r]);
    last.set(r.code, r);
  }
  // Each figure's column, where known: a row of as many figures as the 合计's has them in its columns (a column blank
  // in the 合计 is blank in every row); another child's, placed under its parent's.
  const width = rows[0].figures.length;
  const columns = new Map<CodedRow, number[]>(rows.filter((r) => r.figures.length === width && whole(r)).map((r) => [r, r.figures.map((_, c) => c)]));
  // (Unless the table's note follows, the table may go on past the stream — the 合计 and the last row's 类 and 款
  // may have children not in it.)
  const open = (r: CodedRow) => !closed && rows[rows.length - 1].code.startsWith(r.code);
  for (const [parent, kids] of children) {
    if (open(parent)) continue;
    sums.push({ total: parent.figures[0], parts: kids.map((k) => k.figures[0]), children: true });
    const known = columns.get(parent);
    const placed = known && kids.every(whole) ? place(parent, known, kids, spans) : undefined;
    if (!known || !placed) continue;
    kids.forEach((k, i) => columns.set(k, placed[i]));
    known.forEach((c, f) => {
      if (f === 0) return;
      const parts = kids.flatMap((k, i) => placed[i].flatMap((kc, kf) => (kc === c ? [k.figures[kf]] : [])));
      sums.push({ total: parent.figures[f], parts, children: true });
    });
  }
  return sums;
}

/** Most ways of placing a parent's children's figures that are tried. */
const MAX_PLACINGS = 4096;

/**
 * The columns of each child's figures under a parent whose columns are known: its total in the first, its other
 * figures in the parent's other columns, in order. Of the ways to place them, the one under which the parent's
 * columns add up, all or all but one — when no other way does as well. Undefined when none or two do.
 */
function place(parent: CodedRow, known: number[], kids: CodedRow[], spans: Interval[]): number[][] | undefined {
  const slots = known.slice(1);
  // (A child of its total alone has lost its other figures.)
  if (kids.some((k) => k.figures.length < 2 || k.figures.length - 1 > slots.length)) return undefined;
  const options = kids.map((k) => choices(slots, k.figures.length - 1));
  if (options.reduce((n, o) => n * o.length, 1) > MAX_PLACINGS) return undefined;
  let best: number[][] | undefined;
  let bestScore = -1;
  let ties = 0;
  const pick: number[][] = [];
  const score = () =>
    slots.filter((c, j) => {
      const parts = kids.flatMap((k, i) => pick[i].flatMap((kc, kf) => (kc === c ? [spans[k.figures[kf + 1]]] : [])));
      return overlaps(spans[parent.figures[j + 1]], sum(parts));
    }).length;
  const walk = (i: number): void => {
    if (i === kids.length) {
      const s = score();
      if (s > bestScore) [best, bestScore, ties] = [pick.map((p) => [0, ...p]), s, 0];
      else if (s === bestScore) ties++;
      return;
    }
    for (const o of options[i]) {
      pick[i] = o;
      walk(i + 1);
    }
  };
  walk(0);
  return best && !ties && bestScore >= slots.length - 1 ? best : undefined;
}

/** The ways to choose n of the slots, in order. */
function choices(slots: number[], n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (let i = 0; i + n <= slots.length; i++) for (const rest of choices(slots.slice(i + 1), n - 1)) out.push([slots[i], ...rest]);
  return out;
}

/** 类 `205` → the 合计 row (''), 款 `20501` → `205`, 项 `2050101` → `20501`. */
function parentCode(code: string): string {
  return code.length <= 3 ? '' : code.slice(0, code.length - 2);
}

/** The value figure x must have for s to hold. */
function rightFor(x: number, s: Sum, spans: Interval[]): Interval {
  if (x === s.total) return sum(s.parts.map((p) => spans[p]));
  return sub(spans[s.total], sum(s.parts.filter((p) => p !== x).map((p) => spans[p])));
}

function checked(stream: RowStream, s: Sum, out: RuleOutput): void {
  const v = stream.values;
  const parts = s.parts.map((p) => v[p]);
  relation(out, {
    ruleId: 'table-total',
    stated: v[s.total],
    label: s.children ? t('本科目本栏') : `本行·${stream.total}`,
    operands: parts.map(operand),
    formula: shortSum(parts.map((q) => q.raw)),
    computed: decimalSum(parts.map((q) => q.value)),
    expected: sum(parts.map((q) => intervalOf(q))),
    decimals: moneyDecimals(...parts.map((q) => q.decimals)),
    unit: v[s.total].unit,
    note: s.children ? t('应等于其下级科目之和（按科目编码）') : undefined,
  });
}

/** The finding on figure x, wrong in s (and in another relation giving it the same value). */
function tell(stream: RowStream, s: Sum, x: number, out: RuleOutput): void {
  if (x === s.total) return checked(stream, s, out);
  const v = stream.values;
  const others = s.parts.filter((p) => p !== x).map((p) => v[p]);
  const total = v[s.total];
  const computed: Decimal = total.value.sub(decimalSum(others.map((q) => q.value)));
  relation(out, {
    ruleId: 'table-total',
    stated: v[x],
    label: t('本项'),
    operands: [operand(total), ...others.map(operand)],
    formula: [total.raw, ...others.map((q) => q.raw)].join(' − '),
    computed,
    expected: sub(intervalOf(total), sum(others.map((q) => intervalOf(q)))),
    decimals: moneyDecimals(total.decimals, ...others.map((q) => q.decimals)),
    unit: v[x].unit,
    note: t('按科目编码核对：本行各数与上下级科目都给出此值'),
  });
}

function operand(q: Quantity) {
  return { label: '', value: q.value, unit: q.unit, span: q.span };
}
