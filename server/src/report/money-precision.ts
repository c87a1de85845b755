// The rounding rule for money printed in whole units (domain.md): most reports keep 万元 to two decimals and drop
// trailing zeros, so `2万元` there means 2.00 ± 0.005. A text that prints ALL its money without decimals — many 三公
// statements and budget execution summaries round to whole 万元 — is read at that precision: there
// `38 + 958` against `995` is rounding, not a slip. The same holds for one table among prose with decimals.
// A text whose money has one decimal at most is read at one decimal likewise.
// This pass marks such figures `coarse`; the interval rule then takes their printed precision as it stands.
import type { Quantity, Report } from './model';
import { MONEY_ROLES, RATE_ROW } from './columns';
import { TO_WAN } from './quantities';

/**
 * Fewer money figures than this say nothing about the text's habit: a lone sentence `预算数2万元，其中：0万元，
 * 1万元，2万元` is read at two decimals, as in the seed, and its error shows.
 */
const MIN_FIGURES = 6;

const isMoney = (q: Quantity | undefined): q is Quantity => !!q && q.kind === 'money' && !q.incidental;
/** A figure printed with two decimals, the last a zero (`7.40`): the text keeps its money to two places. */
const BILLIONS = /^万?亿元$/;
const twoWithZero = (q: Quantity) => !q.incidental && (q.kind === 'money' || q.kind === 'plain') && q.decimals === 2 && q.raw.endsWith('0') && !q.value.isZero() && !BILLIONS.test(q.unit);

/** The smallest whole amount that, in a short all-whole statement, says its money was rounded to whole units. */
const WHOLE_MEANS_ROUNDED = 100;
/** In a 三公 statement, the amount from which whole figures are taken as rounded. */
const SAN_GONG_ROUNDED = 10;
/** Amounts set rather than spent: budgets, allocations, plans. */
const BUDGETED = /预算|安排|下达|计划|批复|核定|标准|补助|拨付/;
/** A column of one of the 三公 items (`因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 | 车辆购置 | 车辆运行`): money. */
const SAN_GONG_ITEM = /因公出国|公务接待|公务用车|公车|^车辆(购置|运行)/;
/** A 三公 statement: the kind domain.md names as printed in whole 万元 throughout. */
const SAN_GONG = /三公|公务接待|公务用车|因公出国/;

