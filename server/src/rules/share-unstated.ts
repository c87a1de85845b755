// `（一）文化旅游体育与传媒支出…850088.3元，占支出总预算78.33%…（四）住房保障支出…74784.48元，占支出总预算6.90%`:
// shares of a whole named but stated nowhere before them. When the parts they are of are all of that whole —
// their shares add up to 100%, or they are an identity's parts (基本支出 and 项目支出) — the whole is the parts' sum.
import Decimal from 'decimal.js';
import type { Quantity, Report } from '../report/model';
import { identityCovers } from './identities';
import { intervalOf, overlaps, sum } from './interval';
import { orphanShares, type Orphan } from './share';
import { topSectionAt } from './sections';

export interface OfParts {
  share: Quantity;
  part: Quantity;
  parts: Quantity[];
  wholeName: string;
}

/** A whole is seldom divided into more parts than this; the bound keeps long runs linear. */
const MAX_PARTS = 30;
const HUNDRED = { lo: new Decimal(100), hi: new Decimal(100) };
/** `基本支出预算` → 基本支出: an identity's part named with its measure word. */
const bare = (label: string) => label.replace(/(年初|全年|调整后)?(预算|决算)(数|额)?$/, '');

const CLOSING_PART = /^(其他|其余)/;
/** How far from 100% the shares of a list closed by 其他 may add up to and still be all of their whole. */
const NEAR_HUNDRED = 10;

/** Whether these shares are of all the parts of their whole. */
function whole(run: Orphan[]): boolean {
  if (run.length < 2) return false;
  // `货物…、工程…、服务…，分别占政府采购货物、工程、服务支出的81.98%、100.00%、52.66%` (a helper's 部门决算): wholes named as a
  // list, one per part — not one whole the parts make.
  if (run.some((o) => /[、，,]/.test(o.wholeName))) return false;
  const parts = run.map((o) => o.part);
  if (new Set(parts).size !== parts.length || parts.some((p) => p.kind !== 'money' || p.unit !== parts[0].unit)) return false;
  if (identityCovers(parts.map((p) => bare(p.label)))) return true;
  const shares = sum(run.map((o) => intervalOf(o.share)));
  // `…事业收入50万元,占10%;其他收入50万元,占12%`: a closing 其他 part makes the list all of its whole — when its
  // shares come near 100% (`财政拨款448.87万元,占总收入的33.61%;…其他收入0万元,占0.00%` is of a whole stated under
  // another name, xz-daye-yinzuwsy-2023).
  if (CLOSING_PART.test(parts[parts.length - 1].label) && shares.lo.gte(100 - NEAR_HUNDRED) && shares.hi.lte(100 + NEAR_HUNDRED)) return true;
  return overlaps(shares, HUNDRED);
}

/**
 * Runs of such shares naming one whole, within one top-level section; in each, the longest stretches (from the
 * left) whose parts are all of the whole. Shares that make no such stretch are not read.
 */
export function sharesOfUnstatedWhole(report: Report): OfParts[] {
  const out: OfParts[] = [];
  const all = orphanShares(report);
  let i = 0;
  while (i < all.length) {
    let j = i + 1;
    const section = topSectionAt(report, all[i].share.span.start);
    while (j < all.length && all[j].wholeName === all[i].wholeName && topSectionAt(report, all[j].share.span.start) === section) j++;
    const group = all.slice(i, j);
    i = j;
    let k = 0;
    while (k < group.length) {
      let end = -1;
      for (let e = Math.min(group.length, k + MAX_PARTS); e > k + 1; e--) if (whole(group.slice(k, e))) { end = e; break; }
      if (end < 0) { k++; continue; }
      const run = group.slice(k, end);
      const parts = run.map((o) => o.part);
      for (const o of run) out.push({ share: o.share, part: o.part, parts, wholeName: o.wholeName });
      k = end;
    }
  }
  return out;
}
