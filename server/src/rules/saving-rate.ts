// 政府采购's 节约率 when one of its three amounts is left unsaid: `全市政府采购规模为32.72亿元,较采购计划节约资金5.51亿元,
// 资金节约率达14.41%` — the plan is what was spent and saved, 5.51 ÷ (32.72 + 5.51); `政府采购金额为55.2亿元…。政府
// 采购实际金额与政府采购预算61.71亿元相比,节约率为11.79%` (ri-xiamen-caigou-2016) — the saving is the budget less what
// was spent, (61.71 − 55.2) ÷ 61.71. Read only when each amount it needs is the one of its kind in the rate's
// sentence (after the sentence's previous 节约率), or, for what was spent, the one the sentence names 实际 earlier in
// the paragraph.
import Decimal from 'decimal.js';
import type { Paragraph, Quantity } from '../report/model';
import { t } from '../l10n';
import { add, div, intervalOf, overlaps, scale, sub, type Interval } from './interval';
import { unitFactor } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';
import type { FiguresBefore } from './figures-before';

export const SAVED = (l: string) => /节约|节省/.test(l) && !/率/.test(l);
// (Not the year's budget a share is of: `占全年政府采购预算16000万元的87.5%`, rg3-fangxian-czj-2015.)
export const PLANNED = (l: string) => /(计划|预算)(金额|资金|数|价)?(共计|合计|总额)?$/.test(l) && !/节约/.test(l) && !/^占/.test(l);
export const SPENT = (l: string) => /(采购(金额|规模|额|合同(金额|额)?)|实际.{0,4}金额)(共计|合计|总额)?(为|是)?$/.test(l) && !/节约|计划|预算/.test(l);
/** `同预算相比，共节约资金200.5亿元`: the saving is said against the budget — its rate is of the budget too. */
const AGAINST_BUDGET = /(同|与|比|较)(采购)?预算(数|金额)?(相比|比较)?[，,]?[^，,。；;]{0,6}节约/;
const LOOK_BACK = 12;

export function savingRate(out: RuleOutput, p: Paragraph, index: FiguresBefore, r: Quantity, at: number, from: number): boolean {
  // `节约资金7.54亿元,资金平均节约率达17.1%` (sd-zyjg-caigou-2005): an average of the projects' rates need not be the
  // rate of the totals.
  if (/平均/.test(r.label)) return false;
  const money = (q: Quantity) => q.kind === 'money' && !q.incidental && !q.inParens;
  const own = p.quantities.slice(Math.max(from, at - LOOK_BACK), at).filter(money);
  const one = (test: (l: string) => boolean) => {
    const found = own.filter((q) => test(q.label));
    return found.length === 1 ? found[0] : undefined;
  };
  /** The rate as one reading of its amounts gives it: `ratio` a fraction, `computed` its value in %. */
  const read = (operands: Quantity[], formula: string, computed: Decimal, ratio: Interval, note?: string) => {
    relation(out, {
      ruleId: 'rate',
      stated: r,
      label: r.label.replace(/(为|是|达到?)$/, ''),
      operands: operands.map((q) => operandOf(q)),
      formula,
      computed,
      expected: scale(ratio, new Decimal(100)),
      decimals: Math.max(2, r.decimals),
      unit: '%',
      ...(note ? { note } : {}),
    });
    return true;
  };
  const saved = one(SAVED);
  const planned = one(PLANNED);
  let spent = one(SPENT);
  // `签订政府采购合同2945.55亿元，…。同预算相比，共节约资金200.5亿元，节约率6.81%` (pd-dzwww-caigou-2018): the saving said
  // against the budget in a sentence of its own — what was spent is the paragraph's one 采购 amount before it.
  const sentence = saved && p.sentences.find((x) => x.span.start <= saved.span.start && saved.span.start < x.span.end);
  const againstBudget = !!sentence && AGAINST_BUDGET.test(sentence.clauses.map((c) => c.text).join('，'));
  if (saved && !spent && !planned && againstBudget) spent = spentBefore(p, index, saved);
  if (saved && spent && !planned && !own.some((q) => q !== saved && q !== spent && PLANNED(q.label))) {
    // The plan is what was spent and what was saved.
    const f = unitFactor(spent.unit, saved.unit);
    const whole = add(intervalOf(saved), scale(intervalOf(spent), f));
    const ratio = div(intervalOf(saved), whole);
    const total = saved.value.add(spent.value.mul(f));
    if (!ratio || total.isZero()) return false;
    // `实际采购规模达7.82亿元,…节约财政资金0.6亿元,资金节约率为8%` (rc4-anyang-czj-cgtj-2025): a rate that names no base
    // may be of what was spent, 0.6 ÷ 7.82 = 7.67%; it is a slip only when it fits neither base.
    const ofSpent = div(intervalOf(saved), scale(intervalOf(spent), f));
    const fitsSpent = !!ofSpent && !spent.value.isZero() && overlaps(scale(ofSpent, new Decimal(100)), intervalOf(r));
    if (fitsSpent && !againstBudget) {
      return read([saved, spent], `${saved.label} ${saved.raw} ÷ ${spent.label} ${spent.raw}`, saved.value.div(spent.value.mul(f)).mul(100), ofSpent);
    }
    return read(
      [saved, spent],
      `${saved.label} ${saved.raw} ÷ (${spent.label} ${spent.raw} + ${saved.raw})`,
      saved.value.div(total).mul(100),
      ratio,
      fitsSpent
        ? t('文中数字是以实际金额为分母算出的（{0} ÷ {1}）；节约是与预算相比的，节约率应以预算（实际金额与节约金额之和）为分母', saved.raw, spent.raw)
        : t('计划金额为实际金额与节约金额之和'),
    );
  }
  if (planned && !saved && /实际/.test(planned.label)) spent ??= spentBefore(p, index, planned);
  if (planned && spent && !saved) {
    const f = unitFactor(spent.unit, planned.unit);
    const left = sub(intervalOf(planned), scale(intervalOf(spent), f));
    const ratio = div(left, intervalOf(planned));
    if (!ratio || planned.value.isZero() || left.hi.lte(0)) return false;
    return read(
      [planned, spent],
      `(${planned.label} ${planned.raw} − ${spent.label} ${spent.raw}) ÷ ${planned.raw}`,
      planned.value.sub(spent.value.mul(f)).div(planned.value).mul(100),
      ratio,
      t('节约金额为预算与实际金额之差'),
    );
  }
  return false;
}

/** `政府采购实际金额与政府采购预算61.71亿元相比`: the amount spent, stated earlier in the paragraph as the one 采购金额. */
function spentBefore(p: Paragraph, index: FiguresBefore, from: Quantity): Quantity | undefined {
  const end = index.at(from.span.start);
  const found = p.quantities.slice(Math.max(0, end - LOOK_BACK), end).filter((q) => q.kind === 'money' && !q.incidental && !q.inParens && SPENT(q.label));
  return found.length === 1 ? found[0] : undefined;
}
