// Every prose figure in document order, with its paragraph and sentence: for rules that look back for a
// figure by its name (the whole of a share, the budget a difference is taken from).
import type { Clause, Paragraph, Quantity, Report, Sentence } from '../report/model';
import { topSectionAt } from './sections';

export interface Located {
  q: Quantity;
  paragraph: Paragraph;
  sentence: Sentence;
  /** The clause it stands in, and that clause's index in the sentence (so no rule searches the sentence for it). */
  clause: Clause;
  clauseIndex: number;
  /** Index in the document-wide list. */
  index: number;
}

const cache = new WeakMap<Report, Located[]>();

export function proseFigures(report: Report): Located[] {
  let all = cache.get(report);
  if (!all) {
    const list: Located[] = (all = []);
    for (const paragraph of report.paragraphs)
      for (const sentence of paragraph.sentences)
        sentence.clauses.forEach((clause, clauseIndex) => {
          for (const q of clause.quantities) list.push({ q, paragraph, sentence, clause, clauseIndex, index: list.length });
        });
    cache.set(report, list);
  }
  return all;
}

const located = new WeakMap<Report, Map<Quantity, Located>>();
/** Where a prose figure stands (undefined for a table cell's). */
export function locatedOf(report: Report, q: Quantity): Located | undefined {
  let map = located.get(report);
  if (!map) located.set(report, (map = new Map(proseFigures(report).map((l) => [l.q, l]))));
  return map.get(q);
}

/** The document's figures in runs sharing a sentence (or a paragraph), as [start, end) index pairs of proseFigures. */
export function* runsOf(all: Located[], by: 'sentence' | 'paragraph'): Generator<[number, number]> {
  let i = 0;
  while (i < all.length) {
    const key = all[i][by];
    let j = i;
    while (j < all.length && all[j][by] === key) j++;
    yield [i, j];
    i = j;
  }
}

/** How far back (in figures) a name is looked for: a report states its figures a few hundred at most, and a
 * bound keeps the analysis linear in the size of the text. */
const LOOK_BACK = 400;

/**
 * The nearest figure before `before` (document index) whose label names `name`: exactly, ending with it, or
 * (for a name of three characters or more) starting with it.
 * Figures of the same paragraph are preferred to earlier paragraphs.
 */
