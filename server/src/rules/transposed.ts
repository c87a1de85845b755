// `2022年度支出总计1346.58万元` … `2022年度支出总计1364.58万元` (a helper's slip probes): one amount, under one name,
// printed twice with two digits swapped or one digit mistyped. restated.ts reads only names long enough to carry
// their own subject; a short name (支出总计, 支出决算, 基本支出) may be of another unit or year — but the digits say the
// two are one amount: different amounts one slip of the keyboard apart, under one name, are no coincidence.
import type { Quantity, Report, Sentence, Paragraph } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { intervalOf, scale } from './interval';
import { listOfPart, partLists, unitFactor } from './prose-lists';
import { sectionIndexAt } from './sections';
import { dateBefore, proseFigures, type Located } from './prose-index';
import { relation } from './relation';
import { fullName, isYear, printedAlike } from './restated';
import type { RuleOutput } from './rule';

/** Headings on a topic of the report (what the money is, how it went), not naming one unit, project or year. */
const TOPIC = /情况|说明|分析|总体|概况|执行|决算|预算|收入|支出|收支|评价|结论|问题|绩效|指标|目标|产出|效益|三公|采购|资产|经费|资金|结余|结转/;

/** Words that make a figure a change, a comparison or a part of a list — not the amount itself. */
const NOT_AN_AMOUNT = /增加|减少|增长|下降|增减|降低|提高|较|比|相比|同比|上年|去年|同期|节约|超支|超出|分别|各|约|人均|平均|每|预计|计划|目标|其中|其余|其他|剩余|结余率|原因/;
const MIN_DIGITS = 5;
const MIN_RATE_DIGITS = 4;

/** `决算支出`, `支出决算`, `年末结转和结余`, `年末结转结余`: one name whatever the order of its words. */
function nameKey(name: string): string {
  const bare = name.replace(/[和及与的]/g, '').replace(/(数|额|金额)$/, '').replace(/^决算|决算$/g, '');
  return [...bare].sort().join('');
}

/** A unit's name before a figure (`宁波市规划局收入预算`): what a department's own total may be prefixed with. */
const UNIT = /(局|委|院|校|中心|部门|单位|所|站|队|会|办|厅|处|馆)$/;

/**
 * `2018年收支总预算20592.14万元` … `宁波市规划局2018年收入预算20592.41万元` (hd-ningbo-ghj-2018): a department's budget
 * and its 决算 balance, so its 收支总预算, 收入预算 and 支出预算 (and 收入总计, 支出总计, 收支总计) are one amount each —
 * one name for them. Not a part's (`基本支出预算`, `一般公共预算收入预算`): only the unit's name may stand before.
 */
function balancedTotal(name: string): string | undefined {
  const m = /^(.*?)(收支总预算|收支预算总额|(收入|支出)预算(总额)?|(收支|收入|支出)总计)$/.exec(name);
  if (!m || (m[1] && !UNIT.test(m[1]))) return undefined;
  return /总计$/.test(m[2]) ? '收支总计' : '收支总预算';
}

/** Two digit strings of one length one adjacent swap or one digit apart. */
function oneSlipApart(a: string, b: string): boolean {
  return slipBetween(a, b) !== undefined;
}

/** How two strings of one length differ by one slip of the keyboard: one character, or one adjacent pair swapped. */
export function slipBetween(a: string, b: string): 'digit' | 'swap' | undefined {
  if (a.length !== b.length || a === b) return undefined;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return 'digit';
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]] ? 'swap' : undefined;
}

const digitsOf = (q: Quantity) => q.raw.replace(/[,，\s]/g, '').replace(/^[-−]/, '');

/** Words before a 预算执行率 in its sentence that make it a part's (基本支出, 项目支出, 财政拨款, a project). */
const RATE_SCOPE = /基本支出|项目支出|财政拨款|一般公共预算|政府性基金|专项|项目|资金/g;

