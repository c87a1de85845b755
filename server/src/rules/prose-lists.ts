// `总支出X万元，其中：基本支出A万元，占…；项目支出B万元…` — the 其中 lists of a report, found once and shared
// by the rules that read them (sum of parts, shares adding to 100%, identities that would repeat them).
import { isBudgetClass } from './budget-classes';
import Decimal from 'decimal.js';
import type { Clause, Paragraph, Quantity, Report, Sentence } from '../report/model';
import { TO_WAN } from '../report/quantities';
import { wordsBetween } from '../report/prose';
import { add, canBeAtMost, intervalOf, ONE, overlaps, point, sum, type Interval } from './interval';
import { IDENTITIES, identityCovers } from './identities';
import { itemLists, paragraphLists } from './item-lists';
import { closingTotals } from './closing-totals';
import { ordinalLists } from './ordinal-parts';
import { dateBefore, isPrior, openingYearOf, proseFigures } from './prose-index';
import { lowerBound } from './figures-before';
import { ParagraphMemo } from './paragraph-memo';
import { wholeUnitSlip } from './parts-unit-slip';

export interface PartList {
  total: Quantity;
  parts: Quantity[];
  /** `主要包括…等`: the list may leave items out, so it only has to stay within the total. */
  partial: boolean;
  paragraph: Paragraph;
  sentence: Sentence;
  /** Clauses of the list, from the one starting with 其中. */
  clauses: Clause[];
  /** A total after its parts that closes them (`…,收入总计968113万元`): they are all of it. */
  closed?: boolean;
}

/** A clause or sentence that opens with 其中. */
export const QIZHONG = /^[\s\u3000]*其中/;
const QIZHONG_MARK = /^[\s\u3000]*其中[：:，,]?/;
/** A cap or floor (最高额度, 上限): the figures a 其中 lists under it are other caps, not its parts. */
const LIMIT = /最高|最低|上限|下限|封顶/;
/** A part that takes away from its whole though printed positive (`经营亏损12.30万元`, `当期缺口12.50亿元`). */
const LOSS = /亏损|缺口|赤字|净支出|收不抵支/;
// `非税收入由年初预算3574.04万元调整为3842.88万元` (rs-banfu-zhen-2022): the amount a budget was changed from.
// (Not the 占 of `耕地占用税8692万元` (ra3-hangjin-czj-2020): a tax's name, no share.)
// `…支出22万元,…,为年初预算数22万元的100%` (rc2-kezhou-czj-2021): the budget a figure is a share of is no part of the
// spending listed, nor its whole. Nor is a part's own change named `增`, `增(减)` (rd2-baoshan-hbj-2019).
export const COMPARISON = /(较|比|同比|环比|增加|减少|增长|下降|节约|超支|超出|占(?!用|有)|增收|减收|增支|减支|调增|调减|由$|由(年初|调整前|原)?预算(数)?$|^为.{0,6}(预算|计划)(数|金额)?$|^(增|减)([（(](增|减)[)）])?$)/;
// `…,共为国家筹集彩票公益金2.31亿元` (ra-wenshan-cpgyj-2018): 共… opens a total of its own.
const NEW_TOTAL = /(总|合计|共计|累计|全年|调整后|可执行|^共)/;
/** A budget or last year's figure: `年初预算`, `预算为`, `是上年`, `上年同期为`. */
// (Not `上年结转` / `上年结余`: money carried over from last year is this year's part.)
const AFTER_PARTS = /^(是|为|较|比)?(上年|去年|上年度|上年同期|同期)(?!.*(结转|结余))|^(是|为)?(年初预算|全年预算|调整后预算|预算)(数|的)?(为|是)?$/;
const TOTAL_WORD = /^[^\d]*(合计|总计|共计)/;
/** A figure named as a total: `项目资金合计`, `共安排资金`, `资金总额`. */
const TOTAL_NAMED = /合计|总计|共计|总额|^共/;
const NUMBERED = /^[\s\u3000]*(\d{1,2}[、.．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)/;
/** `分别为:` opening a sentence (see listsOf). */
const RESPECTIVELY_OPENING = /^[\s\u3000]*分别(为|是)[：:]?$/;
// `支出305.63万元,主要用于以下方面:一般公共服务(201)支出247.92万元,占81.12%;…` (rd1-unknown-rlzy-2021) opens a list too.
// (`人员经费756.34万元，主要包括：工资福利支出…、对个人和家庭的补助…`: 主要 before 包括 too; the list is partial.)
// (`本年支出合计2,471.6万元，主要用于：一般公共服务支出1,205.3万元，占48.77%；…` (a helper's recall probe) too.)
const INCLUDES_LIST = /^[\s\u3000]*((主要)?(包括|包含)([：:]?$|[^\d]{0,12}\d)|主要用于(以下|如下)(几个)?方面[：:]?$|主要用于([：:][^\d：:]{0,16}\d|[：:]?$))/;
const COMPOSED = /^[\s\u3000]*其?(具体)?(组成|构成)(情况)?(如下|为)[：:]?$/;
const NAMED_LOOK_BACK = 40;
/** The last of the (at most NAMED_LOOK_BACK) figures before `offset` that `fits`: a bounded look back. */
function lastBefore(figures: Quantity[], offset: number, fits: (q: Quantity) => boolean): Quantity | undefined {
  const end = lowerBound(figures.length, (i) => figures[i].span.start >= offset);
  for (let i = end - 1; i >= 0 && i >= end - NAMED_LOOK_BACK; i--) if (fits(figures[i])) return figures[i];
  return undefined;
}
/** `本年收入的具体构成为:` (bm-hcdw-dx-2020): the make-up of an amount named, stated just before. */
const NAMED_COMPOSED = /^[\s\u3000]*(?:\d{4}年度?)?([^\d，,。；;：:]{2,12}?)的(?:具体)?(?:组成|构成)(?:情况)?(?:如下|为)[：:]?$/;
const TOTAL_OF_NAME = /^(合计|总计|总额|共计)?$/;
/** `一是…`, `三是…`: an item counted in words (its numeral captured). */
export const ORDINAL = /^[\s\u3000]*([一二三四五六七八九十])是/;
const REASON = /^[\s\u3000]*(主要(原因)?(是|为|系|在于)|原因(是|为|系)|因为|由于)/;
/** `基本支出调减35.20万元，项目支出追加418.75万元`: parts that are changes divide a change, not an amount. */
export const CHANGE = /追加|追减|调增|调减|压减|核减|增加|减少/;
/** A part named for its budget (`饮水项目预算`), and one named only for what was spent (`执行`, `实际支出`). */
const ITEM_BUDGET = /(预算|预算数|安排|下达)(为|是)?$/;
const ITEM_SPENT = /^[\s\u3000]*(已|实际)?(执行|支出|使用|拨付|完成|决算)(数|金额)?(为|是|了)?$/;
/** An item's budget and then what of it was spent: one item said two ways, not two parts. */
export const budgetThenSpent = (parts: Quantity[]) => parts.some((q, i) => i > 0 && ITEM_SPENT.test(q.label) && ITEM_BUDGET.test(parts[i - 1].label));

/** Whether two figures can be added: money in any money unit, or the same count unit. */
const PEOPLE = new Set(['人', '名']);
/** `事业单位51个。其中，中小学校47所、县教师发展中心1个`: 所 and 家 count units as 个 does. */
const UNITS = new Set(['个', '所', '家']);

export function addable(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'money' && b.kind === 'money') return true;
  // `实有164人,其中:在职行政人员103名,…,临时工57人` (rd1-pingluo-fy-2017): 名 and 人 both count people.
  return a.kind === 'count' && b.kind === 'count' && (a.unit === b.unit || (PEOPLE.has(a.unit) && PEOPLE.has(b.unit)) || (UNITS.has(a.unit) && UNITS.has(b.unit)));
}

/** The factor bringing a figure in `from` to the unit `to` (1 unless both are money units). */
export function unitFactor(from: string, to: string): Decimal {
  const f = TO_WAN[from];
  const g = TO_WAN[to];
  if (!f || !g || from === to) return ONE;
  // A handful of unit pairs, asked for once per figure: each quotient is worked out once.
  let byTo = factors.get(from);
  if (!byTo) factors.set(from, (byTo = new Map()));
  let q = byTo.get(to);
  if (!q) byTo.set(to, (q = f.div(g)));
  return q;
}
const factors = new Map<string, Map<string, Decimal>>();

