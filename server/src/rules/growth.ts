// `支出1000万元，同比增加100万元，增长11.11%` — growth is the change over the earlier figure:
// B = A ÷ (current − A) after 增加, B = A ÷ (current + A) after 减少.
import Decimal from 'decimal.js';
import { t } from '../l10n';
import { wordsBetween } from '../report/prose';
import { fmt } from './format';
import { div, intervalOf, overlaps, scale, sub } from './interval';
import { unitFactor } from './prose-lists';
import { averageBetween, BUDGET_END, comparandLabel, comparedFigure, dateBefore, isBudgetOfCompletion, isPrior, locatedOf, previousInSentence, proseFigures, spentAfter, spentBefore, subjectOf, VERSUS_BUDGET, type Located } from './prose-index';
import { listOfPart, listParts, openedByQizhong, partLists } from './prose-lists';
import { changeRate, otherDirectionNote, thisYearNote } from './change-rate';
import { isChangeFrom } from './compared';
import { pairedGrowth } from './growth-lists';
import { relation } from './relation';
import type { Rule, RuleOutput } from './rule';
import type { Quantity, Report } from '../report/model';
import { operandOf } from './sum-of-parts';
import { changeInWrongUnit, reportWrongUnit } from './unit-slip';
import { bareName, lastYearsFigure, YEARS_COMPARED, yearPairRates } from './year-pair';

// `较2015年增加242622.74元，增加33.75%`: the rate may repeat the change's word.
// `增加53.75万元,增437.7%` (qt-changning-czj-2015): 增/降 alone before the rate.
const RATE = /(增长|下降|增幅|降幅|减幅|减少|增加|提高|降低|上升|^增|^降)了?(率|幅度)?(只|仅|约)?$/;
/** `增加`, `减少了`, and `减少支出` (`比上年减少支出613.80万元`). */
/**
 * `与年初预算1,900.00万元相比，增加80.50万元，增长4.24%` (a helper's 决算说明 probes): a figure between 与 and 相比 is what
 * the change is against — the base, whatever the label the reader kept for it.
 */
function comparedWithIt(report: Report, q: Quantity): boolean {
  const labelStart = q.span.start - q.label.length;
  return /(与|同|和)[\s\u3000]*$/.test(report.text.slice(Math.max(0, labelStart - 3), labelStart)) && /^[\s\u3000]*的?(相比|比较|对比)/.test(report.text.slice(q.fullSpan.end, q.fullSpan.end + 6));
}

/** What a comparison's words say it is against: the budget (`比预算`, `较年初预算数`) or the year before (`同比`, `比上年`). */
function comparedWith(words: string): 'budget' | 'year' | undefined {
  if (/(比|较|与)[^，,；;]*?预算/.test(words)) return 'budget';
  if (/同比|(比|较|与)(上年|去年|上一?年度?)/.test(words)) return 'year';
  return undefined;
}

/** `较预算数`, `较上年`, `比2020年`: the label of a figure stated as the base of the comparison after it. */
// (`本年支出较上年决算数6714.99万元增加175.56万元` (a helper's 自评报告 probe): what the subject is compared with, named
// after its subject.)
// (`年末结转和结余35.20万元，较年初结转和结余52.80万元减少17.60万元` (a helper's 决算说明 probe): the year's opening
// balance, named so.)
const STATED_BASE = /(^|[^较比与同])(较|比|与|同)(上年度?|去年|上年同期|(年初|全年|调整后?|批复的?|可执行|当年|变动|追加后|部门)?预算(批复)?数?|计划(数)?|\d{4}年度?|年初(结转和结余|结转结余|结余|余额|数)|期初(数|余额)?)(决算|决算数|执行数)?的?$/;
const OTHER_BASIS = /同口径|可比口径|按可比|剔除.{0,16}(后|因素)|扣除.{0,16}(后|因素)/;
// `比上年增收1284万元`, `减收`: revenue's words for 增加 and 减少.
// `较上年决算数减65.62万元` (bm-rongchang-kx-2020): 减/增 alone before the amount too.
// `比上年同期增长17%,增加额达98.8亿元` (rc1-neimenggu-zyzz-2008): the change named 增加额 / 减少额.
// (And `多计提`, `少摊销`, `新增`, `净增`, `节约`, `缩减` — a helper's 资产 probes.)
// (`较上年提高35元，增长7.78%` — a helper's 低保标准 probes: 提高/降低/提升 of an amount are its change too.)
const CHANGE = /(增加|减少|增长|下降|提高|降低|提升|多出|新增|净增|节约|缩减|压减|(?:多|少)(?:计提|摊销|列支|授予|支付|安排|拨付|下达|发放|收取|采购)|多|少|增收|减收|增支|减支|(?<=[数年期算])减|(?<=[数年期算])增)了?(支出|资金|金额|额(达到?|为)?)?$/;
// `去年全年全盟一般公共预算收入累计完成310682万元，同比增加23188万元` (rd-alashan-czj-2020), `去年省级一般公共预算安排的
// “三公”经费决算支出5亿元,比上年减少3.3亿元` (ys-henan-sangong-2015): news of the next year names the year it reports
// 去年; a comparison with 上年 or 同比 is of that year with the one before, so the figure is the current one.
// `比2019年决算数下降`, `较年初预算增长`: a base named in the rate's own clause (not 同比 alone).
const OWN_BASE = /(比|较|与)[^，,；;]*?(\d{4}年|预算|决算|报告数)/;
const LAST_YEAR_REPORTED = /^(去年(?!同期)|上年(全年|[，,]))/;
// `较2016年“三公”经费预算数减少(增加)0.11万元,同比下降(增加)6%` (rg-puer-minzuzx-2017): a template's either-or word left
// in. The word before the brackets reads, and the rate is right if it fits either direction.
const EITHER = /[（(](增加|减少|增长|下降)[)）]$/;
/** A change given as the reason for another: `主要原因是…`, `主要是…`, `由于…`. */
const REASON_LEAD = /^[\s\u3000]*(主要原因(是|为)|原因(是|为)|主要是|主要由于|由于)/;
const plainWord = (label: string) => {
  const m = EITHER.exec(label);
  return m ? label.slice(0, m.index) || m[1] : label;
};

