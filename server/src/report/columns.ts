// What a table column holds, read from its header; and which rows are totals or `其中` children.
import type { ColumnRole } from './model';

const ROLES: Array<[RegExp, ColumnRole]> = [
  [/^(序号|编号|No\.?|行次|栏次|行号)$/i, 'index'],
  [/计算方法|评分方法|评分标准/, 'note'],
  [/指标值|目标值|实际完成值|实际值|完成值|标准值/, 'other'],
  // (`完成预算%`, `决算数占预算数%`: the 决算 over the budget, a rate.)
  [/执行率|完成率|使用率|^完成(年初|调整后?)?预算(的)?(比例|百分比)?[%％]?$|决算数?[占为](年初|调整后?|全年)?预算数?(的)?(比例|百分比)?[%％]?$/, 'rate'],
  // `2023年预算数为2022年执行数的%`, `决算数比上年增减（%）`: a percentage, whatever amounts it names.
  [/[%％]\s*[)）]?$/, 'other'],
  [/(增|减|增减|减少|增长|下降|变动)(率|幅度)$/, 'other'],
  // `占总支出比重`, `支出占比`, `支出进度`, `拨款到位率`, `结余率`: percentages, though they name money.
  [/(占比|比重|比例|百分比|进度|率)\s*([（(][%％][)）]|[%％])?$/, 'other'],
  // `上年决算数 | 本年预算数 | 本年决算数`, `上年结转 | 全年预算数`: last year's amounts, and what it carried in —
  // money, but neither this year's 决算 nor the balance carried out.
  [/^(上年|去年|上期|上年同期|以前年度)|年初结转|年初结余/, 'amount'],
  [/超支.*结余|超支/, 'over-under'],
  // `调整预算数` is the budget after adjustment, not the adjustment.
  [/调整后|全年预算|^调整预算/, 'adjusted-budget'],
  [/可执行/, 'executable-budget'],
  [/预算调整|^调整(数|额|金额)?|追加|追减/, 'adjustment'],
  [/年初预算|预算数|预算金额|^预算$/, 'initial-budget'],
  [/决算|支出金额|执行数|实际支出|支出数|实际完成|实际执行|执行金额|^全年执行([（(][^）)]*[)）])?$/, 'spent'],
  [/年末结余|结余|结转/, 'balance'],
  [/分值|权重/, 'weight'],
  [/得分|评分/, 'score'],
  [/备注|说明|原因|偏差|依据|措施/, 'note'],
  // `科目名称 | 合计 | 基本支出 | 项目支出` (a 支出决算表): 项目支出 is money, not the label column's 项目; 合计 alone too.
  [/^[^（(]*(支出|收入|经费|拨款|补助)$|^(合计|总计)$/, 'amount'],
  // `附属单位上缴收` / `入`, `上缴上级支` / `出`: a 收入/支出 header the PDF layout wrapped, its first line standing for it.
  [/^[^（(]{3,}(缴收|级支|位补|营收|业收|他收|营支|业支|出支)$/, 'amount'],
  [/类别|项目|名称|科目|指标|内容|类型|单位|^(年度|年份)$/, 'label'],
  // `其中:公共预算财政拨款` (zb-guilin-sfj-2015): the 财政拨款 part of each row, money like the column before it.
  [/金额|万元|^元|收入|支出|拨款/, 'amount'],
  // `本 期 | 上年同期 | 增加额 | 增长率` (rg-zhuzhou-fuyou-2020): a period's amounts.
  [/^(本期|上期|上年同期|同期|本年|上年)(数|金额|累计|实际)?$/, 'amount'],
];

export function columnRole(header: string): ColumnRole {
  for (const [re, role] of ROLES) if (re.test(header)) return role;
  return 'other';
}

/** A table's unit that counts things (`单位：人`): its figures are counts, exact. */
export const COUNT_UNIT = /^(人|名|个|辆|户|台|套|所|家|人次)$/;

/** Columns whose cells are amounts of money in the table's unit. */
export const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'initial-budget',
  'adjustment',
  'adjusted-budget',
  'executable-budget',
  'spent',
  'balance',
  'over-under',
  'amount',
]);

/** A header cell that names a column of values: money, a rate, a weight or a score. */
export function namesValues(header: string): boolean {
  const role = columnRole(header);
  return MONEY_ROLES.has(role) || role === 'rate' || role === 'weight' || role === 'score';
}

