// A difference between two figures dated a year apart, stated side by side with the same name:
// `公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元` (sg-yingde-jingxin-2016: 12.5 − 8 = 4.50).
// The change says no name of its own (对比减少, 与上年对比减少); the two figures just before it are what it compares.
import type { Report } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import Decimal from 'decimal.js';
import { div, intervalOf, scale, sub } from './interval';
import { dateBefore, proseFigures, type Located } from './prose-index';
import { unitFactor } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const DATES_BETWEEN = 4;
const CHANGE = /^(与|较|比|同)?(上年|去年)?(对比|相比|比较)?(增加|减少)了?$/;

/** The figure just before `i` in its sentence that is not a date, and the year dated right before it. */
function datedBefore(all: Located[], i: number): { at: Located; year: number; subject: string } | undefined {
  let j = i - 1;
  // (A few dates and thresholds at most between: a sentence of thousands of dates is not walked for each figure.)
  while (j >= 0 && j >= i - DATES_BETWEEN && all[j].sentence === all[i].sentence && all[j].q.incidental) j--;
  if (j >= 0 && all[j].q.incidental) return undefined;
  if (j < 1 || all[j].sentence !== all[i].sentence) return undefined;
  const at = all[j];
  const date = all[j - 1];
  if (date.sentence !== at.sentence || !date.q.incidental || date.q.unit !== '年' || !/^\d{4}$/.test(date.q.raw)) return undefined;
  // `公务接待费2016年预算8万元`: the name before the year says what the figure is of.
  return { at, year: Number(date.q.raw), subject: /^[\d\s、.．]*$/.test(date.q.label) ? '' : date.q.label };
}

export function yearPairs(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (const located of all) {
    const q = located.q;
    if (q.kind !== 'money' || q.incidental || q.inParens || q.value.isNegative()) continue;
    const m = CHANGE.exec(q.label);
    // A change named with what it compares (上年, 对比), not a bare 增加 that may follow anything.
    if (!m || !(m[2] || m[3])) continue;
    const second = datedBefore(all, located.index);
    if (!second) continue;
    const first = datedBefore(all, second.at.index - 1);
    if (!first) continue;
    const [a, b] = [first, second];
    // (`…2023年为31.60万元，2022年为35.80万元，2021年为38.16万元，比上年减少4.20万元` (a helper's 三公 probe): a newer year
    // before the two, the newest first — 比上年 is of the newest.)
    if (newerThanBoth(all, first, second)) continue;
    if (Math.abs(a.year - b.year) !== 1 || a.at.q.label !== b.at.q.label || a.at.q.kind !== 'money' || b.at.q.kind !== 'money' || a.at.q.inParens || b.at.q.inParens) continue;
    const [current, prior] = a.year > b.year ? [a, b] : [b, a];
    const decrease = m[4] === '减少';
    const unit = q.unit;
    const c = current.at.q;
    const p = prior.at.q;
    const cur = scale(intervalOf(c), unitFactor(c.unit, unit));
    const base = scale(intervalOf(p), unitFactor(p.unit, unit));
    const cv = c.value.mul(unitFactor(c.unit, unit));
    const pv = p.value.mul(unitFactor(p.unit, unit));
    const subject = first.subject;
    const name = (y: number) => `${subject}${y}年${c.label}`;
    relation(out, {
      ruleId: 'difference',
      stated: q,
      label: t('{0}较{1}{2}额', name(current.year), name(prior.year), m[4]),
      operands: [operandOf(c, name(current.year)), operandOf(p, name(prior.year))],
      formula: decrease ? `${name(prior.year)} ${p.raw} − ${name(current.year)} ${c.raw}` : `${name(current.year)} ${c.raw} − ${name(prior.year)} ${p.raw}`,
      computed: decrease ? pv.sub(cv) : cv.sub(pv),
      expected: decrease ? sub(base, cur) : sub(cur, base),
      decimals: moneyDecimals(c.decimals, p.decimals, q.decimals),
      unit,
    });
  }
}

const RATE = /^(同比|较上年|比上年)?(增长|下降|上升|降低)了?$/;
/** `2023年比2021年`: the two years a rate names as compared (the later first, the base third). */
export const YEARS_COMPARED = /(\d{4})\s*年度?\s*(比|较|与)\s*(\d{4})\s*年/;
const HUNDRED = new Decimal(100);

/**
 * `2023年“三公”经费支出12万元,2022年支出10万元,增长25%`: a rate right after two figures dated a year apart, named
 * alike (the second may leave out the subject the first gave): (this year − last year) ÷ last year.
 */
export function yearPairRates(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (const located of all) {
    const q = located.q;
    if (q.kind === 'percent' && !q.incidental && !q.inParens && q.unit === '%') yearPairRate(all, located, out);
  }
}

