// The report's own year: a 2023 决算 whose 第三部分 is titled `2022年度…决算情况说明`, that says
// `截至2022年12月31日`, or whose 三公 paragraph opens `2022年“三公”经费…决算为…` between sentences of 2023.
// Only when the report's year is certain (see reportYear); a year used as a base (与2022年相比, 较上年) is right.
import type { Paragraph, Report, Span } from '../report/model';
import { t } from '../l10n';
import { offsetInDocument } from '../report/prose';
import type { Rule, RuleOutput } from './rule';
import { datedNoticeMessage, datesBeforeTheirDocument } from './dated-notice';

const YEAR = /(?<!\d)(20\d\d)\s*年/g;
// Not a project's evaluation (`五华区2023年高标准农田建设项目重点绩效评价报告`): its year names the project, whose
// funds may well arrive the year after.
const KIND = /决算|自评|部门整体支出/;
// A 预算 text speaks of the coming year; a plan or a target too.
const PLAN = /预算(?!执行)|计划|规划|目标/;
const COMPARED = /对比|比较|相比|同期|上年|去年|较|与/;

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** A line that says what a whole text is: one year, a 决算/自评 kind, and no plan (`2024年部门预算`). */
function yearOfTitle(line: string): number | undefined {
  if (line.length > 60 || /[。；！？]/.test(line)) return undefined;
  const years = new Set(yearsIn(line));
  if (years.size !== 1 || !KIND.test(line) || (/项目/.test(line) && !/部门整体/.test(line))) return undefined;
  if (PLAN.test(line) && !/决算|自评/.test(line)) return undefined;
  return [...years][0];
}

/** A sentence of prose, with its offset in the paragraph's text. */
interface Sentence {
  p: Paragraph;
  text: string;
  at: number;
}

function sentencesOf(report: Report): Sentence[] {
  const out: Sentence[] = [];
  for (const p of report.paragraphs) {
    for (const m of p.text.matchAll(/[^。！？]+[。！？]?/g)) out.push({ p, text: m[0], at: m.index });
  }
  return out;
}

// A sentence whose subject is a year: `2022年“三公”经费…`, `1.2023年本年支出…`, `本部门2023年度…`.
const OPENING = /^[\s\d.．、)）(（]*[^\d，,。；;：:]{0,12}?(?<!\d)(20\d\d)\s*年度?/;

function openingYear(s: Sentence): { year: number; index: number } | undefined {
  const m = OPENING.exec(s.text);
  if (!m) return undefined;
  const before = m[0].slice(0, m[0].indexOf(m[1]));
  if (/与|较|比|同|对|上|截[至止]|至|到|从|自/.test(before)) return undefined;
  return { year: Number(m[1]), index: m.index + m[0].indexOf(m[1]) };
}

/**
 * The report's year, when certain: named by the title line (its first line), or a strong majority of the
 * years its prose and headings name (≥ 5 and four times all others), in a text whose title or headings say
 * 决算/自评 and none of which is a 预算 or a plan. With the kind of text it is: 决算, or else 自评/绩效.
 */
export function reportYear(report: Report): { year: number; kind: RegExp } | undefined {
  // Read once per analysis: share asks for each of its parts, grand-totals and this rule once each.
  let known = yearsOf.get(report);
  if (known === undefined) yearsOf.set(report, (known = yearOf(report) ?? null));
  return known ?? undefined;
}

const yearsOf = new WeakMap<Report, { year: number; kind: RegExp } | null>();

/** The first line that is not blank, as `text.split(/\r?\n/).find(…)` finds it, without splitting the whole text. */
function firstLine(text: string): string | undefined {
  for (let start = text.startsWith('\uFEFF') ? 1 : 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, nl >= 0 && text[end - 1] === '\r' && end > start ? end - 1 : end);
    if (line.trim() !== '') return line;
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  return undefined;
}

