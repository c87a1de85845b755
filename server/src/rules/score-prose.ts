// `自评得分为93.5分，其中：决策指标得分18分，过程指标得分19.5分，产出指标得分37分，效益指标得分21分`: a 自评 report's total
// score stated in prose with the scores of its 一级指标, which share the total out (决策 + 过程 + 产出 + 效益, or the older
// 投入 + 过程 + 产出 + 效果). Read in one sentence: the total, then three or more 一级指标 scores (or those, then 合计/总分);
// each part names a different 一级指标, and none is a weight (分值, 满分). Parts over the total are a slip; parts short of
// it only when all four 一级指标 are there (three may leave one out).
import Decimal from 'decimal.js';
import type { Paragraph, Quantity, Report, Sentence } from '../report/model';
import { t } from '../l10n';
import { wordsBetween } from '../report/prose';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf, partsValue } from './sum-of-parts';
import { intervalOf, overlaps, sum } from './interval';

// (A 项目支出绩效自评表's: 预算执行率, 产出, 效益, 满意度.)
export const LEVEL_ONE = /决策|投入|过程|管理|产出|效益|效果|预算执行(?:率|情况)?|满意度/;
const DEPARTMENT = /决策|投入|过程|管理/;
const PROJECT = /预算执行|满意度/;
const TOTAL = /(总分|总得分|综合得分|自评得分|评价得分|得分)(为|是|达到?)?$/;
const TOTAL_AFTER = /(合计|总计|共计)(得分)?(为|是)?$|(^|自评|综合)(总分|总得分)(为|是)?$/;
export const WEIGHT = /分值|满分|权重/;
const ALL_LEVELS = 4;

const isScore = (q: Quantity) => q.kind === 'score' && !q.incidental;
const levelOf = (q: Quantity) => LEVEL_ONE.exec(q.label)?.[0];
/** `（决策9分、…`: a part's name without the bracket that opens the list. */
const nameOf = (q: Quantity) => q.label.replace(/^[（(]/, '');

/**
 * A bare 得分 that is one item's own, not the total of the scores after it (helpers' 自评结论 probes):
 * `预算执行率100%，得分10分；产出指标得分50分；…` (right after the item's rate), `预算执行率指标：得分8.65分；…`, and
 * `资金执行得分10分，产出指标得分50分，…` (an item named before 得分 that is none of the total's names).
 */
function ownScore(p: Paragraph, sentence: Sentence, total: Quantity): boolean {
  const named = total.label.replace(/[\s\u3000]/g, '').replace(/(得分)(为|是|达到?)?$/, '');
  if (!/得分(为|是|达到?)?$/.test(total.label) || /总分|总得分|综合得分|自评得分|评价得分/.test(total.label)) return false;
  if (named && !/^(其中|本项目|该项目|项目|本部门|部门|最终|整体|绩效|共|合计|最后)?(自评|评价)?$/.test(named)) return true;
  // (`预算执行率指标：得分8.65分`: the item named before a colon the label starts after.)
  const head = wordsBetween(p, sentence.span.start, total.span.start).replace(/[\s\u3000]/g, '');
  if (/(指标|执行率|执行|率)[：:]得分(为|是|达到?)?$/.test(head)) return true;
  const k = p.quantities.indexOf(total);
  const before = k > 0 ? p.quantities[k - 1] : undefined;
  return !!before && before.span.start >= sentence.span.start && before.kind === 'percent' && /率/.test(before.label);
}

export function proseScoreSums(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    // (Both readings below take scores only: a paragraph with none — its sentences' figures are its figures — has none.)
    if (!p.quantities.some(isScore)) continue;
    p.sentences.forEach((sentence, si) => {
      // `自评得分94.99分。其中：预算执行率得分9.49分，产出指标得分47分，…` (a helper's slip probe): the total the sentence
      // before ends on.
      if (si > 0 && /^[\s\u3000]*其中/.test(sentence.clauses[0]?.text ?? '')) {
        const before = p.sentences[si - 1].clauses.flatMap((c) => c.quantities).filter(isScore);
        const total = before[before.length - 1];
        const parts = levelScores(sentence.clauses.flatMap((c) => c.quantities).filter(isScore), 0, 1);
        if (total && parts && TOTAL.test(total.label) && !levelOf(total) && !WEIGHT.test(total.label)) check(out, total, parts);
      }
    });
    for (const sentence of p.sentences) {
      const scores = sentence.clauses.flatMap((c) => c.quantities).filter(isScore);
      if (scores.length < 4) continue;
      // The total first: its parts are the 一级指标 scores right after it.
      for (let i = 0; i < scores.length; i++) {
        const total = scores[i];
        if (!TOTAL.test(total.label) || levelOf(total) || WEIGHT.test(total.label)) continue;
        // `预算执行率指标（分值10分）得分10分，产出指标得分47分，…`: a bare 得分 right after a 分值 is that indicator's.
        if (i > 0 && WEIGHT.test(scores[i - 1].label) && /^得分/.test(total.label)) continue;
        if (ownScore(p, sentence, total)) continue;
        const parts = levelScores(scores, i + 1, 1);
        if (parts) check(out, total, parts);
      }
      // The parts first, then 合计/总分.
      for (let i = 3; i < scores.length; i++) {
        const total = scores[i];
        if (!TOTAL_AFTER.test(total.label) || levelOf(total)) continue;
        const parts = levelScores(scores, i - 1, -1);
        if (parts) check(out, total, parts.reverse());
      }
    }
  }
}

