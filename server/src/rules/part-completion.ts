// `“三公”经费支出预算为7.55万元，支出决算为7.55万元，完成预算的100%。其中：…公务用车购置及运行费支出决算为4.81万元，
// 完成预算的63.71%；公务接待费支出决算为2.74万元，完成预算的36.29%` (bm-xundian-sfj-2018): each item's 完成预算的
// is its share of the whole's budget (4.81 ÷ 7.55), not its own budget's completion. The items' own budgets are not
// stated, but they cannot all be the whole budget: the budgets those rates imply (4.81 ÷ 63.71% + 2.74 ÷ 36.29% =
// 15.10) exceed the whole's 7.55. Only then, and only when every item's rate is its share of the whole's budget, is
// it reported: an item whose own budget a text states elsewhere is item-budget.ts's.
import Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { fmt } from './format';
import { canBeAtMost, div, intervalOf, overlaps, scale, sum, type Interval } from './interval';
import { isActual, isBudget } from './measure-words';
import { partLists } from './prose-lists';
import { lowerBound } from './figures-before';
import type { RuleOutput } from './rule';

const COMPLETION = /^完成(年初|全年|年度)?预算(数)?的?$/;
const isCompletion = (q: Quantity | undefined): q is Quantity =>
  !!q && q.kind === 'percent' && q.unit === '%' && !q.incidental && COMPLETION.test(q.label);

interface ItemRate {
  item: Quantity;
  rate: Quantity;
  /** The item's share of the whole's budget, in %. */
  share: Interval;
  /** The budget its rate implies: item ÷ rate. */
  implied: Interval;
}

export function partCompletions(report: Report, out: RuleOutput): void {
  for (const list of partLists(report)) {
    if (list.partial || list.total.kind !== 'money' || !isActual(list.total.label)) continue;
    const figures = list.paragraph.quantities;
    // (Found by position: a paragraph of one pasted line may hold thousands of figures and lists.)
    const indexOf = (q: Quantity) => {
      const i = lowerBound(figures.length, (k) => figures[k].span.start >= q.span.start);
      return figures[i] === q ? i : -1;
    };
    const at = indexOf(list.total);
    const firstPart = indexOf(list.parts[0]);
    if (at < 0 || firstPart <= at || !figures.slice(at + 1, firstPart).some(isCompletion)) continue;
    // The whole's budget: stated just before the whole in its sentence (`支出预算为7.55万元，支出决算为7.55万元`).
    const budget = figures[at - 1];
    if (!budget || budget.kind !== 'money' || budget.unit !== list.total.unit || !isBudget(budget.label) || isActual(budget.label)) continue;
    const sentences = list.paragraph.sentences;
    const sentence = sentences[lowerBound(sentences.length, (k) => sentences[k].span.end > list.total.span.start)];
    if (!sentence || budget.span.start < sentence.span.start || budget.value.isZero()) continue;
    const items: ItemRate[] = [];
    for (const item of list.parts) {
      const j = indexOf(item);
      const rate = j < 0 ? undefined : figures[j + 1];
      if (!isCompletion(rate) || item.unit !== budget.unit) continue;
      if (item.value.isZero() || rate.value.isZero()) continue;
      const share = div(scale(intervalOf(item), 100), intervalOf(budget));
      const implied = div(scale(intervalOf(item), 100), intervalOf(rate));
      if (!share || !implied) return;
      items.push({ item, rate, share, implied });
    }
    if (items.length < 2 || !items.every((i) => overlaps(intervalOf(i.rate), i.share))) continue;
    const total = sum(items.map((i) => i.implied));
    if (canBeAtMost(total, intervalOf(budget))) continue;
    const impliedSum = items.reduce((s, i) => s.add(i.item.value.mul(100).div(i.rate.value)), new Decimal(0));
    for (const { item, rate } of items) {
      out.report({
        span: rate.span,
        message: t(
          '{0} {1}{2}“完成预算的 {3}%”是它占总预算 {4}{2} 的比例（{1} ÷ {4} = {5}%），不是它自己预算的完成比例：按各项的比例推算，各项预算合计 {6}{2}，超过总预算 {4}{2}',
          item.label, item.raw, item.unit, rate.raw, budget.raw, fmt(item.value.mul(100).div(budget.value), 2), fmt(impliedSum, 2),
        ),
        related: [
          { span: item.span, message: `${item.label} ${item.raw}${item.unit}` },
          { span: budget.span, message: `${budget.label} ${budget.raw}${budget.unit}` },
        ],
      });
    }
  }
}
