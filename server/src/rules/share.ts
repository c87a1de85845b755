// `基本支出344.12万元，占总支出的0.73%` — a share is the part divided by the named whole.
import Decimal from 'decimal.js';
import type { Quantity, Report, Paragraph } from '../report/model';
import { t } from '../l10n';
import { canBeAtMost, div, intervalOf, overlaps, scale, sum } from './interval';
import { CHANGE_ONLY, DIFFERENCE } from './compared';
import { identityCovers } from './identities';
import { PER_HEAD, QIZHONG, partLists, unitFactor, type PartList } from './prose-lists';
import { BUDGET_END, figureYear, findNamed, findNamedUnique, isBudgetOfCompletion, isPrior, locatedOf, proseFigures, runsOf, spentAfter, type Located } from './prose-index';
import { reportYear } from './report-year';
import { relation } from './relation';
import { sharesOfNamedParts } from './share-names';
import { tableShares } from './table-shares';
import type { Rule, RuleOutput } from './rule';
import { sharesOfUnstatedWhole } from './share-unstated';
import { sharesOfCounts, sharesOfCountWholes } from './share-counts';
import { SHARE_LABEL, wholeNameOf, asShareOf } from './share-label';
import { operandOf } from './sum-of-parts';
import { lowerBound } from './figures-before';


export interface Share {
  share: Quantity;
  part: Quantity;
  whole: Quantity;
  wholeName: string;
  located: Located;
}

/**
 * The part each share may belong to: the nearest money figure before it in the same sentence (by index in
 * `all`, -1 for none). Found in one pass: a sentence of thousands of shares must not be read again for each.
 */
const ITEM_CHANGE = /^[\s\u3000]*(同比|比上年|较上年|比去年|较去年)?(增收|减收|增支|减支|增加|减少|多收|少收)了?$/;

function partsBefore(all: Located[]): Int32Array {
  const out = new Int32Array(all.length);
  let last = -1;
  let lastAside = -1;
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && all[i - 1].sentence !== all[i].sentence) last = lastAside = -1;
    const q = all[i].q;
    // `…769.70万元,占100%(其中:公务用车购置费0万元,占0.00%;…)` (jz-kmwh-sangong-2021): a share in an aside is of the
    // aside's own amount before it.
    // (A bracket that opens on the share, `执法办案经费1268.40万元（占项目支出的36.28%）` (gongan-2024-para), gives the share of
    // the amount right before it.)
    out[i] = q.inParens ? (lastAside > last ? lastAside : /^[\s\u3000]*[（(][\s\u3000]*占/.test(q.label) ? last : -1) : last;
    // `基本支出702.18万元（人员经费618.45万元、公用经费83.73万元），占…`: the aside is not whose share it is; nor is a
    // change (`授予中小微企业1744.9亿元,较去年增长293.4亿元,增幅20.2%,占…的86.1%`).
    // (Nor `同比增收50亿元`, `增支10.12亿元` — a helper's 预算执行 probe: the item's change, between it and its share.)
    if (q.incidental || q.kind !== 'money' || DIFFERENCE.test(q.label) || CHANGE_ONLY.test(q.label) || ITEM_CHANGE.test(q.label)) continue;
    if (q.inParens) lastAside = i;
    else last = i;
  }
  return out;
}

/**
 * The money figure before `at` in its sentence whose label ends with `name`: the last such figure before it, if
 * it is in the sentence. Looked up by the label's ending (an index per length of name asked for), not by reading
 * the sentence back: a sentence of thousands of clauses may name no such figure.
 */
function namedInSentence(all: Located[], at: Located, name: string): Located | undefined {
  let lengths = byEnding.get(all);
  if (!lengths) byEnding.set(all, (lengths = new Map()));
  let index = lengths.get(name.length);
  if (!index) {
    index = new Map();
    for (const l of all) {
      const q = l.q;
      // (`人均公用经费2.42万元` is no 公用经费: an average is named by its whole's name too.)
      if (q.incidental || q.kind !== 'money' || q.label.length < name.length || PER_HEAD.test(q.label)) continue;
      const ending = q.label.slice(q.label.length - name.length);
      const list = index.get(ending);
      if (list) list.push(l.index);
      else index.set(ending, [l.index]);
    }
    lengths.set(name.length, index);
  }
  const list = index.get(name);
  if (!list) return undefined;
  const k = lowerBound(list.length, (i) => list[i] >= at.index);
  const found = k > 0 ? all[list[k - 1]] : undefined;
  return found?.sentence === at.sentence ? found : undefined;
}
const byEnding = new WeakMap<Located[], Map<number, Map<string, number[]>>>();

