// A table column's sum, as hover shows it: the top-level item rows (child `其中：` rows, 小计 and 合计 rows
// are not added again), compared with the 合计 row when there is one.
import Decimal from 'decimal.js';
import type { Cell, Table } from '../report/model';

export interface ColumnSum {
  sum: Decimal;
  /** How many cells were added. */
  count: number;
  unit: string;
  /** The most decimals among the added cells (the sum is shown with as many). */
  decimals: number;
  /** The 合计/总计 row's cell in this column, when it holds a figure. */
  totalCell?: Cell;
}

const NOT_SUMMED = new Set(['label', 'index', 'rate', 'note']);

export function columnSum(table: Table, column: number): ColumnSum | undefined {
  const col = table.columns[column];
  if (col && NOT_SUMMED.has(col.role)) return undefined;
  let sum = new Decimal(0);
  let count = 0;
  let decimals = 0;
  let unit = '';
  let totalCell: Cell | undefined;
  for (const row of table.rows) {
    const cell = row.cells.find((c) => c.column === column);
    const q = cell?.quantity;
    if (!cell || !q) continue;
    if (q.kind === 'percent' || q.kind === 'multiple') return undefined;
    if (row.kind === 'total') {
      totalCell ??= cell;
      continue;
    }
    if (row.kind !== 'item' || row.parent !== undefined) continue;
    sum = sum.plus(q.value);
    count++;
    decimals = Math.max(decimals, q.decimals);
    unit ||= q.unit;
  }
  if (count === 0) return undefined;
  return { sum, count, unit: unit || table.unit, decimals, totalCell };
}
