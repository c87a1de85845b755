// Words that state a comparison must match the figures they compare:
// `预算为3万元，支出决算为1.71万元。决算数大于预算数的主要原因…` (1.71 < 3: 小于), and `较上年减0.04万元，增0.01%`
// (the amount and its rate say opposite directions). Only when the two figures are certain; else silent.
import { inlineBaseWords } from './comparison-inline';
import { lastYearWords } from './comparison-last-year';
import type { Paragraph, Quantity, Span } from '../report/model';
import { t } from '../l10n';
import { intervalOf, overlaps, scale } from './interval';
import { isChangeFrom } from './compared';
import { isActual, isBudget } from './measure-words';
import { previousInSentence, proseFigures } from './prose-index';
import { unitFactor } from './prose-lists';
import { offsetInDocument } from '../report/prose';
import type { Rule, RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

// `决算数小于预算数`, `决算数大于年初预算数`, `决算数与预算数持平`, `与预算持平`. Not `决算数小于预算数(或与预算数持平)` (a template's
// alternatives) nor `决算数大于/小于预算数`.
// `…决算为4.00万元，与预算持平`: 持平 needs no 决算数 before it, the sentence's 决算 figure says what is compared.
// (And `执行数小于预算数`, `决算数未超过预算数` — a helper's 自评 recall probes.)
const VERDICT = /(?:决算|执行)数?(?:未超过|没有超过|不超过|大于|小于|等于|高于|低于|超过|少于|多于)(?:年初|全年|调整后)?预算|(?:决算数?)?与(?:年初|全年|调整后)?预算数?(?:持平|相等|一致)/g;
const WORD = /未超过|没有超过|不超过|大于|小于|等于|高于|低于|超过|少于|多于|持平|相等|一致/;
/** `未超过`: at most. */
const NOT_OVER = /未超过|没有超过|不超过/;
const UP = /大于|高于|超过|多于/;
const DOWN = /小于|低于|少于/;
const OPPOSITE: Record<string, string> = { 大于: '小于', 小于: '大于', 高于: '低于', 低于: '高于', 多于: '少于', 少于: '多于' };

/**
 * The span of the last sentence before sentence `si` that holds an amount, within MAX_BACK sentences: `公务用车运行维护费预算为
 * 6.20万元，支出决算为5.96万元，…。主要用于…。截至2016年12月31日，公务用车保有量为3辆。决算数大于预算数的…` (a helper's
 * 部门决算) — sentences of no amount between do not part a verdict from its figures.
 */
function sentenceWithAmounts(p: Paragraph, si: number): Span | undefined {
  for (let k = si - 1; k >= 0 && si - k <= MAX_BACK; k--) {
    const { start, end } = p.sentences[k].span;
    if (p.quantities.some((q) => q.span.start >= start && q.span.end <= end && !q.incidental && q.kind === 'money')) return { start, end };
  }
  return undefined;
}

const MAX_BACK = 3;

/** The one budget and the one 决算 of a sentence, before any 其中 list: the pair the verdict speaks of. */
function pairOf(p: Paragraph, sentenceStart: number, end: number, text: string): { budget: Quantity; actual: Quantity } | undefined {
  const qs = p.quantities.filter((q) => q.span.start >= sentenceStart && q.span.end <= end && !q.incidental && q.kind === 'money' && !q.inParens);
  const cut = text.slice(sentenceStart, end).search(/其中/);
  const before = cut < 0 ? qs : qs.filter((q) => q.span.start < sentenceStart + cut);
  // (`决算为9.19万元，较预算减少2.72万元，决算数小于预算数…` (a helper's 三公 probes): a change from the budget is no budget.)
  const budgets = before.filter((q) => isBudget(q.label) && !isChangeFrom(q.label));
  const actuals = before.filter((q) => isActual(q.label));
  // (Either first: `决算747.73万元，年初预算638.54万元，决算数小于预算数` — a helper's recall probe.)
  if (budgets.length !== 1 || actuals.length !== 1) return undefined;
  return { budget: budgets[0], actual: actuals[0] };
}

function verdicts(text: string, p: Paragraph, out: RuleOutput): void {
  VERDICT.lastIndex = 0;
  const source = p.text;
  for (let m = VERDICT.exec(source); m; m = VERDICT.exec(source)) {
    const after = source.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (/^数?[（(]?或|^[/、]/.test(after)) continue;
    // `(或与预算数持平)`: the other alternative of the same template.
    if (/(或|[/、])[（(]?$/.test(source.slice(Math.max(0, m.index - 2), m.index))) continue;
    const at = offsetInDocument(p.segments, m.index);
    // The figures: in the verdict's own sentence before it, or else in the last sentence before with an amount.
    const si = p.sentences.findIndex((s) => s.span.start <= at && at <= s.span.end);
    if (si < 0) continue;
    // `…支出决算为582.68万元，其中：项目支出预算为86.00万元，支出决算为92.45万元，决算数大于预算数的主要原因是…` and
    // `公务接待费决算数大于预算数的主要原因是…` (a helper's 决算说明 probes): a verdict after an item of a 其中 list, or
    // naming an item, speaks of that item.
    const before = text.slice(p.sentences[si].span.start, at);
    const listed = before.search(/其中/);
    if (listed >= 0 && p.quantities.some((q) => q.kind === 'money' && q.span.start > p.sentences[si].span.start + listed && q.span.start < at)) continue;
    if (/[\u4e00-\u9fff]{2,}(费|支出|经费|项目)[\s\u3000]*$/.test(source.slice(Math.max(0, m.index - 12), m.index))) continue;
    const prior = sentenceWithAmounts(p, si);
    const pair = pairOf(p, p.sentences[si].span.start, at, text) ?? (prior ? pairOf(p, prior.start, prior.end, text) : undefined);
    if (!pair) {
      const change = changeFromBudget(p, p.sentences[si].span.start, at) ?? (prior ? changeFromBudget(p, prior.start, prior.end) : undefined);
      if (change) byChange(out, p, m, change);
      continue;
    }
    // (`年初预算12.00万元，年中追加18.50万元，支出决算29.86万元，决算数小于预算数…` (a helper's 决算说明 probe): a budget changed
    // in between — 追加, 调减, 上年结转 — is not the one the verdict weighs against.)
    if (/追加|调增|调减|追减|调整|结转|上级补助/.test(text.slice(pair.budget.span.end, pair.actual.span.start))) continue;
    const { budget, actual } = pair;
    const f = unitFactor(actual.unit, budget.unit);
    const b = scale(intervalOf(actual), f);
    const a = intervalOf(budget);
    const word = WORD.exec(m[0])![0];
    const notOver = NOT_OVER.test(word);
    const up = !notOver && UP.test(word);
    const down = DOWN.test(word);
    const holds = notOver ? b.lo.lte(a.hi) : up ? b.hi.gt(a.lo) : down ? b.lo.lt(a.hi) : overlaps(a, b);
    const span = wordSpan(p, m.index + m[0].indexOf(word), word);
    const diff = actual.value.mul(f).sub(budget.value);
    out.check({
      ruleId: 'comparison-word',
      target: span,
      targetLabel: t('决算数与预算数的比较'),
      stated: actual,
      operands: [operandOf(actual), operandOf(budget)],
      formula: `${actual.label} ${actual.raw} − ${budget.label} ${budget.raw}`,
      computed: diff,
      unit: budget.unit,
      holds,
    });
    if (holds) continue;
    const right = notOver ? '超过' : OPPOSITE[word] && !diff.isZero() ? OPPOSITE[word] : diff.isZero() ? '等于' : diff.gt(0) ? '大于' : '小于';
    out.report({
      span,
      message: t('{0} {1} {2} {3} {4}，与文中的“{5}”不符', actual.label, actual.raw + actual.unit, right, budget.label, budget.raw + budget.unit, word),
      related: [
        { span: actual.span, message: `${actual.label} ${actual.raw}${actual.unit}` },
        { span: budget.span, message: `${budget.label} ${budget.raw}${budget.unit}` },
      ],
      ...(OPPOSITE[word] || word === '等于' || notOver ? { fix: { title: t('将“{0}”改为“{1}”', word, right), edits: [wordEdit(p, m.index + m[0].indexOf(word), word, right)] } } : {}),
    });
  }
}

/** `较预算减少2.72万元`, `比年初预算节约`, `比预算超支`: the one change from the budget of a stretch, when it holds no budget. */
const FROM_BUDGET = /^(较|比)(年初|全年|调整后)?预算数?(减少|节约|少支出|少|增加|超支|多支出|多|超出)了?$/;
function changeFromBudget(p: Paragraph, start: number, end: number): Quantity | undefined {
  const qs = p.quantities.filter((q) => q.span.start >= start && q.span.end <= end && !q.incidental && q.kind === 'money' && !q.inParens);
  const changes = qs.filter((q) => FROM_BUDGET.test(q.label));
  return changes.length === 1 && !qs.some((q) => isBudget(q.label) && !isChangeFrom(q.label)) && !changes[0].value.isZero() && !changes[0].value.isNegative() ? changes[0] : undefined;
}

/** `决算为9.19万元，较预算增加2.72万元，决算数小于预算数…`: the verdict's word against the change's direction. */
function byChange(out: RuleOutput, p: Paragraph, m: RegExpExecArray, change: Quantity): void {
  const word = WORD.exec(m[0])![0];
  // (`未超过`: at most — a fall from the budget.)
  const notOver = NOT_OVER.test(word);
  const up = !notOver && UP.test(word);
  const down = notOver || DOWN.test(word);
  if (!up && !down) return;
  const more = /增加|超支|多|超出/.test(FROM_BUDGET.exec(change.label)![3]);
  const span = wordSpan(p, m.index + m[0].indexOf(word), word);
  const holds = more === up;
  out.check({
    ruleId: 'comparison-word',
    target: span,
    targetLabel: t('决算数与预算数的比较'),
    stated: change,
    operands: [operandOf(change)],
    formula: `${change.label} ${change.raw}`,
    computed: more ? change.value : change.value.neg(),
    unit: change.unit,
    holds,
  });
  if (holds) return;
  const right = notOver ? '超过' : (OPPOSITE[word] ?? (up ? '小于' : '大于'));
  out.report({
    span,
    message: t('{0} {1}，决算数应{2}预算数，与文中的“{3}”不符', change.label, change.raw + change.unit, right, word),
    related: [{ span: change.span, message: `${change.label} ${change.raw}${change.unit}` }],
    fix: { title: t('将“{0}”改为“{1}”', word, right), edits: [wordEdit(p, m.index + m[0].indexOf(word), word, right)] },
  });
}

const CHANGE = /(增加|减少|增长|下降|增|减)了?$/;
const RATE = /^(同比)?(增加|减少|增长|下降|增幅|降幅|减幅|提高|降低|上升|增|减)了?(率|幅度|幅)?(为|达|达到)?$/;
const direction = (w: string): 'up' | 'down' => (/减|降|下/.test(w) ? 'down' : 'up');

/** `较上年减0.04万元，增0.01%`: a change and its rate, side by side, in opposite directions. */
function changeAndRate(report: Parameters<Rule['run']>[0], out: RuleOutput): void {
  const all = proseFigures(report);
  for (const located of all) {
    const r = located.q;
    if (r.kind !== 'percent' || r.unit !== '%' || r.incidental || r.inParens) continue;
    const rm = RATE.exec(r.label);
    // The rate's own words only (`，增0.01%`), not a label that runs on from the clause before.
    if (!rm) continue;
    const aAt = previousInSentence(report, located.index, (q) => CHANGE.test(q.label) && q.kind === 'money');
    if (!aAt || all[aAt.index + 1] !== located) continue;
    // `分别比上年增加36.70万元、减少5.42万元，增长5.20%、下降4.22%`: two lists paired by position.
    const changes = listRun(report, all, aAt.index, -1);
    const rates = listRun(report, all, located.index, 1);
    if (changes.length > 1 || rates.length > 1) {
      if (changes.length !== rates.length) continue;
      changes.forEach((c, k) => checkPair(out, c.q, rates[k].q));
      continue;
    }
    checkPair(out, aAt.q, r);
  }
}

/** The figures joined to the one at `i` by 、 (going back, dir −1, or on, +1), with it, in document order. */
function listRun(report: Parameters<Rule['run']>[0], all: ReturnType<typeof proseFigures>, i: number, dir: 1 | -1) {
  const run = [all[i]];
  for (let j = i + dir; j >= 0 && j < all.length && all[j].sentence === all[i].sentence && all[j].q.kind === all[i].q.kind; j += dir) {
    const [a, b] = dir < 0 ? [all[j], run[0]] : [run[run.length - 1], all[j]];
    // (`分别增加68.38万元和减少9.75万元，增幅分别为4.68%和-5.07%`: 和 joins a pair as 、 does — a helper's 预算 probe.)
    if (!/^(万元|亿元|元|%)?(、|和|及|与)[^，,；;。]{0,4}$/.test(report.text.slice(a.q.span.end, b.q.span.start))) break;
    if (dir < 0) run.unshift(all[j]);
    else run.push(all[j]);
  }
  return run;
}

/** A change and its rate: their words must go the same way. */
function checkPair(out: RuleOutput, a: Quantity, r: Quantity): void {
  // (A rate after the first of its list has no word of its own before it in its label's start: `、下降4.22%`.)
  const rm = RATE.exec(r.label);
  const rWord = rm ? rm[2] : LAST_WORD.exec(r.label)?.[1];
  const aWord = CHANGE.exec(a.label)?.[1];
  if (!rWord || !aWord || a.inParens || /增减|升降/.test(a.label)) return;
  // Signs or zeros leave the direction open.
  if (a.value.isNegative() || r.value.isNegative() || a.value.isZero() || r.value.isZero()) return;
  const holds = direction(aWord) === direction(rWord);
  out.check({
    ruleId: 'comparison-word',
    target: r.span,
    targetLabel: t('增减方向'),
    stated: r,
    operands: [operandOf(a)],
    formula: `${aWord} ${a.raw}${a.unit}，${rWord} ${r.raw}%`,
    computed: direction(aWord) === 'down' ? a.value.neg() : a.value,
    unit: '',
    holds,
  });
  if (holds) return;
  out.report({
    span: r.span,
    message: t('“{0}{1}%”与前面的“{2}{3}{4}”方向相反：增减必有一处写错', rWord, r.raw, aWord, a.raw, a.unit),
    related: [{ span: a.span, message: `${a.label} ${a.raw}${a.unit}` }],
  });
}
const LAST_WORD = /(增加|减少|增长|下降|提高|降低|上升|增|减)[^增减降升提]*$/;

export const comparisonWord: Rule = {
  id: 'comparison-word',
  severity: 'error',
  description: '表示比较的词（大于/小于/等于、增/减）应与所比两数的大小相符',
  example: '“三公”经费支出预算为3万元，支出决算为1.71万元。决算数大于预算数的主要原因是公务接待减少。',
  run(report, out) {
    for (const p of report.paragraphs) verdicts(report.text, p, out);
    changeAndRate(report, out);
    // `…15.26万元，较上年17.6万元有所增加` (comparison-inline.ts).
    inlineBaseWords(report, out);
    // `…28.05万元，上年为32.50万元，增加4.45万元` (comparison-last-year.ts).
    lastYearWords(report, out);
  },
};

/**
 * Where the word at `index` of the paragraph's text stands in the document: to the end of its last character, a line
 * break inside it included (`决算数大` / `于年初预算数`, PDF text).
 */
function wordSpan(p: Paragraph, index: number, word: string): Span {
  return { start: offsetInDocument(p.segments, index), end: offsetInDocument(p.segments, index + word.length - 1) + 1 };
}

/** The fix replaces only the characters that differ (`大` of `大于` for `小`): a line break inside the word stays. */
function wordEdit(p: Paragraph, index: number, word: string, right: string): { span: Span; newText: string } {
  let head = 0;
  while (head < word.length && head < right.length && word[head] === right[head]) head++;
  let tail = 0;
  while (tail < word.length - head && tail < right.length - head && word[word.length - 1 - tail] === right[right.length - 1 - tail]) tail++;
  const from = index + head;
  const to = index + word.length - tail;
  const start = offsetInDocument(p.segments, from);
  const end = to > from ? offsetInDocument(p.segments, to - 1) + 1 : start;
  return { span: { start, end }, newText: right.slice(head, right.length - tail) };
}
