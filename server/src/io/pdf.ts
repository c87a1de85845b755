// .pdf → the report's text with pdfjs-dist (Mozilla's PDF.js), read as the .docx it was made from reads:
// - tables drawn with rules (Word, WPS and LibreOffice draw bordered tables so) rebuilt from the rules: each
//   text item goes to the cell holding it, the lines of a cell are joined (a figure wrapped in its cell too:
//   `46921.4` over `5` is 46921.45), blank cells are kept, and a row split across a page break is one row;
// - tables drawn without rules placed by the positions of their text (pdf-grid.ts): columns where the cells'
//   texts start, blank cells kept, wrapped labels and figures joined, the columns kept over a page break;
// - other text in reading order (lines by baseline, items left to right); two or more wide gaps make a row of
//   a table drawn without rules that pdf-grid.ts could not place (cells between TABs) when the rows around it
//   have as many cells (else spaces: a blank cell leaves no gap, and the figures after it would shift a
//   column), one wide gap is spaces (a title and its unit);
// - page numbers and running headers/footers (the same line at the top or bottom of most pages) dropped, and
//   a line that runs to the right margin (or stops short of a figure that did not fit) joined with the next.
// A PDF with no text at all (a scan), with a password, or broken gets a reason. Loaded only when a PDF is
// read, by the command line only: the language server and the extension do not carry pdfjs.
import { t } from '../l10n';
import { TextBuilder, type ReadDocument } from './document';
import { unruledTables, type GridItem, type GridLine } from './pdf-grid';
import { placeOverlaid } from './pdf-overlay';

type Item = GridItem;
type Line = GridLine;

/** A table drawn with ruling lines: its column x-edges and row y-edges (top down), in page space. */
interface Ruled {
  xs: number[];
  ys: number[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Above this many pages only the first are read: a report is tens of pages, not thousands. */
export const maxPdfPages = 2000;

export async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46))
    return { ok: false, reason: t('不是有效的 PDF 文件') };
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, reason: t('PDF 设有打开密码，请先去掉密码再检查') };
    return { ok: false, reason: t('PDF 已损坏或不完整（{0}）', e instanceof Error ? e.message : String(e)) };
  }
  try {
    const pages: Line[][] = [];
    const carry: { xs?: number[] } = {};
    for (let n = 1; n <= Math.min(doc.numPages, maxPdfPages); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
        if (!it.str || !it.transform || it.str.trim() === '') continue;
        const size = Math.hypot(it.transform[2], it.transform[3]) || it.height || 10;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width ?? 0, size });
      }
      const ruled = await tablesOf(page, pdfjs.OPS);
      const lines = toLines(items, ruled);
      unruledTables(lines, carry);
      pages.push(lines);
      page.cleanup();
    }
    if (pages.every((p) => p.length === 0))
      return { ok: false, reason: t('PDF 中没有文字（可能是扫描件），请先做文字识别（OCR）或改用原始的 Word 文件') };
    dropRunningLines(pages);
    joinSplitRows(pages);
    return { ok: true, ...write(pages) };
  } catch (e) {
    return { ok: false, reason: t('PDF 已损坏或不完整（{0}）', e instanceof Error ? e.message : String(e)) };
  } finally {
    await doc.destroy();
  }
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    // The "fake worker" runs in this thread; giving pdfjs the worker module (globalThis.pdfjsWorker) spares
    // it a file lookup that fails inside a bundle.
    // pdfjs polyfills DOMMatrix, ImageData and Path2D for rendering from the optional native canvas package
    // and warns on the console when it cannot; text extraction needs none of them, so stand-ins are given.
    const g = globalThis as Record<string, unknown>;
    for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= class {};
    const log = console.log;
    const warn = console.warn;
    console.log = console.warn = () => undefined;
    try {
      // @ts-expect-error: pdfjs-dist ships no types for its worker module
      g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return loaded;
}

