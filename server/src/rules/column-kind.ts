// A column's kind: a 执行率 cell holds a percentage; an amount column holds no percentage.
import Decimal from 'decimal.js';
import { MONEY_ROLES } from '../report/columns';
import { t } from '../l10n';
import { fmt } from './format';
import { div, intervalOf, overlaps, scale } from './interval';
import type { Rule } from './rule';
import { amount, cellAt, cellName, column } from './table-cells';

// (`完成预算%`, `增减（%）`, `决算/预算` (a helper's 公检法 probe): a row of percentages named by its sign or as a ratio.)
const RATE_ROW = /(率|占比|比重|比例|进度)([（(]%[)）]|%)?$|[（(]?[%％][)）]?$|^[^/／]{1,8}[/／][^/／]{1,8}$/;

export const columnKind: Rule = {
  id: 'column-kind',
  severity: 'warning',
  description: '执行率等比率栏应填百分比，金额栏不应填百分比',
  example: '执行率一栏填了 98.69（与支出金额相同）',
  run(report, out) {
    for (const table of report.tables) {
      const rateCol = column(table, 'rate');
      const spent = column(table, 'spent');
      const budgetCol = column(table, 'executable-budget') ?? column(table, 'adjusted-budget') ?? column(table, 'initial-budget');
      for (const row of table.rows) {
        const cell = cellAt(row, rateCol);
        const q = cell?.quantity;
        // (A 0 is 0 whether a percentage or not.)
        if (rateCol && q && q.unit !== '%' && !q.value.isZero()) {
          const paid = amount(row, spent);
          const budget = budgetCol && amount(row, budgetCol);
          const rate = paid && budget && !budget.value.isZero() ? fmt(paid.value.div(budget.value).mul(new Decimal(100)), 2) : undefined;
          // `执行率(B/A)` `0.1` for 94 ÷ 650 = 0.1446 (zp-shidian-nyncj-2019 pasted with TABs): the rate as a fraction,
          // no amount.
          const ratio = paid && budget ? div(intervalOf(paid), intervalOf(budget)) : undefined;
          const fraction = q.value.lte(1) && ratio && overlaps(ratio, intervalOf({ ...q, coarse: true }));
          // (`执行率 | 97.96` for 548.60 ÷ 560.00 (a helper's 自评表 probe): the percentage without its sign, no amount.)
          const percent = ratio && overlaps(scale(ratio, new Decimal(100)), intervalOf(q));
          if (!fraction && !percent) {
            out.report({
              span: q.span,
              message:
                t('{0}应为百分比，此格为 {1}，像是金额', cellName(row, rateCol), q.raw) +
                (rate ? t('；按{0} ÷ {1}应为 {2}%', spent!.header, budgetCol!.header, rate) : ''),
              related: [paid, budget].filter((x) => x).map((x) => ({ span: x!.span, message: x!.raw })),
              ...(rate ? { fix: { title: t('将 {0} 改为 {1}%', q.raw, rate), edits: [{ span: q.span, newText: `${rate}%` }] } } : {}),
            });
          }
        }
        // `执行率 | 95.87% | 96.56%` under `项目 | 合计 | 财政拨款` (a funds table turned on its side): the row names a rate,
        // its cells are percentages whatever the columns hold.
        if (RATE_ROW.test(row.label.replace(/[\s\u3000]/g, ''))) continue;
        for (const col of table.columns) {
          const c = cellAt(row, col)?.quantity;
          if (MONEY_ROLES.has(col.role) && c && c.unit === '%') {
            out.report({
              span: c.span,
              message: t('{0}应为金额，此格为百分比 {1}%', cellName(row, col), c.raw),
              related: [],
            });
          }
        }
      }
    }
  },
};