export function amountOf(q: Quantity): boolean {
  // 生均经费, 人均…: an average is never a part of another average, nor a whole.
  return !q.incidental && !q.inParens && (q.kind === 'money' || q.kind === 'count') && !PER_HEAD.test(q.label);
}
// `人口密度每平方公里538人` (rg-changshou-longhe-2019): a density is per unit too.
export const PER_HEAD = /[生人户亩]均|平均|密度|每平方(公里|千米|米)/;

/**
 * The amounts a 其中 list may belong to, in order: those before it that are not a comparison (较…增加), not
 * last year's figure (上年支出), not in brackets.
 */
export function wholes(clauses: Clause[]): Quantity[] {
  const out: Quantity[] = [];
  for (const c of clauses) {
    // `包括房屋507.78万元、图书386.52万元和设备214.30万元，其中在用资产…`: the items of an enumeration are no wholes.
    if (/包括/.test(c.text) && c.quantities.filter(amountOf).length >= 2) continue;
    for (const q of c.quantities) if (amountOf(q) && !COMPARISON.test(q.label) && !isPrior(q.label)) out.push(q);
  }
  return out;
}

/**
 * `财政拨款支出总计15136.71万元，其中：一般公共预算财政拨款支出…，政府性基金预算财政拨款支出…，年末财政拨款结转和结余10.87万元`
 * (a helper's 决算说明 recall probe): a 收入总计/支出总计 whose parts end on the balance carried in or out lists all of it —
 * the balance is what closes the account.
 */
function closesBalance(total: Quantity, parts: Quantity[]): boolean {
  return parts.length >= 3 && /(收入|支出)总计$/.test(total.label) && /(年初|年末)[^，,；;]{0,8}结转和?结余$/.test(parts[parts.length - 1].label);
}

/** The amounts of a 包括 enumeration (two or more in one clause), which wholes() leaves out. */
function enumeratedItems(clauses: Clause[]): Quantity[] {
  const out: Quantity[] = [];
  for (const c of clauses) if (/包括/.test(c.text) && c.quantities.filter(amountOf).length >= 2) for (const q of c.quantities) if (amountOf(q)) out.push(q);
  return out;
}

/**
 * The last of wholes(clauses.slice(0, ci)) for every ci, in one pass over the sentence: a 其中 late in a sentence of
 * thousands of clauses (a one-line paste) must not read all the clauses before it again.
 */
function lastWholes(clauses: Clause[]): Array<Quantity | undefined> {
  const out: Array<Quantity | undefined> = [undefined];
  let last: Quantity | undefined;
  for (const c of clauses) {
    last = wholes([c]).pop() ?? last;
    out.push(last);
  }
  return out;
}

/** Words that say which of two amounts of one thing a figure is: what was done, or what was planned. */
const KIND_PAIRS: Array<[RegExp, RegExp]> = [
  [/实际|决算/, /预算|计划/],
  [/预算|计划/, /实际|决算/],
];

/**
 * Which amount of the sentence before a 其中 list opening a sentence the list divides. The one the parts' names
 * are closest to, when one is (公务用车购置费, 公务用车运行维护费 → 公务用车购置及运行维护费, not 公务接待费: the
 * parts share a beginning or an ending of two characters or more with it, and more than with any other);
 * else the only one the parts can add up to (or stay within); else the last.
 */
function chooseWhole(candidates: Quantity[], parts: Quantity[], full: boolean): Quantity | undefined {
  const last = candidates[candidates.length - 1];
  const options = candidates.filter((c) => addable(c, last));
  if (options.length < 2 || !parts.length) return last;
  // `预算规模达8.42亿元,实际采购规模达7.82亿元…。其中,货物类实际采购金额3.16亿元,…` (rc4-anyang-czj-cgtj-2025): parts
  // named 实际 (and none 预算) divide the one amount named 实际.
  for (const [kind, other] of KIND_PAIRS) {
    if (!parts.some((q) => kind.test(q.label)) || parts.some((q) => other.test(q.label))) continue;
    const named = options.filter((c) => kind.test(c.label) && !other.test(c.label));
    if (named.length === 1 && options.some((c) => other.test(c.label))) return named[0];
  }
  // `全年预算数为152.6万元，全年执行数为149.8万元。其中财政拨款140万元，上年结转资金12.6万元`: parts that make up exactly
  // one of the amounts before, and no other, divide that one — unless they name which (above; a helper's 项目自评 probes).
  if (full && parts.length >= 2) {
    const exact = options.filter((c) => fitsWhole(c, parts, parts.length, true));
    if (exact.length === 1) return exact[0];
  }
  // `…维护费预算12.3万元，支出决算11.78万元，完成预算的95.77%。其中：公务用车购置费0万元，…运行维护费11.78万元`: parts
  // that name no budget divide what was spent, not the budget before it, however alike their names.
  if (!parts.some((q) => /预算|计划/.test(q.label))) {
    const spent = options.filter((c) => /决算|实际支出|实际执行|执行数/.test(c.label) && !/预算(数|为)?$/.test(c.label));
    if (spent.length === 1 && options.every((c) => c === spent[0] || /预算|计划/.test(c.label))) return spent[0];
  }
  const closeness = options.map((c) => Math.min(...parts.map((q) => shared(c.label, q.label))));
  const best = Math.max(...closeness);
  if (best >= 2 && closeness.indexOf(best) === closeness.lastIndexOf(best)) return options[closeness.indexOf(best)];
  // `培训3268人次，电工2681人次，其他工种587人次。其中脱贫劳动力618人次`: amounts making up an earlier one exactly are its
  // parts, and a 其中 after them that none of them names is of that whole.
  for (let i = 0; i + 2 < options.length; i++) {
    const rest = options.slice(i + 1);
    if (fitsWhole(options[i], rest, rest.length, true) && fitsWhole(options[i], parts, parts.length, false)) return options[i];
  }
  const fits = options.filter((c) => fitsWhole(c, parts, parts.length, full));
  // `人员编制总数95名,其中:…全额事业编制95名,聘用教师控制数4人。其中,在职在编人员91人,…` (sc-wuzhou-sanzhong-2023): the last
  // amount cannot hold the parts and two others can — which one the list divides is not known.
  if (fits.length > 1 && !fits.includes(last)) return undefined;
  return fits.length === 1 ? fits[0] : last;
}

/**
 * `其中，货物942.36万元、工程268.40万元、服务175.74万元；授予中小企业合同金额1108.27万元，占…`: after a ； the
 * sentence may go on to another matter. When the parts up to a ； add up to the whole and the list with what
 * follows does not, the list ends there (the longest such).
 */
export function settleAtSemicolon(total: Quantity, parts: Quantity[], used: Clause[], stops: Array<{ parts: number; clauses: number }>): void {
  const fits = (n: number) => fitsWhole(total, parts, n, n > 1);
  // Counts (`186家，其中本年新增12家；培育…8家；…`) go on to other facts after a single part more often than
  // amounts of money, whose 其中 parts are often set apart by ； one by one.
  const fewest = total.kind === 'count' ? 1 : 2;
  if (parts.length < 2 || fits(parts.length)) return;
  // `工资福利支出700.00万元，其中：基本工资500.00万元；商品和服务支出300.00万元` (a helper's 经济分类 prose): a 类 after the
  // ； beside the whole's own 类 is its sibling, no part of it — the list ends before it.
  if (isBudgetClass(total.label)) {
    const sibling = stops.find((s) => s.parts >= 1 && s.parts < parts.length && isBudgetClass(parts[s.parts].label) && parts[s.parts].label !== total.label);
    if (sibling) {
      parts.length = sibling.parts;
      used.length = sibling.clauses;
      return;
    }
  }
  if (parts.length < fewest + 1) return;
  for (let i = stops.length - 1; i >= 0; i--) {
    const stop = stops[i];
    if (stop.parts >= fewest && stop.parts < parts.length && fits(stop.parts)) {
      parts.length = stop.parts;
      used.length = stop.clauses;
      return;
    }
  }
}

/** Whether a part's label ends with the name a `X中，` clause divides (`基本支出包括人员经费` … `人员经费中`). */
function endsWithName(label: string, name: string | undefined): boolean {
  return !!name && !!label && label.endsWith(name);
}

/** A clause opening with the whole's first words (three characters or more, not a year). */
function sameOpening(text: string, label: string): boolean {
  const a = text.replace(/^[\s\u3000]+/, '');
  const b = label.replace(/^\d{4}年度?/, '');
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 3;
}