export const growth: Rule = {
  id: 'growth',
  severity: 'error',
  description: '“增加 A，增长 B%”中 B 应等于 A 除以上期数（本期数减去 A）',
  example: '2023年支出1000万元，同比增加100万元，增长10%。',
  run(report, out) {
    const all = proseFigures(report);
    const paired = pairedGrowth(report, out);
    yearPairRates(report, out);
    for (const located of all) {
      const b = located.q;
      if (b.kind !== 'percent' || b.unit !== '%' || b.incidental || paired.has(b)) continue;
      // `较上年减少1.5万元（42.86%）`: a bare rate in brackets right after a change is that change's rate.
      const bracketed = b.inParens && b.label === '';
      if (!RATE.test(plainWord(b.label)) && !bracketed) continue;
      // (`比2018年增加210.00亿元，年均增长11.51%` (a helper's 国企 probe): a yearly average over years, compounded — no rate of
      // the change stated.)
      if (/年均|平均每年|平均增长|平均增速/.test(b.label)) continue;
      // `同比减收92,021万元,剔除留抵退税后同口径下降6.07%` (rh3-panyu-czj-2022): a rate on another basis than the amounts
      // stated is no rate of them.
      if (OTHER_BASIS.test(located.clause.text)) continue;
      let aAt = previousInSentence(report, located.index, (q) => CHANGE.test(plainWord(q.label)));
      // (`…剔除留抵退税因素后同口径增收0.57亿元，增长6.5%` (a helper's 预算执行 probe): nor of a change on another basis.)
      if (aAt && OTHER_BASIS.test(aAt.clause.text)) continue;
      // `完成28,583万元,…同比增长10.85%,增收2,798万元`: the rate before its change (revenue reports).
      const after = aAt ? undefined : changeAfter(all, located);
      if (after) aAt = after.change;
      if (!aAt) {
        if (!bracketed) againstStatedBase(report, located, out);
        continue;
      }
      const a = aAt.q;
      // `比报告数49500万元增加8万元,比2019年决算数下降24.8%` (rs-zhushan-czj-2020): a rate with a comparison of its own in
      // its clause is against that base, not the change of another clause.
      if (aAt.clause !== located.clause && OWN_BASE.test(wordsBetween(located.paragraph, located.clause.span.start, b.span.start))) continue;
      // `支出决算20.82万元，比预算减少10.14万元，比上年下降27.0%` (a helper's 三公 probes): a change against the budget and a
      // rate against last year are two comparisons, the year before not stated.
      const against = comparedWith(wordsBetween(located.paragraph, located.clause.span.start, b.span.start));
      if (against && comparedWith(a.label) && against !== comparedWith(a.label)) continue;
      // `…提高到小学650元、初中850元，分别提高50元，增长8.33%和6.25%` (a helper's 教育 probe): a change stated for each of
      // several items is no one figure's.
      if (/分别|各自/.test(a.label)) continue;
      // `减少-1.08万元`: a sign against the word leaves the meaning open.
      if (a.value.isNegative()) continue;
      // An aside in brackets (`4.38万元（其中…公务接待费1.48万元），比上年减少…`) is never what is compared.
      // Nor is another comparison's change (`比预算增加0万元，比去年增加1.55万元，增长39.4%`).
      let cAt = after
        ? after.current
        : (comparedFigure(report, EITHER.test(a.label) ? { ...aAt, q: { ...a, label: plainWord(a.label) } } : aAt, (q) => !q.inParens && !CHANGE.test(q.label) && !isChangeFrom(q.label) && !VERSUS_BUDGET.test(q.label) && q.kind === a.kind && (q.kind === 'money' || q.unit === a.unit)) ??
          elidedSubject(all, aAt) ??
          totalNamed(all, aAt));
      if (!cAt) continue;
      // `2023年、2022年“三公”经费支出分别为12.64万元、30.72万元，同比减少18.08万元` (a helper's 三公 probe): amounts of a
      // list of years, paired by position — which is this year's is the list's order, not read here.
      if (/分别|各/.test(cAt.clause.text) && /\d{4}\s*年度?\s*[、和与及]\s*\d{4}\s*年/.test(wordsBetween(cAt.paragraph, cAt.sentence.span.start, cAt.q.span.start))) continue;
      // (The oldest of three years, the newest first: 比上年 is of the newest two — not read.)
      if (oldestOfThree(all, cAt)) continue;
      // `“三公”经费财政拨款支出预算为60.00万元，支出决算为35.44万元。与2021年度相比，…支出减少5.58万元`: the figure named
      // so is the budget; what is compared with last year is the 决算 restated right after it.
      if (BUDGET_END.test(cAt.q.label) && !/预算/.test(a.label.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, ''))) cAt = spentAfter(report, cAt) ?? spentBefore(report, cAt) ?? cAt;
      // `…，其中：…公务接待费4万元，较上年减少1.84万元，下降12.96%`: after a 其中 list, an unnamed comparison may be of
      // the last part or of the whole; which cannot be told.
      // A part followed by another part of the list (`其中：A…；B201.25万元，较2016年增加15.18万元，增长8.15%；C…`) is
      // what its own comparison speaks of.
      if (!subjectOf(a.label) && listParts(report).has(cAt.q) && !partsAfter(report, cAt.q, a)) {
        // `收入总计1262.71万元,其中年初结转和结余134.56万元,较2019年增加149.44万元,增长13.06%` (sn-gongqing-zequanxx-2020): an
        // increase larger than the part cannot be the part's (its last year would be below 0) — it is the whole's.
        const rise = !/减少|下降|降低|少|减收|减支|节约|缩减|压减/.test(a.label) && a.unit === cAt.q.unit && a.value.gte(cAt.q.value);
        const whole = rise ? listOfPart(report, cAt.q)?.total : undefined;
        const wholeAt = whole && whole.unit === a.unit ? locatedOf(report, whole) : undefined;
        if (!wholeAt) continue;
        cAt = wholeAt;
      }
      // `“三公”经费支出32.81万元，比上年减少4.6万元；公务接待费比上年下降28.29%` and `…收入完成23.68亿元，其中，国有土地使用权
      // 出让收入减收5.36亿元，下降20.3%` (helpers' probes): a rate or a change naming a subject the figure is not of speaks
      // of that subject, whose amount is not stated.
      // (Only a rate or change set apart from the figure: after 其中, or in a clause after a ；.)
      const listed = (at: Located) => openedByQizhong(at.sentence.clauses, at.clauseIndex);
      const apart = (at: Located) => listed(at) || (at.clauseIndex > 0 && /[；;]/.test(at.sentence.clauses[at.clauseIndex - 1].end));
      if ((aAt.clause !== located.clause && apart(located) && namesOther(b.label, a.label, cAt.q.label)) || (aAt.clause !== cAt.clause && listed(aAt) && namesOther(a.label, undefined, cAt.q.label))) continue;
      // `收入合计321.30万元,较上年决算数减少289.23万元,…,主要原因是本年度财政拨款收入较上年决算数减少358.94万元,下降61.7%;本年度
      // 事业收入较上年决算数增加69.71万元,增长238.8%` (sn-shapingba-fengmingshanyey-2021): a change given as a reason, or after a
      // ；, that names a subject of its own is that part's, whose amount is not the figure the sentence opened with.
      if (aAt.clause !== cAt.clause && (REASON_LEAD.test(a.label) || apart(aAt)) && namesOther(a.label.replace(REASON_LEAD, ''), undefined, cAt.q.label)) continue;
      let current = cAt.q;
      // (A negative amount (`支出决算为-7.80万元`) is no level a rate of change is taken of.)
      if (current.value.isNegative()) continue;
      const change = CHANGE.exec(plainWord(a.label))!;
      if (!(a.kind === 'money' && current.kind === 'money') && !(a.kind === 'count' && a.unit === current.unit)) continue;
      const written = /减少|下降|降低|少|减收|减支|节约|缩减|压减|^减$/.test(change[1]);
      // `上年支出1,957.30万元，较上年增加156.22万元` or `比上年的11449.77万元增加…`: the figure is the base itself.
      // `2021年度…公务接待12.39万元…。2022年度…预算较2021年度增加…，其中公务接待较上年同期减少0.58万元`: the figure found
      // by name stands in a sentence of the year before the comparison's, so it is the base.
      // `较预算数339万元减少217万元，下降64%`: a figure named as what is compared with is the base.
      const reported = LAST_YEAR_REPORTED.test(current.label) && /^(同比|[比较](上年|去年))/.test(a.label);
      // `…合计141.55万元,2014年为107.89万元,较2014年增加33.66万元,增加31%` (bm-shenyang-wenlian-2015): a figure dated
      // the year the change is against is the base.
      // (Not `2013年…决算数为399.48万元,比2013年年初预算数减少40.52万元` (ro-guoban-juesuan-2013): that year's budget is
      // the base, the 决算 of the same year the current figure.)
      const datedBase = !after && !/预算/.test(a.label) && baseYear(all, aAt) !== undefined && dateBefore(all, cAt) === baseYear(all, aAt);
      // `2024年一般公共服务支出856.24万元，2023年为800.12万元，增加56.12万元`: a figure dated the year before its
      // sentence's own is the base.
      // (`…；2022年预算数31.50万元，决算数21.46万元。2023年决算数比上年减少9.00万元` (a helper's probe): the year opening the
      // figure's stretch of its sentence dates it too.)
      const dated = dateBefore(all, cAt) ?? (cAt.sentence !== aAt.sentence ? stretchYear(report, all, cAt) : undefined);
      // (Or the year before a figure of the same sentence just before it: `公务接待费2023年决算31.02万元，2022年决算26.48万元，
      // 增加4.54万元，增长17.15%`, the newest year first — a helper's 三公 probe.)
      // (Or the year before the change's own: `2022年度支出5185.87万元，2023年度较上年增加975.90万元`.)
      const changeYear = dateBefore(all, aAt);
      // (With the rate before its change too: `2023年收入120.50万元，2022年收入100.20万元，增长20.26%，增加20.30万元` — a
      // helper's 决算说明 probe.)
      const datedBefore = dated !== undefined && ((!after && (Number(dated) === yearOf(report, aAt) - 1 || (changeYear !== undefined && Number(dated) === Number(changeYear) - 1))) || newerBefore(all, cAt, Number(dated)));
      // (`上年基本支出775.51万元，项目支出1178.53万元。项目支出增加…` (a helper's 自评 probe): a sentence opening on 上年 is
      // last year's, every figure of it.)
      // (Not a figure named 本年 in it: `上年基本支出4166.86万元，本年基本支出1301.52万元。基本支出较上年减少…` — a helper's
      // long-document probe.)
      const lastYearsSentence = cAt.sentence !== aAt.sentence && /^[\s\u3000]*(上年|去年|上一年度?)/.test(wordsBetween(cAt.paragraph, cAt.sentence.span.start, cAt.sentence.span.start + 6)) && !/本年|今年|当年/.test(cAt.q.label);
      const prior = (isPrior(current.label) && !reported) || STATED_BASE.test(current.label) || comparedWithIt(report, current) || yearOf(report, cAt) === yearOf(report, aAt) - 1 || datedBase || datedBefore || lastYearsSentence || newerJustBefore(cAt, a, written);
      let f = unitFactor(a.unit, current.unit);
      const slip = changeInWrongUnit(located.paragraph, a, current, b, prior ? 'stated' : written ? 'after-decrease' : 'after-increase');
      if (slip) {
        if (slip.odd) reportWrongUnit(out, slip.odd, slip.other, t('{0}幅度', written ? t('下降') : t('增长')), slip.rate, b);
        continue;
      }
      let down = written;
      let rate = changeRate(a, current, f, prior ? 'stated' : down ? 'after-decrease' : 'after-increase');
      if (!rate) continue;
      if (!prior && !overlaps(rate.expected, intervalOf(b)) && (EITHER.test(a.label) || EITHER.test(b.label))) {
        const other = changeRate(a, current, f, written ? 'after-increase' : 'after-decrease');
        if (!other) continue;
        if (overlaps(other.expected, intervalOf(b))) [rate, down] = [other, !written];
      }
      // `公用经费635.60万元，生均公用经费2216.95元，较上年增加172.36元，增长8.43%` (a helper's 事业单位 probe): the average
      // between may be what is compared; the rate that fits it is its.
      const average = !overlaps(rate.expected, intervalOf(b)) ? averageBetween(all, cAt, aAt) : undefined;
      const averaged = average && changeRate(a, average.q, unitFactor(a.unit, average.q.unit), prior ? 'stated' : down ? 'after-decrease' : 'after-increase');
      if (averaged && overlaps(averaged.expected, intervalOf(b))) continue;
      // (Fitting neither, the comparison is reported of the one it comes nearer: `人均人员经费52.33万元，比上年增加2.33万元，
      // 增长5.66%` is the average's 4.66% mistyped, not the total's 0.04%.)
      if (averaged && averaged.computed.sub(b.value).abs().lt(rate.computed.sub(b.value).abs())) [rate, current, f] = [averaged, average!.q, unitFactor(a.unit, average!.q.unit)];
      // `收入总计7403.96万元,支出总计7,386.66万元,与2019年度相比,增加1,684.26万元,增长29.45%` (fj-huangyan-tyjr-2020):
      // an unnamed comparison after two parallel totals may be of either; the one it fits is meant.
      // (Not when the figure found is last year's: `支出合计4637.69万元，上年支出合计3670.57万元，增加967.12万元，增长20.85%` —
      // a helper's whole-document slip probe — has this year's figure before it, no parallel total.)
      const twin = !after && !prior && !subjectOf(a.label) && !NAMES_TOTAL.test(a.label) ? parallelBefore(all, cAt) : undefined;
      if (twin) {
        const other = changeRate(a, twin.q, unitFactor(a.unit, twin.q.unit), prior ? 'stated' : down ? 'after-decrease' : 'after-increase');
        if (other && overlaps(other.expected, intervalOf(b))) continue;
      }
      // `较上年减少120万元，增长-9.23%`: a negative 增长 after a decrease is the fall, signed.
      if (b.value.isNegative()) {
        if (!down || !/增/.test(b.label)) continue;
        rate = { computed: rate.computed.neg(), expected: scale(rate.expected, -1) };
      }
      // `收入32.62亿元,…同比增加239万元`: amounts in two units show them.
      const shownUnit = current.unit !== a.unit ? a.unit : '';
      relation(out, {
        ruleId: 'growth',
        note: prior ? undefined : (thisYearNote(b, a, current, f) ?? otherDirectionNote(b, a, current, f, down)),
        stated: b,
        label: t('{0}幅度', down && !b.value.isNegative() ? t('下降') : t('增长')),
        operands: [operandOf(a), operandOf(current, comparandLabel(current.label))],
        formula: prior
          ? `${a.label} ${a.raw} ÷ ${[comparandLabel(current.label), current.raw].filter((x) => x).join(' ')}`
          : `${a.label} ${a.raw}${shownUnit} ÷ (${current.label} ${current.raw}${current.unit !== a.unit ? current.unit : ''} ${down ? '+' : '−'} ${a.raw}${shownUnit})`,
        computed: rate.computed,
        expected: rate.expected,
        decimals: Math.max(2, b.decimals),
        unit: '%',
      });
    }
  },
};

