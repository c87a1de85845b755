// A 部门整体支出绩效自评表 scored at two levels, as `pdftotext -layout` prints it from Word: each 二级指标 with its own
// 分值 and 得分 beside its 三级指标's, the 二级 cell merged down its rows (its figures on its first row's line or
// centred among them):
//
//   一级指       二级指标                   三级指标
//     标    名称    分值     得分        名称      分值     得分        评分说明
//    决策   项目立项    6      6     立项依据充分性     3      3     按计划完成
//   （20                        立项程序规范性     3      3     符合要求，得满分
//                  总分                      100   81.5
//
// Read only when the 三级 rows, in order, fall into one run per 二级 whose 分值 add up to its 分值, each 二级's line
// among its run's (before the next run's first), and the 二级 分值 add up to the 总分's; a figure of neither pair on a row's line leaves it unread.
import Decimal from 'decimal.js';
import type { Span } from './model';
import type { LineCellTable } from './line-cells';
import { emptyCell, type RawRow } from './tables';
import { asCell, figuresEnd, isName, MAX_LINES, NEAR, NUMBER, tokens, TOTAL, value, WEIGHT, type Measure, type Token } from './layout-scored';

interface Pair {
  name: Token;
  weight: Token;
  score: Token;
}

interface LevelHeads {
  upper: Pair;
  lower: Pair;
}

/** `名称  分值  得分  名称  分值  得分`, under (or beside) words naming the 二级 and 三级 指标. */
function levelHeads(masked: string, spans: Span[], first: number): LevelHeads | undefined {
  const toks = tokens(masked, spans[first]);
  if (toks.some((t) => /[0-9０-９]/.test(t.text))) return undefined;
  const pairs: Pair[] = [];
  for (let k = 1; k + 1 < toks.length; k++) {
    if (WEIGHT.test(toks[k].text) && toks[k + 1].text === '得分') pairs.push({ name: toks[k - 1], weight: toks[k], score: toks[k + 1] });
  }
  if (pairs.length !== 2) return undefined;
  const above = spans.slice(Math.max(0, first - 3), first + 1).map((s) => masked.slice(s.start, s.end)).join(' ');
  if (!/二级指标/.test(above) || !/三级指标/.test(above)) return undefined;
  return { upper: pairs[0], lower: pairs[1] };
}

interface Entry {
  name?: Token;
  weight: Token;
  score: Token;
  line: number;
}

const near = (t: Token, head: Token, by: Measure) => Math.abs(t[by] - head[by]) <= NEAR;

/**
 * The name of an entry whose line has none: Excel centres a merged or wrapped cell, so a 三级 name wrapped over three
 * lines (`立项依据充分` / `4  4  完成目标` / `性`) has its figures on its middle line — its first words are on a line
 * above (else below), in the name's column, with no figures between.
 */