function yearPairRate(all: Located[], located: Located, out: RuleOutput): void {
  const r = located.q;
  const m = RATE.exec(r.label);
  if (!m || r.value.isNegative()) return;
  const second = datedBefore(all, located.index);
  const first = second && datedBefore(all, second.at.index - 1);
  if (!second || !first || Math.abs(first.year - second.year) !== 1 || newerThanBoth(all, first, second)) return;
  // `…2023年12.64万元，2022年14.23万元，2021年16.80万元，2023年比2021年下降24.76%` (a helper's 三公 probe): a rate that
  // names the years it compares is of those, not of the two figures before it.
  const named = YEARS_COMPARED.exec(located.clause.text);
  if (named && !(new Set([Number(named[1]), Number(named[3])]).has(first.year) && new Set([Number(named[1]), Number(named[3])]).has(second.year))) return;
  // (`公用经费2022年预算201.3万元，2023年预算192.17万元，2024年预算182.42万元，比2022年下降9.38%`: the base year named.)
  const baseYear = /(比|较|与)\s*(\d{4})\s*年/.exec(located.clause.text);
  if (baseYear && Number(baseYear[2]) !== Math.min(first.year, second.year)) return;
  const [x, y] = [first.at.q, second.at.q];
  if (x.kind !== 'money' || y.kind !== 'money' || x.inParens || y.inParens || !(x.label.endsWith(y.label) || y.label.endsWith(x.label)) || x.label.length < 2 || y.label.length < 2) return;
  const [current, prior] = first.year > second.year ? [first, second] : [second, first];
  const c = current.at.q;
  const p = prior.at.q;
  const f = unitFactor(c.unit, p.unit);
  const cur = scale(intervalOf(c), f);
  const base = intervalOf(p);
  const down = /下降|降低/.test(m[2]);
  const change = down ? sub(base, cur) : sub(cur, base);
  const ratio = div(change, base);
  if (!ratio || p.value.isZero()) return;
  const cv = c.value.mul(f);
  const name = (l: Located, year: number) => `${year}年${l.q.label}`;
  relation(out, {
    ruleId: 'growth',
    stated: r,
    label: t('{0}幅度', down ? t('下降') : t('增长')),
    operands: [operandOf(c, name(current.at, current.year)), operandOf(p, name(prior.at, prior.year))],
    formula: down
      ? `(${name(prior.at, prior.year)} ${p.raw} − ${name(current.at, current.year)} ${c.raw}) ÷ ${p.raw}`
      : `(${name(current.at, current.year)} ${c.raw} − ${name(prior.at, prior.year)} ${p.raw}) ÷ ${p.raw}`,
    computed: (down ? p.value.sub(cv) : cv.sub(p.value)).div(p.value).mul(HUNDRED),
    expected: scale(ratio, HUNDRED),
    decimals: Math.max(2, r.decimals),
    unit: '%',
  });
}

const LAST_YEAR = /^(上年|去年|上年度|上一年度?)(同期)?(为|是)?$/;
const BARE_CHANGE = /^(比上年|较上年|同比)?(增加|减少)了?$/;
/** `上年公务接待费` beside `本年度公务接待费`: last year's figure named as this year's is. */
const LAST_YEAR_NAMED = /^(上年度?|去年)/;

/** A name without the year or 本年 before it and the 为 after it. */
const nameOf = (label: string) => label.replace(/^[\s\u3000]*(\d{4}年度?|本年度?|今年)?/, '').replace(/(为|是)$/, '');


/** A change against last year and the two figures it is of: this year's and last year's (named `pName`). */
export interface LastYearChange {
  change: Located;
  current: Located;
  prior: Located;
  pName: string;
  decrease: boolean;
}

/**
 * `2023年度财政拨款收入1180.25万元，上年为1065.3万元，增加114.95万元`: a change right after last year's figure,
 * stated alone right after this year's. Or `2022年…支出32.50万元。2023年…支出28.05万元，比上年减少4.45万元`: last
 * year's figure of the same name in the sentence before (lastYearsFigure).
 */
export function lastYearChangePairs(report: Report): LastYearChange[] {
  // (Asked by difference and by comparison-word: read once per analysis.)
  let pairs = pairsOf.get(report);
  if (pairs) return pairs;
  pairsOf.set(report, (pairs = []));
  const all = proseFigures(report);
  for (let i = 2; i < all.length; i++) {
    const change = all[i];
    const q = change.q;
    if (q.kind !== 'money' || q.incidental || q.inParens || q.value.isNegative()) continue;
    const m = BARE_CHANGE.exec(q.label);
    if (!m) continue;
    const decrease = m[2] === '减少';
    const prior = all[i - 1];
    // (`2023年度…236.50万元，2022年度为198.30万元，同比增加…`: the year before last year's figure is no figure.)
    const priorDate = dateBefore(all, prior);
    const priorYear = priorDate === undefined ? undefined : Number(priorDate);
    const current = all[priorYear === undefined ? i - 2 : i - 3];
    if (prior.sentence !== change.sentence) continue;
    if (m[1] && plainFigure(prior.q) && !LAST_YEAR.test(prior.q.label)) {
      // `…2023年“三公”经费支出28.05万元，比上年减少4.45万元`: the figure before is this year's.
      const before = lastYearsFigure(all, prior);
      if (before) pairs.push({ change, current: prior, prior: before, pName: `${dateBefore(all, before)}年${bareName(before.q.label)}`, decrease });
      if (before) continue;
    }
    if (!current || current.sentence !== change.sentence) continue;
    const p = prior.q;
    const c = current.q;
    if (p.kind !== 'money' || c.kind !== 'money' || p.incidental || c.incidental || p.inParens || c.inParens) continue;
    const currentDate = dateBefore(all, current);
    const currentYear = currentDate === undefined ? undefined : Number(currentDate);
    const dated = priorYear !== undefined && currentYear !== undefined && priorYear === currentYear - 1 && (!nameOf(p.label) || nameOf(p.label) === nameOf(c.label));
    // (A newer year before the two, the newest first: 比上年 is of the newest two.)
    if (dated && newerThanBoth(all, { at: current, year: currentYear! }, { year: priorYear! })) continue;
    const namedLastYear = LAST_YEAR_NAMED.test(p.label) && p.label.replace(LAST_YEAR_NAMED, '') === nameOf(c.label);
    if (!LAST_YEAR.test(p.label) && !dated && !namedLastYear) continue;
    if (OWN_COMPARISON.test(c.label)) continue;
    pairs.push({ change, current, prior, pName: dated && !nameOf(p.label) ? `${priorYear}年${nameOf(c.label)}` : p.label, decrease });
  }
  return pairs;
}

