// The `.expected` format of the fixture corpus and the projection of an analysis onto it.
// One line per finding at error or warning: `LINE SEVERITY RULE-ID FIGURE` (LINE 1-based, FIGURE the text of
// the finding's range, `-` for a blank cell). Where the figure stands more than once on its line, `FIGURE@N`
// says which: the Nth of them from the left. `# HOLDS: LINE RULE-ID FIGURE[@N] — note` pins a relation that
// must be checked and hold (the construct a fixture is there to show); `# NOT READ YET: LINE RULE-ID FIGURE[@N]
// — why` records one that should and is not yet (it moves to HOLDS once read). Other lines starting with `#` are
// comments; blank lines are ignored. See test/fixtures/README.md.
import type { Analysis } from '../../server/src/report/model';
import { computeLineStarts, positionAt } from '../../server/src/report/lines';

export interface ExpectedLine {
  line: number;
  severity: string;
  ruleId: string;
  figure: string;
  /** `FIGURE@N`: the Nth time the figure stands on its line (written only where it stands there more than once). */
  occurrence?: number;
  /** The line of the .expected file it came from, for error messages. */
  source: number;
}

/**
 * `# HOLDS: LINE RULE-ID FIGURE[@N] — note`: a relation about that figure is checked and holds. `notRead`: written
 * `# NOT READ YET:` — it should be, and jixiao does not read it yet.
 */
export interface HeldLine {
  line: number;
  ruleId: string;
  figure: string;
  occurrence?: number;
  note: string;
  source: number;
  notRead?: boolean;
}

/** `79.4@2` → figure `79.4`, occurrence 2; a figure without `@N` as it is. */
export function splitOccurrence(text: string): { figure: string; occurrence?: number } {
  const m = /^(.+?)@([1-9]\d*)$/.exec(text.trim());
  return m ? { figure: m[1].trim(), occurrence: Number(m[2]) } : { figure: text.trim() };
}

const HOLDS = /^#\s*(HOLDS|NOT READ YET):\s*(\d+)\s+(\S+)\s+(.+?)(?:\s+—\s*(.*))?$/;

export function parseExpected(content: string): { lines: ExpectedLine[]; holds: HeldLine[]; problems: string[] } {
  const lines: ExpectedLine[] = [];
  const holds: HeldLine[] = [];
  const problems: string[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (/^#\s*(HOLDS|NOT READ YET)\b/.test(s)) {
      const h = HOLDS.exec(s);
      if (!h) problems.push(`line ${i + 1}: not "# HOLDS: LINE RULE-ID FIGURE — note": ${raw}`);
      else {
        const held: HeldLine = { line: Number(h[2]), ruleId: h[3], ...splitOccurrence(h[4]), note: h[5] ?? '', source: i + 1 };
        holds.push(h[1] === 'HOLDS' ? held : { ...held, notRead: true });
      }
      return;
    }
    if (s === '' || s.startsWith('#')) return;
    const m = /^(\d+)\s+(\S+)\s+(\S+)\s+(.+)$/.exec(s);
    if (!m) {
      problems.push(`line ${i + 1}: not "LINE SEVERITY RULE-ID FIGURE": ${raw}`);
      return;
    }
    lines.push({ line: Number(m[1]), severity: m[2], ruleId: m[3], ...splitOccurrence(m[4]), source: i + 1 });
  });
  return { lines, holds, problems };
}

export function formatExpected(e: Pick<ExpectedLine, 'line' | 'severity' | 'ruleId' | 'figure' | 'occurrence'>): string {
  return `${e.line} ${e.severity} ${e.ruleId} ${e.figure}${e.occurrence ? `@${e.occurrence}` : ''}`;
}

const DIGIT = /[0-9０-９]/;

/**
 * Where `figure` stands on `lineText` as a figure of its own (not inside a longer number: the `2` of `2万元`, not
 * of `2023` or `1.2`): the offsets within the line, left to right.
 */
export function figureOffsets(lineText: string, figure: string): number[] {
  const out: number[] = [];
  if (figure === '' || figure === '-') return out;
  const numberStart = DIGIT.test(figure[0]);
  const numberEnd = DIGIT.test(figure[figure.length - 1]);
  for (let at = lineText.indexOf(figure); at >= 0; at = lineText.indexOf(figure, at + 1)) {
    const before = lineText[at - 1] ?? '';
    const after = lineText[at + figure.length] ?? '';
    const next = lineText[at + figure.length + 1] ?? '';
    if (numberStart && (DIGIT.test(before) || /[.．]/.test(before) || (/[,，]/.test(before) && DIGIT.test(lineText[at - 2] ?? '')))) continue;
    if (numberEnd && (DIGIT.test(after) || (/[.．,]/.test(after) && DIGIT.test(next)))) continue;
    out.push(at);
  }
  return out;
}

/** The `@N` of a figure at `offset` within its line: undefined where the figure stands there only once. */
export function occurrenceAt(lineText: string, figure: string, offset: number): number | undefined {
  const all = figureOffsets(lineText, figure);
  if (all.length < 2) return undefined;
  const n = all.indexOf(offset);
  return n < 0 ? undefined : n + 1;
}

/** The text of the 1-based `line` of `text` (without its line break). */
export function lineOf(text: string, starts: number[], line: number): string {
  return text.slice(starts[line - 1], line < starts.length ? starts[line] : text.length).replace(/[\r\n]+$/, '');
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
  /** Which of several equal figures on the line (1-based, left to right); undefined when it stands there once. */
  occurrence?: number;
  message: string;
}

/** A span as a `.expected` line addresses it: line, figure text and, among equal figures on the line, which. */
export function placeOf(text: string, starts: number[], start: number, end: number): { line: number; figure: string; occurrence?: number } {
  const line = positionAt(starts, start).line + 1;
  const figure = figureText(text, start, end);
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const occurrence = occurrenceAt(lineOf(text, starts, line), figure, start + lead - starts[line - 1]);
  return occurrence === undefined ? { line, figure } : { line, figure, occurrence };
}

export function seenFindings(text: string, analysis: Analysis): Seen[] {
  const starts = computeLineStarts(text);
  return analysis.findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => ({
      ...placeOf(text, starts, f.span.start, f.span.end),
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
    }));
}

/** The relations checked and holding, addressed as `# HOLDS:` lines address them (`LINE RULE-ID FIGURE[@N]`). */
export function heldKeys(text: string, analysis: Analysis): Set<string> {
  const starts = computeLineStarts(text);
  const keys = new Set<string>();
  for (const c of analysis.checks) {
    if (!c.holds) continue;
    const p = placeOf(text, starts, c.target.start, c.target.end);
    keys.add(heldKey({ ...p, ruleId: c.ruleId }));
  }
  return keys;
}

export function heldKey(h: { line: number; ruleId: string; figure: string; occurrence?: number }): string {
  return `${h.line} ${h.ruleId} ${h.figure}${h.occurrence ? `@${h.occurrence}` : ''}`;
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
