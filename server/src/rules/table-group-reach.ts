// How far a 其中 group of a table reaches when only its first row says 其中 (helpers' 基金, 公报, 三公, 自评表 and 评价报告
// probes): whether the unmarked rows after it are more of its list or its parent's siblings, only the figures can say.
// table-total.ts asks these before it checks a group or a total.
import type { Column, Quantity, Row, Table } from '../report/model';
import { identityCovers } from './identities';
import { intervalOf, overlaps, sum } from './interval';
import { amount } from './table-cells';

/** Whether a row's label cell opens on 其中 (or its 序号 does): a child marked as one. */
export const isMarked = (r: Row) => /^[\s\u3000]*[(（]?其中/.test(r.labelCell?.text ?? '') || /^[\s\u3000]*[(（]?其中/.test(r.cells[0]?.text ?? '');

/** Two rows that are all of what they divide: 税收收入 and 非税收入, a car's 购置 and 运行维护, 财政拨款's two budgets. */
const COMPLEMENTS: Array<[RegExp, RegExp]> = [
  [/(?<!非)税收收入$/, /非税收入$/],
  [/购置(费|支出)?$/, /运行(维护)?(费|支出)?$/],
  [/一般公共预算/, /政府性基金/],
];

/** A 其中 group known to be all of its parent: an identity's rows, closed by 其他/其余, every row marked, or none marked. */
export function closedGroup(children: Row[]): boolean {
  const marked = children.filter(isMarked).length;
  if (marked === 0 || marked === children.length) return true;
  if (identityCovers(children.map((r) => r.label))) return true;
  if (children.length === 2 && COMPLEMENTS.some(([a, b]) => (a.test(children[0].label) && b.test(children[1].label)) || (b.test(children[0].label) && a.test(children[1].label)))) return true;
  return /^[\s\u3000]*(其他|其它|其余)/.test(children[children.length - 1].label);
}

/** Whether the rows add up to the parent in a column (to within their rounding); a column they say nothing of fits. */
export function groupFits(parent: Row, rows: Row[], col: Column): boolean {
  const stated = amount(parent, col);
  if (!stated) return true;
  const present = rows.map((r) => amount(r, col));
  if (present.every((q) => !q)) return true;
  return overlaps(sum(present.filter((q): q is Quantity => !!q).map((q) => intervalOf(q))), intervalOf(stated));
}

const MAX_SIBLINGS = 3;

/** Whether a row's figure is no larger than another's in a column (or either has none). */
export function withinRow(r: Row, other: Row, col: Column): boolean {
  const a = amount(r, col);
  const b = amount(other, col);
  return !a || !b || a.value.lte(b.value);
}

/**
 * Whether the group read shorter, or with up to a few of the item rows after it, makes its parent in every column
 * (`whole`: the rows as given count too).
 */
export function someReadingFits(table: Table, parent: Row, children: Row[], cols: Column[], whole = false): boolean {
  const readings: Row[][] = whole ? [children] : [];
  for (let k = 1; k < children.length; k++) readings.push(children.slice(0, k));
  const last = table.rows.indexOf(children[children.length - 1]);
  const after: Row[] = [];
  for (let i = last + 1; i < table.rows.length && after.length < MAX_SIBLINGS && table.rows[i].kind === 'item' && table.rows[i].parent === undefined; i++) {
    after.push(table.rows[i]);
    readings.push([...children, ...after]);
  }
  const some = (rows: Row[]) => cols.some((col) => amount(parent, col) && rows.some((r) => amount(r, col)));
  return readings.some((rows) => some(rows) && cols.every((col) => groupFits(parent, rows, col)));
}

/**
 * Whether the table's one 合计/总计 adds up, in some column, when the loose rows are read at the top level, and in
 * none as the rows were grouped.
 */
export function looseReadingFits(table: Table, cols: Column[], loose: Set<Row>): boolean {
  const totals = table.rows.filter((r) => r.kind === 'total');
  if (totals.length !== 1) return false;
  const total = totals[0];
  const stated = cols.filter((col) => amount(total, col));
  const top = table.rows.filter((r) => r.kind === 'item' && r.parent === undefined);
  const wider = table.rows.filter((r) => r.kind === 'item' && (r.parent === undefined || loose.has(r)));
  return stated.some((col) => groupFits(total, wider, col)) && !stated.some((col) => groupFits(total, top, col));
}
