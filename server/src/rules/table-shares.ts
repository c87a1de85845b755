// A table's 占比 column (`支出性质 | 决算数 | 占比`, a 支出决算结构 table): each row's share is its amount in the money
// column before it ÷ the 合计 row's. Read only when the 合计 row's own share is 100% — then the whole is certain —
// and only for the rows at the top level (a 其中 row's share may be of its parent).
import Decimal from 'decimal.js';
import type { Column, Report, Row, Table } from '../report/model';
import { MONEY_ROLES } from '../report/columns';
import { t } from '../l10n';
import { div, intervalOf, overlaps, scale, sum } from './interval';
import { nestedReadings } from './table-nesting';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { amount, cellAt, cellName, cellOperand } from './table-cells';

const SHARE_HEADER = /^[^增减执完到进]*(占比|比重|所占比例|占.{1,8}(比例|百分比))\s*([（(][%％][)）]|[%％])?$/;
const HUNDRED = new Decimal(100);

export function tableShares(report: Report, out: RuleOutput): void {
  for (const table of report.tables) {
    const totals = table.rows.filter((r) => r.kind === 'total' && r.parent === undefined);
    if (totals.length !== 1 || table.rows.some((r) => r.kind === 'subtotal')) continue;
    for (const col of table.columns) {
      if (!SHARE_HEADER.test(col.header.replace(/[\s\u3000]/g, ''))) continue;
      const base = moneyBefore(table, col);
      if (base) checkColumn(table, totals[0], col, base, out);
    }
  }
}

/** The money column right before the share column (its amounts are what is shared out). */
function moneyBefore(table: Table, col: Column): Column | undefined {
  const before = table.columns.filter((c) => c.index < col.index);
  const last = before[before.length - 1];
  return last && MONEY_ROLES.has(last.role) ? last : undefined;
}

function checkColumn(table: Table, total: Table['rows'][number], col: Column, base: Column, out: RuleOutput): void {
  const whole = amount(total, base);
  const own = cellAt(total, col)?.quantity;
  if (!whole || whole.value.isZero() || !own || own.unit !== '%' || !own.value.eq(HUNDRED)) return;
  const tops = topRows(table, total, base);
  for (const row of table.rows) {
    if (row === total || row.parent !== undefined || row.kind !== 'item' || !tops.has(row)) continue;
    const part = amount(row, base);
    const share = cellAt(row, col)?.quantity;
    if (!part || !share || share.unit !== '%') continue;
    const r = div(intervalOf(part), intervalOf(whole));
    if (!r) continue;
    relation(out, {
      ruleId: 'share',
      stated: share,
      label: t('{0}占{1}的比重', row.label || t('该部分'), total.label),
      operands: [cellOperand(row, base, part), cellOperand(total, base, whole)],
      formula: `${cellName(row, base)} ${part.raw} ÷ ${cellName(total, base)} ${whole.raw}`,
      computed: part.value.div(whole.value).mul(100),
      expected: scale(r, HUNDRED),
      decimals: Math.max(2, share.decimals),
      unit: '%',
    });
  }
}

/**
 * The rows at the top level: all the items, unless they add up to more than the 合计 and some, read as the group over
 * the rows right below that make it exactly, make it hold (`基本支出 600.12 | 人员经费 512.34 | 公用经费 87.78 | 项目支出
 * 67.60 | 合计 667.72`, a table pasted without its indentation — a helper's 预算说明 probe): the rows under a group have
 * their share of it, not of the 合计, and are not read.
 */
function topRows(table: Table, total: Row, base: Column): Set<Row> {
  const present = table.rows.filter((r) => r !== total && r.parent === undefined && r.kind === 'item').flatMap((row) => {
    const q = amount(row, base);
    return q ? [{ row, q }] : [];
  });
  const whole = amount(total, base);
  if (!whole || overlaps(sum(present.map((x) => intervalOf(x.q))), intervalOf(whole))) return new Set(present.map((x) => x.row));
  const nested = nestedReadings(present, false).find((reading) => overlaps(sum(reading.map((x) => intervalOf(x.q))), intervalOf(whole)));
  return new Set((nested ?? present).map((x) => x.row));
}
