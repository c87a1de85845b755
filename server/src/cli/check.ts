// Reads and analyses each input file, honouring the `.jixiao-ignore` beside it (the ignores the editor recorded
// there). One file failing (unreadable, not text, an old Office format, an internal error) is recorded as a
// problem and the others are still checked. Word, Excel and PDF files are analysed as the text their readers
// extract; their diagnostics' positions refer to that text, and `placeOf` names the place in the document.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../analyze';
import { toDiagnostics, type Diagnostic } from '../features/diagnostics';
import type { EncodingChoice } from '../io/decode';
import { placeAt } from '../io/document';
import { readDocument } from '../io/readDocument';
import { t } from '../l10n';
import { IGNORE_FILE_NAME, ignoresOfFile, parseIgnoreFile, type StoredIgnore } from '../report/ignores';
import type { Input, Problem } from './collect';

export interface Checked {
  input: Input;
  /** file:// URL of the file. */
  uri: string;
  diagnostics: Diagnostic[];
  /** For a Word/Excel/PDF file: the place in the document (`第12段`, `Sheet1!D7`) of a position in its text. */
  placeOf?: (position: { line: number; character: number }) => string | undefined;
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

export async function checkInputs(
  inputs: Input[],
  encoding: EncodingChoice,
  maxBytes?: number,
): Promise<{ checked: Checked[]; problems: Problem[] }> {
  const ignoresOf = ignoreFilesReader();
  const checked: Checked[] = [];
  const problems: Problem[] = [];
  for (const input of inputs) {
    let read;
    try {
      read = await readDocument(input.absolute, encoding, maxBytes);
    } catch (e) {
      read = { ok: false as const, reason: t('读取时出现内部错误：{0}', e instanceof Error ? e.message : String(e)) };
    }
    if (!read.ok) {
      problems.push({ path: input.path, reason: read.reason });
      continue;
    }
    const uri = pathToFileURL(input.absolute).href;
    try {
      const analysis = analyze(read.text, { format: read.format, ignores: ignoresOf(input.absolute) });
      const entry: Checked = { input, uri, diagnostics: toDiagnostics(analysis, uri) };
      const places = read.places;
      if (places) {
        const starts = lineStarts(read.text);
        entry.placeOf = (p) => placeAt(places, (starts[p.line] ?? read.text.length) + p.character);
      }
      checked.push(entry);
    } catch (e) {
      problems.push({ path: input.path, reason: t('检查时出现内部错误：{0}', e instanceof Error ? e.message : String(e)) });
    }
  }
  return { checked, problems };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
