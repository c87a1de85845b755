// 合计/总计 = Σ the rows above at the same level (a 总计 counts the 合计 rows above it as rows); 小计 closes a group; a `其中：` group adds up to the row it
// belongs to (children are not counted again in the total). Checked column by column.
import type { Column, Quantity, Row, Table } from '../report/model';
import { COUNT_UNIT, MONEY_ROLES } from '../report/columns';
import { childrenByParent } from '../report/tables';
import { t } from '../l10n';
import { moneyDecimals } from './format';
import { coveringIdentity, identityName } from './identities';
import { canBeAtMost, intervalOf, overlaps, sum, type Interval } from './interval';
import { classReading, nestedReadings, type Present } from './table-nesting';
import { crossesMoneyWays } from './prose-lists';
import { relation } from './relation';
import Decimal from 'decimal.js';
import { decimalSum } from './scaled';
import type { Rule, RuleOutput } from './rule';
import { amount, cellName, cellOperand, shortSum } from './table-cells';
import { codedRows, codedTables } from './table-codes';
import { rowTotals } from './table-row-totals';
import { streamRows } from './table-row-stream';
import { codedStream } from './table-code-stream';
import { sanGongColumns } from './table-sangong';
import { closedGroup, groupFits, isMarked, looseReadingFits, someReadingFits, withinRow } from './table-group-reach';

const RUNNING = /^(累计|截至)|累计(支出|执行|完成|拨付|到位)/;
const PERIOD_ROW = /^[\s\u3000]*(\d{1,2}[-—–~至])?\d{1,2}月|^[\s\u3000]*(第?[一二三四1-4]季度|[上下]半年)/;

/**
 * Rows an identity makes all of their total (基本支出's 人员经费 and 公用经费, the three 三公 items), cut or not — in a table
 * going on past a 续表 only under a total named as the identity's (`合计 / 人员经费 / 公用经费 / 续表 / 项目支出`, a helper's
 * typed-table probe, is 合计 of more).
 */
function allOf(table: Table, total: Row, rows: Row[]): boolean {
  const id = coveringIdentity(rows.map((r) => r.label));
  return !!id && (!table.continued || id.total.test(identityName(total.label)));
}

/** Money columns; 分值/得分 too, except in a 自评表 (分值 and 得分 side by side), whose 总分 is the score rule's. */
function summable(col: Column, table: Table): boolean {
  // `月份 | 当月支出 | 累计支出` (a helper's 运行监控 probe): a running total by month or quarter, whose 合计 is its last.
  if (RUNNING.test(col.header) && table.rows.filter((r) => PERIOD_ROW.test(r.label)).length >= 2) return false;
  if (col.role === 'weight' || col.role === 'score') return !isScoreTable(table);
  // (A table of counts, `单位：人` over 编制数 | 实有人数: its columns add up as money's do.)
  // (Or of counts in 万, `接待游客（万人次）` by quarter over its 全年 row (lvyou-2023-ratios).)
  if (col.role === 'other' && (COUNT_UNIT.test(col.unit ?? table.unit) || /[（(]万(人次|人|户)[)）]$/.test(col.header)) && !/率|%|％|比/.test(col.header)) return true;
  return MONEY_ROLES.has(col.role);
}

export function isScoreTable(table: Table): boolean {
  return table.columns.some((c) => c.role === 'weight') && table.columns.some((c) => c.role === 'score');
}

/** The economic classification's two kinds of 基本支出 and the 类 each holds, by code or name. */
const ECONOMIC: Array<[RegExp, RegExp]> = [
  [/^人员经费(合计|小计)$/, /^(301|303)|工资福利|对个人和家庭/],
  [/^(日常)?公用经费(合计|小计)$/, /^(302|310|399)|商品和服务|资本性|其他支出/],
];

/** 人员经费 / 公用经费 rows, each with the rows right after it named as its 经济分类 parts. */
function economicGroups(present: Present[]): Array<{ head: Present; parts: Present[] }> {
  const groups: Array<{ head: Present; parts: Present[] }> = [];
  for (let i = 0; i < present.length; i++) {
    const name = present[i].row.label.replace(/[\s\u3000]/g, '');
    const kind = ECONOMIC.find(([re]) => re.test(name + '合计'));
    if (!kind) continue;
    const parts: Present[] = [];
    for (let j = i + 1; j < present.length && kind[1].test(present[j].row.label.replace(/[\s\u3000]/g, '')) && !ECONOMIC.some(([re]) => re.test(present[j].row.label + '合计')); j++) parts.push(present[j]);
    if (parts.length) groups.push({ head: present[i], parts });
  }
  return groups;
}

