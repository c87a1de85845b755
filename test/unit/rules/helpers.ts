// What a user sees of a report's findings, for the rule tests: rule id, severity, 1-based line, the text the
// squiggle covers, the message, and the quick fix's replacement. Plus the relations the analysis checked, so
// a "no finding" test can also show that the sentence was read at all (and did not pass by being ignored).
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/analyze';
import { positionAt } from '../../../server/src/report/lines';
import type { Edit, RuleSetting } from '../../../server/src/report/model';

export const TITLE = '2023年度部门整体支出绩效自评报告';

/** A report: the title line, a blank line, then `lines` (so the first of them is line 3). */
export function doc(...lines: string[]): string {
  return [TITLE, '', ...lines].join('\n');
}

export interface Seen {
  rule: string;
  severity: string;
  /** 1-based line where the finding's range starts. */
  line: number;
  /** The text the finding's range covers. */
  figure: string;
  message: string;
  /** The replacement text the quick fix offers (first edit), if any. */
  fix?: string;
  fixTitle?: string;
  edits: Edit[];
  /** The text of each related location (the figures used). */
  related: string[];
}

type Format = 'txt' | 'md';

export function findings(text: string, format: Format = 'txt', rules?: Record<string, RuleSetting>): Seen[] {
  const { report, findings: found } = analyze(text, { format, ...(rules ? { rules } : {}) });
  return found.map((f) => ({
    rule: f.ruleId,
    severity: f.severity,
    line: positionAt(report.lineStarts, f.span.start).line + 1,
    figure: text.slice(f.span.start, f.span.end),
    message: f.message,
    ...(f.fix ? { fix: f.fix.edits[0]?.newText, fixTitle: f.fix.title } : {}),
    edits: f.fix?.edits ?? [],
    related: f.related.map((r) => text.slice(r.span.start, r.span.end)),
  }));
}

/** `LINE SEVERITY RULE FIGURE`, one per finding, as in the fixtures' .expected files. */
export function summary(text: string, format: Format = 'txt'): string[] {
  return findings(text, format).map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure}`);
}

/** The one finding of the text (fails when there are none or several). */
export function only(text: string, format: Format = 'txt'): Seen {
  const all = findings(text, format);
  assert.equal(all.length, 1, `expected one finding, got ${JSON.stringify(summary(text, format))}`);
  return all[0];
}

/** The text after applying the finding's quick fix. */
export function applyFix(text: string, finding: Seen): string {
  assert.ok(finding.edits.length > 0, `finding has no fix: ${finding.message}`);
  let out = text;
  for (const e of [...finding.edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

export interface Checked {
  rule: string;
  figure: string;
  holds: boolean;
}

/** The relations the analysis evaluated, holding or not. */
export function checks(text: string, format: Format = 'txt'): Checked[] {
  const { checks: all } = analyze(text, { format });
  return all.map((c) => ({ rule: c.ruleId, figure: text.slice(c.target.start, c.target.end), holds: c.holds }));
}

/**
 * The text is consistent: no finding at all, and `rule` did read the relation on `figure` and found it
 * holding (so the sentence was understood, not skipped).
 */
export function assertConsistent(text: string, rule: string, figure: string, format: Format = 'txt'): void {
  assert.deepEqual(summary(text, format), []);
  const mine = checks(text, format).filter((c) => c.rule === rule && c.figure === figure);
  assert.ok(mine.length > 0, `${rule} did not check ${figure}: ${JSON.stringify(checks(text, format))}`);
  assert.ok(mine.every((c) => c.holds), `${rule} on ${figure} does not hold`);
}

/** A table pasted from Word into a .txt: each cell a line starting with a TAB, a blank line after each row. */
export function cellTable(rows: string[][]): string[] {
  return rows.flatMap((cells) => [...cells.map((c) => `\t${c}`), '']);
}

/** A table with one row per line and TABs between the cells. */
export function rowTable(rows: string[][]): string[] {
  return rows.map((cells) => cells.join('\t'));
}

/** A Markdown pipe table (header, delimiter row, body). */
export function pipeTable(rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)];
}
