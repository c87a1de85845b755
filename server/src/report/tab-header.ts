// A TAB table's header that lacks the label column: `全年预算数(A)⇥全年执行数(B)⇥预算执行率` over
// `年度资金总额:⇥808.1⇥692.98⇥86%` (a 自评表 pasted from Word, its merged `资金投入情况` cell on a line of its own;
// zp-tianjiaan-rsj-2024 with TABs for its pipes). A header whose first cell names values, narrower than the rows that
// open with a label under it, gets an empty cell before it, or every value would be read a column to the left.
// (Not `收入⇥⇥⇥支出` over `项目⇥行次⇥金额…`: a side's name over its columns, no value column's.)
import { columnRole, namesValues } from './columns';
import { plainLabel } from './normalize';
import { isFigureCell } from './quantities';
import type { RawRow } from './tables';

export function withLabelColumn(masked: string, rows: RawRow[]): RawRow[] {
  const text = (c: RawRow[number] | undefined) => (c ? masked.slice(c.slot.start, c.slot.end).trim() : '');
  const h = rows.findIndex((r) => r.filter((c) => text(c)).length >= 2);
  if (h < 0) return rows;
  const header = rows[h];
  const body = rows.find((r, k) => k > h && r.slice(1).some((c) => isFigureCell(text(c))));
  if (!body || header.length >= body.length || isFigureCell(text(body[0])) || !text(body[0])) return rows;
  const first = plainLabel(text(header[0]));
  if (!namesValues(first) || ['label', 'amount'].includes(columnRole(first))) return rows;
  const at = header[0].slot.start;
  const out = [...rows];
  out[h] = [{ slot: { start: at, end: at }, insertAt: at }, ...header];
  return out;
}
