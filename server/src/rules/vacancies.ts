// `本单位核定事业编制28名，2016年末在编在岗人员25名，缺编3名` (a helper's 自评 slip probe): the posts left empty are the
// posts set less the staff in them. Read only in one sentence, in that order — 编制, then the staff in post (在编, 实有,
// 在职), then the vacancy (缺编, 空编, 编制空缺) — all counts of people.
import type { Report } from '../report/model';
import { t } from '../l10n';
import { intervalOf, sub } from './interval';
import { proseFigures, type Located } from './prose-index';
import { relation } from './relation';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

const VACANT = /(缺编|空编|编制空缺|空缺编制|空缺)(人数)?(为|是|共)?$/;
/** `超编7人` (a helper's 自评 recall probe): the staff over the posts. */
const OVER = /(超编|超出编制|超过编制)(人数)?(为|是|共)?$/;
const POSTS = /编制(数|人数)?(为|是|共)?$/;
const IN_POST = /(在编|实有|在职|在岗)(在岗)?(人员|人数|职工)?(为|是|共)?$/;
const PEOPLE = /^(人|名)$/;
const LOOK = 4;

export function vacancies(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 2; i < all.length; i++) {
    const v = all[i];
    const over = OVER.test(v.q.label);
    if (v.q.kind !== 'count' || !PEOPLE.test(v.q.unit) || v.q.incidental || !(VACANT.test(v.q.label) || over)) continue;
    let staff: Located | undefined;
    let posts: Located | undefined;
    for (let j = i - 1; j >= 0 && i - j <= LOOK && all[j].sentence === v.sentence; j--) {
      const l = all[j];
      if (l.q.incidental) continue;
      if (l.q.kind !== 'count' || !PEOPLE.test(l.q.unit)) break;
      if (!staff) {
        if (!IN_POST.test(l.q.label)) break;
        staff = l;
      } else {
        // (`行政编制10名，事业编制15名，实有在编…`: posts of two kinds, and which the vacancy is of is open.)
        const other = all[j - 1];
        if (POSTS.test(l.q.label) && !(other && other.sentence === v.sentence && other.q.kind === 'count' && POSTS.test(other.q.label))) posts = l;
        break;
      }
    }
    if (!staff || !posts) continue;
    if (over) {
      overStaffed(out, v, posts, staff);
      continue;
    }
    if (posts.q.value.lt(staff.q.value)) continue;
    gap(out, v, posts, staff);
  }
}

/** The count `v` states as `a` less `b` (缺编 = 编制 − 在编; 超编 = 在编 − 编制). */
function gap(out: RuleOutput, v: Located, a: Located, b: Located): void {
  relation(out, {
    ruleId: 'difference',
    stated: v.q,
    label: v.q.label.replace(/(为|是|共)$/, ''),
    operands: [operandOf(a.q), operandOf(b.q)],
    formula: `${a.q.label} ${a.q.raw} − ${b.q.label} ${b.q.raw}`,
    computed: a.q.value.sub(b.q.value),
    expected: sub(intervalOf(a.q), intervalOf(b.q)),
    decimals: 0,
    unit: v.q.unit,
  });
}

/** `核定编制39人，实有人员32人，超编7人`: over the posts is the staff less the posts — and none when fewer are in post. */
function overStaffed(out: RuleOutput, v: Located, posts: Located, staff: Located): void {
  if (staff.q.value.lt(posts.q.value)) {
    out.report({
      span: v.q.span,
      severity: 'error',
      message: t('{0} {1} 少于 {2} {3}，应为缺编 {4}{5}，与文中的“超编”不符', staff.q.label, staff.q.raw + staff.q.unit, posts.q.label, posts.q.raw + posts.q.unit, posts.q.value.sub(staff.q.value).toString(), v.q.unit),
      related: [
        { span: staff.q.span, message: `${staff.q.label} ${staff.q.raw}${staff.q.unit}` },
        { span: posts.q.span, message: `${posts.q.label} ${posts.q.raw}${posts.q.unit}` },
      ],
    });
    return;
  }
  gap(out, v, staff, posts);
}
