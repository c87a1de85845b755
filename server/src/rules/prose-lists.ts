// `总支出X万元，其中：基本支出A万元，占…；项目支出B万元…` — the 其中 lists of a report, found once and shared
// by the rules that read them (sum of parts, shares adding to 100%, identities that would repeat them).
import Decimal from 'decimal.js';
import type { Clause, Paragraph, Quantity, Report, Sentence } from '../report/model';
import { TO_WAN } from '../report/quantities';
import { ONE } from './interval';

export interface PartList {
  total: Quantity;
  parts: Quantity[];
  /** `主要包括…等`: the list may leave items out, so it only has to stay within the total. */
  partial: boolean;
  paragraph: Paragraph;
  sentence: Sentence;
  /** Clauses of the list, from the one starting with 其中. */
  clauses: Clause[];
}

const QIZHONG = /^[\s\u3000]*其中/;
const COMPARISON = /(较|比|同比|环比|增加|减少|增长|下降|节约|超支|超出|占)/;
const NEW_TOTAL = /(总|合计|共计|累计|全年)/;

/** Whether two figures can be added: money in any money unit, or the same count unit. */
export function addable(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'money' && b.kind === 'money') return true;
  return a.kind === 'count' && b.kind === 'count' && a.unit === b.unit;
}

/** The factor bringing a figure in `from` to the unit `to` (1 unless both are money units). */
export function unitFactor(from: string, to: string): Decimal {
  const f = TO_WAN[from];
  const g = TO_WAN[to];
  if (!f || !g || from === to) return ONE;
  // A handful of unit pairs, asked for once per figure: each quotient is worked out once.
  let byTo = factors.get(from);
  if (!byTo) factors.set(from, (byTo = new Map()));
  let q = byTo.get(to);
  if (!q) byTo.set(to, (q = f.div(g)));
  return q;
}
const factors = new Map<string, Map<string, Decimal>>();

function amountOf(q: Quantity): boolean {
  return !q.incidental && !q.inParens && (q.kind === 'money' || q.kind === 'count');
}

/** The total a 其中 list belongs to: the last amount before it that is not itself a comparison (较…增加). */
function lastAmount(clauses: Clause[]): Quantity | undefined {
  for (let c = clauses.length - 1; c >= 0; c--) {
    const qs = clauses[c].quantities.filter((q) => amountOf(q) && !COMPARISON.test(q.label));
    if (qs.length) return qs[qs.length - 1];
  }
  return undefined;
}

// A clause that ends in 中 (not 其中) names the whole the next clauses divide: `决算支出中，`.
const WITHIN = /^[\s\u3000]*(?:\d{4}年度?)?(.*?)(?:[\d.,]+\s*(?:万元|元|亿元))?中$/;

function listsOf(p: Paragraph): PartList[] {
  const lists: PartList[] = [];
  // The figure a bare name refers to: the last one of that name earlier in the paragraph.
  const named = (name: string) => (/其$/.test(name) ? undefined : p.quantities.filter((q) => amountOf(q) && q.label === name).pop());
  p.sentences.forEach((sentence, si) => {
    const clauses = sentence.clauses;
    clauses.forEach((clause, ci) => {
      let total: Quantity | undefined;
      let first = ci;
      // WITHIN ends in 中: the cheap test first spares the backtracking pattern most clauses.
      const within = clause.text.endsWith('中') ? WITHIN.exec(clause.text) : null;
      if (QIZHONG.test(clause.text)) {
        total = lastAmount(clauses.slice(0, ci));
        if (!total && ci === 0 && si > 0) total = lastAmount(p.sentences[si - 1].clauses);
      } else if (within && ci + 1 < clauses.length) {
        // `项目支出6843.29万元中，A…，B…` or `决算支出中，A…，B…`: the list starts with the next clause.
        total = clause.quantities.filter(amountOf).pop() ?? (within[1] ? named(within[1]) : undefined);
        first = ci + 1;
      }
      if (!total) return;
      const parts: Quantity[] = [];
      let partial = /主要|包括/.test(clause.text);
      const used: Clause[] = [];
      for (let k = first; k < clauses.length; k++) {
        const cl = clauses[k];
        if (k > first && QIZHONG.test(cl.text)) break;
        if (k > first && k + 1 < clauses.length && QIZHONG.test(clauses[k + 1].text)) break;
        let stop = false;
        for (const q of cl.quantities) {
          if (!amountOf(q) || !addable(q, total) || COMPARISON.test(q.label)) continue;
          if (k > first && NEW_TOTAL.test(q.label)) {
            stop = true;
            break;
          }
          parts.push(q);
        }
        used.push(cl);
        if (/等[。；，]?$|等$/.test(cl.text.trim())) partial = true;
        if (stop) break;
        // `其中购置费0万元、运行维护费15.40万元；…` — parts listed inside the 其中 clause itself make the whole list.
        if (k === first && first === ci && parts.length >= 2) break;
      }
      // `其中投资2亿元以上项目19个，签约引进15个项目`: groups picked out by a threshold may overlap — no list,
      // unless a 其余/其他 part says the groups share the whole out (`50万元以上…80万元，其余…20万元`).
      const thresholded = used.some((c) => c.quantities.some((q) => q.incidental && /以上|以下|以内/.test(c.text)));
      if (thresholded && !used.some((c) => /^[\s\u3000]*(其余|其他|剩余|余下)/.test(c.text))) return;
      if (parts.length) lists.push({ total, parts, partial, paragraph: p, sentence, clauses: used });
    });
  });
  return lists;
}

const cache = new WeakMap<Report, PartList[]>();

export function partLists(report: Report): PartList[] {
  let lists = cache.get(report);
  if (!lists) {
    lists = report.paragraphs.flatMap(listsOf);
    cache.set(report, lists);
  }
  return lists;
}
