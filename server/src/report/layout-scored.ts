// A 自评表's indicator block as `pdftotext -layout` prints it from Word: the 一级/二级 cells merged down their rows,
// the 偏差原因 cell wrapped over many lines, rows apart by those lines:
//
//   一级指    二级指标   三级指标    年度指标    实际完成           分值  得分  偏差原因分析及改进措施
//    标                      值       值
//   产出指    数量指标 受益户数      1200 户  1185 户         10    6      项目前期招标程序耗时较
//    标                                                        长，导致实施进度滞后于
//                 购置设备数量       20 台     20 台     10    6      受汛期持续降雨影响，部
//                           小计                 20   13.5
//                    总分                    100   68.72
//
// pdftotext sets each line's glyphs on its own grid, so a column's figures stray by several characters from line to
// line and cannot be placed by where they stand alone. A row is a line whose figures end in two standalone numbers
// (the 分值 and the 得分) near those heads, before any words but the 偏差原因; the block ends at its 总分. Read only
// when the 分值 add up — every 小计 to its rows, the 总分 to the 小计s or rows (with the funds block's 预算执行率 row
// above when the template scores it there): a row missed or misread would make a false alarm.
import Decimal from 'decimal.js';
import type { Span } from './model';
import type { LineCellTable } from './line-cells';
import { cell } from './pipe-line';
import { emptyCell, type RawCell, type RawRow } from './tables';
import { displayWidth } from './wrapped-lines';

export const NUMBER = /^\d{1,3}(\.\d{1,2})?$/;
export const WEIGHT = /^(分值|权重)$/;
const LABEL_HEAD = /三级指标|指标名称|评价指标|指标内容/;
const SUBTOTAL = /^小计$/;
export const TOTAL = /^(总分|总计|合计|合计得分|综合得分)$/;
/** A figure strays this far from its head's column, line to line (pdftotext's grid). */
export const NEAR = 8;
/**
 * A row's last two figures stray this far from the 分值/得分 heads: pdftotext closes up a whole line by up to 9
 * characters (`服务对象  ≥90%  91%  10  10` under heads at 46 and 53, a helper's 项目支出自评表).
 */
const ROW_NEAR = 12;
/** Lines past the header within which the 总分 must come. */
export const MAX_LINES = 400;
/** Lines above the header within which the funds block's row is looked for. */
const FUNDS_ABOVE = 16;

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Its column in the line. */
  col: number;
  /** Spaces before it. */
  gap: number;
  /** Its column counted in display width (a CJK character two): how a text typed with spaces lines up. */
  wide: number;
}

/** pdftotext -layout lines up by characters, text typed with spaces by display width. */
export type Measure = 'col' | 'wide';

/** The line's runs of non-spaces; a figure run into the words after it (`4.5项目前期招标…`) is split from them. */
export function tokens(masked: string, span: Span): Token[] {
  const line = masked.slice(span.start, span.end);
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    const glued = /^(\d{1,3}(?:\.\d{1,2})?)(?=[\u4e00-\u9fff])/.exec(m[0]);
    const parts = glued ? [glued[1], m[0].slice(glued[1].length)] : [m[0]];
    let col = m.index!;
    for (const text of parts) {
      out.push({ text, start: span.start + col, end: span.start + col + text.length, col, wide: displayWidth(line.slice(0, col)), gap: col === m.index! ? (out.length ? col - out[out.length - 1].col - out[out.length - 1].text.length : col) : 0 });
      col += text.length;
    }
  }
  return out;
}

/**
 * Where a row's figures end: the index of its last token before the words after them. The 偏差原因 or 评分说明 after the
 * 得分 is words apart by single spaces: `个别事项不规范，扣 1 分`, or `0.5 分` wrapped onto the row's line — its figure is
 * none of the row's; the grade set right after a 总分 by a single space: `100 89.29 自评等级：良`.
 */
export function figuresEnd(toks: Token[]): number {
  const cells: Token[][] = [];
  for (const t of toks) {
    if (cells.length && t.gap <= 1) cells[cells.length - 1].push(t);
    else cells.push([t]);
  }
  let words = 0;
  for (let c = cells.length - 1; c >= 0; c--) {
    const lead = cells[c].findIndex((w) => !/^[\d.]+$/.test(w.text));
    if (lead < 0) break;
    words += /^分/.test(cells[c][lead].text) ? cells[c].length : cells[c].length - lead;
    if (lead > 0 && !/^分/.test(cells[c][lead].text)) break;
  }
  return toks.length - 1 - words;
}

