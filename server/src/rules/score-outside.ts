// A 自评表's indicator table whose 总分 counts the 预算执行率 score that is no row of it: stated in a sentence by the
// table (`预算执行率得分9.5分（分值10分）。`, `注：总分含预算执行率得分9.83分`) or on a page not here.
import Decimal from 'decimal.js';
import type { Column, Quantity, Report, Row, Table } from '../report/model';
import { cellAt } from './table-cells';

/** The 预算执行率 indicator's points: what an indicator table short of exactly these leaves out. */
const BUDGET_POINTS = new Decimal(10);
// (Not `资金发放及时率`: an indicator of funds, not the budget's execution — a helper's 项目自评表 probe.)
const BUDGET_ROW = /预算执行|^(资金)?执行率|资金总额|资金执行|资金使用率/;
const BUDGET_SCORE = /预算执行率(指标)?(实际)?(得分|共得)(为|是)?$/;

/**
 * How a 总分 row is read when its parts' 分值 fall short of its own by the 预算执行率's 10 and no part is that row:
 * with the score a sentence right before or after the table states (as a row of its own), or not at all
 * (`silent`). Undefined when nothing is left out.
 */
export function budgetScoreOutside(report: Report, table: Table, total: Row, parts: Row[], weightCol: Column, scoreCol: Column): { row: Row } | 'silent' | undefined {
  const weight = cellAt(total, weightCol)?.quantity;
  if (!weight || parts.some((r) => BUDGET_ROW.test(r.label))) return undefined;
  let sum = new Decimal(0);
  for (const r of parts) {
    const w = cellAt(r, weightCol)?.quantity;
    if (w) sum = sum.add(w.value);
  }
  if (!weight.value.sub(sum).eq(BUDGET_POINTS)) return undefined;
  const score = fundsTableScore(report, table) ?? nearbyBudgetScore(report, table);
  if (!score) return 'silent';
  const cells = [];
  cells[scoreCol.index] = { text: score.raw, span: score.span, insertAt: score.span.start, empty: false, quantity: score, column: scoreCol.index };
  return { row: { cells, label: score.label, kind: 'item', span: score.span, line: total.line } };
}

/**
 * The 得分 of the funds table right above (`项目资金（万元） | … | 分值 | 执行率 | 得分` over `年度资金总额 | … | 10 | 92% | 9.2`,
 * a blank line between the two tables — a helper's 项目自评表 probe), when its 分值 is the 10 left out.
 */
function fundsTableScore(report: Report, table: Table): Quantity | undefined {
  const k = report.tables.indexOf(table);
  const funds = k > 0 ? report.tables[k - 1] : undefined;
  if (!funds || report.paragraphs.some((p) => p.span.start >= funds.span.end && p.span.end <= table.span.start)) return undefined;
  const row = funds.rows.find((r) => /年度资金总额|资金总额/.test(r.label));
  if (!row) return undefined;
  // (The funds' own header may be a row of the table, under `项目名称 | …` — a pipe 自评表's first line.)
  const headerRow = funds.rows.find((r) => r.cells.some((c) => c?.text.trim() === '分值'));
  const at = (name: string, role: Column['role']) => (headerRow ? headerRow.cells.findIndex((c) => c?.text.trim() === name) : (funds.columns.find((c) => c.role === role)?.index ?? -1));
  const w = row.cells[at('分值', 'weight')]?.quantity;
  return w && w.value.eq(BUDGET_POINTS) ? row.cells[at('得分', 'score')]?.quantity : undefined;
}

/** The 预算执行率 score stated in the paragraph right before the table or right after it. */
function nearbyBudgetScore(report: Report, table: Table): Quantity | undefined {
  let before: Report['paragraphs'][number] | undefined;
  let after: Report['paragraphs'][number] | undefined;
  for (const p of report.paragraphs) {
    if (p.span.end <= table.span.start) before = p;
    else if (p.span.start >= table.span.end) {
      after = p;
      break;
    }
  }
  for (const p of [before, after]) {
    const q = p?.quantities.find((x) => x.kind === 'score' && !x.incidental && BUDGET_SCORE.test(x.label));
    if (q) return q;
  }
  return undefined;
}
