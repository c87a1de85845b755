// Ignores kept out of the report's text: a `.jixiao-ignore` file beside the report, one ignore per line as JSON
// (`{"file":"年度总结.txt","rule":"sum-of-parts","figure":"0.8351","line":"…公务接待费0.8351万元。"}`), `#` lines
// are comments. An ignore names the figure and the whole text of its line, not a line number: it survives edits
// elsewhere in the report, and lapses when that line itself changes. Plain logic: reading and writing the file is
// the caller's (the language server, the CLI).
import type { Edit, Finding, Report } from './model';
import { lineTextOf, positionAt } from './lines';

export const IGNORE_FILE_NAME = '.jixiao-ignore';

export interface StoredIgnore {
  /** The report's file name (the ignore file lies beside it). */
  file: string;
  rule: string;
  /** The flagged figure as printed. */
  figure: string;
  /** The text of the figure's line, trimmed. */
  line: string;
}

function isIgnore(v: unknown): v is StoredIgnore {
  const o = v as Record<string, unknown>;
  return typeof v === 'object' && v !== null && ['file', 'rule', 'figure', 'line'].every((k) => typeof o[k] === 'string');
}

/** The ignores in a `.jixiao-ignore` file's text; comments, blank and unreadable lines are skipped. */
export function parseIgnoreFile(text: string): StoredIgnore[] {
  const out: StoredIgnore[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line.startsWith('{')) continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isIgnore(v)) out.push({ file: v.file.normalize('NFC'), rule: v.rule, figure: v.figure, line: v.line });
    } catch {
      // a line the user broke: skipped, the others still apply
    }
  }
  return out;
}

/** The ignores of one report, by its file name. */
export function ignoresOfFile(ignores: readonly StoredIgnore[], fileName: string): StoredIgnore[] {
  const name = fileName.normalize('NFC');
  return ignores.filter((i) => i.file === name);
}

function lineTextAt(report: Pick<Report, 'text' | 'lineStarts'>, offset: number): string {
  return lineTextOf(report.text, report.lineStarts, positionAt(report.lineStarts, offset).line).trim();
}

function figureOf(report: Pick<Report, 'text' | 'lineStarts'>, finding: Finding): string {
  return report.text.slice(finding.span.start, finding.span.end).split(/\r|\n/)[0].trim();
}

/** The entry that ignores `finding` of the report named `file`. */
export function storedIgnoreFor(report: Pick<Report, 'text' | 'lineStarts'>, finding: Finding, file: string): StoredIgnore {
  return { file: file.normalize('NFC'), rule: finding.ruleId, figure: figureOf(report, finding), line: lineTextAt(report, finding.span.start) };
}

/** The findings no stored ignore names (same rule, same figure, same line text). */
export function withoutStoredIgnores(report: Report, findings: Finding[], ignores: readonly StoredIgnore[] | undefined): Finding[] {
  if (!ignores?.length) return findings;
  const keys = new Set(ignores.map((i) => `${i.rule}\u0000${i.figure}\u0000${i.line}`));
  return findings.filter((f) => !keys.has(`${f.ruleId}\u0000${figureOf(report, f)}\u0000${lineTextAt(report, f.span.start)}`));
}

/** One line of the file. */
export function ignoreFileLine(entry: StoredIgnore): string {
  return JSON.stringify({ file: entry.file, rule: entry.rule, figure: entry.figure, line: entry.line });
}

/**
 * The edit to the ignore file's text that adds `entry`: appended as a line; a new (or empty) file gets
 * `header` first. `text` undefined: the file does not exist yet.
 */
export function addIgnoreEdit(text: string | undefined, entry: StoredIgnore, header: string): Edit {
  const line = ignoreFileLine(entry);
  const end = text?.length ?? 0;
  if (!text || text.trim() === '') return { span: { start: 0, end }, newText: `${header}\n${line}\n` };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newText = /[\r\n]$/.test(text) ? `${line}${eol}` : `${eol}${line}${eol}`;
  return { span: { start: end, end }, newText };
}
