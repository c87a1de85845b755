// The rows of a total-first 决算表 read from pdftotext text (report/row-streams.ts): a stream of figures, each row's
// total first, its blank cells dropped. From `-layout` text each line is a row. From plain text the rows are where
// the figures split into totals followed by their parts. When the whole stream splits so, every row holds; when it
// does so everywhere but in one stretch of at most a row's length, starting at one figure only, that stretch is a row
// whose figures do not add up. Otherwise nothing is said: a row start guessed wrong would blame a figure that is
// right. A 三公 table's group: sanGongGroup.
import type Decimal from 'decimal.js';
import type { Quantity, RowStream } from '../report/model';
import { grouped, moneyDecimals } from './format';
import { intervalOf, overlaps, sum, type Interval } from './interval';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { decimalSum } from './scaled';
import { t } from '../l10n';
import { shortSum } from './table-cells';

/** Fewer rows that add up than this, and the stream is not shown to be such a table. */
const MIN_ROWS = 2;

export function streamRows(stream: RowStream, out: RuleOutput, text: string): void {
  if (stream.sanGong) return sanGongGroup(stream, out);
  const v = stream.values;
  const spans = v.map((q) => intervalOf(q));
  /** Whether v[i] is the sum of the k − 1 figures after it. */
  const fits = (i: number, k: number) => overlaps(sum(spans.slice(i + 1, i + k)), spans[i]);
  const rows = stream.lineRows ? lineRows(stream.lineRows, v.length, stream.cut, fits) : splitRows(stream, fits);
  // (A total of nothing over parts that are something is a figure moved, not a slip: `0.00` printed before its row's
  // code, a helper's Calc 收入决算表.)
  if (!stream.lineRows && rows?.some(([i, j]) => !fits(i, j - i) && (v[i].value.isZero() || moved(text, v[i], v.slice(i + 1, j))))) return;
  for (const [i, j] of rows ?? []) rowRelation(stream, v[i], v.slice(i + 1, j), sum(spans.slice(i + 1, j)), out);
}

/**
 * Whether a row that does not add up may be short a figure pdftotext printed elsewhere (a helper's Calc 收入决算表: 初中
 * 教育's 57.92 a hundred and fifty lines on): what it lacks stands as a figure elsewhere in the text — or, over, is one
 * of its own figures (one moved in).
 */
function moved(text: string, total: Quantity, parts: Quantity[]): boolean {
  const sumOfParts = decimalSum(parts.map((q) => q.value));
  const gap = total.value.sub(sumOfParts);
  // (Or the row lost its total: `20,737,203.30 / 34,962,444.44`, the 合计 row of a helper's 05表 whose 55,699,647.74
  // pdftotext printed at the page's foot above — the first figure is a part, and the whole stands elsewhere.)
  if (printed(text, total.value.add(sumOfParts))) return true;
  if (gap.isNegative()) return parts.some((q) => q.value.eq(gap.neg()));
  return printed(text, gap);
}

/** Whether the amount stands as a two-place figure in the text (`1234.50` or `1,234.50`). */
function printed(text: string, amount: Decimal): boolean {
  const plain = amount.toFixed(2);
  return [plain, grouped(plain)].some((s) => new RegExp(`(^|[^\\d.,])${s.replace(/[.,]/g, '\\$&')}($|[^\\d])`).test(text));
}

/**
 * The rows a line each (`-layout`): those of two figures or more, when no fewer of them add up than not (and at
 * least MIN_ROWS do) — else the figures are not known to be such a table's.
 */
function lineRows(starts: number[], n: number, cut: boolean, fits: (i: number, k: number) => boolean): Array<[number, number]> | undefined {
  // (The last row of a cut stream may have lost figures.)
  const rows = starts.map((s, j): [number, number] => [s, starts[j + 1] ?? n]).filter(([i, j]) => j - i >= 2 && !(cut && j === n));
  const agreeing = rows.filter(([i, j]) => fits(i, j - i)).length;
  return agreeing >= MIN_ROWS && agreeing * 2 >= rows.length ? rows : undefined;
}

