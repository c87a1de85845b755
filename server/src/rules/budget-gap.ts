// `“三公”经费财政拨款支出预算为52.00万元，支出决算为41.36万元，决算数较预算数减少10.64万元` (the 决算说明's 三公 sentence,
// a helper's slip probes): the gap between a sentence's budget and its 决算, both named by their measure words only. Read
// only as three amounts in a row of one sentence: the budget and the 决算 (either first), then the gap, named for both
// (`决算数较预算数减少`, `决算较预算增加`, `比预算减少`, `决算数小于预算数`). A word against the figures (增加 where the 决算
// is the smaller) is reported as such, with the word's fix.
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { intervalOf, overlaps, scale, sub } from './interval';
import { isActual, isBudget } from './measure-words';
import { unitFactor } from './prose-lists';
import { threeInARow } from './savings';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const GAP = /^(?:决算数?)?(?:较|比)(年初|全年|调整后)?预算数?(增加|减少|多出|多|少|超支|超出)了?$|^决算数?(大于|小于|高于|低于|超过|少于|多于)(年初|全年|调整后)?预算数?$/;
const UP = /增加|多|超|大于|高于/;
const OPPOSITE: Record<string, string> = { 增加: '减少', 减少: '增加', 多: '少', 少: '多', 大于: '小于', 小于: '大于', 高于: '低于', 低于: '高于', 多于: '少于', 少于: '多于', 超支: '节约', 超出: '少', 多出: '少' };

export function budgetGaps(report: Report, out: RuleOutput): void {
  threeInARow(report, (x, y, g, between) => {
    const m = GAP.exec(between.replace(/^[，,、\s\u3000]+/, '').replace(/[\s\u3000]+/g, ''));
    if (!m) return;
    const [budget, actual] = isBudget(x.q.label) && isActual(y.q.label) && !isBudget(y.q.label) ? [x.q, y.q] : isBudget(y.q.label) && isActual(x.q.label) && !isBudget(x.q.label) ? [y.q, x.q] : [];
    if (!budget || !actual) return;
    const word = m[2] ?? m[3];
    // (`年初预算60.00万元，调整后预算68.50万元，支出决算62.35万元，比年初预算增加2.35万元`: the budget the gap names.)
    const named = m[1] ?? m[4];
    if (named && !budget.label.includes(named)) return;
    check(out, g.q, budget, actual, UP.test(word), word);
  });
}

function check(out: RuleOutput, gap: Quantity, budget: Quantity, actual: Quantity, up: boolean, word: string): void {
  const unit = gap.unit;
  const b = scale(intervalOf(budget), unitFactor(budget.unit, unit));
  const a = scale(intervalOf(actual), unitFactor(actual.unit, unit));
  const bv = budget.value.mul(unitFactor(budget.unit, unit));
  const av = actual.value.mul(unitFactor(actual.unit, unit));
  // The word against the figures, the amount right: the word is the slip.
  const other = up ? sub(b, a) : sub(a, b);
  if ((up ? av.lt(bv) : av.gt(bv)) && overlaps(other, intervalOf(gap)) && OPPOSITE[word]) {
    const right = OPPOSITE[word];
    out.report({
      span: gap.span,
      message: t('{0} {1} {2} {3} {4}，差额 {5} 是“{6}”，与文中的“{7}”不符', actual.label, actual.raw + actual.unit, up ? t('小于') : t('大于'), budget.label, budget.raw + budget.unit, gap.raw + gap.unit, right, word),
      related: [
        { span: actual.span, message: `${actual.label} ${actual.raw}${actual.unit}` },
        { span: budget.span, message: `${budget.label} ${budget.raw}${budget.unit}` },
      ],
    });
    return;
  }
  relation(out, {
    ruleId: 'difference',
    stated: gap,
    label: t('决算与预算的差额'),
    operands: [operandOf(actual), operandOf(budget)],
    formula: up ? `${actual.label} ${actual.raw} − ${budget.label} ${budget.raw}` : `${budget.label} ${budget.raw} − ${actual.label} ${actual.raw}`,
    computed: up ? av.sub(bv) : bv.sub(av),
    expected: up ? sub(a, b) : sub(b, a),
    decimals: moneyDecimals(budget.decimals, actual.decimals, gap.decimals),
    unit,
  });
}
