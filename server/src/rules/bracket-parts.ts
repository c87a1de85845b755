// `其中一般债务转贷收入4558万元(新增一般债券11,488万元,再融资债券33,670万元)` (rd-miyi-czj-2022): amounts in brackets
// right after an amount are what it is made of. They may leave some out (`（含…）`), so they may only not add up to
// more than it. Read only when the bracket opens right after the amount's unit and holds two or more plain amounts
// of this year — no rate, comparison, year or count.
import type { Paragraph, Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { canBeAtMost, intervalOf, overlaps, sub } from './interval';
import { coveringIdentity, identityName } from './identities';
import { isPrior } from './prose-index';
// (`调减…12.00万元`, `年中追加…` in brackets: a change of the amount, not a part of it.)
import { CHANGE, COMPARISON } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { misread } from './overrun';
import { partsUnitSlip } from './parts-unit-slip';
import { operandOf, partsInterval, partsValue } from './sum-of-parts';

const OPEN = /^[\s\u3000]*[(（]/;
const EXCLUDES = /^[\s\u3000]*[(（]\s*(不含|不包括|未含|扣除|剔除)|则为/;
const MAX_BRACKET = 2000;
/** `(新增一般债券` → 新增一般债券: the bracket and its 其中/含 are no part of the name. */
const nameOf = (q: Quantity) => q.label.replace(/^[(（]?(其中|含|包括)?[:：]?/, '');

export function bracketParts(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) checkParagraph(report, p, out);
}

function checkParagraph(report: Report, p: Paragraph, out: RuleOutput): void {
  const qs = p.quantities;
  for (let i = 0; i + 2 < qs.length; i++) {
    const whole = qs[i];
    if (whole.inParens || whole.incidental || whole.kind !== 'money' || !qs[i + 1].inParens) continue;
    const after = report.text.slice(whole.fullSpan.end, qs[i + 1].span.start);
    if (!OPEN.test(after)) continue;
    // (Looked for within a bracket's reach: a text of many `(` and no `)` must not be read to its end each time.)
    // (A bracket inside the bracket's first name, `（因公出国（境）费0万元，…）` (example-3-para), closes only itself: the
    // bracket must still be open where its first figure stands.)
    const close = matchingClose(report.text.slice(whole.fullSpan.end, whole.fullSpan.end + MAX_BRACKET));
    if (close < after.length) continue;
    const end = whole.fullSpan.end + close;
    // `本年支出744.14万元（不含代收代付资金138.66万元；含代收代付资金882.80万元）` (a helper's probe): what the amount leaves out,
    // and the amount with it — no parts.
    if (EXCLUDES.test(report.text.slice(whole.fullSpan.end, end))) continue;
    const parts: Quantity[] = [];
    let plain = true;
    for (let j = i + 1; j < qs.length && qs[j].span.start < end; j++) {
      const q = qs[j];
      if (q.incidental || q.kind !== 'money' || !q.inParens || COMPARISON.test(q.label) || CHANGE.test(q.label) || isPrior(q.label) || /[生人户亩]均|平均/.test(q.label)) plain = false;
      parts.push(q);
    }
    if (!plain || parts.length < 2) continue;
    // `基本支出702.18万元（人员经费618.45万元、公用经费84.73万元）`: an identity's parts under its own total are the
    // identity rule's. Under another name (`全年执行数1836.42万元（其中：基本支出…，项目支出…）`, a helper's 自评 probe)
    // they are still all of it: they must make it exactly.
    const id = coveringIdentity(parts.map(nameOf));
    // (Unless the sentence names the identity's parts twice — `预算数2万元（…）；决算数1.8351万元（…）` — where the identity
    // rule cannot tell which are whose; the brackets here say it.)
    if (id && id.total.test(identityName(whole.label)) && !namedTwice(p, whole, id.parts)) continue;
    const unit = whole.unit;
    // `一般转移支付收入1478万元(含均衡性…166万元、…其他一般转移支付收入212万元,专项转移支付收入406万元)`
    // (rd-fuling-qingxi-2023): the first amounts make it exactly and the bracket closes late; the rest is another's.
    if (parts.some((_, k) => k + 1 < parts.length && canBeAtMost(partsInterval(parts.slice(0, k + 1), unit), intervalOf(whole)) && canBeAtMost(intervalOf(whole), partsInterval(parts.slice(0, k + 1), unit)))) continue;
    // `固定资产286.45万元（原值350.2万元，累计折旧63.75万元）`, `节约0.54万元（预算3万元，决算2.46万元）` (a helper's 乡镇
    // probes): two amounts whose difference the whole is are what it was worked out from, not its parts.
    if (parts.length === 2 && overlaps(sub(partsInterval([parts[0]], unit), partsInterval([parts[1]], unit)), intervalOf(whole))) continue;
    if (partsUnitSlip(out, whole, parts, whole.label || t('总数'))) continue;
    if (misread(partsValue(parts, unit), whole.value)) continue;
    const expected = partsInterval(parts, unit);
    const holds = id ? overlaps(expected, intervalOf(whole)) : canBeAtMost(expected, intervalOf(whole));
    relation(out, {
      ruleId: 'sum-of-parts',
      stated: whole,
      label: whole.label || t('总数'),
      operands: parts.map((q) => operandOf(q, nameOf(q))),
      formula: parts.map((q) => `${nameOf(q) ? nameOf(q) + ' ' : ''}${q.raw}${q.unit === unit ? '' : q.unit}`).join(' + '),
      computed: partsValue(parts, unit),
      expected,
      decimals: moneyDecimals(...parts.map((q) => q.decimals), whole.decimals),
      unit,
      holds,
      noFix: true,
      note: id ? t('依据：{0}', id.name) : t('括号内所列各项之和已超过该数'),
    });
  }
}

/** Whether the whole's sentence names some part of the identity twice. */
function namedTwice(p: Paragraph, whole: Quantity, parts: RegExp[]): boolean {
  const sentence = p.sentences.find((s) => s.span.start <= whole.span.start && whole.span.start < s.span.end);
  if (!sentence) return false;
  const amounts = sentence.clauses.flatMap((c) => c.quantities).filter((q) => q.kind === 'money' && !q.incidental);
  return parts.some((re) => amounts.filter((q) => re.test(identityName(nameOf(q)))).length > 1);
}

/** Where the bracket `text` opens (its first one) closes, nested brackets inside it passed over; -1 when it does not. */
function matchingClose(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      depth--;
      if (depth <= 0) return i;
    }
  }
  return -1;
}