function markIfWhole(figures: Quantity[], keepsTwo = false, wholeText = false, sanGong = false, ratesPrinted = false): void {
  // `全县一般公共预算收入15.32亿元。…资金12,468万元，其中：中央资金8,235万元，省级资金4,234万元` (a helper's 预算执行 probe):
  // 亿元 printed to the hundredth are coarser than whole 万元 — beside 万元 or 元, they say nothing of how those are kept.
  const finer = figures.filter((q) => !BILLIONS.test(q.unit));
  if (finer.length && finer.length < figures.length) figures = finer;
  // (`0.00` — an empty table's row, `因公出国（境）费0.00万元` — says nothing of how the other amounts are kept: a helper's
  // long-document probe.)
  let most = 0;
  for (const q of figures) if (!q.value.isZero()) most = Math.max(most, q.decimals);
  if (figures.length < MIN_FIGURES) {
    // A short statement all in whole 万元 with an amount in the hundreds (`政府采购支出总额995万元，其中：货物38万元，
    // 工程958万元，服务0万元`) has rounded them: an amount that large is seldom exact to the 万元. Small whole amounts
    // may be exact (a project budgeted 60万元 of which 55 was spent) — but not in a 三公 statement, which domain.md names
    // as printed in whole 万元 throughout: `“三公”经费决算数为58万元，其中：…0万元，…49万元，…8万元` is rounding. Nor, there,
    // when every amount has one decimal (`27.6万元，其中：22.4万元，5.3万元`: a helper's 三公 probes). (Amounts of a few 万元
    // only — the seed's 三公 budget of 2 against 0 + 1 + 2 — may well be exact, and rounding would hide half of them.)
    // (The text's money as a whole only: a short table among prose with decimals is exact, as that prose is.)
    // (`县本级“三公”经费支出386万元，比上年减少25万元，下降6.13%` (helpers' probes): whole amounts whose rates are printed to
    // the hundredth were rounded after the rates were worked out.)
    if (wholeText && !keepsTwo && most === 0 && ratesPrinted && figures.length >= 2) {
      for (const q of figures) q.coarse = true;
      return;
    }
    if (wholeText && !keepsTwo && figures.length >= 3) {
      // (`2019年“三公”经费支出8万元，其中公务用车运行维护费6万元，公务接待费3万元`, `部门支出总额96万元，其中基本支出41万元，项目支出
      // 56万元` (a helper's 乡镇 probes): what was spent is seldom a whole number of 万元 — rounded. A budget may be set so
      // (the seed's 三公 预算数2万元), and stays exact.)
      const spentOnly = most === 0 && !figures.some((q) => BUDGETED.test(q.label));
      const large = most === 0 && (spentOnly || figures.some((q) => q.value.abs().gte(WHOLE_MEANS_ROUNDED)));
      const oneDecimal = most === 1 && figures.every((q) => q.decimals === 1);
      const tens = figures.some((q) => q.value.abs().gte(SAN_GONG_ROUNDED));
      // (`全县一般公共预算收入13.6亿元，其中税收收入8.2亿元、非税收入4.3亿元、转移性收入1.2亿元` (a helper's 预算执行 probe):
      // 亿元 to one decimal throughout is rounding to a tenth of 亿.)
      const billions = oneDecimal && figures.every((q) => BILLIONS.test(q.unit));
      if (large || billions || (sanGong && tens && (most === 0 || oneDecimal))) for (const q of figures) q.coarse = true;
    }
    return;
  }
  if (most === 1 && keepsTwo) return;
  // `2023年全国政府采购规模为33929.6亿元…7738.1亿元、14486.8亿元和11704.8亿元`: a text whose money has one decimal
  // at most is read at one decimal — those printed with one; a whole figure among them stays at two decimals.
  if (most === 1) {
    for (const q of figures) if (q.decimals === 1) q.coarse = true;
    return;
  }
  if (most > 0) return;
  for (const q of figures) q.coarse = true;
}

