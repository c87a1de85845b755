// `资金支付18501.096万元,未支703万元,支付率95%` (zp-c321-xczx-2024): a rate right after what was done and what was
// left undone is the first over their sum — 18501.096 ÷ 19204.096 = 96.34%. Likewise `执行…，结余…，执行率…`.
import type { Paragraph, Quantity } from '../report/model';

const RATE = /(支付|拨付|执行|完成|到位)率(为|达|达到)?$/;
const DONE = /(支付|拨付|执行|完成|到位|支出)$/;
const LEFT = /^(未支付?|未拨付?|未执行|未完成|未到位|剩余|结余)$/;

/** The done and left-over amounts a rate is of, when they are the two money figures right before it in its sentence. */
export function doneAndLeft(p: Paragraph, r: Quantity, at: number): [Quantity, Quantity] | undefined {
  if (!RATE.test(r.label)) return undefined;
  const sentence = p.sentences.find((s) => s.span.start <= r.span.start && r.span.start <= s.span.end);
  if (!sentence) return undefined;
  // The figures just before the rate (a few, so a paragraph of thousands of rates is not read again for each).
  const before = p.quantities.slice(Math.max(0, at - 8), at).filter((q) => q.span.start >= sentence.span.start && !q.incidental);
  const [done, left] = before.slice(-2);
  if (!done || !left || done.kind !== 'money' || left.kind !== 'money' || done.inParens || left.inParens) return undefined;
  const kind = RATE.exec(r.label)![1];
  // The same act (支付 … 未支, 执行 … 结余): the done amount names it, the other says it was not done.
  if (!DONE.test(done.label) || !done.label.endsWith(kind) && !(kind === '执行' && /支出$/.test(done.label))) return undefined;
  return LEFT.test(left.label) ? [done, left] : undefined;
}
