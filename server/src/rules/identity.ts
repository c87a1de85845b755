// Accounting identities the report's figures must keep, wherever they are stated together:
// 资产总额 = 负债总额 + 净资产; 三公 = 出国 + 公务用车 + 接待; 政府采购 = 货物 + 工程 + 服务; …
// Each term must be named by exactly one figure of the sentence (or paragraph), or the identity is not read.
import { grandTotals } from './grand-totals';
import { balances } from './balance';
import { changeIdentities, listChanges, namesCarPurchase } from './change-identity';
import type { Paragraph, Quantity, Report, Sentence } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { intervalOf, overlaps, sum } from './interval';
import { partLists, QIZHONG, unitFactor } from './prose-lists';
import { relation } from './relation';
import type { Rule, RuleOutput } from './rule';
import { IDENTITIES, identityName, type Identity } from './identities';
import { operandOf, partsFormula, partsInterval, partsValue } from './sum-of-parts';
import { isYear } from './restated';

/** The figures an identity can be read from: amounts of money, not dates or thresholds. */
function amounts(figures: Quantity[]): Quantity[] {
  // (Not the changes: `…“三公”经费支出15905.91万元,…主要是因公出国(境)费减少1485.38万元,…` (rz-zhongyang-cas-2014).)
  return figures.filter((q) => q.kind === 'money' && !q.incidental && !CHANGED.test(q.label));
}
const CHANGED = /(增加|减少|增长|下降|增收|减收|调增|调减|压减|节约|超支)了?$/;

function only(pool: Quantity[], re: RegExp): Quantity | undefined {
  const found = pool.filter((q) => re.test(identityName(q.label)));
  return found.length === 1 ? found[0] : undefined;
}

/** `实际支出48.36万元`, `实际采购金额1862.30万元`: the same whole again, measured otherwise than the one named. */
const RESTATED = /^(实际|决算|执行|全年|本年)|(实际支出|决算数|执行数|采购金额|支出金额)$/;

/**
 * `“三公”经费预算55.00万元，实际支出48.36万元，因公出国（境）费、…分别为…`: the parts may be of the budget named
 * or of the amount restated after it, before the parts. The one they add up to, if only one; else the one
 * nearest the parts (the restated amount).
 */
function measured(pool: Quantity[], named: Quantity, parts: Quantity[]): Quantity {
  const firstPart = Math.min(...parts.map((q) => q.span.start));
  const options = [named, ...pool.filter((q) => q.span.start > named.span.end && q.span.start < firstPart && RESTATED.test(q.label))];
  if (options.length === 1) return named;
  const got = partsInterval(parts, named.unit);
  const fits = options.filter((q) => overlaps(got, intervalOf(q, unitFactor(q.unit, named.unit))));
  return fits.length === 1 ? fits[0] : options[options.length - 1];
}

export const identity: Rule = {
  id: 'identity',
  severity: 'error',
  description: '会计恒等式：资产总额 = 负债总额 + 净资产；“三公”、政府采购、总支出、基本支出、收支总计各等于其构成之和',
  example: '年末资产总额122846.91万元，负债总额35646.56万元，净资产87100.35万元。',
  run(report, out) {
    // `…比预算数减少1188万元` against the three items' `比预算数减少31/850/107万元`: the changes of the parts.
    changeIdentities(report, out);
    listChanges(report, out);
    // 支出总计 ≥ 本年支出合计, 收入总计 ≥ 本年收入合计 (grand-totals.ts).
    grandTotals(report, out);
    // 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出, said in one sentence (balance.ts).
    balances(report, out);
    // Totals already read as the head of a 其中 list are checked there.
    // Parts already read in a 其中 list (even under another total) are checked there.
    const listParts = new Set(partLists(report).flatMap((l) => l.parts));
    report.paragraphs.forEach((p, k) => {
      const { whole, totalsNamed } = readOf(p);
      // Every sentence's figures are the paragraph's: an identity whose total the paragraph never names is
      // found in none of its sentences either, so most paragraphs are passed over without building pools.
      if (!whole.length) return;
      let pools: Quantity[][] | undefined;
      for (const [i, id] of IDENTITIES.entries()) {
        if (!totalsNamed[i]) {
          const earlier = earlierWhole(report, k, id);
          if (earlier && !earlier.parts.some((q) => listParts.has(q))) identityRelation(out, id, earlier.total, earlier.parts);
          continue;
        }
        pools ??= [...p.sentences.map((s) => amounts(s.clauses.flatMap((c) => c.quantities))), whole, ...continued(report, k)];
        let found = false;
        for (const pool of pools) {
          if (found) break;
          const named = only(pool, id.total);
          if (!named) continue;
          const parts = id.parts.map((re) => only(pool.filter((q) => q !== named), re));
          if (parts.some((q) => !q)) continue;
          const ps = parts as Quantity[];
          if (halfOfCars(report, id, ps)) continue;
          // `本年支出合计700.00万元，主要为基本支出600.12万元，项目支出67.60万元，上缴上级支出32.28万元` (a helper's 决算说明
          // probe): a 决算's spending has more kinds than 基本 and 项目; named beside them, they are part of the total.
          if (id.besides && pool.some((q) => id.besides!.test(identityName(q.label)))) continue;
          // Parts in brackets are the split of the amount the brackets follow (`基本支出702.18万元（人员经费…、公用
          // 经费…）`), not of a total further back (`总支出40976.5万元…财政拨款支出2955万元…（财政拨款基本支出1802万元…）`).
          if (!named.inParens && ps.some((q) => q.inParens) && bracketsFollow(pool, ps) !== named) continue;
          const total = measured(pool, named, ps);
          found = true;
          if (ps.some((q) => listParts.has(q))) continue;
          identityRelation(out, id, total, ps);
        }
      }
    });
  },
};

