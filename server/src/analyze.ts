// The one entry point of the analysis core: text → Report → checks and findings.
import type { Analysis, AnalyzeOptions, Check, Finding, Report } from './report/model';
import { computeLineStarts, positionAt } from './report/lines';
import { parseReport } from './report/parse';
import { rules } from './rules/catalogue';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const report = safeParse(text, options.format ?? 'txt');
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const taken = new Set<string>();
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const out = {
      check(c: Check) {
        checks.push(c);
      },
      report(f: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Finding['severity'] }) {
        // One finding per figure: the earlier rule in the catalogue (the more specific one) wins.
        const key = `${f.span.start}:${f.span.end}`;
        if (taken.has(key)) return;
        taken.add(key);
        findings.push({ ...f, ruleId: rule.id, severity: setting ?? f.severity ?? rule.severity });
      },
    };
    try {
      rule.run(report, out);
    } catch {
      // A rule that trips over odd input must not take the others down; its findings are simply absent.
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { report, checks, findings: unsuppressed(report, findings) };
}

/** The parser is written never to throw; should it all the same, the report is read as having no structure. */
function safeParse(text: string, format: 'txt' | 'md'): Report {
  try {
    return parseReport(text, format);
  } catch {
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
