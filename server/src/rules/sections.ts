// Which top-level section an offset stands in: rules that match a prose figure with a table look only
// within the same top-level section, which keeps them linear and their matches local.
import type { Report } from '../report/model';

export function sectionIndexAt(report: Report, offset: number): number {
  const hs = report.headings;
  let lo = 0;
  let hi = hs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function topSectionAt(report: Report, offset: number): number {
  let k = sectionIndexAt(report, offset);
  while (k >= 0 && report.sections[k].parent >= 0) k = report.sections[k].parent;
  return k;
}
