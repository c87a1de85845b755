// A table with a second header row inside it: the standard 项目支出绩效自评表 runs its funds block (项目资金 |
// 年初预算数 | … | 分值 | 执行率 | 得分) and its indicators (一级指标 | 二级指标 | … | 分值 | 得分) in one grid. Each
// block below a header row is a table of its own, read by its own header.
import { isBlankIn } from './normalize';
import { isFigureCell } from './quantities';
import type { RawRow } from './tables';

/** Words that name a column: a row with two or more of them and no figure is a header. */
const HEADER_WORD = /分值|得分|权重|执行率|完成值|指标值|年初预算|全年预算|调整后|决算|执行数|预算数|一级指标|二级指标|三级指标/;

/** The blocks of a table, each starting with its header row (the first block with the table's). */
export function headerBlocks(masked: string, rows: RawRow[]): RawRow[][] {
  const blocks: RawRow[][] = [];
  let block: RawRow[] = [];
  rows.forEach((row, i) => {
    // `| 项目 | 本年支出合计 |` again under rows of its own (a table over two pages, its header repeated; a helper's web-table
    // probe): the same table goes on, the repeated header is no row of it.
    if (i > 0 && block.length > 1 && sameCells(masked, row, block[0])) return;
    // (`项目名称 | 乡村振兴补助` over the funds block's header: a first row of a few cells and no figure is no header
    // of the rows under the real one. Not `人员经费 |  |  | 公用经费` over the two halves' headers: it spans them.)
    if (i > 0 && (block.length > 1 || (!hasFigure(masked, block[0]) && block[0].length * 2 <= row.length)) && isHeader(masked, row)) {
      blocks.push(block);
      block = [];
    }
    block.push(row);
  });
  blocks.push(block);
  return blocks;
}

function isHeader(masked: string, row: RawRow): boolean {
  let words = 0;
  for (const cell of row) {
    if (isBlankIn(masked, cell.slot.start, cell.slot.end)) continue;
    const text = masked.slice(cell.slot.start, cell.slot.end).replace(/[*_`]/g, '').trim();
    if (isFigureCell(text)) return false;
    if (HEADER_WORD.test(text)) words++;
  }
  return words >= 2;
}

function hasFigure(masked: string, row: RawRow): boolean {
  return row.some((cell) => isFigureCell(masked.slice(cell.slot.start, cell.slot.end).trim()));
}

/** Two rows of the same cells, word for word (spaces aside). */
function sameCells(masked: string, a: RawRow, b: RawRow): boolean {
  const texts = (r: RawRow) => r.map((c) => masked.slice(c.slot.start, c.slot.end).replace(/[\s\u3000*_`]/g, '')).filter((t) => t);
  const [x, y] = [texts(a), texts(b)];
  return x.length >= 2 && x.length === y.length && x.every((t, k) => t === y[k]) && !hasFigure(masked, a);
}
