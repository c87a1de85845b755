// The 自评表's funds block as a web page flattens it with pipes, in the shapes the general reader (pipe-cells.ts)
// leaves as prose: a first header cell spanning the rows, and the grid's blank columns.
import type { LineCellTable } from './line-cells';
import type { Span } from './model';
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


const LEVEL = /^[一二三]级指标$/;
const WEIGHT = /^(分值|权重)$/;

/**
 * A 自评表's indicators as a web page flattens them: `一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分`
 * over `产出指标 | 数量指标 | 补助户数 | 100户 | 100户 | 20 | 20` and ` | 质量指标 | 验收合格率 | …` (the merged 一级指标
 * cell left blank: a line opening on a pipe, under a header that does not, has its first cell blank). Read only under a
 * header naming two levels, 分值 (or 权重) and 得分, with rows no wider than it, two of them or more scored.
 */
export function indicatorTable(masked: string, spans: Span[], first: number, lines: PipeCell[][]): LineCellTable | undefined {
  const h = lines.findIndex((cells) => cells.filter((c) => LEVEL.test(c.text)).length >= 2 && cells.some((c) => WEIGHT.test(c.text)) && cells.some((c) => c.text === '得分'));
  if (h < 0) return undefined;
  const opensOnPipe = (k: number) => /^\s*\|/.test(masked.slice(spans[first + k].start, spans[first + k].end));
  const header = written(lines[h]);
  if (opensOnPipe(h) || header.some((c) => !c.text)) return undefined;
  const score = header.findIndex((c) => c.text === '得分');
  const rows: PipeCell[][] = [];
  let last = h;
  for (let k = h + 1; k < lines.length; k++) {
    let row = written(lines[k]);
    if (!row.length) continue;
    if (opensOnPipe(k)) {
      const at = spans[first + k].start;
      row = [{ slot: { start: at, end: at }, insertAt: at, text: '' }, ...row];
    }
    if (row.length > header.length) break;
    rows.push(row);
    last = k;
  }
  if (rows.filter((r) => r[score] && isFigureCell(r[score].text)).length < MIN_FIGURE_ROWS) return undefined;
  return settled(masked, [header, ...rows], first + last + 1);
}
