// `因公出国（境）费、公务用车购置及运行维护费、公务接待费预算分别为15.00万元、20.00万元、12.00万元，决算分别为12.00万元、
// 18.60万元、9.45万元，完成预算的比例分别为80%、93%、78.75%` (a helper's 决算说明 slip probes): three lists paired by
// position — the k-th rate is the k-th 决算 over the k-th budget. Read only when the three runs of one sentence are
// announced so (预算分别为, 决算分别为, 完成预算的比例分别为) and are of one length.
import Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { div, intervalOf, scale } from './interval';
import { proseFigures, type Located } from './prose-index';
import { unitFactor } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const BUDGETS = /预算(数)?分别(为|是)[：:]?$/;
const ACTUALS = /(决算|实际支出|支出|执行数?)(数)?分别(为|是)[：:]?$/;
const RATES = /(完成(年初|全年)?预算(数)?的?(比例|比率)?|预算完成率|(预算)?执行率)分别(为|是|达到?)?[：:]?$/;
const JOIN = /^(万元|亿元|元|%)?(、|和|及|与)$/;

export function pairedCompletions(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  let i = 0;
  while (i < all.length) {
    const sentence = all[i].sentence;
    let j = i;
    while (j < all.length && all[j].sentence === sentence) j++;
    checkSentence(report, all.slice(i, j), out);
    i = j;
  }
}

function checkSentence(report: Report, figures: Located[], out: RuleOutput): void {
  const plain = figures.filter((l) => !l.q.incidental && !l.q.inParens);
  if (plain.length < 6) return;
  const runs: Array<{ lead: string; run: Quantity[] }> = [];
  let prevEnd = plain[0].sentence.span.start;
  for (let k = 0; k < plain.length; k++) {
    const q = plain[k].q;
    const last = runs[runs.length - 1];
    const gap = report.text.slice(last ? last.run[last.run.length - 1].span.end : prevEnd, q.span.start).replace(/[\s\u3000]/g, '');
    if (last && last.run[0].kind === q.kind && JOIN.test(gap)) last.run.push(q);
    else runs.push({ lead: report.text.slice(last ? last.run[last.run.length - 1].fullSpan.end : prevEnd, q.span.start).replace(/[\s\u3000]/g, ''), run: [q] });
  }
  const budgets = runs.find((r) => r.run[0].kind === 'money' && BUDGETS.test(r.lead))?.run;
  const actuals = runs.find((r) => r.run[0].kind === 'money' && ACTUALS.test(r.lead) && !BUDGETS.test(r.lead))?.run;
  const rates = runs.find((r) => r.run[0].kind === 'percent' && RATES.test(r.lead))?.run;
  if (!budgets || !actuals || !rates || budgets.length < 2 || budgets.length !== actuals.length || rates.length !== budgets.length) return;
  rates.forEach((r, k) => {
    const done = actuals[k];
    const budget = budgets[k];
    if (r.unit !== '%' || budget.value.isZero()) return;
    const f = unitFactor(done.unit, budget.unit);
    const ratio = div(scale(intervalOf(done), f), intervalOf(budget));
    if (!ratio) return;
    relation(out, {
      ruleId: 'rate',
      stated: r,
      label: t('完成预算的比例'),
      operands: [operandOf(done, t('决算')), operandOf(budget, t('预算'))],
      formula: `${t('决算')} ${done.raw} ÷ ${t('预算')} ${budget.raw}`,
      computed: done.value.mul(f).div(budget.value).mul(100),
      expected: scale(ratio, new Decimal(100)),
      decimals: Math.max(2, r.decimals),
      unit: '%',
    });
  });
}
