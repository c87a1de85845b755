// `path:line:col: 严重程度 说明 [规则]`, one line per finding (1-based line and column, columns in UTF-16
// code units as in the editor), then a Chinese summary line. For a Word, Excel or PDF file the line and column
// of its extracted text mean little to its reader, so the place in the document stands there instead:
// `报告.docx:第12段:`, `报告.docx:表2 第3行 第4列:`, `自评表.xlsx:Sheet1!D7:`, `报告.pdf:第3页:`.
import type { Diagnostic, DiagnosticSeverity } from '../../features/diagnostics';
import { t } from '../../l10n';
import type { Checked } from '../check';

export function severityWord(severity: DiagnosticSeverity): string {
  switch (severity) {
    case 1:
      return t('错误');
    case 2:
      return t('警告');
    case 3:
      return t('信息');
    default:
      return t('提示');
  }
}

export function formatText(checked: Checked[], unreadable: number): string {
  const lines: string[] = [];
  const count = [0, 0, 0, 0, 0];
  for (const c of checked) {
    for (const d of c.diagnostics) {
      count[d.severity]++;
      lines.push(diagnosticLine(c, d));
    }
  }
  let summary = t('{0} 个文件，{1} 个错误，{2} 个警告', checked.length, count[1], count[2]);
  if (count[3] + count[4] > 0) summary += t('，{0} 个提示', count[3] + count[4]);
  if (unreadable > 0) summary += t('，{0} 个无法读取', unreadable);
  lines.push(summary);
  return lines.join('\n') + '\n';
}

function diagnosticLine(c: Checked, d: Diagnostic): string {
  const message = d.message.replace(/\s*[\r\n]+\s*/g, ' ');
  const place = c.placeOf?.(d.range.start);
  const where = place ?? `${d.range.start.line + 1}:${d.range.start.character + 1}`;
  return `${c.input.path}:${where}: ${severityWord(d.severity)} ${message} [${d.code}]`;
}
