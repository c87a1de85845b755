// Which message bundle to load for a display language. Messages are written in Chinese in the source, so a
// Chinese display language needs no bundle; another language takes its own bundle (full locale, then the
// language alone) when there is one, else the Chinese stands. VS Code itself never loads a bundle for 'en',
// its default language, so the extension loads its own. The server follows the same rule for
// InitializeParams.locale (server/src/lsp/l10n-bundle.ts).

/** Bundle file names to try, best first; empty when the source strings (Chinese) are wanted. */
export function bundleFileCandidates(displayLanguage: string | undefined): string[] {
  const lang = (displayLanguage ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (lang === '' || lang === 'zh' || lang.startsWith('zh-')) return [];
  const names: string[] = [`bundle.l10n.${lang}.json`];
  const base = lang.split('-')[0];
  if (base !== lang) names.push(`bundle.l10n.${base}.json`);
  return names;
}
