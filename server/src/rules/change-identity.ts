// The changes of an identity's parts add up to the change of its whole: `“三公”经费支出总额为3825万元,比预算数减少1188
// 万元` and, item by item, `因公出国(境)费99万元,比预算数减少31万元`, `公务接待费1014万元,比预算数减少850万元`,
// `公务用车购置及运行维护费2712万元…,比预算数减少107万元` (sg-yibin-2017: 31 + 850 + 107 = 988, not 1188). Read only
// when every part's change against the same base is stated once (公务用车's may be stated as its 购置 and 运行
// changes), and the whole's once.
import Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { wordsBetween } from '../report/prose';
import { CHANGE_ONLY, DIFFERENCE } from './compared';
import { moneyDecimals } from './format';
import { IDENTITIES } from './identities';
import { intervalOf, overlaps, scale, sum, type Interval } from './interval';
import { proseFigures, subjectOf, type Located } from './prose-index';
import { lowerBound } from './figures-before';
import { partLists, QIZHONG, unitFactor } from './prose-lists';
import { identityCovers } from './identities';
import { partsInterval } from './sum-of-parts';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

interface Change {
  q: Quantity;
  sign: 1 | -1;
  base: 'budget' | 'prior';
  /** What changed, as named. */
  name: string;
}

const UP = /增加|多出|多|超支|增长/;
/** `与2016年相比,`, `比上年`: the base named before the change in its sentence. */
const FRAME = /(?:与|和|同|较|比)(上年度?|去年|上一年度?|上年同期|\d{4}年度?|年初预算数?|预算数?|全年预算数?)(?:相比)?[，,]?[^，,。；;]*$/;

function baseOf(name: string): Change['base'] | undefined {
  if (/预算/.test(name)) return 'budget';
  if (/上年|去年|上一年|同期|\d{4}年/.test(name)) return 'prior';
  return undefined;
}

function changeOf(report: Report, at: Located): Change | undefined {
  const q = at.q;
  if (q.kind !== 'money' || q.incidental || q.inParens || q.value.isNegative()) return undefined;
  // `比上年减少支出613.80万元`: the change word may come before what changed.
  const label = q.label.replace(/(增加|减少|节约|超支)(支出|经费)$/, '$1');
  const named = DIFFERENCE.exec(label);
  const word = named ? named[4] : /(增加|减少|多出|节约|超支)了?$/.exec(label)?.[1];
  if (!word || /增长|下降/.test(word)) return undefined;
  let base = named ? baseOf(named[2]) : undefined;
  if (!named) {
    const before = wordsBetween(at.paragraph, at.sentence.span.start, q.span.start);
    const frame = FRAME.exec(before.replace(/\d+(\.\d+)?\s*(万元|元|亿元)/g, ''));
    base = frame ? baseOf(frame[1]) : undefined;
  }
  // `…585.53万元,同比减少144.92万元` (zb-tianshan-czj-2019): 同比 compares with the same period of last year.
  if (!base && /^同比(增加|减少)/.test(label)) base = 'prior';
  // `…决算数比2017年减少2.01万元…。其中:因公出国(境)费支出决算增加/减少0万元` (sx-panlong-gulou-2018): the items of a
  // 其中 sentence are compared with the base of the sentence before.
  base ??= inheritedBase(report, at);
  if (!base) return undefined;
  let name = subjectOf(label);
  if (!name && (named || CHANGE_ONLY.test(label))) {
    name = amountBefore(report, at)?.label ?? '';
  }
  // `“三公”经费支出决算数比2017年减少2.01万元`: the year splits the label; what changed is named before the 比.
  if (!name && !named) name = framedSubject(report, at);
  if (!name) return undefined;
  // `因公出国(境)费支出决算增加/减少0万元`: a template's either-or word is no part of the name.
  return { q, sign: UP.test(word) ? 1 : -1, base, name: name.replace(/^\d{4}年度?/, '').replace(/(增加|增长)\/$/, '') };
}

const BASE_ANYWHERE = /(?:与|和|同|较|比)(上年度?|去年|上一年度?|上年同期|\d{4}年度?|年初预算数?|预算数?|全年预算数?)/g;

/** The one base the sentence before a 其中 sentence compares with, if the figure's sentence opens with 其中. */
function inheritedBase(report: Report, at: Located): Change['base'] | undefined {
  const { sentences } = at.paragraph;
  const i = lowerBound(sentences.length, (k) => sentences[k].span.start >= at.sentence.span.start);
  if (i < 1 || !QIZHONG.test(wordsBetween(at.paragraph, at.sentence.span.start, at.sentence.span.end))) return undefined;
  const before = wordsBetween(at.paragraph, sentences[i - 1].span.start, sentences[i - 1].span.end);
  const bases = new Set([...before.matchAll(BASE_ANYWHERE)].map((m) => baseOf(m[1])));
  return bases.size === 1 ? [...bases][0] : undefined;
}