/**
 * `培训费2023年预算2万元，较2022年预算1.50万元增长75%`: no change amount, the earlier figure stated as the base:
 * the rate is (this − base) ÷ base, or (base − this) ÷ base after 下降/减少.
 */
const LAST_YEAR_ALONE = /^(上年|去年|上年度|上一年度?)(同期)?(预算|决算)?(数)?(为|是)?$/;

function againstStatedBase(report: Report, located: Located, out: RuleOutput): void {
  // `A、B较上年分别增加x、y，分别增长a%、b%`: lists paired by position are not read here.
  if (located.sentence.clauses.some((c) => /分别|各/.test(c.text))) return;
  // The base is named as what is compared with (`较2022年预算`), right before the rate; not a change (`较上年分别增加`).
  const datedBases = datedBasesOf(report, located);
  const baseAt = previousInSentence(
    report,
    located.index,
    // (Or stated on its own right before it: `本年收入合计1256.38万元，上年为1108.24万元，增长13.37%`, or dated the year
    // before the figure before it: `2023年度本年支出合计1450.30万元，2022年度为1326.80万元，增长9.31%`.)
    (q) =>
      q.kind === 'money' &&
      !q.inParens &&
      ((isPrior(q.label) && (/(较|比|与|同)[^，,；;]*$/.test(q.label) || LAST_YEAR_ALONE.test(q.label))) || datedBases.has(q)) &&
      !CHANGE.test(q.label) &&
      !/分别|各/.test(q.label),
  );
  const pair = baseAt ? undefined : lastYearsSentence(report, located) ?? priorOfSameName(report, located);
  if (!baseAt && !pair) return;
  const pairYear = pair && dateBefore(proseFigures(report), pair.base);
  if (pair) datedBases.set(pair.base.q, pairYear ? `${pairYear}年${bareName(pair.base.q.label)}` : comparandLabel(pair.base.q.label));
  let curAt = pair ? pair.current : previousInSentence(report, baseAt!.index, (q) => q.kind === 'money' && !q.inParens && !isPrior(q.label) && !CHANGE.test(q.label));
  if (!curAt) return;
  // `“三公”经费支出16.94万元，其中公务用车运行维护费12.36万元、公务接待费4.58万元，比上年19.80万元下降14.44%` (a helper's
  // 三公 probe): after a 其中 list an unnamed comparison may be of the last part or of the whole; the whole when it fits
  // it and the part does not.
  const base = (pair ? pair.base : baseAt!).q;
  const list = listOfPart(report, curAt.q);
  const wholeAt = list && list.sentence === curAt.sentence ? locatedOf(report, list.total) : undefined;
  if (wholeAt && !fitsAgainst(curAt.q, base, located.q) && fitsAgainst(wholeAt.q, base, located.q)) curAt = wholeAt;
  rateAgainst(report, located, out, curAt, pair ? pair.base : baseAt!, datedBases);
}