/** 收入总计 and 支出总计, and the rows of their identities (domain.md). */
const GRAND_TOTALS: Array<[RegExp, RegExp]> = [
  [/^收入总计$/, /^(本年收入合计|年初结转和结余|使用非财政拨款结余|用事业基金弥补收支差额|上年结转|年初结余)/],
  [/^支出总计$/, /^(本年支出合计|年末结转和结余|结余分配|年末结余)/],
];

const HALF = new Decimal('0.5');
const SUBTRACTED = /^[\s\u3000]*减[：:]/;
const SCORE_TOTAL = /^(总分|总得分|自评总分|得分合计|合计得分|评分合计|综合得分)/;

interface SumOptions {
  /** 'at-most' for a single 其中 child, which only has to stay within its parent. */
  mode?: 'equal' | 'at-most';
  ruleId?: string;
  /** Add the stated figures as they are (a 自评表's points), not as rounded values. */
  exact?: boolean;
  /**
   * With exact: the parts as values rounded at the finest decimals printed among them (得分 41.67 of 50 × 5/6 beside
   * a 10 that is 10.00), the total as it stands.
   */
  roundedParts?: boolean;
}

function checkSum(out: RuleOutput, total: Row, items: Row[], col: Column, options: SumOptions = {}): void {
  const { mode = 'equal', ruleId = 'table-total', exact = false } = options;
  const stated = amount(total, col);
  // `301 工资福利支出 | 303 对个人和家庭的补助 | 302 商品和服务支出 | 人员经费合计 | 公用经费合计` (a 基本支出决算表 set vertically, a
  // helper's 决算说明 probe): 人员经费 is 301 + 303, 公用经费 302 (+ 310), whatever stands above them.
  const economic = ECONOMIC.find(([re]) => re.test(total.label.replace(/[\s\u3000]/g, '')));
  if (economic) {
    // (By its code where the row has one: `30199 其他工资福利支出` is one of 301's parts like `30101 基本工资`, not a
    // 类 of its own by its name — a helper's 06表 of 款 rows only, read in halves.)
    items = items.filter((r) => economic[1].test(codeOf(r) ?? r.label.replace(/[\s\u3000]/g, '')));
    // (`302 商品和服务支出 / 30201 办公费 / 30299 其他商品和服务支出 / 公用经费合计` (a helper's 事业单位 probe): a row coded
    // under another row kept is inside it.)
    const codes = items.map(codeOf);
    items = items.filter((_, k) => !codes.some((c, j) => j !== k && c && codes[k] && codes[k]!.length > c.length && codes[k]!.startsWith(c)));
  }
  if (!stated || items.length === 0) return;
  // `总分 | 100 | 93.66` under `年度资金总额 | 3,820.00 | …` (a 自评表 pasted with its merged cells closed up, a helper's
  // probe): a score row's figures are points, whatever money column they fell into.
  if (MONEY_ROLES.has(col.role) && SCORE_TOTAL.test(total.label.replace(/[\s\u3000]/g, ''))) return;
  // (`减：上解上级支出` (a helper's 公报 probe): a row the table takes away.)
  let present = items
    .map((r) => {
      const q = amount(r, col);
      return { row: r, q: q && SUBTRACTED.test(r.label) ? { ...q, value: q.value.neg() } : q };
    })
    .filter((x): x is Present => x.q !== undefined);
  if (present.length === 0) return;
  // (Some of the parts bound nothing when the column may hold a negative: `预算调整 | -224.39` over `项目支出 | -197.02` with
  // the rows before a page break not read — a helper's page-furniture probe.)
  if (mode === 'at-most' && (stated.value.isNegative() || present.some((x) => x.q.value.isNegative()))) return;
  // A cell holding text (not blank, not a figure) makes the column unreadable here.
  if (items.some((r) => !amount(r, col) && !r.cells[col.index]?.empty && r.cells[col.index]?.text)) return;
  let finest = options.roundedParts ? Math.max(0, ...present.map((x) => x.q.decimals)) : 0;
  // (Scores in half points (`2.5`, `16.5`) are no fractions rounded: their sum is exact, and a whole 总分 over it is
  // rounded half up — 84.5 is printed 85, never 84 (a helper's 部门整体 自评表 from Word: 总分 84 over 84.5).)
  const halves = finest === 1 && stated.decimals === 0 && present.every((x) => x.q.value.mul(2).isInteger());
  if (halves) finest = 0;
  const partInterval = (q: Quantity) => (finest > 0 ? intervalOf({ ...q, decimals: finest, coarse: true }) : intervalOf(q, 1, exact));
  let expected = sum(present.map((x) => partInterval(x.q)));
  // (A 总分 printed whole over scores with decimals is rounded: `总分 | 100 | 95` over 95.21 — a helper's 工程 probe.)
  const exactTotal = exact && !(options.roundedParts && stated.decimals < finest);
  const statedInterval = halves ? { lo: stated.value.sub(HALF), hi: stated.value } : intervalOf(stated, 1, exactTotal);
  // Rows that fail read flat but hold with some of them read as a group row over the rows below it: a table
  // pasted without its indentation (table-nesting.ts) — that reading is the one checked.
  if (mode === 'equal' ? !overlaps(expected, statedInterval) : !canBeAtMost(expected, intervalOf(stated))) {
    for (const nested of nestedReadings(present, exact)) {
      const got = sum(nested.map((x) => partInterval(x.q)));
      if (mode === 'equal' ? overlaps(got, statedInterval) : canBeAtMost(got, intervalOf(stated))) {
        present = nested;
        expected = got;
        break;
      }
    }
  }
  // (`某市文化广电旅游局 300.00 / 局机关本级 300.00 / 市图书馆 —` under 政府性基金 (a helper's 部门预算 probe): a column with
  // blanks cannot show which rows nest; a full column of the same rows that does is read for it.)
  const fits = (got: Interval) => (mode === 'equal' ? overlaps(got, statedInterval) : canBeAtMost(got, intervalOf(stated)));
  if (!fits(expected)) {
    const away = nestedElsewhere(total, items, col.index, exact);
    const kept = away && present.filter((x) => !away.has(x.row));
    if (kept && kept.length && fits(sum(kept.map((x) => partInterval(x.q))))) {
      present = kept;
      expected = sum(kept.map((x) => partInterval(x.q)));
    }
  }
  // `本年收入合计 967.21 / 财政拨款收入 967.21 / 年初结转和结余 98.75 / 收入总计 1065.96` (a helper's 收支表 probe): a 收入总计 or
  // 支出总计 is the identity's parts (domain.md), the 本年 total's own rows aside (also when it comes nearer than every row).
  const identity = GRAND_TOTALS.find(([re]) => re.test(total.label.replace(/[\s\u3000]/g, '')));
  if (!fits(expected) && identity) {
    const parts = present.filter((x) => identity[1].test(x.row.label.replace(/[\s\u3000]/g, '')));
    const nearer = () => decimalSum(parts.map((x) => x.q.value)).sub(stated.value).abs().lt(decimalSum(present.map((x) => x.q.value)).sub(stated.value).abs());
    if (parts.length >= 2 && parts.length < present.length && (fits(sum(parts.map((x) => partInterval(x.q)))) || nearer())) {
      present = parts;
      expected = sum(parts.map((x) => partInterval(x.q)));
    }
  }
  // `人员经费 1713.80 / 工资福利支出 1675.02 / 对个人和家庭的补助 37.78 / 公用经费 496.29 / 商品和服务支出 496.29 / 合计 2209.09`
  // (a helper's 基本支出表 slip probe): rows named as the 经济分类 parts of 人员经费 or 公用经费, under a row so named,
  // are its parts by their names; when the total holds with the parts in place of such rows, it is read so, and each
  // such row is checked against its parts (the slip is there: 1713.80 against 1712.80).
  if (!fits(expected)) {
    const groups = economicGroups(present);
    const heads = new Set(groups.map((g) => g.head));
    const kept = present.filter((x) => !heads.has(x));
    if (groups.length && fits(sum(kept.map((x) => partInterval(x.q))))) {
      for (const g of groups) checkSum(out, g.head.row, g.parts.map((x) => x.row), col, options);
      present = kept;
      expected = sum(kept.map((x) => partInterval(x.q)));
    }
  }
  // (Fitting no reading, a 功能分类 table of 类 rows with 款 and 项 rows between is checked as its 类 rows' sum when that
  // comes nearer: `合计应为 310` of 200 + 100, not 900 of every row.)
  const classes = !fits(expected) ? classReading(present) : undefined;
  if (classes) {
    const got = decimalSum(classes.map((x) => x.q.value));
    if (got.sub(stated.value).abs().lt(decimalSum(present.map((x) => x.q.value)).sub(stated.value).abs())) {
      present = classes;
      expected = sum(classes.map((x) => partInterval(x.q)));
    }
  }
  if (mode === 'equal' && !overlaps(expected, statedInterval) && isAverage(col, present.length, expected, statedInterval)) return;
  const computed = decimalSum(present.map((x) => x.q.value));
  const operands = present.map((x) => cellOperand(x.row, col, x.q));
  // (A row with no name of its own — a funds block's 其中 row whose name plain PDF text leaves unknown — by its figure.)
  const formula = shortSum(present.map((x) => (x.row.label ? `${x.row.label} ${x.q.raw}` : x.q.raw)));
  const decimals = col.role === 'weight' || col.role === 'score' ? Math.max(0, ...present.map((x) => x.q.decimals)) : moneyDecimals(...present.map((x) => x.q.decimals));
  if (mode === 'equal') {
    relation(out, { ruleId, stated, label: cellName(total, col), operands, formula, computed, expected, decimals, unit: stated.unit, ...(exact ? { statedInterval } : {}) });
    return;
  }
  const holds = canBeAtMost(expected, intervalOf(stated));
  out.check({ ruleId, target: stated.span, targetLabel: cellName(total, col), stated, operands, formula, computed, unit: stated.unit, holds, bound: true });
  if (!holds) {
    out.report({
      span: stated.span,
      severity: 'warning',
      message: t('{0} 为 {1}，小于其中所列 {2} 的合计 {3}', cellName(total, col), stated.raw, formula, computed.toString()),
      related: operands.map((o) => ({ span: o.span!, message: `${o.label} ${o.value}` })),
    });
  }
}

