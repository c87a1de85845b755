// The one entry point of the analysis core: text → Report → checks and findings.
import type { Analysis, AnalyzeOptions, Check, Finding, Report, Span } from './report/model';
import { computeLineStarts, positionAt } from './report/lines';
import { withoutStoredIgnores } from './report/ignores';
import { parseReport } from './report/parse';
import { placeholdersOf } from './report/placeholders';
import { readable } from './report/simplified';
import { SpanMap } from './report/span-map';
import { rules } from './rules/catalogue';
import { checksByTarget, withoutBlameOnFlagged } from './flagged-blame';
import { blameCrossing } from './cross-blame';
import type { Rule, RuleOutput } from './rules/rule';
import { t } from './l10n';
import { checkDeadline } from './deadline';
import { AnalysisCancelled } from './cancel';

const strict = typeof process !== 'undefined' && process.env?.JIXIAO_STRICT === '1';

/**
 * How an analysis parses and runs each rule: by default parseReport and rule.run; server/src/incremental/ keeps
 * the blocks and relations an edit did not touch (the findings are the same).
 */
export interface AnalysisHooks {
  parse(text: string, format: 'txt' | 'md'): Report;
  run(rule: Rule, report: Report, out: RuleOutput): void;
}

export function analyze(text: string, options: AnalyzeOptions = {}, hooks?: AnalysisHooks): Analysis {
  const steps = analysisSteps(text, options, hooks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * analyze(), giving the event loop a turn between its steps (the parse, each rule, the sorting out of the
 * findings), so that a newer edit can arrive meanwhile: when `stale()` then says the text is outdated, the
 * analysis ends with AnalysisCancelled instead of finishing work nobody will see (issue #12: typing never queues
 * work). A step already running is not interrupted.
 */
export async function analyzeUnlessStale(text: string, options: AnalyzeOptions, stale: () => boolean, hooks?: AnalysisHooks): Promise<Analysis> {
  const steps = analysisSteps(text, options, hooks);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
    if (stale()) throw new AnalysisCancelled();
  }
}

/** The analysis as a sequence of steps: it pauses (yields) after the parse and after each rule. */
function* analysisSteps(text: string, options: AnalyzeOptions, hooks?: AnalysisHooks): Generator<void, Analysis, void> {
  const report = safeParse(text, options.format ?? 'txt', hooks);
  yield;
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const taken = new SpanMap<true>();
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    checkDeadline(options.deadline);
    const out = {
      check(c: Check) {
        checks.push(c);
      },
      report(f: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Finding['severity'] }) {
        // One finding per figure: the earlier rule in the catalogue (the more specific one) wins.
        if (taken.has(f.span)) return;
        taken.set(f.span, true);
        findings.push({ ...f, ruleId: rule.id, severity: setting ?? f.severity ?? rule.severity });
      },
    };
    try {
      if (hooks) hooks.run(rule, report, out);
      else rule.run(report, out);
    } catch (error) {
      // A rule that trips over odd input must not take the others down; its findings are simply absent. The
      // tests run with JIXIAO_STRICT=1 so that such a slip fails them instead of passing unseen.
      if (strict) throw error;
    }
    yield;
  }
  checkDeadline(options.deadline);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const failing = checksByTarget(checks, false);
  const shown = unsuppressed(report, withoutDisputedFixes(withoutBlameOnFlagged(blameCrossing(text, outsideUnfinished(report, findings), failing, checks), failing, checks), checks, failing));
  return { report, checks, findings: withoutStoredIgnores(report, shown, options.ignores) };
}

/** Relations that, when they hold, vouch for their figures' values (every rule's but the direction of a word). */
const CORROBORATES = new Set(rules.map((r) => r.id).filter((id) => id !== 'comparison-word'));

/**
 * A fix is offered only where one value can be computed. When the flagged figure also takes part in a
 * relation that holds (412.87 ≠ 340.33 + 71.05, but 428.37 = 412.87 + 15.5 holds), replacing it would break
 * that relation: the slip may as well be elsewhere, so the finding keeps its message and loses its fix.
 */
