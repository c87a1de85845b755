// The same quantity stated twice in the prose must agree (qt-fengdu-fgw-2024: `2024年度财政下达我委项目预算资金总额为
// 1302.76万元` and, in the next part, `2024年度财政下达我委项目资金预算总额为1471.75万元`). Two figures are read as one
// quantity only when everything that could tell them apart is the same: the full name its clause gives it (once the
// year, 为/是/共计 and the order of 预算资金/资金预算 are set aside), the year the sentence and the headings are about
// (the report's), and the scope words of the headings above and of the paragraph up to the figure (一般公共预算 or
// 政府性基金, 本级 or 全区, 预算 or 决算, 三公…). Only a sentence's first amount, under a name long enough to carry
// its own subject, is read. A change or comparison (比上年…, 较预算…), a 分别/各 list, an aside in brackets, a 其中
// part, a numbered item, a sentence that opens on what it speaks of (`…方面，`), and a name that takes three values
// (a template's slot) are left alone: when it cannot be sure the two figures are one quantity, the rule is silent.
import Decimal from 'decimal.js';
import type { Clause, Paragraph, Quantity, Report, Sentence } from '../report/model';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { intervalOf, overlaps, point, scale } from './interval';
import { QIZHONG, unitFactor } from './prose-lists';
import { TO_WAN } from '../report/quantities';
import { proseFigures, type Located } from './prose-index';
import { relation, type RelationSpec } from './relation';
import { sectionIndexAt } from './sections';
import type { RuleOutput } from './rule';

/** Words that make a figure a change, a comparison, a part of a list or an estimate — not the quantity itself. */
const NOT_A_STATEMENT = /增加|减少|增长|下降|增减|降低|提高|较|比|相比|同比|上年|去年|同期|上一年|节约|节支|超支|超出|分别|各|约|以上|以下|不足|不超过|人均|平均|每|累计|预计|计划|目标|拟|剩余|其余|尚|未/;

/** The scope words a figure's headings and paragraph may carry: figures with different ones are different quantities. */
const SCOPES: Array<[string, RegExp]> = [
  ['一般公共预算', /一般公共预算|一般财政/],
  ['政府性基金', /政府性基金/],
  ['国有资本', /国有资本/],
  ['社保基金', /社会保险基金|社保基金/],
  ['财政拨款', /财政拨款/],
  ['非财政', /非财政/],
  ['本级', /本级/],
  ['全辖', /全(区|县|市|镇|乡|省|州|旗)/],
  ['决算', /决算/],
  ['年初预算', /年初预算/],
  ['调整预算', /调整后预算|全年预算|调整预算/],
  ['三公', /三公/],
  ['政府采购', /政府采购/],
  ['项目', /项目/],
  ['基本', /基本支出/],
  ['收入', /收入/],
  ['支出', /支出/],
];

const REASON_WORDS = /原因|主要是|由于|因为/;

const VERB = /(为|是|共计|合计为|总计为|达到|达|实现|完成)+$/;

/** `2024年度财政下达我委项目资金预算总额为` → `财政下达我委项目预算资金总额`. */
export function fullName(label: string): string {
  return label
    .replace(/[\s\u3000]+/g, '')
    .replace(/^(截至|截止)[^，,]*?(底|末|日)/, '')
    .replace(/(19|20)\d{2}年度?/g, '')
    .replace(VERB, '')
    .replace(/资金预算/g, '预算资金');
}

function scopeOf(report: Report, l: Located): string {
  const before = l.paragraph.text.slice(0, Math.max(0, l.q.span.start - l.paragraph.span.start));
  let text = before;
  for (let k = sectionIndexAt(report, l.q.span.start); k >= 0; k = report.sections[k].parent) text += '|' + report.sections[k].heading.title;
  return SCOPES.filter(([, re]) => re.test(text))
    .map(([name]) => name)
    .join(',');
}

function firstAmount(sentence: Sentence): Quantity | undefined {
  for (const c of sentence.clauses) for (const x of c.quantities) if (x.kind === 'money' && !x.incidental) return x;
  return undefined;
}

