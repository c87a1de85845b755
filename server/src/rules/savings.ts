// `“三公”经费预算36.00万元，实际支出28.46万元，节约7.54万元`: what was saved is the budget less what was spent. Read only
// as three amounts in a row of one sentence — a budget, what was spent, then the saving named bare (节约, 节支, 结余) —
// and only when the budget is the larger (a saving cannot be negative).
import type { Quantity, Report } from '../report/model';
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
    budgetLessSpent(out, q.q, t('节约额'), b.q, s.q);
  });
}

const UNSPENT = /^[\s\u3000]*(未执行|未支出|尚未支出|尚未使用|未使用|剩余|结余)(资金|金额|部分)?(为|达|共)?$/;

/**
 * `全年预算数4012.30万元，全年执行数3876.52万元，预算执行率96.62%，未执行资金135.78万元` (a helper's 自评 slip probe): what
 * was left unspent is the budget less what was spent, with the rate between them. Read only as a budget, then what was
 * spent, then the amount left named so, in one sentence, with nothing but rates between them.
 */
export function unspent(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 2; i < all.length; i++) {
    const q = all[i];
    if (q.q.kind !== 'money' || q.q.incidental || q.q.inParens || !UNSPENT.test(q.q.label)) continue;
    // The two money figures before it in its sentence, past rates only.
    const before: Located[] = [];
    for (let j = i - 1; j >= 0 && before.length < 2 && i - j <= 4 && all[j].sentence === q.sentence; j--) {
      const l = all[j];
      if (l.q.kind === 'percent') continue;
      if (l.q.kind !== 'money' || l.q.incidental || l.q.inParens) break;
      before.unshift(l);
    }
    if (before.length < 2) continue;
    const [b, s] = before;
    if (!isBudget(b.q.label) || !isActual(s.q.label) || isBudget(s.q.label)) continue;
    budgetLessSpent(out, q.q, q.q.label.replace(/(为|达|共)$/, ''), b.q, s.q);
  }
}

/** `stated` as the budget less what was spent, in its unit; nothing when the budget is the smaller (no saving then). */
function budgetLessSpent(out: RuleOutput, stated: Quantity, label: string, b: Quantity, s: Quantity): void {
  const unit = stated.unit;
  const bv = b.value.mul(unitFactor(b.unit, unit));
  const sv = s.value.mul(unitFactor(s.unit, unit));
  if (bv.lt(sv)) return;
  relation(out, {
    ruleId: 'difference',
    stated,
    label,
    operands: [operandOf(b), operandOf(s)],
    formula: `${b.label} ${b.raw} − ${s.label} ${s.raw}`,
    computed: bv.sub(sv),
    expected: sub(scale(intervalOf(b), unitFactor(b.unit, unit)), scale(intervalOf(s), unitFactor(s.unit, unit))),
    decimals: moneyDecimals(b.decimals, s.decimals, stated.decimals),
    unit,
  });
}
