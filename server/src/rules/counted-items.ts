// `共涉及项目7个，资金1276.95万元，分别为：基本公共卫生服务项目（99.70万元）、家庭医生签约服务项目（239.09万元）、…` (a helper's
// slip probe, the 项目支出 自评 template): a count of items, their total amount, then the items named one by one with
// their amounts in brackets. When as many amounts follow as the count says, they are all of the total.
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf, partsInterval, partsValue } from './sum-of-parts';

const countOfItems = (q: Quantity) => q.kind === 'count' && !q.incidental && !q.inParens && /项目|个|项/.test(q.label + q.unit);

const LISTED = /(分别为|分别是|包括|具体为|具体是|即)[：:]?/;

export function countedItems(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    // (A sentence's figures are its paragraph's: with no count of the kind below, none of its sentences has one.)
    if (!p.quantities.some(countOfItems)) continue;
    for (const sentence of p.sentences) {
      const qs = sentence.clauses.flatMap((c) => c.quantities);
      const countAt = qs.findIndex(countOfItems);
      if (countAt < 0) continue;
      const count = qs[countAt];
      const total = qs.slice(countAt + 1).find((q) => q.kind === 'money' && !q.incidental && !q.inParens);
      if (!total) continue;
      const listAt = report.text.slice(total.span.end, sentence.span.end).search(LISTED);
      if (listAt < 0) continue;
      const from = total.span.end + listAt;
      const items = qs.filter((q) => q.span.start > from && q.kind === 'money' && q.inParens && !q.incidental);
      // As many bracketed amounts as the count says, nothing but them after the list's word, each right after its name.
      if (!count.value.eq(items.length) || items.length < 2 || items.some((q) => q.unit !== items[0].unit)) continue;
      if (qs.some((q) => q.span.start > from && !items.includes(q) && !q.incidental)) continue;
      // (`…，其余为中职资助资金` (a helper's 自评 probe): a remainder named after the list.)
      if (/其余|其他|剩余|另有/.test(report.text.slice(items[items.length - 1].fullSpan.end, sentence.span.end))) continue;
      const names = items.map((q) => nameBefore(report.text, q, from));
      if (names.some((n) => !n)) continue;
      const unit = total.unit;
      relation(out, {
        ruleId: 'sum-of-parts',
        stated: total,
        label: total.label || t('总数'),
        operands: items.map((q, k) => operandOf(q, names[k])),
        formula: items.map((q, k) => `${names[k]} ${q.raw}`).join(' + '),
        computed: partsValue(items, unit),
        expected: partsInterval(items, unit),
        decimals: moneyDecimals(...items.map((q) => q.decimals), total.decimals),
        unit,
      });
    }
  }
}

/** `、家庭医生签约服务项目（239.09万元）`: the words between the list's last separator and the bracket. */
function nameBefore(text: string, q: Quantity, from: number): string {
  const open = Math.max(text.lastIndexOf('（', q.span.start), text.lastIndexOf('(', q.span.start));
  if (open < from) return '';
  let start = open;
  while (start > from && !/[、，,；;：:]/.test(text[start - 1])) start--;
  return text.slice(start, open).replace(/[\s\u3000]+/g, '');
}