/** The rows of figures standing a line each (plain pdftotext): where they split into totals and parts (see the top). */
function splitRows(stream: RowStream, fits: (i: number, k: number) => boolean): Array<[number, number]> | undefined {
  const v = stream.values;
  const n = v.length;
  // `0.00` printed in every blank cell: as many figures in each row, the figures divided by the table's rows (its
  // 科目编码 and 合计) — fixed rows, when all of them but one at most add up.
  const width = stream.rows ? n / stream.rows : 0;
  if (Number.isInteger(width) && width >= 2 && width <= stream.columns) {
    const fixed = Array.from({ length: stream.rows! }, (_, r): [number, number] => [r * width, (r + 1) * width]);
    const broken = fixed.filter(([i, j]) => !fits(i, j - i)).length;
    if (broken <= 1 && fixed.length - broken >= MIN_ROWS) return fixed;
  }
  // (No figure is left out: one pdftotext moved elsewhere — `36.18` printed after the table's last row — leaves its row
  // short, and the figures do not split.)
  return rowsOf(stream, n, stream.rows, fits);
}

/** The rows of the first n figures, when they split into `expected` rows, all adding up or all but one. */
function rowsOf(stream: RowStream, n: number, expected: number | undefined, fits: (i: number, k: number) => boolean): Array<[number, number]> | undefined {
  const v = stream.values;
  const lengths = (i: number) => {
    const ks: number[] = [];
    for (let k = 2; k <= stream.columns && i + k <= n; k++) ks.push(k);
    return ks;
  };
  // from[p]: the start of a row ending at p on some split of v[0..p) into rows that add up (−1: none).
  const from = new Array<number>(n + 1).fill(-1);
  from[0] = 0;
  for (let i = 0; i < n; i++) if (from[i] >= 0) for (const k of lengths(i)) if (from[i + k] < 0 && fits(i, k)) from[i + k] = i;
  // to[j]: the length of a first row of some split of v[j..n) into rows that add up (0: none).
  const to = new Array<number>(n + 1).fill(0);
  to[n] = -1;
  for (let j = n - 1; j >= 0; j--) to[j] = lengths(j).find((k) => to[j + k] !== 0 && fits(j, k)) ?? 0;
  let broken: [number, number] | undefined;
  if (to[0] === 0) {
    const candidates: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) {
      // (A row's last blank printed `0.00` would start a row of its own that adds up to nothing.)
      if (from[i] < 0 || v[i].value.isZero()) continue;
      // (A stretch starting with a row that adds up is that row and a broken one after it.)
      for (const k of lengths(i)) {
        if (fits(i, k)) break;
        if (to[i + k] !== 0 && !(stream.cut && i + k === n)) candidates.push([i, i + k]);
      }
    }
    // `770.47 | 653.47 | 17.00` wrong, the next row `4,264.97 | 1,078.74 | 3,186.23` right: the stretch may also be
    // read as one longer row taking in the next. Its total is the same figure, and the shortest reading is the row.
    if (!candidates.length || candidates.some(([i]) => i !== candidates[0][0])) return undefined;
    broken = candidates.reduce((a, b) => (b[1] < a[1] ? b : a));
  }
  const rows: Array<[number, number]> = [];
  if (broken) {
    for (let p = broken[0]; p > 0; p = from[p]) rows.unshift([from[p], p]);
    rows.push(broken);
  }
  for (let j = broken ? broken[1] : 0; j < n; j += to[j]) rows.push([j, j + to[j]]);
  // (Rows of figures given a column at a time make other "rows" that add up: then the count is off.)
  if (rows.length - (broken ? 1 : 0) < MIN_ROWS || rows.length !== expected) return undefined;
  return rows;
}

