// Reads and analyses each input file, honouring the `.jixiao-ignore` beside it (the ignores the editor recorded
// there). One file failing (unreadable, not text, an internal error) is recorded as a problem and the others are
// still checked.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analyze';
import { toDiagnostics, type Diagnostic } from '../features/diagnostics';
import type { EncodingChoice } from '../io/decode';
import { readReportFile } from '../io/readReport';
import { t } from '../l10n';
import { IGNORE_FILE_NAME, ignoresOfFile, parseIgnoreFile, type StoredIgnore } from '../report/ignores';
import type { Input, Problem } from './collect';

export interface Checked {
  input: Input;
  /** file:// URL of the file. */
  uri: string;
  diagnostics: Diagnostic[];
}

/** The ignores of each folder's `.jixiao-ignore` (none when there is no such file), read once per folder. */
function ignoreFilesReader(): (report: string) => StoredIgnore[] {
  const byFolder = new Map<string, StoredIgnore[]>();
  return (report) => {
    const folder = dirname(report);
    let all = byFolder.get(folder);
    if (!all) {
      try {
        all = parseIgnoreFile(readFileSync(join(folder, IGNORE_FILE_NAME), 'utf8'));
      } catch {
        all = [];
      }
      byFolder.set(folder, all);
    }
    return ignoresOfFile(all, basename(report));
  };
}

export function checkInputs(inputs: Input[], encoding: EncodingChoice): { checked: Checked[]; problems: Problem[] } {
  const ignoresOf = ignoreFilesReader();
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
      const analysis = analyze(read.text, { format: input.format, ignores: ignoresOf(input.absolute) });
      checked.push({ input, uri, diagnostics: toDiagnostics(analysis, uri) });
    } catch (e) {
      problems.push({ path: input.path, reason: t('检查时出现内部错误：{0}', e instanceof Error ? e.message : String(e)) });
    }
  }
  return { checked, problems };
}