/** Whether `label` names a subject of its own that neither the change's label nor the figure's names. */
function namesOther(label: string, change: string | undefined, figure: string): boolean {
  const bare = label.replace(/^[\s\u3000]*其中[：:，,]?/, '');
  // (`国有土地使用权出让收入减收`: a name ending on 收入/支出/费 right before the change word.)
  const own = subjectOf(bare) || /^(.{2,}?(收入|支出|费|资金|经费))(增加|减少|增收|减收|增支|减支|增长|下降)了?$/.exec(bare)?.[1];
  if (!own || own.length < 2) return false;
  const theirs = [figure, change ? subjectOf(change) : ''].filter((x) => x);
  return !theirs.some((x) => x.includes(own) || own.includes(x.replace(/^[\s\u3000]*(\d{4}年度?)?/, '')));
}

/**
 * `2021年度支出合计4637.69万元，上年支出合计3670.57万元，增长20.85%` (a helper's whole-document slip probe): the figure right
 * before the rate is last year's of the same name as the one before it — those two are the base and the current.
 */
const LAST_YEAR_PREFIX = /^(上年|去年|上年度|上一年度?)(同期)?/;

function priorOfSameName(report: Report, located: Located): { current: Located; base: Located } | undefined {
  const money = (q: Quantity) => q.kind === 'money' && !q.inParens && !CHANGE.test(q.label);
  const base = previousInSentence(report, located.index, money);
  if (!base || !LAST_YEAR_PREFIX.test(base.q.label)) return undefined;
  const current = previousInSentence(report, base.index, money);
  if (!current || isPrior(current.q.label)) return undefined;
  const name = base.q.label.replace(LAST_YEAR_PREFIX, '').replace(/(为|是)$/, '');
  return name.length >= 2 && bareName(current.q.label).replace(/(为|是)$/, '') === name ? { current, base } : undefined;
}

