// A 收入支出决算表 laid out in two halves side by side: 收入项目 | 决算数 | 支出项目 | 决算数. Each half is a
// table of its own: its rows are named by its own label column, its 合计 and 总计 add up its own figures.
import { columnRole, MONEY_ROLES } from './columns';
import { isBlankIn, plainLabel } from './normalize';
import type { RawRow } from './tables';

/**
 * The halves of a side-by-side table, or the table whole. A table is read as halves when its header has two
 * or more label columns, the first at the left, each followed by at least one money column, and all named
 * alike (收入项目 / 支出项目: the same last two characters).
 */
const SIDE = /^(收入|支出)(项目)?$/;

export function tableSides(masked: string, rows: RawRow[]): RawRow[][] {
  const header = rows[0];
  const headers = (header ?? []).map((c) => plainLabel(masked.slice(c.slot.start, c.slot.end).trim()));
  // `收入 / 支出` over `项目 / 行次 / 金额 / 项目 / 行次 / 金额` (a 收入支出决算总表 pasted from Word a cell per line, its merged
  // side names a row of their own — a helper's 决算说明 probe): the sides' names are over the real header.
  if (headers.length >= 2 && headers.every((h) => SIDE.test(h)) && (rows[1]?.length ?? 0) > headers.length) return tableSides(masked, rows.slice(1));
  if (!header || header.length < 4) return [rows];
  const roles = headers.map(columnRole);
  // (`收入 | 金额 | 支出 | 金额`: a side named 收入 or 支出 over its items' names, an amount column after it.)
  const side = (i: number) => SIDE.test(headers[i]) && MONEY_ROLES.has(roles[i + 1] ?? 'other');
  // (A side's labels may take two columns, `科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数` — the 基本支出决算表's
  // 人员经费 and 公用经费 halves, a helper's Word 决算公开表 probe: a side starts where a run of label columns does.)
  const isLabel = (i: number) => roles[i] === 'label' || side(i);
  const labels = roles.flatMap((_, i) => (isLabel(i) && !(i > 0 && isLabel(i - 1)) ? [i] : []));
  if (labels.length < 2 || labels[0] !== 0) return [rows];
  // (Three such halves or more, `…| 302 商品和服务支出 |…| 30228 工会经费 |…`: 公用经费 runs on from one to the next — not
  // read as halves.)
  if (labels.length > 2 && labels.some((i) => isLabel(i + 1))) return [rows];
  const ends = [...labels.slice(1), header.length];
  for (let k = 0; k < labels.length; k++) {
    if (!roles.slice(labels[k] + 1, ends[k]).some((r) => MONEY_ROLES.has(r))) return [rows];
    const alike = headers[labels[k]].slice(-2) === headers[0].slice(-2) || (side(labels[k]) && side(0));
    if (headers[labels[k]].length < 2 || !alike) return [rows];
  }
  if (rows.some((r) => r.length !== header.length)) return [rows];
  return labels.map((from, k) =>
    rows
      .map((r) => r.slice(from, ends[k]))
      .filter((r, i) => i === 0 || r.some((c) => !isBlankIn(masked, c.slot.start, c.slot.end) && !isBlankMark(masked, c))),
  );
}

/** Markdown emphasis alone (`****`) or nothing: a cell of the half that holds no row. */
function isBlankMark(masked: string, c: RawRow[number]): boolean {
  return /^[\s*_]*$/.test(masked.slice(c.slot.start, c.slot.end));
}
