// The seed report's findings at error or warning (domain.md, "The seed's own findings"), as a user sees them:
// the 1-based line, the rule, the severity, and the exact text the squiggle covers. `after` pins which
// occurrence on the line is meant (the squiggle starts right after that text).
export interface ExpectedFinding {
  line: number;
  code: string;
  severity: 'error' | 'warning';
  text: string;
  after?: string;
}

export const SEED_NAME = '2023-衡山高新区-部门整体支出绩效自评报告.txt';

const blank = (line: number): ExpectedFinding => ({ line, code: 'table-blank-adjustment', severity: 'warning', text: '\t' });
const kind = (line: number, text: string): ExpectedFinding => ({ line, code: 'column-kind', severity: 'warning', text });
const total = (line: number): ExpectedFinding => ({ line, code: 'table-total', severity: 'error', text: '46936.95' });

export const SEED_FINDINGS: ExpectedFinding[] = [
  { line: 28, code: 'sum-of-parts', severity: 'error', text: '2', after: '“三公”经费预算数' },
  { line: 35, code: 'rate', severity: 'error', text: '79.4', after: '资产使用率' },
  { line: 48, code: 'table-total', severity: 'error', text: '412.87' },
  blank(49),
  blank(56),
  blank(63),
  blank(70),
  blank(77),
  kind(153, '98.69'),
  kind(164, '1177'),
  kind(175, '480.56'),
  kind(186, '4565.8'),
  kind(197, '1973'),
  { line: 228, code: 'table-row-formula', severity: 'error', text: '1311.18' },
  total(249),
  total(250),
  total(251),
];
