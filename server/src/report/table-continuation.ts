// A table split over pages (`续表`): the second part repeats the header after blank lines, the page's furniture and a
// line that says it goes on (续表, 续表1, （续表）, 续上表, 表1（续）). Each part is a table of its own in the report; the
// first is marked `continued`, the second `continues`, so that a 合计 on either side is not read against one part's
// rows alone (a helper's 资金分配 probe: `合计 279` after the break, 113.4 of it after it).
import type { Report, Table } from './model';
import { headerLike } from './page-breaks';
import { isPageNumber } from './page-numbers';

const GOES_ON = /^[\s\u3000]*([（(]?(续表|续上表|接上表)\d*[)）]?|表\s*\d+\s*[（(]续[)）])[\s\u3000]*[：:]?[\s\u3000]*$/;
/** A line with a figure at its end and no sentence in it: a table's row, however its cells are set apart. */
const ROW_LIKE = /^[^。，；]{1,60}?[\s\u3000|\t][-\d.,]+%?[\s\u3000|]*$/;
/** A row of two figures or more after its name, none of a sentence's punctuation in it. */
const FIGURES_ROW = /^[^。，；,;\d][^。，；,;]{0,40}?([\s\u3000|\t]+[-\d.,]+%?){2,}[\s\u3000|]*$/;
/** How far past a table (in non-blank lines) a 续表 or a page break may stand before more of its rows. */
const NEAR_LINES = 4;

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
    // (The report's running title may stand by the page number: `— 19 —` / `2016年…部门整体支出绩效自评报告`.)
    if (!lines.length || !lines.every((l) => GOES_ON.test(l) || isPageNumber(l) || runningTitle(l)) || (!lines.some((l) => GOES_ON.test(l)) && !lines.some(isPageNumber))) {
      // No line at all: two tables of one header back to back with only blank lines (`.md` pastes drop the 续表) count
      // too, when the first has no total of its own and the second ends on one.
      if (lines.length || a.rows.some((r) => r.kind !== 'item') || !b.rows.some((r) => r.kind === 'total')) continue;
    }
    a.continued = true;
    b.continues = true;
  }
  // `续表` (or a page's number and running title) with rows after it but no header repeated, or a part of the table the
  // readers did not take (helpers' page-furniture, typed-table and 决算说明 probes): a table before such a break may go
  // on past it, one after a 续表 may go on from before it — a 合计 on the far side is not read against one part alone.
  for (const t of tables) {
    const after = nonBlankLines(report.text.slice(t.span.end, t.span.end + 600)).slice(0, NEAR_LINES + 1);
    const k = after.findIndex((l) => !(GOES_ON.test(l) || isPageNumber(l) || runningTitle(l)));
    // (Or right after it, a row the reader did not take: `公共文化服务   675.00        0.00   675.00 …` one cell blank
    // under a `-layout` header, where the rows read all had theirs — a helper's 自评报告 table.)
    if ((k > 0 && ROW_LIKE.test(after[k])) || (k === 0 && FIGURES_ROW.test(after[0]))) t.continued = true;
    const before = nonBlankLines(report.text.slice(Math.max(0, t.span.start - 300), t.span.start)).slice(-NEAR_LINES);
    if (before.some((l) => GOES_ON.test(l))) t.continues = true;
  }
}

function nonBlankLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !/^[|\s:-]*$/.test(l));
}

/** A page's running title: a running header's line (page-breaks.ts) naming the body or the report, no row's figure. */
function runningTitle(line: string): boolean {
  return headerLike(line) && !/[\d.]+\s*$/.test(line) && /决算|预算|报告|公开|局|委|院|办|中心|政府/.test(line);
}
