// The funds block of a Word 自评表 as plain pdftotext gives it (a helper's LibreOffice PDFs; no -layout): the cells
// come a line each, but not row by row. The row labels first (`年度资金` / `总额`, `其中：当` / `年财政拨` / `款`,
// `上年结转` / `资金`, `其他资金`), then either each header word followed by its column's first figure (`年初预算` /
// `数` / `74.20` / `全年预算` / `数` / `92.17` / … / `分值` / `执行率` / `得分` / `10` / `80.12%` / `8.01`) or all the
// header words and then the six figures; the 其中 rows' cells after those, in an order that mixes their `—`s.
// Read: the 年度资金总额 row's six cells, each figure after its header word; the 其中 rows where their figures, the `—`s
// left out, make rows of three amounts and a rate, no more than the 其中 labels. With as many rows as labels each row
// has its label; with fewer (a source left blank: which one, the text does not say), the first row — printed whole
// right after the 年度资金总额 row — is the first label's (当年财政拨款), the others are read unnamed: the column sums
// hold whichever is blank.
import type { Span } from './model';
import { isPageNumber } from './page-numbers';
import { isFigureCell } from './quantities';
import { emptyCell, type RawCell, type RawRow } from './tables';
import { cellOf, FUNDS_CHILD, type FundsBlock } from './funds-block';

/** The six header words in their columns' order, as their wrapped lines join up. */
const HEADERS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
/** How far from the label the header words (before) and the cells (after) may stand, in lines with text. */
const BEFORE = 30;
const AFTER = 60;
const DASH = /^[—–\-－/]$/;
const squeeze = (s: string) => s.replace(/[\s\u3000]/g, '');

interface Item {
  kind: 'head' | 'figure' | 'dash' | 'child' | 'other';
  /** The header word's column (kind head). */
  column?: number;
  cell: RawCell;
  text: string;
  /** The line after the item's last line. */
  next: number;
}

/** The block whose label (`年度资金总额`, or `年度资金` over `总额`) is line `at`, when its cells read exactly. */
export function fundsScattered(masked: string, spans: Span[], at: number): FundsBlock | undefined {
  const text = (i: number) => squeeze(masked.slice(spans[i].start, spans[i].end));
  if (!/^年度资金(总额)?[：:]?$/.test(text(at))) return undefined;
  // The line `lines` lines with text away from the label (or the text's first or last line).
  const reach = (from: number, lines: number) => {
    const step = Math.sign(lines);
    let i = from;
    for (let n = 0; n < Math.abs(lines) && i + step >= 0 && i + step < spans.length; ) if (text((i += step))) n++;
    return i;
  };
  const items = itemsFrom(masked, spans, reach(at, -BEFORE), reach(at, AFTER) + 1, text);
  const labelAt = items.findIndex((it) => it.cell.slot.start === cellOf(masked, spans[at]).slot.start);
  if (labelAt < 0) return undefined;
  const label = items[labelAt];
  if (!/^年度资金总额[：:]?$/.test(label.text)) return undefined;
  // The 其中 labels right after the label.
  const children: Item[] = [];
  let k = labelAt + 1;
  while (k < items.length && items[k].kind === 'child') children.push(items[k++]);
  // The header words in their order: 年初预算数 the last before the first figure past the labels (a block above has its
  // own), each other the first after the one before (the indicator block's 分值 and 得分 below come later).
  let firstFigure = k;
  while (firstFigure < items.length && items[firstFigure].kind !== 'figure') firstFigure++;
  let h = firstFigure;
  while (h >= 0 && !(items[h]?.kind === 'head' && items[h].column === 0)) h--;
  if (h < 0) return undefined;
  const heads: Item[] = [];
  for (let c = 0; c < HEADERS.length; c++) {
    while (h < items.length && !(items[h].kind === 'head' && items[h].column === c)) h++;
    if (h >= items.length) return undefined;
    heads.push(items[h]);
  }
  const index = (it: Item) => items.indexOf(it);
  // The row's six figures: each after its header word and after the labels, only header words between them.
  const values: Item[] = [];
  let from = Math.max(k, index(heads[0]) + 1);
  for (let c = 0; c < HEADERS.length; c++) {
    let j = from;
    for (; j < items.length; j++) {
      const it = items[j];
      if (it.kind === 'figure' && j > index(heads[c])) break;
      // (Before the first figure, the rows' other labels: `年度总体` / `目标`, `绩效指标`.)
      if (it.kind !== 'head' && (values.length || it.kind !== 'other')) return undefined;
    }
    if (j >= items.length) return undefined;
    values.push(items[j]);
    from = j + 1;
  }
  if (!rowOfSix(values.map((v) => v.text))) return undefined;
  const rows: RawRow[] = [[emptyCell(heads[0].cell.slot.start), ...heads.map((h) => h.cell)], [label.cell, ...values.map((v) => v.cell)]];
  // The 其中 rows' cells: the figures and dashes right after, up to the first other line.
  let end = values[values.length - 1].next;
  let j = from;
  const rest: Item[] = [];
  while (j < items.length && (items[j].kind === 'figure' || items[j].kind === 'dash')) rest.push(items[j++]);
  const groups = rowsOfFour(rest.filter((it) => it.kind === 'figure'));
  if (groups && children.length && groups.length <= children.length) {
    groups.forEach((g, n) => {
      const [a, b, c, rate] = g.map((it) => it.cell);
      const name = groups.length === children.length || n === 0 ? children[n].cell : emptyCell(a.slot.start);
      rows.push([name, a, b, c, emptyCell(c.slot.end), rate, emptyCell(rate.slot.end)]);
    });
    end = rest[rest.length - 1].next;
  }
  return { rows, end };
}

