// `“三公”经费支出34.1万元,完成全年预算50.74万元的67.2%`, `基金收入总额72,716万元,完成年初预算31,700万元的229.39%`
// (rd-mayang-sjj-2019): the budget stated inside the completion phrase, and the amount the sentence states just before
// it. The rate is that amount over the budget.
import type { Paragraph, Quantity, Report } from '../report/model';
import { isBudgetOfCompletion, isEarlierComparison } from './prose-index';
import { COMPARISON } from './prose-lists';
import { isBudget } from './measure-words';

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
    return [q, budget];
  }
  return undefined;
}
