// Reads and analyses each input file. One file failing (unreadable, not text, an internal error) is recorded
// as a problem and the others are still checked.
import { pathToFileURL } from 'node:url';
import { analyze } from '../analyze';
import { toDiagnostics, type Diagnostic } from '../features/diagnostics';
import type { EncodingChoice } from '../io/decode';
import { readReportFile } from '../io/readReport';
import { t } from '../l10n';
import type { Input, Problem } from './collect';

export interface Checked {
  input: Input;
  /** file:// URL of the file. */
  uri: string;
  diagnostics: Diagnostic[];
}

export function checkInputs(inputs: Input[], encoding: EncodingChoice): { checked: Checked[]; problems: Problem[] } {
  const checked: Checked[] = [];
  const problems: Problem[] = [];
  for (const input of inputs) {
    const read = readReportFile(input.absolute, encoding);
    if (!read.ok) {
      problems.push({ path: input.path, reason: read.reason });
      continue;
    }
    const uri = pathToFileURL(input.absolute).href;
    try {
      const analysis = analyze(read.text, { format: input.format });
      checked.push({ input, uri, diagnostics: toDiagnostics(analysis, uri) });
    } catch (e) {
      problems.push({ path: input.path, reason: t('检查时出现内部错误：{0}', e instanceof Error ? e.message : String(e)) });
    }
  }
  return { checked, problems };
}
