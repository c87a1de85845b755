// A blank 预算调整 while 调整后预算 differs from 年初预算: the adjustment was left out of the table.
import { t } from '../l10n';
import { fmt, moneyDecimals } from './format';
import { intervalOf, overlaps } from './interval';
import type { Rule } from './rule';
import { amount, cellAt, cellName, column } from './table-cells';

export const tableBlankAdjustment: Rule = {
  id: 'table-blank-adjustment',
  severity: 'warning',
  description: '预算调整栏为空，但调整后预算与年初预算不同：应填入调整数',
  example: '基本支出：年初预算 412.87，预算调整（空），调整后预算 344.12',
  run(report, out) {
    for (const table of report.tables) {
      const init = column(table, 'initial-budget');
      const adj = column(table, 'adjustment');
      const target = column(table, 'adjusted-budget') ?? column(table, 'executable-budget');
      if (!init || !adj || !target) continue;
      const [lo, hi] = [Math.min(init.index, target.index), Math.max(init.index, target.index)];
      const between = table.columns.filter((c) => c.index > lo && c.index < hi && c.role !== 'label');
      for (const row of table.rows) {
        const cell = cellAt(row, adj);
        const before = amount(row, init);
        const after = amount(row, target);
        if (!cell || !cell.empty || !before || !after) continue;
        if (overlaps(intervalOf(before), intervalOf(after))) continue;
        // `年初预算 | 上年结转 | 年中追加 | 全年预算数` (a helper's 自评报告 tables): another column between the two, filled in this
        // row (上年结转 32.90, 调减 1.19), may be what makes the difference.
        if (between.some((c) => c !== adj && !amount(row, c)?.value.isZero() && amount(row, c))) continue;
        const value = fmt(after.value.sub(before.value), moneyDecimals(before.decimals, after.decimals), Math.max(before.decimals, after.decimals));
        out.report({
          span: cell.span,
          message: t(
            '{0}为空，但{1} {2} 与{3} {4} 不同，应填 {5}（{2} − {4}）',
            cellName(row, adj),
            target.header,
            after.raw,
            init.header,
            before.raw,
            value,
          ),
          related: [
            { span: before.span, message: `${cellName(row, init)} ${before.raw}` },
            { span: after.span, message: `${cellName(row, target)} ${after.raw}` },
          ],
          fix: {
            title: t('在{0}填入 {1}', cellName(row, adj), value),
            edits: [{ span: cell.text ? cell.span : { start: cell.insertAt, end: cell.insertAt }, newText: value }],
          },
        });
      }
    }
  },
};