/** A clause that starts with a verb says what the whole reaches or does, not a part of it. */
const VERB_FIRST = /^[\s\u3000]*(覆盖|涉及|惠及|带动|辐射)/;
/** A unit with no figure before it (`XX万元`, `×××万元`, `（填写）万元`): a place not filled in yet. */
const PLACEHOLDER = /(?:^|[^0-9０-９.．\s：:（(])\s*(万元|亿元)|[Xx×]{2,}/;

/**
 * Two labels worded alike but for their last few characters (`年初预算安排收入` / `年初预算安排支出`): statements side
 * by side, not whole and part (`基本支出` / `基本支出包括人员经费` is a part named after its whole).
 */
function parallel(a: string, b: string): boolean {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  const restA = a.length - head;
  const restB = b.length - head;
  return head >= 4 && restA > 0 && restB > 0 && restA <= 4 && restB <= 4;
}

const COUNTS_PEOPLE = /^(人|名|人次|户|位)$/;

/** A level of a hierarchy (一级指标, 二级预算单位): the items of one level contain those of the next. */
const LEVEL = /[一二三四五六1-6]级/;

/** Ways of dividing people (or units) that cut across each other: 女 and 党员 may be the same persons. */
// `总人口48368人,其中农业人口40556人,城镇人口7812人,街镇常住人口2378人,流动人口542人` (rg-changshou-longhe-2019):
// 户籍 kinds and residence are two ways of dividing a population.
const DIMENSIONS = [/男|女/, /党员|团员|群众/, /民族|汉族/, /岁|青年(?![路街])|老年(?![路街])/, /本科|大专|研究生|硕士|博士|学历|学位/, /在职|退休|离休/, /农业|非农|城镇|农村/, /常住|流动|暂住/,
  // (`在职人员25人，其中本科及以上学历20人，专业技术人员12人` — a helper's 自评 probe: posts and titles are ways too.)
  /专业技术|管理岗|管理人员/, /正高|副高|高级|中级|初级|职称/];

/**
 * Whether a list of counts divides its whole one way. Not when its parts are picked out along different ways (`136人次，其中：
 * 少数民族干部88人次，女干部57人次`): they may overlap and are no decomposition. Then the list is kept only up to
 * the parts of one way that add up to the whole (`58人，其中：男32人，女26人，党员41人` → 男 + 女).
 */
function oneWayOfDividing(parts: Quantity[]): boolean {
  return oneWayKept(parts) && !taggedAmong(parts);
}

/** Ways that mark some persons out (女, 党员, 少数民族, 青年, 本科, 高级职称) rather than share all of them out. */
const TAG_WAYS = new Set([0, 1, 2, 3, 4, 9]);

/**
 * `教职工186人，其中专任教师172人，女教师118人；高级职称41人` (a helper's 教育 probe): a part of a marking way (女教师)
 * beside parts of another or none marks some of them out, and is no share of the whole.
 */
function taggedAmong(parts: Quantity[]): boolean {
  const ways = parts.map((q) => DIMENSIONS.findIndex((re) => re.test(q.label)));
  return ways.some((w) => TAG_WAYS.has(w)) && ways.some((w) => w !== ways[0]);
}

function oneWayKept(parts: Quantity[]): boolean {
  if (parts.length < 2) return true;
  const dimensionOf = (q: Quantity) => DIMENSIONS.findIndex((re) => re.test(q.label));
  const first = dimensionOf(parts[0]);
  let same = 1;
  while (same < parts.length && dimensionOf(parts[same]) === first) same++;
  if (same === parts.length || parts.slice(same).every((q) => dimensionOf(q) < 0)) return true;
  if (first < 0 || same < 2) {
    // `实有164人,其中:在职行政人员103名,工人及合同制工人6名,临时工57人,女职工69人` (rd1-pingluo-fy-2017): parts of
    // another way of dividing at the end (女职工) close the list before them.
    const last = dimensionOf(parts[parts.length - 1]);
    const trailing = [...parts].reverse().findIndex((q) => dimensionOf(q) !== last);
    const k = trailing < 0 ? 0 : parts.length - trailing;
    if (last < 0 || k < 2 || parts.slice(0, k).some((q) => dimensionOf(q) === last)) return false;
    parts.length = k;
    return true;
  }
  parts.length = same;
  return true;
}

/**
 * Ways of dividing money that cut across each other (a helper's Word-pasted 自评报告): `本年支出2810.36万元，其中一般公共预算
 * 财政拨款支出2700.00万元，项目支出1500.00万元` (by fund, then by kind), `政府采购合同金额616.41万元，其中授予中小企业
 * 551.43万元，采购节能环保产品132.56万元` (two tags of the same contracts), `…其中中央转移支付资金900.00万元，用于民生领域
 * 的支出1200.00万元` (by source, then by use). Each part's way: its kind (the name it ends on), else its fund or source,
 * else the tag or use it names.
 */
const MONEY_WAYS: RegExp[] = [
  /(基本支出|项目支出|人员经费|公用经费|^人员支出|^公用支出)$/,
  // (Not 本级 and 对下转移支付: levels, which divide a total as its kinds do — zp-wzyjs-u1194-2024.)
  /财政拨款|一般公共预算|政府性基金|国有资本|上级补助|^中央|^省级|^市级|^(县|市|区|镇|乡)?本级|自筹|事业收入|经营收入|债券/,
  /中小企业/,
  // (`其中授予中小企业合同金额7654.32万元，授予小微企业合同金额5432.10万元`: the small among the medium — a helper's 采购
  // probe.)
  /小微企业/,
  /节能|环保|绿色/,
  /进口/,
  /公开招标|邀请招标|竞争性谈判|竞争性磋商|询价|单一来源|框架协议/,
  // (`其中服务类300.00万元，授予中小企业合同金额412.60万元` — a helper's 三公 probe: a category beside a tag.)
  /^(货物|工程|服务)(类)?(采购)?(支出|金额)?$/,
  /^用于/,
  // (`其中县本级收入12.15亿元，税收收入12.47亿元`, `其中民生支出36.74亿元，教育支出8.62亿元` (a helper's 公报 probe): a level
  // beside a kind of revenue, an aggregate of spending beside its 功能 categories.)
  /(?<!非)税收收入$|^非税收入$/,
  /^(?!用于).*(民生|三保|刚性支出)/,
  /^(一般公共服务|公共安全|教育|科学技术|文化旅游体育与传媒|社会保障和就业|卫生健康|节能环保|城乡社区|农林水|交通运输|住房保障|灾害防治及应急管理)(支出)?$/,
  // (`固定资产原值24169.33万元，其中专用设备11262.91万元；在用资产20592.27万元，资产使用率85.20%` (a helper's 卫生 probe):
  // assets by kind, then by use.)
  /^(房屋|构筑物|房屋及构筑物|专用设备|通用设备|家具用具|家具、用具、装具及动植物|图书档案|图书、档案|文物和陈列品|无形资产)([（(][^）)]*[)）])?$/,
  /^(在用|闲置|出租|出借|待处置|报废)/,
  // (`医院总支出45210.33万元，其中人员支出16830.25万元；医疗业务成本38620.10万元` (the same helper): by kind, then by the
  // hospital's cost lines.)
  /(医疗业务成本|管理费用|药品费|卫生材料费)$/,
];

/** Tags that mark out some of a whole's things, which other parts may include too: 脱贫村 among 示范村. */
// (`在校学生1650人，其中寄宿生1320人，留守儿童610人`, `出院患者…其中手术患者…，医保患者…`, `住院手术…其中三、四级手术…，
// 微创手术…`, `企业356家，其中规模以上…，高新技术…` (a helper's 学校/医院/乡镇 probes): marks that cut across each other.)
const COUNT_TAGS = [
  /^.{0,2}(脱贫|贫困|建档立卡)/, /^.{0,2}低保/, /^.{0,2}(五保|特困)/, /^.{0,2}示范/, /^.{0,2}新能源/, /^(通过)?政府采购/, /^.{0,2}基本农田/, /^.{0,2}重点/,
  /^.{0,2}搬迁/, /^.{0,2}残疾/, /^.{0,2}优抚/, /^.{0,2}监测/, /^.{0,2}(寄宿|住校)/, /^.{0,2}留守/, /^.{0,2}随迁/, /^.{0,2}医保/, /^.{0,2}微创/,
  /^.{0,2}[三四][、,，和及]?[三四]?级手术/, /^.{0,2}手术/, /^.{0,2}(线上|网上|在线)/, /^.{0,2}农民工/, /^.{0,2}规模以上/,
  /^.{0,2}高新技术/,
];
// (`其中脱贫人口121.5万元，…；低保对象96.3万元` (a helper's 救助 probe): money of people who may be both.)
const MONEY_TAGS = [/^(通过)?政府采购/, /^.{0,4}乡村振兴/, /^.{0,2}(脱贫|贫困)(人口|户|对象|群众|家庭)/, /^.{0,2}低保(对象|户|人员)/, /^.{0,2}(特困|五保)(人员|对象|户|供养)/, /^.{0,2}残疾人(员)?$/];
/** What of a part arrived, was paid out, spent, left or held up, or done on time: the part's state. */
// (And `已支付970万元`, `已完成投资1000万元` after `其中首付款300万元` — a helper's 工程 probe: what was paid or done of the
// whole so far.)
const PART_STATE = /^[\s\u3000]*(截至[^，,；;]{0,12}?)?(已于.{0,12}?|已|实际|仅|尚未|尚|未|全部|累计)?(全部)?(到位|拨付|支出|支付|使用|结余|滞留|按期完工|提前完工|完成投资)(资金|金额)?(为|了)?$|^[\s\u3000]*滞留/;
/** A state the part's own name gives (`已完工` for 按期完工's): the narrower one is inside it. */
const SAME_STATE = /^(已|实际)?完工$/;
const CUMULATIVE = /上半年|前三季度|^(1|一)[—\-–~至](\d{1,2}|[二三四五六七八九十]+)月/;
const TAKEN_BACK = /收回|退回|调减|扣减|核减|扣除/;
const CAR_HALF = /公务用车(购置|运行(维护)?)(费|支出)/;
const BUDGET_ONLY = /(年初|全年|调整后)?预算(数|为|是)?$|完成(年初|全年)?预算$/;

