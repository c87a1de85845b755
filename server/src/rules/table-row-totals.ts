// A total column and the columns after it that make it up, row by row: a 收入决算表's `本年收入合计 | 财政拨款收入 |
// 上级补助收入 | 事业收入 | 经营收入 | 其他收入`, a 支出决算表's `合计 | 基本支出 | 项目支出`. Which columns are the parts
// the header alone does not say for certain (a 三公 table puts 公务用车购置及运行维护费 beside its own 购置 and 运行), so
// the table must show it: at least two rows where the parts add up to the total exactly, and no fewer such rows than
// rows where they do not (one wrong cell upsets its row and the 合计 row). Then each row is checked, a blank part
// read as 0.
import Decimal from 'decimal.js';
import type { Column, Row, Table } from '../report/model';
import { moneyDecimals } from './format';
import { intervalOf, overlaps, sum, type Interval } from './interval';
import { relation } from './relation';
import { decimalSum } from './scaled';
import type { RuleOutput } from './rule';
import { amount, cellName, cellOperand, isRateRow, shortSum } from './table-cells';

const TOTAL_HEADER = /^(本年)?(收入|支出)?(合计|总计)(数)?$/;
const NOT_A_PART = /合计|总计|小计|其中/;
/** Fewer rows than this that add up, and the columns are not shown to be the parts. */
const MIN_AGREEING = 2;

interface Line {
  row: Row;
  parts: Array<{ col: Column; q: NonNullable<ReturnType<typeof amount>> }>;
  holds: boolean;
}

export function rowTotals(table: Table, out: RuleOutput): void {
  table.columns.forEach((total, t) => {
    if (total.role !== 'amount' || !TOTAL_HEADER.test(total.header)) return;
    const parts: Column[] = [];
    for (const c of table.columns.slice(t + 1)) {
      if (c.role !== 'amount' || NOT_A_PART.test(c.header)) break;
      parts.push(c);
    }
    if (parts.length < 2 || parts.some((c) => c.unit !== total.unit)) return;
    const lines: Line[] = [];
    for (const row of table.rows) {
      const stated = amount(row, total);
      // `执行率（%） | 79.19 | - | 79.55 | 78.40` under 预算数 and 决算数 rows (a helper's 三公 table probes): a row of rates
      // or shares is no amount its parts add up to.
      if (!stated || isRateRow(row, stated)) continue;
      const cells = parts.map((col) => ({ col, q: amount(row, col), cell: row.cells[col.index] }));
      // A part cell holding text: the row is not read. (Cells past a row's end are its blanks, dropped by the reader.)
      if (cells.some((x) => !x.q && x.cell && !x.cell.empty)) continue;
      const present = cells.filter((x) => x.q).map((x) => ({ col: x.col, q: x.q! }));
      if (!present.length) continue;
      const expected: Interval = sum(present.map((x) => intervalOf(x.q)));
      lines.push({ row, parts: present, holds: overlaps(expected, intervalOf(stated)) });
    }
    const agreeing = lines.filter((l) => l.holds).length;
    if (agreeing < MIN_AGREEING || agreeing < lines.length - agreeing) return;
    // One wrong cell of an item row, carried into the 合计 row's cells by the column sums, upsets both rows by the
    // same amount: the item row is the finding, the 合计 row only repeats it.
    const off = (l: Line) => amount(l.row, total)!.value.sub(decimalSum(l.parts.map((x) => x.q.value)));
    const itemsOff = lines.filter((l) => !l.holds && l.row.kind === 'item').reduce((a, l) => a.add(off(l)), new Decimal(0));
    for (const line of lines) {
      const { row, parts: present } = line;
      if (!line.holds && row.kind === 'total' && !itemsOff.isZero() && off(line).eq(itemsOff)) continue;
      const stated = amount(row, total)!;
      relation(out, {
        ruleId: 'table-total',
        stated,
        label: cellName(row, total),
        operands: present.map((x) => cellOperand(row, x.col, x.q)),
        formula: shortSum(present.map((x) => `${x.col.header} ${x.q.raw}`)),
        computed: decimalSum(present.map((x) => x.q.value)),
        expected: sum(present.map((x) => intervalOf(x.q))),
        decimals: moneyDecimals(...present.map((x) => x.q.decimals)),
        unit: stated.unit,
      });
    }
  });
}
