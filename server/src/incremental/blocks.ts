// The paragraphs and tables of the previous parse of one document, kept to be used again (issue #12: an edit
// re-reads only the blocks it touched). The parser asks for each block as it meets it (report/parse.ts's
// `builders`); a block whose text — and every other input of its builder — is as before is the object built last
// time, moved to its new place (shift.ts), instead of being read again.
//
// Each kept block is used at most once per parse (a report may hold the same paragraph twice), and only the
// blocks of the last parse are kept: a parse moves the objects it takes, so they belong to the newest report only.
import type { Paragraph, Table } from '../report/model';
import type { Span } from '../report/model';
import { buildParagraph } from '../report/prose';
import { buildTable, type RawRow } from '../report/tables';
import { collectOffsets, emptyOffsets, type Offsets, shiftOffsets } from './shift';

export interface Kept<T extends object = object> {
  value: T;
  /** The document offset the block's key is relative to, as of the last parse that used it. */
  base: number;
  offsets: Offsets;
  /** Offsets held by the relations kept for this block (rule-memo.ts), by rule. */
  extra: Map<string, Offsets>;
}

export class BlockCache {
  private previous = new Map<string, Kept[]>();
  private current = new Map<string, Kept[]>();
  private byValue = new WeakMap<object, Kept>();
  /** Blocks used again / built in the last parse (for tests and the bench). */
  stats = { reused: 0, built: 0 };

  begin(): void {
    this.current = new Map();
    this.stats = { reused: 0, built: 0 };
  }

  /** The parse is done: its blocks are the ones kept for the next. */
  end(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** A parse that did not finish: its blocks are kept with the ones it did not take. */
  abandon(): void {
    for (const [key, list] of this.current) {
      const old = this.previous.get(key);
      if (old) old.push(...list);
      else this.previous.set(key, list);
    }
    this.current = new Map();
  }

  /** The kept record of a block of the current report (undefined for one that is not kept). */
  keptOf(value: object): Kept | undefined {
    return this.byValue.get(value);
  }

  paragraph(masked: string, lines: Span[], listMarker?: Paragraph['listMarker']): Paragraph {
    const base = lines[0].start;
    const end = lines[lines.length - 1].end;
    let key = 'p';
    for (const l of lines) key += `${l.start - base},${l.end - base};`;
    if (listMarker) key += `m${listMarker.marker}|${listMarker.number}|${listMarker.style}|${listMarker.span.start - base},${listMarker.span.end - base}`;
    key += `\u0000${masked.slice(base, end)}`;
    return this.use(key, base, () => buildParagraph(masked, lines, listMarker));
  }

  table(masked: string, rawRows: RawRow[], form: Table['form'], unit: string, caption: string, section: number): Table | undefined {
    let base = Infinity;
    let end = -Infinity;
    for (const row of rawRows)
      for (const c of row) {
        base = Math.min(base, c.slot.start, c.insertAt);
        end = Math.max(end, c.slot.end, c.insertAt);
      }
    if (base === Infinity) return buildTable(masked, rawRows, form, unit, caption, section);
    // `section` is only stored (and set again by the parser once the sections are known): not part of the key.
    let key = `t${form}|${unit}|${caption}\u0000`;
    for (const row of rawRows) {
      for (const c of row) key += `${c.slot.start - base},${c.slot.end - base},${c.insertAt - base};`;
      key += '/';
    }
    // The builder looks at the character just after a cell (table.ts's afterSpaces).
    key += `\u0000${masked.slice(base, end + 1)}`;
    const table = this.use(key, base, () => buildTable(masked, rawRows, form, unit, caption, section) ?? NOT_A_TABLE);
    if (table === NOT_A_TABLE) return undefined;
    table.section = section;
    // Set by the parser after the build, from where the text ends.
    delete table.endsText;
    return table;
  }

  private use<T extends object>(key: string, base: number, build: () => T): T {
    const list = this.previous.get(key);
    let kept = list?.pop() as Kept<T> | undefined;
    if (list && !list.length) this.previous.delete(key);
    if (kept) {
      this.stats.reused++;
      const delta = base - kept.base;
      shiftOffsets(kept.offsets, delta);
      for (const extra of kept.extra.values()) shiftOffsets(extra, delta);
      kept.base = base;
      unmark(kept);
    } else {
      this.stats.built++;
      const value = build();
      const offsets = emptyOffsets();
      collectOffsets(value, new Set(), offsets);
      kept = { value, base, offsets, extra: new Map() };
      this.byValue.set(value, kept);
    }
    const same = this.current.get(key);
    if (same) same.push(kept);
    else this.current.set(key, [kept]);
    return kept.value;
  }
}

/** What buildTable gave when the rows make no table (kept too: the parser tries many runs of lines). */
const NOT_A_TABLE = Object.freeze({}) as unknown as Table;

/**
 * The marks the parser sets on figures after building (report/money-precision.ts: money printed in whole units
 * throughout) depend on the whole text: a kept block's figures are as built again before the parser marks them.
 */
function unmark(kept: Kept): void {
  for (const q of kept.offsets.figures) if (q.coarse !== undefined) delete q.coarse;
}
