// A 决算表 whose total column comes first, as pdftotext prints it when no table reader can place its cells: plain
// pdftotext (no -layout) gives its figures one after another, a row's in order, every blank cell dropped, the rows'
// labels before, between or after them; `-layout` gives a row's figures on one line, blanks dropped, the header and
// the long names wrapped over several lines.
//
//   本年支出合计 / 基本支出 / 项目支出 / 上缴上级支出 经营支出 / 1 / 2 / … / 8,141.94 / 4,906.99 / 3,234.95 / 1,744.33 / …
//
// Which figure stands in which column is lost. What is left is enough for one relation: each row's first figure is
// the sum of the rest, whichever of them were blank (rules/table-row-stream.ts). A 三公 table's groups, whose items
// nest (车小计 = 购置 + 运行), are read apart (sanGongAt).
import type { Quantity, RowStream, Span, Table } from './model';
import { isBlankIn } from './normalize';
import { cellQuantity } from './quantities';
import { sanGongAt, sanGongTableAt, type Token } from './sangong-stream';

const SPENDING = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
const INCOME = ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const TOTALS = ['本年支出合计', '本年收入合计', '支出合计', '收入合计', '本年支出', '本年收入', '合计', '小计'];
/** Header words besides the columns' names: the label columns, 栏次, the unit. */
const HEADER_WORD = /^(项目|科目编码|科目名称|功能分类科目(编码|名称)?|编码|名称|类|款|项|栏次|[(（]?(金额)?单位[：:]万元[)）]?)$/;
const WORDS = [...SPENDING, ...INCOME, ...TOTALS];
const FIGURE = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d\d$/;
const INTEGER = /^\d+$/;
/** A 支出功能分类科目编码: 类 3, 款 5, 项 7 digits. */
const CODE = /^2\d{2}(\d{2}){0,2}$/;
/** A 收入 code, as some 收入决算表 print them. */
const INCOME_CODE = /^1\d{2}(\d{2}){0,2}$/;
/** 栏次, page numbers and the 款 and 项 of a code split over three columns (`208 / 99 / 99`) stand below this. */
const MAX_SMALL = 99;
const FURNITURE = /^([-—－]+\d*[-—－]*|第\d*页?|页|共\d*页?|\/)$/;
/** Where the table ends: a sentence, a note, a title, the next table's header. */
const STOP = /[，。；！？、,;]|表$|^(注|说明)[：:]|公开\d+表|单位[：:]|栏次|科目编码|科目名称|^项目$|决算数|预算数|结转|结余/;
/** A column besides the total and its parts: a budget, last year's, what was carried over. */
const OTHER_COLUMN = /预算|决算数|\d{4}年|上年|结转|结余|增减|变动|预计|调整/;
const MAX_HEADER_TOKENS = 60;
const MAX_LABEL = 30;
const MIN_VALUES = 6;
const MIN_CODED = 3;

const isHeaderish = (s: string) =>
  INTEGER.test(s) || FURNITURE.test(s) || HEADER_WORD.test(s) || WORDS.some((w) => w.includes(s));

/** Every figure stream under a total-first header, outside the tables already read. Linear in the text. */
export function rowStreams(masked: string, spans: Span[], tables: readonly Table[]): RowStream[] {
  const tokens = tokensOf(masked, spans, tables);
  // codes[k]: how many 科目编码 stand before token k.
  const codes = [0];
  for (const x of tokens) codes.push(codes[codes.length - 1] + (CODE.test(x.text) ? 1 : 0));
  const out: RowStream[] = [];
  let unit = '';
  // Where the table the next stream is of began: after its title (`支出决算表`) or the stream before.
  let since = 0;
  for (let k = 0; k < tokens.length; ) {
    const text = tokens[k].text;
    if (/表$/.test(text)) since = k + 1;
    const u = /单位[：:]\s*(万元|元|亿元)/.exec(text) ?? (/单位[：:]$/.test(text) ? /^(万元|元|亿元)/.exec(tokens[k + 1]?.text ?? '') : null);
    if (u) unit = u[1];
    // (The whole table, its two groups' figures in column order: sangong-stream.ts.)
    const table = /表$/.test(text) ? sanGongTableAt(tokens, k, unit) : undefined;
    if (table) {
      out.push(...table.streams);
      k = since = table.next;
      continue;
    }
    const sanGong = text === '合计' ? sanGongAt(tokens, k, unit) : undefined;
    if (sanGong) {
      out.push(sanGong.stream);
      k = sanGong.next;
      continue;
    }
    const stream = FIGURE.test(text) ? streamAt(tokens, k, Math.max(since, k - MAX_HEADER_TOKENS), unit) : undefined;
    if (!stream) {
      k++;
      continue;
    }
    // A row per 科目编码 and the 合计 row: pdftotext may give a block of rows' figures a column at a time (a Word
    // table's single-line rows), where a column's 款 and its 项 make a false row — the count of rows tells.
    stream.stream.rows = codes[stream.next] - codes[since] + 1;
    out.push(stream.stream);
    k = since = stream.next;
  }
  return out;
}