/**
 * `预算执行率指标分值10分，得分9.66分；产出指标分值50分，得分47分；…。综上，项目自评总分94.36分` (a helper's 自评 slip probe):
 * each 一级指标 named with its 分值, its 得分 bare right after; the 总分 after them in the paragraph is their sum.
 */
export function proseScorePairs(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    const qs = p.quantities.filter(isScore);
    if (qs.length < 7) continue;
    const parts: Quantity[] = [];
    const seen = new Set<string>();
    for (let i = 1; i < qs.length; i++) {
      const [weight, score] = [qs[i - 1], qs[i]];
      const level = levelOf(weight);
      if (level && WEIGHT.test(weight.label) && /^[\s\u3000]*(得分|得)(为|是)?$/.test(score.label)) {
        if (seen.has(level)) break;
        seen.add(level);
        parts.push({ ...score, label: weight.label.replace(/[（(]?(分值|满分|权重).*$/, '') + t('得分') });
        continue;
      }
      if (parts.length >= 3 && /(总分|总得分|综合得分)(为|是|达到?)?$/.test(score.label) && !levelOf(score) && !WEIGHT.test(score.label)) {
        check(out, score, parts);
        break;
      }
    }
  }
}

/** `产出指标得分48分` / `预算执行率得分9.65分`: one 一级指标's score, named by the level right before 得分. */
const LEVEL_SCORE = /^[\s\u3000]*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(决策|投入|过程|管理|产出|效益|效果|预算执行(?:率|情况)?|满意度)(?:指标)?(?:实际)?(?:得分|共得)(?:为|是)?$/;
const SPREAD_TOTAL = /(总分|总得分|综合得分|自评得分|评价得分)(为|是|达到?)?$/;

/**
 * `（一）产出指标（分值50分）` / `产出指标得分48分。` / `（二）效益指标…` / … / `综上，…自评得分为96.65分`: the 一级指标 scores
 * each in its own paragraph under its own heading (a helper's recall probe), then the 总分 after them. Read only when
 * all four levels of one scheme are there, each once, in two paragraphs or more (a paragraph's own are read above).
 */
export function proseScoresSpread(report: Report, out: RuleOutput): void {
  const parts = new Map<string, Quantity>();
  const paragraphs = new Set<unknown>();
  let twice = false;
  for (const p of report.paragraphs) {
    for (const q of p.quantities) {
      if (!isScore(q)) continue;
      const level = LEVEL_SCORE.exec(q.label)?.[1];
      if (level) {
        if (parts.has(level)) twice = true;
        parts.set(level, q);
        paragraphs.add(p);
        continue;
      }
      if (!SPREAD_TOTAL.test(q.label) || levelOf(q) || WEIGHT.test(q.label) || twice || paragraphs.size < 2) continue;
      const levels = [...parts.keys()];
      if (levels.length === ALL_LEVELS && !(levels.some((l) => DEPARTMENT.test(l)) && levels.some((l) => PROJECT.test(l)))) check(out, q, [...parts.values()]);
      return;
    }
  }
}

