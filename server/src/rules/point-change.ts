// `预算执行率95.28%，上年为92.16%，提高3.12个百分点`, `由上年的92.16%提高到95.28%，提高了3.12个百分点`: a change of a
// rate in 个百分点 is this year's rate minus last year's. Read in one sentence: the change right after two rates, one of
// them named as last year's (上年, 去年, 同期, a year); the word (提高/下降…) says which way. A word against the figures
// is left alone here (the figures may be right and the word the slip, or not).
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';
import { intervalOf, sub } from './interval';
import { proseFigures } from './prose-index';

const UP = /(提高|增加|上升|增长|提升)了?$/;
const DOWN = /(下降|降低|减少|回落)了?$/;
const BASE = /(上年|去年|上一年度?|上年度|同期|\d{4}年度?)(的|为|是)?$/;
const POINTS = /^(个)?百分点$/;

export function pointChanges(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 2; i < all.length; i++) {
    const change = all[i].q;
    if (change.incidental || change.kind !== 'percent' || !POINTS.test(change.unit)) continue;
    const up = UP.test(change.label);
    if (!up && !DOWN.test(change.label)) continue;
    // The two rates just before it, in its sentence.
    const rates: Quantity[] = [];
    for (let j = i - 1; j >= 0 && all[j].sentence === all[i].sentence && rates.length < 2; j--) {
      const q = all[j].q;
      if (q.incidental) continue;
      if (q.kind !== 'percent' || q.unit !== '%') break;
      // (A target, `达到≥95%的目标` (a helper's 三公 probe), is no rate of either year.)
      if (/[≥≤＞＜]|不低于|不少于|不高于|目标/.test(q.label) || /^的?(目标|要求)/.test(report.text.slice(q.fullSpan.end, q.fullSpan.end + 4))) continue;
      rates.unshift(q);
    }
    if (rates.length !== 2) continue;
    // (Not `比上年增长15.80%`: a growth rate is no rate of last year.)
    const based = rates.filter((q) => BASE.test(q.label.replace(/(由|较|比|与)/g, '')));
    if (based.length !== 1) continue;
    const base = based[0];
    const current = rates[0] === base ? rates[1] : rates[0];
    const [from, to] = up ? [base, current] : [current, base];
    const computed = to.value.sub(from.value);
    // The word against the figures: not this rule's to say.
    if (computed.isNegative()) continue;
    relation(out, {
      ruleId: 'difference',
      stated: change,
      label: t('{0}的变动', nameOf(current, base) || t('该比率')),
      operands: [operandOf(current), operandOf(base)],
      formula: `${to.raw}% − ${from.raw}%`,
      computed,
      expected: sub(intervalOf(to), intervalOf(from)),
      decimals: Math.max(change.decimals, 2),
      unit: t('个百分点'),
    });
  }
}

/** What the rates are of: the current one's name, else the base's without its year words (`预算执行率由上年的`). */
function nameOf(current: Quantity, base: Quantity): string {
  const own = current.label.replace(/(为|是|达到?|(提高|上升|增加|下降|降低)到?)$/, '');
  return own || base.label.replace(/(由|较|比|与)?(上年|去年|上一年度?|上年度|同期|\d{4}年度?)(的|为|是)?$/, '');
}