export function findNamed(
  report: Report,
  name: string,
  before: number,
  accept: (q: Quantity) => boolean,
  /** Only a figure of the paragraph `before` stands in is wanted: undefined may be answered once none can be. */
  ownParagraph = false,
): Located | undefined {
  const all = proseFigures(report);
  let endsWith: Located | undefined;
  let startsWith: Located | undefined;
  // `…“三公”经费支出预算为12.04万元,支出决算为12.04万元…。…“三公”经费支出决算数比2017年减少…` (sx-panlong-gulou-2018):
  // in the same paragraph, a figure named by the name's tail (支出决算) is it, when nothing is named more fully.
  let tailOf: Located | undefined;
  // `“三公”经费预算数` names `“三公”经费预算总额`: the same thing, its count word aside.
  const bare = measureless(name);
  // `“三公”经费支出` names `…“三公”经费总支出`; a name is matched without its 的.
  const totalled = /.{2,}[^总](支出|收入)$/.test(name) ? name.replace(/(支出|收入)$/, '总$1') : '';
  const plain = name.replace(/的/g, '');
  // `财政拨款收入支出总计各增加` names `财政拨款收入支出决算总计`: in a 决算, a total is its 决算 unless said otherwise.
  const unmeasured = FINAL_TOTAL_NAME.test(name) && !/预算|决算/.test(name);
  // `收入、支出总计减少` names `收入支出总计`: a list mark inside a name is no difference.
  const flat = name.includes('、') ? name.replace(/、/g, '') : '';
  const here = all[Math.min(before, all.length - 1)]?.paragraph;
  // `服务类完成145.79亿元,…。服务类采购规模比上年同期增加84.12亿元` (rc4-guangxi-czt-cgtj-2021): a 政府采购 kind
  // (货物类, 工程类, 服务类) names its one amount of the paragraph, whatever word follows it.
  const kind = KIND_OF_PURCHASE.exec(name)?.[0];
  let ofKind: Located | undefined;
  let kindAmbiguous = false;
  for (let i = before - 1; i >= 0 && i >= before - LOOK_BACK; i--) {
    const l = all[i];
    // Leaving the paragraph: a figure of it whose name ends or starts so (`“三公”经费预算` for 预算) comes before
    // one named exactly so further back (another project's 预算).
    if (l.paragraph !== here && ((endsWith && endsWith.paragraph === here) || (startsWith && startsWith.paragraph === here))) break;
    // Past the paragraph with nothing of it that only it could give (a tail, a kind; the 收支 pair, equalTotals): what
    // is found from here on is another paragraph's, or nothing.
    if (ownParagraph && l.paragraph !== here && !tailOf && !ofKind && !BOTH_SIDES.test(name)) return undefined;
    if (l.q.incidental) continue;
    // What the figure's name would make it (the name first: `accept` may cost more, and it only matters then).
    const label = l.q.label;
    const exact = label === name || (!!flat && label === flat);
    // (Not `对市县税收返还和转移支付` for 转移支付 (hd-gd-czt-2021): the last of two things named together is not both.)
    const ends = !exact && !endsWith && (endsAsWhole(label, name) || (bare.length >= 4 && endsAsWhole(measureless(label), bare)) || (!!totalled && label.endsWith(totalled)) || (unmeasured && endsAsWhole(label.replace(FINAL_TOTAL, '$1'), name)));
    // `“三公”经费支出4.38万元` is what `“三公”经费较上年减少` speaks of; `…开支的“三公”经费总支出` what `…开支“三公”经费` does.
    const tail = !exact && !tailOf && l.paragraph === here && label.length >= 4 && bare.length > label.length && bare.endsWith(measureless(label));
    // (Not `财政拨款收入总计` for 财政拨款收入: the total named after it is another figure.)
    const starts = !exact && !startsWith && ((!!flat && label.startsWith(flat)) || (name.length >= 3 && ((label.startsWith(name) && !(/(收入|支出)$/.test(name) && /^(总计|合计)/.test(label.slice(name.length)))) || (plain.length >= 6 && label.includes('的') && label.replace(/的/g, '').startsWith(plain)))));
    const ofThisKind = !exact && !!kind && l.paragraph === here && label.startsWith(kind);
    if (!(exact || ends || tail || starts || ofThisKind) || !accept(l.q)) continue;
    if (exact) return l;
    if (ends) endsWith = l;
    if (tail) tailOf = l;
    if (starts) startsWith = l;
    if (ofThisKind) {
      if (ofKind && !ofKind.q.value.eq(l.q.value)) kindAmbiguous = true;
      ofKind ??= l;
    }
  }
  return endsWith ?? startsWith ?? tailOf ?? (kindAmbiguous ? undefined : ofKind) ?? (BOTH_SIDES.test(name) ? equalTotals(all, before, here, accept) : undefined);
}
const KIND_OF_PURCHASE = /^(货物|工程|服务)类/;

/**
 * `收入总计16062.73万元,支出总计16062.73万元。收支较上年决算数增加1995.90万元,增长14.18%` (rf1-yuzhong-jkzx-2021,
 * rd2-chengkou-gxs-2022): 收支 names the 收入 and 支出 totals stated just before it in its paragraph, when they are one
 * amount — that amount; none when they differ.
 */
const BOTH_SIDES = /^(收支|收、支|收入支出|收入、支出)(总计|合计|总额)?$/;
function equalTotals(all: Located[], before: number, here: Paragraph | undefined, accept: (q: Quantity) => boolean): Located | undefined {
  let income: Located | undefined;
  let spending: Located | undefined;
  for (let i = before - 1; i >= 0 && i >= before - LOOK_BACK && all[i].paragraph === here && !(income && spending); i--) {
    const l = all[i];
    if (l.q.incidental || !accept(l.q)) continue;
    if (!income && /收入(总计|合计|总额)(为|是)?$/.test(l.q.label)) income = l;
    else if (!spending && /支出(总计|合计|总额)(为|是)?$/.test(l.q.label)) spending = l;
  }
  if (!income || !spending || income.q.unit !== spending.q.unit || !income.q.value.eq(spending.q.value)) return undefined;
  return income.q.span.start > spending.q.span.start ? income : spending;
}

/** Whether a label ends with a name, not as the last of two things named together (`税收返还和转移支付`). */
// (`2、公务用车运行费`, `二、…`: a list number before 、 is no other thing.)
// (Nor `服务类政府采购支出` for 政府采购支出: a kind of it, named by its 类.)
const endsAsWhole = (label: string, name: string) => label.endsWith(name) && !/[\u4e00-\u9fff]{2}[和及与、]$|类$/.test(label.slice(0, label.length - name.length));

