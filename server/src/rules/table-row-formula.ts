// Formulas across a table row, read from the header names:
// 调整后预算 / 可执行预算 = 年初预算 + 预算调整; 年末结余 = 预算 − 决算支出; 超支(+)/结余(−) = 支出 − 预算;
// 执行率 = 支出 ÷ 预算. A cell found wrong is not used again in the same row, so one slip is one finding.
import Decimal from 'decimal.js';
import type { Cell, Column, Quantity, Row, Table } from '../report/model';
import { moneyDecimals } from './format';
import { div, intervalOf, overlaps, scale, sub, add } from './interval';
import { relation } from './relation';
import type { Rule, RuleOutput } from './rule';
import { addend, amount, cellAt, cellName, cellOperand, column, isBlankCell } from './table-cells';
import { changeColumns } from './table-change-columns';
import { changeRows } from './table-change-rows';

/** The columns a row formula reads, looked up once per table. */
interface Columns {
  init?: Column;
  adj?: Column;
  /** `上年结转` beside 年初预算 and 追加: carried in, part of the year's budget. */
  carried?: Column;
  spent?: Column;
  /** Every spent column: `1-6月执行数 | 全年预计执行数` in a 运行监控 table. */
  spents: Column[];
  balance?: Column;
  /** `年末结余` beside a `年末结转` (both balances): what is left is the two together. */
  leftover?: Column;
  overUnder?: Column;
  rate?: Column;
  /** `收回`, `调减` beside 追加: taken from the budget (a helper's 资金分配 probe). */
  cut?: Column;
  /** `到位数`: what arrived, the base an 执行率 may be of (财预〔2020〕10号's 实际支出 ÷ 实际到位). */
  arrived?: Column;
  /** `计划人数 | 实际人数`: counts a 完成率 may be of. */
  counted: boolean;
  /** The budget-derived columns in the order they are checked (调整后预算, 可执行预算). */
  targets: Column[];
  /** Where a row's budget is read from, first found first. */
  budgets: Column[];
}

