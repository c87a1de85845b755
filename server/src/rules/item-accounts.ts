// The 决算说明 template's `1.教育支出（类）教育管理事务（款）行政运行（项）。年初预算为372.00万元，支出决算为386.42万元，…` restates
// the 决算 of a 项 row of the 一般公共预算财政拨款支出决算表, printed parts away (its 公开表 in 第二部分, the 说明 in 第三部分).
// The row is the one whose 类, 款 and 项 the sentence names, by 科目编码 (205 > 20501 > 2050101) in that table — the
// table whose title line names 一般公共预算财政拨款支出决算表. Its first money column (本年支出 合计/小计) is the 决算.
import type { Column, Paragraph, Quantity, Report, Row, Table } from '../report/model';
import { MONEY_ROLES } from '../report/columns';
import { isActual } from './measure-words';
import { codedRows } from './table-codes';

const ITEM = /([^。；;：:\d（）()]{2,30}?)（类）([^。；;：:\d（）()]{2,30}?)（款）([^。；;：:\d（）()]{2,40}?)（项）/g;
const TITLE = /一般公共预算财政拨款支出决算(明细)?表/;
const TITLE_LINES = 8;

interface Indexed {
  table: Table;
  column: Column;
  /** `类|款|项` names → the 项 row. */
  rows: Map<string, Row>;
}

export type Compare = (q: Quantity, cell: Quantity, row: Row, col: Column, table: Table) => void;

export function itemAccounts(report: Report, compare: Compare): void {
  const tables = report.tables.map((t) => indexed(report, t)).filter((x): x is Indexed => !!x);
  if (tables.length !== 1) return;
  const [{ table, column, rows }] = tables;
  for (const p of report.paragraphs) {
    for (const item of itemsOf(report, p)) {
      const row = rows.get(item.key);
      const cell = row?.cells[column.index]?.quantity;
      if (row && cell && cell.unit !== '%') compare(item.spent, cell, row, column, table);
    }
  }
}

/** The table of the 一般公共预算财政拨款 支出, by its title, with its 项 rows by their 类|款|项 names. */
function indexed(report: Report, table: Table): Indexed | undefined {
  const coded = codedRows(table);
  if (!coded) return undefined;
  const start = report.text.lastIndexOf('\n', table.span.start);
  let from = start;
  for (let k = 0; k < TITLE_LINES && from > 0; k++) from = report.text.lastIndexOf('\n', from - 1);
  const above = report.text.slice(Math.max(0, from), Math.max(0, start)).replace(/[\s\u3000]/g, '');
  if (!TITLE.test(above) || /基本支出决算表/.test(above.slice(above.search(TITLE)))) return undefined;
  // (`年初预算数 小计|基本|项目` before `决算数 小计|基本|项目` — a helper's 公开05表 from Excel: the 决算's 小计, not the first.)
  const spent = table.columns.find((c) => c.index > coded.nameAt && c.role === 'spent');
  const budgeted = table.columns.some((c) => c.role === 'initial-budget' || c.role === 'adjusted-budget');
  const column = spent ?? (budgeted ? undefined : table.columns.find((c) => c.index > coded.nameAt && (MONEY_ROLES.has(c.role) || /^(小计|合计)$/.test(c.header))));
  if (!column) return undefined;
  // Read surely only when every row's first figure stands in that column (a row shifted by a cell is misread) — or,
  // after the budget's columns, when every row has one there.
  const first = (row: Row) => row.cells.findIndex((x, i) => i > coded.nameAt && x.quantity);
  if (coded.coded.some((c) => (spent && budgeted ? !c.row.cells[column.index]?.quantity : first(c.row) !== column.index))) return undefined;
  const names = new Map<string, string>();
  for (const c of coded.coded) names.set(c.code, c.name.replace(/[\s\u3000]/g, ''));
  const rows = new Map<string, Row>();
  for (const c of coded.coded) {
    if (c.code.length !== 7) continue;
    const key = `${names.get(c.code.slice(0, 3))}|${names.get(c.code.slice(0, 5))}|${names.get(c.code)}`;
    // (Two 项 of one name under one 款 cannot be told apart.)
    if (rows.has(key)) rows.set(key, undefined as unknown as Row);
    else rows.set(key, c.row);
  }
  for (const [k, v] of rows) if (!v) rows.delete(k);
  return { table, column, rows };
}

/** Each `…（类）…（款）…（项）` the paragraph names, with the first 决算 amount after it (before the next one). */
function itemsOf(report: Report, p: Paragraph): Array<{ key: string; spent: Quantity }> {
  const raw = report.text.slice(p.span.start, p.span.end);
  // The paragraph without its spaces and line breaks (a PDF's), with where each character stands.
  let bare = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (/[\s\u3000]/.test(raw[i])) continue;
    bare += raw[i];
    at.push(p.span.start + i);
  }
  const found: Array<{ key: string; start: number; end: number }> = [];
  for (const m of bare.matchAll(ITEM)) {
    const name = (s: string) => s.replace(/^.*[，,]/, '').replace(/^[\d.、．]+/, '');
    found.push({ key: `${name(m[1])}|${m[2]}|${m[3]}`, start: at[m.index!], end: at[m.index! + m[0].length - 1] });
  }
  const out: Array<{ key: string; spent: Quantity }> = [];
  found.forEach((f, k) => {
    const until = found[k + 1]?.start ?? p.span.end;
    const spent = p.quantities.find((q) => q.span.start > f.end && q.span.start < until && q.kind === 'money' && !q.incidental && !q.inParens && isActual(q.label) && !/增|减|比|较/.test(q.label));
    if (spent) out.push({ key: f.key, spent });
  });
  return out;
}
