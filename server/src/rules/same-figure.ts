// The same figure stated twice must agree: the prose's 决算 基本支出 and the table's 基本支出 × 决算支出.
// Read only where the sentence says which column it speaks of (决算… or 年初预算…) and the table has exactly
// one row of that name.
import type Decimal from 'decimal.js';
import type { ColumnRole, Paragraph, Quantity, Report, Row, Sentence, Table } from '../report/model';
import { t } from '../l10n';
import { fmt, moneyDecimals } from './format';
import { intervalOf, overlaps, scale } from './interval';
import { MONEY_ROLES } from '../report/columns';
import { unitFactor } from './prose-lists';
import { TO_WAN } from '../report/quantities';
import { proseFigures } from './prose-index';
import { relation } from './relation';
import { topSectionAt } from './sections';
import { titleFigures } from './title-figures';
import { unitRestated } from './unit-restated';
import { restatedChangeRates } from './change-restated';
import { isYear, printedAlike, restatedFigures } from './restated';
import { transposedFigures } from './transposed';
import { sanGongYearRows } from './sangong-year-row';
import { itemAccounts } from './item-accounts';
import type { Rule } from './rule';
import { amount, cellName, cellOperand, column } from './table-cells';

// `较年初预算增加231.18万元`: the budget named there is what is compared with, not what the sentence states.
const COMPARED = /(较|比|与|相比)[^，,；;。]*?(增加|减少|增长|下降|多|少|持平)/g;

const ASIDE = /（[^（）]*）|\([^()]*\)/g;

const CONTEXT: Array<[RegExp, ColumnRole[]]> = [
  [/决算|实际支出|执行数|全年支出|本年支出|共支出|实际使用|实际执行|实际开支|开支/, ['spent']],
  [/调整后预算|全年预算/, ['adjusted-budget', 'executable-budget']],
  [/年初预算/, ['initial-budget']],
  // `全年预算调整171.40万元`: named after 全年预算, so it wins where both match.
  [/预算调整|调整(数|额|金额)|追加|追减|调增|调减/, ['adjustment']],
  // `年末结余8.57万元，其中：公用经费2.68万元…` is compared with the 年末结余 column.
  [/结余|结转/, ['balance']],
];

/** `2023年决算基本支出` → `基本支出`: the name once the year and the budget/final-accounts words are gone. */
function bareName(label: string): string {
  // (`2023年度共发生基本支出989.73万元` (tongji-2023-para): 共发生 says it was spent, no name.)
  return label.replace(/^(\d{4}年度?)?(部门)?(年初预算|决算|预算|全年|本年|年度)?(安排)?(共|累计)?(实际)?(发生)?/, '');
}

/** `社区健身设施更新经费实际支出` → `社区健身设施更新经费`: the row's name said before the column's word. */
const COLUMN_WORD = /的?(实际支出|决算支出|决算数|决算|执行数|支出数|全年支出|本年支出|年初预算数?|调整后预算数?|全年预算数?|预算数)$/;

/** `公务接待费支出决算` names the row `公务接待费`: its 支出 is said of the column. */
const SPENDING = /(?<=费)支出$/;

/** Whether a clause before the figure's, in its sentence, states a count, names projects or a table (what a total is of). */
function qualifiedBefore(sentence: Sentence, q: Quantity): boolean {
  for (const clause of sentence.clauses) {
    if (clause.span.end > q.span.start) break;
    if (/项目|表\s*[0-9０-９一二三四五六七八九十]/.test(clause.text) || clause.quantities.some((x) => x.kind === 'count')) return true;
  }
  return false;
}

/** A table's rows by the names a figure may match, gathered once per table instead of once per figure. */
interface RowIndex {
  /** Item rows of three characters or more, by label. */
  items: Map<string, Row[]>;
  totals: Row[];
  /** The table of the whole budget: it has a 基本支出 or 项目支出 row. */
  wholeBudget: boolean;
  /** A table of the 三公 items: it has a 因公出国（境）费 row. */
  sanGong: boolean;
  /** A table of the 经济分类 (codes 30xxx): its 公务接待费 is the 基本支出's part of the 三公 item, not the item. */
  economic: boolean;
}

function indexRows(table: Table): RowIndex {
  const index: RowIndex = { items: new Map(), totals: [], wholeBudget: false, sanGong: false, economic: false };
  for (const r of table.rows) {
    if (!index.economic && r.cells.some((c) => /^30\d{3}$/.test(c.text.trim()))) index.economic = true;
    if (/^(基本支出|项目支出)$/.test(r.label)) index.wholeBudget = true;
    if (/^因公出国/.test(r.label)) index.sanGong = true;
    if (r.kind === 'total') index.totals.push(r);
    else if (r.kind === 'item' && r.label.length >= 3) {
      const rows = index.items.get(r.label);
      if (rows) rows.push(r);
      else index.items.set(r.label, [r]);
    }
  }
  return index;
}

