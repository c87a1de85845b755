// The 部门决算's 三公 公开表 as `pdftotext -layout` prints it (a helper's 25-page document, linjiang-2022's 公开07表):
//
//                               预算数                                                             决算数
//   合计        因公出国              公务用车购置及运行费           公务接待费           合计       因公出国   …
//             （境）费        小计      公务用车购置 公务用车运行                               （境）费        小计  …
//    1         2           3         4      5          6             7         8           9        10      11        12
//     36.00        0.00     28.00      0.00  28.00         8.00       29.53        0.00     24.36      0.00  24.36         5.17
//
// A header wrapped over three or four lines that no column reader rebuilds, then the columns' numbers and one line of
// figures. Read from the numbers up: 1, 2, … N in order, the 三公 items named in the lines above (their order where they
// stand), and N figures on the next line that holds any — a block of 合计 + the items per 预算数/决算数 named above.
import type { Cell, Column, Row, Span, Table } from './model';
import { cellQuantity, isFigureCell } from './quantities';

const NUMBERS = /^[\s\u3000]*(?:栏次[\s\u3000]+)?((?:\d{1,2}[\s\u3000]+)+\d{1,2})[\s\u3000]*$/;
/** Lines above the numbers the header may take, and blank lines between the numbers and the figures. */
const HEADER_LINES = 8;
const OWNER_LINE = /^[\s\u3000]*(?:编制|填报|预算|决算)?(?:部门|单位)(?:名称)?[\s\u3000]*[：:]|金额单位/;
const BLANKS = 3;
const TITLE_LINES = 14;

interface Item {
  header: string;
  /** Where the item's name first stands in the header lines (its column's left). */
  at: number;
}

export function sanGongLayoutTable(masked: string, spans: Span[], i: number, unit: string, caption: string, section: number): { table: Table; end: number } | undefined {
  const lineAt = (k: number) => masked.slice(spans[k].start, spans[k].end);
  const m = NUMBERS.exec(lineAt(i));
  if (!m) return undefined;
  const numbers = m[1].trim().split(/[\s\u3000]+/).map(Number);
  if (!numbers.every((n, k) => n === k + 1)) return undefined;
  const header = [];
  for (let k = i - 1; k >= 0 && k >= i - HEADER_LINES; k--) header.unshift(lineAt(k));
  const words = header.join('\n');
  // (The table's title, `…“三公”经费支出决算表`, may stand a few lines higher, over the unit line and the block names.)
  let titled = /三公/.test(words + caption);
  for (let k = i - HEADER_LINES - 1; !titled && k >= 0 && k >= i - TITLE_LINES; k--) titled = /三公/.test(lineAt(k));
  if (!titled || !/因公出国/.test(words) || !/公务接待/.test(words) || !/公务用车/.test(words)) return undefined;
  // (`部门：衡阳市交通运输局      金额单位：万元` over the header names no column: its 运 is not 运行费's.)
  const items = blockItems(header.filter((l) => !OWNER_LINE.test(l)));
  if (!items) return undefined;
  const blocks = numbers.length / items.length;
  if (!Number.isInteger(blocks) || blocks < 1 || blocks > 2) return undefined;
  // Which block is which: the line over them that names 预算数 then 决算数 (not the caption's 支出决算表), or the one
  // the header names.
  const over = header.find((l) => /预算/.test(l) && /决算/.test(l) && !/表[\s\u3000]*$/.test(l));
  const pair = over !== undefined && over.indexOf('预算') < over.indexOf('决算');
  const named = header.filter((l) => !/表[\s\u3000]*$/.test(l)).join('\n');
  const measures = blocks === 2 ? (pair ? ['预算数', '决算数'] : undefined) : [/决算/.test(named) ? '决算数' : /预算/.test(named) ? '预算数' : '本年'];
  if (!measures) return undefined;
  // The figures: the next line with any, after blank lines only.
  let j = i + 1;
  while (j < spans.length && j <= i + BLANKS && !lineAt(j).trim()) j++;
  if (j >= spans.length) return undefined;
  const figures = tokens(masked, spans[j]);
  if (!figures.length || figures.length > numbers.length || !figures.every((f) => isFigureCell(f.text))) return undefined;
  // Each figure under the column whose number stands last at or before its right end (the figures are set right, the
  // numbers at their cells' left): a blank cell, a 0 left out, keeps its column empty.
  const at = columnsOf(masked, spans[i]);
  const byColumn: Array<{ text: string; start: number } | undefined> = numbers.map(() => undefined);
  for (const f of figures) {
    const end = f.start - spans[j].start + f.text.length - 1;
    let k = -1;
    while (k + 1 < at.length && at[k + 1] <= end) k++;
    if (k < 0 || byColumn[k]) return undefined;
    byColumn[k] = f;
  }
  const empty = (at: number, column: number, text = ''): Cell => ({ text, span: { start: at, end: at }, insertAt: at, empty: !text, column });
  const columns: Column[] = [
    { index: 0, header: '项目', headerCell: empty(spans[i].start, 0, '项目'), role: 'label' },
    ...items.map((item, k) => ({ index: k + 1, header: item.header, headerCell: empty(spans[i].start, k + 1, item.header), role: 'amount' as const })),
  ];
  const rows: Row[] = [];
  for (const [b, measure] of measures.entries()) {
    const cells: Cell[] = [empty(spans[j].start, 0, measure)];
    for (let k = 0; k < items.length; k++) {
      const f = byColumn[b * items.length + k];
      if (!f) {
        cells.push(empty(Math.min(spans[j].end, spans[j].start + at[b * items.length + k]), k + 1));
        continue;
      }
      const quantity = cellQuantity(f.text, unit, (x) => f.start + x);
      if (!quantity) return undefined;
      cells.push({ text: f.text, span: { start: f.start, end: f.start + f.text.length }, insertAt: f.start, empty: false, quantity, column: k + 1 });
    }
    const filled = cells.filter((c) => c.quantity);
    if (!filled.length) return undefined;
    rows.push({ cells, label: measure, labelCell: cells[0], kind: 'item', span: { start: filled[0].span.start, end: filled[filled.length - 1].span.end }, line: 0 });
  }
  const table: Table = { form: 'lines', span: { start: spans[i].start, end: spans[j].end }, unit, caption, columns, rows, headerSpan: { start: spans[i].start, end: spans[i].end }, section };
  return { table, end: j + 1 };
}

