// The extension manifest and its companion files, read from the repository root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..', '..');

export function readJson<T = any>(relative: string): T {
  return JSON.parse(readFileSync(join(root, relative), 'utf8')) as T;
}

export const manifest = readJson('package.json');
export const nlsEn = readJson<Record<string, string>>('package.nls.json');
export const nlsZh = readJson<Record<string, string>>('package.nls.zh-cn.json');

export const jixiaoLanguage = manifest.contributes.languages.find((l: { id: string }) => l.id === 'jixiao');

/** Rule ids of the brief's contract (the diagnostic `code`s). */
export const contractRuleIds = [
  'heading-numbering',
  'sum-of-parts',
  'share',
  'share-total',
  'difference',
  'growth',
  'multiple',
  'rate',
  'identity',
  'table-row-formula',
  'table-blank-adjustment',
  'table-total',
  'column-kind',
  'same-figure',
  'score',
  'comparison-word',
  'report-year',
  'placeholder',
];

/** Every `%key%` string anywhere in the manifest. */
export function nlsKeys(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) nlsKeys(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) nlsKeys(v, out);
  }
  return out;
}
