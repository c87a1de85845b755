// A table printed in two halves side by side, as `pdftotext -layout` gives it: the 基本支出决算表's 人员经费 and 公用经费
// (`科目编码  科目名称  决算数  科目编码  科目名称  决算数`), each half rows of its own, one half running on below the other.
//
//     301    工资福利支出       1500.23      302    商品和服务支出      194.14
//    30101   基本工资          166.00     30205   水费            10.49
//                                    310     资本性支出          29.20
//  人员经费合计                 1554.40   公用经费合计                  623.34
//
// Each line is cut at its gap nearest the column where the header's second half starts; each half is read as a
// table of its own, in a copy of the text with the other half blanked out (so every offset stays the document's):
// line by line where it has one amount column, else by the layout reader; and the rows are put back side by side, a
// blank where a line holds one half only — the parser splits them into the halves' tables again (table-sides.ts). A
// line with no gap near the cut ends the stretch read, and no half reads past it.
import type { Span } from './model';
import type { LineCellTable } from './line-cells';
import { plainLabel } from './normalize';
import { emptyCell, type RawCell, type RawRow } from './tables';
import { cellOf, tokens, type Token } from './spaced-rows';

/** A line's cut is a run of spaces this near the header's. */
const NEAR = 10;
/** Lines past the header looked at. */
const MAX_LINES = 300;

interface Cut {
  /** Where the left half ends and the right half starts, in the line (both its length: all left; both where it starts: all right). */
  left: number;
  right: number;
}

/** The header's two halves: its cells (apart by two spaces or more) the same words twice over. */
function headerCut(line: string): number | undefined {
  const cells = [...line.matchAll(/\S+(?: \S+)*/g)];
  if (cells.length < 4 || cells.length % 2) return undefined;
  const half = cells.length / 2;
  for (let k = 0; k < half; k++) if (plainLabel(cells[k][0]) !== plainLabel(cells[k + half][0])) return undefined;
  // (Halves of 科目: the 基本支出表's. A 收入支出决算总表's `项目 | 决算数 | 项目 | 决算数` halves each end in 本年…合计,
  // 结转 and 总计 rows the table model cannot yet add as the identities — read by halves they drew false errors on
  // helpers' typed 总表, so they are left as before.)
  if (!cells.some((c) => /科目/.test(c[0]))) return undefined;
  return cells[half].index!;
}

const FIGURE_END = /(^|\s)-?[\d,]+\.\d+$/;
const FIGURE_START = /^-?[\d,]+\.\d+(\s|$)/;

/**
 * Where the line splits at `cut`: around its run of spaces nearest to it, or undefined when it has none near. A run
 * with a figure before it and a name or code after (`1,090.88   公用经费合计`) is taken before any other, further off
 * too: pdftotext closes a line up on its own (`人员经费合计  1,090.88  公用经费合计  170.49` under a header whose second
 * half starts ten characters right of that 公用经费合计 — a helper's Excel 公开06表).
 */