function checkTable(table: Table, out: RuleOutput): void {
  const cols = table.columns.filter((c) => summable(c, table));
  // 其中 groups: parent = Σ children.
  // A table the text ends with may be cut: its last 其中 group may lack children, and a 合计 put first may
  // lack rows; those only have to stay within their total.
  const lastRow = table.rows[table.rows.length - 1];
  /** Unmarked rows of a group the figures do not make a group: they may be the top level's, for its totals. */
  const loose = new Set<Row>();
  for (let [index, children] of childrenByParent(table.rows)) {
    // `其中: 1、公务用车运行维护费` then `(1)基本支出`, `(2)项目支出` (pf-hunan-yiyuan-2016): a group in two levels of
    // numbering nests one in the other, which a flat group cannot say — not read.
    if (mixedNumbering(children)) continue;
    // `其中：授予中小企业` / `其中：授予小微企业` (a helper's 采购 probe): the small among the medium, two ways of dividing the
    // same contracts — no split.
    if (crossesMoneyWays(children)) continue;
    // `基金收入 / 其中：保险费收入 / 财政补贴收入 / 基金支出`, `税收收入 / 其中：增值税 / 企业所得税 / 非税收入`, `“三公”经费合计 / … /
    // 会议费 / 培训费` (helpers' 基金, 公报 and 三公 probes): only the first row says 其中; whether the unmarked rows after it
    // are more of its list or the parent's siblings, only the figures can say. A reading that makes the parent exactly
    // — fewer rows, or the next rows too — is the table's; with none, a group that is not known to be all of it (an
    // identity, closed by 其他, or every row marked) is read only as far as its marked rows, which may not exceed it.
    const parent = table.rows[index];
    // (The whole group making the parent in another column says it is the group: a slip in one column is a slip.)
    const fitsOne = cols.some((col) => amount(parent, col) && children.every((r) => amount(r, col)) && groupFits(parent, children, col));
    if (children.length >= 2 && !cols.every((col) => groupFits(parent, children, col)) && !fitsOne) {
      // `一般公共预算收入 / 其中：税收收入 / 其中：增值税` (a helper's 公报 probe): a 其中 right under a 其中 row and within it
      // is that row's own — the group read without it (and with the rows after it) may make the parent.
      const outer = children.filter((r, k) => !(k > 0 && isMarked(r) && isMarked(children[k - 1]) && cols.every((col) => withinRow(r, children[k - 1], col))));
      if (!closedGroup(children)) {
        if (someReadingFits(table, parent, children, cols) || (outer.length < children.length && someReadingFits(table, parent, outer, cols, true))) continue;
        for (const r of children) if (!isMarked(r)) loose.add(r);
        const marked = outer.filter(isMarked);
        for (const col of cols) checkSum(out, parent, marked, col, { mode: 'at-most' });
        continue;
      }
      if (outer.length < children.length) {
        if (someReadingFits(table, parent, outer, cols, true)) continue;
        children = outer;
      }
    }
    // (基本支出's 人员经费 and 公用经费 are all of it, cut or not.)
    const cut = (table.endsText || table.continued) && children[children.length - 1] === lastRow && !allOf(table, parent, children);
    for (const col of cols) checkSum(out, table.rows[index], children, col, { mode: children.length >= 2 && !cut ? 'equal' : 'at-most' });
  }
  if (headedGroups(table, cols, out) || groupsInFirstColumn(table, cols, out)) return;
  let items: Row[] = [];
  let subtotals: Row[] = [];
  // 合计 rows since the last 总计: `本年收入合计, 上年结转, 收入总计` — a 总计 adds up the 合计 above it too.
  let totals: Row[] = [];
  // A 合计 row above the rows it adds up (some templates put it first): checked against them at the end, if no
  // other total follows.
  let leading: Row | undefined;
  let seen = 0;
  /** A total row met already (a table going on from the page before reads its first one with that page's rows). */
  let closedTotals = false;
  // (`中央资金 / 其中：提前下达 / 省级资金 / 县级资金 / 合计` (a helper's 评价报告 probe): 省级资金, read as a second child of
  // 中央资金 it does not fit, is the 合计's row — when the 合计 says so.)
  const looseFits = loose.size > 0 && looseReadingFits(table, cols, loose);
  for (const row of table.rows) {
    if (row.parent !== undefined && !(looseFits && loose.has(row))) continue;
    seen++;
    if (row.kind === 'total' && seen === 1) {
      leading = row;
      continue;
    }
    if (row.kind === 'item') {
      items.push(row);
    } else if (row.kind === 'subtotal') {
      for (const col of cols) checkSum(out, row, items, col);
      subtotals.push(row);
      items = [];
    } else if (leading && items.length && !subtotals.length && otherSide(leading.label, row.label)) {
      // `收入合计 / 财政拨款收入 / 支出合计 / 基本支出` (a 收支 table whose sections put their totals first): the 支出 total
      // closes nothing above it; it opens its own section, and the 收入 one is of the rows between.
      for (const col of cols) checkSum(out, leading, items, col);
      leading = row;
      items = [];
    } else {
      const grand = /总计$/.test(row.label);
      // (`本年收入合计` first, `年初结转和结余`, `总计` (a condensed 收支总表): the 合计 that opened the table is the 总计's too.)
      const opening = grand && leading && !/总计$/.test(leading.label) ? [leading] : [];
      const parts = [...(grand ? totals : []), ...opening, ...subtotals, ...items];
      // (In a table going on from the page before, the first total adds up rows of that page too.)
      const before = table.continues && !closedTotals;
      closedTotals = true;
      for (const col of cols) checkSum(out, row, parts, col, before ? { mode: 'at-most' } : {});
      // Kept in place: copying it for every 合计 made a table of many 合计 rows quadratic.
      if (grand) totals = [];
      else totals.push(row);
      items = [];
      subtotals = [];
      leading = undefined;
    }
  }
  if (leading) {
    // (`国内公务接待批次（个）` under a 三公 合计 in 万元 (a helper's 乡镇 probe): a row that names its own unit of counts.)
    let parts = (subtotals.length ? [...subtotals, ...items] : items).filter((r) => !COUNT_ROW.test(r.label));
    // `“三公”经费合计 / 三项 / 会议费 / 培训费`, `二、支出合计 / … / 三、本期结余` (helpers' probes): rows after those that make the
    // total exactly are the next matter of the table, not more of it.
    const first = cols.some((col) => !groupFits(leading!, parts, col)) ? parts.findIndex((_, k) => k >= 1 && cols.every((col) => groupFits(leading!, parts.slice(0, k + 1), col)) && cols.some((col) => amount(leading!, col))) : -1;
    if (first >= 0) parts = parts.slice(0, first + 1);
    // (A table ending the text may be cut short — unless its rows are an identity's parts: the three 三公 items.)
    const cut = (table.endsText || table.continued) && !allOf(table, leading, parts);
    if (parts.length >= 2) for (const col of cols) checkSum(out, leading, parts, col, { mode: cut ? 'at-most' : 'equal' });
  }
}

