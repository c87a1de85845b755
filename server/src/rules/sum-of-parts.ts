// 其中 lists: two or more parts make up the whole (Σ parts = total); a single part, or a list that may be
// partial (主要包括…等), only has to stay within the total.
import type Decimal from 'decimal.js';
import type { Operand, Quantity } from '../report/model';
import { t } from '../l10n';
import { fmt, moneyDecimals } from './format';
import { canBeAtMost, intervalOf, sum, type Interval } from './interval';
import { partLists, unitFactor } from './prose-lists';
import { relation } from './relation';
import { decimalSum } from './scaled';
import type { Rule } from './rule';

export function operandOf(q: Quantity, label = q.label): Operand {
  return { label, value: q.value, unit: q.unit, span: q.span };
}

export function partsInterval(parts: Quantity[], unit: string): Interval {
  return sum(parts.map((q) => intervalOf(q, unitFactor(q.unit, unit))));
}

export function partsValue(parts: Quantity[], unit: string): Decimal {
  return decimalSum(
    parts.map((q) => q.value),
    parts.map((q) => unitFactor(q.unit, unit)),
  );
}

/** `人员经费 340.33 + 日常公用经费 71.05`; a part in another unit than the total shows its unit. */
export function partsFormula(parts: Quantity[], unit: string): string {
  return parts.map((q) => `${q.label ? q.label + ' ' : ''}${q.raw}${q.unit === unit ? '' : q.unit}`).join(' + ');
}

export const sumOfParts: Rule = {
  id: 'sum-of-parts',
  severity: 'error',
  description: '“其中”所列各部分之和应等于前面的总数（只列一项时不超过总数）',
  example: '“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。',
  run(report, out) {
    for (const list of partLists(report)) {
      const { total, parts } = list;
      if (repeatsALabel(parts)) continue;
      const unit = total.unit;
      const expected = partsInterval(parts, unit);
      const computed = partsValue(parts, unit);
      const decimals = total.kind === 'count' ? 0 : moneyDecimals(...parts.map((p) => p.decimals), total.decimals);
      const operands = parts.map((q) => operandOf(q));
      const formula = partsFormula(parts, unit);
      const label = total.label || t('总数');
      if (parts.length >= 2 && !list.partial) {
        relation(out, {
          ruleId: 'sum-of-parts',
          stated: total,
          label,
          operands,
          formula,
          computed,
          expected,
          decimals,
          unit,
        });
        continue;
      }
      // A single part, or a possibly partial list: it may not exceed the total.
      const holds = canBeAtMost(expected, intervalOf(total));
      out.check({
        ruleId: 'sum-of-parts',
        target: total.span,
        targetLabel: label,
        stated: total,
        operands,
        formula,
        computed,
        unit,
        holds,
      });
      if (holds) continue;
      const last = parts[parts.length - 1];
      out.report({
        span: parts.length === 1 ? last.span : total.span,
        severity: 'warning',
        message: t(
          '“其中”所列 {0} 合计 {1}，超过了总数 {2} {3}，相差 {4}',
          formula,
          fmt(computed, decimals) + unit,
          label,
          total.raw + unit,
          fmt(computed.sub(total.value), decimals) + unit,
        ),
        related: [{ span: total.span, message: `${label} ${total.raw}${unit}` }, ...operands.filter((o) => o.span).map((o) => ({ span: o.span!, message: `${o.label} ${o.value}${o.unit}` }))],
      });
    }
  },
};

/**
 * Parts named in pairs are no decomposition: `采购计划金额A，实际采购金额B；采购计划金额C，实际采购金额D` pairs plan and
 * outcome by item, and a table flattened into a line (`支出 0 年初预算 0 差值 0 …`) repeats its column names. Two
 * names that each come back make the pattern; one name twice may be periods or batches (`1月至6月支出`, `7月至12月
 * 支出`), which are parts.
 */
function repeatsALabel(parts: Quantity[]): boolean {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const q of parts) {
    // The measure a label ends with (`货物类采购计划金额` → 计划金额): what is paired is the measure, per item.
    const label = q.label.replace(/[\s|：:，,、]/g, '').slice(-4);
    if (seen.has(label)) repeated.add(label);
    seen.add(label);
  }
  return repeated.size >= 2;
}
