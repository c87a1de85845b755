// Code actions as plain edits: each finding's own fix, ignoring a finding (an entry in the `.jixiao-ignore` file
// beside the report, or a visible marker in its line), and fixing every fixable finding of the file at once
// (edits never overlap).
import { t } from '../l10n';
import { addIgnoreEdit, IGNORE_FILE_NAME, storedIgnoreFor } from '../report/ignores';
import type { Analysis, Edit, Finding, Span } from '../report/model';
import { overlaps } from './figures';

export const FIX_ALL_KIND = 'source.fixAll.jixiao';

export interface ActionPlan {
  title: string;
  kind: 'quickfix' | typeof FIX_ALL_KIND;
  edits: Edit[];
  /** The findings the action resolves. */
  findings: Finding[];
  isPreferred?: boolean;
  /** Fix all: the edits are computed when the action is picked (fixAllEdits). */
  fixAll?: boolean;
  /** Ignore into the ignore file: edits to that file's text (`edits` is then empty); create it first when new. */
  ignoreFile?: { edits: Edit[]; create: boolean };
}

/** Where "ignore" records a finding, when not in the text: the ignore file beside the report. */
export interface IgnoreFileTarget {
  /** The report's file name, as the entry names it. */
  reportName: string;
  /** The ignore file's text; undefined when it does not exist yet. */
  text: string | undefined;
}

/** The first line of a new ignore file (a comment). */
export function ignoreFileHeader(): string {
  return t('# jixiao 已忽略的检查结果：每行一条（报告文件、规则、数字、所在行的文字）；删去一行即恢复该项检查');
}

function touches(a: Span, b: Span): boolean {
  return overlaps(a, b) || (a.start <= b.end && b.start <= a.end);
}

/** Edits conflict when they overlap, start at the same point, or one inserts inside the other's range. */
function conflicts(a: Edit, b: Edit): boolean {
  if (a.span.start === b.span.start) return true;
  const [first, second] = a.span.start < b.span.start ? [a, b] : [b, a];
  return second.span.start < first.span.end;
}

/** The end of the line holding `offset`, before its line break. */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Adds the rule to the line's existing `<!-- jixiao-ignore … -->`, or appends a new marker to the line. */
export function ignoreEdit(text: string, finding: Finding): Edit {
  const start = lineStart(text, finding.span.start);
  const end = lineEnd(text, finding.span.start);
  const line = text.slice(start, end);
  const m = /<!--\s*jixiao-ignore\b([^>]*?)\s*-->/.exec(line);
  if (m) {
    const close = start + m.index + m[0].lastIndexOf('-->');
    let at = close;
    while (at > start && text[at - 1] === ' ') at--;
    return { span: { start: at, end: at }, newText: ` ${finding.ruleId}` };
  }
  return { span: { start: end, end }, newText: ` <!-- jixiao-ignore ${finding.ruleId} -->` };
}

/** A set of fixes whose edits do not overlap, in document order; later conflicting fixes are left out. */
export function compatibleFixes(findings: Finding[]): { edits: Edit[]; findings: Finding[] } {
  const taken: Edit[] = [];
  const used: Finding[] = [];
  const fixable = findings.filter((f) => f.fix && f.fix.edits.length > 0);
  fixable.sort((a, b) => a.fix!.edits[0].span.start - b.fix!.edits[0].span.start);
  for (const f of fixable) {
    const edits = f.fix!.edits;
    if (edits.some((e) => taken.some((x) => conflicts(e, x)))) continue;
    taken.push(...edits);
    used.push(f);
  }
  taken.sort((a, b) => a.span.start - b.span.start);
  return { edits: taken, findings: used };
}

/**
 * Fix all: the fixes of the findings now shown, in one pass, leaving out any fix computed from a figure that
 * is itself flagged (a wrong cell also upsets its column's 合计: fixing the 合计 from the wrong cell would
 * write a second wrong number) and any whose edits overlap an earlier one. Nothing but flagged figures
 * changes; what is left is shown again, for the user to look at.
 */
export function fixAllEdits(analysis: Analysis): { edits: Edit[]; findings: Finding[] } {
  const flagged = analysis.findings.map((f) => f.span);
  const independent = analysis.findings.filter(
    (f) => f.fix && !f.related.some((r) => flagged.some((s) => touches(s, r.span))),
  );
  return compatibleFixes(independent);
}

/**
 * The actions for a range of the document: for each finding it touches, its fix (preferred) and an ignore (into
 * `ignoreFile` when given, else a marker in the line);
 * then "fix all" as a quick fix (beside a fixable finding, when the file has more than one) and as the
 * source.fixAll action. Fix-all plans carry no edits yet (`fixAll: true`): computing them re-analyses the
 * text, so the server does it only when the action is picked (fixAllEdits).
 */
export function codeActions(analysis: Analysis, range: Span, ignoreFile?: IgnoreFileTarget): ActionPlan[] {
  const text = analysis.report.text;
  const plans: ActionPlan[] = [];
  const here = analysis.findings.filter((f) => touches(f.span, range));
  for (const f of here) {
    if (f.fix && f.fix.edits.length) {
      plans.push({ title: f.fix.title, kind: 'quickfix', edits: f.fix.edits, findings: [f], isPreferred: true });
    }
  }
  for (const f of here) {
    if (ignoreFile) {
      const entry = storedIgnoreFor(analysis.report, f, ignoreFile.reportName);
      plans.push({
        title: t('忽略此问题（记入 {0}，报告正文不变）', IGNORE_FILE_NAME),
        kind: 'quickfix',
        edits: [],
        ignoreFile: { edits: [addIgnoreEdit(ignoreFile.text, entry, ignoreFileHeader())], create: ignoreFile.text === undefined },
        findings: [f],
      });
      continue;
    }
    plans.push({
      title: t('忽略此问题（在本行加注 jixiao-ignore {0}）', f.ruleId),
      kind: 'quickfix',
      edits: [ignoreEdit(text, f)],
      findings: [f],
    });
  }
  const fixable = analysis.findings.filter((f) => f.fix && f.fix.edits.length);
  const title = t('修复本文件所有可自动修复的问题');
  // (computed when picked: fixAllEdits)
  if (fixable.length > 1 && here.some((f) => f.fix)) {
    plans.push({ title, kind: 'quickfix', edits: [], findings: fixable, fixAll: true });
  }
  if (fixable.length > 0) plans.push({ title, kind: FIX_ALL_KIND, edits: [], findings: fixable, fixAll: true });
  return plans;
}