/** The run of 一级指标 scores from `from` on (step 1) or back (step -1), each of another level; at least three. */
function levelScores(scores: Quantity[], from: number, step: 1 | -1): Quantity[] | undefined {
  const parts: Quantity[] = [];
  const seen = new Set<string>();
  for (let j = from; j >= 0 && j < scores.length; j += step) {
    // `预算执行情况得分18分（满分20分），产出指标得分39分（满分40分）…` (a helper's 自评报告): each part's 满分 in brackets.
    if (scores[j].inParens && WEIGHT.test(scores[j].label) && parts.length) continue;
    const level = levelOf(scores[j]);
    // (A part in brackets after parts outside them is an aside — `效益25分（其中满意度10分）` — unless all are in them.)
    const aside = scores[j].inParens && parts.length > 0 && !parts[0].inParens;
    if (!level || seen.has(level) || WEIGHT.test(scores[j].label) || aside || /^[\s\u3000]*其中/.test(scores[j].label)) break;
    // One scheme of levels: 决策/过程/产出/效益 (a 部门整体 自评), or 预算执行率/产出/效益/满意度 (a 项目 自评表) — not
    // 满意度, a part of 效益, after 决策 and 过程.
    if ([...seen, level].some((l) => DEPARTMENT.test(l)) && [...seen, level].some((l) => PROJECT.test(l))) break;
    seen.add(level);
    parts.push(scores[j]);
  }
  return parts.length >= 3 ? parts : undefined;
}

function check(out: RuleOutput, total: Quantity, parts: Quantity[]): void {
  // Scores are given, not measured: exact as printed (as a 自评表's 总分 row is read).
  const got = sum(parts.map((q) => intervalOf(q, 1, true)));
  // (A total printed with fewer places than its parts is rounded — `项目自评总分95分` over 9.71 + 48 + 28 + 9.5 = 95.21, a
  // helper's 工程 probe: [94.5, 95.5] as domain.md reads a score.)
  const rounded = total.decimals < Math.max(...parts.map((q) => q.decimals));
  const stated = intervalOf(total, 1, !rounded);
  // Short of the total with a level missing: the level left out may hold the rest.
  if (parts.length < ALL_LEVELS && !overlaps(got, stated) && got.hi.lt(stated.lo)) return;
  relation(out, {
    ruleId: 'score',
    stated: total,
    label: total.label || t('总分'),
    operands: parts.map((q) => operandOf(q, nameOf(q))),
    formula: parts.map((q) => `${nameOf(q)} ${q.raw}`).join(' + '),
    computed: partsValue(parts, total.unit),
    expected: got,
    decimals: Math.max(total.decimals, ...parts.map((q) => q.decimals)),
    unit: '分',
    statedInterval: stated,
  });
}

// (`按执行率计算得分11.39分` — a helper's recall probe.)
const SCORE_WORD = /^(该指标)?(实际)?(按[^，,；;。\d]{1,8}计算)?(得分?|得分为|自评得分)(为)?$/;
// (`该项目全年执行率为87.6%` after the 预算执行率 indicator's 分值.)
const EXECUTION_RATE = /(预算|资金|全年)执行率(为|是|达到?)?$/;
const WEIGHT_WORD = /(分值|满分)(为|是)?$/;
/** A scoring rule of the report's own that is no plain 执行率 × 分值: thresholds, deductions, full marks. */
const OWN_SCORING = /以上|以下|低于|高于|不足|扣\d|扣分|每.{0,8}扣|不得分|得满分|按比例/;

/**
 * `预算执行率（10分）：全年预算数…，全年执行数…，预算执行率96.56%，得分9.9分` (and `…执行率87.6%，该指标分值10分，得分9.5分`):
 * the 预算执行率 indicator's score in prose is 执行率 × 分值, capped at 分值 — the 自评表's own rule (score.ts reads it in
 * tables). Read in one paragraph: a 得分 after a 预算执行率 and a 分值 (or the 分值 in brackets after the indicator's
 * name), none of them another's; not where the paragraph states a scoring rule of its own (thresholds, deductions).
 */
export function proseRateScores(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    if (OWN_SCORING.test(p.text)) continue;
    let rate: Quantity | undefined;
    let weight: Quantity | undefined;
    // (`预算执行率：执行率98.37%，分值10分，得分9.87分`, `预算执行率指标分值20分，执行率96.54%，…` (a helper's 自评 probes): a
    // bare 执行率 in a paragraph that names the 预算执行率 indicator is its rate.)
    const named = /(预算|资金)执行率/.test(p.text);
    const qs = p.quantities.filter((q) => !q.incidental);
    qs.forEach((q, k) => {
      if (q.kind === 'percent' && (EXECUTION_RATE.test(q.label) || (named && /^执行率(为|是|达到?)?$/.test(q.label)))) rate = q;
      else if (q.kind === 'score' && (WEIGHT_WORD.test(q.label) || (q.inParens && /执行率$/.test(q.label)))) weight = q;
      else if (q.kind === 'score' && SCORE_WORD.test(q.label)) {
        // (`预算执行率95%，得分9.8分（分值10分）`: the 分值 in brackets right after the score.)
        const after = qs[k + 1];
        if (rate && !weight && after?.kind === 'score' && after.inParens && WEIGHT_WORD.test(after.label)) weight = after;
        if (rate && weight && !weight.value.isZero()) checkRateScore(out, q, rate, weight);
        rate = weight = undefined;
      } else if (q.kind === 'percent' || q.kind === 'score') rate = weight = undefined;
    });
  }
}