/**
 * `2022年全年执行数1712.9万元。2023年全年执行数1836.42万元，同比增长7.12%。` (a helper's 自评 slip probe): a rate against
 * last year with no change amount and no base in its sentence, whose figure is dated: the figure of the same name dated
 * the year before, in the sentence just before it in the paragraph.
 */
function lastYearsSentence(report: Report, located: Located): { current: Located; base: Located } | undefined {
  if (!/^(同比|比上年|较上年|比去年|较去年|与上年相比)?(增长|下降)了?$/.test(located.q.label)) return undefined;
  const all = proseFigures(report);
  const current = previousInSentence(report, located.index, (q) => q.kind === 'money' && !q.inParens && !isPrior(q.label) && !CHANGE.test(q.label));
  if (!current || current.clause !== located.clause && current.clauseIndex < located.clauseIndex - 2) return undefined;
  const base = lastYearsFigure(all, current);
  return base && { current, base };
}

function rateAgainst(report: Report, located: Located, out: RuleOutput, curAt: Located, baseAt: Located, datedBases: Map<Quantity, string>): void {
  const b = located.q;
  // `…2023年12.64万元，2022年14.23万元，2021年16.80万元，2023年比2021年下降24.76%` (a helper's 三公 probe): a rate naming the
  // years it compares is of the figures dated so.
  const named = YEARS_COMPARED.exec(located.clause.text);
  if (named) {
    const all = proseFigures(report);
    if (dateBefore(all, curAt) !== named[1] || dateBefore(all, baseAt) !== named[3]) return;
  }
  const base = baseAt.q;
  const current = curAt.q;
  const baseName = datedBases.get(base) ?? comparandLabel(base.label);
  const down = DOWN.test(b.label);
  const f = unitFactor(current.unit, base.unit);
  const cI = scale(intervalOf(current), f);
  const bI = intervalOf(base);
  const ratio = ratioAgainst(current, base, down);
  if (!ratio || base.value.isZero()) return;
  const cv = current.value.mul(f);
  // `与2010年执行总额的465850.32万元相比,预算增幅只是11%` (ro-guotubu-yusuan-2011): 11% is the change over this year's.
  const overCurrent = div(down ? sub(bI, cI) : sub(cI, bI), cI);
  const wrongBase = overCurrent && overlaps(scale(overCurrent, new Decimal(100)), intervalOf(b));
  relation(out, {
    ...(wrongBase ? { note: t('文中数字是以本期数为分母算出的（{0} ÷ {1}），增长率应以上期数为分母', fmt(cv.sub(base.value).abs(), Math.max(current.decimals, base.decimals)), current.raw) } : {}),
    ruleId: 'growth',
    stated: b,
    label: t('{0}幅度', down ? t('下降') : t('增长')),
    operands: [operandOf(current), operandOf(base, baseName)],
    formula: down
      ? `(${baseName} ${base.raw} − ${current.label} ${current.raw}) ÷ ${base.raw}`
      : `(${current.label} ${current.raw} − ${baseName} ${base.raw}) ÷ ${base.raw}`,
    computed: (down ? base.value.sub(cv) : cv.sub(base.value)).div(base.value).mul(100),
    expected: scale(ratio, new Decimal(100)),
    decimals: Math.max(2, b.decimals),
    unit: '%',
  });
}