/** The items of one block in the order their names stand: 合计, the three 三公 items, the car's 小计 and halves. */
function blockItems(lines: string[]): Item[] | undefined {
  const first = (re: RegExp): number => {
    let best = -1;
    for (const line of lines) {
      const m = re.exec(line);
      if (m && (best < 0 || m.index < best)) best = m.index;
    }
    return best;
  };
  const total = first(/合[\s\u3000]*计/);
  const abroad = first(/因公出国/);
  const reception = first(/公务接待/);
  const subtotal = first(/小[\s\u3000]*计/);
  // (`公务用车购` / `置费` and `公务用车运` / `行维护费` when the header wraps inside the word; not the 购置及运行 over both.)
  const buy = first(/购(?!置及)/);
  const run = first(/(?<!及)运/);
  if (total < 0 || abroad < 0 || reception < 0) return undefined;
  const items: Item[] = [
    { header: '合计', at: total },
    { header: '因公出国（境）费', at: abroad },
    { header: '公务接待费', at: reception },
  ];
  if (subtotal >= 0 && buy >= 0 && run >= 0) {
    items.push({ header: '公务用车购置及运行维护费', at: subtotal }, { header: '公务用车购置费', at: buy }, { header: '公务用车运行维护费', at: run });
  } else {
    const car = first(/公务用车/);
    if (car < 0) return undefined;
    items.push({ header: '公务用车购置及运行维护费', at: car });
  }
  items.sort((a, b) => a.at - b.at);
  // Names that stand at one place are no columns apart.
  return items.every((x, k) => k === 0 || x.at > items[k - 1].at) ? items : undefined;
}

/** The line's figures, each with where it starts. */
function tokens(masked: string, span: Span): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const line = masked.slice(span.start, span.end);
  for (const m of line.matchAll(/[^\s\u3000]+/g)) out.push({ text: m[0], start: span.start + m.index! });
  return out;
}

/** Where each of the columns' numbers stands in its line, as an offset from the line's start. */
function columnsOf(masked: string, span: Span): number[] {
  const out: number[] = [];
  for (const m of masked.slice(span.start, span.end).matchAll(/\d{1,2}(?=[\s\u3000]|$)/g)) out.push(m.index!);
  return out;
}
