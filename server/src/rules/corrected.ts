// Whether a failing relation holds once the one flagged figure it is computed from takes the value its own finding
// gives it: `全年执行 | 执行率` in a table whose 合计 全年执行 reads 1284.6 for 1248.6 — the row's 95.28% is
// 1248.6 ÷ 1310.42, right, and fails only through the wrong cell beside it. Read from the check's own numbers:
// a sum of its operands, or one operand over another (× 100 for a percentage); any other shape is not judged.
import Decimal from 'decimal.js';
import type { Check, Finding, Operand } from '../report/model';

/** The value a finding's fix writes, when it is one plain number. */
export function fixedValue(f: Finding): Decimal | undefined {
  const edits = f.fix?.edits;
  if (!edits || edits.length !== 1) return undefined;
  const text = edits[0].newText.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? new Decimal(text) : undefined;
}

export function holdsOnceCorrected(check: Check, wrong: Operand, value: Decimal): boolean {
  const ops = check.operands;
  const at = ops.indexOf(wrong);
  if (at < 0 || ops.some((o) => o.unit !== ops[0].unit)) return false;
  let corrected: Decimal | undefined;
  const total = ops.reduce((a, o) => a.add(o.value), new Decimal(0));
  if (total.eq(check.computed)) corrected = total.sub(wrong.value).add(value);
  else if (ops.length === 2 && !ops[1].value.isZero() && !value.isZero()) {
    const [a, b] = ops;
    for (const k of [new Decimal(100), new Decimal(1)]) {
      if (!a.value.div(b.value).mul(k).eq(check.computed)) continue;
      corrected = at === 0 ? value.div(b.value).mul(k) : a.value.div(value).mul(k);
      break;
    }
  }
  if (!corrected) return false;
  // Within the stated figure's own rounding: half its last printed digit.
  const half = new Decimal(10).pow(-check.stated.decimals).div(2);
  return corrected.sub(check.stated.value).abs().lte(half);
}
