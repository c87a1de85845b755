// Where a template still waits for a figure: a placeholder typed for it (`××万元`, `XX%`, `（填写）`), or a blank slot
// where the figure was never filled in (`占基本支出预算%`, `比上年减少 万元`, issue #10). The placeholder rule lists
// them in one hint; analyze() reports none of the relations a hole leaves incomplete in its sentence.
import type { Report, Span } from './model';

/** `××`, `XX`, `xxx` (two or more), and the 填写 prompts templates use. */
const TYPED = /[Xx×]{2,}|[（(]\s*(填写|待填|金额)\s*[）)]/g;
/** A unit right after the word that should have put a figure before it: the span is the unit. */
// (Not `金额单位为万元`: a unit named, no slot — a helper's 乡镇 部门决算.)
const BLANK = /(?:占[^，,。；;\d０-９%％（）()]{1,15}?|增加|减少|增长|下降|增幅|降幅|减幅|(?<!单位)为)[ \t　]*(万元|亿元|%|％)/g;

/**
 * A place waiting for a figure, and the rules whose relations it leaves incomplete: a blank share (`占基本支出预算%`)
 * leaves the sentence's shares unknown, not its growth rates; a typed placeholder or a blank `为万元` may stand for
 * any figure (`rules` undefined: all of them).
 */
export interface Hole extends Span {
  rules?: ReadonlySet<string>;
}

/** A table cell's edges: a pipe or a TAB (or the line's end), spaces aside. */
const CELL_START = /(^|[|｜\t\n])[^|｜\t\n]{0,12}$/;
const CELL_END = /^[ 　]*([|｜\t\n]|$)/;

const NO_RULES: ReadonlySet<string> = new Set();
const SHARE_RULES = new Set(['share', 'share-total']);
const CHANGE_RULES = new Set(['difference', 'growth', 'growth-lists', 'comparison-word', 'sum-of-parts', 'identity']);
const RATE_RULES = new Set(['growth', 'growth-lists', 'comparison-word']);

function rulesOf(word: string): ReadonlySet<string> | undefined {
  if (word.startsWith('占')) return SHARE_RULES;
  if (/^(增加|减少)$/.test(word)) return CHANGE_RULES;
  if (/^(增长|下降|增幅|降幅|减幅)$/.test(word)) return RATE_RULES;
  return undefined;
}

export function placeholderSpans(text: string): Hole[] {
  const spans: Hole[] = [];
  for (const m of text.matchAll(TYPED)) {
    // `20xx年`: a year left to fill in is no figure of any relation.
    const year = /\d\d$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && text[m.index + m[0].length] === '年';
    spans.push({ start: m.index, end: m.index + m[0].length, ...(year ? { rules: NO_RULES } : {}) });
  }
  for (const m of text.matchAll(BLANK)) {
    const end = m.index + m[0].length;
    // (`| 项目 | 执行数 | 增长% |` — a helper's probe: a table's header cell names a column, it waits for nothing.)
    if (CELL_START.test(text.slice(Math.max(0, m.index - 20), m.index)) && CELL_END.test(text.slice(end, end + 3))) continue;
    const word = m[0].slice(0, m[0].length - m[1].length).trim();
    spans.push({ start: end - m[1].length, end, rules: rulesOf(word) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const found = new WeakMap<Report, Hole[]>();

/** placeholderSpans of the report's text, found once per report (the rule and analyze() both ask). */
export function placeholdersOf(report: Report): Hole[] {
  let spans = found.get(report);
  if (!spans) found.set(report, (spans = placeholderSpans(report.text)));
  return spans;
}
