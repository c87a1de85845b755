// How far parts may overrun their total before the reading, not the text, is the likelier mistake.
import type Decimal from 'decimal.js';

/**
 * Parts adding up to far more than their total (1.5 times or more), unless by a power of ten (`2089元` for 万元,
 * `4.647` for 4,647, a dropped digit): in published text that is a list read wrongly far more often than a slip —
 * the 其中 of another amount, levels and their changes, a subtotal and its own split. Silent.
 */
export function misread(computed: Decimal, total: Decimal): boolean {
  if (total.lte(0) || computed.lte(total.mul(1.5))) return false;
  const ratio = computed.div(total);
  if ([10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000].some((p) => ratio.sub(p).abs().lte(p * 0.02))) return false;
  // (Nor a digit dropped inside the total: `本年支出合计39.47万元，其中：基本支出232.93万元，项目支出76.54万元` for 309.47 — a
  // helper's recall probe.)
  return !oneDigitDropped(computed, total);
}

/** Whether `total`, printed at its places, is `computed` printed so with one digit left out. */
function oneDigitDropped(computed: Decimal, total: Decimal): boolean {
  const places = Math.max(0, total.decimalPlaces());
  const a = computed.toFixed(places).replace('.', '');
  const b = total.toFixed(places).replace('.', '');
  if (a.length !== b.length + 1) return false;
  for (let i = 0; i < a.length; i++) if (a.slice(0, i) + a.slice(i + 1) === b) return true;
  return false;
}
