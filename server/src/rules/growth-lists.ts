// Growth read from lists paired by position (js-dayi-a133619-2022): `收、支总计各是4125.49,4143.91万元。与2021年相比,
// 收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%`. The k-th rate goes with the k-th change and the k-th
// current figure. Read only when the three runs have as many figures as the list has names; else silent.
import type Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { changeRate, thisYearNote } from './change-rate';
import { proseFigures, type Located } from './prose-index';
import { unitFactor } from './prose-lists';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

/** A figure that only goes on a run: `、38.28%`, `,4143.91万元`. */
const SEPARATOR = /^[\s、,，和及与]*$/;
const CURRENT_HEAD = /(各|分别)(是|为)?$/;
const CHANGE_HEAD = /(各|分别)(增加|减少)了?$/;
// The rates' own words only: their subject is the changes'.
const RATE_HEAD = /^(各|分别)?(同比)?(增长|下降|增幅|降幅|提高|降低|上升|减少)了?(率|幅度)?(为|达)?$/;
const COMPARED = /^(与|较|比|同)(上年|去年|上年度|\d{4}年度?)(相比|比较)?[,，]?/;

interface Run {
  figures: Located[];
  /** The unit the run's last figure prints, given to the figures that print none (`4125.49,4143.91万元`). */
  unit: string;
}

/** The run starting at all[i]: it and the figures after it in its sentence whose labels are separators only. */
function runAt(all: Located[], i: number): Run {
  const figures = [all[i]];
  for (let j = i + 1; j < all.length && all[j].sentence === all[i].sentence && !all[j].q.incidental && SEPARATOR.test(all[j].q.label); j++) {
    figures.push(all[j]);
  }
  const unit = [...figures].reverse().find((l) => l.q.unit)?.q.unit ?? '';
  return { figures, unit };
}

const unitOf = (q: Quantity, run: Run) => q.unit || run.unit;
const amounts = (run: Run) => run.figures.every((l) => !l.q.inParens && (l.q.kind === 'money' || (l.q.kind === 'plain' && !l.q.unit))) && /元$/.test(run.unit);

/** The names a list's subject gives (`收、支总计` → 2), or 0 when it names none. */
function namesIn(subject: string): number {
  return subject ? namesOf(subject).filter((s) => s).length : 0;
}

/** `收、支总计` → 收总计, 支总计: names of one character share the last name's ending. */
function namesOf(subject: string): string[] {
  const names = subject.split(/[、和及与]/).map((s) => s.trim());
  const last = names[names.length - 1];
  if (last.length > 1 && names.slice(0, -1).every((n) => n.length === 1)) return names.map((n, k) => (k === names.length - 1 ? n : n + last.slice(1)));
  return names;
}

/** The figure before `run` that is not a date: where the run before it must end. */
function previousFigure(all: Located[], run: Run): Located | undefined {
  for (let i = run.figures[0].index - 1; i >= 0; i--) if (!all[i].q.incidental) return all[i];
  return undefined;
}

interface Currents {
  run: Run;
  names: string[];
}

/**
 * The current figures as one run after their subject: `收、支总计各是4125.49,4143.91万元` before the changes, in their
 * sentence or the one before.
 */
function subjectCurrents(all: Located[], changes: Run, changeHead: Located, head: Located): Currents | undefined {
  const lastCurrent = previousFigure(all, changes);
  if (!lastCurrent || lastCurrent.paragraph !== head.paragraph) return undefined;
  const currentHead = all[lastCurrent.index - changes.figures.length + 1];
  if (!currentHead || currentHead.sentence !== lastCurrent.sentence || !CURRENT_HEAD.test(currentHead.q.label)) return undefined;
  const run = runAt(all, currentHead.index);
  if (run.figures.length !== changes.figures.length || run.figures[run.figures.length - 1] !== lastCurrent || !amounts(run)) return undefined;
  const sentences = head.paragraph.sentences;
  if (sentences.indexOf(head.sentence) - sentences.indexOf(currentHead.sentence) > 1) return undefined;
  // One list of names: the changes' subject, if they name one, is the current figures'.
  const subject = currentHead.q.label.replace(CURRENT_HEAD, '').replace(/^\d{4}年度?/, '');
  const changeSubject = changeHead.q.label.replace(CHANGE_HEAD, '').replace(COMPARED, '');
  if (changeSubject && changeSubject !== subject) return undefined;
  if (namesIn(subject) !== changes.figures.length) return undefined;
  return { run, names: namesOf(subject) };
}

