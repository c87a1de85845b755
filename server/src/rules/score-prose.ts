// `自评得分为93.5分，其中：决策指标得分18分，过程指标得分19.5分，产出指标得分37分，效益指标得分21分`: a 自评 report's total
// score stated in prose with the scores of its 一级指标, which share the total out (决策 + 过程 + 产出 + 效益, or the older
// 投入 + 过程 + 产出 + 效果). Read in one sentence: the total, then three or more 一级指标 scores (or those, then 合计/总分);
// each part names a different 一级指标, and none is a weight (分值, 满分). Parts over the total are a slip; parts short of
// it only when all four 一级指标 are there (three may leave one out).
import type { Quantity, Report } from '../report/model';
import { t } from '../l10n';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf, partsValue } from './sum-of-parts';
import { intervalOf, overlaps, sum } from './interval';

const LEVEL_ONE = /决策|投入|过程|管理|产出|效益|效果/;
const TOTAL = /(总分|总得分|综合得分|自评得分|评价得分|得分)(为|是|达到?)?$/;
const TOTAL_AFTER = /(合计|总计|共计)(得分)?(为|是)?$|^(总分|总得分)(为|是)?$/;
const WEIGHT = /分值|满分|权重/;
const ALL_LEVELS = 4;

const isScore = (q: Quantity) => q.kind === 'score' && !q.incidental;
const levelOf = (q: Quantity) => LEVEL_ONE.exec(q.label)?.[0];
/** `（决策9分、…`: a part's name without the bracket that opens the list. */
const nameOf = (q: Quantity) => q.label.replace(/^[（(]/, '');

export function proseScoreSums(report: Report, out: RuleOutput): void {
  for (const p of report.paragraphs) {
    for (const sentence of p.sentences) {
      const scores = sentence.clauses.flatMap((c) => c.quantities).filter(isScore);
      if (scores.length < 4) continue;
      // The total first: its parts are the 一级指标 scores right after it.
      for (let i = 0; i < scores.length; i++) {
        const total = scores[i];
        if (!TOTAL.test(total.label) || levelOf(total) || WEIGHT.test(total.label)) continue;
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

/** The run of 一级指标 scores from `from` on (step 1) or back (step -1), each of another level; at least three. */
function levelScores(scores: Quantity[], from: number, step: 1 | -1): Quantity[] | undefined {
  const parts: Quantity[] = [];
  const seen = new Set<string>();
  for (let j = from; j >= 0 && j < scores.length; j += step) {
    const level = levelOf(scores[j]);
    if (!level || seen.has(level) || WEIGHT.test(scores[j].label)) break;
    seen.add(level);
    parts.push(scores[j]);
  }
  return parts.length >= 3 ? parts : undefined;
}

function check(out: RuleOutput, total: Quantity, parts: Quantity[]): void {
  // Scores are given, not measured: exact as printed (as a 自评表's 总分 row is read).
  const got = sum(parts.map((q) => intervalOf(q, 1, true)));
  const stated = intervalOf(total, 1, true);
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
