// A 其中 ending its paragraph, its parts in the paragraphs after it:
// - `(二)公务用车购置及运行费1116.14万元。其中:` and then one numbered paragraph per part (`1、公务用车购置费34.71万元,…`,
//   `2、公务用车运行费1116.14万元,…`, sg-changle-2017): the items of the numbered list that follows. Each item's part is
//   the amount its first clause states.
// - The 部门决算 template's `2.公务用车购置及运行维护费支出4.02万元。其中:` then a paragraph per part (`公务用车购置支出0万元,
//   购置车辆0辆。` / `公务用车运行维护支出0万元,…`; jz-xundian-tangzi-2023, pd-haikou-zy-2021): the first amounts of the
//   unnumbered paragraphs after it, while they follow with only blank lines between, each opening with a plain amount;
//   a numbered paragraph, a comparison or a paragraph with no amount ends it.
import type { Clause, Paragraph, Quantity, Report, Sentence } from '../report/model';
import { IDENTITIES, identityCovers, identityName } from './identities';
import { isPrior } from './prose-index';
import { addable, amountOf, budgetThenSpent, COMPARISON, fitsWhole, QIZHONG_ALONE, settleAtSemicolon, wholes, type PartList } from './prose-lists';
import { sectionIndexAt } from './sections';

/** A list of more items than this is no 其中 list of a total (and the bound keeps nested lists linear). */
const MAX_ITEMS = 30;

export function itemLists(report: Report): PartList[] {
  const lists: PartList[] = [];
  const ps = report.paragraphs;
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i];
    const ending: { sentence: Sentence; clauses: Clause[]; last: Clause; whole?: true } | undefined = endsOnQizhong(p) ?? identityWhole(p, ps[i + 1]);
    if (!ending) continue;
    const { sentence, clauses, last } = ending;
    const before = ending.whole ? clauses : clauses.length > 1 ? clauses.slice(0, -1) : (p.sentences[p.sentences.length - 2]?.clauses ?? []);
    let total = wholes(before).pop();
    if (!total) continue;
    const section = sectionIndexAt(report, p.span.start);
    const parts: Quantity[] = [];
    let style: string | undefined;
    for (let j = i + 1; j < ps.length; j++) {
      const item = ps[j];
      const marker = item.listMarker;
      // Items numbered 1, 2, 3… in one style, in the same section: the list ends where they do.
      if (!marker || (style !== undefined && marker.style !== style) || marker.number !== parts.length + 1 || parts.length >= MAX_ITEMS) break;
      if (sectionIndexAt(report, item.span.start) !== section) break;
      style = marker.style;
      const part = firstAmount(item, total);
      if (!part) break;
      parts.push(part);
    }
    // `…支出预算为42.76万元，支出决算为30.87万元，完成预算的72.19%。其中：` / `1.公务用车购置费全年预算为20.20万元，支出决算为
    // 16.11万元；` … (a helper's 决算说明 probe): items whose first amounts are budgets are of the budget stated before, not
    // of the 决算 the sentence ends on.
    const budgeted = (q: Quantity) => /预算|计划/.test(q.label);
    if (parts.length && parts.every(budgeted) && !budgeted(total)) {
      const budget = wholes(before).filter(budgeted).pop();
      if (!budget) continue;
      total = budget;
    }
    if (ending.whole) {
      // (Only the identity's parts, each once: they are all of it.)
      if (identityCovers(parts.map((q) => q.label))) lists.push({ total, parts, partial: false, paragraph: p, sentence, clauses: [last] });
    } else if (parts.length >= 2) lists.push({ total, parts, partial: true, paragraph: p, sentence, clauses: [last] });
  }
  return lists;
}

/**
 * `2023年度“三公”经费财政拨款支出决算为15.65万元。` then `1.因公出国（境）费支出决算为0万元。`, `2.公务用车购置及运行维护费…`,
 * `3.公务接待费…` (the 部门决算 template's layout, a helper's slip probe): a paragraph ending on an identity's total, with
 * no 其中, then items numbered from 1 — a list when the items are that identity's parts.
 */
