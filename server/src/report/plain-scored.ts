// A 自评表's indicator block as plain pdftotext gives a Word table (no -layout): every cell's lines on lines of their
// own, the header words first (`一级指标` / `二级指标` / `三级指标` / … / `分值` / `得分` / …), then each row's cells with the
// wrapped words of its neighbours in between — but a row's 分值 and 得分, two lines of a bare number each, come out
// together and in the rows' order, up to `总分` and its two:
//
//   维修面积 / ≥6121 平 6098 平方 / 5 / 6 / —1— / 方米 / ≥1420 人 / 次 / 米 / 1361 人次 / 9 / 8 / … / 总分 / 100 / 94.42
//
// Which indicator each pair is of, the text does not say for sure: the rows are read unnamed. Read only when each
// row's two stand between other cells (runs of two bare numbers), and the pairs' 分值, with the funds block's 年度资金总额 row above when it is scored there, add up to the 总分's exactly — a
// number taken for a 分值 that is none would make a false alarm.
import Decimal from 'decimal.js';
import type { Span } from './model';
import type { LineCellTable } from './line-cells';
import { cellOf, fundsBlock } from './funds-block';
import { fundsScattered } from './funds-scattered';
import { NUMBER, TOTAL, WEIGHT } from './layout-scored';
import { isPageNumber } from './page-numbers';
import { emptyCell, type RawCell, type RawRow } from './tables';

/** Lines below `一级指标` within which the other header words stand. */
const HEADER_LINES = 16;
/** Lines past the header within which the 总分 must come. */
const MAX_LINES = 400;
/** Lines above the header within which the funds block's label is looked for. */
const FUNDS_ABOVE = 80;

interface Line {
  text: string;
  cell: RawCell;
  index: number;
}

/** The block whose header's first word, `一级指标`, is line `first`. */
export function plainScoredTable(masked: string, spans: Span[], first: number): LineCellTable | undefined {
  const lineAt = (i: number): Line => ({ text: masked.slice(spans[i].start, spans[i].end).trim(), cell: cellOf(masked, spans[i]), index: i });
  if (lineAt(first).text !== '一级指标') return undefined;
  // The header's words, each a line: 三级指标, then 分值 and 得分 in that order.
  let label: Line | undefined;
  let weight: Line | undefined;
  let score: Line | undefined;
  let i = first + 1;
  for (let seen = 0; i < spans.length && seen < HEADER_LINES && !score; i++) {
    const l = lineAt(i);
    if (!l.text) continue;
    seen++;
    if (l.text === '三级指标') label = l;
    else if (WEIGHT.test(l.text) && label) weight = l;
    else if (l.text === '得分' && weight) score = l;
    else if (NUMBER.test(l.text)) return undefined;
  }
  if (!label || !weight || !score) return undefined;
  // The bare numbers after, up to the 总分 and its two: in runs of two, a row's 分值 and 得分 between its other cells.
  // (Rows of one line each come out a column at a time — `5` / `5` / `5` / `5` / `5` / `4`, three rows' 分值 then their
  // 得分 — and paired in turn they would be wrong, though they add up alike: a longer run leaves the block unread.)
  const numbers: Line[] = [];
  let run = 0;
  let total: Line[] | undefined;
  for (; i < spans.length && i <= first + MAX_LINES; i++) {
    const l = lineAt(i);
    if (!l.text || isPageNumber(l.text)) continue;
    if (!NUMBER.test(l.text)) {
      if (run && run !== 2) return undefined;
      run = 0;
    }
    if (/^(注|[一二三四五六七八九十]+、)/.test(l.text) || l.text === '一级指标') return undefined;
    if (TOTAL.test(l.text)) {
      if (run && run !== 2) return undefined;
      const after: Line[] = [];
      for (let j = i + 1; j < spans.length && after.length < 2; j++) {
        const m = lineAt(j);
        if (!m.text) continue;
        if (!NUMBER.test(m.text)) break;
        after.push(m);
      }
      if (after.length === 2) total = [l, ...after];
      break;
    }
    if (NUMBER.test(l.text)) {
      numbers.push(l);
      run++;
    }
  }
  if (!total || numbers.length < 4 || numbers.length % 2) return undefined;
  const pairs: Array<[Line, Line]> = [];
  for (let k = 0; k < numbers.length; k += 2) pairs.push([numbers[k], numbers[k + 1]]);
  const sum = (ws: Line[]) => ws.reduce((s, w) => s.plus(w.text), new Decimal(0));
  const whole = new Decimal(total[1].text);
  let funds: RawCell[] | undefined;
  if (!sum(pairs.map(([w]) => w)).eq(whole)) {
    funds = fundsAbove(masked, spans, first);
    if (!funds || !sum(pairs.map(([w]) => w)).plus(masked.slice(funds[1].slot.start, funds[1].slot.end)).eq(whole)) return undefined;
  }
  const unnamed = (w: Line) => emptyCell(w.cell.slot.start);
  const rows: RawRow[] = [
    [label.cell, weight.cell, score.cell],
    ...pairs.map(([w, s]): RawRow => [unnamed(w), w.cell, s.cell]),
    ...(funds ? [funds] : []),
    [total[0].cell, total[1].cell, total[2].cell],
  ];
  return { rows, end: total[2].index + 1 };
}

/** The funds block's 年度资金总额 label, 分值 and 得分 cells, read above the indicator block. */
function fundsAbove(masked: string, spans: Span[], first: number): RawCell[] | undefined {
  for (let i = first - 1; i >= Math.max(0, first - FUNDS_ABOVE); i--) {
    if (!masked.slice(spans[i].start, spans[i].end).trim().startsWith('年度资金')) continue;
    const block = fundsBlock(masked, spans, i) ?? fundsScattered(masked, spans, i);
    const row = block?.rows[1];
    return row && row.length === 7 ? [row[0], row[4], row[6]] : undefined;
  }
  return undefined;
}
