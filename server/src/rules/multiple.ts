// `是X的N倍` → current ÷ X; `超出X…幅度达到N倍` → (current − X) ÷ X.
import { t } from '../l10n';
import { div, intervalOf, overlaps, scale, sub } from './interval';
import { listOfPart, unitFactor } from './prose-lists';
import { findNamed, isPrior, previousInSentence, proseFigures } from './prose-index';
import { relation } from './relation';
import type { Rule, RuleOutput } from './rule';
import type { Quantity } from '../report/model';
import { operandOf } from './sum-of-parts';

const EXCESS = /(超出|超过|高出|多出|增长|增加)/;
const CHANGE_WORD = /(增加|增长|提高)了?$/;
const RATIO = /^(是|为|相当于)|的$/;

export const multiple: Rule = {
  id: 'multiple',
  severity: 'error',
  description: '倍数应与所比两数相符：“是X的N倍”= 本数 ÷ X；“超出X幅度N倍”=（本数 − X）÷ X',
  example: '总收入47281.07万元超出年初预算数428.37万元幅度达到100.37倍。',
  run(report, out) {
    const all = proseFigures(report);
    for (const located of all) {
      const n = located.q;
      if (n.kind !== 'multiple' || n.incidental) continue;
      const amount = (q: { kind: string }) => q.kind === 'money' || q.kind === 'count';
      const xAt = previousInSentence(report, located.index, amount);
      // `0.62亿元（6,152.30万元），是上年的1.5倍`: a figure in brackets restates the one before it; no base.
      if (!xAt || xAt.q.inParens) continue;
      // The figure compared: just before X in the sentence, or named before 超出/是 (`项目支出超出年初预算216万元`).
      const subject = /^(.+?)(超出|超过|高出|多出|是)/.exec(xAt.q.label)?.[1];
      const same = (q: { kind: string; unit: string }) => amount(q) && q.kind === xAt.q.kind;
      const cAt = previousInSentence(report, xAt.index, same) ?? (subject ? findNamed(report, subject, xAt.index, same) : undefined);
      if (!cAt) continue;
      // `上年3921人次，本年8632人次，为上年的2.2倍`, `与年初预算数428.37万元相比，决算总收入47281.07万元超出…倍`: the
      // base is last year's, or the one named after 与/同 (…相比), whichever comes first.
      const base = (at: typeof cAt) => {
        const clause = at.clause.text;
        return isPrior(at.q.label) || (/(与|同)/.test(clause) && /相比/.test(clause));
      };
      // `2560万元，比2022年的1860万元增加700万元，是2022年的1.38倍` (a helper's 资金分配 probe): the amount before 倍 is the
      // change, the base is stated before it — the multiple is of the figure before that, over the base.
      if (CHANGE_WORD.test(xAt.q.label) && base(cAt) && !EXCESS.test(n.label)) {
        const nowAt = previousInSentence(report, cAt.index, (q) => same(q) && !isPrior(q.label) && !CHANGE_WORD.test(q.label));
        if (nowAt) ratioOf(out, n, cAt.q, nowAt.q);
        continue;
      }
      // `项目支出270.93万元，比上年57.98万元增加212.95万元，增长3.67倍` (a helper's 决算说明 probe): 增长N倍 there is the
      // increase over the base (silent too when it is the figure over the base, as some writers say it).
      if (CHANGE_WORD.test(xAt.q.label) && base(cAt) && EXCESS.test(n.label)) {
        const nowAt = previousInSentence(report, cAt.index, (q) => same(q) && !isPrior(q.label) && !CHANGE_WORD.test(q.label));
        if (!(nowAt && fits(n, nowAt.q, cAt.q))) ratioOf(out, n, cAt.q, xAt.q);
        continue;
      }
      const swap = base(cAt) && !base(xAt);
      const x = swap ? cAt.q : xAt.q;
      let current = swap ? xAt.q : cAt.q;
      // `一般公共预算收入156.12亿元，其中税收收入…、非税收入35.67亿元，是上年148.90亿元的1.05倍` (a helper's 预算执行 probe):
      // after a 其中 list, the multiple may be of the last part or of the whole; the whole when it fits it and the part
      // does not.
      const list = !swap ? listOfPart(report, current) : undefined;
      if (list && list.sentence === located.sentence && !fits(n, current, x) && fits(n, list.total, x)) current = list.total;
      if (x.kind === 'count' && x.unit !== current.unit) continue;
      // `从4087.92亿元增加到了10487.82亿元,增加了6399.9亿元,增长了1.56倍` (rn-shi-gzw-2017): the amount just before the
      // 倍 is the increase; the 倍 is it over where it started, 6399.9 ÷ (10487.82 − 6399.9).
      if (!swap && CHANGE_WORD.test(x.label) && EXCESS.test(n.label)) {
        overStart(out, n, x, current, 'increase');
        continue;
      }
      // `…500万元，比上年增加200万元，是上年的2.5倍`: last year is the current amount less the increase.
      if (!swap && CHANGE_WORD.test(x.label) && /^(是|为|相当于)(上年|去年|上年度)(的)?$/.test(n.label)) {
        overStart(out, n, x, current, 'current');
        continue;
      }
      // `2024年事业收入329.7万元，其他收入37.15万元，事业收入是上年的1.5倍` (a helper's 预算 probe): a multiple of last year's
      // figure, which the sentence does not state — not of the amount before it.
      if (/(上年|去年|上年度|\d{4}年度?)(预算|决算)?(数)?的?$/.test(n.label) && !isPrior(x.label) && !base(xAt) && !base(cAt)) continue;
      const excess = EXCESS.test(x.label) || EXCESS.test(n.label);
      const ratio = RATIO.test(x.label) || /的$/.test(n.label);
      if (excess === ratio) continue; // neither, or both: the sentence does not say which.
      const f = unitFactor(x.unit, current.unit);
      const xI = scale(intervalOf(x), f);
      const cI = intervalOf(current);
      const expected = div(excess ? sub(cI, xI) : cI, xI);
      if (!expected) continue;
      const xv = x.value.mul(f);
      if (xv.isZero()) continue;
      relation(out, {
        ruleId: 'multiple',
        stated: n,
        label: t('倍数'),
        operands: [operandOf(current), operandOf(x)],
        formula: excess
          ? `(${current.label} ${current.raw} − ${x.label} ${x.raw}) ÷ ${x.raw}`
          : `${current.label} ${current.raw} ÷ ${x.label} ${x.raw}`,
        computed: (excess ? current.value.sub(xv) : current.value).div(xv),
        expected,
        decimals: Math.max(2, n.decimals),
        unit: '倍',
      });
    }
  },
};

