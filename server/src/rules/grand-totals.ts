// A 总计 is at least its 本年 合计: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余, 收入总计 = 本年收入合计 + … + 年初结转和结余
// (fj-huangyan-tyjr-2020: `支出总计7,386.66万元` — the 财政拨款收入 figure copied — under `本年支出合计7390.22万元`).
// Not that 收入总计 = 支出总计: many 决算说明 (the 2016 重庆 template among them) call the year's 合计 "总计", and
// those two differ by the balances. The report's 本年 合计 is read only where it names one amount, this year's.
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { canBeAtMost, intervalOf } from './interval';
import { figureYear, isPrior, proseFigures } from './prose-index';
import { reportYear } from './report-year';
import { unitFactor } from './prose-lists';
import type { RuleOutput } from './rule';

const SIDES: Array<{ total: RegExp; year: RegExp }> = [
  // (A label may carry the heading run into it: `(三)支出决算情况说明本年支出合计`.)
  { total: /收入(决算)?总计(为|是)?$/, year: /本年收入(决算)?合计(为|是)?$/ },
  { total: /支出(决算)?总计(为|是)?$/, year: /本年支出(决算)?合计(为|是)?$/ },
];

const SCOPED = /财政拨款|一般公共预算|政府性基金|国有资本|财政专户|三公|项目/;

export function grandTotals(report: Report, out: RuleOutput): void {
  // (Not `财政拨款收入总计…，支出总计…`: a 总计 of one kind of funds, its name said once for both.)
  // (Nor a figure dated another year than the report's: `2019年度收入总计2361.80万元，2018年度收入总计1794.97万元` — a
  // helper's 决算说明 probe.)
  const all = proseFigures(report);
  const current = String(reportYear(report)?.year ?? all.map((l) => figureYear(report, l)).filter((y): y is string => !!y).sort().pop() ?? '');
  const money = all
    .filter((l) => !SCOPED.test(report.text.slice(l.sentence.span.start, l.q.span.start)))
    .filter((l) => !current || (figureYear(report, l) ?? current) === current)
    .map((l) => l.q)
    .filter((q) => q.kind === 'money' && !q.incidental && !isPrior(q.label));
  const name = (q: Quantity) => q.label.replace(/[\s\u3000]/g, '');
  for (const side of SIDES) {
    const years = money.filter((q) => side.year.test(name(q)));
    if (!years.length || years.some((q) => !q.value.eq(years[0].value) || q.unit !== years[0].unit)) continue;
    const year = years[0];
    // (Named as the pattern names it, not with the heading run into its label.)
    const yearName = shortName(year, side.year);
    // (`2023年年初预算收入总计428.37万元。2023年决算本年收入合计47281.07万元。` (a helper's PDF-wrap probe): a budget's total
    // and the accounts' 合计 are of two statements.)
    const budgeted = (q: Quantity) => /预算/.test(name(q));
    for (const total of money.filter((q) => side.total.test(name(q)) && budgeted(q) === budgeted(year))) {
      const f = unitFactor(year.unit, total.unit);
      const holds = canBeAtMost(intervalOf(year, f), intervalOf(total));
      const totalName = shortName(total, side.total);
      // (No operands: an inequality that holds vouches for neither figure, as an equality would for its operands.)
      out.check({ ruleId: 'identity', target: total.span, targetLabel: totalName, stated: total, operands: [], formula: `≥ ${yearName} ${year.raw}`, computed: year.value.mul(f), unit: total.unit, holds, bound: true });
      if (holds) continue;
      out.report({
        span: total.span,
        message: t('{0} {1} 小于{2} {3}：总计包括本年合计和结转结余，不会更小', totalName, total.raw + total.unit, yearName, year.raw + year.unit),
        related: [{ span: year.span, message: `${yearName} ${year.raw}${year.unit}` }],
      });
    }
  }
}

const shortName = (q: Quantity, re: RegExp) => (re.exec(q.label.replace(/[\s\u3000]/g, ''))?.[0] ?? q.label).replace(/(为|是)$/, '');
