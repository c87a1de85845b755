// The `jixiao.*` settings as the server uses them, read defensively: a wrong value falls back to its default.
import type { RuleSetting } from '../report/model';
import type { TemplateName } from '../features/outline';
import { maxReportBytes } from '../io/readReport';

export interface Settings {
  /** Per-rule override: 'off' or a severity. */
  rules: Record<string, RuleSetting>;
  run: 'onType' | 'onSave';
  inlayHints: boolean;
  template: TemplateName;
  /**
   * Where "ignore this finding" records the ignore: `file`, the `.jixiao-ignore` file beside the report (the text,
   * pasted back into Word, stays clean); `inline`, a `<!-- jixiao-ignore … -->` marker at the end of the line.
   */
  ignoreStorage: 'file' | 'inline';
  /** In MB: a larger document is not analysed; one diagnostic says so (a data dump pasted into a report). */
  maxFileSize: number;
  /**
   * In ms: an analysis still running after this long is abandoned for that version of the document, and the user
   * is told why (status bar, output channel, one diagnostic); 0 means no limit.
   */
  analysisTimeBudgetMs: number;
}

export const defaultSettings: Settings = {
  rules: {},
  run: 'onType',
  inlayHints: true,
  template: 'arabic',
  ignoreStorage: 'file',
  maxFileSize: maxReportBytes / 1024 / 1024,
  analysisTimeBudgetMs: 10_000,
};

const RULE_SETTINGS = new Set<string>(['off', 'error', 'warning', 'information', 'hint']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `raw` is the `jixiao` section as a client sends it: nested (`{inlayHints: {enabled}}`, as VS Code does) or
 * with dotted keys (`{'inlayHints.enabled': …}`), or anything else (then the defaults).
 */
export function normalizeSettings(raw: unknown): Settings {
  if (!isObject(raw)) return { ...defaultSettings, rules: {} };
  const rules: Record<string, RuleSetting> = {};
  if (isObject(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules)) {
      if (typeof value === 'string' && RULE_SETTINGS.has(value)) rules[id] = value as RuleSetting;
    }
  }
  const run = raw.run === 'onSave' || raw.run === 'onType' ? raw.run : defaultSettings.run;
  const hints = isObject(raw.inlayHints) ? raw.inlayHints.enabled : raw['inlayHints.enabled'];
  const template = raw.template === 'chinese' || raw.template === 'arabic' ? raw.template : defaultSettings.template;
  const ignoreStorage = raw.ignoreStorage === 'inline' || raw.ignoreStorage === 'file' ? raw.ignoreStorage : defaultSettings.ignoreStorage;
  const maxFileSize =
    typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0 ? raw.maxFileSize : defaultSettings.maxFileSize;
  const budget = raw.analysisTimeBudgetMs;
  const analysisTimeBudgetMs =
    typeof budget === 'number' && Number.isFinite(budget) && budget >= 0 ? budget : defaultSettings.analysisTimeBudgetMs;
  return {
    rules,
    run,
    inlayHints: typeof hints === 'boolean' ? hints : defaultSettings.inlayHints,
    template,
    ignoreStorage,
    maxFileSize,
    analysisTimeBudgetMs,
  };
}

/**
 * Settings that change what the analysis finds (the others change only how it is shown); the time budget too, as
 * an analysis abandoned under one budget may finish under another.
 */
export function analysisKey(s: Settings): string {
  return JSON.stringify([Object.entries(s.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), s.analysisTimeBudgetMs]);
}
