// 财政投资评审: `送审金额115991万元,审定金额97219万元,审减金额18906万元` (pd-lingyun-czj-2018): what was cut is what was
// submitted less what was approved.
import type { Report } from '../report/model';
import { moneyDecimals } from './format';
import { intervalOf, scale, sub } from './interval';
import { unitFactor } from './prose-lists';
import { proseFigures } from './prose-index';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const SUBMITTED = /送审/;
const APPROVED = /审定/;
const CUT = /(审减|核减)(金额|资金|额)?(为|是)?$/;

/** Read when the sentence states each of the three once, in that order. */
export function reviewCuts(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  let i = 0;
  while (i < all.length) {
    let j = i;
    while (j < all.length && all[j].sentence === all[i].sentence) j++;
    const money = all.slice(i, j).map((l) => l.q).filter((q) => q.kind === 'money' && !q.incidental && !q.inParens);
    i = j;
    const one = (re: RegExp, not?: RegExp) => {
      const found = money.filter((q) => re.test(q.label) && !(not && not.test(q.label)));
      return found.length === 1 ? found[0] : undefined;
    };
    const submitted = one(SUBMITTED, /审定|审减|核减/);
    const approved = one(APPROVED, /送审|审减|核减/);
    const cut = one(CUT, /送审|审定|率/);
    if (!submitted || !approved || !cut || !(submitted.span.start < approved.span.start && approved.span.start < cut.span.start)) continue;
    const unit = cut.unit;
    relation(out, {
      ruleId: 'difference',
      stated: cut,
      label: cut.label.replace(/(为|是)$/, ''),
      operands: [operandOf(submitted), operandOf(approved)],
      formula: `${submitted.label} ${submitted.raw} − ${approved.label} ${approved.raw}`,
      computed: submitted.value.mul(unitFactor(submitted.unit, unit)).sub(approved.value.mul(unitFactor(approved.unit, unit))),
      expected: sub(scale(intervalOf(submitted), unitFactor(submitted.unit, unit)), scale(intervalOf(approved), unitFactor(approved.unit, unit))),
      decimals: moneyDecimals(submitted.decimals, approved.decimals, cut.decimals),
      unit,
      noFix: true,
    });
  }
}