/** A name without its trailing 数/总额/合计 (`预算数`, `预算总额` → 预算). */
const FINAL_TOTAL = /决算数?(总计|合计|总额)$/;
const FINAL_TOTAL_NAME = /.{4,}(总计|合计|总额)$/;
const measureless = (name: string) => {
  // (Asked of each figure findNamed passes, for each name looked up: kept by label.)
  let bare = measurelessOf.get(name);
  if (bare === undefined) {
    if (measurelessOf.size >= 50_000) measurelessOf.clear();
    measurelessOf.set(name, (bare = name.replace(/(数|总额|总数|合计|共计)$/, '')));
  }
  return bare;
};
const measurelessOf = new Map<string, string>();

/**
 * findNamed, unless the name is ambiguous: when the figure found is from another top-level section and another
 * figure named exactly the same further back says another value (`调整后预算7431.60万元` of the department, and
 * `调整后预算4926.40万元` of its projects), which one is meant cannot be told.
 */
export function findNamedUnique(report: Report, name: string, before: number, accept: (q: Quantity) => boolean): Located | undefined {
  const found = findNamed(report, name, before, accept);
  if (!found) return undefined;
  const all = proseFigures(report);
  const at = all[Math.min(before, all.length - 1)];
  if (!at || found.paragraph === at.paragraph) return found;
  // Within one top-level section the nearest is meant; from another, only if no other says otherwise.
  if (topSectionAt(report, found.q.span.start) === topSectionAt(report, at.q.span.start)) return found;
  for (let i = before - 1; i >= 0 && i >= before - LOOK_BACK; i--) {
    const q = all[i].q;
    if (all[i] !== found && !q.incidental && accept(q) && q.label === found.q.label && !q.value.eq(found.q.value)) return undefined;
  }
  return found;
}

/** The nearest figure before `index` in the same sentence that `accept`s, skipping dates and thresholds. */
export function previousInSentence(
  report: Report,
  index: number,
  accept: (q: Quantity) => boolean,
): Located | undefined {
  const all = proseFigures(report);
  const sentence = all[index].sentence;
  for (let i = index - 1; i >= 0 && all[i].sentence === sentence; i--) {
    if (all[i].q.incidental) continue;
    return accept(all[i].q) ? all[i] : undefined;
  }
  return undefined;
}

/**
 * Whether a figure is last year's, the base of a comparison rather than what is compared: `上年支出1,957.30万元`,
 * `比上年的11449.77万元增加…`, `较2022年的…`.
 */
export function isPrior(label: string): boolean {
  // `经比较2020年度镇本级“三公”经费41万元`: 比较 is the verb of the sentence, 2020 the figure's own year.
  label = label.replace(/^经?比较(?=\d{4}年)/, '');
  // `上年结转和结余5.9219万元`: money carried over from last year is this year's income, not last year's figure.
  label = label.replace(/(上年|以前年度)(结转|结余)/g, '$2');
  if (PRIOR_END.test(label) || PRIOR_DATED.test(label)) return true;
  return PRIOR.test(label) && !/本年|今年|当年/.test(label);
}
const PRIOR = /上年|去年|上一年|上年度|上年同期/;
// (与 and 同 only with the year after them: `政府采购合同`, `参与` end so too.)
// (`年末资产总额…，较年初56120.40万元增加…` (a helper's 事业单位 probe): a balance compared with the year's start.)
const PRIOR_END = /(?<!占)(?:(较|比|同比|相比|对比)(上年|去年|上一年度?|上年度|上年同期|同期|\d{4}年度?|(?:\d{4}年|上年)?(?:年初|期初|年末|末)(?:数|余额)?)?|(与|同)(上年|去年|上一年度?|上年度|上年同期|同期|\d{4}年度?|(?:\d{4}年|上年)?(?:年初|期初|年末|末)(?:数|余额)?))的?$/;
/** `与2023年支出…相比`, `同2023年的…`: a figure named after a comparison and its year. */
const PRIOR_DATED = /(^|[^0-9])(较|比|与|同|相比|对比)\d{4}年/;

/**
 * What a figure labelled as the base of a comparison is, for messages: `收入合计比上年的` → `上年收入合计`,
 * `较年初预算` → `年初预算`. Other labels are returned as they are.
 */
