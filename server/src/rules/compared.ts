// Which figures a 较…增加/减少 speaks of: the figure compared, and what it is compared with. Kept apart from the
// arithmetic of the difference rule: the pairing is where a false alarm would come from.
import type { Report } from '../report/model';
import { isAside, isBudgetOfCompletion, proseFigures, type Located } from './prose-index';

/** `较年初预算增加…`: the label of a change that names what it is compared with. */
export const DIFFERENCE = /(较|比|相比|与)(.+?)(相比)?(增加|减少|多出|多|少|节约|超支|增长|下降)了?$/;
export const CHANGE_ONLY = /^(增加|减少|多出|多|少|节约|超支|增长|下降)了?$/;
/** `较年初预算`, `比上年的`: the label of a figure that is what something is compared with. */
export const INLINE = /(较|比|相比|与)(.+?)(相比)?的?$/;

/** A figure's subject: its label without the year and the budget or accounts word (`基本支出调整后预算` → 基本支出). */
function measuredSubject(label: string): string {
  // `全年决算支出共计` → 支出: the words of time and kind, and a total word, say nothing of whose figure it is.
  // (`决算数` whole: not 数 left over as if it were a subject, ro-zhongyang-bumen-sgjf-2011.)
  return label.replace(/^(\d{4}年度?)?(全年|本年|决算数?|部门)*/, '').replace(/(共计|总计)$/, '').replace(MEASURE, '');
}
const MEASURE = /(调整后预算|年初预算|预算数|预算|决算数|决算|执行数|执行|实际支出|支出数)$/;
/** Subjects that are the whole department's: compared with its budget as it stands. */
const WHOLE = /^(总?收入|总?支出|收支|总额|支出合计|收入合计|支出总额|收入总额|资金|预算资金)?$/;

/** The parts a department's budget is divided into: a budget of one of them is no budget of the whole. */
const COMPONENT = /^(基本支出|项目支出|人员经费|(日常)?公用经费|工资福利支出|商品和服务支出|对个人和家庭的?补助|资本性支出)$/;

/**
 * `商品和服务支出205.95万元，较年初预算减少28.05万元` speaks of 商品和服务支出's own 年初预算: a budget of another
 * subject (基本支出年初预算), or the department's when the figure is a part's, is not what it is compared with.
 * A figure of the whole (决算总收入) is compared with a budget of the whole; one whose label names no subject
 * (`实际支出` after `“三公”经费预算…`) with any budget but a part's (人员经费年初预算).
 */
export function sameSubject(current: string, ref: string, refName: string): boolean {
  // (Asked of every figure a look-up passes with the same `current`: its subject is read once.)
  if (current !== last.current) last = subjectOf(current);
  const { subject } = last;
  if (subject && !last.whole) return ref.includes(subject);
  const theirs = ref.replace(refName, '').replace(/\d{4}年度?|年初|全年|本年|本部门|本单位|部门|单位|安排|预算/g, '');
  if (!subject) return !COMPONENT.test(theirs);
  return WHOLE.test(theirs);
}
const subjectOf = (current: string) => {
  const subject = measuredSubject(current);
  return { current, subject, whole: WHOLE.test(subject) };
};
let last = subjectOf('');

/** A figure stated as a comparison's change or base (`较年初预算增加`, `增加`, `较上年决算`), not as an amount. */
export function isComparison(label: string): boolean {
  return isChangeFrom(label) || INLINE.test(label);
}

/** The label of a change from something (`比预算减少`, `增加`), not of what it is compared with (`较年初预算`). */
export function isChangeFrom(label: string): boolean {
  return DIFFERENCE.test(label) || CHANGE_ONLY.test(label) || YEAR_CUT.test(label) || GAP_TO.test(label);
}
/** `超过全年预算`, `低于预算`, `不足年初预算的部分为`: by how much a figure is past (or short of) its budget. */
export const GAP_TO = /^(超过|超出|高于|多于|低于|少于|不足)(年初|全年|调整后)?预算(数)?(的部分)?(为|是)?$/;
// `比2014年度预算数减少1485.38万元` (rz-zhongyang-cas-2014): the year took 比, the label keeps only what is compared with.
const YEAR_CUT = /^(年度?)?(年初|调整后|全年)?(预算|决算)(数)?(增加|减少|多出|少|节约|超支)了?$/;

/** The nearest money figure before `at` in its sentence that is not itself a comparison's. */
export function subjectBefore(report: Report, at: Located): Located | undefined {
  const all = proseFigures(report);
  for (let i = at.index - 1; i >= 0 && all[i].sentence === at.sentence; i--) {
    const q = all[i].q;
    // (Nor an aside in brackets, from outside them: `政府采购金额498.6万元（货物类120.5万元、服务类378.1万元），较上年612.3万元
    // 减少113.7万元` compares the 498.6 — a helper's 自评报告 probe; inside, `（其中:公务用车购置费209万元,较上年251万元减少
    // 42万元…）` the bracket's own figures, sg-diqing-czj-2021.)
    // (Nor one in an earlier bracket than the base's own: `收入1500万元（含结转200万元），比年初预算（1400万元）增加100万元` — a
    // helper's probe.)
    const otherBracket = q.inParens && at.q.inParens && /[)）]/.test(report.text.slice(q.span.end, at.q.span.start));
    if (q.incidental || q.kind !== 'money' || (q.inParens && !at.q.inParens) || otherBracket || isAside(all, i)) continue;
    if (all[i + 1] && all[i + 1].sentence === at.sentence && isBudgetOfCompletion(q, all[i + 1].q)) continue;
    if (!isComparison(q.label)) return all[i];
  }
  return undefined;
}