/** What a change is of when its label is cut by a year: the words of its clause before the 比 (no figure among them). */
function framedSubject(report: Report, at: Located): string {
  const clause = wordsBetween(at.paragraph, at.clause.span.start, at.q.span.start);
  const m = /^[\s\u3000]*(?:\d{4}年度?)?([^\d，,。；;]{2,40}?)(?:与|和|同|较|比)(?:上年度?|去年|上一年度?|\d{4}年度?)(?:相比)?(?:增加|减少)$/.exec(clause);
  return m ? m[1] : '';
}

/** Which of an identity's terms a name is: -1 for the whole, the part's index, or undefined. 公务用车's 购置 and 运行
 * on their own are `[1, 'sub']`. */
function termOf(id: (typeof IDENTITIES)[number], name: string): { term: number; sub?: boolean } | undefined {
  const parts = id.parts.map((re, i) => (re.test(name) || re.test(name.replace(/(支出|经费|费用)$/, '')) ? i : -1)).filter((i) => i >= 0);
  const whole = /三公/.test(id.name) ? /三公/.test(name) : id.total.test(name);
  if (whole && !parts.length) return { term: -1 };
  // `因公出国(境)经费、公务用车购置及运行费、公务接待费(“三公”经费)支出合计` (rp-zhongyang-sangong-2016): the whole
  // named with all its items is still the whole.
  if (whole && parts.length === id.parts.length && /三公/.test(id.name)) return { term: -1 };
  if (parts.length !== 1 || whole) return undefined;
  const sub = parts[0] === 1 && /三公/.test(id.name) && !/购置及|购置和|及运行/.test(name) && /购置|运行/.test(name);
  return { term: parts[0], sub };
}

export function changeIdentities(report: Report, out: RuleOutput): void {
  const changes = [...proseFigures(report).map((l) => changeOf(report, l)).filter((c): c is Change => !!c), ...unchanged(report)];
  if (changes.length < 3) return;
  // `公务用车运行维护费6.00万元,比上年减少1.00万元` in a report that names no 购置 of cars: 运行维护 is all of 公务用车.
  let buysCars: boolean | undefined;
  for (const id of IDENTITIES) {
    for (const base of ['budget', 'prior'] as const) {
      const wholes: Change[] = [];
      const terms: Change[][] = id.parts.map(() => []);
      const subs: Change[][] = id.parts.map(() => []);
      for (const c of changes) {
        if (c.base !== base) continue;
        const term = termOf(id, c.name);
        if (!term) continue;
        if (term.term < 0) wholes.push(c);
        else (term.sub ? subs : terms)[term.term].push(c);
      }
      const whole = once(wholes);
      if (!whole) continue;
      const parts: Change[] = [];
      let complete = true;
      id.parts.forEach((_, i) => {
        const one = once(terms[i]);
        if (one) parts.push(one);
        else if (!terms[i].length && subs[i].length === 2) parts.push(...subs[i]);
        else if (!terms[i].length && subs[i].length === 1 && /运行/.test(subs[i][0].name) && !(buysCars ??= namesCarPurchase(report))) parts.push(subs[i][0]);
        else complete = false;
      });
      if (!complete) continue;
      check(out, id.name, whole, parts);
    }
  }
}

const NO_CHANGE = /^(.*?)(?:较|比|与|同)(上年|去年|上一年度?|上年同期|\d{4}年度?|年初预算数?|预算数?|上年预算数?)(?:预算数|数)?(?:年)?(?:相比)?[，,]?(无增减|持平|无变化|未发生变化|没有变化)/;

/**
 * `其中:因公出国(境)费用0万元,较上年无增减;公务接待费0.50万元,较上年无增减;公务用车运行维护费6.00万元,比上年减少
 * 1.00万元` (rv-fuling-wulingshanxiang-2023): an item said to be unchanged changed by 0 — a change of its own, placed on
 * the words that say so, for the identities above.
 */
function unchanged(report: Report): Change[] {
  const out: Change[] = [];
  for (const p of report.paragraphs) {
    if (!/无增减|持平|无变化|没有变化/.test(p.text)) continue;
    for (const sentence of p.sentences) {
      sentence.clauses.forEach((clause, k) => {
        const m = NO_CHANGE.exec(clause.text);
        if (!m || clause.quantities.some((q) => !q.incidental && q.kind === 'money')) return;
        const base = baseOf(m[2]);
        // What did not change: named before 较 in the clause, or the amount of the clause before.
        const amount = k > 0 ? sentence.clauses[k - 1].quantities.filter((q) => !q.incidental && q.kind === 'money').pop() : undefined;
        const named = m[1].replace(/^[\s\u3000]*(其中[：:]?|\d+[.、．]|\d{4}年度?)/, '').replace(/[\s\u3000]/g, '');
        const name = named.length >= 2 ? named : amount?.label ?? '';
        if (!base || !name || (named.length < 2 && !amount)) return;
        const at = clause.span.start + clause.text.indexOf(m[3]);
        const span = { start: at, end: at + m[3].length };
        out.push({
          q: { value: new Decimal(0), unit: amount?.unit ?? '万元', kind: 'money', decimals: 2, raw: '0', span, fullSpan: span, label: m[3] },
          sign: 1,
          base,
          name: name.replace(/^\d{4}年度?/, ''),
        });
      });
    }
  }
  return out;
}