/** The index of the clause holding `q`, looked for from `from` back a few clauses (−1 when not there). */
function clauseOf(clauses: Clause[], from: number, q: Quantity): number {
  for (let k = Math.min(from, clauses.length - 1); k >= 0 && k >= from - 4; k--) if (clauses[k].quantities.includes(q)) return k;
  return -1;
}

/** Whether the list's whole is the first amount of a clause a 其中 opens (its own clause, or a bare 其中 before it). */
function partOpened(clauses: Clause[], from: number, total: Quantity): boolean {
  const at = clauseOf(clauses, from, total);
  return at >= 0 && clauses[at].quantities.find(amountOf) === total && openedByQizhong(clauses, at);
}

/** `其中：` alone, a clause of its own before the list. */
export const QIZHONG_ALONE = /^[\s\u3000]*其中[：:]?[\s\u3000]*$/;

/** Whether clause `at` is one a 其中 opens: it begins so, or a bare `其中：` clause stands right before it. */
export function openedByQizhong(clauses: Clause[], at: number): boolean {
  return QIZHONG.test(clauses[at].text) || (at > 0 && QIZHONG_ALONE.test(clauses[at - 1].text));
}

/** Whether the list's whole is itself a part of a list (its clause opens on 其中) or an item of an account (加/减). */
function nestedWhole(clauses: Clause[], from: number, total: Quantity): boolean {
  const at = clauseOf(clauses, from, total);
  if (at < 0) return false;
  return openedByQizhong(clauses, at) || /^[\s\u3000]*(加上?|减去?)(?![少收支])/.test(clauses[at].text);
}

/** Whether the amounts of clause k (a 分别 list) stay within the part before it and would take the list past its whole. */
function splitOfPart(clauses: Clause[], k: number, part: Quantity, total: Quantity): boolean {
  const amounts = clauses[k].quantities.filter((q) => amountOf(q) && addable(q, total));
  if (amounts.length < 2) return false;
  const got = sum(amounts.map((q) => intervalOf(q, unitFactor(q.unit, part.unit))));
  return canBeAtMost(got, intervalOf(part));
}

/** Whether a part's name (brackets aside) is the whole's with words left out: `上级补助收入(基金)` of `上级财政补助收入`. */
function kindOf(part: string, whole: string): boolean {
  const name = part.replace(/^[\s\u3000]*(其中)?[：:，,]?/, '').replace(/[（(][^）)]*[）)]/g, '');
  if (name.length < 4) return false;
  let i = 0;
  for (const c of whole) if (c === name[i]) i++;
  return i === name.length;
}

/** Whether a part names a tag (COUNT_TAGS, or MONEY_TAGS for money) that not every part names. */
function crossesTags(parts: Array<{ label: string }>, money: boolean): boolean {
  if (parts.length < 2) return false;
  const tags = money ? MONEY_TAGS : COUNT_TAGS;
  const tagOf = (q: { label: string }) => tags.findIndex((re) => re.test(q.label));
  const first = tagOf(parts[0]);
  return parts.some((q) => tagOf(q) !== first) && parts.some((q) => tagOf(q) >= 0);
}

export function crossesMoneyWays(parts: Array<{ label: string }>): boolean {
  const ways = new Set<number>();
  for (const q of parts) {
    const label = q.label.replace(/^[\s\u3000]*(其中)?[：:，,]?/, '');
    // (A name of two ways, `财政拨款项目支出`, says nothing of which.)
    const own = MONEY_WAYS.map((re, k) => (re.test(label) ? k : -1)).filter((k) => k >= 0);
    if (own.length === 1) ways.add(own[0]);
  }
  return ways.size >= 2;
}

/** Whether the first n parts add up to the whole (full), or stay within it. */
export function fitsWhole(total: Quantity, parts: Quantity[], n: number, full: boolean): boolean {
  const got = sum(parts.slice(0, n).map((q) => intervalOf(q, unitFactor(q.unit, total.unit))));
  return full ? overlaps(got, intervalOf(total)) : canBeAtMost(got, intervalOf(total));
}

/**
 * Removes from `parts` each run of two or more (up to 8) right after a part that adds up to it exactly, when the
 * run is announced as a split (`分项目看:`, `从…看`, `其中`, `包括`).
 */
function dropSplits(parts: Quantity[], used: Clause[]): void {
  for (let i = 0; i + 2 < parts.length; i++) {
    const at = used.findIndex((c) => c.quantities.includes(parts[i + 1]));
    if (at < 0 || !/分项|分类|从.{0,8}看|其中|包括/.test(used[at].text + (at > 0 && !used[at - 1].quantities.length ? used[at - 1].text : ''))) continue;
    for (let j = i + 2; j < parts.length && j <= i + 8; j++) {
      if (!fitsWhole(parts[i], parts.slice(i + 1, j + 1), j - i, true)) continue;
      parts.splice(i + 1, j - i);
      break;
    }
  }
}

