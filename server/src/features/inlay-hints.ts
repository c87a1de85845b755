// Inlay hints: the computed value beside each figure that fails, after its unit: `79.4% ‹74.27%›`.
import { t } from '../l10n';
import type { Analysis, Check, Finding, Quantity, Span } from '../report/model';
import { computedText } from './formula';
import { contains, figureAt, overlaps, sameSpan } from './figures';

export interface Hint {
  /** Where the hint stands: after the figure's unit, or before a unit in Chinese characters. */
  offset: number;
  label: string;
  tooltip: string;
}

function hintText(value: string, unit: string, unitPrinted: boolean): string {
  return `‹${value}${unitPrinted ? unit : ''}›`;
}

/** A unit the word wrap may break around (Chinese characters: 万元, 人, 倍): the hint goes before it. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

/** Where a hint beside the figure stands, and whether its label repeats the unit. */
function placeAfter(q: Quantity, unit: string): { offset: number; withUnit: boolean } {
  const unitPrinted = q.fullSpan.end > q.span.end;
  if (unitPrinted && CJK.test(unit)) return { offset: q.span.end, withUnit: false };
  return { offset: q.fullSpan.end, withUnit: unitPrinted };
}

function failingCheck(checks: Check[], finding: Finding): Check | undefined {
  return (
    checks.find((c) => !c.holds && c.ruleId === finding.ruleId && sameSpan(c.target, finding.span)) ??
    checks.find((c) => !c.holds && sameSpan(c.target, finding.span))
  );
}

/** One hint per finding that has a computed value (from its failing check, or its one-edit fix). */
export function inlayHints(analysis: Analysis, range?: Span): Hint[] {
  const hints: Hint[] = [];
  const flagged = analysis.findings.map((f) => f.span);
  for (const finding of analysis.findings) {
    if (range && !overlaps(finding.span, range) && !(finding.span.start >= range.start && finding.span.start <= range.end)) continue;
    const check = failingCheck(analysis.checks, finding);
    if (check) {
      // A value computed from a figure that is itself flagged is no value to suggest.
      if (check.operands.some((o) => o.span && !sameSpan(o.span, finding.span) && flagged.some((s) => sameSpan(s, o.span!)))) continue;
      const q = check.stated;
      const at = placeAfter(q, check.unit);
      hints.push({
        offset: at.offset === q.fullSpan.end ? Math.max(at.offset, finding.span.end) : at.offset,
        label: hintText(computedText(check), check.unit, at.withUnit),
        tooltip: t('计算值：{0} = {1}', check.formula, computedText(check) + (check.unit === '%' ? '%' : check.unit ? ` ${check.unit}` : '')),
      });
      continue;
    }
    const edits = finding.fix?.edits;
    const edit = edits?.length === 1 ? edits[0] : undefined;
    if (edit && contains(finding.span, edit.span) && edit.newText.trim() !== '') {
      const figure = figureAt(analysis.report, finding.span.start);
      const q = figure && sameSpan(figure.quantity.span, finding.span) ? figure.quantity : undefined;
      const at = q ? placeAfter(q, q.unit) : { offset: finding.span.end, withUnit: false };
      hints.push({
        offset: at.offset,
        label: hintText(edit.newText.trim(), q?.unit ?? '', at.withUnit),
        tooltip: finding.fix!.title,
      });
    }
  }
  hints.sort((a, b) => a.offset - b.offset);
  return hints;
}
