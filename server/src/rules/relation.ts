// Recording a relation between a stated figure and the figures it should follow from: the Check hover shows,
// and, when no rounding of the stated figures can make it hold, the Finding with its message and fix.
import type Decimal from 'decimal.js';
import type { Operand, Quantity } from '../report/model';
import { t } from '../l10n';
import { fmt } from './format';
import { intervalOf, overlaps, type Interval } from './interval';
import type { RuleOutput } from './rule';

export interface RelationSpec {
  ruleId: string;
  /** The stated figure, and what it is called in the message (`资产使用率`). */
  stated: Quantity;
  label: string;
  operands: Operand[];
  /** `在用资产 362 ÷ 固定资产原值 487.4` */
  formula: string;
  /** What the operands give, in the stated figure's unit: a point value, and the interval their rounding allows. */
  computed: Decimal;
  expected: Interval;
  /** Decimals to print the computed value with. */
  decimals: number;
  /** Unit as printed after the numbers ('%', '万元', '倍', '人', or '' in a table with a unit above it). */
  unit: string;
  /** When the relation is an inequality or otherwise special: whether it holds. Default: the intervals overlap. */
  holds?: boolean;
  /** The stated figure's interval, when not the printed-precision one (e.g. a count: exact). */
  statedInterval?: Interval;
  /** Extra sentence appended to the message. */
  note?: string;
  /** Do not offer a replacement (e.g. when the parts, not the total, may be wrong). */
  noFix?: boolean;
  severity?: 'error' | 'warning';
}

export function describeOperand(o: Operand): string {
  return o.label ? `${o.label} ${fmtRaw(o)}` : fmtRaw(o);
}

function fmtRaw(o: Operand): string {
  return o.value.toString();
}

export function relation(out: RuleOutput, spec: RelationSpec): boolean {
  const statedInterval = spec.statedInterval ?? intervalOf(spec.stated);
  const holds = spec.holds ?? overlaps(statedInterval, spec.expected);
  out.check({
    ruleId: spec.ruleId,
    target: spec.stated.span,
    targetLabel: spec.label,
    stated: spec.stated,
    operands: spec.operands,
    formula: spec.formula,
    computed: spec.computed,
    unit: spec.unit,
    holds,
  });
  if (holds) return true;
  const computedText = fmt(spec.computed, Math.max(spec.decimals, spec.stated.decimals), spec.stated.decimals);
  const diff = spec.computed.sub(spec.stated.value).abs();
  const diffUnit = spec.unit === '%' ? ` ${t('个百分点')}` : spec.unit;
  const message =
    t(
      '{0}应为 {1}（{2}），文中为 {3}，相差 {4}',
      spec.label,
      computedText + spec.unit,
      spec.formula,
      spec.stated.raw + spec.unit,
      fmt(diff, spec.decimals) + diffUnit,
    ) + (spec.note ? `；${spec.note}` : '');
  const related = spec.operands
    .filter((o) => o.span)
    .map((o) => ({ span: o.span!, message: `${o.label || t('数值')} ${o.value.toString()}${o.unit}` }));
  out.report({
    span: spec.stated.span,
    message,
    related,
    ...(spec.severity ? { severity: spec.severity } : {}),
    ...(spec.noFix || computedText === spec.stated.raw
      ? {}
      : {
          fix: {
            title: t('将 {0} 改为 {1}', spec.stated.raw + spec.unit, computedText + spec.unit),
            edits: [{ span: spec.stated.span, newText: computedText }],
          },
        }),
  });
  return false;
}