/**
 * `人员经费合计 / 工资福利支出 / 对个人和家庭的补助 / 公用经费合计 / 商品和服务支出 / 合计`: group totals named for their group
 * standing above its rows, the table closed by a bare 合计 (or 总计) of the groups. Read so only when the table opens
 * on such a named total, holds another, and ends on the bare one; each group is then its named total's rows.
 */
function headedGroups(table: Table, cols: Column[], out: RuleOutput): boolean {
  const top = table.rows.filter((r) => r.parent === undefined);
  // (`一、甲类小计 | 10.00` over `1.甲一`, `2.甲二`: a 小计 numbered as a section heads its rows too.)
  // (`基本支出小计 | 100` first: a 小计 with nothing above it heads the rows below.)
  const named = (r: Row) =>
    (r.kind === 'total' && /^.{2,}合计$/.test(r.label) && !/^(本年|本期)/.test(r.label)) || (r.kind === 'subtotal' && /^[一二三四五六七八九十]+[、.．]|^.{2,}小计$/.test(r.label));
  const bare = (r: Row | undefined) => !!r && r.kind === 'total' && !named(r);
  const last = top[top.length - 1];
  if (top.length < 5 || top.filter(named).length < 2) return false;
  // Closed by the bare 合计 at the end, opened by it (`合计 | 30.00` first, then the headed groups), or with none.
  let body: Row[];
  let closing: Row | undefined;
  if (named(top[0]) && bare(last)) [body, closing] = [top.slice(0, -1), last];
  else if (bare(top[0]) && named(top[1]) && !top.slice(1).some(bare)) [body, closing] = [top.slice(1), top[0]];
  else if (top[0].kind === 'subtotal' && named(top[0]) && !top.some(bare)) body = top;
  else return false;
  return checkHeadedGroups(body, named, closing, cols, out);
}