export function comparandLabel(label: string): string {
  const m = COMPARAND.exec(label);
  if (!m || !m[3]) return label;
  // (`本年支出较上年决算数` → `上年决算数`: a base named by its own measure needs no subject put after it.)
  if (/(决算|预算|执行)数?$/.test(m[3]) && label.slice(0, m.index).length > 0) return m[3];
  return m[3] + label.slice(0, m.index);
}
const COMPARAND = /(?<!占)(较|比|同比|相比|对比|与)((.+?)(相比)?)的?$/;

/** Words that say what is measured, not of what: a label made of one of them names no subject. */
const MEASURE_ONLY = '决算|预算|年初预算|调整后预算|支出|收入|实际支出|执行数';
const ONLY_MEASURE = new RegExp(`^(${MEASURE_ONLY})$`);
/** Before a change word, also a comparison word or a measure with 数/额 (`比2023年预算数减少`, the year cut off). */
const ONLY_MEASURE_OR_BASE = new RegExp(`^(${MEASURE_ONLY}|同比|环比|上年|去年)(数|额)?$`);

/** `本年收入较上年增加` → `本年收入`: what a comparison speaks of, when its label names it. */
export function subjectOf(label: string): string {
  const m = /(较|比|同比|环比|相比)/.exec(label);
  // `与2016年相比，公务用车运行费减少596.98万元`: the name before the change word is what changed.
  if (!m) return namedChange(label);
  if (m.index === 0) {
    // `较去年医疗卫生支出增加2549.07万元` (js-qiannan-zyy-2016): last year's what names what changed.
    const named = /^(较|比)(上年同期|去年同期|上年度|去年|上年)(.{2,}?)(增加|减少|增长|下降)了?$/.exec(label);
    return named && !ONLY_MEASURE_OR_BASE.test(named[3]) && !/^(同期|度|的)/.test(named[3]) ? named[3] : '';
  }
  const subject = label.slice(0, m.index).replace(/^\d{4}年度?/, '');
  // `决算比上年减少`: 决算 alone says what is measured, not of what; it names no figure to look for.
  // `(与)上年相比减少` (js-tianshui-you-2017): what is compared with, not what changed.
  return ONLY_MEASURE.test(subject) || /^(与|同)?(上年|去年|上一年度?|上年度|上年同期|去年同期|同期)$/.test(subject) ? '' : subject;
}

/**
 * The figure a comparison is about: named in its label, or else the one just before it in the sentence — past a
 * share of it (`支出116433.12元，占支出总预算10.73%，同比增加16803.36元`: the share says what the amount is of, not
 * what is compared), and past an earlier comparison of the same figure (`支出9.07万元，较年初预算数减少10.93万元，
 * 下降54.65%，较上年支出数减少0.71万元，下降7.83%`: both speak of 9.07).
 */
export function comparedFigure(report: Report, at: Located, accept: (q: Quantity) => boolean): Located | undefined {
  const all = proseFigures(report);
  const subject = namesTheBase(all, at) ? '' : subjectOf(at.q.label) || subjectBeforeYear(all, at);
  if (subject) return ownGeneric(report, subject, at, accept) ?? findNamed(report, subject, at.index, accept) ?? spentOfBudgetNamed(report, subject, at.index, accept);
  let index = at.index;
  for (;;) {
    // (`完成78.14亿元(县本级60.4亿元,高新区17.74亿元),完成调整预算的102.72%,同比增收2.07亿元` (rs-minhou-czj-2020): an
    // aside in brackets is passed over like a share.)
    if (index > 0 && all[index - 1].sentence === at.sentence && (isShareOf(all[index - 1].q) || isEarlierComparison(all[index - 1].q) || versusBudget(all[index - 1].q) || (all[index - 1].q.inParens && !at.q.inParens) || isAside(all, index - 1))) index--;
    else if (index > 1 && all[index - 2].sentence === at.sentence && isBudgetOfCompletion(all[index - 2].q, all[index - 1].q)) index -= 2;
    else break;
  }
  index = pastInclusion(all, index, at);
  return previousInSentence(report, index, accept);
}

/**
 * `“三公”经费财政拨款支出决算为66.26万元，决算数较上年减少20.84万元` (a helper's PDF-wrap probe): a change naming only the
 * kind of figure (决算数) is of the figure of that kind just before it in its sentence, not of the last one so named.
 */