/**
 * `公务用车购置费718万元` as the 三公 identity's 公务用车 term (money-precision.test's 百色 statement, its 运行费 cut off):
 * half of the term is no term. 运行维护费 alone is, where the report names no 购置 of cars (qt-gannan-jiaotong-2015).
 */
function halfOfCars(report: Report, id: Identity, parts: Quantity[]): boolean {
  if (!/三公/.test(id.name)) return false;
  const car = identityName(parts[1].label);
  if (/购置(及|和)|及运行/.test(car)) return false;
  if (/购置/.test(car)) return true;
  return /运行/.test(car) && namesCarPurchase(report);
}

function identityRelation(out: RuleOutput, id: Identity, total: Quantity, ps: Quantity[]): void {
  relation(out, {
    ruleId: 'identity',
    stated: total,
    label: total.label,
    operands: ps.map((q) => operandOf(q)),
    formula: partsFormula(ps, total.unit),
    computed: partsValue(ps, total.unit),
    expected: partsInterval(ps, total.unit),
    decimals: moneyDecimals(total.decimals, ...ps.map((q) => q.decimals)),
    unit: total.unit,
    note: t('依据：{0}', id.name),
  });
}

const EARLIER_PARAGRAPHS = 3;
/**
 * `…(“三公”经费)支出合计48.25亿元…。` / `受国务院委托,…报告2016年中央决算情况时透露上述信息。` / `张少春介绍,其中:因公出国
 * (境)经费18.19亿元,…;公务接待费4.19亿元` (rp-zhongyang-sangong-2016): a paragraph that opens on 其中 and names an
 * identity's parts, none of its total, lists the parts of the total a paragraph or two before — when only paragraphs
 * with no amount stand between, and that paragraph names one such total.
 */
function earlierWhole(report: Report, k: number, id: Identity): { total: Quantity; parts: Quantity[] } | undefined {
  const start = readOf(report.paragraphs[k]).partsFirst;
  if (!start) return undefined;
  const { first, opening, pool } = start;
  const parts = id.parts.map((re) => only(pool, re));
  if (parts.some((q) => !q) || halfOfCars(report, id, parts as Quantity[])) return undefined;
  // `基本支出主要用于保障机关正常运转。其中：人员经费…；公用经费…` (a helper's slip probe): a paragraph that names the total
  // before its 其中 speaks of it, past paragraphs of other amounts.
  const p = report.paragraphs[k];
  const lead = p.text.slice(0, Math.max(0, first.span.start - p.span.start));
  const named = new RegExp(id.total.source.replace(/\$$/, '')).test(lead.replace(/[\s\u3000]/g, ''));
  for (let j = k - 1; j >= 0 && j >= k - EARLIER_PARAGRAPHS; j--) {
    const figures = amounts(report.paragraphs[j].quantities);
    if (!figures.length) continue;
    // (The same total said twice — a headline and its sentence — is one total: the last.)
    const totals = figures.filter((q) => id.total.test(identityName(q.label)));
    const total = totals[totals.length - 1];
    if (!total && named) continue;
    if (!total || totals.some((q) => !q.value.eq(total.value) || q.unit !== total.unit)) return undefined;
    // `该部门2019年“三公”经费预算数为685万元…` and, paragraphs on, `其中,2018年因公出国(境)费154万元,…` (rd1-tyjrswb-
    // 2019): parts of another year are not that total's.
    const partsYear = yearIn(first.clauses.slice(opening).flatMap((c) => c.quantities));
    const totalYear = yearIn(report.paragraphs[j].sentences.find((s) => s.span.start <= total.span.start && total.span.end <= s.span.end)?.clauses.flatMap((c) => c.quantities) ?? []);
    if (partsYear && totalYear && partsYear !== totalYear) return undefined;
    // `“三公”经费预算22.98万元，实际支出18.35万元…` / `其中：因公出国（境）费0万元；…12.49万元；…5.86万元` (a helper's PDF
    // 自评报告 probe): parts that miss the total named 三公 but make another amount of its paragraph exactly may be
    // that one's — which, the text does not say.
    const got = sum((parts as Quantity[]).map((q) => intervalOf(q)));
    if (!overlaps(got, intervalOf(total)) && figures.some((q) => q !== total && q.unit === total.unit && overlaps(got, intervalOf(q)))) return undefined;
    return total.unit === parts[0]!.unit ? { total, parts: parts as Quantity[] } : undefined;
  }
  return undefined;
}

