// `…支出15.26万元，较上年17.6万元有所增加`, `全年执行数312.5万元，低于年初预算数305万元`, `预算25.6万元，与2023年预算28.8万元
// 持平`: a figure, the one it is compared with stated right after it, and the word that says which way — with no
// change amount after them to check instead (difference.ts reads that). The word must match the two figures.
import type { Report, Span } from '../report/model';
import { t } from '../l10n';
import { wordsBetween } from '../report/prose';
import { intervalOf, overlaps, scale } from './interval';
import { isAside, proseFigures } from './prose-index';
import { unitFactor } from './prose-lists';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';

/** The base's own words: `较上年`, `与2023年预算`, `比年初预算数`; or a verdict before it: `低于年初预算数`. */
const BASE = /^(较|比|与|同)(上年|去年|上年度|同期|\d{4}年度?)?(的)?(年初|全年|调整后)?(预算|决算)?(数)?(的)?$/;
const VERDICT_BEFORE = /^(低于|高于|超过|少于|多于|大于|小于)(上年|去年|\d{4}年度?)?(的)?(年初|全年|调整后)?(预算|决算)?(数)?(的)?$/;
const WORD_AFTER = /^(万元|元|亿元)?(相比|相较)?[，,]?\s*(有所|略有|大幅|明显|基本)?(增加|增长|上升|提高|减少|下降|降低|持平|相当)/;
const COMPARING = /^(较|比|与|同|低于|高于|超过|少于|多于|大于|小于)/;
const UP = /增加|增长|上升|提高|高于|超过|多于|大于/;
const DOWN = /减少|下降|降低|低于|少于|小于/;
const OPPOSITE: Record<string, string> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长', 上升: '下降', 提高: '降低', 降低: '提高', 高于: '低于', 低于: '高于', 多于: '少于', 少于: '多于', 大于: '小于', 小于: '大于', 超过: '低于' };

export function inlineBaseWords(report: Report, out: RuleOutput): void {
  const all = proseFigures(report);
  for (let i = 1; i < all.length; i++) {
    const b = all[i];
    const base = b.q;
    if (base.kind !== 'money' || base.incidental || base.inParens) continue;
    const before = VERDICT_BEFORE.exec(base.label);
    if (!before && !BASE.test(base.label)) continue;
    let k = i - 1;
    while (k >= 0 && (all[k].q.incidental || isAside(all, k)) && all[k].sentence === b.sentence) k--;
    const a = all[k];
    if (!a || a.sentence !== b.sentence || a.q.kind !== 'money' || a.q.inParens) continue;
    // The word: the verdict before the base, or right after it, in its clause, with no figure after it there.
    let word: string;
    let span: Span;
    if (before) {
      word = before[1];
      span = { start: base.span.start - base.label.length, end: base.span.start - base.label.length + word.length };
    } else {
      const next = all[i + 1];
      if (next && next.clause === b.clause) continue;
      const tail = wordsBetween(b.paragraph, base.span.end, b.clause.span.end);
      const m = WORD_AFTER.exec(tail);
      if (!m) continue;
      word = m[4];
      const at = tail.indexOf(word);
      span = { start: base.span.end + at, end: base.span.end + at + word.length };
    }
    if (report.text.slice(span.start, span.end) !== word) continue;
    const f = unitFactor(a.q.unit, base.unit);
    const current = scale(intervalOf(a.q), f);
    const was = intervalOf(base);
    const up = UP.test(word);
    const down = DOWN.test(word);
    const holds = up ? current.hi.gt(was.lo) : down ? current.lo.lt(was.hi) : overlaps(current, was);
    const diff = a.q.value.mul(f).sub(base.value);
    out.check({
      ruleId: 'comparison-word',
      target: span,
      targetLabel: t('增减方向'),
      stated: a.q,
      operands: [operandOf(a.q), operandOf(base)],
      formula: `${a.q.label} ${a.q.raw} − ${base.label} ${base.raw}`,
      computed: diff,
      unit: base.unit,
      holds,
    });
    if (holds) continue;
    // `“三公”经费决算16.74万元，低于预算5.35万元` (a helper's 自评报告 probe): a figure after the verdict far below the one
    // compared is by how much — the gap, not the base.
    if (before && base.value.mul(2).lt(a.q.value.mul(f))) continue;
    const right = diff.isZero() ? '持平' : OPPOSITE[word] && (up || down) ? OPPOSITE[word] : diff.gt(0) ? '增加' : '减少';
    out.report({
      span,
      message: t('{0} {1} 与所比的{2} {3} 相比是“{4}”，与文中的“{5}”不符', a.q.label, a.q.raw + a.q.unit, base.label.replace(COMPARING, ''), base.raw + base.unit, right, word),
      related: [
        { span: a.q.span, message: `${a.q.label} ${a.q.raw}${a.q.unit}` },
        { span: base.span, message: `${base.label} ${base.raw}${base.unit}` },
      ],
    });
  }
}