function ownGeneric(report: Report, subject: string, at: Located, accept: (q: Quantity) => boolean): Located | undefined {
  const kind = /^(决算|预算|执行)数?$/.exec(subject)?.[1];
  if (!kind) return undefined;
  // (Past the rates said of it: `…决算为39.99万元，完成预算的87.91%，决算数较上年增加8.06万元`.)
  const all = proseFigures(report);
  let i = at.index - 1;
  while (i >= 0 && all[i].sentence === at.sentence && (all[i].q.incidental || all[i].q.kind === 'percent')) i--;
  const prev = i >= 0 && all[i].sentence === at.sentence && accept(all[i].q) ? all[i] : undefined;
  return prev && prev.q.label.replace(/(数|额)?(为|是)?$/, '').endsWith(kind) ? prev : undefined;
}

/**
 * `“三公”经费预算15.71万元，决算8.99万元。“三公”经费决算比上年减少2.46万元` (a helper's whole-document slip probe): a 决算 named
 * by its subject that the text stated only as the bare 决算 right after that subject's budget.
 */
function spentOfBudgetNamed(report: Report, subject: string, before: number, accept: (q: Quantity) => boolean): Located | undefined {
  const budgetName = subject.replace(/(支出)?决算(数)?$/, '预算');
  if (budgetName === subject) return undefined;
  const budget = findNamed(report, budgetName, before, (q) => q.kind === 'money');
  const spent = budget && spentAfter(report, budget);
  return spent && accept(spent.q) ? spent : undefined;
}

/**
 * A figure said by the way, after the amount a sentence is about (a helper's 部门预算 probes: `2024年人员经费1,530.48万元，
 * 人均18.89万元，比上年增加68.38万元`, `…236.8万元，主要用于办公费20万元、水电费15万元等，比上年减少18.2万元`,
 * `基本支出1,712.9万元，包括人员经费…、公用经费182.42万元，比上年增加…`, `…974.55万元，单个项目最高520万元，…`): an
 * average, a highest or reserved amount, or an item of what the amount includes — never what a comparison after it is
 * of. Not the sentence's first amount.
 */
export function isAside(all: Located[], i: number): boolean {
  const l = all[i];
  if (l.q.incidental || l.q.kind !== 'money' || !(ASIDE_LABEL.test(l.q.label) || ASIDE_CLAUSE.test(l.clause.text))) return false;
  // An amount before it in its sentence (looked for a few figures back: a sentence of thousands of them is not walked
  // for each).
  for (let j = i - 1; j >= 0 && j >= i - ASIDE_LOOK_BACK && all[j].sentence === l.sentence; j--) {
    if (!all[j].q.incidental && all[j].q.kind === 'money' && all[j].clauseIndex < l.clauseIndex) return true;
  }
  return false;
}
const ASIDE_LOOK_BACK = 12;

/**
 * `公用经费635.60万元，生均公用经费2216.95元，较上年增加172.36元，增长8.43%` (a helper's 事业单位 probes): the average said
 * between a figure and the comparison after it, which the comparison may be of as well as the figure (`人员经费…，人均
 * 18.89万元，比上年增加68.38万元` is the total's). The last such aside between the two in their sentence, a few figures
 * back at most.
 */
export function averageBetween(all: Located[], from: Located, to: Located): Located | undefined {
  for (let j = to.index - 1; j > from.index && j >= to.index - ASIDE_LOOK_BACK && all[j].sentence === to.sentence; j--) {
    if (PER_HEAD_ASIDE.test(all[j].q.label) && isAside(all, j)) return all[j];
  }
  return undefined;
}
const PER_HEAD_ASIDE = /[生人户亩车次]均|单车|年均|平均/;
const ASIDE_LABEL = /[生人户亩车]均|单车|年均|平均|最高|最低|预留/;
const ASIDE_CLAUSE = /^[\s\u3000]*(包括|包含|含|其中含|主要包括|主要用于|主要为|主要是|具体为|具体包括|用于)/;

/**
 * `收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费537.31万元;比2012年预算增加755.18万元`
 * (js-nxjgswj-2013): what a total includes, up to the ；, is an aside — the change after it is the total's. The index
 * of the first figure of the 含 clauses, or `index` unchanged.
 */
