// Tables a PDF draws without rules (a Word table printed without borders), placed by the positions of their
// text: the columns are where the cells' texts start (a start that text of another cell runs across is no
// column: `类     别` is one spaced-out cell), the header is the lines above the first figure, and a line goes
// on the row above when each cell it fills goes on that row's cell: a label that wrapped (人员经 / 费), or a
// figure that wrapped (`7402.` over `03`: it filled its cell, the next line is right below, one number).
// A blank cell is a column with no text in that row. Anything that does not fit (a line running across a
// column) leaves the lines as they are: a table read wrongly flags right figures, so when unsure, no table.

/** A text item of a page, in page space (y up). */
export interface GridItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A line of a page (pdf.ts's reading of one baseline), or a row of a table. */
export interface GridLine {
  items: GridItem[];
  y: number;
  left: number;
  right: number;
  size: number;
  text: string;
  /** A row of a table: its cells between TABs, never joined with another line. */
  table?: boolean;
  /** A table row's cells, and its table's column edges. */
  cells?: string[];
  xs?: number[];
}

/** A line's text pieces: items closer than most of a character are one run (one cell's text on that line). */
interface Run {
  x: number;
  right: number;
  y: number;
  size: number;
  text: string;
  /** Width of one character, for "would the next word have fitted". */
  char: number;
}

const figure = /^[-+−]?(\d[\d,]*)?\.?\d*%?$/;
const isFigure = (s: string) => /\d/.test(s) && figure.test(s);

function runsOf(line: GridLine): Run[] {
  const runs: Run[] = [];
  for (const it of [...line.items].sort((a, b) => a.x - b.x)) {
    const last = runs[runs.length - 1];
    if (last && it.x - last.right <= it.size * 0.8) {
      const gap = it.x - last.right > it.size * 0.15 && /[A-Za-z0-9.,%)]$/.test(last.text) && /^[A-Za-z0-9(]/.test(it.str);
      last.text += (gap ? ' ' : '') + it.str;
      last.right = it.x + it.width;
    } else {
      runs.push({ x: it.x, right: it.x + it.width, y: it.y, size: it.size, text: it.str, char: it.width / Math.max(1, [...it.str].length) });
    }
  }
  return runs;
}

/** The column starts of a block of lines, or undefined when a run crosses one (no table then). */
function columnsOf(block: Run[][]): number[] | undefined {
  const starts: number[] = [];
  for (const x of block.flat().map((r) => r.x).sort((a, b) => a - b)) if (starts.length === 0 || x - starts[starts.length - 1] > 2) starts.push(x);
  // A start that another run crosses is text inside a cell (a spaced-out label), not a column.
  const all = block.flat();
  return starts.filter((x) => !all.some((r) => r.x < x - 2 && r.right > x + 1));
}

const columnOf = (xs: number[], x: number) => {
  let c = 0;
  while (c + 1 < xs.length && x >= xs[c + 1] - 2) c++;
  return c;
};

/** The runs of a line by column, or undefined when a run crosses into the next column. */
function place(xs: number[], runs: Run[]): (Run[] | undefined)[] | undefined {
  const cells: (Run[] | undefined)[] = xs.map(() => undefined);
  for (const r of runs) {
    const c = columnOf(xs, r.x);
    if (r.x < xs[0] - 2 || (c + 1 < xs.length && r.right > xs[c + 1] + 1)) return undefined;
    // Two figures in one cell are two columns this reading could not tell apart (right-aligned figures).
    if (isFigure(r.text.trim()) && cells[c]?.some((o) => isFigure(o.text.trim()))) return undefined;
    (cells[c] ??= []).push(r);
  }
  return cells;
}

const joinCell = (a: string, b: string) => (a === '' ? b : /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b);
const cellText = (runs: Run[]) => runs.map((r) => r.text.trim()).reduce((a, b) => (a === '' ? b : `${a} ${b}`), '');

interface Row {
  cells: string[];
  /** The last line's piece of each cell, with its position, for "did it wrap". */
  last: (Run | undefined)[];
  y: number;
  lines: GridLine[];
}

/**
 * Rebuilds the tables drawn without rules among a page's lines (top down), in place. `carry` keeps the column
 * starts of a table that runs on at the top of the next page (a page without its serial-number column would
 * otherwise number its columns from another start).
 */
export function unruledTables(lines: GridLine[], carry: { xs?: number[] }): void {
  const runs = lines.map((l) => (l.table ? [] : runsOf(l)));
  const many = (i: number) => !lines[i].table && runs[i].length >= 3;
  let i = 0;
  const carried = carry.xs;
  carry.xs = undefined;
  while (i < lines.length) {
    if (!many(i)) {
      i++;
      continue;
    }
    // The block: from a line of three or more cells on, the lines close below it (a paragraph's spacing ends
    // it; so does a line running across where the cells of two lines above start, a paragraph after a table
    // set without spacing) up to the last line of three or more cells, then the lines that only continue cells.
    const size = lines[i].size;
    let end = i;
    for (let j = i + 1; j < lines.length && !lines[j].table && lines[j - 1].y - lines[j].y < Math.max(size, lines[j].size) * 1.8; j++) {
      const starts = runs.slice(i, j).flatMap((l) => l.map((r) => r.x));
      const held = (x: number) => runs.slice(i, j).filter((l) => l.some((r) => Math.abs(r.x - x) <= 2)).length >= 2;
      if (runs[j].some((r) => starts.some((x) => r.x < x - 2 && r.right > x + 1 && held(x)))) break;
      if (many(j)) end = j;
    }
    // A lone row at the top of a page goes on the table at the foot of the page before when it fits its columns.
    const goesOn = i <= 2 && carried !== undefined && runs[i].every((r) => carried.some((x) => Math.abs(x - r.x) <= 2));
    if (end === i && !goesOn) {
      i++;
      continue;
    }
    let xs = end === i ? carried : columnsOf(runs.slice(i, end + 1));
    if (!xs || xs.length < 3) {
      i = end + 1;
      continue;
    }
    // A table going on from the previous page keeps that page's columns when its own starts are among them.
    if (i <= 2 && carried && xs.every((x) => carried.some((c) => Math.abs(c - x) <= 2))) xs = carried;
    while (end + 1 < lines.length && !lines[end + 1].table && lines[end].y - lines[end + 1].y < size * 1.8 && runs[end + 1].every((r) => xs!.some((x) => Math.abs(x - r.x) <= 2)) && place(xs, runs[end + 1])) end++;
    const placed = runs.slice(i, end + 1).map((r) => place(xs!, r));
    if (placed.some((p) => p === undefined)) {
      i = end + 1;
      continue;
    }
    const rows = readRows(xs, placed as (Run[] | undefined)[][], lines.slice(i, end + 1), xs === carried);
    if (!rows) {
      i = end + 1;
      continue;
    }
    const right = Math.max(...lines.slice(i, end + 1).map((l) => l.right));
    const edges = [...xs, right];
    const made: GridLine[] = rows.map((row) => {
      const cells = [...row.cells];
      while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      const items = row.lines.flatMap((l) => l.items);
      return { items, y: row.y, left: xs![0], right, size: Math.max(...items.map((t) => t.size)), text: cells.join('\t'), table: true, cells, xs: edges };
    });
    lines.splice(i, end + 1 - i, ...made);
    runs.splice(i, end + 1 - i, ...made.map(() => []));
    if (lines.length - (i + made.length) <= 2) carry.xs = xs;
    i += made.length;
  }
}

/** The header (the lines above the first figure, joined by column) and the rows; undefined when too few. */
function readRows(xs: number[], placed: (Run[] | undefined)[][], lines: GridLine[], goesOn: boolean): Row[] | undefined {
  // The room in a column: its widest text, not counting a line's end mark that may hang past the margin.
  const width = xs.map((x, c) => Math.max(0, ...placed.flatMap((p) => p[c] ?? []).map((r) => r.right - x - (/[，。、；：,.;:)）”]$/.test(r.text) ? r.char : 0))));
  const rows: Row[] = [];
  // A table going on from the page before has its header there.
  let header = !goesOn;
  placed.forEach((cells, k) => {
    const line = lines[k];
    const texts = cells.map((c) => (c ? cellText(c) : ''));
    // The first line with a figure starts the first row below the header.
    const first = header && texts.some(isFigure);
    if (first) header = false;
    const row = rows[rows.length - 1];
    if (row !== undefined && !first && (header || continues(row, cells, texts, xs, width))) {
      texts.forEach((t, c) => {
        if (t === '') return;
        row.cells[c] = joinCell(row.cells[c], t);
        row.last[c] = cells[c]![cells[c]!.length - 1];
      });
      row.lines.push(line);
    } else {
      rows.push({ cells: texts, last: cells.map((c) => c?.[c.length - 1]), y: line.y, lines: [line] });
    }
  });
  return rows.length >= (goesOn ? 1 : 2) ? rows : undefined;
}