const ascii = /[A-Za-z0-9.,%)]$/;
const asciiStart = /^[A-Za-z0-9(]/;

/**
 * The tables a page draws with ruling lines (as Word, WPS and LibreOffice export bordered tables): thin
 * horizontal and vertical strokes or filled bars, grouped by the vertical rules that overlap in height. The
 * column edges are every vertical rule of the group (a cell merged across columns lacks some of them on its
 * row, and keeps its text in its first column); the row edges every horizontal rule across it.
 */
async function tablesOf(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }> }, OPS: Record<string, number>): Promise<Ruled[]> {
  const ops = await page.getOperatorList();
  const h: { x0: number; x1: number; y: number }[] = [];
  const v: { x: number; y0: number; y1: number }[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const apply = (m: number[], x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform && args) {
      const [a, b, c, d, e, f] = args as number[];
      ctm = [ctm[0] * a + ctm[2] * b, ctm[1] * a + ctm[3] * b, ctm[0] * c + ctm[2] * d, ctm[1] * c + ctm[3] * d, ctm[0] * e + ctm[2] * f + ctm[4], ctm[1] * e + ctm[3] * f + ctm[5]];
    } else if (fn === OPS.constructPath && args) {
      // pdfjs 5 gives a path as [paint op, [coordinates], bounding box]; the coordinates are pdfjs's DrawOPS:
      // 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4 numbers, 4 closePath. One path
      // may hold every rule of a table, so each straight segment is taken on its own.
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || typeof data.length !== 'number') continue;
      // A filled area (a page's or a cell's background) is no rule unless it is a thin bar.
      const box = args[2] as ArrayLike<number> | null | undefined;
      const stroked = args[0] === OPS.stroke || args[0] === OPS.closeStroke;
      if (!stroked && box && box.length >= 4 && Math.abs(box[2] - box[0]) > 4 && Math.abs(box[3] - box[1]) > 4) continue;
      let px = 0, py = 0, sx = 0, sy = 0;
      const segment = (x: number, y: number) => {
        const [ax, ay] = apply(ctm, px, py);
        const [bx, by] = apply(ctm, x, y);
        const x0 = Math.min(ax, bx), x1 = Math.max(ax, bx), y0 = Math.min(ay, by), y1 = Math.max(ay, by);
        if (y1 - y0 < 2 && x1 - x0 > 4) h.push({ x0, x1, y: (y0 + y1) / 2 });
        else if (x1 - x0 < 2 && y1 - y0 > 4) v.push({ x: (x0 + x1) / 2, y0, y1 });
      };
      for (let k = 0; k < data.length; ) {
        const op = data[k];
        if (op === 0) {
          px = sx = data[k + 1];
          py = sy = data[k + 2];
          k += 3;
        } else if (op === 1) {
          segment(data[k + 1], data[k + 2]);
          px = data[k + 1];
          py = data[k + 2];
          k += 3;
        } else if (op === 2) {
          px = data[k + 5];
          py = data[k + 6];
          k += 7;
        } else if (op === 3) {
          px = data[k + 3];
          py = data[k + 4];
          k += 5;
        } else if (op === 4) {
          segment(sx, sy);
          px = sx;
          py = sy;
          k += 1;
        } else break;
      }
    }
  }
  // Vertical rules overlapping or meeting in height make one table (some writers draw one per row).
  v.sort((a, b) => b.y1 - a.y1);
  const groups: { x: number; y0: number; y1: number }[][] = [];
  for (const r of v) {
    const g = groups.find((g) => g.some((o) => r.y0 < o.y1 + 2 && r.y1 > o.y0 - 2));
    if (g) g.push(r);
    else groups.push([r]);
  }
  const edges = (values: number[]) => {
    const out: number[] = [];
    for (const x of values.sort((a, b) => a - b)) if (out.length === 0 || x - out[out.length - 1] > 2) out.push(x);
    return out;
  };
  const tables: Ruled[] = [];
  for (const g of groups) {
    const xs = edges(g.map((r) => r.x));
    if (xs.length < 2) continue;
    const left = xs[0], right = xs[xs.length - 1];
    const top = Math.max(...g.map((r) => r.y1)), bottom = Math.min(...g.map((r) => r.y0));
    const ys = edges(h.filter((r) => r.y > bottom - 2 && r.y < top + 2 && r.x0 < right - 1 && r.x1 > left + 1).map((r) => r.y)).reverse();
    if (ys.length < 2) continue;
    tables.push({ xs, ys, left, right, top, bottom });
  }
  return tables;
}

const letterEnd = /[A-Za-z]$/;
const letterStart = /^[A-Za-z]/;

