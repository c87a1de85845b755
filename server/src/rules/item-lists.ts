// `(二)公务用车购置及运行费1116.14万元。其中:` and then one numbered paragraph per part (`1、公务用车购置费34.71万元,…`,
// `2、公务用车运行费1116.14万元,…`, sg-changle-2017): a 其中 list whose parts are the items of the numbered list
// that follows it. Each item's part is the amount its first clause states.
import type { Paragraph, Quantity, Report } from '../report/model';
import { isPrior } from './prose-index';
import { addable, amountOf, COMPARISON, wholes, type PartList } from './prose-lists';
import { sectionIndexAt } from './sections';

/** A list of more items than this is no 其中 list of a total (and the bound keeps nested lists linear). */
const MAX_ITEMS = 30;
const QIZHONG_ALONE = /^[\s\u3000]*其中[:：]?[\s\u3000]*$/;

export function itemLists(report: Report): PartList[] {
  const lists: PartList[] = [];
  const ps = report.paragraphs;
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i];
    const sentence = p.sentences[p.sentences.length - 1];
    const clauses = sentence?.clauses ?? [];
    const last = clauses[clauses.length - 1];
    if (!last || last.quantities.length || !QIZHONG_ALONE.test(last.text)) continue;
    const before = clauses.length > 1 ? clauses.slice(0, -1) : (p.sentences[p.sentences.length - 2]?.clauses ?? []);
    const total = wholes(before).pop();
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
    if (parts.length >= 2) lists.push({ total, parts, partial: true, paragraph: p, sentence, clauses: [last] });
  }
  return lists;
}

/** The amount an item's first clause states, when it is one that can be a part of the total. */
function firstAmount(item: Paragraph, total: Quantity): Quantity | undefined {
  const clause = item.sentences[0]?.clauses[0];
  const q = clause?.quantities.find(amountOf);
  if (!q || !addable(q, total) || COMPARISON.test(q.label) || isPrior(q.label)) return undefined;
  return q;
}