/** The last money figure of the paragraph before `at` named exactly `name` (its label, the year aside), if any. */
function namedInParagraph(report: Report, at: Located, name: string): Located | undefined {
  if (name.length < 3) return undefined;
  const found = findNamed(report, name, at.index, (q) => q.kind === 'money' && !q.inParens && !PER_HEAD.test(q.label), true);
  return found && found.paragraph === at.paragraph && found.q.label.replace(/^\d{4}年度?/, '').endsWith(name) ? found : undefined;
}

/** `公务用车平台运行经费在项目支出中占比18.43%` after `公务用车平台运行386.25万元`: the name said with 经费 (资金, 费用) after it. */
function namedWithoutMeasure(report: Report, at: Located, name: string): Located | undefined {
  const bare = name.replace(/(经费|资金|费用)$/, '');
  return bare !== name && bare.length >= 4 ? namedInParagraph(report, at, bare) : undefined;
}

const OTHER_PERIOD = /^(上半年|下半年|[一二三四]季度|前[三两二]季度|1-\d{1,2}月|截至\d)/;

const BREAKDOWN = /^[\s\u3000]*(按|分)[^，,。；;]{1,12}(划分|分类|来看|看)[：:，,]?/;

/** The first amount of the sentence before the one `at` stands in (in its paragraph, or the last of the one before). */
function firstAmountBefore(report: Report, at: Located): Quantity | undefined {
  // The sentences before it, in its paragraph and the one before; a `其中：…` sentence goes on with the one before it.
  const p = report.paragraphs.indexOf(at.paragraph);
  const earlier = [...(p > 0 ? report.paragraphs[p - 1].sentences : []), ...at.paragraph.sentences.slice(0, at.paragraph.sentences.indexOf(at.sentence))];
  let k = earlier.length - 1;
  while (k > 0 && QIZHONG.test(earlier[k].clauses[0]?.text ?? '')) k--;
  return earlier[k]?.clauses.flatMap((c) => c.quantities).find((q) => q.kind === 'money' && !q.incidental && !q.inParens);
}

/** A whole named by a budget word alone, and a part's label that names what it is of before its measure word. */
const BUDGET_ONLY = /^(调整后预算|年初预算|全年预算|可执行预算|预算|预算数)$/;
const OWN_SUBJECT = /.{2,}(实际支出|支出|决算|执行数|执行)$/;

const cache = new WeakMap<Report, Share[]>();

/**
 * `一般公共服务支出0 万元,占本年财政拨款支出488.80 万元的 0 %`, `公用经费支出30万元,占基本支出100万元的30%`: the whole
 * stated inside the share's phrase, the part the amount just before it in the sentence. (A budget or plan there is a
 * completion rate, the rate rule's.)
 */
function wholeInline(all: Located[], at: Located): { part: Located; whole: Located } | undefined {
  const whole = all[at.index - 1];
  const part = all[at.index - 2];
  if (at.q.label !== '的' || !whole || !part || whole.sentence !== at.sentence || part.sentence !== at.sentence) return undefined;
  const plain = (l: Located) => l.q.kind === 'money' && !l.q.incidental && !l.q.inParens;
  if (!plain(whole) || !plain(part) || !/^占[^占]{2,}$/.test(whole.q.label) || isBudgetOfCompletion(whole.q, at.q)) return undefined;
  if (part.q.label.startsWith('占') || CHANGE_ONLY.test(part.q.label) || DIFFERENCE.test(part.q.label)) return undefined;
  return { part, whole };
}

