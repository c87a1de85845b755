// The `.expected` format of the fixture corpus and the projection of an analysis onto it.
// One line per finding at error or warning: `LINE SEVERITY RULE-ID FIGURE` (LINE 1-based, FIGURE the text of
// the finding's range, `-` for a blank cell). Lines starting with `#` are comments; blank lines are ignored.
import type { Analysis } from '../../server/src/report/model';
import { computeLineStarts, positionAt } from '../../server/src/report/lines';

export interface ExpectedLine {
  line: number;
  severity: string;
  ruleId: string;
  figure: string;
  /** The line of the .expected file it came from, for error messages. */
  source: number;
}

export function parseExpected(content: string): { lines: ExpectedLine[]; problems: string[] } {
  const lines: ExpectedLine[] = [];
  const problems: string[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (s === '' || s.startsWith('#')) return;
    const m = /^(\d+)\s+(\S+)\s+(\S+)\s+(.+)$/.exec(s);
    if (!m) {
      problems.push(`line ${i + 1}: not "LINE SEVERITY RULE-ID FIGURE": ${raw}`);
      return;
    }
    lines.push({ line: Number(m[1]), severity: m[2], ruleId: m[3], figure: m[4].trim(), source: i + 1 });
  });
  return { lines, problems };
}

export function formatExpected(e: Pick<ExpectedLine, 'line' | 'severity' | 'ruleId' | 'figure'>): string {
  return `${e.line} ${e.severity} ${e.ruleId} ${e.figure}`;
}

/** The figure text of a span as the .expected file writes it. */
export function figureText(text: string, start: number, end: number): string {
  const s = text.slice(start, end).trim();
  return s === '' ? '-' : s;
}

export interface Projected {
  key: string;
  message: string;
}

/** A finding at error or warning, as a `.expected` line sees it. */
export interface Seen {
  line: number;
  ruleId: string;
  severity: string;
  figure: string;
  message: string;
}

export function seenFindings(text: string, analysis: Analysis): Seen[] {
  const starts = computeLineStarts(text);
  return analysis.findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({
      line: positionAt(starts, f.span.start).line + 1,
      ruleId: f.ruleId,
      severity: f.severity,
      figure: figureText(text, f.span.start, f.span.end),
      message: f.message,
    }));
}

/** Findings at error or warning, as `.expected` lines (with their messages, to explain a difference). */
export function projectFindings(text: string, analysis: Analysis): Projected[] {
  return seenFindings(text, analysis).map((s) => ({ key: formatExpected(s), message: s.message }));
}

/** Sorts `.expected` lines by line number, then text. */
export function compareKeys(a: string, b: string): number {
  const la = parseInt(a, 10);
  const lb = parseInt(b, 10);
  return la - lb || (a < b ? -1 : a > b ? 1 : 0);
}