/**
 * Each group of `body` — a head row `named` says, then its item rows — checked head = Σ items, and the `closing` total
 * = Σ heads. False (the table is not of that shape) at a row that is neither a head nor an item.
 */
function checkHeadedGroups(body: Row[], named: (r: Row) => boolean, closing: Row | undefined, cols: Column[], out: RuleOutput): boolean {
  const heads: Row[] = [];
  let items: Row[] = [];
  const close = () => {
    const head = heads[heads.length - 1];
    if (head && items.length) for (const col of cols) checkSum(out, head, items, col);
    items = [];
  };
  for (const row of body) {
    if (named(row)) {
      close();
      heads.push(row);
    } else if (row.kind === 'item') items.push(row);
    else return false;
  }
  close();
  if (closing) for (const col of cols) checkSum(out, closing, heads, col);
  return true;
}

/**
 * `|货物|小计|36.00|` / `||台式计算机|36.00|` / `|服务|小计|180.00|` / `||物业管理服务|180.00|` (a 政府采购 table, a helper's
 * 预算 probe): the group named in the first label column on its 小计 row, its items below with that cell blank. Each
 * 小计 is then its own rows'; a closing 合计, of the 小计 rows.
 */
function groupsInFirstColumn(table: Table, cols: Column[], out: RuleOutput): boolean {
  const labels = table.columns.filter((c) => c.role === 'label');
  if (labels.length < 2) return false;
  const first = labels[0].index;
  const named = (r: Row) => r.kind === 'subtotal' && !!r.cells[first]?.text.trim() && !/小计|合计/.test(r.cells[first].text);
  const blank = (r: Row) => r.kind === 'item' && (!r.cells[first] || r.cells[first].empty || !r.cells[first].text.trim());
  const top = table.rows.filter((r) => r.parent === undefined);
  const closing = top[top.length - 1]?.kind === 'total' ? top[top.length - 1] : undefined;
  const body = closing ? top.slice(0, -1) : top;
  if (body.length < 2 || !named(body[0]) || !body.every((r) => named(r) || blank(r))) return false;
  return checkHeadedGroups(body, named, closing, cols, out);
}

