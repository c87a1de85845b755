// `抽审的41个项目审核等级为:1个项目评为优,占评定项目的2.44%;3个项目评为良,占评定项目的7.32%;35个项目评为中,占评定项目的
// 85.36%;2个项目评为差,占评定项目的4.88%` (jx-dongguan-cjj-2020): shares of counts. Read only as a run in one
// sentence, each share right after its count, all of one named whole and one unit, whose shares add up to 100% — then
// the counts are all of the whole, which is their sum. Anything less certain is not read.
import Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { intervalOf, overlaps, sum } from './interval';
import { findNamedUnique, previousInSentence, proseFigures, type Located } from './prose-index';
import { listOfPart, partLists } from './prose-lists';
import { SHARE_LABEL, wholeNameOf } from './share-label';
import type { OfParts } from './share-unstated';
import type { Share } from './share';

const HUNDRED = { lo: new Decimal(100), hi: new Decimal(100) };

/** The count a share right after it is of, and the whole it names; undefined when not that form. */
function countShare(all: Located[], i: number): { part: Quantity; wholeName: string } | undefined {
  const l = all[i];
  const q = l.q;
  if (q.kind !== 'percent' || q.unit !== '%' || q.incidental || q.inParens) return undefined;
  const m = SHARE_LABEL.exec(q.label);
  if (!m || m.index !== 0) return undefined;
  let j = i - 1;
  while (j >= 0 && all[j].sentence === l.sentence && all[j].q.incidental) j--;
  const part = all[j];
  if (!part || part.sentence !== l.sentence || part.q.kind !== 'count' || part.q.inParens) return undefined;
  const wholeName = wholeNameOf(m[1]);
  return wholeName ? { part: part.q, wholeName } : undefined;
}

export function sharesOfCounts(report: Report, read: ReadonlySet<Quantity>): OfParts[] {
  const out: OfParts[] = [];
  const all = proseFigures(report);
  let run: Array<{ share: Quantity; part: Quantity; wholeName: string }> = [];
  let sentence: Located['sentence'] | undefined;
  const close = () => {
    if (run.length >= 2 && run.every((r) => r.wholeName === run[0].wholeName && r.part.unit === run[0].part.unit)) {
      if (overlaps(sum(run.map((r) => intervalOf(r.share))), HUNDRED)) {
        const parts = run.map((r) => r.part);
        for (const r of run) out.push({ share: r.share, part: r.part, parts, wholeName: r.wholeName });
      }
    }
    run = [];
  };
  for (let i = 0; i < all.length; i++) {
    const l = all[i];
    if (l.sentence !== sentence) {
      close();
      sentence = l.sentence;
    }
    if (l.q.incidental) continue;
    if (l.q.kind === 'count') continue;
    const found = read.has(l.q) ? undefined : countShare(all, i);
    if (found) run.push({ share: l.q, ...found });
    else close();
  }
  close();
  return out;
}

/**
 * `共有在职人员20人，其中大专以上学历15人，占在职人员的75%`, `其中：女性8人，占比40%`: a count's share of a count
 * stated before it — the whole it names (a count of the same unit, found by name), or with no name the total of
 * the 其中 list the count is in. The part is the figure right before the share in its sentence. A part more than
 * its whole under a share below 100% is a misreading: not read.
 */
export function sharesOfCountWholes(report: Report): Share[] {
  const out: Share[] = [];
  const all = proseFigures(report);
  let listOf: Map<Quantity, Quantity> | undefined;
  for (const located of all) {
    const q = located.q;
    if (q.kind !== 'percent' || q.unit !== '%' || q.incidental || q.inParens) continue;
    const m = SHARE_LABEL.exec(q.label);
    if (!m || m.index !== 0) continue;
    // `在职15人中，行政人员8人、事业人员6人、工勤人员1人，占比分别为53.3%、40.0%、6.7%` (a helper's 人员 probe): shares after
    // 分别 pair with the counts before them by position.
    if (/分别/.test(q.label) || /(占比|比重|比例)分别|分别占/.test(located.clause.text)) {
      respectiveCounts(report, all, located, wholeNameOf(m[1]), out);
      continue;
    }
    const partAt = previousInSentence(report, located.index, (p) => p.kind === 'count' && !p.inParens);
    if (!partAt) continue;
    const part = partAt.q;
    const wholeName = wholeNameOf(m[1]);
    let whole: Quantity | undefined;
    if (wholeName) {
      // `占项目总数的` names `共有项目`: a count's total is the count.
      const accept = (w: Quantity) => w.kind === 'count' && w.unit === part.unit && w !== part;
      const core = wholeName.replace(/总数$/, '');
      whole = (findNamedUnique(report, wholeName, partAt.index, accept) ?? (core.length >= 2 && core !== wholeName ? findNamedUnique(report, core, partAt.index, accept) : undefined))?.q;
    } else {
      listOf ??= new Map(partLists(report).flatMap((l) => l.parts.map((p) => [p, l.total] as const)));
      whole = listOf.get(part);
    }
    if (!whole || whole.kind !== 'count' || whole.unit !== part.unit || whole.value.isZero()) continue;
    if (q.value.lte(100) && part.value.gt(whole.value)) continue;
    out.push({ share: q, part, whole, wholeName: wholeName || whole.label, located });
  }
  return out;
}

/** The shares from `first` on, paired by position with as many counts of one unit right before them in the sentence. */
function respectiveCounts(report: Report, all: Located[], first: Located, wholeName: string, out: Share[]): void {
  const shares = [first];
  for (let j = first.index + 1; j < all.length && all[j].sentence === first.sentence && all[j].q.kind === 'percent' && !all[j].q.incidental; j++) shares.push(all[j]);
  const counts: Located[] = [];
  for (let j = first.index - 1; j >= 0 && all[j].sentence === first.sentence && counts.length < shares.length; j--) {
    if (all[j].q.incidental) continue;
    if (all[j].q.kind !== 'count') return;
    counts.unshift(all[j]);
  }
  if (counts.length < shares.length || counts.some((c) => c.q.unit !== counts[0].q.unit)) return;
  const accept = (w: Quantity) => w.kind === 'count' && w.unit === counts[0].q.unit && !counts.some((c) => c.q === w);
  const whole = wholeName ? findNamedUnique(report, wholeName, counts[0].index, accept)?.q : listOfPart(report, counts[0].q)?.total;
  if (!whole || whole.kind !== 'count' || whole.unit !== counts[0].q.unit || whole.value.isZero()) return;
  shares.forEach((s, k) => out.push({ share: s.q, part: counts[k].q, whole, wholeName: wholeName || whole.label, located: s }));
}