function nameNear(masked: string, spans: Span[], line: number, head: Token, by: Measure, used: Set<number>, rows: Set<number>): Token | undefined {
  // (Up to three lines up, or two down, short of another row of its level: the 评分说明 wraps too, pushing the name
  // further; and a 二级's line may hold the name of the 三级 row under it — `产出质量  8  6.5  项目验收合格`.)
  for (const [step, reach] of [[-1, 3], [1, 2]] as const) {
    for (let at = line + step, n = 0; at >= 0 && at < spans.length && n < reach && !rows.has(at); at += step, n++) {
      const name = tokens(masked, spans[at]).find((t) => isName(t) && near(t, head, by) && !used.has(t.start));
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * The 二级 and 三级 entries on a line, or undefined when a figure on it belongs to neither pair (the line cannot be
 * read). The 总分 is a 三级-placed pair after the word 总分.
 */
function lineEntries(masked: string, span: Span, line: number, h: LevelHeads, by: Measure): { upper?: Entry; lower?: Entry; total?: Entry } | undefined {
  const toks = tokens(masked, span);
  const end = figuresEnd(toks);
  const out: { upper?: Entry; lower?: Entry; total?: Entry } = {};
  for (let k = 0; k <= end; k++) {
    if (!NUMBER.test(toks[k].text)) {
      if (/^[\d.]+$/.test(toks[k].text)) return undefined;
      continue;
    }
    const w = toks[k];
    const s = toks[k + 1];
    if (k + 1 > end || !s || !NUMBER.test(s.text)) return undefined;
    const before = toks.slice(0, k).filter(isName);
    const total = before.find((t) => TOTAL.test(t.text));
    // (A 三级 name stands in the 三级 name column, past the 二级 pair: `产出时效  5  4  5  4` names the 二级 only.)
    const lowerName = before.filter((t) => t[by] >= h.lower.name[by] - NEAR).pop();
    const upperName = before.filter((t) => t[by] < h.lower.name[by] - NEAR).pop();
    const name = total ?? (near(w, h.lower.weight, by) ? lowerName : upperName);
    const entry = { name, weight: w, score: s, line };
    if (total) {
      if (!near(w, h.lower.weight, by) && !near(w, h.upper.weight, by)) return undefined;
      out.total = entry;
    } else if (near(w, h.upper.weight, by) && near(s, h.upper.score, by) && !out.upper && !out.lower) out.upper = entry;
    else if (near(w, h.lower.weight, by) && near(s, h.lower.score, by) && !out.lower) out.lower = entry;
    else return undefined;
    k++;
  }
  return out;
}

const sumOf = (entries: Entry[]) => entries.reduce((s, e) => s.plus(value(e.weight)), new Decimal(0));

function levelsBy(masked: string, spans: Span[], first: number, furniture: boolean[], h: LevelHeads, by: Measure): LineCellTable | undefined {
  const uppers: Entry[] = [];
  const lowers: Entry[] = [];
  let total: Entry | undefined;
  for (let i = first + 1; i < spans.length && i <= first + MAX_LINES && !total; i++) {
    if (furniture[i]) continue;
    if (/^\s*(注|第[一二三四五六七八九十]+部分)/.test(masked.slice(spans[i].start, spans[i].end))) break;
    const got = lineEntries(masked, spans[i], i, h, by);
    if (!got) return undefined;
    if (got.upper) uppers.push(got.upper);
    if (got.lower) lowers.push(got.lower);
    total = got.total;
  }
  if (!total || uppers.length < 2) return undefined;
  // Every entry named (a row without its name could not be told from a line wrapped off another).
  const used = new Set([...uppers, ...lowers].flatMap((e) => (e.name ? [e.name.start] : [])));
  for (const [entries, head] of [[uppers, h.upper.name], [lowers, h.lower.name]] as const) {
    for (const e of entries) {
      e.name ??= nameNear(masked, spans, e.line, head, by, used, new Set(entries.map((x) => x.line)));
      if (e.name) used.add(e.name.start);
      if (!e.name) return undefined;
    }
  }
  // Each 二级 takes the next run of 三级 rows whose 分值 add up to its own, its line among theirs.
  const groups: Entry[][] = [];
  let at = 0;
  for (const u of uppers) {
    const run: Entry[] = [];
    while (at < lowers.length && sumOf(run).lt(value(u.weight))) run.push(lowers[at++]);
    // (Its line among theirs: from the run's first line to the line before the next run's — a 二级 centred beside a
    // single row stands on that row's wrapped 评分说明.)
    const until = at < lowers.length ? lowers[at].line : total.line;
    if (!run.length || !sumOf(run).eq(value(u.weight)) || u.line < run[0].line || u.line >= until) return undefined;
    groups.push(run);
  }
  if (at !== lowers.length || !sumOf(uppers).eq(value(total.weight))) return undefined;
  const blank = (t: Token) => emptyCell(t.start);
  const named = (e: Entry) => (e.name ? asCell(masked, e.name) : blank(e.weight));
  const rows: RawRow[] = [[asCell(masked, h.upper.name), asCell(masked, h.lower.name), asCell(masked, h.lower.weight), asCell(masked, h.lower.score)]];
  // (A 二级 row over its 三级 rows, as a web table prints them: its name in the first column, theirs in the second.)
  uppers.forEach((u, g) => {
    rows.push([named(u), blank(u.weight), asCell(masked, u.weight), asCell(masked, u.score)]);
    for (const l of groups[g]) rows.push([blank(l.weight), named(l), asCell(masked, l.weight), asCell(masked, l.score)]);
  });
  rows.push([named(total), blank(total.weight), asCell(masked, total.weight), asCell(masked, total.score)]);
  return { rows, end: total.line + 1 };
}

export function layoutLevelsTable(masked: string, spans: Span[], first: number, furniture: boolean[]): LineCellTable | undefined {
  const h = levelHeads(masked, spans, first);
  if (!h) return undefined;
  return levelsBy(masked, spans, first, furniture, h, 'col') ?? levelsBy(masked, spans, first, furniture, h, 'wide');
}
