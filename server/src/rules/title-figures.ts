// A headline's figure against the body's (sg-mof-caigou-2022: `2022年全国政府采购规模为349931亿元 同比下降39%` over a
// body that says `规模为34,993.1亿元…下降3.9%`): the same name, the same digits, the point moved or lost. Only that
// is read — a headline may round or round off (`超3.3万亿元`), but the same digits at another scale are a slip.
import type { Quantity, Report } from '../report/model';
import { scanQuantities } from '../report/quantities';
import { cleanLabel } from '../report/prose';
import { t } from '../l10n';
import { proseFigures } from './prose-index';
import type { RuleOutput } from './rule';

/** A name without its year and its comparison words: `2022年全国政府采购规模为` → 全国政府采购规模, `同比下降` → 下降. */
function nameOf(words: string): string {
  const tail = words.split(/[\s:：,，。；;]/).pop() ?? '';
  return cleanLabel(tail.replace(/^.*?\d{4}年度?/, '').replace(/^(同比|较上年|比上年|与上年相比)/, ''));
}

/**
 * The same name, or one told apart only at its start (`宝安将追加安排教育支出` / `宝安区将追加安排教育支出`,
 * ra2-baoan-czj-2014): a common ending of six characters or more.
 */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n >= 6;
}

const digits = (q: Quantity) => q.raw.replace(/[^\d]/g, '').replace(/^0+/, '');

export function titleFigures(report: Report, out: RuleOutput): void {
  const title = report.title;
  if (!title || !/\d/.test(title.text)) return;
  const start = title.span.start;
  const found = scanQuantities(title.text, { offsetOf: (i) => start + i });
  let from = 0;
  const named: Array<{ q: Quantity; name: string }> = [];
  for (const q of found) {
    const at = q.span.start - start;
    if (!q.incidental && (q.kind === 'money' || q.kind === 'percent')) named.push({ q, name: nameOf(title.text.slice(from, at)) });
    from = q.fullSpan.end - start;
  }
  if (!named.length) return;
  const body = proseFigures(report);
  for (const { q, name } of named) {
    if (name.length < 2) continue;
    const same = body.find((l) => {
      const b = l.q;
      if (b.incidental || b.unit !== q.unit || b.value.eq(q.value) || digits(b) !== digits(q) || digits(q).length < 2) return false;
      return alike(nameOf(b.label), name);
    });
    if (!same) continue;
    const b = same.q;
    out.report({
      span: q.span,
      severity: 'error',
      message: t('标题中的 {0}{1} 与正文的 {2}{1}（{3}）数字相同、小数点位置不同，像是小数点写错了', q.raw, q.unit, b.raw, name),
      related: [{ span: b.span, message: `${b.label} ${b.raw}${b.unit}` }],
    });
  }
}
