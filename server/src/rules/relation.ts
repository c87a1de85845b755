// Recording a relation between a stated figure and the figures it should follow from: the Check hover shows,
// and, when no rounding of the stated figures can make it hold, the Finding with its message and fix.
import DecimalCtor from 'decimal.js';
import type Decimal from 'decimal.js';
import type { Operand, Quantity } from '../report/model';
import { t } from '../l10n';
import { fmt, grouped, visibleDecimals } from './format';
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
  const lastDigit = spec.holds === undefined && !spec.statedInterval ? offInLastDigit(spec) : undefined;
  const computedText = fmt(spec.computed, Math.max(spec.decimals, spec.stated.decimals), spec.stated.decimals);
  const diff = spec.computed.sub(spec.stated.value).abs();
  const diffUnit = spec.unit === '%' ? ` ${t('个百分点')}` : spec.unit;
  // A difference below the printed precision (an exact count against parts with decimals) is shown with the
  // places it needs, and so is the value it should be: not "应为 12人…相差 0人".
  const shown = visibleDecimals(diff, spec.decimals);
  const computedShown = shown > spec.decimals ? fmt(spec.computed, Math.max(shown, spec.stated.decimals), spec.stated.decimals) : computedText;
  const message =
    t(
      '{0}应为 {1}（{2}），文中为 {3}，相差 {4}',
      spec.label,
      computedShown + spec.unit,
      spec.formula,
      spec.stated.raw + spec.unit,
      fmt(diff, shown) + diffUnit,
    ) +
    (spec.note ? `；${spec.note}` : '') +
    (lastDigit === 'truncated'
      ? `；${t('只差末位：像是截断而非四舍五入')}`
      : lastDigit === 'digit'
        ? `；${t('只差末位')}${atPrinted(spec, computedShown)}`
        : '');
  const related = spec.operands
    .filter((o) => o.span)
    .map((o) => ({ span: o.span!, message: `${o.label || t('数值')} ${o.value.toString()}${o.unit}` }));
  out.report({
    span: spec.stated.span,
    message,
    related,
    ...(spec.severity ? { severity: spec.severity } : lastDigit ? { severity: 'warning' as const } : {}),
    ...(spec.noFix || computedText === spec.stated.raw || !fixHolds(spec, computedText)
      ? {}
      : {
          fix: {
            title: t('将 {0} 改为 {1}', spec.stated.raw + spec.unit, groupedLike(spec.stated.raw, computedText) + spec.unit),
            edits: [{ span: spec.stated.span, newText: groupedLike(spec.stated.raw, computedText) }],
          },
        }),
  });
  return false;
}

/** The fix's figure in the stated one's form: `1184.11` → `1,184.11` where the text groups its thousands. */
function groupedLike(raw: string, text: string): string {
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? grouped(text) : text;
}

/**
 * Whether the computed value, printed as the fix would print it, makes the relation hold: not when the rounding
 * to the stated figure's digits moves it out (a count of 人 computed as 12.1 from a mistyped 9.10 人: "12" would
 * be flagged again, as "应为 12，文中为 12").
 */
function fixHolds(spec: RelationSpec, computedText: string): boolean {
  if (spec.holds !== undefined || !/^-?\d+(\.\d+)?$/.test(computedText)) return true;
  const value = new DecimalCtor(computedText);
  const decimals = computedText.split('.')[1]?.length ?? 0;
  const printed = spec.statedInterval ? { lo: value, hi: value } : intervalOf({ ...spec.stated, value, decimals });
  return overlaps(printed, spec.expected);
}

/**
 * `应为 33.05%…文中为 33.1%` reads as if 33.05 rounded to the text's figure: at the text's own places the value is
 * said too (`按文中的精度应为 33.0%`), when it shows fewer places than the computed one.
 */
function atPrinted(spec: RelationSpec, shown: string): string {
  const places = spec.stated.decimals;
  const printed = spec.computed.toDecimalPlaces(places, DecimalCtor.ROUND_HALF_UP).toFixed(places);
  return printed === shown ? '' : t('（按文中的精度应为 {0}）', printed + spec.unit);
}

/**
 * A rate, share or growth printed with decimals and off only in its last digit (38.2877% printed 38.28%:
 * truncated, not rounded; a share nudged so the shares add to 100) is very likely a rounding habit, not a wrong
 * figure: a warning that says so (domain.md). 'truncated' when the stated figure is the computed one cut off at its printed digits.
 */
function offInLastDigit(spec: RelationSpec): 'truncated' | 'digit' | undefined {
  const q = spec.stated;
  // A whole percent one off is a point apart: that is no rounding habit.
  if (q.kind !== 'percent' || q.decimals < 1) return undefined;
  const unit = new DecimalCtor(10).pow(-q.decimals);
  const widened = { lo: q.value.sub(unit.mul(1.5)), hi: q.value.add(unit.mul(1.5)) };
  if (!overlaps(widened, spec.expected)) return undefined;
  const truncated = spec.computed.toDecimalPlaces(q.decimals, DecimalCtor.ROUND_DOWN);
  return truncated.eq(q.value) ? 'truncated' : 'digit';
}