/** A 收入 total and a 支出 total: two sides of a 收支 table. */
function otherSide(a: string, b: string): boolean {
  const side = (l: string) => (/收入/.test(l) ? 'in' : /支出/.test(l) ? 'out' : '');
  return !!side(a) && !!side(b) && side(a) !== side(b);
}

/** Children numbered in two styles (`1、` and `(1)`): two levels of the outline in one group. */
function mixedNumbering(children: Row[]): boolean {
  const styles = new Set(children.map((r) => (/^\d+、/.test(r.label) ? 'dun' : /^[(（]\d+[)）]/.test(r.label) ? 'paren' : '')).filter((s) => s));
  return styles.size > 1;
}

export { checkSum };

export const tableTotal: Rule = {
  id: 'table-total',
  severity: 'error',
  description: '合计/小计/总计行应等于其上各行之和；“其中”各行之和应等于所属行',
  example: '基本支出 412.87，其中：人员经费 340.33，日常公用经费 71.05（合计 411.38）',
  run(report, out) {
    // Table by table — its own sums, then, for 决算 tables known by their 科目编码, 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 — as
    // the incremental analysis runs it (rule-memo.ts): the relations come in the same order either way.
    for (const table of report.tables) {
      // (A table known by its 科目编码: its 合计 is of the 类 rows, each 类 of its 款 — not of every row above.)
      if (!codedRows(table)) checkTable(table, out);
      rowTotals(table, out);
      sanGongColumns(table, out);
      codedTables([table], out);
    }
    // (Figures of a total-first 决算表 as plain pdftotext prints them: no table, rows found by their sums.)
    for (const stream of report.rowStreams ?? []) if (!codedStream(stream, out)) streamRows(stream, out, report.text);
  },
};

