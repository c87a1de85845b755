// `补贴面积160118.88亩,按照每亩补贴91.07元的标准,共计发放耕地力保护补贴资金1458.32万元` (rj-lzq-czj-2021): an amount
// paid at a standard per unit is the count times the standard (160118.88 × 91.07元 = 1458.20万元). Read only in one
// sentence, in that order: the count in the standard's unit, the standard (`每亩…X元`), then the total paid, with no
// other amount of money between the standard and the total.
import Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { intervalOf, mul, scale } from './interval';
import { unitFactor } from './prose-lists';
import { proseFigures } from './prose-index';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const PER = /每(万亩|亩|人|户|名|个|家|辆|台|所|头|只|吨|套)[^，,。；;\d]{0,8}$/;
const PAID = /(共计|合计|总计|累计|发放|兑现|兑付|拨付|下达|补贴资金|补助资金|奖补资金)/;
const LOOK = 6;

export function perUnitAmounts(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 0; i < all.length; i++) {
    const { q: standard, sentence } = all[i];
    if (standard.kind !== 'money' || standard.incidental || standard.inParens) continue;
    const per = PER.exec(standard.label);
    if (!per) continue;
    const unit = per[1];
    // The count: the figure before the standard in its sentence, in the standard's unit — the one such. (`改造户厕3560户，
    // 其中脱贫户412户，按每户1000元标准…` (a helper's 补贴 probe): two counts, and which is paid for is open.)
    let count: Quantity | undefined;
    let counts = 0;
    for (let j = i - 1; j >= 0 && j >= i - LOOK && all[j].sentence === sentence; j--) {
      const q = all[j].q;
      if (q.incidental) continue;
      if (q.kind === 'money') break;
      if (q.unit === unit || (unit === '亩' && q.unit === '万亩')) {
        count ??= q;
        counts++;
      }
    }
    if (counts > 1) continue;
    // The total: the next amount of money after it in its sentence, named as what was paid.
    const next = all.slice(i + 1, i + 1 + LOOK).find((l) => l.sentence === sentence && !l.q.incidental && l.q.kind === 'money');
    const totalAt = next ? next.index : -1;
    const total = next?.q;
    if (!count || !total || total.inParens || PER.test(total.label) || !PAID.test(total.label)) continue;
    // `按每人每月450元标准，全年发放190.08万元` (a helper's 自评报告 probe): a standard per month (or quarter) is paid that
    // many times — as many months as the sentence counts, or a year's when it says 全年; else the periods are unknown.
    const said = sentence.clauses.map((c) => c.text).join('');
    // (A guarantee line paid as the gap to income (`按照每人每月620元的保障标准`, `差额`), or a total that includes more
    // (`（含照料护理补贴）`), is no count × standard — a helper's 民政 probes.)
    // (Nor a cap (`每台补贴最高3万元`), money left unpaid (`剩余5.34万元…暂未发放`) or paid besides (`另对种粮大户给予一次性
    // 奖励`, `同时兑付购置补贴`) — a helper's 补贴 probes.)
    if (/最高|最多|不超过|上限|封顶/.test(standard.label) || /剩余|未发放|未兑付|未拨付|结余|结转|退回/.test(said)) continue;
    if (/差额|补差|含|另加|另对|另外|另行|同时|此外|以及/.test(said) || /^的?(保障|低保|最低生活保障|基本生活)?标准/.test(report.text.slice(standard.fullSpan.end, standard.fullSpan.end + 12)) && /保障|低保/.test(report.text.slice(standard.fullSpan.end, standard.fullSpan.end + 12))) continue;
    // (Helpers' 民政/就业 probes: `失能老人120人，每人每月300元；半失能老人280人，每人每月150元，全年共发放93.6万元` — groups of
    // their own standards, the total theirs together; a total broken down after it (`…，其中公益性岗位补贴801.36万元`); part
    // of a year (`7月起新增`, `下半年`, `自…起`); a count at a date (`截至年底在岗371人`); a total of a half-year or a quarter.)
    if (all.slice(Math.max(0, i - LOOK), i).some((l) => l.sentence === sentence && l.q.kind === 'money' && PER.test(l.q.label))) continue;
    const afterTotal = sentence.clauses.filter((c) => c.span.start >= total.span.end).map((c) => c.text).join('');
    if (/^[\s\u3000]*其中/.test(afterTotal) || all.slice(totalAt + 1, totalAt + LOOK).some((l) => l.sentence === sentence && l.q.kind === 'money' && /其中/.test(l.q.label))) continue;
    const monthsCounted = /\d{1,2}\s*个月|\d{1,2}\s*[—\-–~～至到]\s*\d{1,2}\s*月/.test(report.text.slice(sentence.span.start, total.span.end));
    if ((!monthsCounted && /\d{1,2}\s*月(份)?起|下半年|上半年|自[^，,；;。]{0,12}起|以来/.test(said)) || /截至|截止|年底|年末/.test(report.text.slice(sentence.span.start, count.span.start))) continue;
    if (/上半年|下半年|季度|\d\s*月/.test(total.label)) continue;
    // (The months a total is of are said before it: `…全年共发放384万元，其中1-6月发放192万元` counts the year.)
    const periods = periodsOf(standard.label, report.text.slice(sentence.span.start, total.span.end));
    if (!periods) continue;
    const countFactor = count.unit === '万亩' ? new Decimal(10000) : new Decimal(1);
    const f = unitFactor(standard.unit, total.unit).mul(countFactor).mul(periods.n);
    const expected = scale(mul(intervalOf(count), intervalOf(standard)), f);
    relation(out, {
      ruleId: 'rate',
      stated: total,
      label: total.label.replace(/^(共计|合计|总计|累计)/, ''),
      operands: [operandOf(count), operandOf(standard)],
      formula: `${count.label} ${count.raw}${count.unit} × ${standard.label} ${standard.raw}${standard.unit}${periods.shown}`,
      computed: count.value.mul(standard.value).mul(f),
      expected,
      decimals: Math.max(total.decimals, 2),
      unit: total.unit,
      noFix: true,
    });
  }
}

/**
 * How many times a standard is paid: once for a standard per year (or none named); for one per month or quarter, the
 * months the sentence counts (`发放12个月`), or else 12 or 4 when it says 全年; undefined when that is not said.
 */
function periodsOf(label: string, sentence: string): { n: number; shown: string } | undefined {
  // (`每人每学期625元`, `每人每天5元` (a helper's 学生资助 probes): periods the sentence does not count for us.)
  if (/每(学期|天|日|周|次|人次)/.test(label)) return undefined;
  const m = /每(月|季度?)/.exec(label);
  if (!m) return { n: 1, shown: '' };
  // (Not `在岗时间均在6个月以上`: a threshold, not the months paid.)
  const months = /(?<![\d.])(\d{1,2})\s*个月(?!以上|以下|以内|左右)/.exec(sentence);
  // (`7—12月共发放`: the months from one to the other.)
  const span = /(?<![\d.])(\d{1,2})\s*[—\-–~～至到]\s*(\d{1,2})\s*月/.exec(sentence);
  const n = months ? Number(months[1]) : span ? Number(span[2]) - Number(span[1]) + 1 : 0;
  if (m[1] === '月' && n >= 1 && n <= 12) return { n, shown: ` × ${n}个月` };
  if (!/全年|全年度|一年/.test(sentence) || months || span) return undefined;
  return m[1] === '月' ? { n: 12, shown: ' × 12个月' } : { n: 4, shown: ' × 4个季度' };
}