function pastInclusion(all: Located[], index: number, at: Located): number {
  let p = index - 1;
  while (p >= 0 && all[p].sentence === at.sentence && all[p].q.incidental) p--;
  const prev = all[p];
  if (!prev || prev.sentence !== at.sentence || prev.clauseIndex >= at.clauseIndex) return index;
  const clauses = at.sentence.clauses;
  if (!/[；;]/.test(clauses[prev.clauseIndex].end)) return index;
  let k = prev.clauseIndex;
  while (k > 0 && !INCLUDES.test(clauses[k].text) && /[，,、]/.test(clauses[k - 1].end) && prev.clauseIndex - k < 8) k--;
  if (!INCLUDES.test(clauses[k].text) || k === 0) return index;
  let i = p;
  while (i >= 0 && all[i].sentence === at.sentence && all[i].clauseIndex >= k) i--;
  return i + 1;
}
const INCLUDES = /^[\s\u3000]*(含|包含|其中含|内含)/;

/**
 * `收入预算842.79万元,比2024年单位预算收入增加62.15万元` (rj1-xiangzhou-huopaizhen-2025): after `比2024年` the name
 * before 增加 is what is compared with (last year's 单位预算收入), not a subject to look for: the change is of the
 * figure before it.
 */
function namesTheBase(all: Located[], at: Located): boolean {
  const before = all[at.index - 1];
  return !!before && before.sentence === at.sentence && !!before.q.incidental && /^年度?$/.test(before.q.unit) && /^(较|比|与|同)$/.test(before.q.label);
}

/**
 * `“三公”经费预算数比2017年预算数减少0.06万元`: the year took the words before it, so the change's own label
 * (`预算数减少`) lost its subject; it is in the year's label (`“三公”经费预算数比`).
 */
function subjectBeforeYear(all: Located[], at: Located): string {
  const before = all[at.index - 1];
  if (!before || before.sentence !== at.sentence || !before.q.incidental || !/^年度?$/.test(before.q.unit)) return '';
  // `收、支与2023年度相比,减少…` (xz-rongchang-renyizhongxue-2024): 与 before the year too.
  const m = /^(.{2,}?)(较|比|同比|相比|与|同)$/.exec(before.q.label);
  return m ? subjectOf(m[1] + '比') : '';
}

/** A share or another rate of the figure (`占…的45%`, `完成预算的80%`, `执行率95%`): says what it is, not what changed. */
// (`为调整预算的92.66%`, ry-shaoyang-czj-2021, is a completion rate too.)
const isShareOf = (q: Quantity) => q.kind === 'percent' && !q.incidental && /^(占|所占)|完成|执行率|使用率|结余率|控制率|^为.{0,8}预算(数)?的$/.test(q.label);

/**
 * `基金支出总额72,716万元,完成年初预算31,700万元的229.39%,比上年42,895万元增加…` (rd-mayang-sjj-2019): the budget a
 * completion rate is of, with its rate, is an aside; what is compared is the figure before them. So is the budget a
 * share is of (`累计完成99552万元,占年初预算数109466万元的90.9%`, rh-tunxi-czj-nd).
 */
export const isBudgetOfCompletion = (budget: Quantity, rate: Quantity) =>
  budget.kind === 'money' && !budget.incidental && /^(完成|为|达到?|占)(年初|调整后?|全年)?预算(数|计划)?$/.test(budget.label) && rate.kind === 'percent' && rate.label === '的';

/**
 * `比预算超收150万元`: a difference from the budget, never the figure a change of the year is of (rd-zhongjiang-czj-2019);
 * `政府性基金收入34519万元,完成预算20000万元的172.6%,超收14519万元,同比减收11469万元,下降24.9%` (rh1-gangu-czj-2023):
 * an aside, like a share, when finding the figure the change from last year is of.
 */
export const VERSUS_BUDGET = /(超收|短收|超支|节支)$/;
const versusBudget = (q: Quantity) => q.kind === 'money' && !q.incidental && VERSUS_BUDGET.test(q.label);

/** A change or rate of a comparison: `较年初预算数减少`, `下降`. */
export const isEarlierComparison = (q: Quantity) =>
  !q.incidental &&
  ((q.kind === 'money' && /^(较|比|同比|相比|与)[^，。；]*?(增加|减少|多出|节约|超支)了?$/.test(q.label)) ||
    (q.kind === 'percent' && /^(增长|下降|增幅|降幅|减少|提高|降低|上升)了?(率|幅度)?$/.test(q.label)));