/** The lines from `from` to `to` as items: header words and 其中 labels joined over their wrapped lines. */
function itemsFrom(masked: string, spans: Span[], from: number, to: number, text: (i: number) => string): Item[] {
  const items: Item[] = [];
  // (From the first line's text to the last's: a word wrapped over them.)
  const cell = (a: number, b: number): RawCell => {
    const start = cellOf(masked, spans[a]).slot.start;
    return { slot: { start, end: cellOf(masked, spans[b]).slot.end }, insertAt: start };
  };
  for (let i = from; i < to; i++) {
    const t = text(i);
    if (!t || isPageNumber(masked.slice(spans[i].start, spans[i].end))) continue;
    if (isFigureCell(t)) {
      items.push({ kind: 'figure', cell: cell(i, i), text: t, next: i + 1 });
      continue;
    }
    if (DASH.test(t)) {
      items.push({ kind: 'dash', cell: cell(i, i), text: t, next: i + 1 });
      continue;
    }
    // A word wrapped over up to three lines (`其中：当` / `年财政拨` / `款`, `年初预算` / `数`, `年度资金` / `总额`).
    // (The longest: `上年结转` / `资金` is one label.)
    let joined = '';
    let last = -1;
    let kind: Item['kind'] = 'other';
    let column: number | undefined;
    let matched = '';
    for (let j = i, n = 0; j < to && n < 3; j++) {
      const u = text(j);
      if (!u) continue;
      joined += u;
      n++;
      const c = HEADERS.indexOf(joined);
      if (c >= 0) [kind, column, last, matched] = ['head', c, j, joined];
      else if (FUNDS_CHILD.test(joined)) [kind, column, last, matched] = ['child', undefined, j, joined];
      else if (/^年度资金总额[：:]?$/.test(joined)) [kind, column, last, matched] = ['other', undefined, j, joined];
    }
    if (last < 0) {
      items.push({ kind: 'other', cell: cell(i, i), text: t, next: i + 1 });
      continue;
    }
    items.push({ kind, column, cell: cell(i, last), text: matched, next: last + 1 });
    i = last;
  }
  return items;
}

/** 年初预算数, 全年预算数, 全年执行数 amounts; a whole 分值 up to 100; a rate; a 得分 no more than the 分值. */
function rowOfSix(t: string[]): boolean {
  const amount = (s: string) => /^-?[\d,]+(\.\d+)?$/.test(s);
  if (!t.slice(0, 3).every(amount) || !/^\d{1,3}$/.test(t[3]) || !/^[\d.]+%$/.test(t[4]) || !/^\d+(\.\d+)?$/.test(t[5])) return false;
  const weight = Number(t[3]);
  return weight > 0 && weight <= 100 && Number(t[5]) <= weight;
}

/** Figures as rows of three amounts and a rate, or undefined when they do not fall so exactly. */
function rowsOfFour(figures: Item[]): Item[][] | undefined {
  if (!figures.length || figures.length % 4) return undefined;
  const rows: Item[][] = [];
  for (let i = 0; i < figures.length; i += 4) {
    const row = figures.slice(i, i + 4);
    if (row.slice(0, 3).some((it) => it.text.includes('%')) || !/%$/.test(row[3].text)) return undefined;
    rows.push(row);
  }
  return rows;
}
