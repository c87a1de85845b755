// What a rule is: a small object that reads the Report and records the relations it checked.
import type { Check, Finding, Report, Severity } from '../report/model';

export interface RuleOutput {
  /** Record a relation that was evaluated (holding or not); hover shows it. */
  check(check: Check): void;
  /** Record a finding. Its severity is the rule's unless the rule passes one. */
  report(finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }): void;
}

export interface Rule {
  /** Stable kebab-case id, shown as the diagnostic code. */
  id: string;
  /** Default severity of its findings. */
  severity: Severity;
  /** One line, Chinese: what it checks. */
  description: string;
  /** A sentence it flags, for the README's catalogue. */
  example: string;
  run(report: Report, out: RuleOutput): void;
}