/** `公务用车运行费减少` → 公务用车运行费; `减少`, `支出减少` → '' (no name of its own). */
function namedChange(label: string): string {
  // `2017年度的“三公”经费支出减少了` (the year took 的's words), `…“三公”经费仍然减少了`: 的 and an adverb are no name.
  const m = /^(?:\d+[、.．])?(?:\d{4}年度?)?的?(.{2,}?)(仍然|依然|仍|还|也|共|总计|合计|各)?(增加|减少|增长|下降|多出|节约)了?$/.exec(label);
  if (!m) return '';
  // A measure word alone (`比2023年预算数减少`, the year cut off) names what is compared with, not a subject.
  if (ONLY_MEASURE_OR_BASE.test(m[1])) return '';
  // (`财政拨款收入总计增加262.19万元` (a helper's 决算说明 probes): a 收入/支出 总计 is a name of its own, not 收入 summed.)
  return /^(总计|合计)$/.test(m[2] ?? '') && /(收入|支出)$/.test(m[1]) ? m[1] + m[2] : m[1];
}

/** A figure named for its budget (`“三公”经费预算`, `…支出预算为`). */
export const BUDGET_END = /预算(数|安排)?(为|是)?$/;
const SPENT_RESTATED = /^(实际支出|决算|决算数|决算支出|实际|支出决算|执行数|实际执行)(数)?(为|是)?$/;

/** `“三公”经费预算28.00万元，决算24.36万元`: the 决算 restated right after a budget, in its sentence, named by its measure alone. */
export function spentAfter(report: Report, budget: Located): Located | undefined {
  const next = proseFigures(report)[budget.index + 1];
  return next && next.sentence === budget.sentence && next.q.kind === 'money' && !next.q.inParens && SPENT_RESTATED.test(next.q.label) ? next : undefined;
}

const SPENT = /(决算|支出|执行数)(数|金额)?(为|是)?$/;
/**
 * `“三公”经费支出决算12.35万元，预算20.00万元，比上年减少3.11万元` (a helper's 预算说明 probe): a bare budget right after the
 * 决算 of its sentence is an aside; what is compared with last year is the 决算 before it.
 */
export function spentBefore(report: Report, budget: Located): Located | undefined {
  const prev = proseFigures(report)[budget.index - 1];
  if (!prev || prev.sentence !== budget.sentence || prev.q.kind !== 'money' || prev.q.inParens || prev.q.incidental || !SPENT.test(prev.q.label) || isPrior(prev.q.label)) return undefined;
  // (Or a budget named as its 决算 is: `“三公”经费支出决算84.29万元，“三公”经费支出预算119.54万元。与上年相比，…减少…` — a
  // helper's 决算说明 probe.)
  const bare = /^(年初|全年|调整后)?预算(数)?(为|是)?$/.test(budget.q.label);
  const alike = !bare && measured(budget.q.label, BUDGET_MEASURE) !== '' && measured(budget.q.label, BUDGET_MEASURE) === measured(prev.q.label, SPENT_MEASURE);
  return bare || alike ? prev : undefined;
}
const BUDGET_MEASURE = /(支出)?(年初|全年|调整后)?预算(数)?(为|是)?$/;
const SPENT_MEASURE = /(支出)?(决算|实际支出|执行数)(数)?(为|是)?$/;
/** A label without its measure word (`“三公”经费支出预算` → `“三公”经费`); '' when it has none. */
const measured = (label: string, measure: RegExp) => (measure.test(label) ? label.replace(measure, '') : '');

const OPENING_YEAR = /^[\s\u3000]*((?:19|20)\d\d)\s*年/;

/** The year a text opens on (`2018年度本年支出合计…`, `2019年度“三公”经费…决算中`), if any. */
export function openingYearOf(text: string): string | undefined {
  return OPENING_YEAR.exec(text)?.[1];
}

/** The year a figure is of, when the text dates it: the year right before it, else the year its sentence opens on. */
export function figureYear(report: Report, l: Located): string | undefined {
  return dateBefore(proseFigures(report), l) ?? openingYearOf(report.text.slice(l.sentence.span.start, l.sentence.span.start + 12));
}

/** The year dated right before a figure in its sentence (`2014年为107.89万元`), as printed, or undefined. */
export function dateBefore(all: Located[], l: Located): string | undefined {
  const d = all[l.index - 1];
  return d && d.sentence === l.sentence && d.q.incidental && /^年度?$/.test(d.q.unit) ? d.q.raw : undefined;
}
