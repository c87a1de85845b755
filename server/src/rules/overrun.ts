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
  return ![10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000].some((p) => ratio.sub(p).abs().lte(p * 0.02));
}
