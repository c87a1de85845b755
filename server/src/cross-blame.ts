// A table cell that upsets both its row and its column (analyze.ts sorts the findings out with it). `购房补贴 | 35.75 |
// 37.55` where 37.55 should be 35.75: the row's 本年收入合计 35.75 is not its 财政拨款收入 37.55, and the 款's 财政拨款收入
// 346.52 is not its 项's 239.33 + 71.44 + 37.55 — two totals reported, both right. When two failing sums share exactly
// one figure, that figure is no total of either, and both miss by the same amount, that figure is the slip: correcting
// it by that amount makes both hold. It is reported instead of the two totals.
import type { Check, Finding, Operand } from './report/model';
import type { SpanMap } from './report/span-map';
import { fmt } from './rules/format';
import { t } from './l10n';

/** More table findings than this and the pairs are not looked at (each pair is compared). */
const MAX_FINDINGS = 200;

export function blameCrossing(text: string, findings: Finding[], failing: SpanMap<Check[]>): Finding[] {
  const sums = findings.filter((f) => f.ruleId === 'table-total');
  if (sums.length < 2 || sums.length > MAX_FINDINGS) return findings;
  const targets = new Set(findings.map((f) => key(f.span)));
  const checkOf = (f: Finding) => failing.get(f.span)?.find((c) => c.ruleId === 'table-total' && c.operands.some((o) => o.span));
  const gapOf = (c: Check) => c.computed.sub(c.stated.value);
  const replaced = new Set<Finding>();
  const added: Finding[] = [];
  for (let i = 0; i < sums.length; i++) {
    const a = checkOf(sums[i]);
    if (!a || replaced.has(sums[i])) continue;
    for (let j = i + 1; j < sums.length; j++) {
      const b = checkOf(sums[j]);
      if (!b || replaced.has(sums[j])) continue;
      const shared = a.operands.filter((o) => o.span && b.operands.some((p) => p.span && key(p.span) === key(o.span!)));
      if (shared.length !== 1 || targets.has(key(shared[0].span!))) continue;
      const gap = gapOf(a);
      if (gap.isZero() || !gap.eq(gapOf(b))) continue;
      const cell = shared[0];
      const right = cell.value.sub(gap);
      if (right.isNegative()) continue;
      replaced.add(sums[i]).add(sums[j]);
      added.push(crossing(text, cell, right, a, b, sums[i].severity));
      break;
    }
  }
  if (!added.length) return findings;
  return [...findings.filter((f) => !replaced.has(f)), ...added].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

function crossing(text: string, cell: Operand, right: Operand['value'], a: Check, b: Check, severity: Finding['severity']): Finding {
  const stated = text.slice(cell.span!.start, cell.span!.end);
  const decimals = stated.split('.')[1]?.length ?? 0;
  const printed = fmt(right, decimals, decimals);
  return {
    ruleId: 'table-total',
    severity,
    span: cell.span!,
    message: t('{0}应为 {1}，文中为 {2}：{3}（{4}）与{5}（{6}）都因它不符，改正它两处都相符', cell.label || t('此格'), printed, stated, a.targetLabel, a.formula, b.targetLabel, b.formula),
    related: [
      { span: a.target, message: a.targetLabel },
      { span: b.target, message: b.targetLabel },
    ],
    fix: { title: t('将 {0} 改为 {1}', stated, printed), edits: [{ span: cell.span!, newText: printed }] },
  };
}

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
