// A stated count and the names listed after it: `设9个内设机构,分别为:办公室、投资促进股科、…、项目服务股。` names 8
// (pd-nanzhang-zsfwzx-2019). The count must equal the names. Read only a plain list: names between 、 up to
// the 。, no figures, no 和/及 (a name may hold them), no 等 (a partial list); else silent.
import Decimal from 'decimal.js';
import type { Paragraph, Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { offsetInDocument } from '../report/prose';
import type { RuleOutput } from './rule';
import { lowerBound } from './figures-before';

const COUNTED =
  /(\d+)\s*(个|家|所|项|名|位|支|类|座)([^\d，,。；;：:、（）()\s]{0,12}?)[，,]?\s*(?:(分别为|分别是|包括|即)[：:]?|(为)[：:])\s*([^。；;]*)(。|；|;|$)/g;
const PARENS = /（[^（）]*）|\([^()]*\)/g;
/** Names enough to be a count's members rather than its kinds. */
const MEMBERS = 4;

function check(p: Paragraph, m: RegExpExecArray, q: Quantity, out: RuleOutput): void {
  const intro = m[4] ?? m[5];
  const list = m[6].replace(PARENS, '');
  if (/[\d０-９，,：:]|和|及|与|等/.test(list)) return;
  const names = list.split('、').map((s) => s.trim());
  if (names.length < 2 || names.some((n) => !n || n.length > 20)) return;
  const stated = q.value;
  const listed = names.length;
  // 包括 may name kinds rather than members (`12所学校，包括城区学校、农村学校`): only more names than the count is a slip —
  // unless the names are more than half the count and four at least: then they are the members, listed to the 。 with
  // no 等, and one left out is a slip (`机关内设机构17个,包括:办公室、政工科、…、桐川法庭。` names 16: rd1-qingcheng-fy-2019).
  const members = listed >= MEMBERS && listed * 2 > stated.toNumber();
  const holds = intro === '包括' && !members ? listed <= stated.toNumber() : stated.eq(listed);
  const noun = m[3];
  out.check({
    ruleId: 'sum-of-parts',
    target: q.span,
    targetLabel: noun || q.label || t('总数'),
    stated: q,
    operands: [],
    formula: names.join('、'),
    computed: new Decimal(listed),
    unit: q.unit,
    holds,
  });
  if (holds) return;
  out.report({
    span: q.span,
    message: t('{0}{1}{2}，但“{3}”后列出的是 {4}{1}', q.raw, q.unit, noun, intro, String(listed)),
    related: [],
  });
}

const CLAUSE_END = new Set(['，', ',', '。', '；', ';', '：', ':']);

/** The figures (in text order) that start at `offset`: found by halving, not by reading the paragraph's every figure. */
function startingAt(figures: Quantity[], offset: number): Quantity[] {
  const lo = lowerBound(figures.length, (i) => figures[i].span.start >= offset);
  let end = lo;
  while (end < figures.length && figures[end].span.start === offset) end++;
  return figures.slice(lo, end);
}

/** Each `N个…，分别为：A、B、C。` of the report: the count against the names listed. */
export function namedCounts(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    if (!/分别|包括|即|为/.test(p.text)) continue;
    COUNTED.lastIndex = 0;
    for (let m = COUNTED.exec(p.text); m; m = COUNTED.exec(p.text)) {
      // `设9个内设机构和2个下属单位，分别为…`: another count in the same clause; which the names are of is open.
      // (Read back to the clause's start only: a paragraph of one pasted line may have no `:` at all.)
      let clauseStart = m.index;
      while (clauseStart >= 0 && !CLAUSE_END.has(p.text[clauseStart])) clauseStart--;
      if (/\d/.test(p.text.slice(clauseStart + 1, m.index))) continue;
      const at = offsetInDocument(p.segments, m.index);
      const q = startingAt(p.quantities, at).find((x) => x.kind === 'count' && !x.incidental && !x.inParens && x.value.isInteger());
      if (q) check(p, m, q, out);
    }
  }
}