/**
 * `项目名称 | … | 自评得分` with `合计 | 1180.5 | 1109.59 | 93.99% | 98.28` (a helper's 自评表 probe): the 合计 row of a
 * column of scores gives their average (99.8 and 96.75 → 98.28), not their sum — points out of 100 do not add up.
 */
function isAverage(col: Column, n: number, sumOfParts: Interval, stated: Interval): boolean {
  if (n < 2 || !/得分|评分|分数|满意度/.test(col.header)) return false;
  return overlaps({ lo: sumOfParts.lo.div(n), hi: sumOfParts.hi.div(n) }, stated);
}

const COUNT_ROW = /[（(](个|辆|人|人次|次|批次|台|套|项|家|户)[)）]$/;

/**
 * The rows another column of the table reads as nested under others (its flat sum failing, a nested reading making
 * the total): a column where every row has an amount. Undefined when none shows it.
 */
function nestedElsewhere(total: Row, items: Row[], skip: number, exact: boolean): Set<Row> | undefined {
  for (let i = 0; i < total.cells.length; i++) {
    const t = total.cells[i]?.quantity;
    if (i === skip || !t || t.unit === '%') continue;
    const present: Present[] = [];
    for (const r of items) {
      const q = r.cells[i]?.quantity;
      if (!q || q.unit === '%') break;
      present.push({ row: r, q });
    }
    if (present.length !== items.length || present.length < 3) continue;
    const whole = intervalOf(t, 1, exact);
    if (overlaps(sum(present.map((x) => intervalOf(x.q, 1, exact))), whole)) continue;
    const nested = nestedReadings(present, exact).find((n) => overlaps(sum(n.map((x) => intervalOf(x.q, 1, exact))), whole));
    if (nested) return new Set(items.filter((r) => !nested.some((x) => x.row === r)));
  }
  return undefined;
}

/** A row's 科目编码 (`302`, `30201`), from the first cell that holds only one. */
function codeOf(row: Row): string | undefined {
  for (const c of row.cells) {
    const t = c.text?.trim() ?? '';
    if (/^\d{3,7}$/.test(t)) return t;
    if (t) break;
  }
  return undefined;
}
