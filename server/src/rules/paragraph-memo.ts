// A reading of one paragraph, kept with the paragraph from one analysis of a document to the next (issue #12: an
// edit costs what it touches). The incremental parse (server/src/incremental/blocks.ts) gives an unchanged
// paragraph again as the same object, moved in place: what was read from it — objects of it, not offsets copied
// out of it — still holds, as long as everything else the reading looked at is as before:
// - the paragraph before it, when the reading may look there (the same object, or none);
// - the figures' whole-unit marks (`coarse`, set by the parser over the whole text: report/money-precision.ts) of
//   both, which decide whether amounts add up;
// - nothing else: a reading that looks further (at the text after the paragraph, at another paragraph's figures)
//   calls readOutside(), and its result is not kept.
// A fresh analysis builds new paragraphs: nothing is found, each reading runs as without the memo.
import type { Paragraph } from '../report/model';

interface Entry<T> {
  before: Paragraph | undefined;
  marks: string;
  value: T;
}

export class ParagraphMemo<T> {
  private readonly kept = new WeakMap<Paragraph, Entry<T>>();
  private outside = false;

  /** The reading in progress looked beyond its paragraph and the one before: its result is not kept. */
  readOutside(): void {
    this.outside = true;
  }

  /** `read()` of paragraph `p` (which may look at `before`, the paragraph before it), or its kept result. */
  get(p: Paragraph, before: Paragraph | undefined, read: () => T): T {
    const marks = coarseMarks(p) + (before ? '|' + coarseMarks(before) : '');
    const known = this.kept.get(p);
    if (known && known.before === before && known.marks === marks) return known.value;
    const enclosing = this.outside;
    this.outside = false;
    try {
      const value = read();
      if (this.outside) this.kept.delete(p);
      else this.kept.set(p, { before, marks, value });
      return value;
    } finally {
      this.outside = enclosing;
    }
  }
}

function coarseMarks(p: Paragraph): string {
  let s = '';
  for (const q of p.quantities) s += q.coarse ? '1' : '0';
  return s;
}