function rowRelation(stream: RowStream, stated: Quantity, parts: Quantity[], expected: Interval, out: RuleOutput): void {
  relation(out, {
    ruleId: 'table-total',
    stated,
    label: `本行·${stream.total}`,
    operands: parts.map((q) => ({ label: '', value: q.value, unit: q.unit, span: q.span })),
    formula: shortSum(parts.map((q) => q.raw)),
    computed: decimalSum(parts.map((q) => q.value)),
    expected,
    decimals: moneyDecimals(...parts.map((q) => q.decimals)),
    unit: stated.unit,
    note: t('此表按 PDF 文本读出，空栏不显示，只核对每行合计与其后各数之和；错的也可能是其后某数'),
    noFix: true,
  });
}

/** The 三公 table's slots, in order: 出国, 车小计, 购置, 运行, 接待. */
const SLOTS = ['因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费'];

/**
 * `合计 50.55 | 4.29 | 30.41 | 30.41 | 15.85`, a blank 购置 dropped: the figures after the 合计 fill the slots in order,
 * some left out (blank, 0). Every filling where 车小计 = 购置 + 运行 (where the table has those columns) is tried; the
 * 合计 is checked when they all give the same 出国 + 车小计 + 接待 — holding if any does.
 */
function sanGongGroup(stream: RowStream, out: RuleOutput): void {
  const [total, ...rest] = stream.values;
  // Every cell printed: each figure's column is known, and the 车 小计 is checked against its 购置 and 运行 too.
  if (stream.columns === SLOTS.length + 1 && rest.length === SLOTS.length) return fullGroup(total, rest, out);
  const fillings: Array<Array<Quantity | undefined>> = [];
  for (let mask = 0; mask < 1 << SLOTS.length; mask++) {
    const slots: Array<Quantity | undefined> = [];
    let next = 0;
    for (let k = 0; k < SLOTS.length; k++) slots.push(mask & (1 << k) ? rest[next++] : undefined);
    if (next !== rest.length) continue;
    const [, car, buy, run] = slots;
    const carParts = [buy, run].filter((q): q is Quantity => !!q);
    // (A table without the 购置 and 运行 columns has the 车 figure alone.)
    if (stream.columns < SLOTS.length + 1 ? carParts.length > 0 : car ? !overlaps(sum(carParts.map((q) => intervalOf(q))), intervalOf(car)) : carParts.length > 0) continue;
    fillings.push(slots);
  }
  if (!fillings.length) return;
  const terms = (slots: Array<Quantity | undefined>) => [0, 1, 4].map((k) => slots[k]).filter((q): q is Quantity => !!q);
  const holding = fillings.find((f) => overlaps(sum(terms(f).map((q) => intervalOf(q))), intervalOf(total)));
  const sums = new Set(fillings.map((f) => decimalSum(terms(f).map((q) => q.value)).toString()));
  if (!holding && sums.size !== 1) return;
  const slots = holding ?? fillings[0];
  const parts = terms(slots);
  if (!parts.length) return;
  sanGongSum(out, total, '“三公”经费·合计', parts, slots);
}

/** A group of all six cells: 车小计 = 购置 + 运行, 合计 = 出国 + 车小计 + 接待. */
function fullGroup(total: Quantity, slots: Quantity[], out: RuleOutput): void {
  const [abroad, car, buy, run, host] = slots;
  sanGongSum(out, car, `“三公”经费·${SLOTS[1]}`, [buy, run], slots);
  sanGongSum(out, total, '“三公”经费·合计', [abroad, car, host], slots);
}

/** `stated` is the sum of `parts`, each named by its slot among `slots`. */
function sanGongSum(out: RuleOutput, stated: Quantity, label: string, parts: Quantity[], slots: Array<Quantity | undefined>): void {
  relation(out, {
    ruleId: 'table-total',
    stated,
    label,
    operands: parts.map((q) => ({ label: SLOTS[slots.indexOf(q)], value: q.value, unit: q.unit, span: q.span })),
    formula: shortSum(parts.map((q) => `${SLOTS[slots.indexOf(q)]} ${q.raw}`)),
    computed: decimalSum(parts.map((q) => q.value)),
    expected: sum(parts.map((q) => intervalOf(q))),
    decimals: moneyDecimals(...parts.map((q) => q.decimals)),
    unit: stated.unit,
  });
}