const DOWN = /下降|减少|降低|降幅/;

/** (current − base) ÷ base, or (base − current) ÷ base after a fall, each read at its printed precision. */
function ratioAgainst(current: Quantity, base: Quantity, down: boolean) {
  const cI = scale(intervalOf(current), unitFactor(current.unit, base.unit));
  const bI = intervalOf(base);
  return div(down ? sub(bI, cI) : sub(cI, bI), bI);
}

/** Whether a rate against a stated base fits the current figure. */
function fitsAgainst(current: Quantity, base: Quantity, rate: Quantity): boolean {
  const ratio = ratioAgainst(current, base, DOWN.test(rate.label));
  return !!ratio && overlaps(scale(ratio, new Decimal(100)), intervalOf(rate));
}

/** Whether the list `part` belongs to goes on after the change `a` (another part follows): then `a` is the part's. */
function partsAfter(report: Report, part: Quantity, a: Quantity): boolean {
  const list = partLists(report).find((l) => l.parts.includes(part));
  if (!list) return false;
  if (list.parts.some((q) => q.span.start > a.span.end)) return true;
  // `…决算支出数为1957.23万元,较2014年…减少3.51万元,下降0.2%。其中,因公出国(境)费65.98万元,增加53.75万元,增437.7%`
  // (qt-changning-czj-2015): the whole's own comparison is stated before its list, so the one after a part is the part's.
  const first = list.parts[0].span.start;
  return list.paragraph.quantities.some((q) => q.span.start > list.total.span.end && q.span.end < first && !q.incidental && CHANGE.test(q.label));
}

/**
 * `2023年度一般公共预算财政拨款支出2787.65万元，占…。2022年度一般公共预算财政拨款支出2220.50万元，与上年相比，增加567.15万元，
 * 增长25.54%` (a helper's 决算说明): the sentence before opens a year later on the same-named amount, and the two differ by
 * the change — the figure is the base, the one before it the current.
 */
function newerJustBefore(cAt: Located, change: Quantity, down: boolean): boolean {
  const { sentences } = cAt.paragraph;
  const k = sentences.indexOf(cAt.sentence);
  const year = sentenceYear(cAt.paragraph, k);
  if (!k || Number.isNaN(year) || sentenceYear(cAt.paragraph, k - 1) !== year + 1) return false;
  const { start, end } = sentences[k - 1].span;
  const newer = cAt.paragraph.quantities.find((q) => q.span.start >= start && q.span.end <= end && !q.incidental && q.kind === cAt.q.kind && q.unit === cAt.q.unit && plainWord(q.label) === plainWord(cAt.q.label));
  if (!newer) return false;
  const moved = down ? sub(intervalOf(cAt.q), intervalOf(newer)) : sub(intervalOf(newer), intervalOf(cAt.q));
  return overlaps(moved, intervalOf(change));
}

function sentenceYear(p: Located['paragraph'], k: number): number {
  const start = p.sentences[k].span.start;
  const m = /^[\s\u3000]*(\d{4})\s*年/.exec(wordsBetween(p, start, start + 12));
  return m ? Number(m[1]) : NaN;
}

/** The year a sentence opens with (`2021年度“三公”经费合计支出…`), or else the nearest sentence before it in its
 * paragraph that opens with one; NaN for none. */
function yearOf(report: Report, at: Located): number {
  const sentences = at.paragraph.sentences;
  for (let i = sentences.indexOf(at.sentence); i >= 0; i--) {
    const start = sentences[i].span.start;
    const m = /^[\s\u3000]*(\d{4})年/.exec(wordsBetween(at.paragraph, start, start + 12));
    if (m) return Number(m[1]);
  }
  return NaN;
}

/** A bare change word (`增收`, `增加`): the change right after a rate that has none before it. */
const BARE_CHANGE = /^(增收|减收|增支|减支|增加|减少)(了|额(达到?|为)?)?$/;
// `较上年增长10.9%,…较去年增加11642万元` (jj-wuzhong-czj-2019): the change framed against last year as its rate is, its
// subject (if any) named as the figure's.
const FRAMED_CHANGE = /^(\S{0,6}?)(同比|比上年|较上年|比去年|较去年)(同期)?(增收|减收|增支|减支|增加|减少)了?$/;
const LAST_YEAR_RATE = /(同比|比上年|较上年|比去年|较去年)(同期)?(增长|下降|减少|增加)$/;
const sameFrame = (rate: string, change: string) => LAST_YEAR_RATE.test(rate) && FRAMED_CHANGE.test(change);

