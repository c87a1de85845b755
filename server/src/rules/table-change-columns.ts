// A table with two years side by side and their change (qt-changning-czj-2015, the 三公 统计表 of 决算 reports):
// `2014年决算数 | 2015年决算数 | 增、减额 | 增、减幅度`. Each row's 增减额 is this year − last year, and its 增减幅度 the
// 增减额 over last year. The header is often spread over two rows (`2015年决算比上年增、减情况` over `增、减额 | 增、减幅度`,
// the second row flattened to the left): read here from both. Told only when the table is read surely — most of its
// rows' relations hold.
import Decimal from 'decimal.js';
import type { Cell, Quantity, Row, Table } from '../report/model';
import { moneyDecimals } from './format';
import { div, intervalOf, overlaps, scale, sub, type Interval } from './interval';
import { relation, type RelationSpec } from './relation';
import type { RuleOutput } from './rule';

const YEAR = /(20\d\d)\s*年/;
const CHANGE = /增[、/]?减(额|数|金额)$|增减额|增减数|增加额|^增[、/]?减$/;
const RATE = /增[、/]?减(幅度|率|%|比例)|增长率|增幅|变动率/;
// A table read with shifted columns fails nearly every row; a slip or two fails a few.
const SURE = 0.5;

interface Group {
  prior: number;
  current: number;
  change?: number;
  rate?: number;
}

interface Layout {
  groups: Group[];
  names: string[];
  /** Rows of the header spread into the body, skipped. */
  skip: Set<Row>;
}

const PRIOR = /^(上年|去年|同期|上年同期|上期)(数|决算数?|预算数?|执行数?|完成数?)?$/;
const CURRENT = /^(本年|今年|本期|当年)(数|决算数?|预算数?|执行数?|完成数?)?$/;

export function changeColumns(tables: Table[], out: RuleOutput): void {
  for (const table of tables) {
    const layout = layoutOf(table);
    if (!layout) continue;
    const specs: RelationSpec[] = [];
    for (const row of table.rows) if (!layout.skip.has(row)) for (const g of layout.groups) specs.push(...rowSpecs(row, g, layout.names));
    if (!specs.length) continue;
    const holding = specs.filter((s) => overlaps(s.expected, s.statedInterval ?? intervalOf(s.stated))).length;
    if (holding < SURE * specs.length) continue;
    for (const spec of specs) relation(out, spec);
  }
}

const clean = (s: string | undefined) => (s ?? '').replace(/[\s\u3000]/g, '');

function layoutOf(table: Table): Layout | undefined {
  const names = table.columns.map((c) => clean(c.headerCell?.text ?? c.header));
  const width = Math.max(names.length, ...table.rows.map((r) => r.cells.length));
  while (names.length < width) names.push('');
  const skip = new Set<Row>();
  // A second header row: no figure in it, and words where the first row has a merged cell and blanks after it.
  const second = table.rows[0];
  if (second && second.cells.every((c) => !c.quantity || c.empty) && second.cells.some((c) => CHANGE.test(clean(c.text)) || RATE.test(clean(c.text)))) {
    const words = second.cells.map((c) => clean(c.text)).filter((w) => w);
    const merged = names.findIndex((n, i) => n && i + words.length <= width && names.slice(i + 1, i + words.length).every((m) => !m) && /增|减|变动|比较|情况/.test(n));
    if (merged < 0) return undefined;
    words.forEach((w, k) => (names[merged + k] = w));
    skip.add(second);
  }
  return { groups: groupsOf(names), names, skip };
}

/**
 * The (last year, this year, change, rate) groups of the header, left to right: two consecutive years
 * (`2014年决算数`, `2015年决算数`) or 同期/本期, then the change and rate columns after them.
 */
