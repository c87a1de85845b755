// What the status-bar item says for a document: a spinner while a check runs, else the number of findings.
import * as l10n from '@vscode/l10n';

export interface FindingCounts {
  errors: number;
  warnings: number;
  others: number;
}

export interface StatusText {
  text: string;
  tooltip: string;
}

export function statusText(counts: FindingCounts, running: boolean): StatusText {
  const total = counts.errors + counts.warnings + counts.others;
  const breakdown = l10n.t('错误 {0}，警告 {1}，其他 {2}', counts.errors, counts.warnings, counts.others);
  if (running) {
    return { text: `$(sync~spin) ${l10n.t('绩效：检查中…')}`, tooltip: l10n.t('正在检查绩效自评报告中的数字') };
  }
  if (total === 0) {
    return { text: `$(pass) ${l10n.t('绩效：无问题')}`, tooltip: l10n.t('绩效自评报告中的数字均对得上') };
  }
  const icon = counts.errors > 0 ? '$(error)' : counts.warnings > 0 ? '$(warning)' : '$(info)';
  return {
    // Its own message for one, which English says in the singular ("Jixiao: 1 finding").
    text: `${icon} ${total === 1 ? l10n.t('绩效：1 处问题') : l10n.t('绩效：{0} 处问题', total)}`,
    tooltip: `${breakdown}\n${l10n.t('单击打开“问题”面板')}`,
  };
}

/** The findings of one check of a document, as the server counted them for the version it checked. */
export interface CheckedVersion {
  version: number;
  counts: FindingCounts;
  /** The server gave up the analysis of this version (over jixiao.analysisTimeBudgetMs): its reason. */
  abandoned?: string;
}

export interface StatusInput {
  /** The version of the document in the editor now. */
  docVersion: number;
  /** The server is analysing it right now. */
  running: boolean;
  /** The last check the server finished for it, if any. */
  checked?: CheckedVersion;
  /** jixiao.run: on save, the last check stands until the next save. */
  runMode: 'onType' | 'onSave';
  /** What VS Code's diagnostic collections hold for it (a workspace check of a closed file, say). */
  collection: FindingCounts;
}

/**
 * What the status bar may claim. Never "no problem" before the server has counted the findings of the version in
 * the editor: after an edit (a 500 KB paste, say) VS Code's collection still holds the old findings, often none,
 * until it has pulled the new ones; until the count for this version is in, the check is shown as running.
 */
export function statusFor(input: StatusInput): StatusText {
  if (input.running) return statusText(input.collection, true);
  const { checked } = input;
  if (checked && (input.runMode === 'onSave' || checked.version === input.docVersion)) {
    if (checked.abandoned) return { text: `$(watch) ${l10n.t('绩效：检查超时')}`, tooltip: checked.abandoned };
    return statusText(checked.counts, false);
  }
  if (checked || input.collection.errors + input.collection.warnings + input.collection.others === 0) {
    return statusText(input.collection, true); // a check of this version is due and not yet counted
  }
  return statusText(input.collection, false);
}
