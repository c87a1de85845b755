// A 三公 公开表 (预算数 and 决算数, six columns each) as plain pdftotext gives a one-row Word table whose header words
// it prints among the figures: `财政拨款“三公”经费支出决算表` / … / `预算数` / `合计` / `1` / `323.00` / `决算数` / … / `45.00` /
// `246.00` / … / `285.24` / … / `38.62` / `252.25` / … / `21.37` / `注：…`. With no blank cell, its twelve figures are the
// two groups' in column order (合计, 出国, 车小计, 购置, 运行, 接待); eight without the 购置 and 运行 columns. Read as the
// two groups (rules/table-row-stream.ts checks each) only when one of them adds up both ways: the order is then the
// columns'.
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
/** The table's 栏次 run to 12. */
const MAX_COLUMN_NUMBER = 12;
const MAX_TOKENS = 80;
/** Where the table ends: its note, the next table's title, a sentence. */
const END = /^注[：:]|表$|[，。；]/;
/** Half a cent either way, for each of the terms a printed total may have been rounded with. */
const SLACK = new Decimal('0.015');

/** The two groups of the 三公 table whose title is token `k`, and the token after it; undefined unless read for sure. */
export function sanGongTableAt(tokens: Token[], k: number, unit: string): { streams: RowStream[]; next: number } | undefined {
  if (!TITLE.test(tokens[k].text)) return undefined;
  const values: Quantity[] = [];
  let words = '';
  let end = k + 1;
  for (; end < tokens.length && end - k <= MAX_TOKENS; end++) {
    const s = tokens[end].text;
    if (END.test(s)) break;
    // (Its own `金额单位：万元`, under the title.)
    const u = /单位[：:]\s*(万元|元|亿元)/.exec(s);
    if (u && !values.length) unit = u[1];
    if (FIGURE.test(s)) {
      const q = cellQuantity(s, unit, (x) => tokens[end].start + x);
      if (!q) return undefined;
      values.push(q);
      continue;
    }
    if (/^\d+$/.test(s) ? Number(s) > MAX_COLUMN_NUMBER : /\d/.test(s) && !/单位/.test(s)) return undefined;
    if (!/^\d+$/.test(s)) words += s;
  }
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

/** 合计 = 出国 + 车 + 接待, and with six columns 车 = 购置 + 运行, to the cent. */
function addsUp(g: Quantity[]): boolean {
  const near = (a: Decimal, b: Decimal[]) => a.sub(b.reduce((x, y) => x.add(y), new Decimal(0))).abs().lte(SLACK);
  const v = g.map((q) => q.value);
  return g.length === 6 ? near(v[0], [v[1], v[2], v[5]]) && near(v[2], [v[3], v[4]]) : near(v[0], [v[1], v[2], v[3]]);
}