function groupsOf(names: string[]): Group[] {
  const groups: Group[] = [];
  const years = names.map((n) => (CHANGE.test(n) || RATE.test(n) ? undefined : YEAR.exec(n)?.[1]));
  const dated = years.map((y, i) => (y ? i : -1)).filter((i) => i >= 0);
  if (dated.length === 2 && Number(years[dated[1]]) - Number(years[dated[0]]) === 1) {
    groups.push({ prior: dated[0], current: dated[1] });
  } else if (dated.length === 2 && Number(years[dated[0]]) - Number(years[dated[1]]) === 1) {
    groups.push({ prior: dated[1], current: dated[0] });
  } else if (dated.length === 0) {
    let prior = -1;
    let current = -1;
    names.forEach((n, i) => {
      if (PRIOR.test(n)) prior = i;
      else if (CURRENT.test(n)) current = i;
      else if ((CHANGE.test(n) || RATE.test(n)) && prior >= 0 && current >= 0 && !groups.some((g) => g.prior === prior)) groups.push({ prior, current });
    });
  }
  for (const g of groups) {
    const after = Math.max(g.prior, g.current);
    const next = groups.find((h) => Math.min(h.prior, h.current) > after);
    const end = next ? Math.min(next.prior, next.current) : names.length;
    for (let i = after + 1; i < end; i++) {
      if (g.change === undefined && CHANGE.test(names[i])) g.change = i;
      else if (g.rate === undefined && RATE.test(names[i])) g.rate = i;
    }
  }
  return groups.filter((g) => g.change !== undefined || g.rate !== undefined);
}

const figure = (cell: Cell | undefined): Quantity | undefined => (cell && !cell.empty && cell.quantity ? cell.quantity : undefined);

function rowSpecs(row: Row, l: Group, names: string[]): RelationSpec[] {
  const before = figure(row.cells[l.prior]);
  const now = figure(row.cells[l.current]);
  if (!before || !now || before.unit === '%' || now.unit === '%') return [];
  const name = row.label || '本行';
  const specs: RelationSpec[] = [];
  const diff = sub(intervalOf(now), intervalOf(before));
  const change = l.change !== undefined ? figure(row.cells[l.change]) : undefined;
  if (change && change.unit !== '%') {
    specs.push({
      ruleId: 'table-row-formula',
      stated: change,
      label: `${name}·${names[l.change!]}`,
      operands: [operand(now, `${name}·${names[l.current]}`), operand(before, `${name}·${names[l.prior]}`)],
      formula: `${names[l.current]} ${now.raw} − ${names[l.prior]} ${before.raw}`,
      computed: now.value.sub(before.value),
      expected: diff,
      decimals: moneyDecimals(now.decimals, before.decimals, change.decimals),
      unit: change.unit,
    });
  }
  const rate = l.rate !== undefined ? figure(row.cells[l.rate]) : undefined;
  if (rate && !before.value.isZero()) {
    const ratio = div(diff, intervalOf(before));
    if (ratio) {
      specs.push({
        ruleId: 'table-row-formula',
        stated: rate,
        label: `${name}·${names[l.rate!]}`,
        operands: [operand(now, `${name}·${names[l.current]}`), operand(before, `${name}·${names[l.prior]}`)],
        formula: `(${now.raw} − ${before.raw}) ÷ ${before.raw}`,
        computed: now.value.sub(before.value).div(before.value).mul(100),
        expected: scale(ratio, new Decimal(100)) as Interval,
        decimals: Math.max(1, rate.decimals),
        unit: rate.unit === '%' ? '%' : '',
        // A rate printed bare under `增减率%` is still a rounded percentage, not an exact count.
        ...(rate.unit === '%' ? {} : { statedInterval: printed(rate) }),
      });
    }
  }
  return specs;
}

/** The interval a figure printed with its decimals stands for. */
function printed(q: Quantity): Interval {
  const half = new Decimal(10).pow(-q.decimals).div(2);
  return { lo: q.value.sub(half), hi: q.value.add(half) };
}

const operand = (q: Quantity, label: string) => ({ label, value: q.value, unit: q.unit, span: q.span });
