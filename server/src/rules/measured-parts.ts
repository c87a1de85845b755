// The 决算说明 template's `“三公”经费财政拨款支出预算为38万元，支出决算为29.53万元，…其中：因公出国（境）费支出预算为0万元，
// 支出决算为0万元；公务用车购置费支出预算为0万元，…；公务接待费支出预算为8万元，支出决算为5.17万元` (issue #10's 25-page
// 部门决算): a whole stated as its 预算 and its 决算, and its items each stated the same two ways. The items' 预算 add up
// to the whole's 预算, their 决算 to its 决算 — when the items are all of it (the 三公 items); otherwise they may only
// not exceed it.
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { canBeAtMost, intervalOf } from './interval';
import { proseFigures, runsOf, type Located } from './prose-index';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf, partsInterval, partsFormula, partsValue } from './sum-of-parts';
import { moneyDecimals } from './format';

type Measure = '预算' | '决算';

interface Measured {
  q: Quantity;
  measure: Measure;
  /** The item's name (`公务接待费`), carried from the figure before when the label is the measure alone. */
  subject: string;
}

/** `公务接待费支出预算`, `支出决算`, `预算数`: the measure a label ends with, and the name before it. */
const MEASURED = /^(.*?)(?:支出)?(?:年初|全年|调整后)?(预算|决算)(?:数|金额)?(?:为|是)?$/;
const CHANGE = /增加|减少|增长|下降|较|比|差|超|节约|调整|追加/;
const QIZHONG = /其中/;

export function measuredParts(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (const [i, j] of runsOf(all, 'paragraph')) checkParagraph(report, all, i, j, out);
}

function checkParagraph(report: Report, all: Located[], from: number, to: number, out: RuleOutput): void {
  // The first 其中 between two figures: the wholes are in the sentence before it (or its own), the items after it in
  // the sentence it opens.
  let split = -1;
  for (let k = from + 1; k < to && split < 0; k++) if (QIZHONG.test(report.text.slice(all[k - 1].q.span.end, all[k].q.span.start))) split = k;
  if (split < 0) return;
  const wholeSentence = all[split - 1].sentence;
  const partSentence = all[split].sentence;
  const wholes = measuredRun(all, from, split).filter((m) => all[m.index].sentence === wholeSentence);
  const parts = measuredRun(all, split, to).filter((m) => all[m.index].sentence === partSentence);
  // (`…公务用车购置及运行维护费预算为12.00万元，决算为11.00万元，其中：公务用车运行维护费预算为…` — a helper's probe: an item
  // split in turn; its parts are not the whole's.)
  const last = parts[parts.length - 1];
  if (last && /其中/.test(report.text.slice(all[split].q.span.end, last.q.span.start))) return;
  const byMeasure = (list: Array<Measured & { index: number }>, m: Measure) => list.filter((x) => x.measure === m);
  // Both measures stated once each for the whole; the items named, each measure at most once per item.
  if (byMeasure(wholes, '预算').length !== 1 || byMeasure(wholes, '决算').length !== 1) return;
  if (parts.some((p) => !p.subject)) return;
  const keys = new Set(parts.map((p) => p.subject + '|' + p.measure));
  if (keys.size !== parts.length) return;
  const subjects = [...new Set(parts.map((p) => p.subject))];
  if (subjects.length < 2) return;
  const exhaustive = /三公/.test(wholes.map((w) => w.subject).join('')) && sanGongItems(subjects);
  for (const measure of ['预算', '决算'] as const) {
    const whole = byMeasure(wholes, measure)[0];
    const items = byMeasure(parts, measure);
    if (items.length < 2 || items.some((p) => p.q.unit !== whole.q.unit && !/元$/.test(p.q.unit))) continue;
    // Only when every item states this measure: a list with an item's 预算 left out adds up to less.
    if (exhaustive && items.length !== subjects.length) continue;
    const qs = items.map((p) => p.q);
    const unit = whole.q.unit;
    const expected = partsInterval(qs, unit);
    // `支出决算` after `“三公”经费财政拨款支出预算`: named with the whole's name.
    const label = whole.q.label.includes(whole.subject) ? whole.q.label : whole.subject + whole.q.label;
    relation(out, {
      ruleId: 'sum-of-parts',
      stated: whole.q,
      label,
      operands: items.map((p) => operandOf(p.q, p.subject + measure)),
      formula: partsFormula(
        items.map((p) => ({ ...p.q, label: p.subject + measure })),
        unit,
      ),
      computed: partsValue(qs, unit),
      expected,
      decimals: moneyDecimals(...qs.map((q) => q.decimals), whole.q.decimals),
      unit,
      ...(exhaustive ? {} : { holds: canBeAtMost(expected, intervalOf(whole.q)), noFix: true, note: t('所列各项之和已超过总数') }),
    });
  }
}

/** The money figures of a run named by a measure, each with its item (carried over from the one before). */
function measuredRun(all: Located[], from: number, to: number): Array<Measured & { index: number }> {
  const out: Array<Measured & { index: number }> = [];
  let subject = '';
  for (let k = from; k < to; k++) {
    const { q } = all[k];
    if (q.incidental || q.kind !== 'money' || q.inParens) continue;
    const m = MEASURED.exec(q.label.replace(/[\s\u3000]/g, ''));
    if (!m || CHANGE.test(q.label)) continue;
    const named = m[1].replace(/^[\d、.．:：，,；;]*(其中)?[:：]?/, '').replace(/^\d{4}年(度)?/, '');
    if (named) subject = named;
    out.push({ q, measure: m[2] as Measure, subject: named || subject, index: k });
  }
  return out;
}

/** The three 三公 items, 公务用车 once or as 购置 and 运行 apart: all of a 三公 whole. */
export function sanGongItems(subjects: string[]): boolean {
  const one = (re: RegExp) => subjects.filter((s) => re.test(s)).length;
  if (one(/因公出国|出国[(（]境/) !== 1 || one(/公务接待/) !== 1) return false;
  const cars = subjects.filter((s) => /公务用车|车辆/.test(s));
  const both = (c: string) => /购置/.test(c) && /运行/.test(c);
  const covered =
    (cars.length === 1 && both(cars[0])) ||
    (cars.length === 2 && cars.some((c) => /购置/.test(c) && !both(c)) && cars.some((c) => /运行/.test(c) && !both(c)));
  return covered && subjects.length === 2 + cars.length;
}