export const asCell = (masked: string, t: Token): RawCell => cell(masked, t.start, t.end);

interface Heads {
  weight: Token;
  score: Token;
  label?: Token;
  /** The 实际完成值 head: a 预算执行率 row's rate stands under it. */
  done?: Token;
  /** A 扣分 column after the 得分: its figure (`0`) may end a row. */
  deduct?: boolean;
}

/** The header: a line of words naming 分值 (or 权重) and then 得分 side by side, once, among indicator words. */
function heads(masked: string, spans: Span[], at: number): Heads | undefined {
  const toks = tokens(masked, spans[at]);
  if (toks.some((t) => /[0-9０-９]/.test(t.text))) return undefined;
  const w = toks.findIndex((t) => WEIGHT.test(t.text));
  if (w < 0 || toks[w + 1]?.text !== '得分' || toks.filter((t) => WEIGHT.test(t.text) || t.text === '得分').length !== 2) return undefined;
  // (The indicator words before it, or on a header line just above or below: `绩效指标` / `分值  得分  扣分` / `一级指标
  // 二级指标  三级指标`, a helper's Excel 自评表 whose merged header cells stand centred.)
  const around = spans.slice(Math.max(0, at - 2), at + 3).map((s) => masked.slice(s.start, s.end)).join('\n');
  if (!toks.slice(0, w).some((t) => /指标/.test(t.text)) && !(w === 0 && /[一二三]级指标/.test(around))) return undefined;
  return { weight: toks[w], score: toks[w + 1], label: toks.slice(0, w).find((t) => LABEL_HEAD.test(t.text)), done: toks.slice(0, w).find((t) => /实际完成|完成值|实际值/.test(t.text)), deduct: /扣分|扣减/.test(toks[w + 2]?.text ?? '') };
}

interface Scored {
  label?: Token;
  weight: Token;
  score: Token;
  line: number;
  /** A 预算执行率 row's rate (`预算执行率  100%  95.24%  10  9.25`): its 得分 is the rate × 分值. */
  rate?: Token;
}

/**
 * A line's 分值 and 得分: its last two standalone numbers side by side, each within ROW_NEAR of its head, with only words
 * (the 偏差原因) after them; its name the words before, at the 三级指标 head's column where it has one.
 */
function scored(masked: string, span: Span, line: number, h: Heads, by: Measure): Scored | undefined {
  const toks = tokens(masked, span);
  let k = figuresEnd(toks);
  // (`3  3  0` under `分值  得分  扣分`: the three figures of a row with a 扣分 column, 分值 − 得分 = 扣分 — a helper's Word
  // 部门整体 自评表, its bare 0 read as the 得分.)
  if (h.deduct && k >= 2 && [k, k - 1, k - 2].every((j) => NUMBER.test(toks[j].text)) && value(toks[k - 2]).minus(value(toks[k - 1])).eq(value(toks[k]))) k--;
  if (k < 1 || !NUMBER.test(toks[k].text) || !NUMBER.test(toks[k - 1].text)) return undefined;
  const weight = toks[k - 1];
  const score = toks[k];
  const before = toks.slice(0, k - 1).filter(isName);
  const named = before.find((t) => SUBTOTAL.test(t.text) || TOTAL.test(t.text));
  // (The 总分's line, its two figures after the word, may be set further left: `总分  100  94.42` under heads 8 and 10
  // characters right — a helper's 项目支出自评表. The 分值 adding up vouches for it.)
  const totalLine = named && TOTAL.test(named.text) && toks.slice(0, k - 1).every((t) => !/^[\d.]+$/.test(t.text));
  if (!totalLine && (Math.abs(weight[by] - h.weight[by]) > ROW_NEAR || Math.abs(score[by] - h.score[by]) > ROW_NEAR)) return undefined;
  const label = named ?? (h.label ? before.reduce<Token | undefined>((best, t) => (!best || Math.abs(t[by] - h.label![by]) < Math.abs(best[by] - h.label![by]) ? t : best), undefined) : before[before.length - 1]);
  const rate = label && /^(预算|资金)?执行率$/.test(label.text) ? toks.slice(0, k - 1).filter((t) => /^\d{1,3}(\.\d+)?%$/.test(t.text)).pop() : undefined;
  return { label, weight, score, line, ...(rate ? { rate } : {}) };
}

export const value = (t: Token) => new Decimal(t.text);

