// The shares of a full decomposition add up to 100%: `其中：基本支出…，占总支出的0.73%；项目支出…，占99.27%`.
import Decimal from 'decimal.js';
import { t } from '../l10n';
import { intervalOf, overlaps, point, sum } from './interval';
import { partLists } from './prose-lists';
import { relation } from './relation';
import { decimalSum } from './scaled';
import type { Rule } from './rule';
import { shareInterval, shares, type Share } from './share';
import { operandOf } from './sum-of-parts';
import type { Quantity } from '../report/model';
import type { RuleOutput } from './rule';

/** `…占72.4%`, `…占比为18.3%`, `…比重为6.2%`, `…所占比重为4.1%`. */
const SHARE_OF = /(占比?|所?占?比重)为?$/;

/** A clause that opens a breakdown by one criterion: `从级次看`, `按功能分类`. */
const BREAKDOWN = /^[\s\u3000；;，,]*(从|從|按)[^，,；;。]{1,16}(看|分|划分|劃分|分类|分類)/;

/** `A支出占72.4%，B支出占18.3%，…，其他支出占4.1%` — shares without amounts, closed by 其他: the whole is covered. */
// `住房消费提取占80.2%(购买…占18.08%,…,其他占0.02%);非住房消费提取占19.8%(…)` (rm-yantai-gjj-2018): the shares in
// brackets divide the share before them, not the whole: they are no part of the list outside, nor a list of 100%.
function bareShareLists(report: Parameters<Rule['run']>[0]): Quantity[][] {
  const lists: Quantity[][] = [];
  for (const p of report.paragraphs)
    for (const s of p.sentences) {
      const run: Quantity[] = [];
      for (const c of s.clauses) {
        // `从单位类别看,行政单位占25.63%,事业单位占74.37%;从级次看,中央级占15.24%,…;从资产构成看,…其他占6.83%` (sd-czb-zcqc-
        // 2006): each 从…看 opens another breakdown of the whole; the run that the 其他 closes starts there.
        if (BREAKDOWN.test(c.text)) run.length = 0;
        for (const q of c.quantities) if (q.unit === '%' && !q.incidental && !q.inParens && SHARE_OF.test(q.label)) run.push(q);
      }
      if (run.length >= 2 && /^其他/.test(run[run.length - 1].label)) lists.push(run);
    }
  return lists;
}

function checkSum(out: RuleOutput, stated: Quantity[]): void {
  const expected = sum(stated.map((q) => intervalOf(q)));
  const computed = decimalSum(stated.map((q) => q.value));
  const last = stated[stated.length - 1];
  // Reported on the last share, as the figure most likely adjusted to make the total.
  relation(out, {
    ruleId: 'share-total',
    stated: { ...last, value: computed, raw: computed.toString() },
    label: t('各部分占比之和'),
    operands: stated.map((q) => operandOf(q, q.label.replace(SHARE_OF, '') || t('占比'))),
    formula: stated.map((q) => `${q.raw}%`).join(' + '),
    computed: new Decimal(100),
    expected: point(100),
    statedInterval: expected,
    decimals: Math.max(...stated.map((q) => q.decimals)),
    unit: '%',
    noFix: true,
  });
}

export const shareTotal: Rule = {
  id: 'share-total',
  severity: 'error',
  description: '构成总数的各部分占比之和应为 100%',
  example: '按功能分类，社会保障支出占60%，教育支出占25%，其他支出占10%。',
  run(report, out) {
    // The shares of each part, in document order: looked up per part, not searched for among all shares.
    const byPart = new Map<Quantity, Share[]>();
    for (const s of shares(report)) {
      const list = byPart.get(s.part);
      if (list) list.push(s);
      else byPart.set(s.part, [s]);
    }
    for (const list of partLists(report)) {
      if (list.partial || list.parts.length < 2) continue;
      // Only a full decomposition: the parts themselves add up to the total.
      const partsSum = sum(list.parts.map((q) => intervalOf(q)));
      if (list.parts.some((q) => q.unit !== list.total.unit) || !overlaps(partsSum, intervalOf(list.total))) continue;
      const mine = list.parts.map((p) => (byPart.get(p) ?? []).filter((s) => s.whole === list.total));
      if (mine.some((m) => m.length !== 1)) continue;
      // A wrong single share is reported by `share`; the sum is only news when each share fits its amounts.
      if (mine.some((m) => { const r = shareInterval(m[0]); return !r || !overlaps(r, intervalOf(m[0].share)); })) continue;
      checkSum(out, mine.map((m) => m[0].share));
    }
    for (const run of bareShareLists(report)) checkSum(out, run);
  },
};