function checkRateScore(out: RuleOutput, score: Quantity, rate: Quantity, weight: Quantity): void {
  const cap = weight.value;
  const raw = intervalOf(rate);
  const expected = { lo: Decimal.min(raw.lo.mul(cap).div(100), cap), hi: Decimal.min(raw.hi.mul(cap).div(100), cap) };
  relation(out, {
    ruleId: 'score',
    stated: score,
    label: t('预算执行率得分'),
    operands: [operandOf(rate, t('执行率')), operandOf(weight, t('分值'))],
    formula: t('min(执行率 {0}% × 分值 {1}, {1})', rate.value.toString(), weight.value.toString()),
    computed: Decimal.min(rate.value.mul(cap).div(100), cap),
    expected,
    decimals: Math.max(2, score.decimals),
    unit: '分',
  });
}

/**
 * `过程指标分值20分，得分22分`: a score stated right after its 分值 in prose may not exceed it (a 自评表 row's rule).
 */
export function proseScoresOverWeight(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    const qs = p.quantities.filter((q) => !q.incidental);
    for (let i = 1; i < qs.length; i++) {
      let [weight, score] = [qs[i - 1], qs[i]];
      // (`效益指标得分31.5分（分值30分）` — a helper's recall probe: the 分值 in brackets right after the score. Not a 分值 in
      // brackets before the score — `效果指标（满分30分）得分28分；投入指标（满分20分）…` pairs 28 with its own 30.)
      const bracketedAfter = score.inParens && WEIGHT_WORD.test(score.label) && weight.kind === 'score' && !weight.inParens && LEVEL_OR_BARE_SCORE.test(weight.label) && /^分?\s*[（(]\s*$/.test(report.text.slice(weight.span.end, score.span.start).replace(/(分值|满分)(为|是)?$/, ''));
      if (bracketedAfter) [weight, score] = [score, weight];
      // (A 分值 in brackets is its own score's, before or after it: not the next item's — `过程指标得分17分（满分20分），产出指标
      // 得分27分（满分30分）`, a helper's 自评 probe.)
      if (weight.inParens && !bracketedAfter && !/^[^，,；;。]*$/.test(report.text.slice(weight.span.end, score.span.start))) continue;
      if (weight.kind !== 'score' || score.kind !== 'score' || !WEIGHT_WORD.test(weight.label) || !(SCORE_WORD.test(score.label) || bracketedAfter)) continue;
      if (!score.value.gt(weight.value)) continue;
      // `产出指标、效益指标分值分别为50分、30分，得分分别为48分、28分` (a helper's 自评表 probe): two lists paired by position;
      // the last 分值 is not the first 得分's.
      if (/分别|各/.test(report.text.slice(weight.span.end, score.span.start)) || inList(report.text, weight.span.start, -1) || inList(report.text, score.span.end, 1)) continue;
      out.report({
        span: score.span,
        severity: 'error',
        message: t('{0} {1} 超过了分值 {2}', t('得分'), score.raw, weight.raw),
        related: [{ span: weight.span, message: `${weight.label} ${weight.raw}` }],
      });
    }
  }
}

/** `效益指标得分`, `得分`: a score named by its indicator, or bare. */
const LEVEL_OR_BARE_SCORE = /^[\s\u3000]*([^，,；;。\d]{0,12}(指标)?)?(实际)?(得分|得)(为|是)?$/;

/** Whether the figure ending (dir 1) or starting (dir −1) at `at` is joined to another by 、 or 和 (`50分、30分`). */
function inList(text: string, at: number, dir: 1 | -1): boolean {
  return dir > 0 ? /^分?[、和及]\s*\d/.test(text.slice(at, at + 4)) : /\d\s*分?[、和及]$/.test(text.slice(Math.max(0, at - 4), at));
}
