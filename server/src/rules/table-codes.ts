// A 部门决算 table whose rows are known by their 功能分类科目编码 (generated 部门决算, test/fixtures/juesuan-2023-*):
// `合计` first, then 类 (3 digits), 款 (5 digits, under the 类 it starts with), 项 (7 digits, under its 款). The 合计 is
// the sum of the 类 rows, each 类 of its 款, each 款 of its 项 — column by column. The header of such a table is often
// spread over two rows and its level shows only in the code, so it is read here from the codes alone (in a column of
// their own, or opening the name: `201一般公共服务支出`), and only when the table is read surely: codes that nest, and
// most sums holding. Such a table's rows are not summed flat into its 合计 (table-total.ts).
import Decimal from 'decimal.js';
import type { Cell, Quantity, Row, Table } from '../report/model';
import { moneyDecimals } from './format';
import { intervalOf, overlaps, sum } from './interval';
import { relation, type RelationSpec } from './relation';
import type { RuleOutput } from './rule';
import { shortSum } from './table-cells';

const CODE = /^\d{3}(\d{2}){0,2}$/;
const TOTAL = /^(合计|总计)$/;
/** Share of the sums that must hold before the table counts as read surely; else its sums are not told. */
const SURE = 0.75;

interface Coded {
  row: Row;
  code: string;
  name: string;
}

export function codedTables(tables: Table[], out: RuleOutput): void {
  for (const table of tables) checkTable(table, out);
}

const textOf = (cell: Cell | undefined) => (cell?.text ?? '').replace(/[\s\u3000]/g, '');

/** `201一般公共服务支出`, `  20101 人大事务`: a code written into its name's cell. */
const CODE_IN_NAME = /^(\d{3}(?:\d{2}){0,2})(?!\d)(\D.*)$/;

/**
 * The rows of a table known by its 科目编码 (in a column of their own, or opening the name's cell) and its one 合计,
 * when the codes nest: each 款 under the 类 it starts with, each 项 under its 款, in order. Undefined otherwise.
 * The flat sums of table-total do not apply to such a table: its 合计 is of the 类 rows only.
 */
export function codedRows(table: Table): { coded: Coded[]; total: Row; nameAt: number } | undefined {
  const coded: Coded[] = [];
  let total: Row | undefined;
  let nameAt = 1;
  for (const row of table.rows) {
    const code = textOf(row.cells[0]);
    const inName = CODE_IN_NAME.exec(code);
    // (`21208` alone where the other rows read `201 一般公共服务支出`: its name wrapped around its line in a PDF.)
    if (CODE.test(code) && nameAt === 0 && coded.length) coded.push({ row, code, name: '' });
    else if (CODE.test(code)) {
      const name = textOf(row.cells[1]);
      // (A blank name beside figures: the layout wrapped it away from the code's line.)
      if ((!name && !row.cells.some((c) => c.quantity)) || /\d/.test(name)) return undefined;
      coded.push({ row, code, name });
    } else if (inName && !/\d/.test(inName[2])) {
      nameAt = 0;
      coded.push({ row, code: inName[1], name: inName[2] });
    } else if (TOTAL.test(code) || (!code && TOTAL.test(textOf(row.cells[1])))) {
      // One 合计, before the first coded row or after the last.
      if (total || (coded.length > 0 && coded.length < 3)) return undefined;
      total = row;
    } else if (coded.length) {
      return undefined;
    }
  }
  if (!total || coded.length < 3) return undefined;
  let klass = '';
  let kuan = '';
  for (const c of coded) {
    if (c.code.length === 3) [klass, kuan] = [c.code, ''];
    else if (c.code.length === 5 && c.code.startsWith(klass) && klass) kuan = c.code;
    else if (c.code.length === 7 && c.code.startsWith(kuan) && kuan) continue;
    else return undefined;
  }
  return { coded, total, nameAt };
}

function checkTable(table: Table, out: RuleOutput): void {
  const rows = codedRows(table);
  if (!rows) return;
  const { coded, total, nameAt } = rows;
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  const header = headerRow(table);
  const specs: RelationSpec[] = [];
  for (let col = nameAt + 1; col < width; col++) {
    if (![total, ...coded.map((c) => c.row)].every((r) => isFigureOrBlank(r.cells[col]))) continue;
    const name = header?.cells[col]?.text.replace(/\s/g, '') || table.columns[col]?.header || `第${col + 1}列`;
    const sumOf = (parent: Row, parentName: string, children: Coded[], open: boolean) => {
      const spec = sumSpec(parent, parentName, children, col, name);
      // (Rows of the last group may be lost where the table was cut: its parts are at most its whole.)
      if (spec && open) spec.holds = !spec.expected.lo.gt(intervalOf(spec.stated).hi);
      if (spec) specs.push(spec);
    };
    const cut = !!(table.endsText || table.continued);
    const last = coded[coded.length - 1].code;
    sumOf(total, '合计', coded.filter((c) => c.code.length === 3), cut);
    for (const c of coded) {
      if (c.code.length === 7) continue;
      const children = coded.filter((d) => d.code.length === c.code.length + 2 && d.code.startsWith(c.code));
      if (children.length) sumOf(c.row, c.name, children, cut && last.startsWith(c.code));
    }
  }
  if (!specs.length) return;
  const holding = specs.filter((s) => s.holds ?? overlaps(s.expected, intervalOf(s.stated))).length;
  if (holding < SURE * specs.length) return;
  for (const spec of specs) relation(out, spec);
}

/** The row naming the value columns (`科目名称 … 小计 | 基本支出 | 项目支出`), when the header was spread over two rows. */
function headerRow(table: Table): Row | undefined {
  return table.rows.find((r) => /科目名称|项目名称/.test(textOf(r.cells[1])) || /科目名称|项目名称/.test(textOf(r.cells[0])));
}

function isFigureOrBlank(cell: Cell | undefined): boolean {
  return !cell || cell.empty || !cell.text.trim() || (!!cell.quantity && cell.quantity.unit !== '%');
}

const figure = (cell: Cell | undefined): Quantity | undefined => (cell && !cell.empty && cell.quantity ? cell.quantity : undefined);

function sumSpec(parent: Row, parentName: string, children: Coded[], col: number, colName: string): RelationSpec | undefined {
  const stated = figure(parent.cells[col]);
  const present = children.map((c) => ({ c, q: figure(c.row.cells[col]) })).filter((x) => x.q);
  if (!stated || !present.length) return undefined;
  const computed = present.reduce((a, x) => a.add(x.q!.value), new Decimal(0));
  return {
    ruleId: 'table-total',
    stated,
    label: `${parentName}·${colName}`,
    operands: present.map((x) => ({ label: `${x.c.name}·${colName}`, value: x.q!.value, unit: x.q!.unit, span: x.q!.span })),
    formula: shortSum(present.map((x) => `${x.c.code} ${x.c.name} ${x.q!.raw}`)),
    computed,
    expected: sum(present.map((x) => intervalOf(x.q!))),
    decimals: moneyDecimals(...present.map((x) => x.q!.decimals)),
    unit: stated.unit,
  };
}