/** Every share in the prose whose part and whole can both be found. */
export function shares(report: Report): Share[] {
  let found = cache.get(report);
  if (found) return found;
  found = [];
  const unfound: Orphan[] = [];
  const paired = new Set<Quantity>();
  const all = proseFigures(report);
  const listOf = new Map(partLists(report).flatMap((l) => l.parts.map((p) => [p, l] as const)));
  const partBefore = partsBefore(all);
  // The totals of 其中 lists, by paragraph.
  const totalsIn = new Map<Paragraph, Quantity[]>();
  for (const l of partLists(report)) {
    const list = totalsIn.get(l.paragraph) ?? [];
    if (!list.includes(l.total)) list.push(l.total);
    totalsIn.set(l.paragraph, list);
  }
  // A figure with a share of a whole right after it is a part of that whole, never the whole itself
  // (rd-lintao-czj-2024: `税收收入15348万元，占收入的89.99%；非税收入1708万元，占收入的10.01%`).
  const partOfNamed = new Map<Quantity, string>();
  for (const l of all) {
    const m = l.q.kind === 'percent' && !l.q.incidental ? SHARE_LABEL.exec(l.q.label) : null;
    if (m && partBefore[l.index] >= 0) partOfNamed.set(all[partBefore[l.index]].q, wholeNameOf(m[1]));
  }
  /** The last share that named its whole. */
  let last: { located: Located; wholeName: string; whole?: Quantity } | undefined;
  for (const located of all) {
    const q = located.q;
    if (q.kind !== 'percent' || q.unit !== '%' || q.incidental || paired.has(q)) continue;
    const inline = wholeInline(all, located);
    if (inline) {
      found.push({ share: q, part: inline.part.q, whole: inline.whole.q, wholeName: inline.whole.q.label.slice(1), located });
      continue;
    }
    const shareLabel = asShareOf(q.label);
    const m = SHARE_LABEL.exec(shareLabel);
    if (!m) continue;
    const wholeName = wholeNameOf(m[1]);
    // `…分别占基金收入和基金支出的72.67%、94.26%` (a helper's 社保 probe): two wholes, one per share — not read.
    if (/.{2,}(和|与|及|、).{2,}/.test(wholeName) && /分别/.test(located.clause.text + q.label)) continue;
    const clause = located.clause;
    // `分别为0.54亿元、0.04亿元和0.74亿元，占全市政府采购规模的40.91%、3.03%和56.06%`: a run of shares after a run
    // of amounts pairs them by position, with or without 分别 before 占.
    if (q.label.endsWith('分别' + m[0]) || /占比分别|比重分别|分别占/.test(clause?.text ?? '') || startsARun(all, located)) {
      respectively(all, located, wholeName, found, paired, report, listOf, unfound);
      continue;
    }
    // `…服务类77.56万元，工程类占92.60%`: a name before 占 says whose share it is; the figure of that name in the
    // sentence, or none — not the nearest figure, which is another's.
    const partName = shareLabel.slice(0, m.index).replace(/^[\s\u3000]*[（(]?[\s\u3000]*/, '').replace(/^(其中|分别)/, '');
    const nearest = partBefore[located.index] >= 0 ? all[partBefore[located.index]] : undefined;
    // (`第一产业增加值61.86亿元,…。第一产业增加值占生产总值比重为36.1%` (rt-tiemenguan-tjj-2022): stated sentences before,
    // in its paragraph, when no figure between is named so.)
    const partAt =
      partName && !(nearest?.q.label.endsWith(partName) && !PER_HEAD.test(nearest.q.label))
        ? namedInSentence(all, located, partName) ?? namedInParagraph(report, located, partName) ?? namedWithoutMeasure(report, located, partName)
        : nearest;
    if (!partAt) continue;
    let part = partAt.q;
    let whole: Quantity | undefined;
    if (wholeName) {
      // (Not `上年决算支出1402.36万元` for 决算支出, nor `上半年项目支出` for 项目支出: another period's figure of that name.)
      // (Nor `2018年度本年支出合计2165.40万元。` beside `2019年度本年支出合计…`: a sentence opening on another year than the
      // part's — a helper's 决算说明 probes.)
      // (Undated, the part is of the latest year named before it — or the report's.)
      const partYear = figureYear(report, partAt) ?? latestYearBefore(report, partAt.index) ?? String(reportYear(report)?.year ?? '');
      const otherYear = (w: Quantity) => {
        const l = locatedOf(report, w);
        const y = l && figureYear(report, l);
        return !!y && !!partYear && y !== partYear;
      };
      // (And a whole named 上年… is last year's: `上年项目支出3372.42万元，占上年支出预算的56.79%` is of no figure of this
      // year — a helper's 部门预算 probe.)
      const ownPeriod = (w: Quantity) => (isPrior(wholeName) ? isPrior(w.label) : !(isPrior(w.label) || OTHER_PERIOD.test(w.label) || otherYear(w)));
      // (Nor `服务类政府采购支出447.84万元` for the 政府采购支出总额 of `服务类采购447.84万元`: the part said again.)
      const samePart = (w: Quantity) => w.unit === part.unit && w.value.eq(part.value);
      // (Nor a whole stated inside another share's phrase, `收入完成52345万元，占年度预算78000万元的67.1%。支出完成145678万元，
      // 占年度预算的62.3%` (a helper's 财政 report probe): that budget is the other subject's.)
      const candidate = (w: Quantity) => w.kind === 'money' && w !== part && !samePart(w) && partOfNamed.get(w) !== wholeName && ownPeriod(w) && !/^占/.test(w.label);
      let wholeAt = findNamedUnique(report, wholeName, partAt.index, candidate);
      // `资金总额5000万元，已拨付4500万元，其中县级3000万元，占已拨付资金的66.67%` (a helper's 资金分配 probe): a whole named with
      // 资金 after a verb (已拨付, 已下达) is the figure the verb names, stated without it.
      const verb = /^(已|实际)?(拨付|下达|支出|到位|分配|使用)/.test(wholeName) ? wholeName.replace(/(资金|金额)$/, '') : '';
      if (verb && verb !== wholeName && !wholeAt?.q.label.includes(verb)) {
        const named = findNamedUnique(report, verb, partAt.index, candidate);
        if (named && named.q.label.replace(/(了|为|是)$/, '').endsWith(verb)) wholeAt = named;
      }
      // `“三公”经费预算28.00万元，决算24.36万元。公务接待费5.94万元，占“三公”经费的24.38%`: a part spent is of the whole
      // spent, stated right after its budget.
      // (`…占政府性基金预算财政拨款支出的57.34%`: a fund's name is no budget named — a helper's 乡镇 部门决算.)
      if (wholeAt && BUDGET_END.test(wholeAt.q.label) && !/预算|计划/.test((wholeName + part.label).replace(FUND_NAMES, ''))) wholeAt = spentAfter(report, wholeAt) ?? wholeAt;
      // `动物防疫补助实际支出887.36万元，占调整后预算的98.00%`: a project's share of 调整后预算 is of its own budget;
      // the department's, named so in another paragraph, is not it.
      if (wholeAt && wholeAt.paragraph !== partAt.paragraph && BUDGET_ONLY.test(wholeName) && OWN_SUBJECT.test(part.label)) continue;
      // (The total of the part's own 其中 list, named alike, before any other figure of that name: `截至6月30日，项目支出
      // 146.25万元；…项目实际支出318.42万元，其中补助110.00万元，占项目支出的34.55%`.)
      whole = totalOfListNamedAlike(listOf.get(part)?.total, wholeName, wholeAt?.q) ?? (wholeAt && outermost(wholeAt.q, wholeName, listOf)) ?? namedAsTotal(report, wholeName, partAt.index, part);
      // `医保基金总收入191.33亿元。其中，…城乡居民医保基金收入71.33亿元，其中财政补助收入45.67亿元，占医保基金收入的23.87%`
      // (a helper's 社保 probe): a whole found under a longer name (城乡居民…) that is itself a part of a total may be
      // meant, or that total may: the share is read of the one it fits.
      // (The list reader may have read the longer-named figure as the total of its own 其中, not as a part: then the
      // totals before it in the paragraph are the candidates.)
      if (whole && whole.label !== wholeName && !shareFits(q, part, whole)) {
        const w = whole;
        const outer = listOf.get(w)?.total ?? totalsIn.get(partAt.paragraph)?.find((t) => t.span.start < w.span.start && t.unit === w.unit && shareFits(q, part, t));
        if (outer?.kind === 'money' && shareFits(q, part, outer)) whole = outer;
      }
    } else {
      // `其中：基本支出786.42万元，占15.02%` — a bare 占 speaks of the list's total.
      whole = listOf.get(part)?.total;
      // `财政拨款收入400万元,占本年收入合计的80%;事业收入50万元,占10%` — or of the whole the share before it in its
      // sentence named.
      // `2024年支出预算16743.89万元，其中：…。按支出功能分类科目划分：社会保障和就业支出550.82万元，占3.29%；…`: a
      // sentence announcing a breakdown divides the first amount of the sentence before it.
      // (Only a whole the sentence's amounts do not exceed: `项目支出13931.00万元` is no whole of the four functions.)
      if (!whole && BREAKDOWN.test(located.sentence.clauses[0]?.text ?? '')) {
        const before = firstAmountBefore(report, located);
        const amounts = located.sentence.clauses.flatMap((c) => c.quantities).filter((x) => x.kind === 'money' && !x.incidental && !x.inParens);
        const within = (w: Quantity) => canBeAtMost(sum(amounts.map((x) => intervalOf(x, unitFactor(x.unit, w.unit)))), intervalOf(w));
        if (before && within(before)) whole = before;
        // (`全省一般公共预算收入1400亿元，其中税收收入1000亿元。分税种看，增值税350亿元，占比35%` (a helper's 预算执行 probe): the
        // breakdown may be of the part the sentence before ends on — the amount of it the share fits.)
        if (whole === before && before && !shareFits(q, part, before)) {
          const others = (locatedOf(report, before)?.sentence.clauses.flatMap((c) => c.quantities) ?? []).filter((w) => w !== before && w.kind === 'money' && !w.incidental && !w.inParens && within(w) && shareFits(q, part, w));
          if (others.length === 1) whole = others[0];
        }
      }
      if (!whole && last?.located.sentence === located.sentence && last.wholeName) {
        if (last.whole) whole = last.whole;
        else {
          unfound.push({ share: q, part, wholeName: last.wholeName, located });
          continue;
        }
      }
    }
    if (!whole) {
      if (wholeName) {
        unfound.push({ share: q, part, wholeName, located });
        last = { located, wholeName };
      }
      continue;
    }
    // `…公务接待费12.50万元，占31.02%，上年公务接待费15.00万元，占比35.71%` (a helper's 部门预算 probe): last year's part is
    // of last year's whole, which no figure of this year is.
    if (isPrior(part.label.replace(/^[（(]/, '')) && !isPrior(whole.label)) continue;
    // `政府债务余额599.56亿元，其中专项债务余额401.22亿元，债务余额占限额的91.9%` (a helper's 债务 probe): the part named
    // (债务余额) may be the 其中 list's total, named so too, rather than its last part: the one the share fits.
    const listTotal = partName ? listOf.get(part)?.total : undefined;
    if (listTotal && listTotal.label.endsWith(partName) && !shareFits(q, part, whole) && shareFits(q, listTotal, whole)) part = listTotal;
    found.push({ share: q, part, whole, wholeName: wholeName || whole.label, located });
    if (wholeName) last = { located, wholeName, whole };
  }
  cache.set(report, found);
  orphans.set(report, unfound);
  return found;
}

/** A share whose part is found and whose whole, though named, is stated nowhere before it. */
export type Orphan = Omit<Share, 'whole'>;
const orphans = new WeakMap<Report, Orphan[]>();

/** The shares of shares() whose named whole was not found, in document order. */
export function orphanShares(report: Report): Orphan[] {
  shares(report);
  return orphans.get(report) ?? [];
}

/**
 * `“三保”支出19.83亿元，其中保工资16.00亿元、保运转3.83亿元，占一般公共预算支出30.93亿元的64.1%` (a helper's 预算执行
 * probes): a share opening its clause right after a list's last part, the parts joined by 、 with no share of their own,
 * may be of the list's total — the one it fits.
 */
function ofJoinedList<S extends { share: Quantity; part: Quantity; whole: Quantity }>(report: Report, s: S, listOf: Map<Quantity, PartList>): S | undefined {
  const list = listOf.get(s.part);
  if (!list?.total || list.parts.length < 2 || list.parts[list.parts.length - 1] !== s.part) return s;
  const between = report.text.slice(s.part.fullSpan.end, s.share.span.start);
  // (Not shares 分别 of the parts: `…工勤1人，占比分别为53.3%、40.0%、6.7%`.)
  if (!/^[\s\u3000]*[，,][\s\u3000]*占/.test(between) || /分别/.test(between + s.share.label)) return s;
  if (shareFits(s.share, s.part, s.whole) || !joinedList(report, list.parts)) return s;
  // (`…、卫生健康支出4.00亿元，占比80.0%。全县一般公共预算支出30.00亿元。`: with no whole named, a share no part can have
  // is of a whole the list's total is a part of, not stated with it — unread.)
  if (list.total === s.whole) return undefined;
  return shareFits(s.share, list.total, s.whole) ? { ...s, part: list.total } : s;
}

/** Parts in one run, each after the one before by a 、 alone (`保工资16.00亿元、保运转3.83亿元`). */
function joinedList(report: Report, parts: Quantity[]): boolean {
  return parts.every((p, k) => k === 0 || /^[\s\u3000]*、[^，,；;。%％]*$/.test(report.text.slice(parts[k - 1].fullSpan.end, p.span.start)));
}

const TOTAL_WORD = /(合计|共计|总计|累计|总额)$/;

/** A percentage with no name of its own, following another in a run: `40.91%、3.03%和56.06%`. */
const isBareShare = (q: Quantity) => q.kind === 'percent' && q.unit === '%' && !q.incidental && /^(和|及|与|以及)?$/.test(q.label);

function startsARun(all: Located[], at: Located): boolean {
  const next = all[at.index + 1];
  return !!next && next.sentence === at.sentence && isBareShare(next.q);
}

/** The words that make a name a total's: 总支出, 支出合计, 支出总额 all name the whole of 支出. */
const coreOf = (name: string) => name.replace(/^(全部|总|本年度?|当年)|(合计|总计|共计|总额|总数)$/g, '');

/**
 * `…支出合计26,994.72万元…` in one paragraph, `基本支出12,270.36万元，占总支出的45.46%` in the next: 总支出 is named
 * 支出合计 (or 支出总额) there. Only that exact pattern, and only one such figure.
 */
function namedAsTotal(report: Report, wholeName: string, before: number, part: Quantity): Quantity | undefined {
  const m = /^总(.{2,})$/.exec(wholeName);
  if (!m) return undefined;
  for (const alias of [`${m[1]}合计`, `${m[1]}总额`]) {
    const found = findNamedUnique(report, alias, before, (w) => w.kind === 'money' && w !== part);
    if (found) return found.q;
  }
  return undefined;
}

/**
 * `支出合计26,994.72万元，其中基本支出12,270.36万元，占总支出的45.46%`: the share names its whole otherwise than the
 * list's total was named; the total stands for it when both name the same thing (总支出 ~ 我院支出合计).
 */
function totalOfListNamedAlike(total: Quantity | undefined, wholeName: string, named: Quantity | undefined): Quantity | undefined {
  if (!total) return undefined;
  // (Not `支出总计` for 本年支出 or 本年支出合计 (a helper's 决算说明 probes): the 总计 holds the year's 结转和结余 too.)
  if (/总计(为|是)?$/.test(total.label) && /^(\d{4}年度?)?本年|合计$/.test(wholeName)) return undefined;
  const wanted = coreOf(wholeName);
  const theirs = coreOf(total.label.replace(/^\d{4}年度?/, '')).replace(/实际|决算/g, '');
  // (Not `净资产` for 资产总额: a kind of 资产 — a word before the core that makes another thing of it.)
  if (/^(净|固定|流动|无形|在建|其他)/.test(theirs.slice(0, theirs.length - wanted.length))) return undefined;
  // (Nor `项目支出中，公共卫生服务项目106.08万元，占支出总额的16.5%` after `支出总额641.59万元，其中项目支出196.72万元`
  // (a helper's 自评表 probe): a kind of 支出 where the text states the whole by the name the share gives.)
  if (theirs !== wanted && named && named !== total) return undefined;
  return wanted.length >= 2 && theirs.endsWith(wanted) ? total : undefined;
}

/**
 * `A、B、C分别为x万元、y万元、z万元，分别占项目支出的a%、b%和c%`: the shares after 分别占 go with the amounts before
 * them in the same order — the last as many amounts of the sentence as there are shares (a 合计 among them
 * left out). With fewer amounts than shares, none is read.
 */
function respectively(
  all: Located[],
  first: Located,
  wholeName: string,
  found: Share[],
  paired: Set<Quantity>,
  report: Report,
  listOf: Map<Quantity, { total: Quantity }>,
  unfound: Orphan[],
): void {
  const shares = [first];
  for (let i = first.index + 1; i < all.length && all[i].sentence === first.sentence; i++) {
    const q = all[i].q;
    if (!isBareShare(q)) break;
    shares.push(all[i]);
  }
  for (const s of shares) paired.add(s.q);
  const parts: Located[] = [];
  // `…分别为50万元、100万元、50万元。占…的比例分别为25%、50%、25%。`: a sentence of shares alone pairs with the
  // amounts that end the sentence before it.
  // (The figures of the sentence before `first` are the ones just before it in `all`.)
  let alone = true;
  for (let i = first.index - 1; alone && i >= 0 && all[i].sentence === first.sentence; i--) {
    if (!all[i].q.incidental && all[i].q.kind === 'money') alone = false;
  }
  const before = all[first.index - 1];
  const sentence = alone && before ? before.sentence : first.sentence;
  for (let i = first.index - 1; i >= 0 && (all[i].sentence === first.sentence || all[i].sentence === sentence) && parts.length < shares.length; i--) {
    const q = all[i].q;
    if (q.incidental || q.kind !== 'money' || TOTAL_WORD.test(q.label)) continue;
    parts.unshift(all[i]);
  }
  if (parts.length < shares.length) return;
  // `…，其中基本支出…，项目支出…，占比分别为47.55%、52.45%`: with no whole named, the list's.
  const named = wholeName ? findNamed(report, wholeName, parts[0].index, (w) => w.kind === 'money' && !parts.some((p) => p.q === w))?.q : undefined;
  const listWhole = listOf.get(parts[0].q)?.total;
  // (`本部门支出7700.72万元，其中A、B分别为…，占本年支出的比例分别为…` (a helper's slip probe): a whole named by another
  // plain name of all the spending (or income) not stated so is the list's whole.)
  const whole = wholeName ? (named ? outermost(named, wholeName, listOf) : listWhole && sameTotal(wholeName, listWhole.label) ? listWhole : undefined) : listWhole;
  if (!whole) {
    // `…基诺型彩票1.67亿元,占彩票销售总量的比重分别为53.8%、…和0.1%` (ri-quanguo-cpgyj-2019): a whole named but not
    // found may still be all of the parts (share-unstated.ts decides).
    if (wholeName) shares.forEach((s, k) => unfound.push({ share: s.q, part: parts[k].q, wholeName, located: s }));
    return;
  }
  shares.forEach((s, k) => found.push({ share: s.q, part: parts[k].q, whole, wholeName: wholeName || whole.label, located: s }));
}

/** All of a body's spending (or income), plainly named: 本年支出, 本部门支出, 支出总额, 总支出, 部门支出合计. */
const PLAIN_TOTAL = /^(本年度?|本部门|本单位|部门|单位|全年|年度)?(总)?(支出|收入)(总额|合计|总计)?(为|是)?$/;

/** Whether two names are both such a plain total, of spending both or of income both. */
function sameTotal(a: string, b: string): boolean {
  const x = PLAIN_TOTAL.exec(a.replace(/^\d{4}年度?/, ''));
  const y = PLAIN_TOTAL.exec(b.replace(/^\d{4}年度?/, ''));
  // (A 总计 holds the 结转和结余 besides the year's: no plain name of the year's spending.)
  return !!x && !!y && x[3] === y[3] && (x[4] === '总计') === (y[4] === '总计');
}

/**
 * `全省一般公共预算支出4095.1亿元。其中,省本级支出541亿元;市县支出3554.1亿元。…社会保障和就业支出756.5亿元,…占支出的
 * 比重…18.5%` (cz-hunan-czt-2021): a figure named so that is itself a 其中 part of a total named so too is a part of
 * the whole meant, not the whole: the total is.
 */
function outermost(found: Quantity, wholeName: string, listOf: Map<Quantity, { total: Quantity }>): Quantity {
  let whole = found;
  for (let depth = 0; depth < 4; depth++) {
    const total = listOf.get(whole)?.total;
    if (!total || !total.label.endsWith(wholeName) || total.kind !== 'money') break;
    whole = total;
  }
  return whole;
}

/** Whether the share fits its part and whole read in one unit (a unit slip, not a wrong share). */
function fitsAlike(s: Share): boolean {
  const r = div(intervalOf(s.part), intervalOf(s.whole));
  return !!r && overlaps(scale(r, new Decimal(100)), intervalOf(s.share));
}

/** Whether a share fits its part of that whole. */
function shareFits(share: Quantity, part: Quantity, whole: Quantity): boolean {
  const r = shareInterval({ share, part, whole } as Share);
  return !!r && overlaps(r, intervalOf(share));
}

/** The interval the part and whole allow for the share, in percent; undefined when the whole may be 0. */
export function shareInterval(s: Share) {
  const factor = unitFactor(s.part.unit, s.whole.unit);
  const r = div(scale(intervalOf(s.part), factor), intervalOf(s.whole));
  return r && scale(r, new Decimal(100));
}

/**
 * `…决算中，公务接待费支出决算0.53万元，占69%；公务用车购置及运行维护费支出决算1.18万元，占31%`: shares with no whole
 * named and no total stated, which add up to 100%, are each of the parts' sum. Each part is the nearest amount
 * before its share; with a part missing, an amount between two shares left over, or shares that do not add up to
 * 100%, none is read.
 */
export function sharesOfListed(report: Report, paired: ReadonlySet<Quantity>): Array<{ share: Quantity; part: Quantity; parts: Quantity[] }> {
  const out: Array<{ share: Quantity; part: Quantity; parts: Quantity[] }> = [];
  const all = proseFigures(report);
  for (const [i, j] of runsOf(all, 'sentence')) {
    const figures = all.slice(i, j).map((l) => l.q).filter((q) => !q.incidental);
    const runs: Array<{ share: Quantity; part: Quantity }> = [];
    let pending: Quantity | undefined;
    let clean = true;
    for (const q of figures) {
      if (q.kind === 'money' && !q.inParens) {
        if (pending) clean = false; // an amount with no share of its own
        pending = q;
      } else if (q.kind === 'percent' && q.label === '占' && pending && !paired.has(q)) {
        runs.push({ share: q, part: pending });
        pending = undefined;
      } else if (q.kind === 'percent') clean = false;
    }
    if (!clean || pending || runs.length < 2) continue;
    const parts = runs.map((r) => r.part);
    const total = sum(runs.map((r) => intervalOf(r.share)));
    // `“三公”经费…决算中，因公出国(境)费…占0%；公务用车…1.4万元，占0.02%；公务接待费…0.28万元，占0.95%`: shares
    // that do not add up to 100% are still of the parts' sum when the parts are all of a whole by an identity.
    if (!overlaps(total, { lo: new Decimal(100), hi: new Decimal(100) }) && !identityCovers(parts.map((p) => p.label))) continue;
    if (parts.some((p) => p.unit !== parts[0].unit)) continue;
    for (const r of runs) out.push({ ...r, parts });
  }
  return out;
}

const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;

export const share: Rule = {
  id: 'share',
  severity: 'error',
  description: '“占…的 X%”应等于该部分除以所指总数',
  example: '总支出47281.07万元，其中：基本支出344.12万元，占总支出的0.37%；项目支出46936.95万元。',
  run(report, out) {
    // `年末结转结余1843.7万元。其中,基本支出13645.88万元、占比21.49%,…,经营支出130.93万元、占比0.21%` (rd1-shandong-cl-
    // 2023): a part many times its whole, for a share stated below 100%, says the whole is another amount (the parts
    // add up to 本年支出) — for every share read against it.
    const misread = new Set<Quantity>();
    for (const s of shares(report)) {
      if (s.share.value.lte(100) && s.part.value.mul(unitFactor(s.part.unit, s.whole.unit)).gt(s.whole.value.mul(2))) misread.add(s.whole);
    }
    const ofCounts = sharesOfCountWholes(report);
    const listOf = new Map(partLists(report).flatMap((l) => l.parts.map((p) => [p, l] as const)));
    for (const read of [...shares(report), ...ofCounts]) {
      const s = ofJoinedList(report, read, listOf);
      if (!s) continue;
      const factor = unitFactor(s.part.unit, s.whole.unit);
      const expected = shareInterval(s);
      if (!expected) continue;
      // `全年预算数2089元:其中…1777万元,占比85.06%` (zz-anhui-fogua-njbt-2024): a share that fits only with the units
      // taken alike says a unit is wrong; the amounts' own relation says which, the share adds no second finding.
      if (s.part.unit !== s.whole.unit && !overlaps(expected, intervalOf(s.share)) && fitsAlike(s)) continue;
      if (misread.has(s.whole)) continue;
      const computed = s.part.value.mul(factor).div(s.whole.value).mul(100);
      relation(out, {
        ruleId: 'share',
        stated: s.share,
        label: t('{0}占{1}的比重', s.part.label || t('该部分'), s.wholeName),
        operands: [operandOf(s.part), operandOf(s.whole)],
        formula: `${s.part.label} ${s.part.raw} ÷ ${s.whole.label.replace(/^占/, '')} ${s.whole.raw}`,
        computed,
        expected,
        decimals: Math.max(2, s.share.decimals),
        unit: '%',
      });
    }
    const named = new Set([...shares(report), ...ofCounts].map((s) => s.share));
    for (const s of sharesOfListed(report, named)) shareOfSum(out, s, t('各项之和'));
    for (const s of sharesOfUnstatedWhole(report)) shareOfSum(out, s, s.wholeName, t('{0}文中未给出，按所列各项之和计', s.wholeName));
    for (const s of sharesOfCounts(report, named)) shareOfSum(out, s, s.wholeName, t('{0}文中未给出，按所列各项之和计', s.wholeName));
    // `在学前教育、义务教育…间的分配占比分别为5.65%、7.21%…`: shares named by their parts, amounts stated before (share-names.ts).
    for (const s of sharesOfNamedParts(report, named)) shareOfSum(out, s, t('各项之和'));
    // `支出性质 | 决算数 | 占比` with 合计 … 100%: a table's share column.
    tableShares(report, out);
  },
};

/** A share checked against the sum of the parts listed with it, which are all of its whole. */
function shareOfSum(out: RuleOutput, s: { share: Quantity; part: Quantity; parts: Quantity[] }, wholeName: string, note?: string): void {
  const whole = sum(s.parts.map((p) => intervalOf(p)));
  const r = div(intervalOf(s.part), whole);
  if (!r) return;
  const wholeValue = s.parts.reduce((a, p) => a.add(p.value), new Decimal(0));
  if (wholeValue.isZero()) return;
  relation(out, {
    ruleId: 'share',
    stated: s.share,
    label: t('{0}占{1}的比重', s.part.label || t('该部分'), wholeName),
    operands: s.parts.map((p) => operandOf(p)),
    formula: `${s.part.label ? `${s.part.label} ` : ''}${s.part.raw} ÷ (${s.parts.map((p) => p.raw).join(' + ')})`,
    computed: s.part.value.div(wholeValue).mul(100),
    expected: scale(r, new Decimal(100)),
    decimals: Math.max(2, s.share.decimals),
    unit: '%',
    ...(note ? { note } : {}),
  });
}

/** The latest year dated among the figures before `index` (a report names its year and the one before). */
function latestYearBefore(report: Report, index: number): string | undefined {
  let latest: string | undefined;
  const all = proseFigures(report);
  for (let i = Math.max(0, index - 200); i < index; i++) {
    const q = all[i].q;
    if (q.incidental && /^年度?$/.test(q.unit) && /^(19|20)\d\d$/.test(q.raw) && (!latest || q.raw > latest)) latest = q.raw;
  }
  return latest;
}
