// Reading a table by column role: the cells a rule needs, as operands with row × column labels.
import Decimal from 'decimal.js';
import type { Cell, Column, ColumnRole, Operand, Quantity, Row, Table } from '../report/model';
import { intervalOf, point, type Interval } from './interval';
import { RATE_ROW } from '../report/columns';

export function column(table: Table, role: ColumnRole): Column | undefined {
  return table.columns.find((c) => c.role === role);
}

export function cellAt(row: Row, col: Column | undefined): Cell | undefined {
  return col ? row.cells[col.index] : undefined;
}

/** The money figure in a cell, or undefined (blank, `/`, text, or a percentage). */
export function amount(row: Row, col: Column | undefined): Quantity | undefined {
  const q = cellAt(row, col)?.quantity;
  return q && q.unit !== '%' ? q : undefined;
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return !!cell && cell.empty;
}

/** A value for an addend: the cell's figure, or an exact 0 for a blank cell. */
export function addend(row: Row, col: Column): { value: Decimal; raw: string; interval: Interval; operand: Operand } | undefined {
  const cell = cellAt(row, col);
  if (!cell) return undefined;
  if (cell.quantity && cell.quantity.unit !== '%') {
    return { value: cell.quantity.value, raw: cell.quantity.raw, interval: intervalOf(cell.quantity), operand: cellOperand(row, col, cell.quantity) };
  }
  if (cell.empty) return { value: ZERO, raw: '0', interval: ZERO_INTERVAL, operand: { label: col.header, value: ZERO, unit: '' } };
  return undefined;
}

// Decimals are immutable: one zero serves every blank cell.
const ZERO = new Decimal(0);
const ZERO_INTERVAL = point(0);

export function cellOperand(row: Row, col: Column, q: Quantity): Operand {
  return { label: cellName(row, col), value: q.value, unit: q.unit, span: q.span };
}

/** `基本支出·年初预算`: a cell named by its row and its column, in every message and card alike. */
export function cellName(row: Row, col: Column): string {
  return `${row.label || '本行'}·${col.header}`;
}

/** A long sum shown short: the first two terms, the last, and how many. */
export function shortSum(terms: string[]): string {
  if (terms.length <= 5) return terms.join(' + ');
  return `${terms.slice(0, 2).join(' + ')} + … + ${terms[terms.length - 1]}（共 ${terms.length} 项）`;
}


/** A row of rates or shares (`执行率（%）`, `增减率`, `占比`), or one whose stated figure is a percentage: no amounts. */
export function isRateRow(row: Row, stated: Quantity | undefined): boolean {
  return stated?.unit === '%' || RATE_ROW.test(row.label);
}