/** A header saying a surplus is positive, a shortfall negative: the column is 预算 − 支出. */
const SURPLUS_POSITIVE = /(结余|节余)[（(]?[+＋][)）]?|超支[（(]?[-－−][)）]?|超支(以|为|用)[“"”]?[-－−]|超支为负/;

function columnsOf(table: Table): Columns {
  const init = column(table, 'initial-budget');
  const adjusted = column(table, 'adjusted-budget');
  const exec = column(table, 'executable-budget');
  return {
    init,
    adj: column(table, 'adjustment'),
    carried: table.columns.find((c) => c.role === 'amount' && /^(上年|以前年度)结转|^年初结[转余]/.test(c.header.replace(/\s/g, ''))),
    spent: column(table, 'spent'),
    spents: table.columns.filter((c) => c.role === 'spent'),
    balance: column(table, 'balance'),
    leftover: secondBalance(table),
    overUnder: column(table, 'over-under'),
    rate: column(table, 'rate'),
    cut: table.columns.find((c) => /收回|调减|核减|追减|扣回/.test(c.header) && c.role !== 'rate'),
    arrived: table.columns.find((c) => /到位/.test(c.header) && !/率/.test(c.header)),
    counted: table.columns.some((c) => /人数|户数|人次|数量|个数|件数/.test(c.header)),
    targets: [adjusted, exec].filter((c): c is Column => c !== undefined),
    budgets: [exec, adjusted, init].filter((c): c is Column => c !== undefined),
  };
}

/** A second balance column after a 结转 one, named 结余 (`年末结转 | 年末结余`). */
function secondBalance(table: Table): Column | undefined {
  const balances = table.columns.filter((c) => c.role === 'balance');
  return balances.length === 2 && /结转/.test(balances[0].header) && !/结余/.test(balances[0].header) && /结余/.test(balances[1].header) && !/结转/.test(balances[1].header) ? balances[1] : undefined;
}

function checkRow(row: Row, cols: Columns, out: RuleOutput): void {
  const { init, adj, spent } = cols;
  let wrong: Cell[] | undefined;

  // 调整后预算 / 可执行预算 = 年初预算 + 调整 (a blank 调整 is table-blank-adjustment's business).
  for (const target of cols.targets) {
    if (!init || !adj) continue;
    const stated = amount(row, target);
    const a = amount(row, adj);
    const i = addend(row, init);
    if (!stated || !a || !i) continue;
    // (`年初预算 | 追加 | 收回 | 调整后预算`: 500 + 120 − 35 = 585 — the formula with what was taken off is not read here.)
    if (cols.cut && cols.cut !== adj && cols.cut.index < target.index) continue;
    // 全年预算 = 年初预算 + 上年结转 + 追加 where the table has the carried-in column before it.
    const c = cols.carried && cols.carried.index < target.index ? addend(row, cols.carried) : undefined;
    if (cols.carried && cols.carried.index < target.index && !c && !isBlankCell(cellAt(row, cols.carried))) continue;
    const ok = relation(out, {
      ruleId: 'table-row-formula',
      stated,
      label: cellName(row, target),
      operands: [i.operand, ...(c ? [c.operand] : []), cellOperand(row, adj, a)],
      formula: `${init.header} ${i.raw}${c ? ` + ${cols.carried!.header} ${c.raw}` : ''} + ${adj.header} ${a.raw}`,
      computed: i.value.add(c?.value ?? 0).add(a.value),
      expected: add(c ? add(i.interval, c.interval) : i.interval, intervalOf(a)),
      decimals: moneyDecimals(a.decimals),
      unit: stated.unit,
    });
    if (!ok) (wrong ??= []).push(cellAt(row, target)!);
  }

  const budgetCol = cols.budgets.find((c) => amount(row, c));
  if (!budgetCol || wrong?.includes(cellAt(row, budgetCol)!)) return;
  const budget = amount(row, budgetCol)!;
  const [outerBudgetCol, outerBudget] = [budgetCol, budget];
  if (!spent) return;
  // 年末结余 = 预算 − 支出; 超支(+)/结余(−) = 支出 − 预算.
  const difference = (target: Column | undefined, budgetFirst: boolean) => {
    const stated = amount(row, target);
    const used = target && spentFor(row, cols, target);
    if (!target || !stated || !used) return;
    const [aCol, a] = budgetFirst ? [budgetCol, budget] : used;
    const [bCol, b] = budgetFirst ? used : [budgetCol, budget];
    relation(out, {
      ruleId: 'table-row-formula',
      stated,
      label: cellName(row, target),
      operands: [cellOperand(row, aCol, a), cellOperand(row, bCol, b)],
      formula: `${aCol.header} ${a.raw} − ${bCol.header} ${b.raw}`,
      computed: a.value.sub(b.value),
      expected: sub(intervalOf(a), intervalOf(b)),
      decimals: moneyDecimals(a.decimals, b.decimals),
      unit: stated.unit,
    });
  };
  // `年末结转 | 年末结余` side by side (a helper's 自评报告 probe): what is left is the two together — the 结转 is the budget
  // less what was spent and what is 结余.
  const left = cols.balance && cols.leftover && amount(row, cols.leftover);
  const paid = amount(row, spent);
  if (cols.balance && cols.leftover && left && paid) {
    const stated = amount(row, cols.balance);
    if (stated) {
      relation(out, {
        ruleId: 'table-row-formula',
        stated,
        label: cellName(row, cols.balance),
        operands: [cellOperand(row, budgetCol, budget), cellOperand(row, spent, paid), cellOperand(row, cols.leftover, left)],
        formula: `${budgetCol.header} ${budget.raw} − ${spent.header} ${paid.raw} − ${cols.leftover.header} ${left.raw}`,
        computed: budget.value.sub(paid.value).sub(left.value),
        expected: sub(sub(intervalOf(budget), intervalOf(paid)), intervalOf(left)),
        decimals: moneyDecimals(budget.decimals, paid.decimals, left.decimals),
        unit: stated.unit,
      });
    }
  } else if (!cols.leftover) difference(cols.balance, true);
  // (`结余（+）/超支（-）`, `结余（超支以"-"号填列）` (a helper's 项目自评 probe): a header that says a surplus is positive
  // is 预算 − 支出.)
  if (cols.overUnder && SURPLUS_POSITIVE.test(cols.overUnder.header)) difference(cols.overUnder, true);
  else difference(cols.overUnder, false);

  const rateCol = cols.rate;
  const r = cellAt(row, rateCol)?.quantity;
  const rateOf = rateCol && spentFor(row, cols, rateCol);
  if (rateCol && r && r.unit === '%' && rateOf) {
    const [spent, paid] = rateOf;
    // `年初预算执行率` (a helper's 自评报告 probe): of the 年初 budget, whatever else the table holds.
    const initial = /年初/.test(rateCol.header) && cols.init ? amount(row, cols.init) : undefined;
    const [budgetCol, budget] = initial ? [cols.init!, initial] : [outerBudgetCol, outerBudget];
    // `年初预算 | 预算调整 | 决算 | 完成预算%` with no 调整后 column (a helper's 决算说明 probe): the budget the rate is of is
    // the 年初 one with its adjustment, 可执行预算 = 年初预算 + 调整.
    const change = !initial && budgetCol === cols.init && cols.adj ? amount(row, cols.adj) : undefined;
    const baseI = change ? add(intervalOf(budget), intervalOf(change)) : intervalOf(budget);
    const baseV = change ? budget.value.add(change.value) : budget.value;
    const ratio = div(intervalOf(paid), baseI);
    if (!ratio || baseV.isZero()) return;
    // (`计划人数 | 实际人数 | 完成率 | 预算数 | 执行数`: a 完成率 beside counts may be of them.)
    if (cols.counted && /完成/.test(rateCol.header)) return;
    // (`预算数 | 到位数 | 支出数 | 执行率` (a helper's 评价报告 probe): a rate that fits what arrived is of that.)
    const got = cols.arrived && amount(row, cols.arrived);
    const ofArrived = got && !got.value.isZero() ? div(intervalOf(paid), intervalOf(got)) : undefined;
    if (ofArrived && overlaps(scale(ofArrived, new Decimal(100)), intervalOf(r))) return;
    relation(out, {
      ruleId: 'table-row-formula',
      stated: r,
      label: cellName(row, rateCol),
      operands: [cellOperand(row, spent, paid), cellOperand(row, budgetCol, budget), ...(change ? [cellOperand(row, cols.adj!, change)] : [])],
      formula: change ? `${spent.header} ${paid.raw} ÷ (${budgetCol.header} ${budget.raw} + ${cols.adj!.header} ${change.raw})` : `${spent.header} ${paid.raw} ÷ ${budgetCol.header} ${budget.raw}`,
      computed: paid.value.div(baseV).mul(100),
      expected: scale(ratio, new Decimal(100)),
      decimals: Math.max(2, r.decimals),
      unit: '%',
    });
  }
}

/**
 * The spent column a target is of: `1-6月执行数 | 全年预计执行数 | 预计执行率 | 预计结余` (a helper's 运行监控 probe) — an
 * estimate (预计) of the estimated amount, anything else of the amount spent so far.
 */
function spentFor(row: Row, cols: Columns, target: Column): [Column, Quantity] | undefined {
  const estimate = (c: Column) => /预计/.test(c.header);
  const same = cols.spents.filter((c) => estimate(c) === estimate(target));
  // (`7-12月预计执行数 | 全年预计执行数`: of the whole year's.)
  const col = cols.spents.length < 2 || same.length === cols.spents.length ? cols.spent : same.length > 1 ? same.find((c) => /全年|年底|年末/.test(c.header)) : same[0];
  const paid = amount(row, col);
  return col && paid ? [col, paid] : undefined;
}

export const tableRowFormula: Rule = {
  id: 'table-row-formula',
  severity: 'error',
  description: '表格每行按表头关系成立：调整后（可执行）预算 = 年初预算 + 调整，年末结余 = 预算 − 支出，超支/结余 = 支出 − 预算，执行率 = 支出 ÷ 预算',
  example: '年初预算 / ，调整 13131.18，可执行预算 1311.18',
  run(report, out) {
    // (Table by table, each table's relations together: the incremental analysis gives them again table by table, and
    // its output must be a fresh analysis's, in the same order.)
    for (const table of report.tables) {
      const cols = columnsOf(table);
      for (const row of table.rows) checkRow(row, cols, out);
      // 增减额 = this year − last year, 增减幅度 = 增减额 ÷ last year, in tables of two years side by side.
      changeColumns([table], out);
      // And the same with a row per year: the change row's rates (`2016年比2015年增减%`).
      changeRows(table, out);
    }
  },
};
