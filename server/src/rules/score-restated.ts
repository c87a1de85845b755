// `| 总分 | 100 | 95.5 |` then `经综合评价，部门整体支出绩效自评得分为97.5分` (a helper's table-then-prose slip probe): the
// 总分 a 自评表 adds up, stated again in the prose after it, must be the same.
import type { Quantity, Report, Row, Table } from '../report/model';
import { t } from '../l10n';
import { intervalOf, overlaps } from './interval';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { LEVEL_ONE, WEIGHT } from './score-prose';
import { topSectionAt } from './sections';
import { cellAt, cellName, cellOperand, column } from './table-cells';

/** The prose's own total score (`自评得分为97.5分`, `总分95分`), not a 一级指标's nor a weight. */
const TOTAL_SCORE = /(自评得分|自评总分|总分|总得分|综合得分|评价得分)(为|是|达到?)?$/;

const ANOTHER_FORM = /自评表|^[\s\u3000]*总分[\s\u3000]/m;

/** The 自评表s with a 总分 row, in the text's order: the row, its score column and its weight column. */
function scoreTotals(report: Report): Array<{ table: Table; row: Row; score: Quantity; weight?: Quantity }> {
  const out: Array<{ table: Table; row: Row; score: Quantity; weight?: Quantity }> = [];
  for (const table of report.tables) {
    const scoreCol = column(table, 'score');
    const weightCol = column(table, 'weight');
    if (!scoreCol || !weightCol) continue;
    const totals = table.rows.filter((r) => r.kind === 'total');
    const row = totals[totals.length - 1];
    const score = row && cellAt(row, scoreCol)?.quantity;
    if (row && score) out.push({ table, row, score, weight: cellAt(row, weightCol)?.quantity });
  }
  return out;
}

export function proseTotalsAgainstTables(report: Report, out: RuleOutput): void {
  const totals = scoreTotals(report);
  if (!totals.length) return;
  for (const p of report.paragraphs) {
    for (const q of p.quantities) {
      if (q.kind !== 'score' || q.incidental || q.inParens || !TOTAL_SCORE.test(q.label) || LEVEL_ONE.test(q.label) || WEIGHT.test(q.label)) continue;
      // The nearest 自评表 before it, in its top-level section.
      let found: (typeof totals)[number] | undefined;
      for (const x of totals) if (x.table.span.end <= q.span.start) found = x;
      if (!found || topSectionAt(report, found.table.span.start) !== topSectionAt(report, q.span.start)) continue;
      // (Not past another 自评表's title or a 总分 line of a table not read — a helper's two 自评表 one after the other.)
      if (ANOTHER_FORM.test(report.text.slice(found.table.span.end, q.span.start))) continue;
      // (`总分100分` is the weights' total, the 满分.)
      if (found.weight && q.value.eq(found.weight.value) && !q.value.eq(found.score.value)) continue;
      // (Recorded only when they differ: a prose total agreeing with the table's is no operand that would hold back the
      // fix of a 总分 row wrong against its rows.)
      const statedInterval = intervalOf(q, 1, q.decimals >= found.score.decimals);
      if (overlaps(statedInterval, intervalOf(found.score, 1, true))) continue;
      const scoreCol = column(found.table, 'score')!;
      relation(out, {
        ruleId: 'score',
        stated: q,
        label: q.label.replace(/(为|是|达到?)$/, ''),
        operands: [cellOperand(found.row, scoreCol, found.score)],
        formula: t('表中{0} {1}', cellName(found.row, scoreCol), found.score.raw),
        computed: found.score.value,
        expected: intervalOf(found.score, 1, true),
        decimals: Math.max(q.decimals, found.score.decimals),
        unit: '分',
        statedInterval,
      });
    }
  }
}
