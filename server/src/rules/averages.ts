// `公务用车运行维护费去年决算数为35.07万元,实有在编车辆20辆,公务用车车均运行维护费1.75万元` (a 三公 预算说明): an average
// per car, person or household is the total it names over the count of its sentence (35.07 ÷ 20 = 1.7535). Read only
// when the average's sentence holds one count in that unit and one amount named as the average names it.
import Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { div, intervalOf, scale } from './interval';
import { unitFactor } from './prose-lists';
import { proseFigures } from './prose-index';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

// (`每人平均因公出国(境)费用3.7万元` (sa-beijing-mzj-2010): 每人平均 is 人均.)
const AVERAGE = /(车均|辆均|人均|户均|每人平均|每户平均)([^\d，,。；;]{2,12}?)(支出)?(为|是|达到?)?$/;
const UNITS: Record<string, RegExp> = { 车均: /^辆$/, 辆均: /^辆$/, 人均: /^(人|名|人次)$/, 户均: /^户$/, 每人平均: /^(人|名|人次)$/, 每户平均: /^户$/ };
const LOOK = 8;
/** Any average (`次均接待费用0.18万元`), which is no total to divide. */
const ANY_AVERAGE = /[车辆人户次场生件]均|平均/;

export function averages(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 0; i < all.length; i++) {
    const { q: average, sentence } = all[i];
    if (average.kind !== 'money' || average.incidental || average.inParens) continue;
    const m = AVERAGE.exec(average.label);
    // (`月人均补助577.4元` (a helper's 低保 probe): an average per month, of a year's total.)
    if (!m || /[月季日天年]$/.test(average.label.slice(0, m.index))) continue;
    const name = m[2].replace(/^(的|年)/, '');
    let count: Quantity | undefined;
    let total: Quantity | undefined;
    let doubt = false;
    // Before it in its sentence, and after it (`全年培训300人次,人均培训费500元,共支出培训费12万元`).
    const around = [];
    for (let j = i - 1; j >= 0 && j >= i - LOOK && all[j].sentence === sentence; j--) around.push(all[j]);
    for (let j = i + 1; j < all.length && j <= i + LOOK && all[j].sentence === sentence; j++) around.push(all[j]);
    for (const { q } of around) {
      // (`资助学生4533人次（涉及学生2876人）` (a helper's 资助 probe): a count in brackets says another count may be meant.)
      if (q.inParens && q.kind === 'count' && UNITS[m[1]].test(q.unit)) doubt = true;
      if (q.incidental || q.inParens) continue;
      if (q.kind === 'count' && UNITS[m[1]].test(q.unit)) {
        if (count) doubt = true;
        count = q;
      } else if (q.kind === 'money' && q.label.includes(name) && !ANY_AVERAGE.test(q.label)) {
        if (total) doubt = true;
        total = q;
      }
    }
    // `在因公出国(境)费用方面,市民政局2010年决算数358.7万元,…出国人数95人,每人平均因公出国(境)费用3.7万元` (sa-beijing-mzj-
    // 2010): the sentence names the item before its one amount, which is then the total.
    if (!total && !doubt) {
      const money = around.filter(({ q }) => q.kind === 'money' && !q.incidental && !q.inParens && !ANY_AVERAGE.test(q.label));
      const only = money.length === 1 ? money[0].q : undefined;
      if (only && report.text.slice(sentence.span.start, only.span.start).includes(name)) total = only;
    }
    if (doubt || !count || !total || count.value.isZero()) continue;
    const ratio = div(intervalOf(total), intervalOf(count));
    if (!ratio) continue;
    const f = unitFactor(total.unit, average.unit);
    const computed = total.value.mul(f).div(count.value);
    // (3.7758 printed 3.7: the quotient cut off, not rounded — a warning that says so, as for rates.)
    const truncated = computed.toDecimalPlaces(average.decimals, Decimal.ROUND_DOWN).eq(average.value) && !computed.eq(average.value);
    relation(out, {
      ruleId: 'rate',
      stated: average,
      label: m[1] + name,
      operands: [operandOf(total), operandOf(count)],
      formula: `${total.label} ${total.raw}${total.unit === average.unit ? '' : total.unit} ÷ ${count.label} ${count.raw}${count.unit}`,
      computed,
      expected: scale(ratio, f),
      decimals: Math.max(average.decimals, 2),
      unit: average.unit,
      noFix: true,
      // (An average is the quotient rounded where it is printed: `车均补助17173元` for 17173.17 — a helper's 自评 probe.)
      statedInterval: intervalOf({ ...average, coarse: true }),
      ...(truncated ? { severity: 'warning' as const, note: t('只差末位：像是截断而非四舍五入') } : {}),
    });
  }
}
