// The 部门决算 template's `2.公务用车购置及运行维护费支出4.02万元。其中:` ending its paragraph, then a paragraph per part
// (`公务用车购置支出0万元,购置车辆0辆。` / `公务用车运行维护支出0万元,…`) — jz-xundian-tangzi-2023, pd-haikou-zy-2021: a
// 其中 list whose parts are the first amounts of the paragraphs after it. Read while those paragraphs follow with
// only blank lines between, each opening with a plain amount; a numbered paragraph, a comparison or a paragraph
// with no amount ends it.
import type { Clause, Quantity, Report } from '../report/model';
import { amountOf, COMPARISON, type PartList } from './prose-lists';
import { identityCovers } from './identities';

const OPEN = /^[\s\u3000]*其中[：:]?\s*$/;
const NUMBERED = /^[\s\u3000]*([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.](?!\d))/;
const MAX_PARTS = 8;

export function continuedLists(report: Report): PartList[] {
  const out: PartList[] = [];
  const paragraphs = report.paragraphs;
  paragraphs.forEach((p, i) => {
    const sentence = p.sentences[p.sentences.length - 1];
    const clauses = sentence?.clauses ?? [];
    const last = clauses[clauses.length - 1];
    if (!last || !OPEN.test(last.text) || last.quantities.length) return;
    // The whole: the amount just before 其中 in the paragraph.
    const total = [...p.quantities].reverse().find((q) => q.span.start < last.span.start && amountOf(q));
    if (!total || COMPARISON.test(total.label)) return;
    const parts: Quantity[] = [];
    const used: Clause[] = [];
    for (let k = i + 1; k < paragraphs.length && parts.length < MAX_PARTS; k++) {
      const next = paragraphs[k];
      if (!/^\s*$/.test(report.text.slice(paragraphs[k - 1].span.end, next.span.start))) break;
      if (NUMBERED.test(report.text.slice(next.span.start, next.span.end))) break;
      const first = next.quantities.find((q) => !q.incidental);
      if (!first || !amountOf(first) || first.kind !== total.kind || first.unit !== total.unit || COMPARISON.test(first.label)) break;
      parts.push(first);
      used.push(next.sentences[0].clauses.find((c) => c.quantities.includes(first))!);
    }
    // An identity's parts (`基本支出…其中：` / `人员经费…` / `公用经费…`) are the identity rule's, which says which identity.
    if (parts.length >= 2 && !identityCovers(parts.map((q) => q.label))) out.push({ total, parts, partial: false, paragraph: p, sentence, clauses: used });
  });
  return out;
}
