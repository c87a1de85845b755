// A change stated in the prose and again in the table's 增减额 | 增减幅度 columns must give the same rate
// (jz-km-rsj-2020: `公务接待费支出决算数比上年减7.60万元，减83.55%` beside the 三公 对比表's row
// `2、公务接待费 | 9.10 | 1.50 | -7.6 | -83.52%`). Alone, 83.55% is within the rounding of 7.60 ÷ 9.10; printed twice at the
// same precision, the two must agree, and the table's is the one its own row's figures give.
// Read only where the prose change is the table row's 增减额 to the digit, no other row has that change, the row is
// the table's total or its name is said before the figure, the rate follows the change at once (`减少18.17万元，下降
// 57.41%`), and the row's own rate holds (a table rate that is wrong is the table rule's finding).
import type { Report, Row } from '../report/model';
import { t } from '../l10n';
import { fmt } from './format';
import { intervalOf } from './interval';
import { TO_WAN } from '../report/quantities';
import { proseFigures } from './prose-index';
import { relation } from './relation';
import { printedAlike } from './restated';
import type { RuleOutput } from './rule';
import { changeRows, type ChangeRow } from './table-change-columns';

const DOWN = /(减少|减|下降|降低|少)$/;
const UP = /(增加|增|增长|上升|提高|多)$/;
/** Between the change's unit and its rate: `，下降`, `,增长`, `，减`. */
const RATE_AFTER = /^[，,]?\s*(同比)?(增长|下降|增加|减少|上升|降低|提高|增|减|降)(了|幅度为|幅为|为)?\s*$/;

const coreName = (label: string) => label.replace(/^[\s\u3000]*[0-9０-９一二三四五六七八九十]+[、.．)）]\s*/, '').replace(/[\s\u3000"“”]/g, '');

export function restatedChangeRates(report: Report, out: RuleOutput): void {
  const byChange = new Map<string, ChangeRow[]>();
  for (const table of report.tables) {
    if (!TO_WAN[table.unit]) continue;
    for (const r of changeRows(table)) {
      const key = `${r.change.value.abs().mul(TO_WAN[table.unit]).toString()}`;
      const list = byChange.get(key) ?? [];
      list.push(r);
      byChange.set(key, list);
    }
  }
  if (!byChange.size) return;
  const all = proseFigures(report);
  for (const { q, clause, index } of all) {
    if (q.kind !== 'money' || !TO_WAN[q.unit] || q.value.isZero()) continue;
    const rows = byChange.get(q.value.abs().mul(TO_WAN[q.unit]).toString());
    if (rows?.length !== 1) continue;
    const { row, change, rate, rateName } = rows[0];
    const before = report.text.slice(clause.span.start, q.span.start).replace(/[\s\u3000]+$/, '');
    const down = DOWN.test(before);
    if (!down && !UP.test(before)) continue;
    if (down !== change.value.isNegative() || rate.value.isNegative() !== change.value.isNegative()) continue;
    if (!namedBefore(row, report.text.slice(Math.max(0, clause.span.start - 40), q.span.start))) continue;
    const next = all[index + 1];
    if (!next || next.q.kind !== 'percent' || next.sentence !== all[index].sentence) continue;
    if (!RATE_AFTER.test(report.text.slice(q.fullSpan.end, next.q.span.start))) continue;
    const stated = next.q;
    const printed = rate.value.abs();
    const name = `${coreName(row.label) || row.label}·${rateName}`;
    relation(out, {
      ruleId: 'same-figure',
      stated,
      label: name,
      operands: [{ label: name, value: rate.value, unit: '%', span: rate.span }],
      formula: t('表中{0} {1}', name, fmt(rate.value, rate.decimals) + '%'),
      computed: printed,
      expected: intervalOf({ ...rate, kind: 'percent', value: printed }),
      decimals: rate.decimals,
      unit: '%',
      // Printed at the same places, the two must be the same digits (46.86 against 46.85 is no rounding).
      ...printedAlike(stated, { ...rate, value: printed, unit: stated.unit }),
    });
  }
}

/** The table's total row, or a row whose name (its first four characters) the prose says before the change. */
function namedBefore(row: Row, before: string): boolean {
  if (row.kind === 'total') return true;
  const name = coreName(row.label);
  return name.length >= 2 && before.replace(/[\s\u3000"“”]/g, '').includes(name.slice(0, 4));
}