/** A name has words: not `—`, `94.48%`, `≥118` or a unit `个` of the 指标值 columns (`“三公经费”控制率` is one). */
export const isName = (t: Token) => /^[\u4e00-\u9fff（(A-Za-z“"「]/.test(t.text) && !/\d/.test(t.text) && t.text.length >= 2;

/**
 * The funds block's scored row above the header (`年度资金总      867.91    872.07   847.48   10   97.18       9.72` under
 * `年初预算数  全年预算  全年执行  分值  执行  得分`): its 分值 and 得分 by the header's order of words.
 */
function fundsRow(masked: string, spans: Span[], first: number): Scored | undefined {
  for (let i = first - 1; i >= Math.max(0, first - FUNDS_ABOVE); i--) {
    const head = tokens(masked, spans[i]);
    const w = head.findIndex((t) => WEIGHT.test(t.text));
    const s = head.findIndex((t) => t.text === '得分');
    if (w < 0 || s < w || head.some((t) => /[0-9]/.test(t.text))) continue;
    for (let j = i + 1; j < first; j++) {
      const toks = tokens(masked, spans[j]);
      if (!toks.length || !/^年度资金/.test(toks[0].text)) continue;
      const values = toks.slice(1);
      // (The header may name the label column too: `项目资金  年初预算  …  分值  执行率  得分`.)
      const off = head.length - values.length;
      if ((off !== 0 && off !== 1) || w - off < 0 || !NUMBER.test(values[w - off].text) || !/^[\d.]+$/.test(values[s - off].text)) return undefined;
      return { label: toks[0], weight: values[w - off], score: values[s - off], line: j };
    }
    return undefined;
  }
  return undefined;
}

/** Σ of rows' 分值 equals `whole`'s. */
const adds = (rows: Scored[], whole: Scored) => rows.reduce((s, r) => s.plus(value(r.weight)), new Decimal(0)).eq(value(whole.weight));

export function layoutScoredTable(masked: string, spans: Span[], first: number, furniture: boolean[]): LineCellTable | undefined {
  const h = heads(masked, spans, first);
  if (!h) return undefined;
  return scoredBy(masked, spans, first, furniture, h, 'col') ?? scoredBy(masked, spans, first, furniture, h, 'wide');
}

function scoredBy(masked: string, spans: Span[], first: number, furniture: boolean[], top: Heads, by: Measure): LineCellTable | undefined {
  let h = top;
  const rows: Scored[] = [];
  let total: Scored | undefined;
  for (let i = first + 1; i < spans.length && i <= first + MAX_LINES; i++) {
    if (furniture[i]) continue;
    const line = masked.slice(spans[i].start, spans[i].end).trim();
    if (/^(注|第[一二三四五六七八九十]+部分)/.test(line)) break;
    // (The header again atop the next page, its columns set anew: the rows below it stand under it.)
    const again = heads(masked, spans, i);
    if (again) {
      h = again;
      continue;
    }
    const row = scored(masked, spans[i], i, h, by);
    if (!row) continue;
    if (row.label && TOTAL.test(row.label.text)) {
      total = row;
      break;
    }
    rows.push(row);
  }
  if (!total || rows.length < 2) return undefined;
  // Every 小计 adds its rows' 分值; the 总分 adds the 小计s and the rows after the last.
  const tops: Scored[] = [];
  let group: Scored[] = [];
  for (const r of rows) {
    if (r.label && SUBTOTAL.test(r.label.text)) {
      if (!group.length || !adds(group, r)) return undefined;
      tops.push(r);
      group = [];
    } else group.push(r);
  }
  tops.push(...group);
  let funds: Scored | undefined;
  if (!adds(tops, total)) {
    funds = fundsRow(masked, spans, first);
    if (!funds || !adds([...tops, funds], total)) return undefined;
  }
  const blank = (t: Token) => emptyCell(t.start);
  // (A 预算执行率 row's rate, under the 实际完成值 head, is a column of the table: the score rule works its 得分 from it.)
  const rated = top.done && rows.some((r) => r.rate);
  const header: RawRow = [top.label ? asCell(masked, top.label) : blank(top.weight), ...(rated ? [asCell(masked, top.done!)] : []), asCell(masked, top.weight), asCell(masked, top.score)];
  const row = (r: Scored): RawRow => [r.label ? asCell(masked, r.label) : blank(r.weight), ...(rated ? [r.rate ? asCell(masked, r.rate) : blank(r.weight)] : []), asCell(masked, r.weight), asCell(masked, r.score)];
  return { rows: [header, ...rows.map(row), ...(funds ? [row(funds)] : []), row(total)], end: total.line + 1 };
}