function identityWhole(p: Paragraph, next: Paragraph | undefined): { sentence: Sentence; clauses: Clause[]; last: Clause; whole: true } | undefined {
  if (next?.listMarker?.number !== 1) return undefined;
  const sentence = p.sentences[p.sentences.length - 1];
  const clauses = sentence?.clauses ?? [];
  const last = clauses[clauses.length - 1];
  const total = wholes(clauses).pop();
  if (!last || !total || !(/三公/.test(total.label) || IDENTITIES.some((id) => id.total.test(identityName(total.label))))) return undefined;
  return { sentence, clauses, last, whole: true };
}

/** The amount an item's first clause states, when it is one that can be a part of the total. */
function firstAmount(item: Paragraph, total: Quantity): Quantity | undefined {
  const clause = item.sentences[0]?.clauses[0];
  const q = clause?.quantities.find(amountOf);
  if (!q || !addable(q, total) || COMPARISON.test(q.label) || isPrior(q.label)) return undefined;
  return q;
}

/** The paragraph's last sentence and its clauses when its last clause is a bare `其中:`. */
function endsOnQizhong(p: Paragraph): { sentence: Sentence; clauses: Clause[]; last: Clause } | undefined {
  const sentence = p.sentences[p.sentences.length - 1];
  const clauses = sentence?.clauses ?? [];
  const last = clauses[clauses.length - 1];
  return last && !last.quantities.length && QIZHONG_ALONE.test(last.text) ? { sentence, clauses, last } : undefined;
}

const NUMBERED = /^[\s\u3000]*([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.](?!\d))/;
const MAX_PARAGRAPH_PARTS = 8;
/** A clause opening on what the amount before it is made of. */
const SUB_ITEMS = /^[\s\u3000]*(主要)?(包括|包含|用于|构成为|其中|含)/;
/** `基本支出中，…`: a paragraph opening on the whole it divides, a statement of its own. */
const DIVIDES = /^[\s\u3000]*[^，,。；;：:\d]{2,12}中[，,：:]/;

/** The unnumbered form: the first amount of each paragraph after the 其中. */
/**
 * `基金支出4035.35万元，其中：` / `待遇支出1469.82万元，其他支出2565.53万元，当年结余946.63万元。` (a helper's 社保基金 probe):
 * the list ends on its closing 其他/其余 part, and a balance (结余) is no part of what was spent or taken in.
 */
function closedAt(clauses: Clause[], alike: (q: Quantity) => boolean, total: Quantity): Quantity[] {
  const amounts: Quantity[] = [];
  /** How many amounts (and clauses) stand before each ；. */
  const stops: Array<{ parts: number; clauses: number }> = [];
  // (`人员经费355.31万元，主要包括基本工资148.98万元、津贴补贴206.33万元；` (a helper's 部门预算 probe): what a part is made
  // of, after 主要包括/其中/含, is no more of the list.)
  const sub = clauses.findIndex((c, k) => k > 0 && SUB_ITEMS.test(c.text));
  (sub > 0 ? clauses.slice(0, sub) : clauses).forEach((c, k) => {
    amounts.push(...c.quantities.filter(alike));
    if (/[；;]/.test(c.end)) stops.push({ parts: amounts.length, clauses: k + 1 });
  });
  const closing = amounts.findIndex((q) => /^[\s\u3000]*(其他|其余|剩余)/.test(q.label));
  let kept = closing >= 0 ? amounts.slice(0, closing + 1) : amounts;
  const balance = /结余|结存/.test(total.label) ? -1 : kept.findIndex((q) => /结余|结存/.test(q.label));
  if (balance >= 0) kept = kept.slice(0, balance);
  // `…34.77万元，其中：` / `公务用车购置费0万元，公务用车运行维护费34.77万元；公务接待费7.19万元。` (a helper's PDF-wrap probe):
  // the parts up to a ； that make the whole exactly are the list; after it the sentence goes on to a sibling.
  settleAtSemicolon(total, kept, [...clauses], stops);
  return kept;
}

