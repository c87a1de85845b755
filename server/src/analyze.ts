// The one entry point of the analysis core: text → Report → checks and findings.
import type { Analysis, AnalyzeOptions, Check, Finding } from './report/model';
import { parseReport } from './report/parse';
import { rules } from './rules/catalogue';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const report = parseReport(text, options.format ?? 'txt');
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
  return { report, checks, findings };
}
