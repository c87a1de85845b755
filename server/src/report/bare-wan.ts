// `社会公益类项目591万元(农村互助幸福院项目167万元、…殡仪馆设备购置50万、农村公益性公墓建设60万、购买社会组织服务项目64万元
// …)` (rl1-hanbin-mzj-2019): in a list of amounts in 万元, an item written `50万` and closed by the list's mark is an
// amount in 万元 too — not a count in ten-thousands (`全县人口50万`) nor a figure left aside.
import type { Quantity } from './model';

// The list's marks that may close such an item, an aside naming it (`34万(福康工程)`), or the sentence's end.
const CLOSED = /^[\s\u3000]*([、，,；;()（）。]|$)/;
// The words right before it that make a bare 万 a count (people, households, land, times, things), not
// `残疾人福利项目34万`.
const COUNTED = /(人|户|亩|次|座|个|名|辆|台|套|件|张|册|卷|份|头|只|人口|群众|居民|农户|学生|人员|面积|数量|规模)(总数|数)?(为|达|达到|约|共|共计|合计)?[:：]?[\s\u3000]*$/;
const NEAR = 40;
// `…完成30,161万元,同比增长14.6%,增收4,376万` (js-huangping-czj-2022): right after a verb that only money takes, with an
// amount in 万元 earlier in its sentence (a rate may stand between them).
const MONEY_VERB = /(增收|减收|增支|减支|短收|超收|节支)[\s\u3000]*$/;

const isWanMoney = (q: Quantity | undefined) => !!q && !q.incidental && q.kind === 'money' && q.unit === '万元';

/** Makes each such `N万` money in 万元. `at` holds each quantity's start and unit end in `text`, two per quantity. */
export function readBareWan(text: string, quantities: Quantity[], at: number[]): void {
  quantities.forEach((q, k) => {
    if (q.unit !== '万' || !q.incidental) return;
    const end = at[2 * k + 1];
    if (!CLOSED.test(text.slice(end, end + 2))) return;
    const wordsFrom = k > 0 ? at[2 * k - 1] : Math.max(0, at[2 * k] - NEAR);
    if (COUNTED.test(text.slice(Math.max(wordsFrom, at[2 * k] - NEAR), at[2 * k]))) return;
    const before = quantities[k - 1];
    const after = quantities[k + 1];
    const near = (n: Quantity | undefined, from: number, to: number) => n && to - from <= NEAR;
    const moneyBefore = near(before, at[2 * k - 1], at[2 * k]) && isWanMoney(before);
    const moneyAfter = near(after, end, at[2 * k + 2]) && (isWanMoney(after) || (after!.unit === '万' && isWanMoney(quantities[k + 2])));
    if (!moneyBefore && !moneyAfter && !moneyVerbInSentence(text, quantities, at, k)) return;
    if ((before && before.kind === 'count' && near(before, at[2 * k - 1], at[2 * k])) || (after && after.kind === 'count' && near(after, end, at[2 * k + 2]))) return;
    q.unit = '万元';
    q.kind = 'money';
    delete q.incidental;
  });
}

/** Whether the quantity k follows a money-only verb, and an amount in 万元 stands before it in its sentence. */
function moneyVerbInSentence(text: string, quantities: Quantity[], at: number[], k: number): boolean {
  if (!MONEY_VERB.test(text.slice(Math.max(0, at[2 * k] - 6), at[2 * k]))) return false;
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (/[。！？\n]/.test(text.slice(at[2 * j + 1], at[2 * j + 2]))) return false;
    if (isWanMoney(quantities[j])) return true;
  }
  return false;
}