function lineCut(line: string, cut: number): Cut | undefined {
  const content = line.replace(/\s+$/, '');
  if (!content.trim()) return { left: content.length, right: content.length };
  const first = content.search(/\S/);
  if (content.length <= cut - NEAR / 2 + 2) return { left: content.length, right: content.length };
  if (first >= cut - NEAR / 2) return { left: first, right: first };
  let best: Cut | undefined;
  let distance = Infinity;
  let paired: Cut | undefined;
  let pairedDistance = Infinity;
  // (Runs of one space too, for the figure-then-name cut: Excel sets `216.82 商品和服务支出` a space apart.)
  for (const m of content.matchAll(/ +|\u3000+/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    const d = s <= cut && cut <= e ? 0 : Math.min(Math.abs(s - cut), Math.abs(e - cut));
    if (m[0].length >= 2 && d < distance) {
      distance = d;
      best = { left: s, right: e };
    }
    if (s > first && d < pairedDistance && FIGURE_END.test(content.slice(0, s)) && !FIGURE_START.test(content.slice(e))) {
      pairedDistance = d;
      paired = { left: s, right: e };
    }
  }
  if (paired && pairedDistance <= 2 * NEAR) return paired;
  // (A right half of one figure is a coded left row's amount: `303  对个人和家庭的补助  32.85` where the columns are
  // narrow and the 公用经费 half has ended — a helper's typed 06表. Not a `合计` of the whole table set across both.)
  if (best && /^-?[\d,]+\.\d+$/.test(content.slice(best.right)) && /^\s*\d{3}(\d{2}){0,2}\s/.test(content.slice(0, best.left))) return { left: content.length, right: content.length };
  return best && distance <= NEAR ? best : undefined;
}

const CODE = /^\d{3}(\d{2}){0,2}$/;
const AMOUNT = /^-?[\d,]+\.\d{1,2}$/;
const VALUE_HEAD = /决算数|预算数|金额|支出数?$|合计$/;

/**
 * A half of one value column (`科目编码 | 科目名称 | 决算数`), read line by line: a row is a code (where the header names
 * one), a name and one amount — where the amount stands does not matter, so a line pdftotext closed up is read as
 * well. A name alone on a line is the row above's, wrapped; any other line ends the half. Undefined when the half is
 * not of that shape (the layout reader is tried then).
 */
function oneColumn(half: string, spans: Span[], first: number, count: number, furniture: boolean[]): LineCellTable | undefined {
  const tokensOf = (i: number) => tokens(half, spans[i].start, spans[i].end);
  const head = tokensOf(first);
  if (head.length < 2 || head.length > 3 || !VALUE_HEAD.test(head[head.length - 1].text) || head.slice(0, -1).some((t) => VALUE_HEAD.test(t.text))) return undefined;
  const coded = head.length === 3;
  const rows: RawRow[] = [head.map(cellOf)];
  let end = first + 1;
  // A name alone on the line above a row's figure: a name wrapped with its figure set on its middle line.
  let pending: Token[] = [];
  for (let i = first + 1; i < first + count; i++) {
    const toks = tokensOf(i);
    if (!toks.length || furniture[i]) continue;
    const last = toks[toks.length - 1];
    const amount = AMOUNT.test(last.text) ? last : undefined;
    const code = coded && CODE.test(toks[0].text) ? toks[0] : undefined;
    // (A coded row with its amount blank — `30203   咨询费`, Excel's empty cell — is a row all the same.)
    if (!amount && !code) {
      if (toks.some((t) => /\d/.test(t.text))) break;
      pending = toks;
      continue;
    }
    let names = toks.slice(code ? 1 : 0, amount ? -1 : undefined);
    if (!names.length) names = pending;
    pending = [];
    if (!names.length || names.some((t) => /\d/.test(t.text))) break;
    const nameEnd = names[names.length - 1].end;
    const name: RawCell = { slot: { start: names[0].start, end: nameEnd }, insertAt: names[0].start };
    const codeCell = code ? cellOf(code) : emptyCell(names[0].start);
    const figure = amount ? cellOf(amount) : emptyCell(nameEnd);
    rows.push(coded ? [codeCell, name, figure] : [name, figure]);
    end = i + 1;
  }
  return rows.length > 2 ? { rows, end } : undefined;
}

/** The masked text with every line's other half blanked (`keep` the left halves or the right). */
function blanked(masked: string, spans: Span[], first: number, cuts: Cut[], keep: 'left' | 'right'): string {
  const parts: string[] = [masked.slice(0, spans[first].start)];
  let at = spans[first].start;
  cuts.forEach((c, k) => {
    const span = spans[first + k];
    const line = masked.slice(span.start, span.end);
    const out = keep === 'left' ? line.slice(0, c.left) + ' '.repeat(line.length - c.left) : ' '.repeat(c.right) + line.slice(c.right);
    parts.push(masked.slice(at, span.start), out);
    at = span.end;
  });
  parts.push(masked.slice(at));
  return parts.join('');
}

/**
 * The table under a two-halved header at line `first`, read half by half with `read` (the layout reader, allowed a
 * single value column), or undefined.
 */
export function layoutSides(masked: string, spans: Span[], first: number, furniture: boolean[], read: (masked: string) => LineCellTable): LineCellTable | undefined {
  let cut = headerCut(masked.slice(spans[first].start, spans[first].end));
  if (cut === undefined) return undefined;
  const cuts: Cut[] = [];
  for (let i = first; i < spans.length && i < first + MAX_LINES; i++) {
    const line = masked.slice(spans[i].start, spans[i].end);
    // (Page furniture is no half's; the header printed again atop the next page sets the cut anew.)
    if (furniture[i]) {
      cuts.push({ left: 0, right: 0 });
      continue;
    }
    cut = headerCut(line) ?? cut;
    const c = lineCut(line, cut);
    if (!c) break;
    cuts.push(c);
  }
  const [left, right] = (['left', 'right'] as const).map((keep) => {
    const half = blanked(masked, spans, first, cuts, keep);
    return oneColumn(half, spans, first, cuts.length, furniture) ?? read(half);
  });
  if (!left.rows || !right.rows) return undefined;
  const last = first + cuts.length - 1;
  const within = (row: RawRow) => Math.min(...row.map((c) => c.slot.start)) <= spans[last].end;
  // Side by side again, by the line each row starts on.
  const lineOf = (row: RawRow) => {
    const at = Math.min(...row.map((c) => c.slot.start));
    let lo = first;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byLine = new Map<number, { l?: RawRow; r?: RawRow }>();
  // (The layout reader may read on past the stretch cut, into lines it does not know to be halves: those rows are not
  // kept.)
  for (const row of left.rows.slice(1).filter(within)) byLine.set(lineOf(row), { l: row });
  for (const row of right.rows.slice(1).filter(within)) byLine.set(lineOf(row), { ...byLine.get(lineOf(row)), r: row });
  const blanks = (width: number, at: number): RawCell[] => Array.from({ length: width }, () => emptyCell(at));
  const lw = left.rows[0].length;
  const rw = right.rows[0].length;
  const rows: RawRow[] = [[...left.rows[0], ...right.rows[0]]];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const { l, r } = byLine.get(line)!;
    const at = spans[line].start + cuts[line - first].left;
    rows.push([...(l ?? blanks(lw, at)), ...(r ?? blanks(rw, at))]);
  }
  return { rows, end: Math.min(Math.max(left.end, right.end), last + 1) };
}