const pairsOf = new WeakMap<Report, LastYearChange[]>();

/** Words that make a figure a comparison or a change of its own. */
const OWN_COMPARISON = /上年|去年|较|比|增加|减少/;

/** A money figure stated as it is: not a date, an aside in brackets, or a comparison or change of its own. */
const plainFigure = (q: Located['q']) => q.kind === 'money' && !q.incidental && !q.inParens && !OWN_COMPARISON.test(q.label);

/** The change's amount by the figures, in its unit, with the direction its word says. */
export function changeOf({ change, current, prior, decrease }: LastYearChange) {
  const unit = change.q.unit;
  const c = current.q;
  const p = prior.q;
  const cv = c.value.mul(unitFactor(c.unit, unit));
  const pv = p.value.mul(unitFactor(p.unit, unit));
  const cur = scale(intervalOf(c), unitFactor(c.unit, unit));
  const base = scale(intervalOf(p), unitFactor(p.unit, unit));
  return { computed: decrease ? pv.sub(cv) : cv.sub(pv), expected: decrease ? sub(base, cur) : sub(cur, base) };
}

/** Each change against last year whose word agrees with the figures: this year − last year (or the reverse after 减少). */
export function lastYearChanges(report: Report, out: RuleOutput): void {
  for (const pair of lastYearChangePairs(report)) {
    const { change, current, prior, pName, decrease } = pair;
    const { computed, expected } = changeOf(pair);
    // A word against the figures is comparison-word's (lastYearWords).
    if (computed.isNegative()) continue;
    const [q, c, p] = [change.q, current.q, prior.q];
    const word = decrease ? '减少' : '增加';
    relation(out, {
      ruleId: 'difference',
      stated: q,
      label: t('{0}较上年{1}额', c.label, word),
      operands: [operandOf(c), operandOf(p, pName)],
      formula: decrease ? `${pName} ${p.raw} − ${c.label} ${c.raw}` : `${c.label} ${c.raw} − ${pName} ${p.raw}`,
      computed,
      expected,
      decimals: moneyDecimals(c.decimals, p.decimals, q.decimals),
      unit: q.unit,
    });
  }
}

/** The name of a figure without its year and verb: `2023年全年执行数` → `全年执行数`. */
export const bareName = (label: string) => label.replace(/^[\s\u3000]*(\d{4}\s*年度?)?/, '').replace(/(为|是|共计|合计为)$/, '');

/**
 * Last year's figure for a dated one, stated in the sentence just before it in its paragraph: the figure of the same
 * name dated the year before (`2022年全年执行数1712.9万元。2023年全年执行数1836.42万元，…`).
 */
export function lastYearsFigure(all: Located[], current: Located): Located | undefined {
  const year = Number(dateBefore(all, current));
  const name = bareName(current.q.label);
  if (!year || name.length < 2) return undefined;
  // (The sentence before, found from the figures: a paragraph of thousands of sentences is not searched for each figure.)
  let i = current.index - 1;
  while (i >= 0 && all[i].sentence === current.sentence && current.index - i < 8) i--;
  const before = all[i]?.paragraph === current.paragraph ? all[i].sentence : undefined;
  if (!before || before.span.end > current.sentence.span.start) return undefined;
  for (; i >= 0 && all[i].sentence === before; i--) {
    const l = all[i];
    if (l.q.kind === 'money' && !l.q.incidental && !l.q.inParens && Number(dateBefore(all, l)) === year - 1 && bareName(l.q.label) === name) return l;
  }
  return undefined;
}

/** A figure dated the year after both, just before the first of a pair (a series, the newest first). */
function newerThanBoth(all: Located[], first: { at: Located; year: number }, second: { year: number }): boolean {
  const third = datedBefore(all, first.at.index - 1);
  return !!third && third.year === Math.max(first.year, second.year) + 1 && first.year > second.year;
}