function tokensOf(masked: string, spans: Span[], tables: readonly Table[]): Token[] {
  const tokens: Token[] = [];
  let t = 0;
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i];
    while (t < tables.length && tables[t].span.end <= start) t++;
    if (t < tables.length && tables[t].span.start < end) {
      // A table read already: no stream runs through it.
      tokens.push({ text: '表', start, line: i });
      continue;
    }
    if (isBlankIn(masked, start, end)) continue;
    const re = /[^\s\u3000]+/g;
    const line = masked.slice(start, end);
    for (let m = re.exec(line); m; m = re.exec(line)) tokens.push({ text: m[0], start: start + m.index, line: i });
  }
  return tokens;
}

/** The stream whose first figure is token `k`, under a total-first header standing right before it. */
function streamAt(tokens: Token[], k: number, from: number, unit: string): { stream: RowStream; next: number } | undefined {
  // The header: the words before the first figure, back to the first that is none of the header's (a row label of
  // a label column printed before, the department's name); a name wrapped in its cell comes in pieces.
  let h = k;
  while (h > from && isHeaderish(tokens[h - 1].text)) h--;
  // `科目编码  科目名称  2023年预算数  2024年预算数` over `小计  基本支出  项目支出` (a helper's 部门预算): the word it stops
  // at names a column of its own — last year's budget before 小计 — so the first figure of a row is no total.
  if (h > from && OTHER_COLUMN.test(tokens[h - 1].text)) return undefined;
  const header = new Set(tokens.slice(h, k).map((x) => x.text));
  // (`本年收入合 / 财政拨款收 / 上级补助收 / 计 / 入 / 入`: each header cell's two lines, the first lines in turn — a word
  // is there when its start and its rest both are.)
  const has = (w: string) => header.has(w) || [...header].some((x) => x.length >= 2 && x.length < w.length && w.startsWith(x) && header.has(w.slice(x.length)));
  const income = INCOME.filter(has).length;
  const spending = SPENDING.filter(has).length;
  const parts = income >= 2 ? INCOME : spending >= 2 ? SPENDING : undefined;
  if (!parts || (income && spending)) return undefined;
  const kind = parts === INCOME ? '收入' : '支出';
  const named = has(`本年${kind}合计`) || has(`${kind}合计`) || (header.has(`本年${kind}`) && header.has('合计'));
  if (!named && !header.has('合计') && !header.has('小计')) return undefined;
  // `合计 / 基本支出 / 项目支出` alone is 公开05表's three columns; with others named (or their pieces), all.
  const others = [...header].some((s) => /上缴|经营|附属|补助/.test(s));
  const columns = 1 + (parts === SPENDING && !others ? 2 : parts.length);
  const values: Quantity[] = [];
  const lines: number[] = [];
  // coded[i]: the 科目编码 standing between figure i and the one before, if any.
  const coded: Array<string | undefined> = [];
  let code: string | undefined;
  let codesOk = true;
  let end = k;
  let cut = false;
  // Where the stream went on past a page's end.
  const pages: Array<{ n: number; end: number; cut: boolean }> = [];
  for (; end < tokens.length; end++) {
    const s = tokens[end].text;
    if (FIGURE.test(s)) {
      const q = cellQuantity(s, unit, (x) => tokens[end].start + x);
      if (!q) return undefined;
      values.push(q);
      lines.push(tokens[end].line);
      coded.push(code);
      code = undefined;
      continue;
    }
    if (CODE.test(s) || INCOME_CODE.test(s)) {
      // (Codes one after another: rows given a column at a time, or a page's rows before their figures.)
      if (code) codesOk = false;
      code = s;
    }
    // Other numbers (`12.5`, `45%`, `2024`) end the figures of the table's two-place amounts, maybe inside a row.
    const small = INTEGER.test(s) && (CODE.test(s) || INCOME_CODE.test(s) || Number(s) <= MAX_SMALL);
    const stop = !small && /\d/.test(s) && !FURNITURE.test(s);
    if (!stop && (small || FURNITURE.test(s))) continue;
    if (stop || STOP.test(s) || s.length > MAX_LABEL) {
      // (A table of rows by their codes goes on past its header repeated on the next page.)
      const next = codesOk && !code && coded.filter(Boolean).length >= MIN_CODED ? continuation(tokens, end) : undefined;
      if (next !== undefined) {
        pages.push({ n: values.length, end, cut: stop });
        end = next - 1;
        continue;
      }
      cut = stop;
      break;
    }
  }
  // (Pages that do not go on row by row, code by code, are not of the stream: it ends where they begin.)
  const rows = codesOk && !code ? codedRows(coded) : undefined;
  if (!rows && pages.length) {
    ({ end, cut } = pages[0]);
    values.length = lines.length = coded.length = pages[0].n;
  }
  if (values.length < MIN_VALUES) return undefined;
  return {
    stream: {
      total: named ? `本年${kind}合计` : header.has('小计') ? '小计' : '合计',
      columns,
      values,
      lineRows: lineRows(lines),
      codedRows: rows ?? (pages.length ? codedRows(coded) : undefined),
      closed: /^(注|说明)[：:]/.test(tokens[end]?.text ?? ''),
      span: { start: tokens[h].start, end: values[values.length - 1].fullSpan.end },
      cut: cut || end >= tokens.length,
    },
    next: end,
  };
}

