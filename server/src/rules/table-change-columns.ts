// A table with two years side by side and their change (qt-changning-czj-2015, the 三公 统计表 of 决算 reports):
// `2014年决算数 | 2015年决算数 | 增、减额 | 增、减幅度`. Each row's 增减额 is this year − last year, and its 增减幅度 the
// 增减额 over last year (a header spread over two rows is joined by the reader, report/pipe-cells.ts). Told only when
// the table is read surely — most of its rows' relations hold.
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

const PRIOR = /^(上年|去年|同期|上年同期|上期)(数|决算数?|预算数?|执行数?|完成数?)?$/;
const CURRENT = /^(本年|今年|本期|当年)(数|决算数?|预算数?|执行数?|完成数?)?$/;

export function changeColumns(tables: Table[], out: RuleOutput): void {
  for (const table of tables) for (const spec of sureSpecs(table)) relation(out, spec);
}

/** The relations of a table read surely (most of them hold), or none. */
function sureSpecs(table: Table): RelationSpec[] {
  const names = namesOf(table);
  const groups = groupsOf(names);
  const specs: RelationSpec[] = [];
  for (const row of table.rows) for (const g of groups) specs.push(...rowSpecs(row, g, names));
  const holding = specs.filter(holds).length;
  return holding < SURE * specs.length ? [] : specs;
}

const holds = (s: RelationSpec) => overlaps(s.expected, s.statedInterval ?? intervalOf(s.stated));

/** A row's change and its rate, both printed and the rate right by the row's own figures. */
export interface ChangeRow {
  row: Row;
  change: Quantity;
  rate: Quantity;
  /** The rate column's header (`增、减幅度`). */
  rateName: string;
}

/** The rows of a surely read table whose 增减额 and 增减幅度 are both printed and whose rate holds. */
export function changeRows(table: Table): ChangeRow[] {
  const names = namesOf(table);
  const groups = groupsOf(names);
  if (!sureSpecs(table).length) return [];
  const rows: ChangeRow[] = [];
  for (const row of table.rows)
    for (const g of groups) {
      if (g.change === undefined || g.rate === undefined) continue;
      const change = figure(row.cells[g.change]);
      const rate = figure(row.cells[g.rate]);
      const specs = rowSpecs(row, g, names);
      if (change && rate && change.unit !== '%' && specs.length === 2 && specs.every(holds)) rows.push({ row, change, rate, rateName: names[g.rate] });
    }
  return rows;
}

const clean = (s: string | undefined) => (s ?? '').replace(/[\s\u3000]/g, '');

/** The column headers, one per cell of the widest row. */
function namesOf(table: Table): string[] {
  const names = table.columns.map((c) => clean(c.headerCell?.text ?? c.header));
  const width = Math.max(names.length, ...table.rows.map((r) => r.cells.length));
  while (names.length < width) names.push('');
  return names;
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
  } else if (dated.length === 3 && Number(years[dated[1]]) - Number(years[dated[0]]) === 1 && Number(years[dated[2]]) - Number(years[dated[1]]) === 1) {
    // `项目 | 2021年 | 2022年 | 2023年 | 增长率` (gongxin-2023-yuan, `注：增长率为2023年较2022年的增减幅度`): three years in
    // order, the change after them of the latest two.
    groups.push({ prior: dated[1], current: dated[2] });
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

/** A cell's figure, when it holds one (not blank). */
export const figure = (cell: Cell | undefined): Quantity | undefined => (cell && !cell.empty && cell.quantity ? cell.quantity : undefined);

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
        ...(rate.unit === '%' ? {} : { statedInterval: intervalOf({ ...rate, kind: 'percent' }) }),
      });
    }
  }
  return specs;
}

/** A figure as an operand under the name its row and column give it. */
export const operand = (q: Quantity, label: string) => ({ label, value: q.value, unit: q.unit, span: q.span });