/** Wholes before `total` in the sentence (a few, nearest first) that the parts add up to exactly: the one, if one. */
function earlierFitting(clauses: Clause[], ci: number, total: Quantity, parts: Quantity[]): Quantity | undefined {
  const found: Quantity[] = [];
  let looked = 0;
  for (let k = ci - 1; k >= 0 && k >= ci - 12 && looked < 8; k--) {
    for (const q of [...clauses[k].quantities].reverse()) {
      // (The base a share names is a whole too: `累计支出3600万元，占年度预算5000万元的72%，其中基本支出预算2000万元，项目支出预算
      // 3000万元` — a helper's 运行监控 probe.)
      const shareBase = /^占(?!用|有)[^增减比较]{1,12}$/.test(q.label);
      if (q === total || !amountOf(q) || (COMPARISON.test(q.label) && !shareBase) || isPrior(q.label) || !addable(q, total)) continue;
      looked++;
      if (fitsWhole(q, parts, parts.length, true)) found.push(q);
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The longer of the common beginning and the common ending of two names. */
function shared(a: string, b: string): number {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length && tail < b.length && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return Math.max(head, tail);
}

/** A part named as one of a whole: `在职人员中本科及以上学历` (of 在职人员). */
const AMONG = /^[\s\u3000]*(?:其中[：:，,]?)?(.{0,8}?(?:人员|人数|职工|干部|员工|编制|支出|收入|资金|经费|项目|车辆|资产))中(?!心|央)/;

// A clause that ends in 中 (not 其中) names the whole the next clauses divide: `决算支出中，`.
const WITHIN = /^[\s\u3000]*(?:\d{4}年度?)?(.*?)(?:[\d.,]+\s*(?:万元|元|亿元))?中$/;

function listsOf(p: Paragraph, report: Report, prev: Paragraph | undefined): PartList[] {
  const lists: PartList[] = [];
  // The figure a bare name refers to: the last one of that name earlier in the paragraph.
  // (Indexed by name once per paragraph: a paragraph of one pasted line may have thousands of such names.)
  let byName: Map<string, Quantity[]> | undefined;
  const named = (name: string, before: number) => {
    if (/其$/.test(name)) return undefined;
    if (!byName) {
      byName = new Map();
      for (const q of p.quantities) {
        if (!amountOf(q)) continue;
        const list = byName.get(q.label);
        if (list) list.push(q);
        else byName.set(q.label, [q]);
      }
    }
    const list = byName.get(name) ?? [];
    const k = lowerBound(list.length, (i) => list[i].span.start >= before);
    return k > 0 ? list[k - 1] : undefined;
  };
  p.sentences.forEach((sentence, si) => {
    const clauses = sentence.clauses;
    let lastWhole: Array<Quantity | undefined> | undefined;
    clauses.forEach((clause, ci) => {
      let total: Quantity | undefined;
      let candidates: Quantity[] = [];
      // The items a 包括 enumeration of the sentence before lists (no wholes, unless the parts make one up exactly).
      let enumerated: Quantity[] = [];
      /** The whole was looked for past a sentence with no amount: only a list of two parts or more is read so. */
      let skipped = false;
      let first = ci;
      // WITHIN ends in 中: the cheap test first spares the backtracking pattern most clauses.
      // Not `57.5万元(其中:中央38万元,省级19.5万元),2023年8月…下达188.7万元` (jx-xuanzhou-zjj-2023): a 其中 in brackets
      // lists amounts in brackets, which are no parts here, and the clauses after its bracket are not its parts either.
      const within = clause.text.endsWith('中') && !/[(（]\s*其中$/.test(clause.text) ? WITHIN.exec(clause.text) : null;
      const namedComposed = /[为如下][：:]?$/.test(clause.text) ? NAMED_COMPOSED.exec(clause.text) : null;
      // `在职人数61人,包括行政人员26人、…33人、…21人` (rb-yiyang-zhongfan-2022): 包括 opens a list that may leave items
      // out (partial below): its parts may only not exceed the whole.
      // `…项目资金1950万元。分别为:A1000万元,…;B40万元;…` (rd2-honghe-sthjj-2021): a sentence opening on 分别为 lists
      // the parts of the sentence before, as one opening on 其中 does.
      // (`项目资金合计568.4万元，分别为：A项目120万元、…` (a helper's 自评 probe): after a total in its own sentence too.)
      const respectively = RESPECTIVELY_OPENING.test(clause.text) && (ci === 0 ? si > 0 : TOTAL_NAMED.test((lastWhole ??= lastWholes(clauses))[ci]?.label ?? ''));
      // (`…支出3968.53万元。主要用于：卫生健康支出（类）308.95万元，占7.78%；…` (a helper's 决算说明 recall probe): a sentence
      // opening on 主要用于： lists the parts of the sentence before, as one opening on 其中 does.)
      const usedFor = ci === 0 && si > 0 && /^[\s\u3000]*主要用于/.test(clause.text) && INCLUDES_LIST.test(clause.text);
      if (QIZHONG.test(clause.text) || (ci > 0 && (INCLUDES_LIST.test(clause.text) || COMPOSED.test(clause.text))) || respectively || usedFor) {
        // In the same sentence the whole is the amount just before 其中; a 其中 opening a sentence may speak of
        // any amount of the one before, and the parts say which (chooseWhole, below).
        total = (lastWhole ??= lastWholes(clauses))[ci];
        if (!total && ci === 0 && si > 0) {
          // (Past a sentence with no amount in it: `本年支出合计76920.81万元。主要原因是项目支出增加。其中：基本支出…`.)
          let back = si - 1;
          while (back > 0 && si - back < 3 && !p.sentences[back].clauses.some((c) => c.quantities.some(amountOf))) back--;
          skipped = back < si - 1;
          candidates = wholes(p.sentences[back].clauses);
          enumerated = enumeratedItems(p.sentences[back].clauses);
          total = candidates[candidates.length - 1];
        } else if (!total && ci === 0 && si === 0 && prev) {
          // `…三公经费支出合计585.53万元…，同比减少144.92万元…。` then a paragraph `其中:因公出国(境)经费0万元…`
          // (zb-tianshan-czj-2019): a paragraph opening with 其中 goes on with the last sentence of the one before.
          candidates = wholes(prev.sentences[prev.sentences.length - 1]?.clauses ?? []);
          enumerated = enumeratedItems(prev.sentences[prev.sentences.length - 1]?.clauses ?? []);
          total = candidates[candidates.length - 1];
        }
      } else if (namedComposed && ci + 1 < clauses.length) {
        // The amount of that name (or its 合计) last stated before, in this paragraph or the one just before it.
        const name = namedComposed[1];
        const fits = (q: Quantity) => amountOf(q) && q.label.startsWith(name) && TOTAL_OF_NAME.test(q.label.slice(name.length));
        total = lastBefore(p.quantities, clause.span.start, fits) ?? (prev ? lastBefore(prev.quantities, prev.span.end, fits) : undefined);
        first = ci + 1;
      } else if (within && ci + 1 < clauses.length) {
        // `项目支出6843.29万元中，A…，B…` or `决算支出中，A…，B…`: the list starts with the next clause.
        total = clause.quantities.filter(amountOf).pop() ?? (within[1] ? named(within[1], clause.span.start) ?? sanGongSpent(report, within[1], clause) : undefined);
        first = ci + 1;
      }
      if (!total) return;
      // `个人住房贷款最高额度60万元，其中，单缴存职工最高额度30万元，双缴存职工最高额度60万元` (a helper's 公积金 probe): caps
      // and floors are no sums.
      if (LIMIT.test(total.label)) return;
      const parts: Quantity[] = [];
      // (`主要负责人用车0辆` is a kind of car, not a 主要 that leaves others out.)
      let partial = /主要(?!负责人|领导)|包括/.test(clause.text);
      const used: Clause[] = [];
      /** After each clause ending in ；: how many parts and clauses the list had there. */
      const stops: Array<{ parts: number; clauses: number }> = [];
      let firstClause: { parts: number; clauses: number; partial: boolean } | undefined;
      /** Inside what a part includes, up to its ；. */
      let including = false;
      /** Where the list stood when it went on past what a part includes, amounts and all. */
      let resumed: { parts: number; clauses: number } | undefined;
      /** Whether the whole is a part a 其中 opened (asked once per list). */
      let opened: boolean | undefined;
      for (let k = first; k < clauses.length; k++) {
        const cl = clauses[k];
        if (including) {
          if (cl.quantities.some(amountOf)) break;
          used.push(cl);
          if (/[；;]/.test(cl.end)) including = false;
          continue;
        }
        if (k > first && QIZHONG.test(cl.text)) break;
        // `其中专项业务费700万元，专项业务费中会议费50万元、…` (a helper's 资金 probe): a clause opening on a part's name and
        // 中 lists that part's own split.
        if (k > first && parts.some((q) => q.label.length >= 2 && cl.text.trimStart().startsWith(q.label.replace(/^[\s\u3000]*其中[：:，,]?/, '') + '中'))) break;
        // `其中：待遇支出105.67亿元，其中住院费用支出78.90亿元；其他支出4.56亿元` (a helper's 基金 probe): a whole that is itself
        // the part a 其中 opened has its own list only up to the ；, after which its siblings go on.
        if (k > first && parts.length && /[；;]/.test(clauses[k - 1].end) && (opened ??= partOpened(clauses, ci, total))) break;
        // `其中税收收入10.56亿元，增值税、企业所得税、个人所得税分别完成4.52亿元、…` (a helper's 预算执行 probe): names listed
        // with 分别 after a part, whose amounts stay within it, are that part's split.
        if (k > first && parts.length && /、[^，,；;]*分别/.test(cl.text) && splitOfPart(clauses, k, parts[parts.length - 1], total)) break;
        if (k > first && k + 1 < clauses.length && QIZHONG.test(clauses[k + 1].text)) {
          // The clause before the next 其中 states that list's whole, last; amounts before it in the clause (a PDF
          // run-on: `其他资金133.51万元2023年支出154.84万元，其中…`) are still this list's.
          const before = cl.quantities.filter((q) => amountOf(q) && addable(q, total!) && !COMPARISON.test(q.label));
          if (before.length >= 2 && !NEW_TOTAL.test(before[0].label)) {
            parts.push(...before.slice(0, -1));
            used.push(cl);
          }
          break;
        }
        // `…；人员经费中，工资福利支出…`: a part divided in turn starts a list of its own.
        if (k > first && cl.text.endsWith('中') && parts.some((q) => endsWithName(q.label, WITHIN.exec(cl.text)?.[1]))) break;
        // `…；2024年年初预算安排支出…` (a statement of its own, dated or worded like the whole), `…，覆盖14个乡镇`
        // (what the whole reaches, not a part of it).
        // `1、群众性综合运动会654.17万元,其中补助地方30万元; 2、示范性全民健身活动559.52万元` (fj-fuzhou-ticai-2020): a
        // numbered clause after un-numbered parts is the next item of the outline, not a part.
        // (`其中:(1)市本级…;(2)…;(3)…` (ry-wuhan-czj-2020): a list numbered from its 其中 goes on.)
        if (k > first && parts.length && NUMBERED.test(cl.text) && !NUMBERED.test((used.find((c) => c.quantities.includes(parts[0])) ?? clauses[first]).text.replace(QIZHONG_MARK, ''))) break;
        // `其中：财政拨款收入125.03万元，占100.0%；此外，年初结转和结余0.02万元` (bm-liangping-cjdag-2021): what comes
        // besides is no part.
        if (k > first && parts.length && /^[\s\u3000]*(此外|另外|除此之外|除此以外)/.test(cl.text)) break;
        // `二是上级财政补助收入3292万元,其中:…;三是上年结余结转收入4万元` (re1-nanan-yinglongzhen-2019): after a whole
        // counted 二是, the 三是 is its sibling, not its part.
        if (k > first && parts.length && ORDINAL.test(cl.text) && ORDINAL.test(total.label)) break;
        // (Not after `分别为:`, whose items may be named with their year: `2021年红河州排污许可证核发经费40万元`.)
        if (parts.length && ((/^[\s\u3000]*\d{4}年/.test(cl.text) && !RESPECTIVELY_OPENING.test(clause.text)) || VERB_FIRST.test(cl.text))) break;
        // `…归集额18567.70万元,其中市本级…7721.19万元,占…41.58%;全市新增提取使用住房公积金11286笔10950.10万元`
        // (rm-guangyuan-gjj-2019): after a ；, a clause opening as the whole does (全市新增…) is a statement of its own.
        // (Not when the parts before it open so too: `…维护费15.35万元，其中：公务用车购置费1万元；公务用车运行维护费…`.)
        if (parts.length && k > first && /[；;]/.test(clauses[k - 1].end) && sameOpening(cl.text, total.label) && !parts.every((q) => sameOpening(q.label, total!.label))) break;
        if (parts.length && cl.quantities.some((q) => amountOf(q) && parallel(q.label, total!.label))) break;
        // `其中:人员经费1565.86万元,占…,主要包括基本工资547.19万元、绩效工资578.36万元…`: what a part includes is no
        // part of the whole (js-yiyang-5z-2020).
        // (Not `含山管理部归集19095.04万元` (rm-maanshan-gjj-2020): 含山 is a place. `…补助150万元，含省级补助100万元` (a helper's
        // 乡镇 probe) is what the part includes.)
        // (When it names kinds with no amount, the list goes on after the ；: `人员经费260万元,主要包括:基本工资、津贴补贴;
        // 公用经费50万元,…`. Amounts there may be the included items' own, going on past the ； (rc-qujiang-dazhouzx-2016).)
        // (And `基本支出800.00万元，主要用于人员经费600.00万元和日常公用经费200.00万元；项目支出…` — a helper's 决算说明 probe.)
        if (k > first && parts.length && (/^[\s\u3000]*((主要)?(包括|包含)|含(?!山))/.test(cl.text) || (/^[\s\u3000]*主要用于/.test(cl.text) && cl.quantities.some(amountOf)))) {
          // (`其中：本年收入2638.47万元，包括财政拨款收入…、其他收入…；使用非财政拨款结余0万元；年初结转和结余…`: what the
          // part includes, amounts and all, ends at its ；, and the whole's parts go on after it.)
          // (Only when the parts then make an identity's: after the ； may as well come more of what it includes, `…包括
          // 财政拨款收入…，占83.64%；事业单位专户资金158.3万元…`, rc-qujiang-dazhouzx-2016.)
          if (cl.quantities.some(amountOf)) {
            const end = clauses.findIndex((c, m) => m >= k && /[；;]/.test(c.end));
            if (resumed || end < 0 || end + 1 >= clauses.length || clauses.slice(k + 1, end + 1).some((c) => QIZHONG.test(c.text))) break;
            resumed = { parts: parts.length, clauses: used.length };
            used.push(...clauses.slice(k, end + 1));
            k = end;
            continue;
          }
          used.push(cl);
          including = !/[；;]/.test(cl.end);
          continue;
        }
        // `…其中地方收入271630万元…；加上级补助收入120846万元`: what is added to (or taken from) the whole is no part.
        // (Not `减少12.16%`, a part's change (ra-dachuan-majiawsy-2017).)
        if (k > first && /^[\s\u3000]*(加上?|另加|减去?(?![少收支])|扣除|剔除)[^\d]/.test(cl.text)) break;
        // `公务接待费201.25万元，其中：接待4032批次…；公务用车购置及运行维护费382.58万元`: the whole's sibling in an
        // identity (another 三公 item, 项目支出 after 基本支出) starts the next statement, not a part.
        // (When the whole is still to be chosen among the sentence before's amounts, the parts choose it.)
        if (k > first && candidates.length <= 1 && cl.quantities.some((q) => amountOf(q) && siblings(q.label, total!.label))) break;
        // `…项目支出1349.86万元，年末结余39.62万元`: what is left over may be a part (of a budget) or not (of spending).
        if (k > first && parts.length >= 2 && cl.quantities.some((q) => /结余|结转/.test(q.label))) stops.push({ parts: parts.length, clauses: used.length });
        // `…,主要是因为2022年含上级转移支付年初下达金额767万元` (pf-shapingba-canlian-2023): a reason's figures are no parts.
        if (k > first && REASON.test(cl.text)) {
          used.push(cl);
          continue;
        }
        let stop = false;
        for (const q of cl.quantities) {
          if (!amountOf(q) || !addable(q, total) || COMPARISON.test(q.label)) continue;
          // `其中：…公务接待费4.84万元，年初预算8.00万元，完成预算的60.50%`, `…项目支出1166.35万元，是上年1079.95万元的1.08倍`:
          // after the parts, a budget or last year's figure is the last part's own, not another part of what was spent.
          if (parts.length && AFTER_PARTS.test(q.label) && !/预算|计划/.test(total.label)) {
            stop = true;
            break;
          }
          // `其中：中央资金1000万元；省级资金500万元，到位450万元；…`, `其中：已完工30个，按期完工21个；在建9个` (a helper's 评价报告
          // probes): how much of a part arrived, was paid, is left, or was done on time is that part's state, no part.
          if (parts.length && PART_STATE.test(q.label) && !PART_STATE.test(parts[parts.length - 1].label.replace(SAME_STATE, ''))) continue;
          // (Also within the first clause after a part: lines run together with no punctuation, `其中:中央财政补助50万元
          // …项目预计总预算50万元`, zp-ningxia-fcz-2023.)
          // `…,收入合计为6449万元` (rd-fuling-qingxi-2023): a 合计 before the clause's first figure sums something else.
          // (`三是…经费共计4.5万元`: an item counted 一是/二是/三是 is a part, whatever its own words.)
          // (Not the first figure after a bare `其中：` clause: `支出总计…，其中：本年支出合计3,398.75万元，年末结转和结余…`.)
          const opening = parts.length === 0 && used.length === 1 && used[0].quantities.length === 0 && QIZHONG_ALONE.test(used[0].text);
          if (!opening && (k > first || parts.length > 0) && !ORDINAL.test(cl.text) && (NEW_TOTAL.test(q.label) || (k > first && TOTAL_WORD.test(cl.text) && q === cl.quantities.find(amountOf)))) {
            stop = true;
            break;
          }
          parts.push(q);
        }
        used.push(cl);
        // `公务接待费XX万元`, `（填写）万元`: a part not filled in yet.
        if (PLACEHOLDER.test(cl.text)) partial = true;
        if (cl.end === '；' || cl.end === ';') stops.push({ parts: parts.length, clauses: used.length });
        // (Not the 等 of what a part is for: `人员经费712.35万元，主要用于基本工资、津贴补贴等；公用经费…` — a helper's 决算
        // slip probe.)
        if (/等[。；，]?$|等$/.test(cl.text.trim()) && !/^[\s\u3000]*(主要)?(用于|包括|包含|含)/.test(cl.text)) partial = true;
        if (stop) break;
        // `其中购置费0万元、运行维护费15.40万元；…` — parts listed inside the 其中 clause itself may make the whole list,
        // or the list may go on (`其中甲79.86万元、乙60.52万元，丙41.30万元、丁20.55万元`): the figures decide below.
        if (k === first && first === ci && parts.length >= 2) firstClause = { parts: parts.length, clauses: used.length, partial };
      }
      if (resumed && !identityCovers(parts.map((q) => q.label))) {
        parts.length = resumed.parts;
        used.length = resumed.clauses;
      }
      // `其中投资2亿元以上项目19个，签约引进15个项目`: groups picked out by a threshold may overlap — no list,
      // unless a 其余/其他 part says the groups share the whole out (`50万元以上…80万元，其余…20万元`).
      // (`单价50万元（含）以上通用设备1台` (a helper's 决算说明 probe): a threshold with its （含）.)
      // (`超100万元的项目215个`, `超亿元的乡镇5个` (a helper's 公报 probe): groups picked out by 超 a figure.)
      const thresholded = used.some((c) => c.quantities.some((q) => q.incidental && /以上|以下|以内/.test(c.text)) || /[（(]含[)）]\s*以[上下内]/.test(c.text) || /超(过)?[\d.]*[万亿千百]?(元|万元|亿元)?的/.test(c.text));
      if (thresholded && !used.some((c) => /^[\s\u3000]*(其余|其他|剩余|余下)/.test(c.text))) return;
      if (candidates.length > 1) total = chooseWhole(candidates, parts, parts.length >= 2 && !partial);
      if (!total) return;
      // `全年总支出5973.79万元，包括基本支出2060.80万元和项目支出3912.99万元。其中人员经费1879.07万元，公用经费181.73万元` (a
      // helper's 自评报告 probe): parts that make up one enumerated item exactly, and no whole, divide that item.
      if (enumerated.length && parts.length >= 2 && !fitsWhole(total, parts, parts.length, true)) {
        const made = enumerated.filter((c) => addable(c, total!) && fitsWhole(c, parts, parts.length, true));
        if (made.length === 1) total = made[0];
      }
      // `…编制空缺3人，人员控制率89.29%。其中：在职人员中本科及以上学历20人，专业技术人员12人` (a helper's 自评 probe): parts
      // that name the whole they are of (在职人员中) divide that one, or one not stated.
      const among = parts.length ? AMONG.exec(parts[0].label)?.[1] : undefined;
      if (among && !total.label.includes(among)) return;
      // `财政总收入222827万元,…,一般公共预算收入97092万元,增长0.9%,其中税收收入190268万元,…,财政收入32559万元`
      // (cz-hongtong-tjj-2019): parts that overrun the amount just before 其中 but make an earlier one of the sentence
      // exactly are that one's.
      else if (parts.length >= 2 && !fitsWhole(total, parts, parts.length, false)) total = earlierFitting(clauses, ci, total, parts) ?? total;
      // `其中:旗本级…75.29亿元,…分项目看:税收完成16.81亿元,…非税完成58.48亿元;上级转移支付20.88亿元;…` (cz-wushen-czj-
      // 2024): parts overrunning the whole, some of which make the part before them exactly, are that part's split.
      if (parts.length >= 3 && !fitsWhole(total, parts, parts.length, false)) dropSplits(parts, used);
      // A list still being typed: the sentence stops on a comma, or stops without its 。 at the very end of the text,
      // where the cursor is. Ended by a line break with no punctuation (text pasted from PDF often has no full
      // stop), it is complete (issue #9).
      const last = used[used.length - 1];
      if (last === clauses[clauses.length - 1] && !/[。！？!?；;]/.test(last.end) && si === p.sentences.length - 1) {
        if (last.end !== '' || stillTyped(report, p)) partial = true;
      }
      // `其中：A…，B…。另有C…、D…，合计…`: the next sentence goes on with the list, so this part of it may fall short.
      const next = p.sentences[si + 1]?.clauses[0]?.text;
      if (next && /^[\s\u3000]*(另有|另外|此外|还有)/.test(next)) partial = true;
      // `政府采购支出为1865.30万元，包括货物类…、工程类…和服务类…`: an identity's parts after 包括 are the identity
      // rule's (which says which identity); no list of its own.
      if (INCLUDES_LIST.test(clause.text) && identityCovers(parts.map((q) => q.label))) return;
      if (!partial) settleAtSemicolon(total, parts, used, stops);
      // `其中：待遇支出105.67亿元，其中住院费用支出78.90亿元；其他支出4.56亿元` and `加上级补助收入38.67亿元，其中一般性转移支付
      // 收入30.5亿元；债务转贷收入6.2亿元；…` (helpers' 基金 and 预算执行 probes): a whole that is itself a part of a list
      // (after 其中) or an item of an account (加/减) may have its list end at a ；, after which its siblings go on — where
      // the list would otherwise run over it.
      if (stops.length && !fitsWhole(total, parts, parts.length, false) && nestedWhole(clauses, ci, total)) {
        const stop = [...stops].reverse().find((x) => x.parts >= 1 && x.parts < parts.length && fitsWhole(total!, parts, x.parts, false));
        if (stop) {
          parts.length = stop.parts;
          used.length = stop.clauses;
        }
      }
      // Parts inside the 其中 clause: the whole list unless only the clauses after them make it add up.
      if (firstClause && parts.length > firstClause.parts && !fitsWhole(total, parts, parts.length, !partial)) {
        parts.length = firstClause.parts;
        used.length = firstClause.clauses;
        partial = firstClause.partial;
      }
      // (Ways of dividing people: `离退休干部服务用车0辆` is a kind of car.)
      if (total.kind === 'count' && COUNTS_PEOPLE.test(total.unit) && !oneWayOfDividing(parts)) return;
      if (total.kind === 'money' && crossesMoneyWays(parts)) return;
      // (`年末资产总额2600.43万元，其中：流动资产…，固定资产原值1849.81万元，累计折旧612.3万元` (a helper's 自评 probe): a gross
      // 原值 with its depreciation is no part of a balance.)
      // (Nor one with its 净值 in brackets, `固定资产原值4420.6万元（净值3402.55万元）`: the balance counts the 净值.)
      if (total.kind === 'money' && parts.some((q) => /原值/.test(q.label)) && /折旧|净值/.test(sentence.clauses.map((c) => c.text).join(''))) return;
      // `年末实有人数157人,其中在职人员157人,离休人员0人,退休人员81人;年末其他人员11人;年末学生人数2858人` (the 决算
      // template, rg-shangyou-disanxx-2020): 其他人员 and 学生 are counted apart from 实有人数.
      if (total.kind === 'count' && /实有人数$/.test(total.label)) {
        const apart = parts.findIndex((q) => /其他人员|学生/.test(q.label));
        if (apart > 0) parts.length = apart;
      }
      // `共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个`: levels nest, they do not add up.
      if (new Set(parts.map((q) => LEVEL.exec(q.label)?.[0]).filter(Boolean)).size >= 2) return;
      if (parts.some((q) => CHANGE.test(q.label)) && !CHANGE.test(total.label)) return;
      // `全年执行数1,283.60万元，其中：饮水项目预算850.00万元，执行812.46万元`: an item's budget and then what of it was
      // spent, one item said two ways — not two parts.
      if (budgetThenSpent(parts)) return;
      // `其中上半年完成9.15亿元，前三季度完成13.76亿元` (a helper's 公报 probe): periods counted from the year's start nest.
      if (parts.filter((q) => CUMULATIVE.test(q.label)).length >= 2) return;
      // `其中：下达5000万元，收回结余资金120万元` (a helper's 资金分配 probe): a part taken back is no part added.
      if (parts.some((q) => TAKEN_BACK.test(q.label)) && !parts.every((q) => TAKEN_BACK.test(q.label))) return;
      // `其中：公务用车购置及运行维护费…30万元…；公务用车购置费…18万元` (a helper's 决算 probe): a half of the car's item after
      // the item itself is inside it.
      if (parts.some((q) => /购置及运行/.test(q.label)) && parts.some((q) => CAR_HALF.test(q.label))) parts.splice(0, parts.length, ...parts.filter((q) => !CAR_HALF.test(q.label)));
      // `…支出32.81万元，完成年初预算38万元的86.34%，其中：…` and `基本支出412.87万元，年初预算420万元，其中：人员经费…` (a helper's
      // 决算 probe): a budget between the amount spent and the list, parts that name no budget and make the amount spent
      // exactly — they are of that.
      if (BUDGET_ONLY.test(total.label) && !parts.some((q) => /预算|计划/.test(q.label))) {
        // (Looked for a few clauses back at most: a sentence of thousands of clauses is not walked for each list.)
        const spent = clauses
          .slice(Math.max(0, ci - 4), ci + 1)
          .flatMap((c) => c.quantities)
          .reverse()
          .find((q) => q.span.start < total!.span.start && amountOf(q) && addable(q, total!) && !BUDGET_ONLY.test(q.label) && !COMPARISON.test(q.label));
        if (spent && fitsWhole(spent, parts, parts.length, true)) total = spent;
      }
      // `全镇辖12个行政村，其中脱贫村5个，示范村8个`, `项目支出198.2万元，其中：政府采购支出86.4万元，农村人居环境整治150万元`
      // (a helper's 乡镇 probes): a tag beside other kinds marks out things that may be counted twice.
      if (crossesTags(parts, total.kind === 'money')) return;
      // `医疗收入41386.39万元，其中：门诊收入12630.48万元，住院收入28755.91万元，药品收入11842.06万元` (a helper's 事业单位
      // probe): parts that make the whole exactly and then run over it with more are the whole's, and what follows cuts
      // across them (药品 in 门诊 and 住院) — the list ends where it made the whole.
      // (Not parts that are all of it by an identity: `“三公”经费支出预算为11.52万元…其中:因公出国(境)费…0万元,公务接待费…11.52万元,
      // 公务用车购置及运行费…35万元` (sa-huaiyuan-xuwei-2020) — the three items are the whole; the total is what is wrong.)
      if (total.kind === 'money' && parts.length >= 3 && !fitsWhole(total, parts, parts.length, false) && !identityCovers(parts.map((q) => q.label))) {
        // (Prefix sums, one pass: a list of thousands of parts is not added up again for each length.)
        const whole = intervalOf(total);
        const prefix: Interval[] = [];
        for (const q of parts) prefix.push(add(prefix[prefix.length - 1] ?? point(0), intervalOf(q, unitFactor(q.unit, total.unit))));
        for (let k = parts.length - 1; k >= 2; k--) {
          if (!overlaps(prefix[k - 1], whole)) continue;
          // (Not when what runs over is named as a kind of the whole: `上级财政补助收入3292万元,其中:…960万元、…4万元、…2328万元,
          // 上级补助收入(基金)278万元` (re1-nanan-yinglongzhen-2019) left the 基金 out of its whole.)
          if (parts.slice(k).some((q) => kindOf(q.label, total!.label))) break;
          const end = used.findIndex((c) => c.quantities.includes(parts[k - 1]));
          parts.length = k;
          if (end >= 0) used.length = end + 1;
          break;
        }
      }
      if (skipped && parts.length < 2) return;
      // `该项目全年预算1530.00万元。全年执行1468.80万元。其中：中央资金1200.00万元，省级资金330.00万元` (a helper's probe):
      // parts that miss the amount before them but make one a sentence earlier exactly are that one's.
      // (Not parts given with their shares, `基本支出…、占比21.49%,…` (rd1-shandong-cl-2023): those say which whole.)
      if (ci === 0 && si > 1 && parts.length >= 2 && !partial && !fitsWhole(total, parts, parts.length, true) && !used.some((c) => c.quantities.some((q) => q.unit === '%'))) {
        const earlier = wholes(p.sentences[si - 2].clauses).filter((c) => fitsWhole(c, parts, parts.length, true));
        if (earlier.length === 1) total = earlier[0];
      }
      // `共计123.22万元,其组成情况如下:一是…,二是…,三是…` (rc-pingchang-jkt-2017): a make-up announced is all of it.
      // (`收支结余86.40万元，其中：事业结余98.70万元，经营亏损12.30万元` (a helper's 事业单位 probe): a loss among the parts
      // is taken away, which a list of parts does not say — not read.)
      if (parts.some((q) => LOSS.test(q.label))) return;
      // `在职人员72人，其中行政人员48人、事业人员20人、工勤人员4人；其中处级干部9人、科级干部31人` (a helper's 人员 probe): a
      // second 其中 after a list of its whole, whose parts overrun the last part but not that whole, splits the whole
      // another way — not the last part.
      const outer = lists.find((l) => l.sentence === sentence && l.parts.includes(total!));
      if (outer && parts.length && !fitsWhole(total, parts, parts.length, false) && fitsWhole(outer.total, parts, parts.length, false) && !wholeUnitSlip(total, parts)) return;
      if (parts.length) lists.push({ total, parts, partial, paragraph: p, sentence, clauses: used, ...(((COMPOSED.test(clause.text) || namedComposed) && !partial) || closesBalance(total, parts) ? { closed: true } : {}) });
    });
  });
  return lists;
}

const SANGONG_SPENT = /三公.{0,4}经费(财政拨款)?支出决算(数)?$/;
const SPENT_LABEL = /^(支出)?决算(数)?(为|是)?$|三公.{0,4}经费(财政拨款)?支出决算(数)?(为|是)?$/;
/**
 * The 部门决算 template's `…“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费支出决算6.28万元，占34.88%`
 * (rh-jiuhuashan-zjj-2019, pd-haikou-zy-2021): its whole is the 支出决算 of the 总体情况 paragraph before (`“三公”经费支出
 * 预算为18万元，支出决算为6.28万元`), the last one stated in a sentence about 三公 within a bounded look back.
 */
function sanGongSpent(report: Report, name: string, clause: Clause): Quantity | undefined {
  if (!SANGONG_SPENT.test(name.replace(/\s+/g, ''))) return undefined;
  byParagraph.readOutside();
  const year = openingYearOf(clause.text);
  const all = proseFigures(report);
  const end = lowerBound(all.length, (i) => all[i].q.span.start >= clause.span.start);
  // Dated another year than the clause's: kept in case no figure of the clause's year comes before it.
  let otherYear: Quantity | undefined;
  for (let i = end - 1; i >= 0 && i >= end - NAMED_LOOK_BACK; i--) {
    const { q, sentence } = all[i];
    if (!amountOf(q) || q.kind !== 'money' || !SPENT_LABEL.test(q.label)) continue;
    const words = wordsBetween(all[i].paragraph, sentence.span.start, q.span.start);
    // (Not an item's 支出决算 in the 其中 list after the total: `…支出决算为15.08万元，其中：公务接待费支出预算为8.00万元，
    // 支出决算为5.23万元` — a helper's 乡镇 部门决算.)
    if (/其中/.test(words)) continue;
    if (!/三公/.test(words)) return otherYear;
    // (Nor last year's beside this year's: `…40.79万元，2018年度…支出决算为42.83万元` before `2019年度“三公”经费财政拨款
    // 支出决算中，…` — a helper's 决算说明 probe. Alone, another year's may be this year's misdated: js-dayi-a159286-2023.)
    const dated = dateBefore(all, all[i]);
    if (year && dated && dated !== year) {
      otherYear ??= q;
      continue;
    }
    return q;
  }
  return otherYear;
}

/** Two names of the same identity's parts: 公务接待费 and 公务用车购置及运行维护费, 基本支出 and 项目支出. */
function siblings(a: string, b: string): boolean {
  return IDENTITIES.some((id) => {
    const i = id.parts.findIndex((re) => re.test(a));
    const j = id.parts.findIndex((re) => re.test(b));
    return i >= 0 && j >= 0 && i !== j;
  });
}

/** The paragraph before `p` when only blank lines stand between them (no heading, no table). */
function adjoining(report: Report, prev: Paragraph | undefined, p: Paragraph): Paragraph | undefined {
  return prev && /^\s*$/.test(report.text.slice(prev.span.end, p.span.start)) ? prev : undefined;
}

/** The paragraph runs to the end of the text with no line break after it: the user may be typing it. */
function stillTyped(report: Report, p: Paragraph): boolean {
  byParagraph.readOutside();
  return !/[\r\n]/.test(report.text.slice(p.span.end));
}

/** Each paragraph's lists (listsOf, closingTotals, ordinalLists), kept while it and the one before are unchanged. */
const byParagraph = new ParagraphMemo<PartList[]>();

const cache = new WeakMap<Report, PartList[]>();
const partsCache = new WeakMap<Report, Set<Quantity>>();

const listsByPart = new WeakMap<Report, Map<Quantity, PartList>>();
/** The (first) list a figure is a part of. */
export function listOfPart(report: Report, q: Quantity): PartList | undefined {
  let map = listsByPart.get(report);
  if (!map) {
    map = new Map();
    for (const l of partLists(report)) for (const p of l.parts) if (!map.has(p)) map.set(p, l);
    listsByPart.set(report, map);
  }
  return map.get(q);
}

/** Every figure that is a part of some 其中 list. */
export function listParts(report: Report): Set<Quantity> {
  let parts = partsCache.get(report);
  if (!parts) {
    parts = new Set(partLists(report).flatMap((l) => l.parts));
    partsCache.set(report, parts);
  }
  return parts;
}

export function partLists(report: Report): PartList[] {
  let lists = cache.get(report);
  if (!lists) {
    lists = [
      ...report.paragraphs.flatMap((p, i) => {
        const prev = adjoining(report, report.paragraphs[i - 1], p);
        return byParagraph.get(p, prev, () => [...listsOf(p, report, prev), ...closingTotals(p), ...ordinalLists(p)]);
      }),
      ...itemLists(report),
      ...paragraphLists(report),
    ];
    cache.set(report, lists);
  }
  return lists;
}