/**
 * N倍 over where the amount started (the current amount − the increase): of the increase itself (`增加了6399.9亿元,增长了
 * 1.56倍`), or of the current amount (`比上年增加200万元,是上年的2.5倍`, `of: 'current'`).
 */
function overStart(out: RuleOutput, n: Quantity, x: Quantity, current: Quantity, of: 'increase' | 'current'): void {
  const f = unitFactor(x.unit, current.unit);
  const xI = scale(intervalOf(x), f);
  const start = sub(intervalOf(current), xI);
  const expected = div(of === 'increase' ? xI : intervalOf(current), start);
  const startValue = current.value.sub(x.value.mul(f));
  if (!expected || start.lo.lte(0) || startValue.isZero()) return;
  relation(out, {
    ruleId: 'multiple',
    stated: n,
    label: t('倍数'),
    operands: of === 'increase' ? [operandOf(x), operandOf(current)] : [operandOf(current), operandOf(x)],
    formula:
      of === 'increase'
        ? `${x.label} ${x.raw} ÷ (${current.label} ${current.raw} − ${x.raw})`
        : `${current.label} ${current.raw} ÷ (${current.raw} − ${x.label} ${x.raw})`,
    computed: (of === 'increase' ? x.value.mul(f) : current.value).div(startValue),
    expected,
    decimals: Math.max(2, n.decimals),
    unit: '倍',
  });
}

/** Whether the multiple is current ÷ x (a ratio read as `是X的N倍`). */
function fits(n: Quantity, current: Quantity, x: Quantity): boolean {
  const r = div(intervalOf(current), scale(intervalOf(x), unitFactor(x.unit, current.unit)));
  return !!r && overlaps(r, intervalOf(n));
}

/** `是X的N倍` of two stated figures: current ÷ x. */
function ratioOf(out: RuleOutput, n: Quantity, x: Quantity, current: Quantity): void {
  const f = unitFactor(x.unit, current.unit);
  const xv = x.value.mul(f);
  const expected = div(intervalOf(current), scale(intervalOf(x), f));
  if (!expected || xv.isZero()) return;
  relation(out, {
    ruleId: 'multiple',
    stated: n,
    label: t('倍数'),
    operands: [operandOf(current), operandOf(x)],
    formula: `${current.label} ${current.raw} ÷ ${x.label} ${x.raw}`,
    computed: current.value.div(xv),
    expected,
    decimals: Math.max(2, n.decimals),
    unit: '倍',
  });
}
