// The relations a rule found in one table, kept with the table (blocks.ts) and given again while the table is
// the same: an edit elsewhere does not check the table again (issue #12).
//
// Only for rules that read each table on its own, in document order, and nothing else of the report: their
// output over the report is the concatenation of their outputs over each table alone. A rule that comes to read
// beyond its table (another table, the prose, the section) must leave TABLE_LOCAL: the property test
// (test/unit/incremental/incremental.test.ts) compares the findings with a fresh analysis after every edit.
import type { Check, Report, Table } from '../report/model';
import type { Rule, RuleOutput } from '../rules/rule';
import type { BlockCache } from './blocks';
import { collectOffsets, emptyOffsets } from './shift';

export const TABLE_LOCAL = new Set(['column-kind', 'table-row-formula', 'table-blank-adjustment', 'table-total']);

type Reported = Parameters<RuleOutput['report']>[0];

interface Memo {
  checks: Check[];
  findings: Reported[];
  /** What the relations depend on besides the table's text: see inputsOf. */
  inputs: string;
  /** The message bundle in use (messages are built in the editor's language). */
  messages: unknown;
}

const memos = new WeakMap<Table, Map<string, Memo>>();

const messages = () => (globalThis as { jixiaoL10nContents?: unknown }).jixiaoL10nContents;

/**
 * What a table's relations read that is set on the table after it is built: whether the text ends with it, and
 * which figures are read at whole-unit precision (report/money-precision.ts, a decision over the whole text).
 */
function inputsOf(table: Table, report: Report): string {
  const known = inputs.get(table);
  if (known?.report === report) return known.inputs;
  let s = (table.endsText ? 'e' : '-') + (table.continued ? 'c' : '-') + (table.continues ? 'C' : '-');
  for (const row of table.rows) for (const cell of row.cells) if (cell.quantity) s += cell.quantity.coarse ? '1' : '0';
  inputs.set(table, { report, inputs: s });
  return s;
}

/** inputsOf, once per table and report (the table rules ask for it in turn). */
const inputs = new WeakMap<Table, { report: Report; inputs: string }>();

/** Runs `rule` over the report, table by table, giving each kept table's relations again where they still hold. */
export function runByTable(rule: Rule, report: Report, out: RuleOutput, blocks: BlockCache): void {
  for (const table of report.tables) {
    const kept = blocks.keptOf(table);
    const now = inputsOf(table, report);
    const memo = kept ? memos.get(table)?.get(rule.id) : undefined;
    if (memo && memo.inputs === now && memo.messages === messages()) {
      for (const c of memo.checks) out.check(c);
      for (const f of memo.findings) out.report(f);
      continue;
    }
    const checks: Check[] = [];
    const findings: Reported[] = [];
    rule.run({ ...report, tables: [table], rowStreams: [] }, {
      check(c) {
        checks.push(c);
        out.check(c);
      },
      report(f) {
        findings.push(f);
        out.report(f);
      },
    });
    if (!kept) continue;
    // The relations' own offsets (spans they made rather than took from the table) move with the table.
    const offsets = emptyOffsets();
    collectOffsets([checks, findings], new Set(), offsets, new Set<object>([...kept.offsets.spans, ...kept.offsets.insertAts]));
    const { start, end } = table.span;
    if (offsets.spans.some((s) => s.start < start || s.end > end) || offsets.insertAts.length || offsets.docStarts.length) continue;
    kept.extra.set(rule.id, offsets);
    let byRule = memos.get(table);
    if (!byRule) memos.set(table, (byRule = new Map()));
    byRule.set(rule.id, { checks, findings, inputs: now, messages: messages() });
  }
  // What the rule reads outside the tables (table-total: figure streams of plain pdftotext tables), after them as in
  // a whole run.
  if (report.rowStreams?.length) rule.run({ ...report, tables: [] }, out);
}
