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
import { PLANNED, SAVED as SAVED_NAME, SPENT } from './saving-rate';

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

/** What was bought, as 政府采购 summaries name it: `实际采购金额为`, and `完成政府采购` (醴陵: what was done, not its budget). */
const BOUGHT = (l: string) => SPENT(l) || (/完成(政府)?采购$/.test(l) && !/预算|计划/.test(l));
/** How many figures back in its sentence a saving's budget and purchase are looked for. */
const PURCHASE_BACK = 6;
const PURCHASE_PARAGRAPH_BACK = 16;

/**
 * `完成政府采购24617.99万元,采购预算25439.38万元,节约资金821.5万元` (sd-liling-czj-2020), `完成政府采购预算为10.56亿元,实际
 * 采购金额为9.14亿元,实际采购规模比上年同期增长45.06%,节约资金1.01亿元` (sd-baise-caigou-nd): a 政府采购 saving is its budget
 * less what was bought, in either order and past rates between them. Read only when the sentence names one budget and
 * one purchase before the saving (after any saving before it).
 */
export function purchaseSavings(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 2; i < all.length; i++) {
    const saving = all[i];
    const q = saving.q;
    if (q.kind !== 'money' || q.incidental || q.inParens || !/^(节约|节省)(资金|金额)?(为|达)?$/.test(q.label.replace(/^[\s\u3000]+/, ''))) continue;
    // Its sentence first; when that names neither, the paragraph before it (`全市共实施政府采购预算238.5亿元,实际采购金额
    // 213.8亿元,…。货物类采购…。节约资金24.6亿元`, rc3-suzhou-caigou-2014).
    const named = (sameSentence: boolean) => {
      const before: Located[] = [];
      for (let j = i - 1; j >= 0 && i - j <= (sameSentence ? PURCHASE_BACK : PURCHASE_PARAGRAPH_BACK) && all[j].paragraph === saving.paragraph; j--) {
        const l = all[j];
        if (sameSentence && l.sentence !== saving.sentence) break;
        if (l.q.kind === 'money' && SAVED_NAME(l.q.label)) break;
        if (l.q.kind === 'money' && !l.q.incidental && !l.q.inParens) before.push(l);
      }
      return { budgets: before.filter((l) => PLANNED(l.q.label)), bought: before.filter((l) => BOUGHT(l.q.label)) };
    };
    let { budgets, bought } = named(true);
    if (!budgets.length && !bought.length) ({ budgets, bought } = named(false));
    if (budgets.length !== 1 || bought.length !== 1) continue;
    budgetLessSpent(out, q, t('节约额'), budgets[0].q, bought[0].q);
  }
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
