// A table cell that upsets both its row and its column (analyze.ts sorts the findings out with it). `购房补贴 | 35.75 |
// 37.55` where 37.55 should be 35.75: the row's 本年收入合计 35.75 is not its 财政拨款收入 37.55, and the 款's 财政拨款收入
// 346.52 is not its 项's 239.33 + 71.44 + 37.55 — two totals reported, both right. When two failing sums share exactly
// one figure, that figure is no total of either, and both miss by the same amount, that figure is the slip: correcting
// it by that amount makes both hold. It is reported instead of the two totals.
import type { Check, Finding, Operand, Span } from './report/model';
import { SpanMap } from './report/span-map';
import { fmt } from './rules/format';
import { decimalSum } from './rules/scaled';
import { holdsOnceCorrected } from './rules/corrected';
import Decimal from 'decimal.js';
import { t } from './l10n';

/** More table findings than this and the pairs are not looked at (each pair is compared). */
const MAX_FINDINGS = 200;

export function blameCrossing(text: string, findings: Finding[], failing: SpanMap<Check[]>, checks: Check[] = []): Finding[] {
  const crossed = blameRateBase(text, blameTableCell(text, findings, failing), failing);
  return blameShareBase(text, blameSharedPart(text, crossed, failing, checks), failing, checks);
}

function blameTableCell(text: string, findings: Finding[], failing: SpanMap<Check[]>): Finding[] {
  const sums = findings.filter((f) => f.ruleId === 'table-total');
  if (sums.length < 2 || sums.length > MAX_FINDINGS) return findings;
  const targets = told(findings);
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
      const shared = a.operands.filter((o) => o.span && b.operands.some((p) => p.span && sameSpan(p.span, o.span!)));
      if (shared.length !== 1 || targets.has(shared[0].span!)) continue;
      const gap = gapOf(a);
      if (gap.isZero() || !gap.eq(gapOf(b))) continue;
      const cell = shared[0];
      const right = cell.value.sub(gap);
      if (right.isNegative() || !changes(text, cell.span!, right)) continue;
      replaced.add(sums[i]).add(sums[j]);
      added.push(crossing(text, cell, right, a, b, sums[i].severity));
      break;
    }
  }
  return replacing(findings, replaced, added);
}

function crossing(text: string, cell: Operand, right: Operand['value'], a: Check, b: Check, severity: Finding['severity']): Finding {
  const { stated, printed, fix } = corrected(text, cell.span!, right);
  return {
    ruleId: 'table-total',
    severity,
    span: cell.span!,
    message: t('{0}应为 {1}，文中为 {2}：{3}（{4}）与{5}（{6}）都因它不符，改正它两处都相符', cell.label || t('此格'), printed, stated, a.targetLabel, a.formula, b.targetLabel, b.formula),
    related: [
      { span: a.target, message: a.targetLabel },
      { span: b.target, message: b.targetLabel },
    ],
    fix,
  };
}

/**
 * `年度资金总额 | 5.62 | 77.78 | 73.73 | 10 | 94.79%` over `其中：当年财政拨款 | 5.62 | 33.09 | 47.18 | 98.35%` and `其他资金 |
 * 0.00 | 29.81 | 26.55 | 89.06%` (a helper's 自评表, 33.09 for 47.97): the 全年预算 column misses its total by 14.88, and the
 * 财政拨款 row's 执行率 fails on the same 33.09 — which, 14.88 more, makes both hold (47.18 ÷ 47.97 = 98.35%). A cell that a
 * failing column sum and a failing row formula share, and that the sum's gap corrects for both, is the slip: it is
 * reported instead of the two.
 */
function blameRateBase(text: string, findings: Finding[], failing: SpanMap<Check[]>): Finding[] {
  const sums = findings.filter((f) => f.ruleId === 'table-total');
  const formulas = findings.filter((f) => f.ruleId === 'table-row-formula');
  if (!sums.length || !formulas.length || findings.length > MAX_FINDINGS) return findings;
  const checkOf = (f: Finding) => failing.get(f.span)?.find((c) => c.ruleId === f.ruleId);
  // (A cell already told of on its own — a 小计 that is not its rows' sum — keeps that finding and the two stay.)
  const targets = told(findings);
  const replaced = new Set<Finding>();
  const added: Finding[] = [];
  for (const f of sums) {
    const a = checkOf(f);
    if (!a || a.operands.some((o) => !o.span)) continue;
    const gap = a.computed.sub(a.stated.value);
    if (gap.isZero()) continue;
    for (const g of formulas) {
      const b = checkOf(g);
      if (!b || replaced.has(g)) continue;
      const shared = b.operands.filter((o) => o.span && a.operands.some((p) => sameSpan(p.span!, o.span!)));
      if (shared.length !== 1 || targets.has(shared[0].span!)) continue;
      const cell = shared[0];
      const right = cell.value.sub(gap);
      if (right.isNegative() || right.isZero() || !holdsOnceCorrected(b, cell, right) || !changes(text, cell.span!, right)) continue;
      replaced.add(f).add(g);
      added.push(crossing(text, cell, right, a, b, f.severity));
      break;
    }
  }
  return replacing(findings, replaced, added);
}

