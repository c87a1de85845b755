// The 自评表's funds block as a web page flattens it with pipes, in the shapes the general reader (pipe-cells.ts)
// leaves as prose: a first header cell spanning the rows, and the grid's blank columns.
import type { LineCellTable } from './line-cells';
import { isFigureCell } from './quantities';
import { isLabel, isValue, MIN_FIGURE_ROWS, settled, valueRole, written, type PipeCell } from './pipe-line';

const MIN_COLUMNS = 2;

/** A 自评表's words: its funds block is scored. */
const SCORED = /^(分值|权重|得分)$/;

/**
 * A 自评表's funds block as a web page flattens it (rl2-nanchong-lyj-2023): `预算执行情况(10分) | 年度预算数(万元) |
 * 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |` over `| 总额 | 5.00 | 5.00 | 5.00 | | |
 * 100.00% | 10 | | |`. The first header cell spans the rows (they open on a pipe, one cell short), and columns blank in
 * the header and in every row are the grid's, not the table's. Read only for a scored header (分值, 权重 or 得分) naming
 * two values or more, every row as written one cell short of it.
 */
export function spannedTable(masked: string, first: number, lines: PipeCell[][]): LineCellTable | undefined {
  const h = lines.findIndex((cells) => cells.length > MIN_COLUMNS && cells.every((c) => !isFigureCell(c.text)) && cells.filter((c) => valueRole(c.text)).length >= 2 && cells.some((c) => SCORED.test(c.text)));
  if (h < 0) return undefined;
  const body: PipeCell[][] = [];
  let last = h;
  for (let k = h + 1; k < lines.length; k++) {
    const row = written(lines[k]);
    if (!row.length || !isLabel(row[0].text) || !row.slice(1).every((c, i) => isValue(c.text) || (i === row.length - 2 && !c.text))) break;
    body.push(row);
    last = k;
  }
  if (body.filter((r) => r.some((c) => isFigureCell(c.text))).length < MIN_FIGURE_ROWS) return undefined;
  let header = written(lines[h]);
  const width = body[0].length;
  if (body.some((r) => r.length !== width)) return undefined;
  if (header.length !== width + 1) return undefined;
  header = header.slice(1);
  const keep = header.map((c, i) => i === 0 || !!c.text || body.some((r) => r[i].text));
  if (header.some((c, i) => keep[i] && i > 0 && !c.text)) return undefined;
  const pick = (r: PipeCell[]) => r.filter((_, i) => keep[i]);
  return settled(masked, [pick(header), ...body.map(pick)], first + last + 1);
}

