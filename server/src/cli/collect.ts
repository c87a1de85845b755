// Command-line paths → the report files to check. A folder yields every report inside it (.txt/.md, Word,
// Excel, PDF, and the old .doc/.xls/.wps that get a conversion message), recursively and sorted, skipping
// node_modules, dot-folders and Office's `~$` lock files; a path that is neither becomes a problem, not a crash.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { documentExtensions } from '../io/readDocument';
import { fileErrorReason } from '../io/readReport';
import { t } from '../l10n';

export interface Input {
  /** As shown to the user: the path given, or the folder given joined with the file's relative path. */
  path: string;
  /** Absolute path. */
  absolute: string;
  format: 'txt' | 'md';
}

export interface Problem {
  path: string;
  reason: string;
}

export function formatOf(path: string): 'txt' | 'md' {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : 'txt';
}

export function collectInputs(paths: string[]): { inputs: Input[]; problems: Problem[] } {
  const inputs: Input[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const absolute = resolve(path);
    let key = absolute;
    try {
      key = realpathSync(absolute);
    } catch {
      // keep the absolute path as the key
    }
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ path, absolute, format: formatOf(path) });
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (e) {
      problems.push({ path, reason: fileErrorReason(e) });
      continue;
    }
    if (!isDirectory) {
      add(path);
      continue;
    }
    const found: string[] = [];
    walk(path, found, new Set(), problems);
    if (found.length === 0 && !problems.some((p) => p.path.startsWith(path)))
      problems.push({ path, reason: t('文件夹中没有报告（.txt、.md、.docx、.xlsx 或 .pdf）') });
    found.forEach(add);
  }
  return { inputs, problems };
}

function walk(dir: string, out: string[], visited: Set<string>, problems: Problem[]): void {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(dir);
    if (visited.has(real)) return; // a symbolic link back up the tree
    visited.add(real);
    names = readdirSync(dir).sort();
  } catch (e) {
    problems.push({ path: dir, reason: fileErrorReason(e) });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name.startsWith('~$') || name === 'node_modules') continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue; // a dangling link inside a folder is not the user's input
    }
    if (stat.isDirectory()) walk(path, out, visited, problems);
    else if (stat.isFile() && documentExtensions.has(extname(name).toLowerCase())) out.push(path);
  }
}
