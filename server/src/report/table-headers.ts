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
    if (i > 0 && block.length > 1 && isHeader(masked, row)) {
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
