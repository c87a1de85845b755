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
    text: `${icon} ${l10n.t('绩效：{0} 处问题', total)}`,
    tooltip: `${breakdown}\n${l10n.t('单击打开“问题”面板')}`,
  };
}