export function paragraphLists(report: Report): PartList[] {
  const out: PartList[] = [];
  const paragraphs = report.paragraphs;
  paragraphs.forEach((p, i) => {
    const ending = endsOnQizhong(p);
    if (!ending) return;
    const { sentence, last } = ending;
    // The whole: the amount just before 其中 in the paragraph.
    const total = [...p.quantities].reverse().find((q) => q.span.start < last.span.start && amountOf(q));
    if (!total || COMPARISON.test(total.label)) return;
    const parts: Quantity[] = [];
    const used: Clause[] = [];
    for (let k = i + 1; k < paragraphs.length && parts.length < MAX_PARAGRAPH_PARTS; k++) {
      const next = paragraphs[k];
      if (!/^\s*$/.test(report.text.slice(paragraphs[k - 1].span.end, next.span.start))) break;
      if (NUMBERED.test(report.text.slice(next.span.start, next.span.end))) break;
      // (`授予中小企业合同金额300.41万元，其中：` / `授予小微企业合同金额191.02万元。` / `2019年度本部门机关运行经费支出…` (a
      // helper's PDF-wrap probe): a paragraph opening on a year is a statement of its own.)
      if (k > i + 1 && /^[\s\u3000]*\d{4}年/.test(report.text.slice(next.span.start, next.span.start + 8))) break;
      // (`…项目支出2729.62万元，占75.50%。` / `基本支出中，人员经费557.71万元；` (a helper's 部门预算 probe): a paragraph opening
      // on the whole it divides is another list.)
      if (k > i + 1 && DIVIDES.test(report.text.slice(next.span.start, next.span.start + 16))) break;
      const first = next.quantities.find((q) => !q.incidental);
      if (!first || !amountOf(first) || first.kind !== total.kind || first.unit !== total.unit || COMPARISON.test(first.label)) break;
      // The first amount may stand in a later sentence than the first (a sentence of no amount before it).
      const clause = next.sentences.flatMap((s) => s.clauses).find((c) => c.quantities.includes(first));
      if (!clause) break;
      // (`…8524.18万元，其中：` / `基本支出5167.46万元，项目支出3356.72万元。` / `人员经费…` (a helper's Word-pasted 决算说明):
      // a first paragraph that states several amounts is the whole list; what follows is another matter. Read so it is the
      // sentence's list (prose-lists), not this one.)
      const alike = (q: Quantity) => !q.incidental && amountOf(q) && q.kind === total.kind && q.unit === total.unit && !COMPARISON.test(q.label);
      const own = closedAt(next.sentences[0]?.clauses ?? [], alike, total);
      if (own.length > 1) {
        // The list is the first sentence's amounts.
        // (`其中：` / `公务用车购置费预算18万元，支出17.86万元。` (a helper's 决算 probe): one item's budget and spending.)
        if (k === i + 1 && !budgetThenSpent(own)) out.push({ total, parts: own, partial: false, paragraph: p, sentence, clauses: next.sentences[0].clauses });
        if (k === i + 1) return;
        break;
      }
      parts.push(first);
      used.push(clause);
    }
    // (`本年收入预算合计6345.20万元，上年结转62.22万元。其中：` (a helper's 部门预算 probe): of the amounts of the sentence
    // before 其中, the one the parts make exactly.)
    const made = (q: Quantity) => q !== total && q.span.start < last.span.start && amountOf(q) && q.unit === total.unit && fitsWhole(q, parts, parts.length, true);
    const whole = parts.length >= 2 && !fitsWhole(total, parts, parts.length, true) ? p.quantities.find(made) : undefined;
    // An identity's parts (`基本支出…其中：` / `人员经费…` / `公用经费…`) are the identity rule's, which says which identity.
    if (parts.length >= 2 && !identityCovers(parts.map((q) => q.label))) out.push({ total: whole ?? total, parts, partial: false, paragraph: p, sentence, clauses: used });
  });
  return out;
}