export function markWholeUnitMoney(report: Report): void {
  // `…农业产值91.9亿元,林业产值6.5亿元,牧业产值65.0亿元…` (rk-xian-tjgb-2022): a paragraph that prints a trailing zero
  // at one decimal (65.0) rounds its money to one decimal on purpose, whatever the rest of the text does.
  // So does a paragraph of six amounts or more none of which has two decimals (`…一般公共预算支出48.8亿元…民生投入达到
  // 24.4亿元`, rt-manzhouli-tjj-2022): two-decimal amounts that all happened to end in 0 are not how such a text comes.
  // (Not where the text prints two decimals with a trailing zero somewhere — `7.40` in a table (rx-qingyang-sjj-2022):
  // it keeps 万元 to two places, and `0.6万元` there is 0.60.)
  // (A bare `7.40` counts: a table flattened into lines leaves its cells without a unit.)
  const keepsTwo = report.paragraphs.some((p) => p.quantities.some(twoWithZero)) || report.tables.some((t) => t.rows.some((r) => r.cells.some((c) => !!c.quantity && twoWithZero(c.quantity))));
  for (const group of semicolonRuns(report)) {
    const money = group.filter(isMoney);
    const ones = money.filter((q) => q.decimals === 1);
    const oneDecimal = !keepsTwo && ones.length > 0 && money.length >= MIN_FIGURES && money.every((q) => q.decimals <= 1);
    if (oneDecimal || ones.some((q) => q.raw.endsWith('0'))) for (const q of ones) q.coarse = true;
  }
  // `财政补助收入1.1亿元,同比减少3016.53万元,降幅21.25%` (re2-zhenjiang-zlyy-2021): an amount put in 亿元 beside
  // amounts in 万元 is that amount rounded for the reader, at the precision it is printed with.
  const moneyOf = report.paragraphs.map((p) => p.quantities.filter(isMoney));
  // (Not where the paragraph prints 亿元 to two places too: `苏州大学…34.06亿元,…增加93050.89万元…。扬州大学…26.81亿元,…增加
  // 3.1亿元,增长13.18%` (se-jiangsu-gaoxiao-yusuan-2020) keeps its 亿元 to the hundredth, and 3.1 there is 3.10.)
  for (const money of moneyOf) {
    if (!money.some((q) => (q.unit === '万元' || q.unit === '元') && q.decimals > 0)) continue;
    if (money.some((q) => BILLIONS.test(q.unit) && q.decimals >= 2)) continue;
    for (const q of money) if (BILLIONS.test(q.unit) && q.decimals <= 1) q.coarse = true;
  }
  // (A table's figures in its money columns are money though no unit stands by it: `358.0 | 123.4` under 小计, 基本支出.)
  const cells = report.tables.map((t) => {
    // (Or any column but a rate's or a count's in a table under `单位：万元`: `项目 | 2022年 | 2023年 | 增减 | 增减%`, a
    // helper's 三公 probe, whose year columns are money.)
    const inMoney = !!TO_WAN[t.unit];
    const moneyColumn = (i: number) =>
      !!t.columns[i] && (MONEY_ROLES.has(t.columns[i].role) || /^(小计|合计)$/.test(t.columns[i].header) || SAN_GONG_ITEM.test(t.columns[i].header) || (inMoney && t.columns[i].role === 'other' && !/%|％|率|比|人|辆|个|次/.test(t.columns[i].header)));
    const out: Quantity[] = [];
    for (const r of t.rows) {
      // (`2016年比2015年增减% | -16.77 | -86.62 | …` under 合计 and the 三公 items (pd-qujiang-sangong-2016): a row of
      // rates in money columns holds no money.)
      if (RATE_ROW.test(r.label)) continue;
      r.cells.forEach((c, i) => {
        const q = c.quantity;
        if (!q) return;
        if (!q.incidental && (q.kind === 'money' || (q.kind === 'plain' && moneyColumn(i)))) out.push(q);
      });
    }
    return out;
  });
  // (Or multiples: `公务接待费支出153万元，较上年41万元增长2.72倍` — a helper's whole-万元 probe.)
  const ratesPrinted = report.paragraphs.some((p) => p.quantities.some((q) => (q.kind === 'percent' || q.kind === 'multiple') && !q.incidental && q.decimals > 0));
  // (One list of every money figure, prose then tables, built without the copies of a flat() and a spread.)
  const all: Quantity[] = [];
  for (const list of moneyOf) for (const q of list) all.push(q);
  for (const list of cells) for (const q of list) all.push(q);
  markIfWhole(all, keepsTwo, true, SAN_GONG.test(report.text), ratesPrinted);
  for (const table of cells) markIfWhole(table);
}

/**
 * The figures of each run of paragraphs that a line ending in ； splits (`…教育支出5亿元,增长38.7%;` / `卫生健康支出
 * 6.6亿元,…民生投入达到24.4亿元,占…50.03%`: rt-manzhouli-tjj-2022 as a PDF wraps it): one paragraph as the text
 * meant it, for the habit of its money.
 */
function semicolonRuns(report: Report): Quantity[][] {
  // (A paragraph's own list stands for its run until another joins it: only then is it copied, not mutated.)
  const runs: Quantity[][] = [];
  let own = false;
  let previous: Report['paragraphs'][number] | undefined;
  for (const p of report.paragraphs) {
    const joined =
      previous !== undefined &&
      /[；;]\s*$/.test(previous.text) &&
      /^\r?\n[ \t\u3000]*$/.test(report.text.slice(previous.span.end, p.span.start));
    if (joined) {
      if (own) [runs[runs.length - 1], own] = [[...runs[runs.length - 1]], false];
      runs[runs.length - 1].push(...p.quantities);
    } else {
      runs.push(p.quantities);
      own = true;
    }
    previous = p;
  }
  return runs;
}