/** Whether a line's cells each go on the row above: a wrapped label, or a wrapped figure right below. */
function continues(row: Row, cells: (Run[] | undefined)[], texts: string[], xs: number[], width: number[]): boolean {
  return texts.every((t, c) => {
    if (t === '') return true;
    const above = row.last[c];
    const sofar = row.cells[c];
    if (!above || sofar === '') return false;
    const first = cells[c]![0];
    // A figure's rest (digits, its %, its unit: `2086.9` over `0元/平方米`) goes on a figure or a sign right
    // above, as one number.
    const lead = /^[\d.,]*%?/.exec(t)![0];
    const number = lead !== '' && /^[-+−]?[\d.,]*$/.test(sofar) && isFigure(sofar + lead) && !/%./.test(sofar + lead);
    // It wrapped: the next piece's first word (a number or a Latin word is one; a Chinese character is one)
    // would not have fitted beside the piece above.
    const latin = /^[A-Za-z0-9.,%+\-]*/.exec(t)![0];
    const word = latin === t ? first.right - first.x : latin !== '' ? first.char * [...latin].length : first.char;
    const wrapped = above.right - xs[c] + word > width[c] - 0.5;
    if (!wrapped || above.y - first.y > Math.max(above.size, first.size) * 1.6) return false;
    if (number) return true;
    // A figure goes on a text (`最高` over `285.00`), never a figure on a figure that does not make one number.
    if (isFigure(sofar) || /^[-+−]?[\d.,]*$/.test(sofar)) return false;
    // Text goes on unless it ended a sentence; a lone mark (`/`) is a whole cell.
    return /[\u4e00-\u9fffA-Za-z]/.test(sofar + t) && !/^[/／\\-—–]$/.test(sofar) && !/[。！？；;!?]$/.test(sofar);
  });
}
