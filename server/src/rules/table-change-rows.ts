// A table with a row per year and a row of their change under them (pd-qujiang-sangong-2016, a 三公 statement's
// `2016年决算数与2015年决算数对比情况`):
//
//   年度 | 合计 | 因公出国(境)经费 | 公务接待费 | …
//   2015年 | 2840 | 90 | 1400 | …
//   2016年 | 2364 | 12 | 1356 | …
//   2016年比2015年增减% | -16.77 | -86.62 | -3.14 | …
//
// Each cell of the change row is the later year's over the earlier one's, less one, in per cent. Told only when the
// table is read surely: most of the row's cells hold (the columns' tables of two years: table-change-columns.ts).
import Decimal from 'decimal.js';
import type { Row, Table } from '../report/model';
import { div, intervalOf, overlaps, point, scale, sub, type Interval } from './interval';
import { relation, type RelationSpec } from './relation';
import type { RuleOutput } from './rule';
import { figure, operand } from './table-change-columns';

const YEAR_ROW = /^((?:19|20)\d\d)年度?(决算数?|预算数?|执行数?)?$/;
/** `2016年比2015年增减%`, `增减率`, `增长幅度（%）`: a row of rates of change. */
const RATE_ROW = /增[、/]?减(幅度|率|%|％|比例)|增长(率|幅度)|增幅|变动率|增减[（(]?[%％]/;
// A table read with shifted columns fails nearly every cell; a slip or two fails a few.
const SURE = 0.5;
const HUNDRED = new Decimal(100);

export function changeRows(table: Table, out: RuleOutput): void {
  const rows = table.rows;
  for (let r = 2; r < rows.length; r++) {
    if (!RATE_ROW.test(rows[r].label)) continue;
    const [before, now] = [rows[r - 2], rows[r - 1]];
    const years = [before, now].map((row) => YEAR_ROW.exec(row.label)?.[1]);
    if (!years[0] || !years[1] || Number(years[1]) - Number(years[0]) !== 1) continue;
    const specs = table.columns.flatMap((_, i) => spec(table, rows[r], before, now, i) ?? []);
    const holding = specs.filter((s) => overlaps(s.expected, s.statedInterval ?? intervalOf(s.stated))).length;
    if (specs.length < 2 || holding < SURE * specs.length) continue;
    for (const s of specs) relation(out, s);
  }
}

function spec(table: Table, rateRow: Row, before: Row, now: Row, i: number): RelationSpec | undefined {
  const rate = figure(rateRow.cells[i]);
  const a = figure(before.cells[i]);
  const b = figure(now.cells[i]);
  if (!rate || !a || !b || a.unit === '%' || b.unit === '%' || a.value.lte(0) || b.value.lt(0)) return undefined;
  // now ÷ before − 1 over the two figures' roundings (not (now − before) ÷ before: the two would be taken apart as
  // if the earlier year could be rounded one way in the difference and another in the divisor).
  const ratio = div(intervalOf(b), intervalOf(a));
  if (!ratio) return undefined;
  const name = table.columns[i]?.header ?? '';
  // A rate printed bare in a row named `…增减%` is still a rounded percentage (one off in its last digit: a warning).
  const stated = rate.unit === '%' ? rate : { ...rate, kind: 'percent' as const, unit: '%' };
  return {
    ruleId: 'table-row-formula',
    stated,
    label: `${rateRow.label}·${name}`,
    operands: [operand(b, `${now.label}·${name}`), operand(a, `${before.label}·${name}`)],
    formula: `(${b.raw} − ${a.raw}) ÷ ${a.raw}`,
    computed: b.value.sub(a.value).div(a.value).mul(HUNDRED),
    expected: scale(sub(ratio, point(1)), HUNDRED) as Interval,
    decimals: Math.max(1, rate.decimals),
    unit: '%',
  };
}