/** A ruled table's rows: each text item to the cell holding its start; the lines of a cell joined (a figure wrapped in its cell too). */
function tableRows(t: Ruled, items: Item[]): Line[] {
  const cells: Item[][][] = t.ys.slice(1).map(() => t.xs.slice(1).map(() => []));
  for (const it of items) {
    const cy = it.y + it.size * 0.3;
    let r = t.ys.findIndex((y, i) => i > 0 && cy >= y);
    if (r < 1) r = t.ys.length - 1;
    let c = t.xs.findIndex((x, i) => i > 0 && it.x + Math.min(it.width, it.size) * 0.5 < x);
    if (c < 1) c = t.xs.length - 1;
    cells[r - 1][c - 1].push(it);
  }
  const rows: Line[] = [];
  cells.forEach((row, r) => {
    if (row.every((c) => c.length === 0)) return;
    const texts = row.map((c) => {
      let text = '';
      for (const l of toLines(c, [])) {
        const s = l.text.replace(/\t/g, ' ').trim();
        text += text !== '' && letterEnd.test(text) && letterStart.test(s) ? ' ' + s : s;
      }
      return text;
    });
    while (texts.length > 1 && texts[texts.length - 1] === '') texts.pop();
    const size = Math.max(...row.flat().map((i) => i.size));
    rows.push({ items: row.flat(), y: t.ys[r], left: t.left, right: t.right, size, text: texts.join('\t'), table: true, cells: texts, xs: t.xs });
  });
  return rows;
}

function toLines(all: Item[], ruled: Ruled[]): Line[] {
  const lines: Line[] = [];
  const inTable = (t: Ruled, it: Item) => {
    const cx = it.x + Math.min(it.width, it.size) * 0.5, cy = it.y + it.size * 0.3;
    return cx > t.left && cx < t.right && cy < t.top && cy > t.bottom;
  };
  let items = all;
  for (const t of ruled) {
    lines.push(...tableRows(t, items.filter((it) => inTable(t, it))));
    items = items.filter((it) => !inTable(t, it));
  }
  const plain: Line[] = [];
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  for (const it of items) {
    const line = plain.find((l) => Math.abs(l.y - it.y) < Math.min(l.size, it.size) * 0.5);
    if (line) line.items.push(it);
    else plain.push({ items: [it], y: it.y, left: 0, right: 0, size: it.size, text: '' });
  }
  for (const l of plain) {
    l.items.sort((a, b) => a.x - b.x);
    l.items = placeOverlaid(l.items);
    let text = '';
    let end = -Infinity;
    for (const it of l.items) {
      const gap = it.x - end;
      if (text !== '') {
        if (gap > it.size * 1.5) text += "\t";
        else if (gap > it.size * 0.8 || (gap > it.size * 0.15 && ascii.test(text) && asciiStart.test(it.str))) text += ' ';
      }
      text += it.str;
      end = it.x + it.width;
    }
    text = text.replace(/[ \u00a0]+(?=\t)|(?<=\t)[ \u00a0]+/g, '').trimEnd();
    // One wide gap is a title and its unit (`整体绩效目标支出情况      单位：万元`), as spaces; more make a row of
    // a table drawn without rules, with its cells between TABs.
    l.text = (text.match(/\t/g) ?? []).length === 1 ? text.replace('\t', '    ') : text;
    l.left = l.items[0].x;
    l.right = end;
  }
  lines.push(...plain);
  lines.sort((a, b) => b.y - a.y);
  settleUnruledRows(lines);
  return lines;
}

/**
 * Rows of a table drawn without rules are read as a table only when the rows that follow one another have one
 * shape, as many cells each: a blank cell leaves no gap to see, and the figures after it would each be read a
 * column to the left (a budget read as its adjustment). Other runs of such rows keep their cells apart with
 * spaces, as a paragraph: fewer findings, no false ones.
 */
function settleUnruledRows(lines: Line[]): void {
  const isRow = (l: Line | undefined) => l !== undefined && !l.table && l.text.includes('\t');
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    if (isRow(lines[i])) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    const block = lines.slice(start, i);
    const widths = new Set(block.map((l) => l.text.split('\t').length));
    if (block.length > 1 && widths.size > 1) for (const l of block) l.text = l.text.replace(/\t/g, '    ');
    start = -1;
  }
}

