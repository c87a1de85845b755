// A pipe table with two label columns or more before its values: `科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出`,
// `一级指标 | 二级指标 | 三级指标 | 分值 | 得分`, `序号 | 项目 | 预算数 | 决算数`. The general reader (pipe-cells.ts)
// wants a label and then figures in every row; here the header says how many cells open each row before its values,
// and those cells may hold a code (`201`), a name, or nothing (a merged cell, the 合计 row's code).
import type { LineCellTable } from './line-cells';
import { isFigureCell } from './quantities';
import { isLabel, isValue, labelRole, MIN_FIGURE_ROWS, settled, valueRole, WORDED, type PipeCell } from './pipe-line';

const CODE_HEADER = /编码|代码|序号|编号/;
const CODE = /^\d{1,7}$/;

/** How many header cells name label columns before the first value column; 0 when not two or more. */
function labelColumns(header: PipeCell[]): number {
  let n = 0;
  while (n < header.length && header[n].text && !valueRole(header[n].text) && (labelRole(header[n].text) || CODE_HEADER.test(header[n].text))) n++;
  return n >= 2 && n < header.length && header.slice(n).every((c) => c.text && !isFigureCell(c.text)) && header.slice(n).some((c) => valueRole(c.text)) ? n : 0;
}

export function labelledTable(masked: string, first: number, lines: PipeCell[][]): LineCellTable | undefined {
  const h = lines.findIndex((cells) => cells.length > 2);
  if (h < 0) return undefined;
  const header = lines[h];
  const n = labelColumns(header);
  if (!n) return undefined;
  const body: PipeCell[][] = [];
  let last = h;
  for (let k = h + 1; k < lines.length; k++) {
    // (Blank cells at a row's end are dropped: a row may be shorter than the header, never longer.)
    const row = lines[k];
    if (!row.length) continue;
    if (row.length <= n || row.length > header.length) break;
    const labels = row.slice(0, n);
    if (!labels.some((c) => c.text && !CODE.test(c.text)) || !labels.every((c) => !c.text || isLabel(c.text) || CODE.test(c.text))) break;
    if (!row.slice(n).every((c, j) => isValue(c.text) || WORDED.test(header[n + j]?.text ?? ''))) break;
    body.push(row);
    last = k;
  }
  if (body.filter((r) => r.slice(n).some((c) => isFigureCell(c.text))).length < MIN_FIGURE_ROWS) return undefined;
  return settled(masked, [header, ...body], first + last + 1);
}
