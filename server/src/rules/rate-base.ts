// Which budget a rate is of, where its sentence does not name it plainly (rate.ts asks): the paragraph before's, one
// changed in the rate's own sentence, one on the basis of the amount it divides.
import type { Paragraph, Quantity, Report } from '../report/model';
import { isComparison } from './compared';
import { isBudget } from './measure-words';
import type { RateKind } from './rate';
import { sectionIndexAt } from './sections';

/** Amounts that change a budget stated before them (`年中追加30万元`, `加上年结转资金30万元`). */
// (`预算调整增加15.00万元`, `年中调整增加…` — a helper's 决算说明 probe.)
const ADJUSTED_BY = /追加|调增|调减|追减|核减|压减|上年结转|结转资金|结余资金|调整(增加|减少)|预算调整|年中调整/;
/** What the budget and its changes make, named so: the rate's base. */
const AVAILABLE = /可用资金|可支配资金|资金总额|全年可用/;

/**
 * `该项目年初预算120万元，年中追加30万元，全年执行数146.3万元，执行率97.53%` (a helper's 自评报告 probes): a budget changed in
 * the rate's own sentence (`before`: its figures before the rate) is not the one the rate is of — the sum the sentence
 * names (全年可用资金150万元), or, unnamed, none (null); else the budget as it stands.
 */
export function changedBudget(before: Quantity[], num: Quantity, den: Quantity): Quantity | null {
  if (!isBudget(den.label) || /调整后|全年|可执行|可用/.test(den.label)) return den;
  // `项目资金4385.10万元（年初预算3575.50万元，年中追加809.60万元）` (a helper's 自评报告 probes): a budget changed in the
  // brackets after a sum is a part of that sum, which is the base.
  if (den.inParens && before.some((q) => q.inParens && q.kind === 'money' && q.span.start > den.span.end && ADJUSTED_BY.test(q.label))) {
    const owner = before.filter((q) => q.span.end <= den.span.start && !q.inParens && q.kind === 'money' && !q.incidental).pop();
    return owner && owner !== num ? owner : null;
  }
  const own = before.filter((q) => q !== num && q.kind === 'money' && !q.incidental && !q.inParens && q.span.start > den.span.end);
  if (!own.some((q) => ADJUSTED_BY.test(q.label))) return den;
  const available = own.filter((q) => AVAILABLE.test(q.label));
  return available.length === 1 ? available[0] : null;
}

/**
 * `固定资产原值865.32万元，净值452.76万元，其中在用资产净值438.20万元，资产使用率96.78%` (a helper's 自评报告 probe): a 净值 over a
 * 净值 — the one amount of the rate's basis before it, or none.
 */
export function sameBasis(before: Quantity[], num: Quantity, den: Quantity): Quantity | undefined {
  const net = /净值/.test(num.label);
  if (net === /净值/.test(den.label)) return den;
  const same = before.filter((q) => q !== num && q.kind === 'money' && !q.incidental && !/在用/.test(q.label) && /净值/.test(q.label) === net && (net || /原值/.test(q.label)));
  return same.length === 1 ? same[0] : undefined;
}

/** The one budget of the paragraph before (or the one preferred among them), when both paragraphs are in one section. */
/**
 * `（一）预算情况` over the budget's paragraph (section `a`), then `（二）预算执行情况` over the rate's (section `b`; a
 * helper's Word 自评报告): the section right before, of the same level, is the budget's, the rate's the execution's —
 * and the two paragraphs meet at its heading.
 */
function budgetThenExecution(report: Report, a: number, b: number, before: Paragraph, p: Paragraph): boolean {
  if (a < 0 || b !== a + 1) return false;
  const [ha, hb] = [report.headings[a], report.headings[b]];
  if (ha.level !== hb.level || before.span.end > hb.span.start || p.span.start < hb.span.end) return false;
  return /预算(安排)?(情况|编制)?$/.test(ha.title) && !/执行|支出|决算/.test(ha.title) && /执行/.test(hb.title);
}

/** Funds received or allotted, not budgeted: `实际下达资金`, `到位资金`, `拨付`. */
const RECEIVED = /下达|到位|拨付|收到/;

export function budgetBefore(report: Report, before: Paragraph, p: Paragraph, kind: Pick<RateKind, 'numerator' | 'denominator' | 'prefer' | 'rate'>, spent: Quantity): Quantity | undefined {
  const [a, b] = [sectionIndexAt(report, before.span.start), sectionIndexAt(report, p.span.start)];
  if (a !== b && !budgetThenExecution(report, a, b, before, p)) return undefined;
  // Not a paragraph with its own spending or rate (another item's, another year's: `（一）项目支出。全年预算…，执行数…，
  // 执行率…` before `（二）整体执行情况。…`), nor an item of a list other than the rate's.
  if (before.quantities.some((q) => !q.incidental && ((q.kind === 'money' && kind.numerator(q.label)) || (q.kind === 'percent' && kind.rate.test(q.label))))) return undefined;
  if ((before.listMarker || p.listMarker) && before.listMarker?.number !== p.listMarker?.number) return undefined;
  // (Nor one that names the funds received besides the budget: `预算飞行经费共计7952万元,财政部实际下达资金2513万元,资金到位率为
  // 31%。` / `实际执行2513万元,执行率100%。` (sp-yunnan-yjglt-2020) — the rate may be of what was received.)
  if (before.quantities.some((q) => q.kind === 'money' && !q.incidental && RECEIVED.test(q.label) && !kind.denominator(q.label))) return undefined;
  const budgets = before.quantities.filter((q) => q.kind === 'money' && !q.incidental && !q.inParens && kind.denominator(q.label) && !isComparison(q.label));
  const preferred = kind.prefer ? budgets.filter((q) => kind.prefer!.test(q.label)) : [];
  const budget = preferred.length === 1 ? preferred[0] : budgets.length === 1 ? budgets[0] : undefined;
  // (`项目支出全年预算…` and `部门全年执行数…`: two subjects named.)
  const subject = (label: string) => label.replace(/(全年|年初|调整后|本年|年度)?(预算|执行|支出|决算|实际).*$/, '').replace(/^\d{4}年度?/, '');
  if (budget && subject(budget.label) && subject(spent.label) && subject(budget.label) !== subject(spent.label)) return undefined;
  return budget;
}