const ELIDED_LOOK_BACK = 40;

/**
 * `本部门2016年度财政拨款收入6955.73万元,较上年决算数增加950.05万元,…。主要原因是…。较年初预算数减少1311.69万元,下降
 * 15.86%` (qt-shapingba-jcy-2016): a sentence that opens with its comparison (较/比/与…) has left out its subject, the
 * amount the paragraph opens with — when that is the paragraph's one plain amount before it.
 */
function elidedSubject(all: Located[], aAt: Located): Located | undefined {
  // (Or after a frame of its own: `收入总计816.51万元。与上年相比，增加181.75万元，增长22.26%` — a helper's recall probe.)
  const framed = aAt.clauseIndex === 1 && !aAt.sentence.clauses[0].quantities.length && /^[\s\u3000]*(与|同|较|比)(上年|去年|上年度|上一年度?|同期|上年同期)(决算)?(数)?(相比|比较)$/.test(aAt.sentence.clauses[0].text);
  if (!framed && (aAt.clauseIndex !== 0 || !/^[\s\u3000]*(较|比|与)/.test(aAt.clause.text))) return undefined;
  const amounts: Located[] = [];
  // (A bounded look back: a paragraph of one pasted line may hold thousands of comparisons.)
  let i = aAt.index - 1;
  for (; i >= 0 && i >= aAt.index - ELIDED_LOOK_BACK && all[i].paragraph === aAt.paragraph; i--) {
    const q = all[i].q;
    if (q.incidental || q.inParens || q.kind === 'percent' || CHANGE.test(q.label) || /^(较|比|与|同)/.test(q.label)) continue;
    if (q.kind !== 'money' || amounts.length === 2) return undefined;
    amounts.push(all[i]);
  }
  // Stopped by the bound, not at the paragraph's start: whether it is the one amount is not known.
  if (i >= 0 && all[i].paragraph === aAt.paragraph) return undefined;
  // (`“三公”经费财政拨款支出预算为56.59万元，支出决算为50.00万元，完成预算的88.35%。与上年相比增加9.39万元` — a helper's
  // 部门决算: the 决算说明's budget and what was spent, the comparison of what was spent.)
  const spent = amounts.length === 2 && amounts.filter((x) => BUDGET_WORD.test(x.q.label)).length === 1 ? amounts.find((x) => !BUDGET_WORD.test(x.q.label) && SPENT_WORD.test(x.q.label)) : undefined;
  const subject = amounts.length === 1 ? amounts[0] : spent;
  return subject && subject.sentence !== aAt.sentence ? subject : undefined;
}

const BUDGET_WORD = /预算/;
const SPENT_WORD = /决算|支出|实际/;

/**
 * `本部门2016年度收入总计6955.73万元,支出总计6,954.57万元。与2015年决算数相比,收入增加950.05万元…。支出增加841.13万元,
 * 增长13.36%` (qt-shapingba-jcy-2016): a bare 收入/支出 that changed is the paragraph's one total of it.
 */
const NAMES_TOTAL = /^(收入|支出)(增加|减少|增长|下降)$/;
function totalNamed(all: Located[], aAt: Located): Located | undefined {
  const m = NAMES_TOTAL.exec(aAt.q.label);
  if (!m) return undefined;
  const total = new RegExp(`^(本年度?)?${m[1]}(总计|合计|总额)$|^总${m[1]}$`);
  let found: Located | undefined;
  for (let i = aAt.index - 1; i >= 0 && i >= aAt.index - ELIDED_LOOK_BACK && all[i].paragraph === aAt.paragraph; i--) {
    const q = all[i].q;
    if (q.incidental || q.inParens || q.kind !== 'money' || !total.test(q.label)) continue;
    if (found && !found.q.value.eq(q.value)) return undefined;
    found ??= all[i];
  }
  return found;
}

/**
 * The figures of a sentence dated the year before an earlier figure of it, and named as it is or not at all:
 * `2023年度本年支出合计1450.30万元，2022年度为1326.80万元`, `2023年度支出总计…，2022年度支出总计…`.
 */
function datedBasesOf(report: Report, at: Located): Map<Quantity, string> {
  const all = proseFigures(report);
  // Each with the name it is shown by: `2022年度本年支出合计`.
  const found = new Map<Quantity, string>();
  const seen: Array<{ year: number; name: string }> = [];
  let first = at.index;
  while (first > 0 && all[first - 1].sentence === at.sentence) first--;
  for (let i = first; i < at.index; i++) {
    const l = all[i];
    if (l.q.kind !== 'money' || l.q.incidental || l.q.inParens) continue;
    const date = dateBefore(all, l);
    if (!date) continue;
    const name = l.q.label.replace(/^[\s\u3000]*(\d{4}年度?)?/, '').replace(/(为|是)$/, '');
    const later = seen.find((s) => s.year === Number(date) + 1 && (!name || s.name === name));
    if (later) found.set(l.q, `${date}年${later.name}`);
    seen.push({ year: Number(date), name });
  }
  return found;
}

/** The year a change is against (`较2014年增加…`), or undefined. */
function baseYear(all: Located[], aAt: Located): string | undefined {
  const d = all[aAt.index - 1];
  return d && d.sentence === aAt.sentence && d.q.incidental && /^年度?$/.test(d.q.unit) && /(较|比|与|同)$/.test(d.q.label) ? d.q.raw : undefined;
}

