// Which findings a flagged figure accounts for (analyze.ts sorts the findings out with it): a relation that fails
// only through another figure already reported is that figure's fault, not its own.
import type { Check, Finding, Operand, Span } from './report/model';
import { SpanMap } from './report/span-map';
import { fixedValue, holdsOnceCorrected } from './rules/corrected';
import { t } from './l10n';

/**
 * When a figure a relation is computed from is itself flagged, the relation's failure is that figure's fault
 * first. A table whose 合计 reads 996.42 where its rows give 986.42 also fails the prose's right 986.42 (the
 * 总支出 restated): blaming the prose would suggest the wrong 996.42 in its message, fix and hint. So:
 * - a figure that restates one other figure (one operand), which is flagged by a finding that stands on its
 *   own (none of its operands flagged), is not blamed at all; repeated, as a dropped finding no longer flags
 *   its figure;
 * - a figure computed from several, one of them flagged (a column's 合计 upset by a wrong cell), is still
 *   reported — it does not match the figures as printed — but offers no value computed from the wrong one: no
 *   fix (the inlay hint leaves it out too), and the message says which operand to correct first;
 * - unless another relation, none of whose figures is flagged, holds for it: a 支出决算表's 合计 row whose 合计 is
 *   its column's sum is right, though its 基本支出 + 项目支出 miss it by the wrong 项目支出 beside it.
 */
export function withoutBlameOnFlagged(findings: Finding[], failing: SpanMap<Check[]>, checks: Check[]): Finding[] {
  const operands = new Map<Finding, Operand[]>();
  for (const f of findings) {
    const list = failing.get(f.span);
    const check = list?.find((c) => c.ruleId === f.ruleId) ?? list?.[0];
    const spanned = check?.operands.filter((o) => o.span && !sameSpan(o.span, f.span)) ?? [];
    if (spanned.length) operands.set(f, spanned);
  }
  if (!operands.size) return findings;
  let current = findings;
  for (;;) {
    const flagged = new SpanMap<Finding>();
    for (const f of current) flagged.set(f.span, f);
    const leansOn = (f: Finding) => (operands.get(f) ?? []).filter((o) => flagged.has(o.span!));
    const standsAlone = (o: Operand) => leansOn(flagged.get(o.span!)!).length === 0;
    const kept = current.filter((f) => !(operands.get(f)?.length === 1 && leansOn(f).some(standsAlone)));
    if (kept.length === current.length) {
      const holding = checksByTarget(checks, true);
      const confirmed = (f: Finding) => (holding.get(f.span) ?? []).some((c) => c.operands.length > 1 && c.operands.every((o) => !o.span || !flagged.has(o.span)));
      // (`执行率 95.28%` beside a 全年执行 flagged 1284.6 for 1248.6: right once that cell is.)
      // (Only when the flagged figure's own relation has two figures or more to say what it should be: against one,
      // either may be the wrong one — `年度资金总额 1157.97` over its one 其中 row's 1157.9.)
      const ownCheck = (f: Finding) => failing.get(f.span)?.find((c) => c.ruleId === f.ruleId);
      const rightOnceCorrected = (f: Finding, wrong: Operand[]) => {
        if (wrong.length !== 1) return false;
        const other = flagged.get(wrong[0].span!)!;
        const its = ownCheck(other);
        if (!its || its.operands.length < 2) return false;
        const value = fixedValue(other);
        const check = ownCheck(f);
        return !!value && !!check && holdsOnceCorrected(check, wrong[0], value);
      };
      return kept.flatMap((f) => {
        const wrong = leansOn(f);
        if (!wrong.length) return [f];
        if (confirmed(f) || rightOnceCorrected(f, wrong)) return [];
        const { fix: _dropped, ...rest } = f;
        const names = wrong.map((o) => `${o.label ? `${o.label} ` : ''}${o.value.toString()}`).join('、');
        return [{ ...rest, message: rest.message + t('；其中{0}本身有误，宜先改正', names) }];
      });
    }
    current = kept;
  }
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The relations that hold (or fail), by the figure they are about. */
export function checksByTarget(checks: Check[], holds: boolean): SpanMap<Check[]> {
  const map = new SpanMap<Check[]>();
  for (const c of checks) {
    if (c.holds !== holds) continue;
    const list = map.get(c.target);
    if (list) list.push(c);
    else map.set(c.target, [c]);
  }
  return map;
}
