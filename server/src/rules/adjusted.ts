// The 预算调整 form `一般公共预算收入由362,000万元调整为416,000万元,调增54,000万元`: the change is the new figure less
// the old (the old less the new after 调减). Read only as written: 由 A, 调整为 B, and the change in the clause right
// after B. A figure in 元 among 万元 that makes it hold once read alike is a unit slip (ra2-jingzhou-czj-2021:
// `由年初预算数277585万元调整为304992元,新增27407万元`).
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { fmt, moneyDecimals } from './format';
import { intervalOf, overlaps, scale, sub, sum } from './interval';
import { unitFactor } from './prose-lists';
import { proseFigures } from './prose-index';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const FROM = /由(年初(的)?|原)?(预算)?(数)?$/;
const TO = /调整(为|到|至)?$/;
const CHANGE = /^(调增|调减|新增|增加|减少|追加|追减|核减|压减)了?$/;
const DOWN = /调减|减少|追减|核减|压减/;

export function adjustedChanges(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 1; i + 1 < all.length; i++) {
    const b = all[i];
    if (b.q.kind !== 'money' || b.q.incidental || b.q.inParens || !TO.test(b.q.label)) continue;
    const a = all[i - 1];
    const c = all[i + 1];
    if (a.sentence !== b.sentence || c.sentence !== b.sentence || a.clause !== b.clause || c.clauseIndex !== b.clauseIndex + 1) continue;
    if (a.q.kind !== 'money' || c.q.kind !== 'money' || !FROM.test(a.q.label) || !CHANGE.test(c.q.label)) continue;
    const down = DOWN.test(c.q.label);
    const [hi, lo] = down ? [a.q, b.q] : [b.q, a.q];
    const unit = c.q.unit;
    const expected = sub(scale(intervalOf(hi), unitFactor(hi.unit, unit)), scale(intervalOf(lo), unitFactor(lo.unit, unit)));
    if (a.q.unit !== b.q.unit || b.q.unit !== c.q.unit) {
      if (unitSlip(out, a.q, b.q, c.q, down)) continue;
    }
    relation(out, {
      ruleId: 'difference',
      stated: c.q,
      label: t('{0}数', c.q.label.replace(/了$/, '')),
      operands: [operandOf(b.q), operandOf(a.q)],
      formula: down
        ? `${t('调整前')} ${a.q.raw} − ${t('调整后')} ${b.q.raw}`
        : `${t('调整后')} ${b.q.raw} − ${t('调整前')} ${a.q.raw}`,
      computed: hi.value.mul(unitFactor(hi.unit, unit)).sub(lo.value.mul(unitFactor(lo.unit, unit))),
      expected,
      decimals: moneyDecimals(a.q.decimals, b.q.decimals, c.q.decimals),
      unit,
      noFix: true,
    });
  }
}

/** One of the three in another unit, the relation holding with all read alike: that one's unit is reported. */
function unitSlip(out: RuleOutput, a: Quantity, b: Quantity, c: Quantity, down: boolean): boolean {
  const units = [a.unit, b.unit, c.unit];
  const odd = [a, b, c].find((q) => units.filter((u) => u === q.unit).length === 1);
  if (!odd) return false;
  const [hi, lo] = down ? [a, b] : [b, a];
  if (!overlaps(sub(intervalOf(hi), intervalOf(lo)), intervalOf(c))) return false;
  const other = [a, b, c].find((q) => q !== odd)!;
  const name = odd === a ? t('调整前') : odd === b ? t('调整后') : odd.label;
  out.report({
    span: odd.span,
    severity: 'error',
    message: t('{0} {1}{2} 的单位像是写错了：调整前后和调整数中其余两数都以{3}计；按{3}计，{4} − {5} = {6}，与文中相符', name, odd.raw, odd.unit, other.unit, hi.raw, lo.raw, fmt(hi.value.sub(lo.value), 2)),
    related: [a, b, c].filter((q) => q !== odd).map((q) => ({ span: q.span, message: `${q.label} ${q.raw}${q.unit}` })),
  });
  return true;
}


