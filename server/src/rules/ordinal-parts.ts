// `2019年财政总收入为6028万元,由三部分构成:一是本年本镇财政收入2454万元,…;二是上级财政补助收入3292万元,其中:…;
// 三是上年结余结转收入4万元` (re1-nanan-yinglongzhen-2019): a total said to be made of N parts, counted 一是, 二是 … in its
// sentence, is the sum of the first amount of each — all of it when exactly N are counted in order. Read only so;
// anything less regular is left to the 其中 lists.
import type { Clause, Paragraph, Quantity } from '../report/model';
import { chineseNumber } from '../report/numbering';
import { addable, amountOf, COMPARISON, ORDINAL, type PartList } from './prose-lists';

const MADE_OF = /由([一二三四五六七八九十两]|\d{1,2})(个)?(部分|方面)(构成|组成)$/;

function countOf(word: string): number {
  return word === '两' ? 2 : /\d/.test(word) ? Number(word) : chineseNumber(word);
}

export function ordinalLists(p: Paragraph): PartList[] {
  const out: PartList[] = [];
  for (const sentence of p.sentences) {
    const clauses = sentence.clauses;
    const at = clauses.findIndex((c) => MADE_OF.test(c.text.trim()));
    if (at < 1) continue;
    const n = countOf(MADE_OF.exec(clauses[at].text.trim())![1]);
    let total: Quantity | undefined;
    for (let k = at - 1; k >= 0 && !total; k--) total = [...clauses[k].quantities].reverse().find((q) => amountOf(q) && !COMPARISON.test(q.label));
    if (!total || n < 2) continue;
    const parts: Quantity[] = [];
    const used: Clause[] = [];
    for (let k = at + 1; k < clauses.length; k++) {
      const m = ORDINAL.exec(clauses[k].text);
      if (!m) continue;
      // Counted in order from 一是, each with an amount of the total's kind.
      if (chineseNumber(m[1]) !== parts.length + 1) break;
      const first = clauses[k].quantities.find((q) => amountOf(q) && !COMPARISON.test(q.label));
      if (!first || !addable(first, total)) break;
      parts.push(first);
      used.push(clauses[k]);
    }
    if (parts.length === n) out.push({ total, parts, partial: false, paragraph: p, sentence, clauses: used, closed: true });
  }
  return out;
}
