// The Chinese name of a heading level (一级标题 …), shown in the outline and in completion.
import { t } from '../l10n';

export function levelName(level: number): string {
  switch (level) {
    case 1:
      return t('一级标题');
    case 2:
      return t('二级标题');
    case 3:
      return t('三级标题');
    case 4:
      return t('四级标题');
    case 5:
      return t('五级标题');
    case 6:
      return t('六级标题');
    default:
      return t('{0}级标题', level);
  }
}