const INITIAL = /年初预算(数|资金)?(为|是)?$/;
const ADDED = /(追加|调增|增加)(预算|资金)?(数|额)?(为|了)?$/;
const CUT = /(调减|追减|核减|压减)(预算|资金)?(数|额)?(为|了)?$/;
const ADJUSTED = /(全年预算|调整后的?预算)(数|资金)?(为|是)?$/;
const OTHER_FUNDS = /结转|结余|上级补助|其他资金|自筹|存量/;

/**
 * `年初预算1024.56万元，年中追加预算295.86万元，全年预算数1310.42万元` (or 调减…调整后预算, in any order): the year's
 * budget is the initial one plus what was added (less what was cut). Read in one sentence holding exactly one figure
 * of each of the three, in money.
 */
const plainMoney = (q: Quantity) => q.kind === 'money' && !q.incidental && !q.inParens;

/** How many of `list` pass `test`, counted up to `most`. */
function countUpTo<T>(list: T[], test: (x: T) => boolean, most: number): number {
  let n = 0;
  for (const x of list) if (test(x) && ++n >= most) break;
  return n;
}

export function budgetAdjustments(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    // (A sentence's figures are its paragraph's: three amounts in a sentence need three in the paragraph.)
    if (countUpTo(p.quantities, plainMoney, 3) < 3) continue;
    for (const sentence of p.sentences) {
      const money = sentence.clauses.flatMap((c) => c.quantities).filter(plainMoney);
      if (money.length < 3) continue;
      const one = (re: RegExp) => {
        const found = money.filter((q) => re.test(q.label));
        return found.length === 1 ? found[0] : undefined;
      };
      const initial = one(INITIAL);
      const adjusted = one(ADJUSTED);
      // One change only: `年中调整增加383.55万元，其中：基本支出调减35.20万元，项目支出追加418.75万元` is a change and
      // its parts (jiaotong-yunshu-2022-tables).
      const changes = money.filter((q) => ADDED.test(q.label) || CUT.test(q.label));
      const change = changes.length === 1 ? changes[0] : undefined;
      const cut = change && CUT.test(change.label) ? change : undefined;
      if (!initial || !adjusted || !change || new Set([initial, adjusted, change]).size < 3) continue;
      // `…支出决算为1,262.35万元，与年初预算相比，增加2.35万元`: a comparison's change, not the budget's adjustment.
      const before = money[money.indexOf(change) - 1];
      // (When the figure compared is the adjusted budget itself, `全年预算数1350.00万元，较年初预算增加…`, its change is
      // the adjustment.)
      if (before && before !== adjusted && /比|较|相比/.test(report.text.slice(before.span.end, change.span.start))) continue;
      // `较年初预算100万元增加10万元，较全年预算120万元减少…`: budgets named as what is compared with.
      if ([initial, adjusted].some((q) => /^(较|比|与|同)/.test(q.label))) continue;
      // `全年预算数1141.70万元，其中：年初预算610.22万元，上年结转204.84万元，年中追加326.64万元` (or `（含上年结转…）`, a
      // helper's 自评 probes): funds carried over are in the year's budget too — more than the initial one and its change.
      if (sentence.clauses.some((c) => c.quantities.some((q) => q.kind === 'money' && !q.incidental && OTHER_FUNDS.test(q.label)))) continue;
      const unit = adjusted.unit;
      const sign = change === cut ? -1 : 1;
      const base = scale(intervalOf(initial), unitFactor(initial.unit, unit));
      const delta = scale(intervalOf(change), unitFactor(change.unit, unit).mul(sign));
      relation(out, {
        ruleId: 'difference',
        stated: adjusted,
        label: adjusted.label.replace(/(为|是)$/, ''),
        operands: [operandOf(initial), operandOf(change)],
        formula: `${initial.label} ${initial.raw} ${sign < 0 ? '−' : '+'} ${change.label} ${change.raw}`,
        computed: initial.value.mul(unitFactor(initial.unit, unit)).add(change.value.mul(unitFactor(change.unit, unit)).mul(sign)),
        expected: sum([base, delta]),
        decimals: moneyDecimals(initial.decimals, change.decimals, adjusted.decimals),
        unit,
      });
    }
  }
}
