// `预算为168.53万元，其中：因公出国(境)费39万元…。“三公”经费支出为163.58万元，完成预算的97.06%，其中：因公出国
// (境)费支出52.15万元，完成预算的133.72%`: an item's 完成预算 rate is its spending over its own budget, stated
// sentences before it — by name, or as a part of a budget's 其中 list.
import type { Paragraph, Quantity, Report } from '../report/model';
import { partLists } from './prose-lists';
import { isActual, isBudget } from './measure-words';

/** What an amount is of: its name without the year, the org words before a quoted name, and the measure words. */
export function itemOf(label: string): string {
  return label
    .replace(/^[（(]/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(全年|本年|当年)/, '')
    .replace(/(财政拨款)?(支出)?(决算|实际)?(数|额|金额|总额)?(为|是|共计|合计)?$/, '')
    .replace(/(年初|全年|调整后)?预算(安排)?(数|额|金额|总额)?$/, '')
    .replace(/(支出|决算)$/, '');
}

/** Whether two item names speak of the same item: equal, or one ends with the other (`市人大“三公”经费`). */
function sameItem(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return a === b || (a.length >= 4 && b.endsWith(a)) || (b.length >= 4 && a.endsWith(b));
}

const LOOK_BACK = 60;
const budgetParts = new WeakMap<Report, Set<Quantity>>();
/** Figures stated as parts of a budget (`预算为168.53万元，其中：因公出国(境)费39万元`). */
function partsOfBudgets(report: Report): Set<Quantity> {
  let set = budgetParts.get(report);
  if (!set) {
    set = new Set();
    for (const l of partLists(report)) if (isBudget(l.total.label) && !l.partial) for (const q of l.parts) set.add(q);
    budgetParts.set(report, set);
  }
  return set;
}

/**
 * The actual amount a rate is of (the money figure just before it in its sentence, when its name says it was
 * spent) and that item's budget stated earlier in the paragraph, when exactly one figure (or several saying the
 * same value) can be it.
 */
export function itemAndBudget(report: Report, p: Paragraph, r: Quantity, at: number): [Quantity, Quantity] | undefined {
  // The figures before the rate, a bounded look back (a budget is stated a few sentences before at most): a
  // paragraph of thousands of rates must not be read again for each.
  const before = p.quantities.slice(Math.max(0, at - LOOK_BACK), at).filter((q) => !q.incidental);
  const sentence = p.sentences.find((s) => s.span.start <= r.span.start && r.span.start <= s.span.end);
  const num = before[before.length - 1];
  if (!num || !sentence || num.kind !== 'money' || num.inParens || num.span.start < sentence.span.start) return undefined;
  if (!isActual(num.label)) return undefined;
  const item = itemOf(num.label);
  const parts = partsOfBudgets(report);
  const found = before.filter(
    (q) => q !== num && q.kind === 'money' && !q.inParens && q.span.start < sentence.span.start &&
      (isBudget(q.label) || parts.has(q)) && !isActual(q.label) && sameItem(item, itemOf(q.label)),
  );
  if (!found.length || found.some((q) => !q.value.eq(found[0].value) || q.unit !== found[0].unit)) return undefined;
  return [num, found[found.length - 1]];
}