/** Whether the report names a 购置 of cars (公务用车购置, 车辆购置) anywhere. */
export function namesCarPurchase(report: Report): boolean {
  let found = buying.get(report);
  if (found === undefined) buying.set(report, (found = report.paragraphs.some((p) => /(公务用车|车辆)购置(?!及|和)/.test(p.text.replace(/[\s\u3000]/g, '')))));
  return found;
}
const buying = new WeakMap<Report, boolean>();

/**
 * `…预算1,779.74万元,比2022年增加198.76万元。其中基本支出预算249.78万元,比2022年增加29.73万元…;项目支出预算
 * 1,529.96万元,比2022年增加168.36万元` (pf-shapingba-canlian-2023): parts that add up to their total, each with its
 * change against the same base as the total's, are all of it — so their changes add up to the total's change.
 * (An identity's parts are changeIdentities' above.)
 */
export function listChanges(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  const changeOfAmount = new Map<Quantity, Change>();
  for (const l of all) {
    const c = changeOf(report, l);
    if (!c) continue;
    const amount = amountBefore(report, l);
    // The change speaks of the amount just before it: unnamed, or named as that amount is.
    if (amount && !changeOfAmount.has(amount) && (!subjectOf(l.q.label) || amount.label.endsWith(c.name))) changeOfAmount.set(amount, c);
  }
  if (!changeOfAmount.size) return;
  for (const list of partLists(report)) {
    const { total, parts } = list;
    if (list.partial || parts.length < 2 || identityCovers(parts.map((p) => p.label))) continue;
    if (!overlaps(partsInterval(parts, total.unit), intervalOf(total))) continue;
    const whole = changeOfAmount.get(total);
    const changes = parts.map((p) => changeOfAmount.get(p));
    if (!whole || changes.some((c) => !c || c.base !== whole.base)) continue;
    check(out, `${total.label} = ${parts.map((p) => p.label).join(' + ')}`, whole, changes as Change[]);
  }
}

/** The one change stated (repeats of the same value count once), or undefined. */
function once(cs: Change[]): Change | undefined {
  if (!cs.length) return undefined;
  return cs.every((c) => c.q.value.eq(cs[0].q.value) && c.sign === cs[0].sign && c.q.unit === cs[0].q.unit) ? cs[0] : undefined;
}

function check(out: RuleOutput, identity: string, whole: Change, parts: Change[]): void {
  const unit = whole.q.unit;
  // Each part's change in the whole's own direction: a decrease of 1188 against parts that decrease by 988.
  const along = (c: Change): Interval => {
    const i = scale(intervalOf(c.q), unitFactor(c.q.unit, unit));
    return c.sign === whole.sign ? i : { lo: i.hi.neg(), hi: i.lo.neg() };
  };
  const computed = parts.reduce((a, c) => a.add(c.q.value.mul(unitFactor(c.q.unit, unit)).mul(c.sign * whole.sign)), new Decimal(0));
  relation(out, {
    ruleId: 'identity',
    stated: whole.q,
    // `比预算数减少` names no subject: the identity's whole (`“三公”经费`) says whose change it is.
    label: subjectOf(whole.q.label) ? whole.q.label : identity.split(' = ')[0] + whole.q.label,
    operands: parts.map((c) => operandOf(c.q, c.name)),
    formula: parts.map((c, i) => `${i === 0 ? (c.sign > 0 ? '' : '−') : c.sign > 0 ? ' + ' : ' − '}${c.name} ${c.q.raw}`).join(''),
    computed,
    expected: sum(parts.map(along)),
    decimals: moneyDecimals(...parts.map((c) => c.q.decimals), whole.q.decimals),
    unit,
    noFix: true,
    note: t('依据：{0}，各项的增减之和应等于总数的增减', identity),
  });
}

/** The amount a change right after it in its sentence speaks of: the nearest money figure before it, past asides in
 * brackets (`2712万元(其中:…运行维护费2712万元),比预算数减少107万元`) and dates; none if another change comes first. */
function amountBefore(report: Report, at: Located): Quantity | undefined {
  const all = proseFigures(report);
  for (let i = at.index - 1; i >= 0 && all[i].sentence === at.sentence; i--) {
    const q = all[i].q;
    if (q.incidental || q.inParens) continue;
    if (q.kind !== 'money' || DIFFERENCE.test(q.label) || CHANGE_ONLY.test(q.label)) return undefined;
    return q;
  }
  return undefined;
}
