// `决算总收入47281.07万元，较预算增加46852.7万元` — the difference is this figure minus the one named.
import type { Quantity } from '../report/model';
import type Decimal from 'decimal.js';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { intervalOf, overlaps, scale, sub } from './interval';
import { listOfPart, unitFactor } from './prose-lists';
import { CHANGE_ONLY, DIFFERENCE, INLINE, isComparison, sameSubject, subjectBefore } from './compared';
import { averageBetween, comparandLabel, comparedFigure, findNamed, locatedOf, previousInSentence, proseFigures, subjectOf, type Located } from './prose-index';
import { purchaseSavings, savings, unspent } from './savings';
import { vacancies } from './vacancies';
import { budgetGaps } from './budget-gap';
import { relation } from './relation';
import { sectionIndexAt } from './sections';
import type { Rule } from './rule';
import { operandOf } from './sum-of-parts';
import { lastYearChanges, yearPairs } from './year-pair';
import { pointChanges } from './point-change';
import { adjustedChanges, budgetAdjustments } from './adjusted';
import { reviewCuts } from './review-cuts';

// Comparisons with a figure the report rarely states: nothing to check against.
const UNSTATED = /^(上年|去年|上年度|同期|上年同期|往年|\d{4}年)/;

export const difference: Rule = {
  id: 'difference',
  severity: 'error',
  description: '“较…增加/减少 X”应等于本数与所比之数的差',
  example: '年初预算428.37万元。决算总收入47281.07万元，较年初预算增加46582.7万元。',
  run(report, out) {
    // `由362,000万元调整为416,000万元,调增54,000万元` (adjusted.ts).
    adjustedChanges(report, out);
    // `年初预算…，年中追加…，全年预算数…` (adjusted.ts).
    budgetAdjustments(report, out);
    // `送审金额…,审定金额…,审减金额…` (review-cuts.ts).
    reviewCuts(report, out);
    // `2016年预算8万元,2015年预算12.5万元;对比减少4.35万元`: two dated figures and their difference.
    yearPairs(report, out);
    // `…1180.25万元，上年为1065.3万元，增加114.95万元` (year-pair.ts).
    lastYearChanges(report, out);
    // `预算执行率95.28%，上年为92.16%，提高3.12个百分点` (point-change.ts).
    pointChanges(report, out);
    // `预算36.00万元，实际支出28.46万元，节约7.54万元` (savings.ts).
    savings(report, out);
    // `完成政府采购…万元,采购预算…万元,节约资金…万元` (savings.ts).
    purchaseSavings(report, out);
    // `预算…，执行数…，执行率…，未执行资金135.78万元` (savings.ts).
    unspent(report, out);
    // `核定编制28名，在编25名，缺编3名` (vacancies.ts).
    vacancies(report, out);
    // `预算为52.00万元，支出决算为41.36万元，决算数较预算数减少10.64万元` (budget-gap.ts).
    budgetGaps(report, out);
    const all = proseFigures(report);
    for (const located of all) {
      const q = located.q;
      // `减少-1.08万元`: a sign against the word leaves the meaning open.
      if (q.kind !== 'money' || q.incidental || q.value.isNegative()) continue;
      const money = (c: { kind: string }) => c.kind === 'money';
      const m = DIFFERENCE.exec(q.label) ?? DIFFERENCE.exec(framed(located));
      let refName: string;
      let change: string;
      let prev: Located | undefined;
      let ref: Located | undefined;
      if (m) {
        refName = m[2];
        change = m[4];
        if (UNSTATED.test(refName)) continue;
        // The figure compared: named before 较 (`决算支出较年初预算增加`), or the money figure just before.
        prev = comparedFigure(report, located, money);
        if (!prev) continue;
        // What it is compared with: a figure named so (`年初预算31256.80万元`), or one of the same kind whose
        // name includes it (`年初预算安排收入` for 决算总收入 较预算).
        const subject = prev.q.label.slice(-2);
        const current = prev.q.label;
        // A figure stated as the base of another comparison (`较年初预算1,100.00万元增加…`, another project's) is
        // that comparison's, not a budget to look up by name.
        // And `该项目年初预算850.00万元` speaks of the project of its own section, not of the next one's.
        const here = sectionIndexAt(report, prev.q.span.start);
        const own = (c: Quantity) =>
          money(c) &&
          sameSubject(current, c.label, refName) &&
          !/^(较|比|与|相比)/.test(c.label) &&
          !(/^(该|本|此)/.test(c.label) && sectionIndexAt(report, c.span.start) !== here);
        ref = findNamed(report, refName, prev.index, own) ?? findNamed(report, subject, prev.index, (c) => own(c) && c.label.includes(refName));
        // (`（一）住房公积金（项）。年初预算为300.00万元…` / `（二）事业运行（项）。支出决算为500.00万元，比年初预算增加100.00万元` (a
        // helper's 决算说明 probe): another numbered item's budget is not this item's.)
        const item = (l: Located) => l.paragraph.listMarker?.number;
        if (ref && ref.paragraph !== prev.paragraph && (item(ref) !== undefined || item(prev) !== undefined) && item(ref) !== item(prev)) continue;
      } else {
        // `决算支出3105.68万元，较年初预算2864.50万元增加241.18万元`: what is compared with is stated inline, just
        // before the change; what is compared is named before 较, or stands before it in the sentence.
        const bare = CHANGE_ONLY.exec(q.label);
        if (!bare) continue;
        ref = previousInSentence(report, located.index, money);
        const inline = ref && INLINE.exec(ref.q.label);
        if (!ref || !inline) continue;
        refName = inline[2];
        change = bare[1];
        // `决算支出1712.85万元，较年初预算增加126.45万元，较上年决算1598.26万元增加114.59万元`: the second comparison
        // is of 决算支出 too, not of the change stated before it.
        // A subject named before 较 (`预算总额较…`) must be found by that name in the paragraph, or nothing is said.
        prev = subjectOf(ref.q.label)
          ? comparedFigure(report, ref, (c) => money(c) && !isComparison(c.label))
          : subjectBefore(report, ref);
        if (prev && prev.paragraph !== ref.paragraph) continue;
      }
      if (!prev || !ref) continue;
      // (`…162.38万元，比年初预算减少7.62万元，比2019年减少18.67万元`: another comparison's change is neither what is
      // compared nor what it is compared with.)
      if ([prev, ref].some((l) => l !== located && /(增加|减少|多出|节约|超支|增长|下降)了?$/.test(l.q.label))) continue;
      // `转移性收入433370万元,其中:…、专项转移支付收入44875万元,比报告数425319万元增加8051万元` (rs-zhushan-czj-2020):
      // after a 其中 list an unnamed comparison may be of the last part or of the whole; the whole when it fits it, else
      // which cannot be told.
      const unnamed = /^[\s\u3000]*(比|较|与|同)/.test(ref.clause.text);
      const list = m || !unnamed ? undefined : listOfPart(report, prev.q);
      if (list) {
        const whole = list.total;
        const wholeAt = whole && locatedOf(report, whole);
        if (!wholeAt || !fitsChange(wholeAt.q, ref.q, q, /减少|少|节约|下降/.test(CHANGE_ONLY.exec(q.label)?.[1] ?? ''))) continue;
        prev = wholeAt;
      }
      // `公用经费支出635.60万元，生均公用经费2216.95元，较上年的2044.59元增加172.36元` (a helper's 事业单位 probe): the average
      // between may be what is compared: silent when the difference fits it; fitting neither, the one it comes nearer.
      const average = averageBetween(all, prev, ref);
      if (average && !fitsChange(prev.q, ref.q, q, DECREASE.test(change))) {
        if (fitsChange(average.q, ref.q, q, DECREASE.test(change))) continue;
        if (missBy(average.q, ref.q, q).lt(missBy(prev.q, ref.q, q))) prev = average;
      }
      const current = prev.q;
      const refLabel = comparandLabel(ref.q.label);
      const decrease = DECREASE.test(change);
      const unit = q.unit;
      const cur = scale(intervalOf(current), unitFactor(current.unit, unit));
      const base = scale(intervalOf(ref.q), unitFactor(ref.q.unit, unit));
      const expected = decrease ? sub(base, cur) : sub(cur, base);
      const cv = current.value.mul(unitFactor(current.unit, unit));
      const rv = ref.q.value.mul(unitFactor(ref.q.unit, unit));
      const computed = decrease ? rv.sub(cv) : cv.sub(rv);
      // 增加 when the figure found in another paragraph is larger (86.50 较 2,030.00 增加): it is most likely not
      // the one compared with — another project's, or the whole's — so nothing is said. In the same paragraph
      // the pairing is sure and the slip is a figure's.
      if (computed.isNegative() && ref.paragraph !== prev.paragraph) continue;
      // `基本支出252.5\n元,较上年231.5万元,增加21万元` (ra-xxqu-dieryey-2017): amounts in two units that agree read in
      // one say a unit is wrong (or lost at a line break), not the difference.
      if (current.unit !== ref.q.unit && alikeFits(current, ref.q, q, decrease)) continue;
      relation(out, {
        ruleId: 'difference',
        stated: q,
        label: t('{0}较{1}{2}额', current.label, refName, change),
        operands: [operandOf(current), operandOf(ref.q, refLabel)],
        formula: decrease
          ? `${refLabel} ${ref.q.raw} − ${current.label} ${current.raw}`
          : `${current.label} ${current.raw} − ${refLabel} ${ref.q.raw}`,
        computed,
        expected,
        decimals: moneyDecimals(current.decimals, ref.q.decimals, q.decimals),
        unit,
      });
    }
  },
};

