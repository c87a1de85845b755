// A table a cell per line with a blank line after every cell (a web page's cells as paragraphs): read as the same
// table without the blank lines (line-cells.ts) over the text's non-blank lines, its end mapped back to a line of
// the text. The non-blank lines are listed once, the first time such a table is tried.
import { lineCellTable, type LineCellTable } from './line-cells';
import type { Span } from './model';

export class SpacedCells {
  private lines?: number[];
  private spans?: Span[];
  private place?: Int32Array;

  constructor(
    private readonly all: Span[],
    private readonly blankAt: (i: number) => boolean,
  ) {}

  /** Whether a table of spaced cells may start at line `i`: a blank line after it, then a line of text. */
  startsAt(i: number): boolean {
    return i + 2 < this.all.length && this.blankAt(i + 1) && !this.blankAt(i + 2);
  }

  /** The table whose header starts at line `i`, its `end` a line of the text (see LineCellTable). */
  tableAt(masked: string, i: number): LineCellTable {
    if (!this.lines) {
      this.lines = this.all.map((_, k) => k).filter((k) => !this.blankAt(k));
      this.spans = this.lines.map((k) => this.all[k]);
      this.place = new Int32Array(this.all.length);
      this.lines.forEach((k, n) => (this.place![k] = n));
    }
    const lines = this.lines;
    const found = lineCellTable(masked, this.spans!, this.place![i]);
    if (found.rows) return { rows: found.rows, end: lines[found.end - 1] + 1 };
    return { end: found.end < lines.length ? lines[found.end] : this.all.length };
  }
}
