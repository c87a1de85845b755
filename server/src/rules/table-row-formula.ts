// Formulas across a table row, read from the header names:
// 调整后预算 / 可执行预算 = 年初预算 + 预算调整; 年末结余 = 预算 − 决算支出; 超支(+)/结余(−) = 支出 − 预算;
// 执行率 = 支出 ÷ 预算. A cell found wrong is not used again in the same row, so one slip is one finding.
import Decimal from 'decimal.js';
import type { Cell, Column, Row, Table } from '../report/model';
import { moneyDecimals } from './format';
import { div, intervalOf, scale, sub, add } from './interval';
import { relation } from './relation';
import type { Rule, RuleOutput } from './rule';
import { addend, amount, cellAt, cellName, cellOperand, column } from './table-cells';

function checkRow(table: Table, row: Row, out: RuleOutput): void {
  const init = column(table, 'initial-budget');
  const adj = column(table, 'adjustment');
  const adjusted = column(table, 'adjusted-budget');
  const exec = column(table, 'executable-budget');
  const spent = column(table, 'spent');
  const wrong = new Set<Cell>();

  // 调整后预算 / 可执行预算 = 年初预算 + 调整 (a blank 调整 is table-blank-adjustment's business).
  for (const target of [adjusted, exec]) {
    if (!target || !init || !adj) continue;
    const stated = amount(row, target);
    const a = amount(row, adj);
    const i = addend(row, init);
    if (!stated || !a || !i) continue;
    const ok = relation(out, {
      ruleId: 'table-row-formula',
      stated,
      label: cellName(row, target),
      operands: [i.operand, cellOperand(row, adj, a)],
      formula: `${init.header} ${i.raw} + ${adj.header} ${a.raw}`,
      computed: i.value.add(a.value),
      expected: add(i.interval, intervalOf(a)),
      decimals: moneyDecimals(a.decimals),
      unit: stated.unit,
    });
    if (!ok) wrong.add(cellAt(row, target)!);
  }

  const budgetCol = [exec, adjusted, init].find((c) => c && amount(row, c));
  if (!budgetCol || wrong.has(cellAt(row, budgetCol)!)) return;
  const budget = amount(row, budgetCol)!;
  const paid = amount(row, spent);
  if (!paid || !spent) return;
  const diffFormula = (a: Column, av: string, b: Column, bv: string) => `${a.header} ${av} − ${b.header} ${bv}`;

  const balance = column(table, 'balance');
  const bal = amount(row, balance);
  if (balance && bal) {
    relation(out, {
      ruleId: 'table-row-formula',
      stated: bal,
      label: cellName(row, balance),
      operands: [cellOperand(row, budgetCol, budget), cellOperand(row, spent, paid)],
      formula: diffFormula(budgetCol, budget.raw, spent, paid.raw),
      computed: budget.value.sub(paid.value),
      expected: sub(intervalOf(budget), intervalOf(paid)),
      decimals: moneyDecimals(budget.decimals, paid.decimals),
      unit: bal.unit,
    });
  }

  const overUnder = column(table, 'over-under');
  const ou = amount(row, overUnder);
  if (overUnder && ou) {
    relation(out, {
      ruleId: 'table-row-formula',
      stated: ou,
      label: cellName(row, overUnder),
      operands: [cellOperand(row, spent, paid), cellOperand(row, budgetCol, budget)],
      formula: diffFormula(spent, paid.raw, budgetCol, budget.raw),
      computed: paid.value.sub(budget.value),
      expected: sub(intervalOf(paid), intervalOf(budget)),
      decimals: moneyDecimals(budget.decimals, paid.decimals),
      unit: ou.unit,
    });
  }

  const rateCol = column(table, 'rate');
  const r = cellAt(row, rateCol)?.quantity;
  if (rateCol && r && r.unit === '%') {
    const ratio = div(intervalOf(paid), intervalOf(budget));
    if (!ratio || budget.value.isZero()) return;
    relation(out, {
      ruleId: 'table-row-formula',
      stated: r,
      label: cellName(row, rateCol),
      operands: [cellOperand(row, spent, paid), cellOperand(row, budgetCol, budget)],
      formula: `${spent.header} ${paid.raw} ÷ ${budgetCol.header} ${budget.raw}`,
      computed: paid.value.div(budget.value).mul(100),
      expected: scale(ratio, new Decimal(100)),
      decimals: Math.max(2, r.decimals),
      unit: '%',
    });
  }
}

export const tableRowFormula: Rule = {
  id: 'table-row-formula',
  severity: 'error',
  description: '表格每行按表头关系成立：调整后（可执行）预算 = 年初预算 + 调整，年末结余 = 预算 − 支出，超支/结余 = 支出 − 预算，执行率 = 支出 ÷ 预算',
  example: '年初预算 / ，调整 13131.18，可执行预算 1311.18',
  run(report, out) {
    for (const table of report.tables) for (const row of table.rows) checkRow(table, row, out);
  },
};