/**
 * What of a paragraph every identity is looked for in, read once per paragraph — and kept with it: an unchanged
 * paragraph is the same object from one analysis of a document to the next (incremental/blocks.ts), and this reads
 * nothing but the paragraph's own sentences and figures.
 */
interface ParagraphRead {
  /** Its amounts, and whether each of IDENTITIES names its total among them. */
  whole: Quantity[];
  totalsNamed: boolean[];
  /** Where a paragraph opening on 其中 lists parts (earlierWhole): its first sentence with an amount, and the amounts from 其中 on. */
  partsFirst?: { first: Sentence; opening: number; pool: Quantity[] };
}
const reads = new WeakMap<Paragraph, ParagraphRead>();

function readOf(p: Paragraph): ParagraphRead {
  const known = reads.get(p);
  if (known) return known;
  const whole = amounts(p.quantities);
  const read: ParagraphRead = { whole, totalsNamed: IDENTITIES.map((id) => whole.some((q) => id.total.test(q.label))) };
  // The paragraph's first sentence with an amount (`报告说,主要是…减少了相关支出。其中:因公出国(境)经费16.2亿元,…`,
  // ra1-zhongyang-juesuan-2014: sentences of no amount before it say why, not how much).
  const first = p.sentences.find((s) => s.clauses.some((c) => c.quantities.some((q) => !q.incidental)));
  const opening = first ? first.clauses.findIndex((c) => QIZHONG.test(c.text)) : -1;
  if (first && opening >= 0 && opening <= 1 && !first.clauses.slice(0, opening).some((c) => c.quantities.some((q) => !q.incidental))) {
    // (Not the split of an item in brackets: `公务用车购置及运行费35.99亿元(其中:公务用车购置费4亿元,…)`.)
    read.partsFirst = { first, opening, pool: amounts(first.clauses.slice(opening).flatMap((c) => c.quantities)).filter((q) => !q.inParens) };
  }
  reads.set(p, read);
  return read;
}

/** The first year named among `figures` (`2018年`), if any. */
function yearIn(figures: Quantity[]): string | undefined {
  return figures.find(isYear)?.raw;
}

/** The money figure outside brackets just before the first bracketed part. */
function bracketsFollow(pool: Quantity[], parts: Quantity[]): Quantity | undefined {
  const first = parts.filter((q) => q.inParens).reduce((a, b) => (a.span.start <= b.span.start ? a : b));
  let before: Quantity | undefined;
  for (const q of pool) if (!q.inParens && q.span.start < first.span.start && (!before || q.span.start > before.span.start)) before = q;
  return before;
}

/** A paragraph that stops at 其中 is continued by the next ones, one part each. */
const OPENS_PARTS = /其中[：:]?\s*$/;

/**
 * `基本支出911.7万元，其中：` then `人员经费489.18万元，主要包括：…` and `公用经费46.89万元，主要包括：…` each a
 * paragraph of its own (the 决算说明 template): the total with the first amount of each following paragraph, up to
 * a heading or a paragraph that starts with no amount; none when there is no such continuation.
 */
function continued(report: Report, k: number): Quantity[][] {
  const p = report.paragraphs[k];
  if (!OPENS_PARTS.test(p.text)) return [];
  const total = amounts(p.quantities).at(-1);
  if (!total) return [];
  const pool = [total];
  for (let j = k + 1; j < report.paragraphs.length && j <= k + 4; j++) {
    const next = report.paragraphs[j];
    const between = report.headings.some((h) => h.span.start >= p.span.end && h.span.start < next.span.start);
    const first = next.quantities.find((q) => !q.incidental);
    if (between || !first || first.kind !== 'money' || next.text.indexOf(first.raw) > 12) break;
    pool.push(first);
  }
  return pool.length >= 3 ? [pool] : [];
}