/**
 * `与年初预算相比，决算支出多出4641.46万元`: the frame stands in a clause of its own, before the change. Read as if
 * written `决算支出较年初预算多出`; '' when there is no such frame.
 */
function framed(at: Located): string {
  const clauses = at.sentence.clauses;
  const k = at.clauseIndex;
  const frame = k > 0 ? /^[\s\u3000]*(?:与|和|同)(.{2,12}?)相比$/.exec(clauses[k - 1].text) : null;
  if (!frame || clauses[k - 1].quantities.length) return '';
  const change = /^(.*?)(增加|减少|多出|节约|超支)了?$/.exec(at.q.label);
  return change ? `${change[1]}较${frame[1]}${change[2]}` : '';
}

/** A change word that says less. */
const DECREASE = /减少|少|节约|下降/;

/** How far the stated change is from the amounts' difference, its size only. */
function missBy(current: Quantity, ref: Quantity, stated: Quantity): Decimal {
  const d = current.value.mul(unitFactor(current.unit, stated.unit)).sub(ref.value.mul(unitFactor(ref.unit, stated.unit))).abs();
  return d.sub(stated.value).abs();
}

/** Whether the stated difference fits the two amounts, each in its unit. */
function fitsChange(current: Quantity, ref: Quantity, stated: Quantity, decrease: boolean): boolean {
  const cur = scale(intervalOf(current), unitFactor(current.unit, stated.unit));
  const base = scale(intervalOf(ref), unitFactor(ref.unit, stated.unit));
  return overlaps(decrease ? sub(base, cur) : sub(cur, base), intervalOf(stated));
}

/** Whether the stated difference fits the two amounts read in one unit, their printed units aside. */
function alikeFits(current: Quantity, ref: Quantity, stated: Quantity, decrease: boolean): boolean {
  const expected = decrease ? sub(intervalOf(ref), intervalOf(current)) : sub(intervalOf(current), intervalOf(ref));
  return overlaps(expected, intervalOf(stated));
}
