// The 三公 items the prose states for the report's year, and again in a table with a row per year
// (pd-qujiang-sangong-2016): `“三公”经费决算数2364万元…公车购置及运行费995万元(其中公务用车购置费38万元…)` over
// `年度 | 合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 | 车辆购置 | 车辆运行` / `2016年 | 2364 | 12 | 1356 | 996 | 37 | 959`.
// One amount printed twice at one precision must be the same digits (domain.md), whole 万元 or not. The table names no
// unit and its columns other names than the prose: the two are compared only where most items agree to the digit,
// which says the row and the prose speak of the same amounts.
import type { Quantity, Report, Row, Table } from '../report/model';
import { t } from '../l10n';
import { point } from './interval';
import { proseFigures } from './prose-index';
import { isYear } from './restated';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { amount, cellName, cellOperand } from './table-cells';

type Item = 'total' | 'abroad' | 'reception' | 'car' | 'buy' | 'run';

/** The 三公 item a name speaks of, or none. */
function itemOf(name: string): Item | undefined {
  const n = name.replace(/[\s\u3000“”"‘’']/g, '');
  if (/因公出国/.test(n)) return 'abroad';
  if (/公务接待/.test(n)) return 'reception';
  if (/购置及运行/.test(n)) return 'car';
  if (/(公务用车|公车|车辆)购置/.test(n) && !/运行/.test(n)) return 'buy';
  if (/(公务用车|公车|车辆)运行/.test(n) && !/购置/.test(n)) return 'run';
  if (/三公/.test(n)) return 'total';
  return undefined;
}

const YEAR_ROW = /^((?:19|20)\d\d)年度?(决算数?)?$/;
/** A figure said against another year or as a change, or a budget: not the year's amount of the item. */
const NOT_THE_AMOUNT = /上年|去年|同期|比|较|增|减|下降|预算|安排|控制/;
/** Items that must agree to the digit before a disagreeing one is told: the row is then surely the prose's. */
const AGREEING = 3;

export function sanGongYearRows(report: Report, out: RuleOutput, reportYear: string | undefined): void {
  if (!reportYear) return;
  const tables = report.tables.filter((table) => table.columns.filter((c) => itemOf(c.header)).length >= 3);
  if (!tables.length) return;
  const said = saidItems(report, reportYear);
  if (said.size < AGREEING) return;
  for (const table of tables) {
    const row = table.rows.find((r) => YEAR_ROW.exec(r.label)?.[1] === reportYear);
    if (!row) continue;
    const pairs = pairsOf(table, row, said);
    const agreeing = pairs.filter(({ q, cell }) => q.value.eq(cell.value)).length;
    if (agreeing < AGREEING || agreeing < pairs.length - agreeing) continue;
    for (const { q, cell, col } of pairs) {
      relation(out, {
        ruleId: 'same-figure',
        stated: q,
        label: q.label.replace(/^[（(]?(其中[:：]?)?/, ''),
        operands: [cellOperand(row, col, cell)],
        formula: t('表中{0} {1}', cellName(row, col), cell.raw),
        computed: cell.value,
        expected: point(cell.value),
        statedInterval: point(q.value),
        decimals: Math.max(q.decimals, cell.decimals),
        unit: q.unit,
      });
    }
  }
}

/** Each item's one amount in the prose for the year (an item said with two amounts is left out). */
function saidItems(report: Report, reportYear: string): Map<Item, Quantity> {
  const said = new Map<Item, Quantity | null>();
  let year: { sentence: unknown; year?: string } | undefined;
  for (const { q, sentence } of proseFigures(report)) {
    if (year?.sentence !== sentence) year = { sentence };
    if (isYear(q) && !year.year) year.year = q.raw;
    if (q.kind !== 'money' || q.incidental || q.unit !== '万元' || (year.year && year.year !== reportYear)) continue;
    // (`一般公共预算安排“三公”经费决算数`: the fund's name, no budget.)
    if (NOT_THE_AMOUNT.test(q.label.replace(/一般公共预算(财政拨款)?(安排)?/g, ''))) continue;
    const item = itemOf(q.label);
    if (!item) continue;
    const before = said.get(item);
    said.set(item, before === undefined || (before && before.value.eq(q.value)) ? (before ?? q) : null);
  }
  const items = new Map<Item, Quantity>();
  for (const [item, q] of said) if (q) items.set(item, q);
  return items;
}

function pairsOf(table: Table, row: Row, said: Map<Item, Quantity>) {
  const pairs: Array<{ q: Quantity; cell: Quantity; col: Table['columns'][number] }> = [];
  const taken = new Set<Item>();
  for (const col of table.columns) {
    const item = /^合计$/.test(col.header) ? 'total' : itemOf(col.header);
    const q = item && said.get(item);
    const cell = amount(row, col);
    if (!item || !q || !cell || cell.unit === '%' || (cell.unit && cell.unit !== q.unit)) continue;
    // (Two columns of one item: which is meant cannot be told.)
    if (taken.has(item)) return [];
    taken.add(item);
    pairs.push({ q, cell, col });
  }
  return pairs;
}
