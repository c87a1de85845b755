// Which language jixiao's messages are in, and which message bundle that takes. Messages are written in Chinese
// in the source, so Chinese needs no bundle; another language takes its own bundle (full locale, then the
// language alone) when there is one, else the Chinese stands. VS Code itself never loads a bundle for 'en', its
// default language, so the extension loads its own. The server follows the same rule for the locale the client
// sends it (server/src/lsp/l10n-bundle.ts). Plain logic, no vscode.

/** The values of the `jixiao.messageLanguage` setting. */
export const messageLanguages = ['auto', 'zh-cn', 'en'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

/**
 * The locale of the messages: `jixiao.messageLanguage` when it names one ("zh-cn", "en"), else ("auto", unset or
 * a wrong value) VS Code's display language. Many users run an English VS Code yet want Chinese messages.
 */
export function messageLocale(setting: unknown, displayLanguage: string | undefined): string {
  if (setting === 'zh-cn' || setting === 'en') return setting;
  return displayLanguage ?? '';
}

/** Bundle file names to try, best first; empty when the source strings (Chinese) are wanted. */
export function bundleFileCandidates(displayLanguage: string | undefined): string[] {
  const lang = (displayLanguage ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (lang === '' || lang === 'zh' || lang.startsWith('zh-')) return [];
  const names: string[] = [`bundle.l10n.${lang}.json`];
  const base = lang.split('-')[0];
  if (base !== lang) names.push(`bundle.l10n.${base}.json`);
  return names;
}