// A name and nothing else: no verb, comparison or date in it.
const NAME = /^[\u4e00-\u9fa5（）()“”"]{2,16}$/;
const NOT_A_NAME = /增|减|降|比|较|与|同|为|是|占|年|其中|包括|分别|各/;

/**
 * The current figures named one by one in the changes' sentence (sg-fujian-czt-2016): `包括公务用车购置费0.14亿元和公务用车
 * 运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，下降133.1%和43.7%`. As many amounts as changes, just
 * before them, each with a name of its own, the first opened by 包括/其中 or none.
 */
function namedCurrents(all: Located[], changes: Run): Currents | undefined {
  const n = changes.figures.length;
  const figures = figuresBefore(all, changes.figures[0].index, n);
  if (!figures || figures.some((l) => l.sentence !== changes.figures[0].sentence)) return undefined;
  const names = figures.map((l, k) => (k === 0 ? l.q.label.replace(/^(包括|其中)[：:，,]?/, '') : l.q.label));
  if (names.some((name) => !NAME.test(name) || NOT_A_NAME.test(name)) || new Set(names).size !== n) return undefined;
  const run: Run = { figures, unit: figures[n - 1].q.unit };
  if (!figures.every((l) => l.q.unit === run.unit) || !amounts(run)) return undefined;
  return { run, names };
}

/**
 * Checks the growth rates of each `各/分别` list of rates and returns them (the single-figure reading of the growth
 * rule leaves them alone): the rates of a list read here, whether paired or not.
 */
export function pairedGrowth(report: Report, out: RuleOutput): Set<Quantity> {
  const done = new Set<Quantity>();
  const all = proseFigures(report);
  for (let i = 0; i < all.length; i++) {
    const head = all[i];
    if (head.q.kind !== 'percent' || head.q.incidental || head.q.inParens) continue;
    const rm = RATE_HEAD.exec(head.q.label);
    if (!rm) {
      namedOneByOne(report, all, i, out, done);
      continue;
    }
    const rates = runAt(all, i);
    if (rates.figures.length < 2 || rates.figures.some((l) => l.q.kind !== 'percent' || l.q.unit !== '%')) continue;
    // The changes: the run just before the rates, in the same sentence, opened by 各/分别 and the change's word.
    const lastChange = previousFigure(all, rates);
    if (!lastChange || lastChange.sentence !== head.sentence) continue;
    const changeHead = all[lastChange.index - rates.figures.length + 1];
    if (!changeHead || changeHead.sentence !== head.sentence) continue;
    const cm = CHANGE_HEAD.exec(changeHead.q.label);
    if (!cm) continue;
    for (const r of rates.figures) done.add(r.q);
    const changes = runAt(all, changeHead.index);
    if (changes.figures.length !== rates.figures.length || changes.figures[changes.figures.length - 1] !== lastChange || !amounts(changes)) continue;
    const currents = subjectCurrents(all, changes, changeHead, head) ?? namedCurrents(all, changes);
    if (!currents) continue;
    const names = currents.names;
    const down = cm[2] === '减少';
    if (/减|降|下/.test(rm[3]) !== down) continue;
    rates.figures.forEach((r, k) => {
      const a = changes.figures[k].q;
      const c = currents.run.figures[k].q;
      pairedRate(out, r.q, a, c, unitFactor(unitOf(a, changes), unitOf(c, currents.run)), `${names[k]}${cm[2]}`, names[k], down);
    });
  }
  return done;
}

/** `…分别下降`, `…各增长` right before the first rate, in the text itself (the rates' labels may be the list's names). */
const RATE_WORDS = /(分别|各)(增长|下降|增加|减少)了?$/;
const NAMED_CHANGE = /^(.{1,12}?)(增加|减少)了?$/;

/**
 * `2020年度收入476.17、支总计460.06万元。与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降18%、21.6%`
 * (xz-dazhou-gexixuexiao-2020): changes named one by one, each after the current figure of its name in the sentence
 * before or its own. Read only when the names correspond in order (same first and last character) and the words
 * agree; else silent.
 */
function namedOneByOne(report: Report, all: Located[], i: number, out: RuleOutput, done: Set<Quantity>): void {
  const head = all[i];
  const word = RATE_WORDS.exec(report.text.slice(Math.max(0, head.q.span.start - 8), head.q.span.start).replace(/\s/g, ''));
  if (!word) return;
  const rates = runAtAny(report, all, i);
  const n = rates.length;
  if (n < 2 || rates.some((l) => l.q.kind !== 'percent' || l.q.unit !== '%')) return;
  const changes = figuresBefore(all, i, n);
  if (!changes || changes.some((l) => l.sentence !== head.sentence)) return;
  const named = changes.map((l) => NAMED_CHANGE.exec(l.q.label.replace(COMPARED, '')));
  if (named.some((m) => !m || m[2] !== named[0]![2])) return;
  const currents = figuresBefore(all, changes[0].index, n);
  if (!currents || currents.some((l) => l.paragraph !== head.paragraph)) return;
  const sentences = head.paragraph.sentences;
  if (sentences.indexOf(head.sentence) - sentences.indexOf(currents[0].sentence) > 1) return;
  const names = named.map((m) => m![1]);
  const alike = (a: string, b: string) => a.length > 0 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
  if (currents.some((l, k) => !alike(l.q.label.replace(/^\d{4}年度?/, ''), names[k]))) return;
  const down = named[0]![2] === '减少';
  if (/减|降|下/.test(word[2]) !== down) return;
  const changeUnit = [...changes].reverse().find((l) => l.q.unit)?.q.unit ?? '';
  const currentUnit = [...currents].reverse().find((l) => l.q.unit)?.q.unit ?? '';
  if (!/元$/.test(changeUnit) || !/元$/.test(currentUnit)) return;
  const plainOr = (l: Located) => !l.q.inParens && (l.q.kind === 'money' || (l.q.kind === 'plain' && !l.q.unit));
  if (!changes.every(plainOr) || !currents.every(plainOr)) return;
  rates.forEach((r, k) => {
    done.add(r.q);
    const a = changes[k].q;
    const c = currents[k].q;
    pairedRate(out, r.q, a, c, unitFactor(a.unit || changeUnit, c.unit || currentUnit), `${names[k]}${named[0]![2]}`, names[k], down, c.label);
  });
}

/**
 * One rate of a list against its change `a` and current figure `c` (named `name`; shown as `shown` in the formula,
 * the current figure's own label when it differs from the name).
 */
function pairedRate(out: RuleOutput, r: Quantity, a: Quantity, c: Quantity, factor: Decimal, changeName: string, name: string, down: boolean, shown = name): void {
  const rate = changeRate(a, c, factor, down ? 'after-decrease' : 'after-increase');
  if (!rate) return;
  relation(out, {
    ruleId: 'growth',
    note: thisYearNote(r, a, c, factor),
    stated: r,
    label: t('{0}幅度', down ? t('下降') : t('增长')),
    operands: [operandOf(a, changeName), operandOf(c, name)],
    formula: `${changeName} ${a.raw} ÷ (${shown} ${c.raw} ${down ? '+' : '−'} ${a.raw})`,
    computed: rate.computed,
    expected: rate.expected,
    decimals: Math.max(2, r.decimals),
    unit: '%',
  });
}

/** all[i] and the figures after it in its sentence joined by separators only (whatever their labels). */
function runAtAny(report: Report, all: Located[], i: number): Located[] {
  const out = [all[i]];
  for (let j = i + 1; j < all.length && all[j].sentence === all[i].sentence && !all[j].q.incidental && out.length < 12; j++) {
    if (!SEPARATOR.test(report.text.slice(all[j - 1].q.fullSpan.end, all[j].q.span.start))) break;
    out.push(all[j]);
  }
  return out;
}

/** The n figures before all[i], dates skipped; undefined when there are fewer. */
function figuresBefore(all: Located[], i: number, n: number): Located[] | undefined {
  const out: Located[] = [];
  for (let j = i - 1; j >= 0 && out.length < n; j--) if (!all[j].q.incidental) out.unshift(all[j]);
  return out.length === n ? out : undefined;
}