const ITEM = /^[（(]?[一二三四五六七八九十\d]+[)）、.．]/;
// `在59个区收支完成情况上`, `资助竞技体育工作方面`, `从单位性质看`; a document (`呼财农指【2023】19号文件《…》`) whose
// grant the figure is.
const QUALIFIER = /^(在|从|对|就|分)|(方面|上|中|来看|看)$|《|[【〔[]\d{4}[】〕\]]/;

/**
 * `扶贫项目3个,送审投资金额6,922万元` (rb2-nanhua-sjj-2019 as a PDF wraps it): a clause that counts what it names says
 * whose the short-named amount right after it is — one group's, not the whole the same name means in the sentence
 * before. A name of SELF_NAMED characters or more carries its own subject (`财政下达我委项目预算资金总额`).
 */
function countsItsSubject(c: Clause | undefined): boolean {
  return !!c && c.quantities.some((x) => x.kind === 'count' && !x.incidental);
}
const SELF_NAMED = 10;
/** `一是…`, `二是…`: a clause that opens (or goes on with) an item of a list counted in words. */
const COUNTED_ITEM = /(^|[：:])[\s\u3000]*[一二三四五六七八九十]是/;
const LIST_LOOK_BACK = 60;

/** The year the nearest heading above names (`三、2015年本市国有资本经营预算的安排情况`), if any. */
function headingYear(report: Report, offset: number): string | undefined {
  for (let k = sectionIndexAt(report, offset); k >= 0; k = report.sections[k].parent) {
    const m = /((?:19|20)\d{2})\s*年/.exec(report.sections[k].heading.title);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * `(一)老年福利类项目49.42万元` / `安排中央福利彩票公益金49.42万元,用于…` / `(二)儿童福利类项目39万元` / `安排中央福利彩票
 * 公益金39万元,用于…` (rl1-renshou-mzj-2022): under a heading that states an amount of its own, a figure is that item's,
 * whatever the same words mean under its sibling. The section's index then, else ''.
 */
function itemOf(report: Report, offset: number): string {
  const k = sectionIndexAt(report, offset);
  if (k < 0) return '';
  const title = report.sections[k].heading.title.replace(/[\s\u3000]/g, '');
  // (`1、哈拉布拉乡南哈拉布拉村农田道路建设项目,铺建砂石路11公里、` — sf-yumin-czj-2021 wrapped as a PDF wraps it, its item's
  // first line read as a heading: the name before its first comma names the project.)
  const named = title.split(/[,，]/)[0];
  return /\d\s*(万元|亿元|元)/.test(title) || (UNIT_OR_PROJECT.test(title) && !TOPIC.test(title)) || (UNIT_OR_PROJECT.test(named) && !TOPIC.test(named)) || programme(title) ? String(k) : '';
}

// `一、城市低保` / `全年发放低保金730.8万元。` / `二、农村低保` / `全年发放低保金1525.06万元。` (a helper's 项目自评 probe): a
// heading that names no part of a report's outline (情况, 执行, 绩效, 资金 …) names a programme, whose figures are its own.
const OUTLINE_WORDS = /情况|分析|目标|结论|问题|建议|措施|说明|评价|自评|概况|总体|执行|完成|管理|绩效|指标|资金|预算|收入|支出|使用|产出|效益|满意|概述|基本|主要|经验|做法|附件|表|报告|部门|整体|依据|组织|过程|决策|结果|应用|公开|意见|附|其他|下一步|工作|成效|职能|机构|人员|单位/;
const programme = (title: string) => {
  const name = title.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?\s*/, '');
  return name.length >= 2 && name.length <= 16 && !OUTLINE_WORDS.test(name) && !/\d/.test(name);
};
// `（一）局机关` / `2023年度预算资金总额为1302.76万元。` / `（二）县农业技术推广中心` / `2023年度预算资金总额为471.75万元。` (a
// helper's 自评报告 probe): under a heading naming a unit or a project, a figure is that one's.
const UNIT_OR_PROJECT = /(局|中心|站|所|院|校|办公室|办|队|委员会|委|机关|本级|单位|公司|馆|项目|工程)$/;
const TOPIC = /情况|分析|目标|结论|问题|建议|措施|说明|评价|自评|概况|总体/;

/** `2023年`: a year named, not an amount. */
export function isYear(q: Quantity): boolean {
  return !!q.incidental && (q.unit === '年' || q.unit === '年度') && /^(19|20)\d{2}$/.test(q.raw);
}

/**
 * What the figure's own clause says before it, as its name (`2024年度财政下达我委项目资金预算总额为` →
 * `财政下达我委项目预算资金总额`): the verb and the subject count (`共支出…资金` is not `共结余…资金`). A label carried
 * over from a list head is no name of this figure. A figure alone in its clause takes the clause before
 * (`支出总计,867.48万元`).
 */
function nameOf(l: Located): string {
  const words = l.clause.text.slice(0, Math.max(0, l.clause.text.indexOf(l.q.raw)));
  if (words.trim()) return fullName(words);
  const prev = l.sentence.clauses[l.clauseIndex - 1];
  if (!prev || prev.quantities.length || prev.text.length > 12) return '';
  return fullName(prev.text);
}

/** A name that opens on a verb: what it is of is said before it. */
const SUBJECTLESS = /^(涉及|共涉及|包括|覆盖|带动)/;

/** Returns the figures it compared with another. */
export function restatedFigures(report: Report, out: RuleOutput, reportYear: string | undefined): Set<Quantity> {
  const compared = new Set<Quantity>();
  const byName = new Map<string, Located[]>();
  const titleYear = /((?:19|20)\d{2})\s*年/.exec(report.title?.text ?? '')?.[1];
  let yearSaid: { sentence: Sentence; paragraph: Paragraph; year: string | undefined; own: boolean } | undefined;
  for (const l of proseFigures(report)) {
    const { q, sentence } = l;
    if (yearSaid?.sentence !== sentence) {
      const goesOn = QIZHONG.test(sentence.clauses[0]?.text ?? '');
      // (Nor does a sentence of the same paragraph that names no year: `2019年，资产总额…。固定资产原值3240.66万元。` /
      // `2018年，资产总额…。固定资产原值3386.22万元。` — a helper's 自评 probe; until it names its own.)
      const sameParagraph = yearSaid?.paragraph === l.paragraph;
      yearSaid = { sentence, paragraph: l.paragraph, year: goesOn || sameParagraph ? yearSaid?.year : undefined, own: false };
    }
    if (isYear(q) && !yearSaid.own) {
      yearSaid.year = q.raw;
      yearSaid.own = true;
    }
    if (q.kind !== 'money' || q.incidental || q.inParens || !TO_WAN[q.unit]) continue;
    if (!reportYear || (yearSaid.year && yearSaid.year !== reportYear)) continue;
    // (Undated under a title of another year than most of the text names — `2023年度…报告` / `三公经费支出总额为15.84万元。` /
    // `2022年三公经费支出总额为18.93万元。`, a helper's 自评报告 probe — it is of the title's year, not the one counted.)
    if (!yearSaid.year && titleYear && titleYear !== reportYear) continue;
    // Only what a sentence is about: its first amount. A later one may be a part of a subject named before it
    // (`行政单位资产总额4347.5亿元，负债总额1143.8亿元`: the 负债 of the 行政单位, not the report's).
    if (firstAmount(sentence) !== q) continue;
    const name = nameOf(l);
    // A short name (基本支出, 全年预算, 完成投资) takes its subject from the sentences around it (机关 or 下属单位, one
    // project or another), which this rule does not read; a numbered item (`（三）支持…项目20万元`) is a part of
    // its list's heading, which the name does not say.
    if (name.length < 6 || NOT_A_STATEMENT.test(name) || ITEM.test(name) || l.paragraph.listMarker) continue;
    // A part (`其中：…`), or a sentence that opens on what it speaks of (`在59个区收支完成情况上，…`,
    // `资助竞技体育工作方面，…`): the figure is of that part, not of the whole the same name means elsewhere.
    const opensOnPart =
      QIZHONG.test(sentence.clauses[0]?.text ?? '') ||
      /其中[:：]?\s*$/.test(report.text.slice(Math.max(0, sentence.span.start - 8), sentence.span.start)) ||
      // `其中,公务用车购置费 232万元` / (blank) / `公务用车运行维护费 3139.9万元` (ys-jining-sangong-2017 with blank
      // lines between): a 其中 list the line before left unended goes on.
      /其中[^。！？!?]*$/.test(report.text.slice(Math.max(0, sentence.span.start - LIST_LOOK_BACK), sentence.span.start)) ||
      sentence.clauses.slice(0, l.clauseIndex).some((c) => QUALIFIER.test(c.text.trim())) ||
      // `局机关：公务用车购置及运行维护费3.11万元。` / `执法局：…2.06万元。` (a helper's 三公 probe): a label set before a
      // colon says whose the figure is.
      (l.clauseIndex > 0 && /[：:]/.test(sentence.clauses[l.clauseIndex - 1].end) && !sentence.clauses[l.clauseIndex - 1].quantities.length && !!l.clause.text.slice(0, Math.max(0, l.clause.text.indexOf(q.raw))).trim()) ||
      (name.length < SELF_NAMED && countsItsSubject(sentence.clauses[l.clauseIndex - 1])) ||
      // `一是布达拉宫管理处,下达预算资金9378万元。` / `二是西藏博物馆,下达预算资金5009万元` (sf-xizang-wwj-2020): an item counted
      // 一是/二是 says whose the figure is.
      sentence.clauses.slice(0, l.clauseIndex + 1).some((c) => COUNTED_ITEM.test(c.text));
    if (opensOnPart) continue;
    // `决算数小于年初预算数的主要原因是…，结转下年使用25.83万元。` after each item of a list (a helper's 决算说明 probe): a
    // reason's amount is its item's, however alike the words.
    if (sentence.clauses.slice(0, l.clauseIndex + 1).some((c) => REASON_WORDS.test(c.text))) continue;
    const headed = headingYear(report, q.span.start);
    if (headed && headed !== reportYear) continue;
    if (/分别|各/.test(sentence.clauses.slice(0, l.clauseIndex).map((c) => c.text).join(''))) continue;
    // `开展部门评价，涉及一般公共预算支出835.20万元。开展重点评价，涉及…135.50万元`: a name opening on a verb (涉及) has
    // its subject in the clause before, which tells the two apart.
    const lead = SUBJECTLESS.test(name) ? sentence.clauses.slice(0, l.clauseIndex).map((c) => c.text.replace(/\d{4}\s*年度?/g, '')).join('') : '';
    // (`本项目年初预算85万元` under `（一）自评结论`, `本项目年初预算40万元` under `（二）自评结论`: a document of several
    // projects' 自评表 — a helper's probe; 本项目 is the project of its own section.)
    const own = /^(本|该|此)项目/.test(name) ? String(sectionIndexAt(report, q.span.start)) : '';
    const key = name + '|' + scopeOf(report, l) + '|' + periodOf(report, l) + '|' + itemOf(report, q.span.start) + '|' + lead + '|' + own;
    const list = byName.get(key);
    if (list) list.push(l);
    else byName.set(key, [l]);
  }
  for (const [key, list] of byName) {
    if (list.length < 2) continue;
    // A name that takes three values or more is a slot a template repeats for each item (`年初预算…` per
    // project), not one quantity.
    if (valueGroups(list) > 2) continue;
    for (const l of list) compared.add(l.q);
    // Each figure is compared with the first before it that it agrees with (else the first of all). Figures printed
    // alike have one interval: only the first of each kind is looked at, so a name said a thousand times (a long
    // report's template repeated) costs a pass, not a pass over pairs.
    const kinds = new Map<string, Located>([[printedAs(list[0].q), list[0]]]);
    for (let i = 1; i < list.length; i++) {
      const q = list[i].q;
      const own = intervalOf(q);
      let agreeing: Located | undefined;
      for (const o of kinds.values()) {
        if (overlaps(scale(intervalOf(o.q), unitFactor(o.q.unit, q.unit)), own)) {
          agreeing = o;
          break;
        }
      }
      compare(out, key.slice(0, key.indexOf('|')), q, (agreeing ?? list[0]).q);
      if (!kinds.has(printedAs(q))) kinds.set(printedAs(q), list[i]);
    }
  }
  return compared;
}

// `2023年2月,全国发行新增地方政府债券4419亿元` and `2023年1-2月,…10677亿元` (rn-quanguo-czb-2023): a month, a quarter,
// 累计 or 当月 said before the figure in its sentence says which period it is of.
const PERIOD = /\d{1,2}\s*(?:[-—–至~]\s*\d{1,2}\s*)?月(?:份|末|底)?|[一二三四1-4]季度|上半年|下半年|前三季度|累计|当月|年初|年末|年底/g;

/** The last period said before a figure in its paragraph (a sentence goes on with the period of the one before). */
function periodOf(report: Report, l: Located): string {
  const before = report.text.slice(Math.max(l.paragraph.span.start, l.q.span.start - PERIOD_LOOK_BACK), l.q.span.start);
  let last = '';
  for (const m of before.matchAll(PERIOD)) last = m[0].replace(/\s+/g, '').replace(/[—–至~]/, '-');
  return last;
}
const PERIOD_LOOK_BACK = 400;

/** What a figure's interval depends on: figures printed alike have the same. */
const printedAs = (q: Quantity) => `${q.value.toString()}|${q.unit}|${q.decimals}|${q.kind}|${q.coarse ? 1 : 0}`;

/** How many values, apart from rounding, the figures take. */
function valueGroups(list: Located[]): number {
  const groups: Quantity[] = [];
  for (const { q } of list) {
    if (!groups.some((g) => overlaps(scale(intervalOf(g), unitFactor(g.unit, q.unit)), intervalOf(q)))) groups.push(q);
  }
  return groups.length;
}

/**
 * One figure printed twice in one unit at the same places must be the same digits (418.98 against 418.97 is no
 * rounding: both stand for one amount): off in the last digit only, a warning.
 */
export function printedAlike(q: Quantity, first: Quantity): Partial<RelationSpec> {
  if (q.unit !== first.unit || q.decimals !== first.decimals || q.value.eq(first.value)) return {};
  const lastDigitOnly = q.decimals > 0 && q.value.sub(first.value).abs().lt(new Decimal(10).pow(1 - q.decimals));
  return { statedInterval: point(q.value), expected: point(first.value), severity: lastDigitOnly ? 'warning' : 'error' };
}

function compare(out: RuleOutput, name: string, q: Quantity, first: Quantity): void {
  const f = unitFactor(first.unit, q.unit);
  // `一般公共预算收入15.3亿元` restated as `153,456万元` (a helper's 预算执行 probe): said in another unit with fewer places,
  // a figure is the other rounded to what it prints, whatever precision the rest of the text keeps.
  const firstPlaces = first.decimals - f.e;
  const coarse = (x: Quantity) => intervalOf({ ...x, coarse: true });
  const rounded = q.unit === first.unit ? {} : q.decimals < firstPlaces ? { statedInterval: coarse(q) } : firstPlaces < q.decimals ? { expected: scale(coarse(first), f) } : {};
  relation(out, {
    ruleId: 'same-figure',
    stated: q,
    label: name,
    operands: [{ label: name, value: first.value, unit: first.unit, span: first.span }],
    formula: t('前文{0} {1}', name, first.raw + first.unit),
    computed: first.value.mul(f),
    expected: scale(intervalOf(first), f),
    decimals: moneyDecimals(first.decimals, q.decimals),
    unit: q.unit,
    note: t('同一数字两处不一致，其中必有一处有误'),
    noFix: true,
    ...rounded,
    ...printedAlike(q, first),
  });
}
