// The real set (test/fixtures/real/): excerpts of published reports, each with the slips a reader found by hand.
// Their `.expected` differ from the written corpus's in two ways, because real text decides what is wrong and
// not which of a relation's figures a checker should blame:
//   LINE SEVERITY RULE FIGURE[|FIGURE…]                      a slip jixiao reports (at any of those figures)
//   # KNOWN MISS: LINE SEVERITY RULE FIGURE[|FIGURE…] — why   a slip jixiao does not report yet
//   # KNOWN FALSE ALARM: LINE RULE FIGURE — why              a finding of jixiao's on a right figure, not fixed yet
// A relation printed over two lines (a PDF's wrapped sentence) may name a figure of another line as `LINE:FIGURE`
// (`5 error growth 75800|6:50.63`: the amount on line 5, or the rate on line 6).
// Where equal figures share a line, `FIGURE@N` names the Nth from the left (as in the written corpus's format).
// A slip is found when a finding at error or warning starts on its line with one of its figures as its text.
// Every other finding at error or warning is a false alarm. Rule and severity are the reader's reading, shown
// with a miss; they do not decide a match.
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { analyze } from '../../server/src/analyze';
import { decodeReport } from '../../server/src/io/decode';
import { computeLineStarts, positionAt } from '../../server/src/report/lines';
import type { Analysis } from '../../server/src/report/model';
import { figureText, seenFindings, splitOccurrence, type Seen } from './expected';

export { seenFindings, type Seen };

export const realDir = join(__dirname, '..', 'fixtures', 'real');

export interface Slip {
  line: number;
  severity: string;
  ruleId: string;
  figures: string[];
  /** Written as a KNOWN MISS. */
  knownMiss: boolean;
  /** Line of the .expected file. */
  source: number;
}

export interface KnownFalseAlarm {
  line: number;
  ruleId: string;
  figure: string;
}

export interface RealExpected {
  slips: Slip[];
  knownFalseAlarms: KnownFalseAlarm[];
  problems: string[];
}

const SLIP = /^(\d+)\s+(error|warning)\s+(\S+)\s+(\S+)\s*$/;
const MISS = /^#\s*KNOWN MISS[^:]*:\s*(\d+)\s+(error|warning)\s+(\S+)\s+(\S+)/;
const FALSE_ALARM = /^#\s*KNOWN FALSE ALARM:\s*(\d+)\s+(\S+)\s+(\S+)/;

export function parseRealExpected(content: string): RealExpected {
  const out: RealExpected = { slips: [], knownFalseAlarms: [], problems: [] };
  content.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (s === '') return;
    const slip = SLIP.exec(s) ?? MISS.exec(s);
    if (slip) {
      out.slips.push({
        line: Number(slip[1]),
        severity: slip[2],
        ruleId: slip[3],
        figures: slip[4].split('|'),
        knownMiss: s.startsWith('#'),
        source: i + 1,
      });
      return;
    }
    const fa = FALSE_ALARM.exec(s);
    if (fa) {
      out.knownFalseAlarms.push({ line: Number(fa[1]), ruleId: fa[2], figure: fa[3] });
      return;
    }
    if (!s.startsWith('#')) out.problems.push(`line ${i + 1}: not "LINE SEVERITY RULE FIGURE": ${raw}`);
    else if (/^#\s*KNOWN/.test(s)) out.problems.push(`line ${i + 1}: a KNOWN line not in the form of test/corpus/real.ts: ${raw}`);
  });
  return out;
}

/** Each line and figure a slip may be reported at: `FIGURE` on the slip's line, `LINE:FIGURE` on another. */
export function placesOf(slip: Slip): Array<{ line: number; figure: string; occurrence?: number }> {
  return slip.figures.map((f) => {
    const m = /^(\d+):(.+)$/.exec(f);
    return m ? { line: Number(m[1]), ...splitOccurrence(m[2]) } : { line: slip.line, ...splitOccurrence(f) };
  });
}

export const matches = (slip: Slip, seen: Seen) =>
  placesOf(slip).some((p) => p.line === seen.line && p.figure === seen.figure && (p.occurrence === undefined || p.occurrence === seen.occurrence));

/** Figures that took part in a relation jixiao checked (as targets or operands): start → end. */
export function figuresChecked(analysis: Analysis): Map<number, number> {
  const at = new Map<number, number>();
  for (const c of analysis.checks) {
    at.set(c.target.start, c.target.end);
    for (const o of c.operands) if (o.span) at.set(o.span.start, o.span.end);
  }
  return at;
}

export interface Scored {
  name: string;
  slips: Slip[];
  found: Slip[];
  missed: Slip[];
  falseAlarms: Seen[];
  /** Figures checked that are not slips. */
  rightChecked: number;
}

export function score(name: string, text: string, analysis: Analysis, slips: Slip[]): Scored {
  const seen = seenFindings(text, analysis);
  const found = slips.filter((s) => seen.some((f) => matches(s, f)));
  const missed = slips.filter((s) => !found.includes(s));
  const falseAlarms = seen.filter((f) => !slips.some((s) => matches(s, f)));
  const starts = computeLineStarts(text);
  let rightChecked = 0;
  for (const [start, end] of figuresChecked(analysis)) {
    const line = positionAt(starts, start).line + 1;
    const figure = figureText(text, start, end);
    if (!slips.some((s) => placesOf(s).some((p) => p.line === line && p.figure === figure))) rightChecked++;
  }
  return { name, slips, found, missed, falseAlarms, rightChecked };
}

export interface RealReport {
  name: string;
  path: string;
  expectedPath: string;
}

export function realReports(dir = realDir): RealReport[] {
  return readdirSync(dir)
    .filter((f) => (extname(f) === '.txt' || extname(f) === '.md') && !f.startsWith('SOURCES'))
    .sort()
    .map((f) => ({ name: f, path: join(dir, f), expectedPath: join(dir, basename(f, extname(f)) + '.expected') }));
}

export function loadReal(r: RealReport): { text: string; expected: RealExpected; analysis: Analysis } {
  const decoded = decodeReport(readFileSync(r.path));
  if (!decoded.ok) throw new Error(`${r.name}: ${decoded.reason}`);
  const expected = parseRealExpected(readFileSync(r.expectedPath, 'utf8'));
  const analysis = analyze(decoded.text, { format: extname(r.path) === '.md' ? 'md' : 'txt' });
  return { text: decoded.text, expected, analysis };
}
