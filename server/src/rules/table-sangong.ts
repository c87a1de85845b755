// A 三公 table laid out in columns (`合计 | 因公出国（境）费 | 公务用车购置及运行维护费 | 公务用车购置费 | 公务用车运行维护费 |
// 公务接待费`, one row for 预算数 and one for 决算数, the 部门决算's 公开表): in each row, 合计 = 因公出国 + 公务用车 + 公务接待
// and 公务用车购置及运行维护费 (its 小计) = 购置 + 运行维护 (domain.md's identity). A wrong 小计 is reported once, at itself:
// the 合计 is then checked against the car's two halves.
import type { Column, Quantity, Row, Table } from '../report/model';
import { moneyDecimals } from './format';
import { sum } from './interval';
import { relation } from './relation';
import { decimalSum } from './scaled';
import type { RuleOutput } from './rule';
import { addend, amount, cellName, isRateRow } from './table-cells';

interface Columns {
  total: Column;
  abroad: Column;
  car?: Column;
  buy?: Column;
  run?: Column;
  reception: Column;
}

const bare = (c: Column) => c.header.replace(/[\s\u3000"“”]/g, '');

function columnsOf(table: Table): Columns | undefined {
  // (Most tables name no 三公 item: one look at the headers first.)
  if (!table.columns.some((c) => c.header.includes('公务接待'))) return undefined;
  const find = (test: (h: string) => boolean) => {
    const found = table.columns.filter((c) => test(bare(c)));
    return found.length === 1 ? found[0] : undefined;
  };
  const total = find((h) => /^(三公(经费)?)?合计$/.test(h));
  const abroad = find((h) => /因公出国/.test(h));
  const reception = find((h) => /公务接待/.test(h));
  const car = find((h) => /购置及运行|^小计$/.test(h));
  const buy = find((h) => /购置费?$/.test(h) && !/运行/.test(h));
  const run = find((h) => /运行(维护)?费?$/.test(h) && !/购置/.test(h));
  if (!total || !abroad || !reception || (!car && !(buy && run))) return undefined;
  return { total, abroad, car, buy, run, reception };
}

export function sanGongColumns(table: Table, out: RuleOutput): void {
  const cols = columnsOf(table);
  if (!cols) return;
  // (Not a row of rates under the amounts' rows: `执行率（%） | 79.19 | - | 79.55 | 78.40` — a helper's 三公 probe.)
  for (const row of table.rows) if (!isRateRow(row, amount(row, cols.total))) checkRow(row, cols, out);
}

type Part = NonNullable<ReturnType<typeof addend>>;

function checkRow(row: Row, cols: Columns, out: RuleOutput): void {
  // A blank part is 0 (the layout prints no 0.00 for an item with no money); a stated total is a figure.
  const part = (c: Column | undefined) => (c ? addend(row, c) : undefined);
  const total = amount(row, cols.total);
  const car = cols.car ? amount(row, cols.car) : undefined;
  const abroad = part(cols.abroad);
  const reception = part(cols.reception);
  const buy = part(cols.buy);
  const run = part(cols.run);
  let carRight = true;
  if (car && buy && run) carRight = sumRelation(out, row, cols.car!, car, [buy, run]);
  const carPart = cols.car ? part(cols.car) : undefined;
  const parts = carPart && carRight ? [carPart] : buy && run ? [buy, run] : carPart ? [carPart] : [];
  if (!total || !abroad || !reception || !parts.length) return;
  sumRelation(out, row, cols.total, total, [abroad, ...parts, reception]);
}

function sumRelation(out: RuleOutput, row: Row, col: Column, stated: Quantity, parts: Part[]): boolean {
  return relation(out, {
    ruleId: 'table-total',
    stated,
    label: cellName(row, col),
    operands: parts.map((p) => p.operand),
    formula: parts.map((p) => `${p.operand.label.replace(/^.*·/, '')} ${p.raw}`).join(' + '),
    computed: decimalSum(parts.map((p) => p.value)),
    expected: sum(parts.map((p) => p.interval)),
    decimals: moneyDecimals(stated.decimals, ...parts.map((p) => p.raw.split('.')[1]?.length ?? 0)),
    unit: stated.unit,
  });
}
