// A map from spans (start and end together) to values, for looking figures up by where they stand. Keyed by
// the start — a small integer, which a Map hashes without allocating — with the end compared in the entry:
// a `start:end` string, or a number combining both past 2^31, would be built and hashed for every lookup.
import type { Span } from './model';

interface Entry<V> {
  end: number;
  value: V;
  next?: Entry<V>;
}

export class SpanMap<V> {
  private readonly byStart = new Map<number, Entry<V>>();

  get(span: Span): V | undefined {
    for (let e = this.byStart.get(span.start); e; e = e.next) if (sameOffset(e.end, span.end)) return e.value;
    return undefined;
  }

  has(span: Span): boolean {
    for (let e = this.byStart.get(span.start); e; e = e.next) if (sameOffset(e.end, span.end)) return true;
    return false;
  }

  set(span: Span, value: V): void {
    const first = this.byStart.get(span.start);
    for (let e = first; e; e = e.next) {
      if (sameOffset(e.end, span.end)) {
        e.value = value;
        return;
      }
    }
    this.byStart.set(span.start, { end: span.end, value, next: first });
  }
}

/** As a Map compares its keys (SameValueZero). */
function sameOffset(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}
