// Code actions as plain edits: each finding's own fix, ignoring a finding with a visible marker, and fixing
// every fixable finding of the file at once (edits never overlap).
import { t } from '../l10n';
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

/** Passes of fix-all at most (each applies one fix and re-analyses the text). */
export const FIX_ALL_PASSES = 30;
/** …and stops re-analysing after this long (a huge report), keeping the fixes made so far. */
export const FIX_ALL_BUDGET_MS = 5000;

interface Applied {
  /** In the original text. */
  start: number;
  end: number;
  newText: string;
}

/**
 * The original-text span of a span of the text after `applied` edits, or undefined when it touches an
 * edited region (a fix of a fix).
 */
function toOriginal(applied: Applied[], span: Span): Span | undefined {
  let shift = 0;
  for (const a of applied) {
    const cs = a.start + shift;
    const ce = cs + a.newText.length;
    if (span.end < cs || (span.end === cs && span.start < span.end)) break;
    if (span.start > ce || (span.start === ce && span.end > span.start)) {
      shift += a.newText.length - (a.end - a.start);
      continue;
    }
    return undefined;
  }
  return { start: span.start - shift, end: span.end - shift };
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

/**
 * Fix all: findings often share one cause (a wrong cell makes its row formula and its column total fail
 * too), and applying all their fixes at once would write contradicting values. So fix one finding at a
 * time, in document order, re-analysing the text after each, until nothing fixable is left; the result is
 * the edits to the original text (never overlapping). Without `reanalyze`, the fixes of the one analysis
 * whose edits do not overlap.
 */
export function fixAllEdits(
  analysis: Analysis,
  reanalyze?: (text: string) => Analysis,
  maxPasses = FIX_ALL_PASSES,
  budgetMs = FIX_ALL_BUDGET_MS,
): { edits: Edit[]; findings: Finding[] } {
  if (!reanalyze) return compatibleFixes(analysis.findings);
  const deadline = Date.now() + budgetMs;
  let text = analysis.report.text;
  let current = analysis;
  const applied: Applied[] = [];
  const skipped = new Set<string>();
  for (let pass = 0; pass < maxPasses && Date.now() < deadline; pass++) {
    let chosen: { finding: Finding; spans: Span[] } | undefined;
    for (const f of current.findings) {
      if (!f.fix || f.fix.edits.length === 0) continue;
      const key = `${f.ruleId}@${toOriginal(applied, f.span)?.start ?? `~${f.span.start}`}`;
      if (skipped.has(key)) continue;
      const spans = f.fix.edits.map((e) => toOriginal(applied, e.span));
      if (spans.some((x) => x === undefined) || conflictsAmong(f.fix.edits)) {
        skipped.add(key);
        continue;
      }
      chosen = { finding: f, spans: spans as Span[] };
      break;
    }
    if (!chosen) break;
    chosen.finding.fix!.edits.forEach((e, i) => applied.push({ ...chosen!.spans[i], newText: e.newText }));
    applied.sort((a, b) => a.start - b.start || a.end - b.end);
    text = applyEdits(text, chosen.finding.fix!.edits);
    current = reanalyze(text);
  }
  const edits = applied.map((a) => ({ span: { start: a.start, end: a.end }, newText: a.newText }));
  const fixedSpans = edits.map((e) => e.span);
  const findings = analysis.findings.filter((f) => f.fix && fixedSpans.some((x) => touches(x, f.span)));
  return { edits, findings };
}

function conflictsAmong(edits: Edit[]): boolean {
  for (let i = 0; i < edits.length; i++) for (let j = i + 1; j < edits.length; j++) if (conflicts(edits[i], edits[j])) return true;
  return false;
}

/**
 * The actions for a range of the document: for each finding it touches, its fix (preferred) and an ignore;
 * then "fix all" as a quick fix (beside a fixable finding, when the file has more than one) and as the
 * source.fixAll action. Fix-all plans carry no edits yet (`fixAll: true`): computing them re-analyses the
 * text, so the server does it only when the action is picked (fixAllEdits).
 */
export function codeActions(analysis: Analysis, range: Span): ActionPlan[] {
  const text = analysis.report.text;
  const plans: ActionPlan[] = [];
  const here = analysis.findings.filter((f) => touches(f.span, range));
  for (const f of here) {
    if (f.fix && f.fix.edits.length) {
      plans.push({ title: f.fix.title, kind: 'quickfix', edits: f.fix.edits, findings: [f], isPreferred: true });
    }
  }
  for (const f of here) {
    plans.push({
      title: t('忽略此问题（在本行加注 jixiao-ignore {0}）', f.ruleId),
      kind: 'quickfix',
      edits: [ignoreEdit(text, f)],
      findings: [f],
    });
  }
  const fixable = analysis.findings.filter((f) => f.fix && f.fix.edits.length);
  const title = t('修复本文件所有可自动修复的问题');
  if (fixable.length > 1 && here.some((f) => f.fix)) {
    plans.push({ title, kind: 'quickfix', edits: [], findings: fixable, fixAll: true });
  }
  if (fixable.length > 0) plans.push({ title, kind: FIX_ALL_KIND, edits: [], findings: fixable, fixAll: true });
  return plans;
}