/** The figure at `span` as printed, `right` printed with as many places, and the fix from one to the other. */
function corrected(text: string, span: Span, right: Operand['value']): { stated: string; printed: string; fix: NonNullable<Finding['fix']> } {
  const stated = text.slice(span.start, span.end);
  // (As many places as the figure prints, or as the value needs: `0` righted to 9861420.57, not to 9861421.)
  const decimals = Math.max(stated.split('.')[1]?.length ?? 0, Math.min(right.decimalPlaces(), MAX_PLACES));
  const printed = fmt(right, decimals, decimals);
  return { stated, printed, fix: { title: t('将 {0} 改为 {1}', stated, printed), edits: [{ span, newText: printed }] } };
}

/** The findings but those replaced, with those added, in the text's order. */
function replacing(findings: Finding[], replaced: Set<Finding>, added: Finding[]): Finding[] {
  if (!added.length) return findings;
  return [...findings.filter((f) => !replaced.has(f)), ...added].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

/** The figures the findings are on. */
function told(findings: Finding[]): SpanMap<true> {
  const spans = new SpanMap<true>();
  for (const f of findings) spans.set(f.span, true);
  return spans;
}

const MAX_PLACES = 4;

/** Whether righting the figure at `span` to `right` changes what it prints: if not, there is nothing to blame it for. */
const changes = (text: string, span: Span, right: Operand['value']) => {
  const { stated, printed } = corrected(text, span, right);
  return printed !== stated.replace(/,/g, '');
};

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/**
 * `本年收入合计1580.44万元，其中：财政拨款收入1620.90万元，占本年收入合计的97.75%；事业收入30.93万元，占…1.96%；其他收入
 * 4.61万元，占…0.29%` (a helper's 部门决算, 1620.90 for 1544.90): the sum fails on the 合计 and the first share fails
 * on 97.75%, yet the 合计 is the base of the other parts' shares, which hold. The part whose share fails is the slip
 * when the 合计 less the other parts gives the amount its share says: it is reported instead of the two.
 */
function blameSharedPart(text: string, findings: Finding[], failing: SpanMap<Check[]>, checks: Check[]): Finding[] {
  const sums = findings.filter((f) => f.ruleId === 'sum-of-parts');
  if (!sums.length || findings.length > MAX_FINDINGS) return findings;
  // The shares of one part in one whole (`占…的97.75%`), by the part, found in one pass over the checks.
  const sharesOf = new SpanMap<Check[]>();
  for (const c of checks) {
    if (c.ruleId !== 'share' || c.operands.length !== 2 || !c.operands.every((o) => o.span)) continue;
    const list = sharesOf.get(c.operands[0].span!);
    if (list) list.push(c);
    else sharesOf.set(c.operands[0].span!, [c]);
  }
  const findingAt = new SpanMap<Finding>();
  for (const g of findings) if (g.ruleId === 'share') findingAt.set(g.span, g);
  const replaced = new Set<Finding>();
  const added: Finding[] = [];
  for (const f of sums) {
    const sumCheck = failing.get(f.span)?.find((c) => c.ruleId === 'sum-of-parts');
    if (!sumCheck) continue;
    const total = sumCheck.stated;
    const parts = sumCheck.operands.filter((o) => o.span);
    if (parts.length !== sumCheck.operands.length || parts.length < 2) continue;
    const shareOf = (o: Operand, holds: boolean) => sharesOf.get(o.span!)?.find((c) => c.holds === holds && sameSpan(c.operands[1].span!, total.span));
    // The other parts' shares of this 合计 hold (they vouch for it); exactly one part's share fails.
    const failingParts = parts.filter((o) => shareOf(o, false));
    // (A share of nothing vouches for no base: `事业收入0万元，占0%`.)
    if (failingParts.length !== 1 || !parts.some((o) => o !== failingParts[0] && !o.value.isZero() && shareOf(o, true))) continue;
    const part = failingParts[0];
    const share = shareOf(part, false)!;
    const shareFinding = findingAt.get(share.target);
    if (!shareFinding || replaced.has(shareFinding)) continue;
    const right = total.value.sub(decimalSum(parts.filter((o) => o !== part).map((o) => o.value)));
    const said = share.stated.value.mul(total.value).div(100);
    const slack = total.value.abs().mul(HALF_PERCENT_STEP).div(100).add(PART_SLACK);
    if (right.isNegative() || right.sub(said).abs().gt(slack) || !changes(text, part.span!, right)) continue;
    replaced.add(f).add(shareFinding);
    added.push(partFinding(text, part, right, sumCheck, share, f.severity));
  }
  return replacing(findings, replaced, added);
}

/** Half a step of a share printed to two places (0.005%), and half a cent of a part. */
const HALF_PERCENT_STEP = 0.005;
const PART_SLACK = 0.005;

function partFinding(text: string, part: Operand, right: Operand['value'], sum: Check, share: Check, severity: Finding['severity']): Finding {
  const { stated, printed, fix } = corrected(text, part.span!, right);
  return {
    ruleId: 'sum-of-parts',
    severity,
    span: part.span!,
    message: t('{0}应为 {1}，文中为 {2}：{3} {4} 减去其余各项为 {1}，与其占比 {5} 相符；其余各项的占比以 {4} 为基数都相符', part.label || t('此项'), printed, stated, sum.targetLabel, sum.stated.raw, share.stated.raw + '%'),
    related: [
      { span: sum.target, message: sum.targetLabel },
      { span: share.target, message: share.targetLabel },
    ],
    fix,
  };
}

/**
 * `政府采购支出总额 479.25 万元，其中：政府采购货物支出 71.34 万元、政府采购服务支出 386.91 万元。授予中小企业合同金额 402.39
 * 万元，占政府采购支出总额的 87.81%` (a helper's 部门决算, 479.25 for 458.25): the share fails on the 总额 as printed, and
 * holds on the sum of the parts listed under it (402.39 ÷ 458.25 = 87.81%), which the 总额 exceeds — a list that may
 * leave a part out, so the sum alone said nothing. The share and the parts agree against the 总额: it is told, for
 * their sum, instead of the share.
 */
function blameShareBase(text: string, findings: Finding[], failing: SpanMap<Check[]>, checks: Check[]): Finding[] {
  const shares = findings.filter((f) => f.ruleId === 'share');
  if (!shares.length || findings.length > MAX_FINDINGS) return findings;
  // The 其中 lists read as at most their whole (a part may be left out), by the whole.
  const listed = new SpanMap<Check>();
  for (const c of checks) if (c.ruleId === 'sum-of-parts' && c.holds && c.bound && c.operands.length >= 2) listed.set(c.target, c);
  const targets = told(findings);
  // The shares that hold on their whole's parts, by the whole (several parts' shares of one whole: one finding).
  const byWhole = new SpanMap<{ list: Check; base: Operand; shares: Array<{ finding: Finding; check: Check }> }>();
  const order: Operand[] = [];
  for (const f of shares) {
    const share = failing.get(f.span)?.find((c) => c.ruleId === 'share');
    if (!share || share.operands.length !== 2 || share.unit !== '%') continue;
    const [part, base] = share.operands;
    if (!base.span || targets.has(base.span)) continue;
    const list = listed.get(base.span);
    if (!list || list.unit !== base.unit || part.unit !== base.unit) continue;
    const whole = list.computed;
    // (The parts' sum below the whole by more than its rounding: a whole that exceeds its parts.)
    if (whole.isZero() || base.value.sub(whole).lte(PART_SLACK * list.operands.length)) continue;
    const half = new Decimal(10).pow(-share.stated.decimals).div(2);
    if (part.value.div(whole).mul(100).sub(share.stated.value).abs().gt(half) || !changes(text, base.span, whole)) continue;
    const entry = byWhole.get(base.span);
    if (entry) entry.shares.push({ finding: f, check: share });
    else {
      byWhole.set(base.span, { list, base, shares: [{ finding: f, check: share }] });
      order.push(base);
    }
  }
  if (!order.length) return findings;
  const replaced = new Set<Finding>();
  const added: Finding[] = [];
  for (const b of order) {
    const { list, base, shares: fitting } = byWhole.get(b.span!)!;
    for (const x of fitting) replaced.add(x.finding);
    const { stated, printed, fix } = corrected(text, base.span!, list.computed);
    const said = fitting.map((x) => `${x.check.targetLabel} ${x.check.stated.raw}%`).join('、');
    added.push({
      ruleId: 'sum-of-parts',
      severity: fitting[0].finding.severity,
      span: base.span!,
      message: t('{0}应为 {1}，文中为 {2}：其所列各项之和为 {1}（{3}），{4} 以 {1} 为基数相符', list.targetLabel, printed, stated, list.formula, said),
      related: [...fitting.map((x) => ({ span: x.check.target, message: x.check.targetLabel })), ...list.operands.filter((o) => o.span).map((o) => ({ span: o.span!, message: o.label }))],
      fix,
    });
  }
  return replacing(findings, replaced, added);
}