function withoutDisputedFixes(findings: Finding[], checks: Check[], failing: SpanMap<Check[]>): Finding[] {
  // Only the figures a fix would replace are looked for among the relations that hold (null: none found
  // yet): the first such relation to name one, as target or operand, is the one the message cites.
  const corroborated = new SpanMap<Check | null>();
  for (const f of findings) if (f.fix) for (const e of f.fix.edits) corroborated.set(e.span, null);
  const corroborate = (span: Span, c: Check) => {
    if (corroborated.get(span) === null) corroborated.set(span, c);
  };
  for (const c of checks) {
    // A direction word that agrees with its figure's sign (增加…增长) says nothing of the figure's value.
    if (!c.holds || c.bound || !CORROBORATES.has(c.ruleId)) continue;
    // `事业收入0万元，占0%`: a share of nothing holds whatever the whole is, and vouches for none of it.
    if (c.stated.value.isZero()) continue;
    corroborate(c.target, c);
    for (const o of c.operands) if (o.span) corroborate(o.span, c);
  }
  // A figure two failing relations of its rule compute differently (a 合计 that is neither its 其中 rows' sum nor
  // its item rows'): either value would leave the other relation failing, so neither is offered as the fix.
  const disagree = (f: Finding) => {
    const same = (failing.get(f.span) ?? []).filter((c) => c.ruleId === f.ruleId);
    const shown = (c: Check) => c.computed.toDecimalPlaces(Math.max(c.stated.decimals, 2)).toString();
    return same.some((c) => shown(c) !== shown(same[0]));
  };
  return findings.map((f) => {
    if (!f.fix) return f;
    if (disagree(f)) {
      const { fix: _dropped, ...rest } = f;
      return rest;
    }
    let by: Check | null | undefined;
    for (const e of f.fix.edits) {
      by = corroborated.get(e.span);
      if (by) break;
    }
    if (!by) return f;
    const { fix: _dropped, ...rest } = f;
    const note = t('；但{0}（{1}）相符，差错也可能在其他数字', by.targetLabel, by.formula);
    return { ...rest, message: rest.message + note, related: [...rest.related, { span: by.target, message: by.targetLabel }] };
  });
}

/**
 * A sentence that still has a placeholder or a blank slot is a template half filled in: the relations the missing
 * figure belongs to cannot be read, so none of those is reported in it (the placeholder hint says what is
 * missing). A blank share (`商品和服务支出预算75800元，占基本支出预算%，同比增加52044.27元，增长50.63%`) leaves its
 * growth rate readable; a typed `××` may be any figure and leaves nothing.
 */
function outsideUnfinished(report: Report, findings: Finding[]): Finding[] {
  const holes = placeholdersOf(report);
  if (!holes.length) return findings;
  // Sentences with a hole, in document order, each with the rules its holes leave incomplete (undefined: all).
  const unfinished: Array<{ span: Span; rules?: Set<string> }> = [];
  let h = 0;
  for (const p of report.paragraphs) {
    for (const s of p.sentences) {
      while (h < holes.length && holes[h].start < s.span.start) h++;
      let entry: { span: Span; rules?: Set<string> } | undefined;
      for (let k = h; k < holes.length && holes[k].start < s.span.end; k++) {
        const rules = holes[k].rules;
        if (!entry) unfinished.push((entry = { span: s.span, rules: rules && new Set(rules) }));
        else if (!rules) entry.rules = undefined;
        else if (entry.rules) for (const r of rules) entry.rules.add(r);
      }
    }
  }
  const starts = unfinished.map((u) => u.span.start);
  return findings.filter((f) => {
    if (f.severity === 'hint' || f.severity === 'information') return true;
    // positionAt finds the last start at or before an offset (its line, here its sentence).
    const u = starts.length ? unfinished[positionAt(starts, f.span.start).line] : undefined;
    return !u || f.span.start < u.span.start || f.span.start >= u.span.end || (u.rules !== undefined && !u.rules.has(f.ruleId));
  });
}

/** The parser is written never to throw; should it all the same, the report is read as having no structure. */
function safeParse(text: string, format: 'txt' | 'md', hooks?: AnalysisHooks): Report {
  try {
    // A text in traditional characters is read in simplified ones, character for character (report/simplified.ts).
    return hooks ? hooks.parse(readable(text), format) : parseReport(readable(text), format);
  } catch (error) {
    if (strict) throw error;
    return { text, format, headings: [], sections: [], paragraphs: [], tables: [], lineStarts: computeLineStarts(text) };
  }
}

const IGNORE = /<!--\s*jixiao-ignore\b([^>]*?)-->/g;

/** Findings whose first line carries `<!-- jixiao-ignore [rule-id …] -->` for their rule (or for all rules). */
function unsuppressed(report: Report, findings: Finding[]): Finding[] {
  if (!report.text.includes('jixiao-ignore')) return findings;
  const ignored = new Map<number, Set<string> | 'all'>();
  for (const m of report.text.matchAll(IGNORE)) {
    const line = positionAt(report.lineStarts, m.index!).line;
    const ids = m[1].split(/[\s,，]+/).filter(Boolean);
    const prev = ignored.get(line);
    if (!ids.length || prev === 'all') ignored.set(line, 'all');
    else ignored.set(line, new Set([...(prev ?? []), ...ids]));
  }
  return findings.filter((f) => {
    const rule = ignored.get(positionAt(report.lineStarts, f.span.start).line);
    return !(rule === 'all' || rule?.has(f.ruleId));
  });
}