/** Header words a code table's continuation page repeats, one at least. */
const REPEATED = /^(项目|科目编码|科目名称|栏次)$/;
/** Figures standing at a page break, moved there from the row before it (they are left out). */
const MAX_MOVED = 2;

/**
 * `科目编码 / 科目名称 / 栏次 / 1,286,400.00 / 第9页 / 对附属单位补助 / 支出 / 6 / 2080506 / …`, `-7- / 36.18 / 东川省自然资源厅
 * / 2024 / 年度部门决算 / 项目 / … / 本年收入合计 / … / 1 / 2 / 206`: at a page break, the running header and the table's
 * header repeated, then its next row's code — the index of that code. Undefined when anything else follows: a
 * sentence, a table's title, or no repeated header.
 */
function continuation(tokens: Token[], k: number): number | undefined {
  let moved = 0;
  let repeated = 0;
  for (let j = k; j < tokens.length && j < k + MAX_HEADER_TOKENS; j++) {
    const s = tokens[j].text;
    if ((CODE.test(s) || INCOME_CODE.test(s)) && j > k) return repeated ? j : undefined;
    if (FIGURE.test(s) && ++moved <= MAX_MOVED) continue;
    if (REPEATED.test(s)) repeated++;
    else if (/表$|[，。；！？、,;：:]/.test(s) || s.length > MAX_LABEL || FIGURE.test(s)) return undefined;
  }
  return undefined;
}

/**
 * `合计 / 292,698,700.22 / 256,513,300.67 / 36,167,399.55 / 205 / 教育支出 / 236,710,307.93 / …` (plain pdftotext of a
 * Word table, a row at a time): each 科目编码 stands right before its row's figures — the figures' index where each
 * row starts and its code, the first the 合计 row's (no code). Undefined unless more than MIN_CODED rows are so split.
 */
function codedRows(coded: Array<string | undefined>): Array<{ start: number; code: string }> | undefined {
  if (coded[0] !== undefined) return undefined;
  const rows = coded.flatMap((code, start) => (start === 0 ? [{ start, code: '' }] : code ? [{ start, code }] : []));
  return rows.length > MIN_CODED ? rows : undefined;
}

/**
 * `2101102   事业单位   670.47     653.47     17.00` (`-layout`): where most lines with figures hold several, each
 * line is a row — the figures' index where each starts. Undefined where the figures stand a line each.
 */
function lineRows(lines: number[]): number[] | undefined {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (i === 0 || lines[i] !== lines[i - 1]) starts.push(i);
  const several = starts.filter((s, j) => (starts[j + 1] ?? lines.length) - s >= 2).length;
  return several * 2 >= starts.length ? starts : undefined;
}
