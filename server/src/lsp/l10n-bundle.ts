// Loads the message bundle for the messages' language (initializationOptions.locale, else the client's display
// language, InitializeParams.locale) from l10n/bundle.l10n.<locale>.json next to the bundled server
// (dist/../l10n). Chinese (the source language) when the locale is Chinese, unknown, or has no bundle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configureL10n } from '../l10n';

export function bundleCandidates(locale: string): string[] {
  const lower = locale.toLowerCase();
  if (!lower || lower.startsWith('zh')) return [];
  const names = [lower];
  const language = lower.split('-')[0];
  if (language !== lower) names.push(language);
  return names.map((n) => `bundle.l10n.${n}.json`);
}

/** Returns the file loaded, or undefined (Chinese). Never throws: a broken bundle leaves Chinese. */
export function loadL10nBundle(locale: string | undefined, folder = join(__dirname, '..', 'l10n')): string | undefined {
  for (const name of bundleCandidates(locale ?? '')) {
    const file = join(folder, name);
    if (!existsSync(file)) continue;
    try {
      const contents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      configureL10n(contents);
      return file;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
