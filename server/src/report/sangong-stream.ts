// A 三公 公开表 (预算数 and 决算数, six columns each) as plain pdftotext gives a one-row Word table, read from the token
// stream of report/row-streams.ts: a group from its `合计` (sanGongAt), or the whole table from its title, whose header
// words pdftotext prints among the figures (sanGongTableAt): `财政拨款“三公”经费支出决算表` / … / `预算数` / `合计` / `1` /
// `323.00` / `决算数` / … / `45.00` / `246.00` / … / `285.24` / … / `38.62` / `252.25` / … / `21.37` / `注：…`. With no blank
// cell, its twelve figures are the two groups' in column order (合计, 出国, 车小计, 购置, 运行, 接待); eight without the 购置
// and 运行 columns. Read as the two groups (rules/table-row-stream.ts checks each) only when one of them adds up both
// ways: the order is then the columns'.
import Decimal from 'decimal.js';
import type { Quantity, RowStream } from './model';
import { cellQuantity } from './quantities';

export interface Token {
  text: string;
  start: number;
  line: number;
}

const TITLE = /三公.{0,3}经费.{0,6}表$/;
const FIGURE = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d\d$/;
/** A 三公 table's 栏次 run to 12 (预算数 and 决算数, six columns each). */
const MAX_COLUMN_NUMBER = 12;
/** How many tokens past its `合计` a group, or past its title a table, may take. */
const MAX_GROUP_TOKENS = 40;
const MAX_TABLE_TOKENS = 80;
/** Where a group ends: the next group's 合计 or head, the note, the next table. */
const GROUP_END = /^合计$|预算数|决算数|上年|^注[：:]|表$/;
/** Where the table ends: its note, the next table's title, a sentence. */
const TABLE_END = /^注[：:]|表$|[，。；]/;
/** Half a cent either way, for each of the terms a printed total may have been rounded with. */
const SLACK = new Decimal('0.015');

/**
 * A 三公 公开表's group (预算数 or 决算数) as plain pdftotext prints a one-row Word table: `合计 / 1 / 50.55 / 因公出国 /
 * （境）费 / 2 / 4.29 / 公务用车购置及运行费 / 小计 / … / 3 / 4 / 30.41 / … / 公务接待 / 费 / 6 / 15.85`, blank cells dropped.
 * Its figures in order are the 合计 and then what is left of 出国, 车小计, 购置, 运行, 接待 (rules/table-row-stream.ts).
 */
export function sanGongAt(tokens: Token[], k: number, unit: string): { stream: RowStream; next: number } | undefined {
  // (A bare `0` is an empty item's figure, not a column's number.)
  const read = scan(tokens, k, MAX_GROUP_TOKENS, GROUP_END, unit, { zero: true, ownUnit: false });
  if (!read) return undefined;
  const { values, words, end } = read;
  // (The three items named in their order, the figures no more than the table's six.)
  if (!/因公出国.*公务用车.*公务接待/.test(words) || values.length < 2 || values.length > 6) return undefined;
  return {
    // (Six columns with 购置 and 运行 under the 车 小计, four without.)
    stream: { total: '合计', columns: /购置费.*运行费/.test(words) ? 6 : 4, values, span: { start: tokens[k].start, end: values[values.length - 1].fullSpan.end }, cut: end >= tokens.length, sanGong: true },
    next: end,
  };
}

/** The two groups of the 三公 table whose title is token `k`, and the token after it; undefined unless read for sure. */
export function sanGongTableAt(tokens: Token[], k: number, unit: string): { streams: RowStream[]; next: number } | undefined {
  if (!TITLE.test(tokens[k].text)) return undefined;
  // (Its own `金额单位：万元`, under the title.)
  const read = scan(tokens, k, MAX_TABLE_TOKENS, TABLE_END, unit, { zero: false, ownUnit: true });
  if (!read) return undefined;
  const { values, words, end } = read;
  if (!/预算数/.test(words) || !/决算数/.test(words) || !/因公出国/.test(words) || !/公务用车/.test(words) || !/公务接待/.test(words)) return undefined;
  const columns = /购置费/.test(words) && /运行/.test(words) ? 6 : 4;
  if (values.length !== 2 * columns) return undefined;
  const groups = [values.slice(0, columns), values.slice(columns)];
  if (!groups.some((g) => addsUp(g))) return undefined;
  const streams = groups.map(
    (g): RowStream => ({ total: '合计', columns, values: g, span: { start: g[0].fullSpan.start, end: g[g.length - 1].fullSpan.end }, cut: false, sanGong: true }),
  );
  return { streams, next: end };
}

/**
 * The figures and the words of the tokens after token `k`, up to one `stop` matches or `limit` tokens on; undefined
 * at a token with digits that is neither a figure nor a 栏次. `zero`: a bare `0` is a figure; `ownUnit`: a `单位：万元`
 * before the first figure sets the figures' unit.
 */
function scan(tokens: Token[], k: number, limit: number, stop: RegExp, unit: string, options: { zero: boolean; ownUnit: boolean }): { values: Quantity[]; words: string; end: number } | undefined {
  const values: Quantity[] = [];
  let words = '';
  let end = k + 1;
  for (; end < tokens.length && end - k <= limit; end++) {
    const s = tokens[end].text;
    if (stop.test(s)) break;
    const u = options.ownUnit && !values.length ? /单位[：:]\s*(万元|元|亿元)/.exec(s) : null;
    if (u) unit = u[1];
    if (FIGURE.test(s) || (options.zero && s === '0')) {
      const q = cellQuantity(s, unit, (x) => tokens[end].start + x);
      if (!q) return undefined;
      values.push(q);
      continue;
    }
    if (/^\d+$/.test(s) ? Number(s) > MAX_COLUMN_NUMBER : /\d/.test(s) && !/单位/.test(s)) return undefined;
    if (!/^\d+$/.test(s)) words += s;
  }
  return { values, words, end };
}

/** 合计 = 出国 + 车 + 接待, and with six columns 车 = 购置 + 运行, to the cent. */
function addsUp(g: Quantity[]): boolean {
  const near = (a: Decimal, b: Decimal[]) => a.sub(b.reduce((x, y) => x.add(y), new Decimal(0))).abs().lte(SLACK);
  const v = g.map((q) => q.value);
  return g.length === 6 ? near(v[0], [v[1], v[2], v[5]]) && near(v[2], [v[3], v[4]]) : near(v[0], [v[1], v[2], v[3]]);
}