/** The year dated first in the figure's stretch of its sentence (back to the last ；), if any. */
function stretchYear(report: Report, all: Located[], c: Located): string | undefined {
  let year: string | undefined;
  for (let i = c.index - 1; i >= 0 && all[i].sentence === c.sentence; i--) {
    if (/[；;]/.test(report.text.slice(all[i].q.span.end, all[i + 1].q.span.start))) break;
    if (all[i].q.incidental && /^年度?$/.test(all[i].q.unit)) year = all[i].q.raw;
  }
  return year;
}

/** The money figure just before `c` in its sentence when it is c's parallel (`收入总计…, 支出总计…`). */
function parallelBefore(all: Located[], c: Located): Located | undefined {
  for (let i = c.index - 1; i >= 0 && all[i].sentence === c.sentence; i--) {
    const q = all[i].q;
    if (q.incidental || q.inParens) continue;
    if (q.kind !== 'money' || CHANGE.test(q.label)) return undefined;
    const end = (l: string) => l.slice(-2);
    return /总计|合计|总额/.test(end(q.label)) && end(q.label) === end(c.q.label) ? all[i] : undefined;
  }
  return undefined;
}

/**
 * `收入完成28,583万元,占调整预算105.47%,同比增长10.85%,增收2,798万元`: the change stated right after its rate, the
 * amount it is of the money figure before the rate (past shares of it). Only a bare change word, in the same sentence.
 */
const REASON_OPENING = /^[\s\u3000]*(主要是|主要原因|主要由于|主要因|由于|因为|系|原因是)/;

function changeAfter(all: Located[], at: Located): { change: Located; current: Located } | undefined {
  let i = at.index + 1;
  // (Past an aside in brackets: `较上年增长10.9%;(其中:基本养老金支出113462万元,较上年增长11.38%;…);支出较去年增加11642万元`.)
  const aside = (q: Quantity) => q.inParens && !(q.kind === 'money' && /^[（(]/.test(q.label));
  while (i < all.length && all[i].sentence === at.sentence && (all[i].q.incidental || aside(all[i].q))) i++;
  const change = all[i];
  if (!change || change.sentence !== at.sentence || change.q.kind !== 'money') return undefined;
  // `比上年增长12.9%（增加11642万元）`: the change in brackets right after its rate.
  const opened = /^[（(]/.test(change.q.label) && wordsBetween(at.paragraph, at.q.fullSpan.end, change.q.span.start).trim() === change.q.label;
  if (change.q.inParens && !opened) return undefined;
  const label = opened ? change.q.label.slice(1) : change.q.label;
  if (!(BARE_CHANGE.test(label) || sameFrame(at.q.label, label))) return undefined;
  // (An aside skipped, the change is named against last year as its rate is.)
  if (i > at.index + 1 && all.slice(at.index + 1, i).some((x) => aside(x.q)) && !sameFrame(at.q.label, label)) return undefined;
  // `同比增长6.3%，主要是缴费基数提高，增收15.20亿元` (a helper's 社保 probe): an amount a reason gives is that cause's share
  // of the change, not the change.
  if (at.sentence.clauses.slice(at.clauseIndex + 1, change.clauseIndex + 1).some((c) => REASON_OPENING.test(c.text))) return undefined;
  for (let j = at.index - 1; j >= 0 && all[j].sentence === at.sentence; j--) {
    const q = all[j].q;
    if (q.incidental || q.kind === 'percent') continue;
    // (`…支出总额为117837万元,较上年增长10.9%,…支出较去年增加11642万元`: a subject the change names is the figure's.)
    const subject = FRAMED_CHANGE.exec(label)?.[1];
    if (subject && !q.label.includes(subject)) return undefined;
    // `收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%,减收4800万元` (rg2-gangu-czj-2024): a
    // shortfall against the budget is no amount that grew.
    if (q.kind === 'money' && VERSUS_BUDGET.test(q.label)) continue;
    if (q.kind !== 'money' || q.inParens || CHANGE.test(q.label)) return undefined;
    // `累计完成99552万元,占年初预算数109466万元的90.9%,同比增长9.1%,增收8300万元` (rh-tunxi-czj-nd): the budget of a
    // share or completion rate is no amount that grew.
    const next = all[j + 1];
    if (next && next.sentence === at.sentence && isBudgetOfCompletion(q, next.q)) continue;
    return { change: opened ? { ...change, q: { ...change.q, label } } : change, current: all[j] };
  }
  return undefined;
}

/** Whether the figure just before `at` in its sentence, of its kind, is dated the year after `year`. */
function newerBefore(all: Located[], at: Located, year: number): boolean {
  const prev = figureBefore(all, at);
  if (!prev || Number(dateBefore(all, prev)) !== year + 1) return false;
  // (Not the oldest of three, the newest first: `2023年为31.60万元，2022年为35.80万元，2021年为38.16万元，比上年减少4.20万元`
  // compares the newest two.)
  const older = figureBefore(all, prev);
  return !(older && Number(dateBefore(all, older)) === year + 2);
}

/** The figure of `at`'s kind just before it in its sentence, past a few dates. */
function figureBefore(all: Located[], at: Located): Located | undefined {
  let i = at.index - 1;
  while (i >= 0 && i >= at.index - 3 && all[i].q.incidental) i--;
  const prev = all[i];
  return prev && prev.sentence === at.sentence && prev.q.kind === at.q.kind && !prev.q.incidental ? prev : undefined;
}

/** `2023年…31.60万元，2022年…35.80万元，2021年…38.16万元`: the last of three figures dated a year apart, newest first. */
function oldestOfThree(all: Located[], at: Located): boolean {
  const year = Number(dateBefore(all, at));
  const prev = year ? figureBefore(all, at) : undefined;
  const older = prev && figureBefore(all, prev);
  return !!older && Number(dateBefore(all, prev!)) === year + 1 && Number(dateBefore(all, older)) === year + 2;
}
