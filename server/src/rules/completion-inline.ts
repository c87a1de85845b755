// `“三公”经费支出34.1万元,完成全年预算50.74万元的67.2%`, `基金收入总额72,716万元,完成年初预算31,700万元的229.39%`
// (rd-mayang-sjj-2019): the budget stated inside the completion phrase, and the amount the sentence states just before
// it. The rate is that amount over the budget.
import type { Paragraph, Quantity, Report } from '../report/model';
import { isBudgetOfCompletion, isEarlierComparison } from './prose-index';
import Decimal from 'decimal.js';
import { COMPARISON, listOfPart, unitFactor } from './prose-lists';
import { div, intervalOf, overlaps, scale } from './interval';
import { isBudget } from './measure-words';
import { GAP_TO } from './compared';

/** The amount and the budget of the completion rate at p.quantities[at], or undefined when not that form. */
export function completionInline(report: Report, p: Paragraph, at: number): [Quantity, Quantity] | undefined {
  const rate = p.quantities[at];
  const budget = p.quantities[at - 1];
  if (!budget || !isBudgetOfCompletion(budget, rate)) return undefined;
  if (/[。；;！？]/.test(report.text.slice(budget.fullSpan.end, rate.span.start))) return undefined;
  for (let i = at - 2; i >= 0 && i >= at - 6; i--) {
    const q = p.quantities[i];
    if (/[。；;！？]/.test(report.text.slice(q.fullSpan.end, budget.span.start))) return undefined;
    if (q.incidental || q.inParens) continue;
    // `公务用车运行维护费支出3758万元,比上年增支816万元,增长27.74%,为年初预算数4688万元的80.51%` (rc2-kezhou-czj-2021):
    // the change from last year and its rate stand between the amount and its budget.
    if ((q.kind === 'money' && /^(比|较)(上年|去年|上一年|同期)/.test(q.label) && COMPARISON.test(q.label)) || (q.kind === 'percent' && isEarlierComparison(q))) continue;
    // (`一般公共预算收入46900万元,完成预算46508万元的100.8%` (rh1-gangu-czj-2023): a fund's name is no budget.)
    if (q.kind !== 'money' || COMPARISON.test(q.label) || isBudget(q.label)) return undefined;
    return [wholeIfItFits(report, q, budget, rate), budget];
  }
  return undefined;
}

const COMPLETED = /完成(年初|全年|调整后)?预算数?的?$/;
const GAP = /^决算数?(大于|超过|高于|多于|小于|低于|少于)(年初|全年|调整后)?预算数?$/;

/**
 * `一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算100%,决算数大于预算数55.93万元`
 * (js-tianshui-you-2017): the completion rate and, right after it, how far the 决算 is above or below the budget —
 * the budget is the amount less (大于) or plus (小于) that gap. The amount, the gap, and whether it is above.
 */
export function completionAndGap(report: Report, p: Paragraph, at: number): { done: Quantity; gap: Quantity; above: boolean } | undefined {
  const rate = p.quantities[at];
  const gap = p.quantities[at + 1];
  if (!COMPLETED.test(rate.label) || !gap || gap.kind !== 'money' || gap.incidental || gap.inParens) return undefined;
  // (Or `…本年收入1205.11万元,完成年初预算的70%,比年初预算减少537.35万元` (sc-henan-jcy-2019): the gap said as a change.)
  const word = GAP.exec(gap.label);
  const change = word ? undefined : GAP_BEFORE.exec(gap.label);
  if ((!word && !change) || /[。；;！？]/.test(report.text.slice(rate.fullSpan.end, gap.span.start))) return undefined;
  for (let i = at - 1; i >= 0 && i >= at - 6; i--) {
    const q = p.quantities[i];
    if (/[。！？]/.test(report.text.slice(q.fullSpan.end, rate.span.start))) return undefined;
    if (q.incidental || q.inParens) continue;
    if ((q.kind === 'money' && COMPARISON.test(q.label)) || (q.kind === 'percent' && isEarlierComparison(q))) continue;
    if (q.kind !== 'money' || isBudget(q.label) || q.unit !== gap.unit) return undefined;
    return { done: q, gap, above: word ? /大于|超过|高于|多于/.test(word[1]) : /增加|多|超/.test(change![3]) };
  }
  return undefined;
}

/** `比预算减少7.65万元`, `较年初预算增加6.28万元`: how far the amount before it is from its budget, the budget unstated. */
const GAP_BEFORE = /^(比|较)(年初|全年|调整后)?预算数?(增加|减少|多出?|少|节约|超支|超出)了?$/;
const RATE_AFTER_GAP = /^(完成(年初|全年|调整后)?预算数?的?|(预算)?执行率(为|是|达到?)?)$/;

/**
 * `“三公”经费支出决算为12.35万元，比预算减少7.65万元，完成预算的61.75%` (a helper's 决算说明 probes): the gap to the
 * budget stated before the rate, the budget itself never — it is the amount plus (减少) or less (增加) the gap. (Read
 * otherwise, the gap looked like the budget and a right rate drew `应为 161.44%`.)
 */
export function gapBeforeCompletion(report: Report, p: Paragraph, at: number): { done: Quantity; gap: Quantity; above: boolean } | undefined {
  const rate = p.quantities[at];
  const gap = p.quantities[at - 1];
  const done = p.quantities[at - 2];
  if (!RATE_AFTER_GAP.test(rate.label) || !gap || !done) return undefined;
  const word = GAP_BEFORE.exec(gap.label);
  const past = GAP_TO.exec(gap.label);
  if ((!word && !past) || gap.kind !== 'money' || gap.incidental || gap.inParens) return undefined;
  if (done.kind !== 'money' || done.incidental || done.inParens || COMPARISON.test(done.label) || isBudget(done.label) || done.unit !== gap.unit) return undefined;
  if (/[。；;！？]/.test(report.text.slice(done.fullSpan.end, rate.span.start))) return undefined;
  return { done, gap, above: word ? /增加|多|超/.test(word[3]) : /超|高|多/.test(past![1]) };
}

/**
 * `“三公”经费支出15.84万元，其中公务接待费3.48万元，完成全年预算20万元的79.2%` (a helper's 自评报告 probe): after a 其中 part
 * the rate may be the part's or the whole's; the whole's when only it gives the rate, or, when neither does, when its
 * rate is the nearer to the one printed; else the part's.
 */
function wholeIfItFits(report: Report, q: Quantity, budget: Quantity, rate: Quantity): Quantity {
  const list = listOfPart(report, q);
  if (!list || budget.value.isZero()) return q;
  const fits = (x: Quantity) => {
    const r = div(scale(intervalOf(x), unitFactor(x.unit, budget.unit)), intervalOf(budget));
    return !!r && overlaps(scale(r, new Decimal(100)), intervalOf(rate));
  };
  if (fits(q)) return q;
  if (fits(list.total)) return list.total;
  const gap = (x: Quantity) => x.value.mul(unitFactor(x.unit, budget.unit)).div(budget.value).mul(100).sub(rate.value).abs();
  return gap(list.total).lt(gap(q)) ? list.total : q;
}