export function transposedFigures(report: Report, out: RuleOutput, compared: ReadonlySet<Quantity>): void {
  const byName = new Map<string, Located[]>();
  const titleYear = /((?:19|20)\d{2})\s*年/.exec(report.title?.text ?? '')?.[1] ?? '';
  // (The year a sentence names goes on in the sentences of its paragraph that name none — a helper's 自评 probe.)
  let year: { sentence: Sentence; paragraph: Paragraph; year: string } | undefined;
  const all = proseFigures(report);
  for (const l of all) {
    const { q, sentence } = l;
    if (isYear(q) && year?.sentence !== sentence) year = { sentence, paragraph: l.paragraph, year: q.raw };
    // (Or the 预算执行率 of the whole report: `预算执行率96.62%` … `预算执行率为96.26%` in the 评价结论 — a helper's 自评 slip probe.)
    const rate = q.kind === 'percent' && q.unit === '%' && /预算执行率(为|是|达到?)?$/.test(q.label);
    if ((q.kind !== 'money' && !rate) || q.incidental || q.inParens || compared.has(q)) continue;
    const digits = digitsOf(q);
    if (digits.replace(/\D/g, '').replace(/^0+/, '').length < (rate ? MIN_RATE_DIGITS : MIN_DIGITS)) continue;
    const words = l.clause.text.slice(0, Math.max(0, l.clause.text.indexOf(q.raw)));
    const name = fullName(words).replace(/^[:：，,]/, '').replace(rate ? /^(本|我)(部门|单位|局|委|院|校|中心)?/ : /^$/, '');
    // (A part of a 其中 list is its whole's: `县级配套950.00万元` under one project, `县级配套450.00万元` under another.)
    if (name.length < 2 || NOT_AN_AMOUNT.test(words) || listOfPart(report, q)) continue;
    // (Undated, a figure is of the title's year: `2023年全年预算数…，全年执行数1836.42万元` and, sections on, `全年执行数
    // 1863.42万元，完成了年度绩效目标` in a 2023 report — a helper's 自评 slip probe.)
    // (A year right before the figure dates it: `2023年支出决算1125.36万元，2022年支出决算1125.86万元` — a helper's 决算说明
    // probe — are two years' figures.)
    // (A rate's sentence may say whose it is: `项目支出全年预算数…，全年执行数…，预算执行率为90.81%` after the department's
    // 94.81% — a helper's 自评报告 probe.)
    const whose = rate ? (report.text.slice(sentence.span.start, q.span.start).match(RATE_SCOPE) ?? []).join() : '';
    const key = `${balancedTotal(name) ?? nameKey(name)}|${dateBefore(all, l) ?? (year?.sentence === sentence || year?.paragraph === l.paragraph ? year.year : titleYear)}|${q.unit}|${q.decimals}|${whose}`;
    const list = byName.get(key);
    if (list) list.push(l);
    else byName.set(key, [l]);
  }
  for (const list of byName.values()) {
    if (list.length < 2 || list.length > 4) continue;
    for (let i = 1; i < list.length; i++) {
      const q = list[i].q;
      const first = list.slice(0, i).find((o) => oneSlipApart(digitsOf(o.q), digitsOf(q)));
      // Only a pair: a third value under the name makes it a slot filled per item.
      if (!first || list.some((o) => o.q !== q && o.q !== first.q && !o.q.value.eq(q.value) && !o.q.value.eq(first.q.value))) continue;
      if (ownItems(report, first.q, q)) continue;
      const nameAt = (l: Located) => fullName(l.clause.text.slice(0, l.clause.text.indexOf(l.q.raw))).replace(/^[:：，,]/, '');
      const name = nameAt(list[i]);
      const f = unitFactor(first.q.unit, q.unit);
      relation(out, {
        ruleId: 'same-figure',
        stated: q,
        label: name,
        operands: [{ label: nameAt(first), value: first.q.value, unit: first.q.unit, span: first.q.span }],
        formula: t('前文{0} {1}', nameAt(first), first.q.raw + first.q.unit),
        computed: first.q.value.mul(f),
        expected: scale(intervalOf(first.q), f),
        decimals: q.kind === 'percent' ? Math.max(2, q.decimals) : moneyDecimals(first.q.decimals, q.decimals),
        unit: q.unit,
        note: t('同一数字两处不一致，其中必有一处有误'),
        noFix: true,
        ...printedAlike(q, first.q),
      });
    }
  }
}

/**
 * `（一）中小河流治理项目 … 全年预算3150.00万元，其中：…` and `（二）农村饮水安全巩固提升项目 … 全年预算1350.00万元，其中：…`
 * (shuili-2024-zipingbiao): a short name under headings naming two projects, or two totals each broken down in its
 * own 其中 list, are two items' amounts.
 */
function ownItems(report: Report, a: Quantity, b: Quantity): boolean {
  const [i, j] = [sectionIndexAt(report, a.span.start), sectionIndexAt(report, b.span.start)];
  // (`（一）局本级` / `（二）县农技中心`, `（一）2022年度` / `（二）2023年度`: headings naming a unit or a year, not a topic.)
  const item = (k: number) => /项目/.test(report.headings[k].title) || !TOPIC.test(report.headings[k].title);
  if (i !== j && i >= 0 && j >= 0 && (item(i) || item(j))) return true;
  // (`1.人居环境项目：年初预算3150.00万元。` / `2.农田建设项目：年初预算1350.00万元。`: two items of a numbered list.)
  const marker = (q: Quantity) => proseFigures(report).find((l) => l.q === q)?.paragraph.listMarker;
  const [ma, mb] = [marker(a), marker(b)];
  if (ma && mb && ma.number !== mb.number) return true;
  // (`项目一：信息化建设项目，全年预算3150.00万元。` / `项目二：…，全年预算1350.00万元。`: each sentence names its subject first.)
  const lead = (q: Quantity) => {
    const l = proseFigures(report).find((x) => x.q === q);
    return l ? l.sentence.clauses.slice(0, l.clauseIndex).map((c) => c.text.replace(/\d{4}年度?/g, '')).join('').trim() : '';
  };
  const [la, lb] = [lead(a), lead(b)];
  // (Not clauses of figures or a connective before it: `2023年度…全年预算数…，全年执行数…，预算执行率96.62%` and `综上所述，
  // …预算执行率为96.26%` name no subject.)
  if (la && lb && la !== lb && !/\d/.test(la + lb) && !/^(综上所述?|总之|总体来看|总的来说|综合来看)$/.test(lb) && !/^(综上所述?|总之|总体来看|总的来说|综合来看)$/.test(la)) return true;
  const heads = new Set(partLists(report).map((l) => l.total));
  return heads.has(a) && heads.has(b);
}
