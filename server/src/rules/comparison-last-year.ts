// `2023年“三公”经费支出28.05万元，上年为32.50万元，增加4.45万元`: a change against last year whose amount is the two
// figures' gap but whose word goes the other way (28.05 < 32.50: 减少). The pairing is year-pair.ts's; only a word
// whose amount fits the gap read the other way is reported — an amount that fits neither leaves the pairing open.
import type { Report } from '../report/model';
import { t } from '../l10n';
import { intervalOf, overlaps, scale } from './interval';
import type { RuleOutput } from './rule';
import { operandOf } from './sum-of-parts';
import { changeOf, lastYearChangePairs } from './year-pair';

export function lastYearWords(report: Report, out: RuleOutput): void {
  for (const pair of lastYearChangePairs(report)) {
    const { computed, expected } = changeOf(pair);
    if (!computed.isNegative()) continue;
    const q = pair.change.q;
    if (q.value.isZero() || !overlaps(scale(expected, -1), intervalOf(q))) continue;
    const word = pair.decrease ? '减少' : '增加';
    const right = pair.decrease ? '增加' : '减少';
    // (The word where the text has it — `较上年减` / `少131.06万元`, a PDF's line broken inside it: a helper's probe.)
    const span = wordBefore(report.text, q.span.start, word, q.label.length + WORD_LOOK_BACK);
    if (!span) continue;
    const [c, p] = [pair.current.q, pair.prior.q];
    out.check({
      ruleId: 'comparison-word',
      target: span,
      targetLabel: t('增减方向'),
      stated: q,
      operands: [operandOf(c), operandOf(p, pair.pName)],
      formula: `${c.label} ${c.raw} − ${pair.pName} ${p.raw}`,
      computed: computed.neg(),
      unit: q.unit,
      holds: false,
    });
    out.report({
      span,
      message: t('{0} {1} 与所比的{2} {3} 相比是“{4}”，与文中的“{5}”不符', c.label, c.raw + c.unit, pair.pName, p.raw + p.unit, right, word),
      related: [
        { span: c.span, message: `${c.label} ${c.raw}${c.unit}` },
        { span: p.span, message: `${pair.pName} ${p.raw}${p.unit}` },
      ],
      fix: { title: t('将“{0}”改为“{1}”', word, right), edits: [{ span, newText: right }] },
    });
  }
}

const WORD_LOOK_BACK = 16;

/** The last `word` in the `reach` characters before `end`, spaces or a line break allowed between its characters. */
function wordBefore(text: string, end: number, word: string, reach: number): { start: number; end: number } | undefined {
  const from = Math.max(0, end - reach);
  const re = new RegExp([...word].join('\\s*'), 'g');
  let found: { start: number; end: number } | undefined;
  for (const m of text.slice(from, end).matchAll(re)) found = { start: from + m.index!, end: from + m.index! + m[0].length };
  return found;
}