// (`偏差（百分点）`, `较序时进度（百分点）` (a helper's 运行监控 probe): points, which do not add up across.)
/** A row label that names rates or shares (`执行率（%）`, `增减率`, `占比`, `2016年比2015年增减%`): no amounts in it. */
export const RATE_ROW = /率|[%％]|占比|比重|增减幅|增幅|降幅|百分比|百分点/;

export function rowKind(text: string): 'item' | 'total' | 'subtotal' {
  // `总分（含预算执行率得分）`: a note in brackets after the name does not change what the row is.
  const label = text.endsWith('）') || text.endsWith(')') ? text.replace(/[（(][^（()）]*[）)]$/, '') : text;
  // (`本页合计` (a helper's 资金分配 probe): the page's part, which the table's 合计 adds up with the rows after it.)
  if (/^小计$|小计$|^本页合计$/.test(label)) return 'subtotal';
  // (`综合得分 | 100 | 94`: a 自评表's total by another name — a helper's Word 部门整体 自评表.)
  if (/^(合计|总计|共计|总分|总得分|综合得分|自评总分|得分合计|合计得分)$|合计$|总计$/.test(label)) return 'total';
  return 'item';
}

const FUND_KIND = /^(一般公共预算|政府性基金预算?|国有资本经营预算)(财政拨款)?(收入)?$/;

// Rows that stand at the top level of a budget table: they end a `其中` group.
const TOP_LEVEL = new Set([
  '基本支出',
  '项目支出',
  '经营支出',
  '上缴上级支出',
  '对附属单位补助支出',
  '一般公共预算',
  '一般公共预算财政拨款',
  '政府性基金预算',
  '政府性基金预算财政拨款',
  '国有资本经营预算',
  '财政拨款',
  '财政拨款收入',
  '事业收入',
  '经营收入',
  '其他收入',
  '上年结转',
  '年初结转和结余',
]);

/**
 * Whether a row with this label, met inside the `其中` group of `parent`, closes the group by its name alone:
 * 'always' for a top-level budget row (项目支出 after 基本支出's children), 'likely' when it ends like the
 * parent and the first child did not (统计信息化建设经费 after the children of 统计调查经费) — the figures may
 * still show it is a child (公务用车运行维护费 under 公务用车购置及运行维护费) — else 'no'.
 */
/** A 功能/经济分类 code opening a label: 208, 20805, 2080505. */
const CODE = /^(\d{3}(?:\d{2}){0,2})(?!\d)/;

export function endsChildGroup(label: string, parent: string, firstChild: string): 'always' | 'likely' | 'no' {
  // `1、总收入 | …`, `其中:医疗收入`, `财政拨款收入`, `其他收入`, `2、总支出` (rg-zhuzhou-fuyou-2020): under a parent numbered
  // 1、, an unnumbered row is one more child; the parent's next number closes the group.
  const numbered = /^(\d+)[、.．]/.exec(parent);
  if (numbered && !/^\d+[、.．]/.test(label) && !/^\d+[、.．]/.test(firstChild)) return 'no';
  // `财政拨款`, `其中：一般公共预算`, `政府性基金预算`: the kinds of 财政拨款 are its children, though each stands at the top of
  // a budget table elsewhere.
  if (FUND_KIND.test(label) && FUND_KIND.test(firstChild)) return 'no';
  if (TOP_LEVEL.has(label)) return 'always';
  // `208社会保障和就业支出`, `其中：机关事业单位基本养老保险缴费支出`, `210卫生健康支出` (a helper's 决算表 probe): a 科目 code no
  // longer than the parent's, and not its own extended, is the parent's sibling or above.
  const code = CODE.exec(parent)?.[1];
  const own2 = CODE.exec(label)?.[1];
  if (code && own2 && own2.length <= code.length && own2 !== code) return 'always';
  // `二、公务接待费` … `三、公务用车费` (pf-hunan-yiyuan-2016): the parent's own numbering, one further, is its sibling.
  const own = /^([一二三四五六七八九十]+)、/.exec(parent);
  if (own && /^[一二三四五六七八九十]+、/.test(label) && !/^[一二三四五六七八九十]+、/.test(firstChild)) return 'always';
  const suffix = (s: string) => s.slice(-2);
  return suffix(label) === suffix(parent) && suffix(firstChild) !== suffix(parent) && !label.startsWith('其他') ? 'likely' : 'no';
}
