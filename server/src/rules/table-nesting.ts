// A table pasted without its indentation, codes or 其中 marks (`一般公共服务支出 612.35 / 行政运行 612.35 / 合计 612.35`,
// `工资福利支出 329.11 / 基本工资 186.24 / 津贴补贴 142.87 / 合计 329.11`): its rows read flat add a group row and its
// children alike, and the 合计 looks twice too large. When a row is the exact sum of the rows right below it, those may
// be its children; table-total asks, before reporting a flat sum, whether such a nesting makes the 合计 hold.
import { isBudgetClass } from './budget-classes';
import type { Quantity, Row } from '../report/model';
import { add, intervalOf, overlaps, type Interval } from './interval';

export interface Present {
  row: Row;
  q: Quantity;
}

/** Children of one row, at most. */
const MAX_CHILDREN = 12;

/**
 * Readings of the rows with runs that add up to the row right above them folded into that row: innermost first (a
 * 类 over its 款 over its 项), then outermost first (`二、产出指标 50` over `数量 20 | 质量 15 | 时效 10 | 成本 5`, where
 * 质量 15 = 时效 10 + 成本 5 would fold first the other way). A run of one row stands for its parent only when the names
 * say so (a shared name, a 类 of the classification, or a row numbered 一、 over unnumbered ones); two or more need two
 * non-zero amounts, or names that say so. Empty when no run folds.
 */
export function nestedReadings(present: Present[], exact: boolean): Present[][] {
  const out: Present[][] = [];
  const inner = fold(present, exact, 'inner');
  if (inner) out.push(inner);
  const outer = fold(present, exact, 'outer');
  if (outer && !(inner && inner.length === outer.length && inner.every((x, i) => x === outer[i]))) out.push(outer);
  // Last, in rows that nest elsewhere already, a row over one row of the same amount whatever their names (`财政事务 70.00 /
  // 信息化建设 70.00`, `局机关本级 120.00` over its one project's 120.00 — helpers' 部门预算 probes): tried only when the
  // readings above do not make the total. (Not in flat rows: `培训费 5 / 会议费 5 / 差旅费 10` are three rows.)
  const loose = inner ? fold(present, exact, 'inner', true) : undefined;
  if (loose && !out.some((r) => r.length === loose.length && r.every((x, i) => x === loose[i]))) out.push(loose);
  const classes = classReading(present);
  if (classes) out.push(classes);
  return out;
}

/**
 * The 类 rows alone, when the rows open on one and others stand between: `社会保障和就业支出 200 / 行政事业单位养老支出 200 /
 * 行政单位离退休 150 / 机关事业单位基本养老保险缴费支出 50 / 住房保障支出 100 / 住房改革支出 100 / 住房公积金 100 / 合计 300` (a
 * 功能分类 table without its codes, a 款 over its one 项 named unlike it; a helper's pdftotext 决算 probe).
 */
export function classReading(present: Present[]): Present[] | undefined {
  const classes = present.filter((x) => isBudgetClass(x.row.label));
  return classes.length >= 2 && classes.length < present.length && classes[0] === present[0] ? classes : undefined;
}

function fold(present: Present[], exact: boolean, order: 'inner' | 'outer', alike = false): Present[] | undefined {
  const list = [...present];
  let folded = false;
  const tryAt = (i: number): boolean => {
    const parent = list[i];
    if (parent.q.value.isZero()) return false;
    const whole = intervalOf(parent.q, 1, exact);
    let acc: Interval | undefined;
    let nonZero = 0;
    for (let j = i + 1; j < list.length && j <= i + MAX_CHILDREN; j++) {
      const q = list[j].q;
      acc = acc ? add(acc, intervalOf(q, 1, exact)) : intervalOf(q, 1, exact);
      if (!q.value.isZero()) nonZero++;
      if (!overlaps(acc, whole)) continue;
      const n = j - i;
      // (Two or more: two amounts other than 0, or names that say so — `公务用车购置费 0`, `公务用车运行维护费 6.84` under
      // `公务用车购置及运行维护费 6.84`.)
      const named = () => list.slice(i + 1, j + 1).every((x) => childNamed(parent.row.label, x.row.label));
      const same = alike && n === 1 && q.value.eq(parent.q.value) && !q.value.isZero();
      if (n === 1 ? !childNamed(parent.row.label, list[j].row.label) && !same : nonZero < 2 && !named()) continue;
      list.splice(i + 1, n);
      return true;
    }
    return false;
  };
  if (order === 'inner') {
    for (let i = list.length - 2; i >= 0; i--) if (tryAt(i)) folded = true;
  } else {
    for (let i = 0; i < list.length - 1; i++) if (tryAt(i)) folded = true;
  }
  return folded ? list : undefined;
}

const bare = (label: string) => label.replace(/[\s\u3000]/g, '');

/** `公务用车购置及运行维护费` over `公务用车运行维护费` (four characters in common), a 类 or a row numbered 一、 over anything. */
function childNamed(parent: string, child: string): boolean {
  const p = bare(parent);
  const c = bare(child);
  if (!p || !c || p === c) return false;
  // (A 类 row over its one 款 or 项: `一般公共服务支出 / 行政运行`.)
  if (isBudgetClass(p)) return true;
  // `四、满意度指标` over `服务对象满意度`: a row numbered 一、二、 heads the unnumbered rows below it.
  if (/^[一二三四五六七八九十]+[、.．]/.test(p) && !/^([一二三四五六七八九十]+|\d+|[(（][^)）]{1,3}[)）])[、.．]?/.test(c)) return true;
  for (let k = 0; k + 4 <= c.length; k++) if (p.includes(c.slice(k, k + 4))) return true;
  return false;
}
