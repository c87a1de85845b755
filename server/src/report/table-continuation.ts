// A table split over pages (`续表`): the second part repeats the header after blank lines, the page's furniture and a
// line that says it goes on (续表, 续表1, （续表）, 续上表, 表1（续）). Each part is a table of its own in the report; the
// first is marked `continued`, the second `continues`, so that a 合计 on either side is not read against one part's
// rows alone (a helper's 资金分配 probe: `合计 279` after the break, 113.4 of it after it).
import type { Report, Table } from './model';
import { isPageNumber } from './page-numbers';

const GOES_ON = /^[\s\u3000]*([（(]?(续表|续上表)\d*[)）]?|表\s*\d+\s*[（(]续[)）])[\s\u3000]*$/;

const headersOf = (t: Table) => t.columns.map((c) => c.header.replace(/[\s\u3000]/g, '')).join('|');

export function markContinuations(report: Report): void {
  const tables = report.tables;
  for (const t of tables) {
    delete t.continues;
    delete t.continued;
  }
  for (let i = 1; i < tables.length; i++) {
    const [a, b] = [tables[i - 1], tables[i]];
    if (b.span.start < a.span.end || b.form !== a.form || headersOf(a) !== headersOf(b)) continue;
    const gap = report.text.slice(a.span.end, b.span.start);
    if (gap.length > 400) continue;
    const lines = gap.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !/^[|\s-]*$/.test(l));
    // (A markdown table's separator row belongs to the header; nothing else but what says the page goes on.)
    if (!lines.length || !lines.every((l) => GOES_ON.test(l) || isPageNumber(l)) || (!lines.some((l) => GOES_ON.test(l)) && !lines.some(isPageNumber))) {
      // No line at all: two tables of one header back to back with only blank lines (`.md` pastes drop the 续表) count
      // too, when the first has no total of its own and the second ends on one.
      if (lines.length || a.rows.some((r) => r.kind !== 'item') || !b.rows.some((r) => r.kind === 'total')) continue;
    }
    a.continued = true;
    b.continues = true;
  }
}
