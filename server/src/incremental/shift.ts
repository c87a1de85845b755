// Moving a kept block (a paragraph, a table, the relations found in it) to where the edited text now has it:
// every document offset it holds is moved by the same amount, in place. Copying the block instead costs about
// what building it again costs (tried: docs/PERFORMANCE.md); adding a number to each offset costs next to nothing.
//
// The offsets are found once, when the block is first kept, by walking its plain objects and arrays: an object
// with numeric `start` and `end` is a span (Span in report/model.ts); `insertAt` (a cell's insertion point) and
// `docStart` (a paragraph segment's place in the document) are offsets too. Values of classes (decimal.js) are
// not walked. Each object is moved once, however many places refer to it.

/** The offset holders of one kept block, in the order found. */
export interface Offsets {
  spans: Array<{ start: number; end: number }>;
  insertAts: Array<{ insertAt: number }>;
  docStarts: Array<{ docStart: number }>;
  /** Not offsets: the figures (objects with `decimals`), whose `coarse` mark the parser sets after the build. */
  figures: Array<{ coarse?: boolean }>;
}

export function emptyOffsets(): Offsets {
  return { spans: [], insertAts: [], docStarts: [], figures: [] };
}

const plain = (o: object) => Array.isArray(o) || Object.getPrototypeOf(o) === Object.prototype;

/**
 * Adds the offset holders reachable from `root` that are not in `seen` to `into` (and to `seen`). Objects in `skip`
 * (the block's own spans, when collecting the offsets of the relations found in it) are passed over.
 */
export function collectOffsets(root: unknown, seen: Set<object>, into: Offsets, skip?: Set<object>): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const o = stack.pop();
    if (o === null || typeof o !== 'object' || seen.has(o) || skip?.has(o) || !plain(o)) continue;
    seen.add(o);
    if (Array.isArray(o)) {
      for (let i = o.length - 1; i >= 0; i--) if (typeof o[i] === 'object') stack.push(o[i]);
      continue;
    }
    const r = o as Record<string, unknown>;
    if (typeof r.start === 'number' && typeof r.end === 'number') into.spans.push(r as { start: number; end: number });
    if (typeof r.insertAt === 'number') into.insertAts.push(r as { insertAt: number });
    if (typeof r.docStart === 'number') into.docStarts.push(r as { docStart: number });
    if (typeof r.decimals === 'number') into.figures.push(r as { coarse?: boolean });
    for (const key in r) {
      const v = r[key];
      if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
}

export function shiftOffsets(offsets: Offsets, delta: number): void {
  if (delta === 0) return;
  for (const s of offsets.spans) {
    s.start += delta;
    s.end += delta;
  }
  for (const c of offsets.insertAts) c.insertAt += delta;
  for (const g of offsets.docStarts) g.docStart += delta;
}
