// Rates stated in prose: 执行率 = 执行数 ÷ 预算数; 资产使用率 = 在用资产 ÷ 固定资产原值;
// 控制率 = 实际在职 ÷ 编制数; 结余率 = 结余（节约）÷ 预算. Operands come from the same paragraph, and only when
// each is named unambiguously — a guess would be a false alarm.
import Decimal from 'decimal.js';
import type { Quantity, QuantityKind, Report, Sentence } from '../report/model';
import { t } from '../l10n';
import { fmt } from './format';
import { add, div, intervalOf, overlaps, point, scale, sub } from './interval';
import { itemAndBudget } from './item-budget';
import { isActual, isBudget } from './measure-words';
import { doneAndLeft } from './rate-complement';
import { completionAndGap, completionInline, gapBeforeCompletion } from './completion-inline';
import { partCompletions } from './part-completion';
import { pairedCompletions } from './paired-completion';
import { perUnitAmounts } from './per-unit';
import { averages } from './averages';
import { writtenRatios } from './formulas';
import { savingRate } from './saving-rate';
import { VARIANCE, varianceRate } from './variance-rate';
import { reportWrongUnit, wrongUnit } from './unit-slip';
import { listOfPart, unitFactor } from './prose-lists';
import { isChangeFrom, isComparison } from './compared';
import { relation } from './relation';
import type { Rule, RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';
import { FiguresBefore, lastWithin, lowerBound, within } from './figures-before';
import { budgetBefore, changedBudget, sameBasis } from './rate-base';

export interface RateKind {
  rate: RegExp;
  kind: QuantityKind;
  numerator: (label: string) => boolean;
  denominator: (label: string) => boolean;
  /** Among several denominators, the preferred ones. */
  prefer?: RegExp;
  /** Both operands must stand in the rate's own sentence. */
  ownSentence?: boolean;
  /** Else: the item spent just before the rate over that item's budget stated earlier (item-budget.ts). */
  itemBudget?: boolean;
  /**
   * The operands are the nearest of each before the rate, after the previous rate of this kind: a sentence that
   * goes item by item (`货物类…计划金额…，节约资金…，节约率为18%；工程类…节约率为18%`).
   */
  itemByItem?: boolean;
}


const KINDS: RateKind[] = [
  {
    rate: /使用率$/,
    kind: 'money',
    numerator: (l) => /在用/.test(l),
    denominator: (l) => /原值/.test(l) && !/在用/.test(l),
  },
  {
    rate: /执行率$|预算完成率$|资金支出率$/,
    kind: 'money',
    // `全年度实际总支出2595.6208万元`: 总 may stand between 实际 and 支出, 度 after 全年.
    // (`全年预算调整为60万元,全年执行55万元,执行率90%`: 全年执行 is the 执行数.)
    // (`机关运行经费预算130.00万元，支出126.54万元，执行率97.34%`: a bare 支出 after the budget is what of it was spent.)
    // (`全年预算100万元，截至6月底支出40万元，执行率40%` (a helper's 运行监控 probe): spent so far.)
    numerator: (l) => /(执行数|执行金额|决算|实际总?支出|全年度?(实际)?总?支出|本年支出|累计支出|支出数|已支出|实际执行|全年度?执行$|实际采购(金额)?$|^(共|全年共?|已)?支出(了|为|金额)?$|^(月(份|底|末)|上半年|前三季度)(累计)?(共|已)?支出(了|为|金额)?$)/.test(l) && !/执行率/.test(l),
    // (`项目年度资金总额为356.82万元…全年执行数320.15万元，执行率91.7%`: a 自评表's 年度资金总额 is its budget.)
    // (Or the funds received, `项目资金到位100万元…实际支出95.6万元，资金执行率95.6%`, where no budget is stated with it.)
    // (`年初预算60.00万元，全年可用资金67.60万元，实际支出65.00万元，执行率96.15%` (a helper's 预算说明 probe): the funds
    // available in the year, the budget as it came to stand.)
    // (Or what was allotted: `共安排项目资金1000.00万元，实际支出900.00万元，预算执行率90.00%` — a helper's slip probe.)
    denominator: (l) => /预算|^(项目)?(年度)?资金总额(为|是)?$|到位(资金)?(数|金额)?(为|是)?$|可(用|支配)资金(总额|总计)?(为|是)?$|^(共|全年|本年|年度)?(共)?安排[^，,；;]{0,8}资金(总额|总计)?(为|是)?$/.test(l) && !/(执行|决算|结余)/.test(l),
    prefer: /(调整后|全年|可执行)/,
  },
  {
    // `预算为3万元，支出决算为1.71万元，完成预算的43%`: the 决算 over the budget of the same sentence.
    rate: /^完成(年初|全年|年度)?预算(数)?的?$/,
    kind: 'money',
    numerator: isActual,
    denominator: (l) => isBudget(l) && !/调整/.test(l),
    ownSentence: true,
    itemBudget: true,
  },
  {
    rate: /^完成调整(后)?预算(数)?的?$/,
    kind: 'money',
    numerator: isActual,
    denominator: (l) => isBudget(l) && /调整/.test(l),
    ownSentence: true,
  },
  {
    // `项目总投资300万元,已完成投资240万元,完成率75%`: what is done over what was planned, in its own sentence.
    rate: /^(投资|任务|计划)?完成率(为|是|达到?)?$/,
    kind: 'money',
    numerator: (l) => /(已|实际|累计)?完成(投资|额|金额)?$/.test(l) && !/计划|任务|目标/.test(l),
    denominator: (l) => /(总投资|计划投资|计划|任务|目标)(金额|额|数)?(为|是)?$/.test(l) && !/完成/.test(l),
    ownSentence: true,
  },
  {
    // `计划培训500人次,实际培训480人次,完成率96%`: the same of counts, in one unit.
    // (`计划完成职业技能培训600人次` (a helper's 自评 slip probe): what the plan is to complete is the plan.)
    rate: /^(投资|任务|计划)?完成率(为|是|达到?)?$/,
    kind: 'count',
    numerator: (l) => /^(实际|已|累计)|完成/.test(l) && !/计划|任务|目标/.test(l),
    denominator: (l) => planned(l),
    ownSentence: true,
  },
  {
    // `计划新建农村公路48公里，实际完成45.6公里，完成率96%`: the same of measures (公里, 亩), in one unit.
    rate: /^(投资|任务|计划)?完成率(为|是|达到?)?$/,
    kind: 'plain',
    numerator: (l) => /^(实际|已|累计)|完成/.test(l) && !/计划|任务|目标/.test(l),
    denominator: (l) => planned(l),
    ownSentence: true,
  },
  {
    // `“三公”经费预算数10万元,实际支出8万元,“三公”经费控制率为85%`: a fund's control rate is spent over budget.
    rate: /(经费|费用|资金)控制率(为|是|达到?)?$/,
    kind: 'money',
    numerator: (l) => isActual(l) && !/预算/.test(l),
    denominator: (l) => isBudget(l) && !/实际|决算|执行/.test(l),
    ownSentence: true,
  },
  {
    rate: /控制率$/,
    kind: 'count',
    numerator: (l) => /(实际在职|实有|在职)/.test(l) && !/编制/.test(l),
    denominator: (l) => /编制/.test(l) && !/在职|实有/.test(l),
  },
  {
    rate: /结余率$/,
    kind: 'money',
    // `节约资金40.79万元，资金结余率3.32%`: what was saved is what is left over.
    numerator: (l) => /结余|节约/.test(l) && !/率/.test(l),
    denominator: (l) => /预算/.test(l) && !/结余|节约/.test(l),
    prefer: /(调整后|全年|可执行)/,
  },
  {
    // 财政投资评审: `送审金额115991万元,审定金额97219万元,审减金额18906万元,审减率16.39%` (pd-lingyun-czj-2018): 审减 ÷ 送审.
    rate: /(审减|核减)率(为|是|达到?)?$/,
    kind: 'money',
    numerator: (l) => /(审减|核减)/.test(l) && !/率/.test(l),
    denominator: (l) => /送审/.test(l) && !/(审减|核减|审定)/.test(l),
  },
  {
    // `收到直达资金34,509万元,…分配资金34.568.64万元,分配率100.7%` (rb1-chuanshan-czj-nd): 分配 ÷ 收到 (下达, 到位).
    rate: /分配率(为|是|达到?)?$/,
    kind: 'money',
    numerator: (l) => /分配/.test(l) && !/率/.test(l),
    denominator: (l) => /(收到|下达|到位|接收)/.test(l) && !/分配|支付/.test(l),
    ownSentence: true,
  },
  {
    // `全年下达资金500万元,已拨付450万元,拨付率90%`: 拨付 ÷ 下达 (收到, 预算).
    rate: /(拨付|支付)率(为|是|达到?)?$/,
    kind: 'money',
    numerator: (l) => /(拨付|支付)/.test(l) && !/率|未/.test(l),
    denominator: (l) => /(收到|下达|到位|接收|预算|安排)/.test(l) && !/拨付|支付|分配/.test(l),
    ownSentence: true,
  },
  {
    // `项目计划投资200万元,实际到位资金180万元,到位率90%`: 到位 ÷ 计划 (预算, 下达).
    rate: /到位率(为|是|达到?)?$/,
    kind: 'money',
    // (`预算飞行经费共计7952万元,财政部实际下达资金2513万元,资金到位率为31%` (sp-yunnan-yjglt-2020): what was actually
    // allotted is what arrived.)
    numerator: (l) => /到位|实际(下达|拨付|到账)/.test(l) && !/率|未/.test(l),
    denominator: (l) => /(计划|预算|下达|安排|批复)/.test(l) && !/到位|执行|支出|实际/.test(l),
    ownSentence: true,
  },
  {
    // `全年预算数1310.42万元，较年初预算1024.56万元调增285.86万元，预算调整率为27.90%`: the adjustment over the
    // initial budget.
    rate: /^(预算)?调整率(为|是|达到?)?$/,
    kind: 'money',
    numerator: (l) => /(调增|调减|追加|追减|调整)(预算|资金)?(数|额|金额)?(为|了)?$/.test(l) && !/调整后/.test(l),
    denominator: (l) => /年初预算/.test(l) && !/调/.test(l.replace(/^(较|比)/, '')),
    ownSentence: true,
  },
  {
    // `共验收工程34项，验收合格33项，验收合格率97.06%`: what passed over what was checked, counts in one unit.
    rate: /合格率(为|是|达到?)?$/,
    kind: 'count',
    numerator: (l) => /合格/.test(l) && !/不合格|率/.test(l),
    denominator: (l) => /(共|验收|检查|抽检|检测|抽查)/.test(l) && !/合格/.test(l),
    ownSentence: true,
  },
  {
    // `计划完成12项任务，按时完成11项，完成及时率91.67%`: what was done on time over what was planned.
    rate: /及时率(为|是|达到?)?$/,
    kind: 'count',
    numerator: (l) => /(按时|及时|按期)/.test(l) && !/率/.test(l),
    denominator: (l) => /(计划|共|应)/.test(l) && !/(按时|及时|按期)/.test(l),
    ownSentence: true,
  },
  {
    // `共设置三级指标28个，已完成26个，指标完成率为92.86%`: indicators met over indicators set. (`共设置整体绩效指标20个，年末
    // 已完成17个，完成率90.00%` (a helper's 自评报告): a bare 完成率 after indicators set.)
    rate: /^(指标|目标)?完成率(为|是|达到?)?$/,
    kind: 'count',
    numerator: (l) => /^(年末|年底|全年)?(已|实际)?完成|达成|实现/.test(l) && !/未/.test(l),
    denominator: (l) => /(设置|设定|共设|共有)/.test(l) && /指标|目标/.test(l),
    ownSentence: true,
  },
  {
    // `回收有效问卷174份，其中满意172份，满意度为95.55%` (a helper's 自评 recall probe): those satisfied over the valid
    // questionnaires, counted in its own sentence. (With 非常满意 and 满意 both counted the rate is of their sum, which
    // this does not read: two numerators are none.)
    rate: /满意(度|率)(为|是|达到?)?$/,
    kind: 'count',
    numerator: (l) => /满意/.test(l) && !/不满意|问卷|调查|样本|发放|回收|收回|有效/.test(l),
    denominator: (l) => /问卷|调查|样本|回收|收回/.test(l) && !/满意/.test(l),
    prefer: /有效/,
    ownSentence: true,
  },
  {
    // 政府采购: 节约率 = 节约资金 ÷ 采购计划（预算）金额.
    rate: /节约率(为|是)?$/,
    kind: 'money',
    numerator: (l) => /节约/.test(l) && !/率/.test(l),
    // (Not `占全年政府采购预算16000万元的87.5%` (rg3-fangxian-czj-2015): the budget a share is of is the year's, not
    // the plan of what was bought so far.)
    denominator: (l) => /(计划|预算)(金额|资金|数)?(共计|合计|总额)?$/.test(l) && !/节约|实际/.test(l) && !/^占/.test(l),
    itemByItem: true,
  },
];

/**
 * The one figure among positions [from, to) that a list holds (`list`), or else the one its preferred part
 * holds (`preferred`); undefined when there is none or more than one.
 */
function pick(index: FiguresBefore, list: number[], from: number, to: number, preferred?: number[]): Quantity | undefined {
  const all = within(list, from, to);
  if (all.end - all.first === 1) return index.figures[list[all.first]];
  if (preferred) {
    const some = within(preferred, from, to);
    if (some.end - some.first === 1) return index.figures[preferred[some.first]];
  }
  return undefined;
}

export const rate: Rule = {
  id: 'rate',
  severity: 'error',
  description: '执行率、资产使用率、控制率、结余率、完成预算的比例应等于相应两数之比；按标准发放的金额应等于数量乘以标准',
  example: '固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。',
  run(report, out) {
    report.paragraphs.forEach((p, pi) => {
      // `…=145.6/160×100%=91%` (formulas.ts).
      if (/[=＝]/.test(p.text)) writtenRatios(p, out);
      let index: FiguresBefore | undefined;
      p.quantities.forEach((r, at) => {
        if (r.kind !== 'percent' || r.unit !== '%' || r.incidental) return;
        const complement = doneAndLeft(p, r, at);
        if (complement) {
          ofSum(out, r, ...complement);
          return;
        }
        const gapped = completionAndGap(report, p, at) ?? gapBeforeCompletion(report, p, at);
        if (gapped) {
          ofGap(out, r, gapped.done, gapped.gap, gapped.above);
          return;
        }
        const inline = completionInline(report, p, at);
        if (inline) {
          ofBudget(out, r, ...inline);
          return;
        }
        if (VARIANCE.test(r.label)) {
          index ??= new FiguresBefore(p);
          varianceRate(out, p, r, at, index.sentenceAt(r.span.start)?.span.start ?? r.span.start);
          return;
        }
        const matching = KINDS.filter((k) => k.rate.test(r.label));
        if (!matching.length) return;
        // (`…执行率98.85%，上年执行率97.36%` (a helper's 自评 probe): last year's rate, of amounts not stated.)
        if (/(上年|去年|上一年|\d{4}年)/.test(r.label.replace(/^\d{4}年度?(本|我)?(部门|单位|项目)?/, ''))) return;
        // `执行率达到100%的1个，95%以上的6个`: a rate that describes the items counted is no rate stated.
        if (report.text.charCodeAt(r.fullSpan.end) === 0x7684 /* 的 */) return;
        index ??= new FiguresBefore(p);
        // A rate read of amounts or of counts (完成率, 控制率): the kind whose two operands its sentence holds.
        const kind = matching.length > 1 ? (matching.find((k) => operandsInSentence(index!, k, r, at)) ?? matching[0]) : matching[0];
        const k = KINDS.indexOf(kind);
        // The amounts it is a rate of are stated before it (positions [0, at)): figures after it are of what the
        // text goes on to. The pool: those of the rate's kind, not dates or thresholds.
        const inPool = (q: Quantity) => !q.incidental && q.kind === kind.kind;
        const { nums, dens } = operandPositions(index, kind);
        // (`年初预算执行率114.26%` (a helper's 自评报告 probe): of the 年初 budget, though an adjusted one is stated.)
        const ofInitial = kind.prefer !== undefined && /年初/.test(r.label);
        const preferred = ofInitial
          ? index.positions(`initial${k}`, (q) => inPool(q) && kind.denominator(q.label) && !isChangeFrom(q.label) && /年初/.test(q.label))
          : kind.prefer && index.positions(`prefer${k}`, (q) => inPool(q) && kind.denominator(q.label) && !isChangeFrom(q.label) && kind.prefer!.test(q.label));
        // Operands in the rate's own sentence first (`项目支出预算1386.00万元，实际支出1349.86万元，执行率97.39%`
        // after a 全年调整后预算 in the sentence before); else in its paragraph.
        const sentence = index.sentenceAt(r.span.start);
        const ownFrom = sentence ? index.at(sentence.span.start) : at;
        let ownNum = pick(index, nums, ownFrom, at);
        let ownDen = pick(index, dens, ownFrom, at, preferred);
        // `…；公务用车购置及运行维护费支出预算为12万元,支出决算为10万元,完成预算的80%；…`: items set apart by ； in one
        // sentence, each with its own pair — the pair of the rate's own stretch.
        if ((!ownNum || !ownDen) && sentence) {
          const from = index.at(stretchStart(sentence, r.span.start));
          const n = from > ownFrom ? pick(index, nums, from, at) : undefined;
          const d = n && pick(index, dens, from, at, preferred);
          if (n && d) [ownNum, ownDen] = [n, d];
        }
        let num = ownNum && ownDen ? ownNum : pick(index, nums, 0, at);
        let den = ownNum && ownDen ? ownDen : pick(index, dens, 0, at, preferred);
        // `2022年度全年预算数5218.40万元。` / `2022年度全年支出4937.65万元，预算执行率为96.26%。` (a 自评报告's 预算 and 执行
        // paragraphs, a helper's slip probe): with the amount spent in its own sentence and no budget in its paragraph,
        // the budget is the paragraph before's — its one budget (or one preferred, 全年/调整后), in the same section.
        if (kind.rate.source.startsWith('执行率$') && ownNum && !den && pi > 0) den = budgetBefore(report, report.paragraphs[pi - 1], p, kind, ownNum);
        // `资产使用率为79.4%（在用资产362万元，固定资产账面原值487.4万元）`: the operands in brackets right after the rate.
        const after = bracketedAfter(p.quantities, at, r, kind) ?? (!ownNum && !ownDen && sentence ? statedAfter(p.quantities, at, r, kind, sentence.span.end) : undefined);
        if (after) [num, den] = after;
        // (`年初预算1800万元，全年执行2341.26万元，执行率98.85%（全年预算数2368.5万元）` (a helper's 自评 probe): a budget alone in
        // brackets right after the rate is the one it is of.)
        const bracketBudget = !after && num ? bracketedBudget(p.quantities, at, r, kind) : undefined;
        if (bracketBudget) den = bracketBudget;
        if (kind.itemByItem) {
          const previous = lastWithin(index.positions(`rate${k}`, (q) => q.kind === 'percent' && kind.rate.test(q.label)), 0, at);
          const from = Math.max(ownFrom, previous + 1);
          const n = lastWithin(nums, from, at);
          const d = lastWithin(dens, from, at);
          num = n >= 0 ? p.quantities[n] : undefined;
          den = d >= 0 ? p.quantities[d] : undefined;
          // One of 节约资金, 计划金额 unsaid: what the other two give (saving-rate.ts).
          if (!num || !den) {
            savingRate(out, p, index, r, at, from);
            return;
          }
          // `预算金额1000万元，最高限价950万元，成交金额900万元，节约资金50万元，节约率5.26%` (a helper's 工程 probe): a saving
          // measured from the ceiling price (最高限价, 招标控制价) is of that price when the rate fits it.
          const ceiling = p.quantities.slice(from, at).find((q) => q.kind === 'money' && /限价|控制价/.test(q.label));
          const ofCeiling = ceiling && div(intervalOf(num), intervalOf(ceiling));
          if (ofCeiling && overlaps(scale(ofCeiling, new Decimal(100)), intervalOf(r))) return;
        }
        if (kind.itemBudget && !after && (!num || !den || !(num === ownNum && den === ownDen))) {
          const item = itemAndBudget(report, p, r, at);
          if (item && !/调整/.test(item[1].label)) [num, den] = item;
          else return;
        } else if (kind.ownSentence && !(num === ownNum && den === ownDen)) return;
        if (!num || !den || num === den) return;
        if (!after && kind.rate.source.startsWith('执行率$') && /到位/.test(den.label) && ofBudgetNotReceived(p.quantities.slice(ownFrom, at), num, den, r)) return;
        // `…全年执行数4215.60万元，预算执行率为96.25%。其中基本支出执行率100%，项目支出执行率为93.6%` (a helper's 自评 probe):
        // a rate that names what it is of (基本支出) is not of amounts named otherwise.
        if (!after && kind.rate.source.startsWith('执行率$') && !ofSubject(r.label, num, den)) return;
        // `该项目年初预算120万元，年中追加30万元，全年执行数146.3万元，执行率97.53%` (a helper's 自评报告 probes): a budget
        // changed in the rate's own sentence is not the one the rate is of — the sum the sentence names (全年可用资金150万元),
        // or, unnamed, none.
        if (sentence && !after && kind.kind === 'money') {
          const changed = changedBudget(p.quantities.slice(ownFrom, at), num, den);
          if (changed === null) return;
          den = changed;
        }
        // `固定资产原值865.32万元，净值452.76万元，其中在用资产净值438.20万元，资产使用率96.78%` (a helper's 自评报告 probe):
        // a 净值 over a 净值 — the one basis the rate's amounts share, or none.
        if (kind.rate.source === '使用率$') {
          const based = sameBasis(p.quantities.slice(0, at), num, den);
          if (!based) return;
          den = based;
        }
        // `年初预算为385.00万元，调整后预算为412.36万元，支出决算为412.36万元，完成预算的100%`: with the budget adjusted in
        // the same sentence, either may be the one meant — the 年初 one only when the rate fits it (the 决算 template's
        // 预算数 is the adjusted one); and `…年中追加27.36万元…，完成全年预算的100%` is of a 全年 budget the sentence does
        // not state.
        if (kind.ownSentence && /^完成/.test(r.label) && sentence && !after) {
          const before = p.quantities.slice(ownFrom, at).filter((q) => q.kind === 'money' && !q.incidental);
          const adjusted = before.filter((q) => q !== den && /预算/.test(q.label) && /调整后|全年|调整预算/.test(q.label));
          if (adjusted.length > 1) return;
          const fits = (d: Quantity) => {
            const got = div(intervalOf(num!), intervalOf(d));
            return !!got && overlaps(scale(got, new Decimal(100)), intervalOf(r));
          };
          if (adjusted.length === 1) {
            if (!fits(den)) den = adjusted[0];
          } else if (/全年|调整/.test(r.label) && before.some((q) => /追加|调增|调减|追减|调整/.test(q.label))) return;
        }
        // `“三公”经费支出21.36万元，其中：…公务接待费4.84万元，年初预算8.00万元，完成预算的60.50%`: a bare budget right
        // after an item's amount, both after the amount the kind's name picked, is that item's own.
        if (kind.ownSentence && BARE_BUDGET.test(den.label)) {
          const own = figureBefore(p.quantities, p.quantities.indexOf(den));
          if (own && own !== num && own.kind === 'money' && !own.inParens && own.span.start > num.span.end && !isComparison(own.label)) num = own;
        }
        // `其中中央资金支出3218.62万元，执行率98.28%`: the amount just before a rate is what it is the rate of; when
        // that is neither operand, the rate is a part's, and the whole's amounts would not give it.
        const near = lastWithin(index.positions(kind.kind, inPool), 0, at);
        const nearest = near >= 0 ? p.quantities[near] : undefined;
        // (Not after the whole's own 其中 list: `全年执行数5940.81万元，其中：基本支出…，项目支出3913.58万元，预算执行率为81.86%`
        // — a helper's recall probe — is the whole's 预算执行率, its parts making the 执行数 exactly.)
        const ofListed = nearest && WHOLE_RATE.test(r.label) && listedUnder(report, nearest, num);
        if (!after && nearest && nearest !== num && nearest !== den && !ofListed && !GAP_TO_PLAN.test(nearest.label)) return;
        // (`核定编制25名，在职人员23人`: 名 and 人 both count people.)
        if (kind.kind !== 'money' && num.unit !== den.unit && !(PEOPLE.test(num.unit) && PEOPLE.test(den.unit))) return;
        if (kind.kind === 'plain' && !num.unit) return;
        // (`计划6座，实际6座；计划85公里，实际80.5公里，完成率94.71%`: the figure right before a rate of counts, of any
        // kind, is one of its operands — else the rate is of figures this kind does not count.)
        if (kind.kind !== 'money' && !after) {
          const before = figureBefore(p.quantities, at);
          // (The gap to the plan may stand between: `…实际完成1050亩，超出计划50亩，完成率105%`.)
          if (before && before !== num && before !== den && !GAP_TO_PLAN.test(before.label)) return;
        }
        // (`目标值≤30天，实际25天，完成率100%`: a ceiling met is met in full; `年度目标1000人次，实际完成1200人次，完成率100%`: a
        // 自评 caps what is done beyond the target — a helper's 自评 probes.)
        if (kind.kind !== 'money' && /[≤＜<]|不超过|不高于|以内|以下/.test(den.label)) return;
        if (kind.kind !== 'money' && r.value.eq(100) && num.value.gte(den.value)) return;
        // An amount in the wrong unit (`494,400.00万元` among 元): the unit is reported, the rate read without it.
        const slip = wrongUnit(p, num, den, r);
        if (slip) {
          reportWrongUnit(out, slip.odd, slip.other, kind.ownSentence ? r.label.replace(/的?$/, '的比例') : r.label, slip.rate, r);
        }
        const f = slip ? new Decimal(1) : unitFactor(num.unit, den.unit);
        // `“三公”经费预算12万元，支出决算10万元，完成预算的83.03%`: a rate printed to the hundredth from amounts printed in
        // whole 万元 was worked out from the amounts before they were rounded — they stand for their whole-unit intervals.
        // (Only in a text whose prose prints no money with decimals: where it keeps two places, `2万元` is 2.00.)
        const rounded = (q: Quantity) => (kind.kind === 'money' && num.decimals === 0 && den.decimals === 0 && r.decimals > 0 && wholeProse(report) ? { ...q, coarse: true } : q);
        const ratio = div(scale(intervalOf(rounded(num)), f), intervalOf(rounded(den)));
        if (!ratio || den.value.isZero()) return;
        const expected = scale(ratio, new Decimal(100));
        const computed = num.value.mul(f).div(den.value).mul(100);
        // `预算3万元，决算1.71万元，完成预算的43%`: 43% is what was left unspent (100% − 57%).
        const unspent = kind.ownSentence && overlaps(intervalOf(r), sub(point(100), expected));
        relation(out, {
          ruleId: 'rate',
          stated: r,
          label: kind.ownSentence && /完成/.test(r.label) && !/率/.test(r.label) ? r.label.replace(/的?$/, '的比例') : r.label.replace(/^.*[，,]/, '').replace(/(为|是|达到?)$/, ''),
          operands: [operandOf(num), operandOf(den)],
          formula: `${num.label.replace(/^[（(]/, '')} ${num.raw} ÷ ${den.label.replace(/^[（(]/, '')} ${den.raw}`,
          computed,
          expected,
          decimals: Math.max(2, r.decimals),
          unit: '%',
          ...(unspent ? { note: t('{0}% 是未完成的部分（100% − {1}%）', r.raw, fmt(computed, 2)) } : {}),
        });
      });
    });
    partCompletions(report, out);
    // `…预算分别为A、B、C，决算分别为a、b、c，完成预算的比例分别为…` (paired-completion.ts).
    pairedCompletions(report, out);
    perUnitAmounts(report, out);
    averages(report, out);
  },
};

/** A 预算执行率 named as the budget's (not a bare 执行率, which after a part is the part's). */
const WHOLE_RATE = /^(\d{4}年度?)?(本|我)?(部门|单位)?(整体)?(全年)?预算执行率(为|是|达到?)?$/;

/**
 * Whether `part` is a part of a 其中 list of `whole` (`全年支出4637.69万元，其中项目支出3489.15万元，预算执行率…` — a helper's
 * whole-document probe — as much as one that makes it up).
 */
function listedUnder(report: Report, part: Quantity, whole: Quantity): boolean {
  return listOfPart(report, part)?.total === whole;
}

/**
 * What was planned (`计划培训500人次`, `目标值…`, and `完成造林计划1000亩` — the plan to complete); not what was done, nor
 * the gap to the plan (`超出计划50亩`, `低于计划20次` — a helper's 偏差分析 probes).
 */
function planned(l: string): boolean {
  if (GAP_TO_PLAN.test(l)) return false;
  if (/^完成[^，,；;]{0,12}(计划|目标|任务)(数)?(为|是)?$/.test(l)) return true;
  return /(计划|目标|任务)/.test(l) && !/实际|(?<!计划)完成/.test(l);
}
const GAP_TO_PLAN = /(超出|超过|超额|高于|低于|少于|多于|^超|^差)(计划|目标|任务)?/;

/** What an 执行率 names as its own (`其中基本支出执行率` → 基本支出), past the words any budget's rate may carry. */
const RATE_SUBJECT = /^[\s\u3000]*(其中)?[：:，,]?\s*(\d{4}年度?)?(本|我)?((部门|单位|局|委|院|校)(整体)?(支出)?|项目(资金)?|整体(支出)?|全年|年度|总体)?(预算)?(资金)?(执行率|使用率)$/;
function ofSubject(label: string, num: Quantity, den: Quantity): boolean {
  const bare = label.replace(/(为|是|达到?)$/, '');
  if (RATE_SUBJECT.test(bare)) return true;
  const subject = /^[\s\u3000]*(?:其中)?[：:，,]?\s*(?:\d{4}年度?)?(.*?)(?:预算)?(?:资金)?执行率$/.exec(bare)?.[1];
  return !subject || subject.length < 2 || num.label.includes(subject) || den.label.includes(subject);
}

const wholeCache = new WeakMap<Report, boolean>();
/** Whether the text's prose prints all its money in whole units (its tables aside: a 元 table's `.00` is the 元's). */
function wholeProse(report: Report): boolean {
  let whole = wholeCache.get(report);
  if (whole === undefined) wholeCache.set(report, (whole = !report.paragraphs.some((p) => p.quantities.some((q) => q.kind === 'money' && !q.incidental && q.decimals > 0))));
  return whole;
}

/** Whether the rate's sentence, before it, holds a numerator and a denominator of `kind`. */
function operandsInSentence(index: FiguresBefore, kind: RateKind, r: Quantity, at: number): boolean {
  const sentence = index.sentenceAt(r.span.start);
  // (The rate's own stretch after a ；: `计划投资50万元，…完成率93%；计划培训600人次，实际培训648人次，完成率108%` — a helper's
  // 乡镇 probe.)
  const from = sentence ? index.at(stretchStart(sentence, r.span.start)) : at;
  const some = (list: number[]) => {
    const w = within(list, from, at);
    return w.end > w.first;
  };
  const { nums, dens } = operandPositions(index, kind);
  return some(nums) && some(dens);
}

/** The positions of a kind's numerators and denominators in the paragraph (figures of its kind, no dates or thresholds). */
function operandPositions(index: FiguresBefore, kind: RateKind): { nums: number[]; dens: number[] } {
  const k = KINDS.indexOf(kind);
  const inPool = (q: Quantity) => !q.incidental && q.kind === kind.kind;
  return {
    nums: index.positions(`num${k}`, (q) => inPool(q) && kind.numerator(q.label)),
    // (Not a gap to it, `比预算减少7.65万元`: the budget is what that is measured from, unstated.)
    dens: index.positions(`den${k}`, (q) => inPool(q) && kind.denominator(q.label) && !isChangeFrom(q.label)),
  };
}

/**
 * Where the stretch of a sentence holding `offset` starts: after the last clause before it closed by ；, looked for
 * among the few clauses before it (a sentence of thousands of clauses is read in time linear in them).
 */
function stretchStart(sentence: Sentence, offset: number): number {
  const { clauses } = sentence;
  const at = lowerBound(clauses.length, (k) => clauses[k].span.end > offset);
  for (let k = at - 1; k >= 0 && k >= at - STRETCH_LOOK_BACK; k--) {
    if (clauses[k].end === '；' || clauses[k].end === ';') return clauses[k].span.end;
  }
  return sentence.span.start;
}
const STRETCH_LOOK_BACK = 8;

/** The two operands of a rate given in the brackets that follow it (each named once there), or undefined. */
function bracketedAfter(figures: Quantity[], at: number, r: Quantity, kind: RateKind): [Quantity, Quantity] | undefined {
  const next: Quantity[] = [];
  for (let i = at + 1; i < figures.length; i++) {
    const q = figures[i];
    if (q.span.start <= r.span.end) continue;
    if (!q.inParens) break;
    if (!q.incidental && q.kind === kind.kind) next.push(q);
  }
  const num = next.filter((q) => kind.numerator(q.label.replace(/^[（(]/, '')));
  const den = next.filter((q) => kind.denominator(q.label.replace(/^[（(]/, '')));
  return num.length === 1 && den.length === 1 && num[0] !== den[0] ? [num[0], den[0]] : undefined;
}

/** The one figure in brackets right after the rate, when it is a denominator of the kind. */
function bracketedBudget(figures: Quantity[], at: number, r: Quantity, kind: RateKind): Quantity | undefined {
  const next = figures[at + 1];
  if (!next || !next.inParens || next.incidental || next.kind !== kind.kind || !kind.denominator(next.label.replace(/^[（(]/, ''))) return undefined;
  const after = figures[at + 2];
  return after && after.inParens && !after.incidental ? undefined : next;
}

/**
 * `预算执行率为95%,全年预算数200万元,全年执行数180万元`: a rate that opens its sentence, its two operands after it there
 * (each named once, nothing else of its kind among them).
 */
function statedAfter(figures: Quantity[], at: number, r: Quantity, kind: RateKind, sentenceEnd: number): [Quantity, Quantity] | undefined {
  // (Not `民族团结进步创建项目执行率99.12%，少数民族发展资金项目预算205.60万元、实际支出199.83万元` (minzu-2024-adversarial):
  // a rate that names whose it is is not of the amounts after it.)
  if (!OPENING_RATE.test(r.label)) return undefined;
  const next: Quantity[] = [];
  for (let i = at + 1; i < figures.length && figures[i].span.start < sentenceEnd && next.length <= MAX_AFTER; i++) {
    const q = figures[i];
    if (q.incidental) continue;
    if (q.inParens || q.kind !== kind.kind) return undefined;
    next.push(q);
  }
  if (next.length !== 2) return undefined;
  const num = next.filter((q) => kind.numerator(q.label));
  const den = next.filter((q) => kind.denominator(q.label));
  return num.length === 1 && den.length === 1 && num[0] !== den[0] ? [num[0], den[0]] : undefined;
}
const MAX_AFTER = 2;
const PEOPLE = /^(人|名)$/;
const BARE_BUDGET = /^(年初|全年|调整后)?预算(数)?(为|是)?$/;

/** The figure before position `at` of a paragraph's figures, dates and thresholds skipped. */
function figureBefore(figures: Quantity[], at: number): Quantity | undefined {
  let k = at - 1;
  while (k >= 0 && figures[k].incidental) k--;
  return k >= 0 ? figures[k] : undefined;
}
// (`2023年度部门预算执行率为97.28%，全年预算数…，全年实际支出…`: the report's own 部门/单位 names no one else.)
/**
 * `项目资金2235.41万元，资金到位2060.17万元，实际支出1726.42万元，预算执行率77.23%` (a helper's 项目自评报告 probes): funds
 * received are the 执行率's base only when no budget is stated with them. A sum named before them (项目资金, 下达资金,
 * 总投资) the rate fits is the one it is of; a 到位率 short of 100% between them says the budget is more than the funds
 * received (`项目资金实际到位2060.17万元，资金到位率92.16%；已支出1726.42万元，预算执行率77.23%`), the budget not stated.
 */
function ofBudgetNotReceived(before: Quantity[], num: Quantity, den: Quantity, r: Quantity): boolean {
  const at = before.indexOf(den);
  if (before.slice(at + 1).some((q) => q.kind === 'percent' && /到位率/.test(q.label) && !q.value.eq(100))) return true;
  return before.slice(0, Math.max(at, 0)).some((q) => {
    if (q.kind !== 'money' || q.incidental || q.inParens || !/资金|下达|投资|计划|批复|核定/.test(q.label) || /到位|支出|执行|结余|结转/.test(q.label)) return false;
    const got = div(intervalOf(num), intervalOf(q));
    return !!got && overlaps(scale(got, new Decimal(100)), intervalOf(r));
  });
}

const OPENING_RATE = /^(\d{4}年度?)?(本|我)?(部门整体|部门|单位)?(预算|资金|项目资金|项目预算)?(执行|到位|支付|使用)率(为|是|达到?)?$/;

/** `支出34.1万元,完成全年预算50.74万元的67.2%`: the amount over the budget stated with the rate. */
function ofBudget(out: RuleOutput, r: Quantity, done: Quantity, budget: Quantity): void {
  const f = unitFactor(done.unit, budget.unit);
  const ratio = div(scale(intervalOf(done), f), intervalOf(budget));
  if (!ratio || budget.value.isZero()) return;
  relation(out, {
    ruleId: 'rate',
    stated: r,
    label: t('完成预算的比例'),
    operands: [operandOf(done), operandOf(budget)],
    formula: `${done.label} ${done.raw} ÷ ${budget.label.replace(/^(完成|为|达到?)/, '')} ${budget.raw}`,
    computed: done.value.mul(f).div(budget.value).mul(100),
    expected: scale(ratio, new Decimal(100)),
    decimals: Math.max(2, r.decimals),
    unit: '%',
  });
}

/** `支出总计1741.75万元,…完成年初预算100%,决算数大于预算数55.93万元`: the budget is the amount less (or plus) the gap. */
function ofGap(out: RuleOutput, r: Quantity, done: Quantity, gap: Quantity, above: boolean): void {
  const budget = above ? sub(intervalOf(done), intervalOf(gap)) : add(intervalOf(done), intervalOf(gap));
  const ratio = div(intervalOf(done), budget);
  const base = above ? done.value.sub(gap.value) : done.value.add(gap.value);
  if (!ratio || base.lte(0)) return;
  relation(out, {
    ruleId: 'rate',
    stated: r,
    label: /执行率/.test(r.label) ? r.label.replace(/(为|是|达到?)$/, '') : t('完成预算的比例'),
    operands: [operandOf(done), operandOf(gap)],
    formula: `${done.label} ${done.raw} ÷ (${done.raw} ${above ? '−' : '+'} ${gap.label} ${gap.raw})`,
    computed: done.value.div(base).mul(100),
    expected: scale(ratio, new Decimal(100)),
    decimals: Math.max(2, r.decimals),
    unit: '%',
  });
}

/** `支付18501.096万元,未支703万元,支付率95%`: the rate is the done amount over done and left together. */
function ofSum(out: RuleOutput, r: Quantity, done: Quantity, left: Quantity): void {
  const f = unitFactor(left.unit, done.unit);
  const whole = add(intervalOf(done), scale(intervalOf(left), f));
  const ratio = div(intervalOf(done), whole);
  const total = done.value.add(left.value.mul(f));
  if (!ratio || total.isZero()) return;
  relation(out, {
    ruleId: 'rate',
    stated: r,
    label: r.label.replace(/(为|达|达到)$/, ''),
    operands: [operandOf(done), operandOf(left)],
    formula: `${done.label} ${done.raw} ÷ (${done.raw} + ${left.label} ${left.raw})`,
    computed: done.value.div(total).mul(100),
    expected: scale(ratio, new Decimal(100)),
    decimals: Math.max(2, r.decimals),
    unit: '%',
  });
}
