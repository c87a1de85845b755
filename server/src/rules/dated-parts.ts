// `2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元…其中:1、公务接待费2016年预算8万元,2015年预算12.5万元
// …2、公务车辆运行2016年预算25万元,2015年预算45.2万元` (sg-yingde-jingxin-2016): a whole stated for two years, and its
// items each stated for the same years. The items of one year may not add up to more than that year's whole.
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { canBeAtMost, intervalOf } from './interval';
import { proseFigures, runsOf, type Located } from './prose-index';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf, partsInterval, partsValue } from './sum-of-parts';
import { moneyDecimals } from './format';

interface Dated {
  q: Quantity;
  year: number;
  /** The item's name (`公务接待费`), or '' for the whole. */
  subject: string;
}

const QIZHONG = /其中/;
const MAX_YEARS = 12;
const CHANGE = /增加|减少|增长|下降|对比|较|比|差/;

/** Items each dated within the paragraph after a 其中, grouped by year, against the whole dated the same year. */
export function datedParts(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (const [i, j] of runsOf(all, 'paragraph')) checkParagraph(report, all, i, j, out);
}

function checkParagraph(report: Report, all: Located[], from: number, to: number, out: RuleOutput): void {
  const wholes: Dated[] = [];
  const parts: Dated[] = [];
  let listStart = -1;
  let subject = '';
  for (let k = from; k < to; k++) {
    const l = all[k];
    const q = l.q;
    // The list starts at the first figure after a 其中 that follows the wholes.
    if (listStart < 0 && wholes.length >= 2 && QIZHONG.test(report.text.slice(all[k - 1].q.span.end, q.span.start))) listStart = k;
    if (q.incidental || q.kind !== 'money' || q.inParens || CHANGE.test(q.label)) continue;
    const d = dateOf(all, k);
    if (!d) continue;
    if (listStart < 0) {
      if (!d.subject) wholes.push({ q, year: d.year, subject: '' });
      continue;
    }
    // `公务接待费2016年预算8万元,2015年预算12.5万元`: a year with no name before it goes on with the item before.
    if (d.subject) subject = d.subject.replace(/^[\s\d、.．:：其中]+/, '');
    if (subject) parts.push({ q, year: d.year, subject });
  }
  // A whole is stated for a few years, not hundreds: more dated figures before the 其中 are no such statement.
  if (wholes.length < 2 || wholes.length > MAX_YEARS || parts.length < 2) return;
  const byYear = new Map<number, Dated[]>();
  for (const p of parts) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  for (const whole of wholes) {
    const ofYear = (byYear.get(whole.year) ?? []).filter((p) => whole.q.label.includes(p.q.label) && p.q.unit === whole.q.unit);
    // One figure per item, and at least two items.
    if (ofYear.length < 2 || new Set(ofYear.map((p) => p.subject)).size !== ofYear.length) continue;
    if (wholes.filter((w) => w.year === whole.year).length !== 1) continue;
    const qs = ofYear.map((p) => p.q);
    const unit = whole.q.unit;
    const expected = partsInterval(qs, unit);
    const name = `${whole.year}年${whole.q.label}`;
    relation(out, {
      ruleId: 'sum-of-parts',
      stated: whole.q,
      label: name,
      operands: ofYear.map((p) => operandOf(p.q, `${p.subject}${p.year}年${p.q.label}`)),
      formula: ofYear.map((p) => `${p.subject}${p.year}年${p.q.label} ${p.q.raw}`).join(' + '),
      computed: partsValue(qs, unit),
      expected,
      decimals: moneyDecimals(...qs.map((q) => q.decimals), whole.q.decimals),
      unit,
      // Items that may leave some out: they may only not exceed the whole.
      holds: canBeAtMost(expected, intervalOf(whole.q)),
      noFix: true,
      note: t('所列各项之和已超过总数'),
    });
  }
}

/** `公务接待费2016年预算8万元`: the year dated right before a figure, and the name before that year. */
function dateOf(all: Located[], k: number): { year: number; subject: string } | undefined {
  const date = all[k - 1];
  if (!date || date.sentence !== all[k].sentence || !date.q.incidental || date.q.unit !== '年' || !/^\d{4}$/.test(date.q.raw)) return undefined;
  return { year: Number(date.q.raw), subject: /^[\d\s、.．]*$/.test(date.q.label) ? '' : date.q.label };
}
