// `“三公”经费预算36.00万元，实际支出28.46万元，节约7.54万元`: what was saved is the budget less what was spent. Read only
// as three amounts in a row of one sentence — a budget, what was spent, then the saving named bare (节约, 节支, 结余) —
// and only when the budget is the larger (a saving cannot be negative).
import type { Report } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { intervalOf, scale, sub } from './interval';
import { isActual, isBudget } from './measure-words';
import { proseFigures, type Located } from './prose-index';
import { unitFactor } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const SAVED = /^(比预算|较预算)?(节约|节支|结余)(资金)?(了|为)?$/;

/**
 * Each three amounts in a row of one sentence (plain money, none negative), with the words between the second and the
 * third as printed: the budget, what was spent and what lies between them (savings below, budget-gap.ts).
 * (The words, not the third's label: the reader takes the 约 of 节约 for "about".)
 */
export function threeInARow(report: Report, visit: (first: Located, second: Located, third: Located, between: string) => void): void {
  const all = proseFigures(report);
  for (let i = 2; i < all.length; i++) {
    const [x, y, z] = [all[i - 2], all[i - 1], all[i]];
    if (x.sentence !== z.sentence || y.sentence !== z.sentence) continue;
    if (![x, y, z].every((l) => l.q.kind === 'money' && !l.q.incidental && !l.q.inParens && !l.q.value.isNegative())) continue;
    visit(x, y, z, report.text.slice(y.q.fullSpan.end, z.q.span.start));
  }
}

export function savings(report: Report, out: RuleOutput): void {
  threeInARow(report, (b, s, q, between) => {
    const words = between.replace(/^[，,、\s]+/, '');
    if (!SAVED.test(words) || !isBudget(b.q.label) || !isActual(s.q.label) || isBudget(s.q.label)) return;
    const unit = q.q.unit;
    const bv = b.q.value.mul(unitFactor(b.q.unit, unit));
    const sv = s.q.value.mul(unitFactor(s.q.unit, unit));
    if (bv.lt(sv)) return;
    relation(out, {
      ruleId: 'difference',
      stated: q.q,
      label: t('节约额'),
      operands: [operandOf(b.q), operandOf(s.q)],
      formula: `${b.q.label} ${b.q.raw} − ${s.q.label} ${s.q.raw}`,
      computed: bv.sub(sv),
      expected: sub(scale(intervalOf(b.q), unitFactor(b.q.unit, unit)), scale(intervalOf(s.q), unitFactor(s.q.unit, unit))),
      decimals: moneyDecimals(b.q.decimals, s.q.decimals, q.q.decimals),
      unit,
    });
  });
}
