// A balance statement (rd-zhongjiang-czj-2019, rd-shanwei-czj-2018): `一般公共预算支出559,594万元、上解支出24,562万元、…、
// 援助其他地区支出546万元,支出总量为596,070万元` or `…收入决算数129748万元,加上级补助收入428905万元,…,收入总计968113
// 万元`. A total named 总量/总计/合计 after the amounts of its sentence closes them: they are all of it. Read only
// when every figure before it is a plain amount — no rate, no comparison, no 其中 or subtotal, nothing taken away.
import type { Paragraph, Quantity, Sentence } from '../report/model';
import { COMPARISON, QIZHONG, type PartList } from './prose-lists';

const CLOSING = /(总量|总计|合计|共计)(为|是|达到?)?$/;
const SIDE_TOTAL = /^(?:总|合计|共)(支出|收入)(?:为|是|达到?)?$/;
const OWN_RATE = /^(预算)?执行率(为|是|达到?)?$/;
const BASE_RATE = /(预算(数)?的|增长|下降|同比增长|同比下降)$/;
const sideOf = (total: Quantity) => /(收入|支出)(总量|总计|合计|共计)/.exec(total.label)?.[1];
// `县级一般公共预算收入加上预计上级各类补助收入124392万元`: a part named with no amount (加 inside a label) is missing.
const NOT_A_PART = /其中|总|合计|共计|小计|^(减|扣除)|.加上?/;
/** Fewer amounts before a 合计 may be a pair picked out of more; more is no balance statement. */
const MIN_PARTS = 3;
const MAX_PARTS = 30;

export function closingTotals(p: Paragraph): PartList[] {
  const lists: PartList[] = [];
  p.sentences.forEach((sentence, si) => {
    const list = closedIn(p, sentence, si);
    if (list) lists.push(list);
  });
  return lists;
}

function closedIn(p: Paragraph, sentence: Sentence, si: number): PartList | undefined {
  let parts: Quantity[] = [];
  /** A part's own rates were passed over (not in a balance statement). */
  let ownRates = false;
  /** The first amount of the statement a ； ended. */
  let ended: Quantity | undefined;
  for (const clause of sentence.clauses) {
    // A 其中 list is read as such (`项目支出202.23万元，其中…，四个项目合计202.23万元`), and a whole named by a 中 clause.
    if (/^[\s\u3000]*其中|中$/.test(clause.text)) return undefined;
    for (const q of clause.quantities) {
      if (q.incidental || q.inParens) continue;
      // `专项资金支出316.38万元,预算执行率61%,财政资金支出2419.45万元,预算执行率58%,总支出2939.83万元` (rj-chengan-jtj-
      // 2020): each part's own rate after it says nothing against the list; a 总支出 closes parts all named …支出.
      // `全市地方一般公共预算收入1,179,747万元,为调整预算数的97.73%,增长5.95%;加上上级补助收入…,收入总量4,935,390万元`
      // (ry-sanming-czj-2023): the rates of the amount a balance statement starts from say nothing against it.
      if (q.kind === 'percent' && parts.length === 1 && BASE_RATE.test(q.label)) continue;
      if (q.kind === 'percent' && OWN_RATE.test(q.label) && parts.length) {
        ownRates = true;
        continue;
      }
      // `2.区本级一般公共预算收支决算情况 区本级…财力247.6亿元,加…` (ru-minhang-qzf-2022): a list number opening the
      // sentence is no figure of it.
      if (q.kind === 'plain' && !parts.length && /^\d{1,2}$/.test(q.raw) && /^[.．、]/.test(p.text.slice(q.span.end - p.span.start, q.span.end - p.span.start + 1))) continue;
      if (q.kind !== 'money' || COMPARISON.test(q.label)) return undefined;
      const side = SIDE_TOTAL.exec(q.label)?.[1];
      if (side && parts.length >= 2 && parts.every((x) => x.label.endsWith(side))) {
        return { total: q, parts, partial: false, closed: true, paragraph: p, sentence, clauses: sentence.clauses };
      }
      if (CLOSING.test(q.label)) {
        if (ownRates) return undefined;
        // `一般公共预算收入完成214,304万元,…。其中:…。加上级补助收入369,578万元、…,收入总计797,636万元`
        // (jj-qijiang-czj-2018): what is added to is the subject of a sentence before, named like the total — or of
        // the statement a ； ended in this sentence.
        if (parts.length && /^加/.test(parts[0].label)) {
          const base = (ended && sideOf(q) && ended.label.replace(/(完成|为|是|达到?)$/, '').endsWith(sideOf(q)!) ? ended : undefined) ?? addedTo(p, si, q);
          if (!base) return undefined;
          parts = [base, ...parts];
        }
        // (Two named 分别 as a pair are all of it: `财政拨款和其他资金，分别为2480.5万元和103.7万元，合计2611.2万元`.)
        const pair = parts.length === 2 && sentence.clauses.some((c) => c.span.end <= q.span.start && /分别/.test(c.text));
        if ((parts.length < MIN_PARTS && !pair) || parts.length > MAX_PARTS) return undefined;
        return { total: q, parts, partial: false, closed: true, paragraph: p, sentence, clauses: sentence.clauses };
      }
      if (NOT_A_PART.test(q.label)) return undefined;
      parts.push(q);
    }
    // `…,收入合计为6449万元;2023年度…支出合计6449万元`: a ； ends one statement; the next total closes its own.
    if (/[；;]/.test(clause.end)) {
      ended = parts[0] ?? ended;
      parts = [];
    }
  }
  return undefined;
}

/**
 * The amount a `加…` statement adds to: the first amount of one of the three sentences before it in the paragraph
 * (not a 其中 sentence), named for the total's side (`…收入完成` for 收入总计, `…支出` for 支出总计).
 */
function addedTo(p: Paragraph, si: number, total: Quantity): Quantity | undefined {
  const side = /(收入|支出)(总量|总计|合计|共计)/.exec(total.label)?.[1];
  if (!side) return undefined;
  for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
    const s = p.sentences[k];
    if (QIZHONG.test(s.clauses[0]?.text ?? '')) continue;
    // (Past a list number: `1.全区一般公共预算收支决算情况 全区一般公共预算收入307.3亿元` (ru-minhang-qzf-2022).)
    const first = s.clauses.flatMap((c) => c.quantities).find((q) => !q.incidental && !q.inParens && q.kind !== 'plain');
    if (!first || first.kind !== 'money' || COMPARISON.test(first.label) || NOT_A_PART.test(first.label)) continue;
    if (first.label.replace(/(完成|为|是|达到?)$/, '').endsWith(side)) return first;
  }
  return undefined;
}
