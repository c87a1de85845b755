// Placeholders still standing where a figure goes (`××万元`, `XX%`, `（填写）`) and blank slots (`占基本支出预算%`):
// the template's figures are not the department's until typed over. One hint for the whole report lists them (issue #9), so a draft with sample
// figures left in cannot pass as finished; it is no error, and it goes away as the last one is filled in.
import { t } from '../l10n';
import { positionAt } from '../report/lines';
import { placeholdersOf } from '../report/placeholders';
import type { Rule } from './rule';
/** Lines named in the message; the rest are counted. */
const LINES_NAMED = 8;

export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'hint',
  description: '模板中待填写的占位数字（××、XX、（填写））尚未填写',
  example: '2024年度政府采购支出××万元，其中：货物××万元。',
  run(report, out) {
    const spans = placeholdersOf(report);
    if (!spans.length) return;
    const lines = [...new Set(spans.map((s) => positionAt(report.lineStarts, s.start).line + 1))];
    const named = lines.slice(0, LINES_NAMED).map((l) => t('第 {0} 行', l)).join('、') + (lines.length > LINES_NAMED ? '…' : '');
    out.report({
      span: spans[0],
      message: t('还有 {0} 处占位符待填写：{1}', spans.length, named),
      related: spans.map((span) => ({ span, message: report.text.slice(span.start, span.end) })),
    });
  },
};
