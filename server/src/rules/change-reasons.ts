// A change and the changes it is put down to: `收入较去年增加95.20万元,主要是一般公共预算拨款较上年增加165.82万元,事业收入
// 增加240.47万元,事业单位经营收入减少161.11万元,其他收入减少150.16万元` (rq-chongqing-shuichansuo-2022). The items'
// increases less their decreases make the change — when the list is all of it. 主要 says it may not be: a sum that
// differs is silent, unless it is the change's own digits with two of them swapped (95.02 for 95.20), which no left-out
// item explains. A sum equal to the change is recorded as holding.
import type { Quantity, Report, Sentence } from '../report/model';
import { t } from '../l10n';
import { fmt, moneyDecimals } from './format';
import { point } from './interval';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { decimalSum } from './scaled';
import { slipBetween } from './transposed';

/** A figure that is a change, its direction the label's last word. */
const CHANGE = /(增加|减少|增长|下降|降低|上升)(了)?$/;
const DOWN = /(减少|下降|降低)(了)?$/;
/** The first reason's clause opens with 主要是 (主要原因是, 主要系, 主要为). */
const REASONS = /^[，,；;：:\s]*主要(原因)?(是|为|系|有|在于)[：:]?/;
const MIN_DIGITS = 4;

export function changeReasons(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    if (!p.text.includes('主要')) continue;
    for (const sentence of p.sentences) check(sentence, out);
  }
}

function check(sentence: Sentence, out: RuleOutput): void {
  const qs: Quantity[] = [];
  for (const c of sentence.clauses) for (const q of c.quantities) if (!q.incidental) qs.push(q);
  for (let i = 0; i + 2 < qs.length; i++) {
    const change = qs[i];
    if (change.kind !== 'money' || !CHANGE.test(change.label) || !REASONS.test(qs[i + 1].label)) continue;
    const parts: Quantity[] = [];
    for (let j = i + 1; j < qs.length && qs[j].kind === 'money' && qs[j].unit === change.unit && CHANGE.test(qs[j].label); j++) parts.push(qs[j]);
    // (A list that runs on past its figures — a rate, a count — is not read: its end is not known.)
    if (parts.length < 2 || (i + 1 + parts.length < qs.length && qs[i + 1 + parts.length].kind === 'money')) continue;
    const signed = (q: Quantity) => (DOWN.test(q.label) ? q.value.neg() : q.value);
    const sum = decimalSum(parts.map(signed));
    const total = signed(change);
    const decimals = moneyDecimals(change.decimals, ...parts.map((q) => q.decimals));
    const digits = (v: typeof sum) => v.abs().toFixed(decimals).replace(/\D/g, '');
    const swapped = digits(total).length >= MIN_DIGITS && slipBetween(digits(sum), digits(total)) === 'swap' && sum.isPositive() === total.isPositive();
    if (!sum.eq(total) && !swapped) continue;
    relation(out, {
      ruleId: 'sum-of-parts',
      stated: change,
      label: change.label,
      operands: parts.map((q) => ({ label: q.label.replace(REASONS, ''), value: signed(q), unit: q.unit, span: q.span })),
      formula: parts.map((q, k) => `${k === 0 ? (DOWN.test(q.label) ? '−' : '') : DOWN.test(q.label) ? ' − ' : ' + '}${q.raw}`).join(''),
      computed: sum.abs(),
      expected: point(sum.abs()),
      statedInterval: point(change.value),
      decimals,
      unit: change.unit,
      note: t('所列各项增减相抵为 {0}，与该数只差两位数字顺序', fmt(sum.abs(), decimals) + change.unit),
    });
  }
}
