// Shares listed by the names of their parts, the parts' amounts stated before: `学前教育经费…投入为2802亿元;义务教育经费总投入为
// 17603亿元;…。教育经费总投入在学前教育、义务教育、高中阶段教育、高等教育和其他教育间的分配占比分别为5.65%、7.21%、45.29%、
// 15.84%、26.01%` (sk-quanguo-jiaoyu-2016: the list printed rotated, each share another's), `基本支出和项目支出占支出合计的比重
// 分别为40%、60%`. Paired by position, name by name. Read only when the shares add up to 100% (the names are all of the
// whole, which is then the sum of their amounts) and each name finds exactly one amount before it in its paragraph.
import type { Quantity, Report } from '../report/model';
import { intervalOf, overlaps, point, sum } from './interval';
import { proseFigures, type Located } from './prose-index';

/** `在A、B和C间的分配占比分别为`, `A和B占…的比重分别为`, `A、B所占比重分别为`: the names, then the shares' word and 分别为. */
const NAMED_SHARES = /(?:^|[，,：:]|在|对)([^，,。；;：:]{2,60}?)(?:间|之间|中)?的?(?:分配)?(?:占[^，,。；;]{0,20}?的?)?(?:所占)?(?:占比|比重|比例)分别为$/;
const LIST_SPLIT = /、|和|与|及/;
const MAX_NAMES = 8;
/** How many figures back the parts' amounts are looked for. */
const LOOK_BACK = 60;

export function sharesOfNamedParts(report: Report, taken: ReadonlySet<Quantity>): Array<{ share: Quantity; part: Quantity; parts: Quantity[] }> {
  const all = proseFigures(report);
  const out: Array<{ share: Quantity; part: Quantity; parts: Quantity[] }> = [];
  let done: Located['clause'] | undefined;
  for (let i = 0; i < all.length; i++) {
    const first = all[i];
    if (first.q.kind !== 'percent' || first.q.incidental || first.clause === done) continue;
    done = first.clause;
    const text = first.clause.text;
    const at = text.indexOf('分别为');
    if (at < 0) continue;
    const m = NAMED_SHARES.exec(text.slice(0, at + 3));
    if (!m) continue;
    const names = m[1].replace(/^.{0,16}?在/, '').split(LIST_SPLIT).map((n) => n.trim()).filter((n) => n);
    if (names.length < 2 || names.length > MAX_NAMES || names.some((n) => n.length < 2)) continue;
    // The shares: the clause's percentages, as many as the names, none read otherwise.
    const shares = first.clause.quantities.filter((q) => q.kind === 'percent' && !q.incidental);
    if (shares.length !== names.length || shares.some((q) => taken.has(q))) continue;
    // All of the whole: the shares add up to 100%.
    if (!overlaps(sum(shares.map((q) => intervalOf(q))), point(100))) continue;
    const parts = names.map((n) => amountNamed(all, i, n, names));
    if (parts.some((p) => !p) || new Set(parts).size !== parts.length) continue;
    const amounts = parts as Quantity[];
    if (amounts.some((p) => p.unit !== amounts[0].unit)) continue;
    shares.forEach((share, k) => out.push({ share, part: amounts[k], parts: amounts }));
  }
  return out;
}

/** The one amount before figure `at` in its paragraph whose name holds `name` and no other of the names' longer ones. */
function amountNamed(all: Located[], at: number, name: string, names: string[]): Quantity | undefined {
  const longer = names.filter((n) => n !== name && n.includes(name));
  let found: Quantity | undefined;
  for (let j = at - 1; j >= 0 && j >= at - LOOK_BACK && all[j].paragraph === all[at].paragraph; j--) {
    const q = all[j].q;
    if (q.kind !== 'money' || q.incidental || q.inParens || !q.label.includes(name) || longer.some((n) => q.label.includes(n))) continue;
    // (A change of it, or a part of it named after it (`其中,中等职业教育经费…`), is not its amount.)
    if (/增加|减少|增长|下降|较|比/.test(q.label) || /^[\s\u3000]*其中/.test(q.label)) continue;
    if (found) return undefined;
    found = q;
  }
  return found;
}