const SAN_GONG_TOTAL = /^(本单位|本部门)?三公经费(财政拨款)?(支出)?(决算|预算)?(数)?(合计|总额|总计)?$/;

function rowFor(index: RowIndex, label: string): Row | undefined {
  // (`“三公”经费财政拨款支出决算为16.34万元` over a table of the 三公 items and their 合计 (a helper's table slip probe):
  // that 合计 is the 三公 total.)
  if (index.sanGong && SAN_GONG_TOTAL.test(label.replace(/[“”"‘’'\s]/g, ''))) return index.totals.length === 1 ? index.totals[0] : undefined;
  // (`30217 公务接待费 2.10` in a 基本支出决算表 against the prose's 三公 公务接待费 3.20, of which 1.10 was spent in 项目支出 —
  // a helper's 决算说明 probe.)
  if (index.economic && /公务接待|公务用车|因公出国/.test(label)) return undefined;
  const total = /^(总支出|支出合计|支出总额)$/.test(label);
  // A 合计 row is the 总支出 only in the table of the whole budget (基本支出 / 项目支出 rows).
  if (total && !index.wholeBudget) return undefined;
  const rows = total ? index.totals : index.items.get(label);
  return rows?.length === 1 ? rows[0] : undefined;
}

/** The column the sentence names last before the figure (`年初预算安排支出…，其中：基本支出` → 年初预算). */
function columnNamedBefore(sentence: Sentence, q: Quantity): ColumnRole[] | undefined {
  // The words before the figure — in its own clause only up to it — without asides in brackets
  // (`基本支出376.52万元（年初预算380.00万元）；项目支出…` names no 年初预算 for what follows).
  const before = sentence.clauses
    .filter((c) => c.span.start <= q.span.start)
    .map((c) => (c.span.end > q.span.start && c.text.includes(q.raw) ? c.text.slice(0, c.text.indexOf(q.raw)) : c.text))
    .join('，')
    .replace(ASIDE, '')
    .replace(COMPARED, '');
  let found: ColumnRole[] | undefined;
  let at = -1;
  for (const [re, roles] of CONTEXT) {
    const i = lastIndexOf(before, re);
    if (i > at) {
      at = i;
      found = roles;
    }
  }
  return found;
}

function lastIndexOf(text: string, re: RegExp): number {
  let g = globalOf.get(re);
  if (!g) globalOf.set(re, (g = new RegExp(re.source, 'g')));
  g.lastIndex = 0;
  let last = -1;
  for (let m = g.exec(text); m; m = g.exec(text)) last = m.index;
  return last;
}

const globalOf = new Map<RegExp, RegExp>();

/** The year the report is about: the year its prose names most often (the title's, on a tie). */
function yearOf(report: Report): string | undefined {
  const counts = new Map<string, number>();
  const title = /((?:19|20)\d{2})\s*年/.exec(report.title?.text ?? '')?.[1];
  if (title) counts.set(title, 0.5);
  for (const { q } of proseFigures(report)) {
    if (isYear(q)) counts.set(q.raw, (counts.get(q.raw) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [year, n] of counts) if (!best || n > counts.get(best)!) best = year;
  return best;
}

export const sameFigure: Rule = {
  id: 'same-figure',
  severity: 'error',
  description: '同一数字两处出现时应一致：正文与表格，或正文前后以同一名称、同一年度和口径说出的同一金额',
  example: '正文“决算基本支出344.12万元”，表中基本支出·决算支出 334.12',
  run(report, out) {
    // A headline's figure with the body's digits at another scale (`349931亿元` over `34,993.1亿元`).
    titleFigures(report, out);
    // An item's amount in 元 said again under it in 万 (`项目73元。` / `…公益金73万用于…`).
    unitRestated(report, out);
    const reportYear = yearOf(report);
    // The same quantity stated twice in the prose (restated.ts).
    // (One amount under a short name, printed again with two digits swapped or one mistyped.)
    transposedFigures(report, out, restatedFigures(report, out, reportYear));
    // A change's rate in the prose and in the table's 增减幅度 column (change-restated.ts).
    restatedChangeRates(report, out);
    if (!report.tables.length) return;
    // The year's 三公 items in the prose and in that year's row of a table of years (sangong-year-row.ts).
    sanGongYearRows(report, out, reportYear);
    // `1.教育支出（类）教育管理事务（款）行政运行（项）。…支出决算为386.42万元` against that 项 row of the 公开表.
    itemAccounts(report, (q, cell, row, col, table) => compare(out, q, cell, row, col, table));
    // Tables a figure can be stated in (their unit is one of money), with their rows indexed by name.
    const tablesBySection = new Map<number, Array<{ table: Table; rows: RowIndex }>>();
    for (const table of report.tables) {
      if (!TO_WAN[table.unit]) continue;
      const top = topSectionAt(report, table.span.start);
      const entry = { table, rows: indexRows(table) };
      const list = tablesBySection.get(top);
      if (list) list.push(entry);
      else tablesBySection.set(top, [entry]);
    }
    // The year a sentence is about: the first it names (`2025年部门预算…，比2024年年初预算…增加…，其中基本支出…` is
    // about 2025); a sentence opening with 其中 goes on with the year of the one before.
    let yearSaid: { sentence: Sentence; year: string | undefined } | undefined;
    for (const { q, sentence, paragraph } of proseFigures(report)) {
      if (yearSaid?.sentence !== sentence) {
        const goesOn = /^[\s\u3000]*其中/.test(sentence.clauses[0]?.text ?? '');
        yearSaid = { sentence, year: goesOn ? yearSaid?.year : undefined };
      }
      if (isYear(q) && !yearSaid.year) yearSaid.year = q.raw;
      // Another year's figures are not the table's, which are the report's year.
      if (reportYear && yearSaid.year && yearSaid.year !== reportYear) continue;
      if (q.kind !== 'money' || q.incidental || !TO_WAN[q.unit]) continue;
      // (`（1）工业发展专项资金。全年支出249.68万元，…` (gongxin-2023-yuan): a figure named by its measure alone in a paragraph that
      // opens on a sentence of a name only is that name's.)
      const name = MEASURE_ONLY.test(q.label) ? (namedBySentence(paragraph, sentence) ?? bareName(q.label)) : bareName(q.label);
      // `4个重点项目，支出合计3647.98万元`: a 支出合计 whose sentence first says what it totals is not the department's.
      if (/^(总支出|支出合计|支出总额)$/.test(name) && qualifiedBefore(sentence, q)) continue;
      const shorter = COLUMN_WORD.test(name) ? name.replace(COLUMN_WORD, '') : '';
      const candidates = (tablesBySection.get(topSectionAt(report, q.span.start)) ?? [])
        .map(({ table, rows }) => ({ table, row: rowFor(rows, name) ?? (shorter ? rowFor(rows, shorter) ?? rowFor(rows, shorter.replace(SPENDING, '')) : undefined) }))
        .filter((x) => x.row);
      const ctx = columnNamedBefore(sentence, q);
      // `基本支出694.27万元。` under a table whose columns are 合计 | 基本支出 | 项目支出 (a helper's table slip probe): the
      // figure is the column's 合计 row — where the sentence names no column of its own and one table has that column.
      if (!candidates.length) {
        if (!ctx && COLUMN_NAMED.test(name)) columnTotal(report, out, q, name, tablesBySection.get(topSectionAt(report, q.span.start)) ?? []);
        continue;
      }
      // Without a column named, the figure must be one of the row's amounts — in any of the tables that have the
      // row: agreeing with one table's, it is not a slip against another's (a 部门整体 table and a 项目 table).
      if (!ctx && (candidates as Array<{ table: Table; row: Row }>).some(({ table, row }) => undecidedCells(table, row).some((x) => overlaps(scale(intervalOf(x.v!), unitFactor(table.unit, q.unit)), intervalOf(q))))) continue;
      for (const { table, row } of candidates as Array<{ table: Table; row: Row }>) {
        if (ctx) {
          // Two columns of that kind (决算数 | 决算数 under 基本支出 | 项目支出): which one is meant cannot be told.
          const role = ctx.find((r) => column(table, r));
          if (role && table.columns.filter((c) => c.role === role).length > 1) continue;
          const col = role ? column(table, role) : undefined;
          const cell = col && amount(row, col);
          if (col && cell) compare(out, q, cell, row, col, table);
          continue;
        }
        // The sentence does not say which column (`2023年基本支出989.73万元`): it must be one of them; the
        // final accounts (决算) are what a year's 支出 usually means, so that is the correction offered.
        const f = unitFactor(table.unit, q.unit);
        const cells = undecidedCells(table, row);
        if (!cells.length || cells.some((x) => overlaps(scale(intervalOf(x.v!), f), intervalOf(q)))) continue;
        const pick = cells.find((x) => x.c.role === 'spent') ?? cells[cells.length - 1];
        if (cells.filter((x) => x.c.role === pick.c.role).length > 1) continue;
        compare(out, q, pick.v!, row, pick.c, table);
      }
    }
  },
};

/** A figure's name that is a measure only: `全年支出`, `2023年实际支出`. */
const MEASURE_ONLY = /^[\s\u3000]*(\d{4}年度?)?(全年|本年|实际)支出(数|金额)?(为|是)?$/;

/** The name a paragraph's first sentence is, alone (`（1）工业发展专项资金。`), when the figure's sentence comes after it. */
function namedBySentence(paragraph: Paragraph, sentence: Sentence): string | undefined {
  const first = paragraph.sentences[0];
  if (!first || first === sentence || first.clauses.some((c) => c.quantities.length)) return undefined;
  const text = first.clauses.map((c) => c.text).join('').replace(/^[\s\u3000]*[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '').replace(/[。：:\s\u3000]+$/, '');
  return text.length >= 3 && text.length <= 20 && !/[，,；;\d]/.test(text) ? text : undefined;
}

/** Names a 支出决算表 gives its columns, which a prose figure may restate as the 合计 row's. */
const COLUMN_NAMED = /^(基本支出|项目支出)$/;

const FUNDS = /一般公共预算|政府性基金|国有资本经营/g;
/** How far before a figure its sentence may name its fund, and before a table its title. */
const FUND_BACK = 120;
const TITLE_BACK = 300;

/** The 合计 row's cell in the one table (of those given) with a column of that name. */
function columnTotal(report: Report, out: Parameters<Rule['run']>[1], q: Quantity, name: string, tables: Array<{ table: Table; rows: RowIndex }>): void {
  // (Not a table of another fund: `一般公共预算财政拨款支出…。其中：…项目支出2815.53万元` is no 政府性基金 table's 合计 — a
  // helper's 部门决算 from Word, its 公开05表 unread, its 公开08表 read.)
  const lastFund = (from: number, to: number) => report.text.slice(Math.max(0, from), to).replace(/[\s\u3000]/g, '').match(FUNDS)?.at(-1);
  const said = lastFund(q.span.start - FUND_BACK, q.span.start);
  const found = tables.flatMap(({ table, rows }) => {
    const fund = lastFund(table.span.start - TITLE_BACK, table.span.start);
    if (fund && fund !== said) return [];
    const cols = table.columns.filter((c) => c.header === name && MONEY_ROLES.has(c.role));
    return cols.length === 1 && rows.totals.length === 1 ? [{ table, col: cols[0], row: rows.totals[0] }] : [];
  });
  if (found.length !== 1) return;
  const { table, col, row } = found[0];
  const cell = amount(row, col);
  if (cell) compare(out, q, cell, row, col, table);
}

/** The amounts of `row` a figure whose sentence names no column can be (not an adjustment, balance or difference). */
function undecidedCells(table: Table, row: Row): Array<{ c: Table['columns'][number]; v: Quantity | undefined }> {
  return table.columns
    .filter((c) => MONEY_ROLES.has(c.role) && c.role !== 'adjustment' && c.role !== 'balance' && c.role !== 'over-under')
    .map((c) => ({ c, v: amount(row, c) }))
    .filter((x) => x.v);
}

function compare(out: Parameters<Rule['run']>[1], q: Quantity, cell: Quantity, row: Row, col: NonNullable<ReturnType<typeof column>>, table: Table): void {
  const f = unitFactor(table.unit, q.unit);
  // `公务用车运行维护费28万元` restating the table's `276,380.00` 元: said with fewer places than the table has, the prose
  // figure is the table's rounded — whole 万元 too, whatever the rest of the text prints.
  const coarser = q.decimals < cell.decimals + placesOf(f);
  relation(out, {
    ruleId: 'same-figure',
    stated: q,
    label: q.label,
    operands: [cellOperand(row, col, cell)],
    formula: t('表中{0} {1}', cellName(row, col), fmt(cell.value, moneyDecimals(cell.decimals)) + table.unit),
    computed: cell.value.mul(f),
    expected: scale(intervalOf(cell), f),
    decimals: moneyDecimals(cell.decimals, q.decimals),
    unit: q.unit,
    ...(coarser ? { statedInterval: intervalOf({ ...q, coarse: true }) } : {}),
    ...(f.eq(1) ? printedAlike(q, cell) : {}),
  });
}

/** Decimal places a factor adds (元 → 万元: 4). */
const placesOf = (f: Decimal) => Math.max(0, -f.e);