const pageNumber = /^[-—–－\s]*(第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d+)[-—–－\s]*$/;

/** Drops page numbers, and lines that open or close most pages alike (running headers and footers). */
function dropRunningLines(pages: Line[][]): void {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const count = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of [p[0], p[1], p[p.length - 2], p[p.length - 1]]) if (l) seen.add(key(l));
    for (const k of seen) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const running = (l: Line) => pages.length >= 3 && (count.get(key(l)) ?? 0) >= Math.max(3, pages.length * 0.5);
  for (const p of pages) {
    for (const at of [p.length - 1, p.length - 2, 1, 0]) {
      const l = p[at];
      if (l && (pageNumber.test(l.text) || running(l))) p.splice(at, 1);
    }
  }
}

const figureCell = /^[-+−]?[\d,.，]+%?$|^[\d.]+\s*[^\d\s]{0,3}$/;

/**
 * A table row that did not fit at the foot of a page goes on at the top of the next (Word and LibreOffice
 * split rows): the next page's first row continues the last when both are rows of tables with the same
 * columns, it fills only columns the last row fills, none of its cells is a figure (a new row of figures
 * is never glued on), and a cell it continues does not end a sentence.
 */
function joinSplitRows(pages: Line[][]): void {
  for (let n = 1; n < pages.length; n++) {
    const last = pages[n - 1][pages[n - 1].length - 1];
    const first = pages[n][0];
    if (!last?.cells || !first?.cells || !last.xs || !first.xs) continue;
    if (last.xs.length !== first.xs.length || last.xs.some((x, i) => Math.abs(x - first.xs![i]) > 2)) continue;
    const filled = first.cells.map((c, i) => (c === '' ? -1 : i)).filter((i) => i >= 0);
    if (filled.length === 0 || filled.some((i) => !last.cells![i] || figureCell.test(first.cells![i]))) continue;
    if (filled.every((i) => /[。！？!?]$/.test(last.cells![i]))) continue;
    const cells = last.cells.map((c, i) => c + (first.cells![i] ?? ''));
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    last.cells = cells;
    last.text = cells.join('\t');
    pages[n].shift();
  }
}

function write(pages: Line[][]): { text: string; places: { offset: number; label: string }[] } {
  const out = new TextBuilder();
  let pending = '';
  let pendingWraps = false;
  const flush = () => {
    if (pending !== '') out.line(pending);
    pending = '';
  };
  const isTable = (s: string) => s.includes('\t');
  // A line opening with a heading's label (`第二部分`, `一、`), a table's caption or a unit starts a paragraph even after a full
  // line (not a figure's decimals: `86.50万元` goes on a wrapped paragraph, nor `表1。` ending one).
  const starts = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+[)）]|\d+[.．](?!\d)|\d+、|[（(]\d+[)）]|表\s*\d+\s|附件|单位：)/;
  // The line before wraps into `next` when it is a paragraph's line that ends at the right margin, or leaves
  // less room there than the word `next` opens with (a figure is never broken: `应发放` / `1286.40万元`).
  let before: { line: Line; right: number } | undefined;
  const wraps = (next: Line) => {
    if (!before || pending === '' || isTable(before.line.text) || isTable(next.text) || starts.test(next.text)) return false;
    // A contents entry ends with its page number (`一、主要职能……3`): the next entry or page is no continuation.
    if (/[。！？!?]$/.test(before.line.text) || /[.．·…]{4,}\s*\d{1,4}$/.test(before.line.text)) return false;
    const room = before.right - before.line.right;
    const word = /^[A-Za-z0-9.,%+\-]+/.exec(next.text)?.[0] ?? '';
    return room < Math.max(before.line.size * 4, word.length * next.size * 0.6 + next.size);
  };
  pages.forEach((lines, index) => {
    const right = Math.max(0, ...lines.filter((l) => !isTable(l.text)).map((l) => l.right));
    lines.forEach((l, i) => {
      // A paragraph that wrapped across the page break goes on; otherwise the page starts a new line.
      const joined = wraps(l);
      if (!joined) flush();
      if (i === 0) out.place(t('第{0}页', index + 1));
      pending += l.text;
      before = { line: l, right };
    });
  });
  flush();
  return out.done();
}