function yearOf(report: Report): { year: number; kind: RegExp } | undefined {
  const first = firstLine(report.text);
  const line = first?.trim().replace(/^#+\s*/, '').replace(/[*_]/g, '') ?? '';
  const titled = yearOfTitle(line);
  // (`二、2023年度部门整体支出情况` in a 2024 自评 report: its own 部门整体支出 too.)
  if (titled !== undefined) return { year: titled, kind: /决算/.test(line) ? /决算/ : /自评|绩效|部门整体支出/ };
  const titles = [...(first ? [first] : []), ...report.headings.map((h) => h.title)];
  if (!titles.some((l) => KIND.test(l)) || titles.some((l) => PLAN.test(l) && !/决算|执行|自评/.test(l))) return undefined;
  const counts = new Map<number, number>();
  const texts = [...report.headings.map((h) => h.title), ...report.paragraphs.map((p) => p.text)];
  for (const text of texts) {
    for (const m of text.matchAll(YEAR)) {
      if (COMPARED.test(text.slice(Math.max(0, m.index - 3), m.index)) || /^\s*年度?(相比|比较|同期)/.test(text.slice(m.index + 4))) continue;
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return undefined;
  const [year, n] = ranked[0];
  const others = ranked.slice(1).reduce((sum, [, k]) => sum + k, 0);
  return n >= 5 && n >= 4 * others ? { year, kind: titles.some((l) => /决算/.test(l)) ? /决算/ : /自评|绩效|部门整体支出/ } : undefined;
}

function flag(out: RuleOutput, span: Span, stated: number, year: number, message: string): void {
  out.report({
    span,
    message,
    related: [],
    fix: { title: t('将 {0} 改为 {1}', String(stated), String(year)), edits: [{ span, newText: String(year) }] },
  });
}

/**
 * `2022年度部门决算情况说明` in a 2023 决算: a section title of another year, of the report's own kind (a 2020 决算表
 * quoted in a 2023 自评报告 is another matter).
 */
function headings(report: Report, year: number, kind: RegExp, out: RuleOutput): void {
  for (const h of report.headings) {
    const years = [...h.title.matchAll(YEAR)];
    if (years.length !== 1 || Number(years[0][1]) === year) continue;
    if (!kind.test(h.title) || (PLAN.test(h.title) && !/决算|自评/.test(h.title)) || COMPARED.test(h.title)) continue;
    // `三、2022年度部门整体支出绩效自评问题整改情况`: last year's evaluation, what came of it.
    if (LAST_YEARS_RESULTS.test(h.title) && Number(years[0][1]) === year - 1) continue;
    const start = h.titleSpan.start + years[0].index;
    const stated = Number(years[0][1]);
    flag(out, { start, end: start + 4 }, stated, year, t('本报告是 {0} 年度的，此标题写的是 {1} 年', String(year), String(stated)));
  }
}

// (`二、2022年度绩效评价结果运用情况`: 运用 as 应用 — a helper's 自评 probe.)
const LAST_YEARS_RESULTS = /整改|结果(的)?(应用|运用)|问题|反馈|落实|回头看/;

/** How far below the title a repeat of it is looked for (a web page's title, its date line, the document's own title). */
const NEAR_TOP = 400;
/** How many characters a repeat may differ by, in one place (`决算支出` / `决支出`). */
const RETYPED = 2;

/**
 * `迪庆州州本级2020年度“三公”经费决支出情况说明` under the title `迪庆州州本级2021年度“三公”经费决算支出情况说明`
 * (sg-diqing-czj-2021): the title said again near the top — a web page's title over the document's own — with
 * another year. Equal but for the year and one short stretch of characters.
 */
function titleAgain(report: Report, year: number, out: RuleOutput): void {
  const title = report.title;
  if (!title || new Set(yearsIn(title.text)).size !== 1 || yearsIn(title.text)[0] !== year) return;
  const bare = (text: string) => text.replace(YEAR, '').replace(/[\s\u3000]/g, '');
  const own = bare(title.text);
  for (const p of report.paragraphs) {
    if (p.span.start < title.span.end) continue;
    if (p.span.start - title.span.end > NEAR_TOP) break;
    if (p.text.length > 60 || /[。；;！？，,：:]/.test(p.text)) continue;
    const years = [...p.text.matchAll(YEAR)];
    if (years.length !== 1 || Number(years[0][1]) === year || !differsLittle(bare(p.text), own)) continue;
    const start = offsetInDocument(p.segments, years[0].index);
    flag(out, { start, end: start + 4 }, Number(years[0][1]), year, t('本报告是 {0} 年度的，标题再次出现时写的是 {1} 年', String(year), years[0][1]));
  }
}

/** Whether two names are one but for a stretch of at most RETYPED characters in one place. */
function differsLittle(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > RETYPED || Math.min(a.length, b.length) < 8) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return Math.max(a.length, b.length) - head - tail <= RETYPED;
}

/** `截至2022年12月31日` in a 2023 report, unless the clause compares (`比截至2022年12月31日…`). */
function yearEnds(sentences: Sentence[], year: number, out: RuleOutput): void {
  for (const s of sentences) {
    for (const m of s.text.matchAll(/截[至止]到?\s*(20\d\d)\s*年\s*12\s*月\s*31\s*日/g)) {
      const stated = Number(m[1]);
      if (stated === year) continue;
      const clauseStart = Math.max(s.text.lastIndexOf('，', m.index), s.text.lastIndexOf(',', m.index), 0);
      if (/比|较|与|相比|同期/.test(s.text.slice(clauseStart, m.index))) continue;
      // `截至2022年12月31日，项目已累计完成…`: a project's history, not the report's year end.
      if (/累计|已经?|以来|历年|先后/.test(s.text)) continue;
      // `截至2023年12月31日，…资产总额9714.91万元，截至2022年12月31日为9500.00万元` (a helper's 决算 probe): last year's
      // end beside this year's own, in one sentence, is the base of a comparison.
      // (Nor `上年末（截至2022年12月31日）`, nor the sentence before one of this year's end: `截至2022年12月31日，全县低保对象
      // 7512人。截至2023年12月31日，…7268人，减少244人。` — a helper's 自评 probes.)
      const next = sentences[sentences.indexOf(s) + 1]?.text ?? '';
      if (stated === year - 1 && new RegExp(`截[至止]到?\\s*${year}\\s*年\\s*12\\s*月\\s*31\\s*日`).test(s.text + next)) continue;
      if (stated === year - 1 && /(上年|去年)(末|底)[（(]?\s*$/.test(s.text.slice(Math.max(0, m.index - 6), m.index))) continue;
      // (Nor what was carried into the year: `年初结转资金55.21万元，为截至2022年12月31日尚未发放的补贴资金` — a helper's 补贴
      // probe.)
      if (stated === year - 1 && /年初(结转|结余|余额)|上年结转|结转(资金|结余)?/.test(s.text)) continue;
      const i = s.at + m.index + m[0].indexOf(m[1]);
      const start = offsetInDocument(s.p.segments, i);
      flag(out, { start, end: start + 4 }, stated, year, t('本报告是 {0} 年度的，年末应是“截至{0}年12月31日”，此处写的是 {1} 年', String(year), String(stated)));
    }
  }
}

/**
 * `2022年“三公”经费财政拨款支出决算为3.46万元` in a 2023 report, between sentences that open with 2023: the one
 * year of its sentence is its subject, and 决算 is in the same clause.
 */
function openings(sentences: Sentence[], year: number, out: RuleOutput): void {
  const opened = sentences.map((s) => ({ s, o: openingYear(s) })).filter((x) => x.o !== undefined);
  opened.forEach(({ s, o }, k) => {
    if (o!.year === year) return;
    if (new Set(yearsIn(s.text)).size !== 1) return;
    const clause = s.text.slice(o!.index).split(/[，,；;：:]/)[0];
    // A sentence states a figure: `2022年决算数` alone is a table's column header (jz-yunxian-sangong-2023).
    if (!/\d\s*(万?元|亿元)/.test(s.text.slice(o!.index + 4))) return;
    if (!/决算/.test(clause) || /预算(?!执行|财政拨款|拨款)/.test(clause.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, ''))) return;
    if (COMPARED.test(s.text)) {
      // 较上年 speaks of the year before this sentence's own: fine. A comparison naming another year is not.
      if (/(与|较|比|同|对)\s*20\d\d|20\d\d\s*年度?\s*(相比|比较|同期)/.test(s.text)) return;
    }
    const neighbours = [opened[k - 1], opened[k + 1]].filter((x) => x !== undefined);
    if (!neighbours.length || neighbours.some((x) => x.o!.year !== year)) return;
    // `2023年“三公”经费决算31.26万元。2022年“三公”经费决算35.72万元。`: the year before, of the same subject, said
    // next to it — a pair to compare, not a copied year.
    const subject = subjectAfterYear(s.text.slice(o!.index));
    if (o!.year === year - 1 && subject && neighbours.some((x) => subjectAfterYear(x.s.text.slice(x.o!.index)) === subject)) return;
    // `2023年部门决算支出2819.75万元。` / `2024年全年支出2891.75万元，较上年增加72万元…`: the year before, stated as the base of a
    // comparison with 上年 in one of the two sentences after it (a helper's 自评报告 probes).
    const at = sentences.indexOf(s);
    if (o!.year === year - 1 && sentences.slice(at + 1, at + 3).some((x) => /(较|比|与|同)\s*(上年|去年|上一年)|同比/.test(x.text))) return;
    const start = offsetInDocument(s.p.segments, s.at + o!.index);
    flag(out, { start, end: start + 4 }, o!.year, year, t('本报告是 {0} 年度的，前后各句也都说 {0} 年，此句的决算写的是 {1} 年', String(year), String(o!.year)));
  });
}

/** `2022年“三公”经费决算35.72万元` → `“三公”经费决算`: what a sentence opening on a year states, up to its figure. */
function subjectAfterYear(text: string): string {
  return text.replace(/^20\d\d\s*年度?/, '').split(/[，,；;：:]/)[0].replace(/(为|是|共计|合计)?\s*[0-9０-９][\s\S]*$/, '');
}

/** `对2022年度部门整体支出开展了绩效自评`, `现将2022年度…自评情况报告如下`: the year the report says it evaluates. */
const EVALUATES = [
  /(?:对|就)\s*(?:本(?:部门|单位))?\s*(20\d\d)\s*年度?[^。；;，,]{0,24}?(?:开展|进行|实施|组织)了?[^。；;，,]{0,8}?自评/g,
  /现将\s*(20\d\d)\s*年度?[^。；;]{0,30}?(?:自评|决算)[^。；;]{0,10}?(?:报告|说明)如下/g,
];

/**
 * `根据…通知要求，我单位对2022年度部门整体支出开展了绩效自评` in a 2023 自评 report: the year it says it evaluates,
 * copied from last year's report. Only these two fixed phrasings, where no other year can be meant.
 */
function evaluatedYear(sentences: Sentence[], year: number, out: RuleOutput): void {
  for (const s of sentences) {
    if (!/自评|决算/.test(s.text)) continue;
    for (const re of EVALUATES) {
      for (const m of s.text.matchAll(re)) {
        const stated = Number(m[1]);
        if (stated === year) continue;
        // (`2023年4月，我局对2022年度部门整体支出开展了绩效自评` (a helper's 补贴 probe): last year's evaluation, dated when
        // it was done — history, not a copied year.)
        if (stated === year - 1 && new RegExp(`${year}\\s*年\\s*\\d{1,2}\\s*月`).test(s.text.slice(0, m.index))) continue;
        const i = s.at + m.index + m[0].indexOf(m[1]);
        const start = offsetInDocument(s.p.segments, i);
        flag(out, { start, end: start + 4 }, stated, year, t('本报告是 {0} 年度的，此处说评价的是 {1} 年度', String(year), String(stated)));
      }
    }
  }
}

export const reportYearRule: Rule = {
  id: 'report-year',
  severity: 'warning',
  description: '报告年度应前后一致：标题、“截至…12月31日”和决算的年份应为报告本身的年度',
  example: '标题为“2023年度部门决算”，正文写“截至2022年12月31日”或第三部分题为“2022年度部门决算情况说明”',
  run(report, out) {
    // (Whatever the report's year: a document cannot be received before it was issued.)
    // Which year the date should carry is not known (the document's or a later one): no fix is offered.
    for (const d of datesBeforeTheirDocument(report)) out.report({ span: d.span, message: datedNoticeMessage(d.stated, d.year), related: [] });
    const sentences = sentencesOf(report);
    // (Before the report's year is taken from its title: the title may be the slip.)
    if (staleTitle(report, sentences, out)) return;
    const own = reportYear(report);
    if (own === undefined) return;
    const { year } = own;
    headings(report, year, own.kind, out);
    titleAgain(report, year, out);
    yearEnds(sentences, year, out);
    evaluatedYear(sentences, year, out);
    openings(sentences, year, out);
    selfComparisons(sentences, year, out);
  },
};

/**
 * `2023年度收入总计3578.42万元，与2023年度相比减少134.18万元` in a 2023 report: a year compared with itself — the base
 * is the year before. Only where the sentence opens on the report's year, and the compared year is no budget of it
 * (`比2023年初预算`, `较2023年计划`).
 */
function selfComparisons(sentences: Sentence[], year: number, out: RuleOutput): void {
  for (const s of sentences) {
    if (openingYear(s)?.year !== year) continue;
    for (const m of s.text.matchAll(/(与|较|比|同)\s*(20\d\d)\s*年度?(?!\s*\d)/g)) {
      if (Number(m[2]) !== year) continue;
      // (`与2016年公共财政预算收入…相比`, `比2014年度預算`: the same year's budget, plan or start.)
      const rest = s.text.slice(m.index + m[0].length).split(/[，,；;。]/)[0];
      if (/^(初|末|底)|预算|預算|计划|計劃|目标|目標|年初/.test(rest)) continue;
      const i = s.at + m.index + m[0].indexOf(m[2]);
      const start = offsetInDocument(s.p.segments, i);
      const span = { start, end: start + 4 };
      out.report({
        span,
        message: t('本报告是 {0} 年度的，此处与 {0} 年自身相比；比较的应是上一年度 {1} 年', String(year), String(year - 1)),
        related: [],
        fix: { title: t('将 {0} 改为 {1}', String(year), String(year - 1)), edits: [{ span, newText: String(year - 1) }] },
      });
    }
  }
}

/** A title line of a report of a year: one year, and what kind of text it is. */
const TITLE_KIND = /决算|预算|自评|绩效|报告|说明|公开/;
/** A sentence stating what is planned: a year after the report's may well be named there. */
const PLANNED = /计划|拟|预计|将|规划|目标|下一?年度?/;

/**
 * `XX县教育局2022年度部门决算公开说明` over `2023年度收入总计…。与2022年度相比，…` and every other sentence of 2023 (a
 * helper's 决算说明 slip probes): last year's title left on this year's report. Only when at least two sentences open
 * on a year and state an amount, every one the year after the title's, none of them a plan — and the body either
 * compares with the title's year or has three such sentences or more.
 */
function staleTitle(report: Report, sentences: Sentence[], out: RuleOutput): boolean {
  const title = report.title;
  if (!title || title.text.length > 60 || !TITLE_KIND.test(title.text)) return false;
  const years = [...title.text.matchAll(YEAR)];
  if (years.length !== 1) return false;
  const stated = Number(years[0][1]);
  const opened: number[] = [];
  for (const s of sentences) {
    if (s.p.span.start < title.span.end) continue;
    const o = openingYear(s);
    if (!o || !/\d\s*(万?元|亿元)/.test(s.text.slice(o.index + 4)) || PLANNED.test(s.text)) continue;
    opened.push(o.year);
  }
  if (opened.length < 2 || opened.some((y) => y !== stated + 1)) return false;
  const body = report.text.slice(title.span.end);
  const compared = new RegExp(`(与|较|比|同)\\s*${stated}\\s*年`).test(body);
  if (!compared && opened.length < 3) return false;
  const at = report.text.slice(title.span.start, title.span.end).indexOf(years[0][1]);
  if (at < 0) return false;
  const start = title.span.start + at;
  const span = { start, end: start + 4 };
  out.report({
    span,
    message: compared
      ? t('标题写的是 {0} 年，正文各句的数字都是 {1} 年的，并与 {0} 年相比：标题的年度应是 {1}', String(stated), String(stated + 1))
      : t('标题写的是 {0} 年，正文各句的数字都是 {1} 年的：标题的年度应是 {1}', String(stated), String(stated + 1)),
    related: [],
    fix: { title: t('将 {0} 改为 {1}', String(stated), String(stated + 1)), edits: [{ span, newText: String(stated + 1) }] },
  });
  return true;
}
