// Short Chinese names of the relations, for hover cards (the catalogue holds the long descriptions).
import { t } from '../l10n';

// Each label is a literal t('…') call so that the l10n export finds it.
const LABELS: Record<string, () => string> = {
  'heading-numbering': () => t('标题编号'),
  'sum-of-parts': () => t('分项之和'),
  share: () => t('占比'),
  'share-total': () => t('占比合计'),
  difference: () => t('差额'),
  growth: () => t('增减幅度'),
  multiple: () => t('倍数'),
  rate: () => t('比率'),
  identity: () => t('恒等关系'),
  'table-row-formula': () => t('行公式'),
  'table-blank-adjustment': () => t('预算调整'),
  'table-total': () => t('合计'),
  'column-kind': () => t('列的类型'),
  'same-figure': () => t('同一数字'),
  score: () => t('评分'),
  'comparison-word': () => t('比较用词'),
  'report-year': () => t('报告年度'),
  placeholder: () => t('占位符'),
};

export function ruleLabel(ruleId: string): string {
  const label = LABELS[ruleId];
  return label ? label() : ruleId;
}

/** Relations in which the operands add up to the target: a part's share of that total is worth showing. */
export const ADDITIVE_RULES = new Set(['sum-of-parts', 'identity', 'table-total']);
