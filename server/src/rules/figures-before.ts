// The figures of a paragraph, indexed for rules that look back from a figure for the ones before it (a rate's
// operands, the budget of an item): each question is answered from sorted lists of positions, so that a paragraph
// of thousands of figures (a report pasted as one line) is not read again for every rate in it.
import type { Paragraph, Quantity, Sentence } from '../report/model';

export class FiguresBefore {
  private readonly lists = new Map<string, number[]>();
  readonly figures: Quantity[];

  constructor(private readonly paragraph: Paragraph) {
    this.figures = paragraph.quantities;
  }

  /** The index of the first figure starting at or after `offset` (figures stand in text order). */
  at(offset: number): number {
    return lowerBound(this.figures.length, (i) => this.figures[i].span.start >= offset);
  }

  /** The sentence whose span holds `offset` (its end included), the first such. */
  sentenceAt(offset: number): Sentence | undefined {
    const sentences = this.paragraph.sentences;
    const i = lowerBound(sentences.length, (k) => sentences[k].span.end >= offset);
    return i < sentences.length && sentences[i].span.start <= offset ? sentences[i] : undefined;
  }

  /** The positions of the figures `accept`s, in order; worked out once per key. */
  positions(key: string, accept: (q: Quantity) => boolean): number[] {
    let list = this.lists.get(key);
    if (!list) {
      list = [];
      for (let i = 0; i < this.figures.length; i++) if (accept(this.figures[i])) list.push(i);
      this.lists.set(key, list);
    }
    return list;
  }
}

/** The figures of `list` (positions) within [from, to). */
export function within(list: number[], from: number, to: number): { first: number; end: number } {
  return { first: lowerBound(list.length, (k) => list[k] >= from), end: lowerBound(list.length, (k) => list[k] >= to) };
}

/** The last position of `list` within [from, to), or -1. */
export function lastWithin(list: number[], from: number, to: number): number {
  const { first, end } = within(list, from, to);
  return end > first ? list[end - 1] : -1;
}

/** The least i in [0, n) with pred(i) (pred monotone: false … false true … true), or n. */
export function lowerBound(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
