// Heading numbers run 1, 2, 3… under their parent; a level keeps the numbering style it started with.
import type { Heading } from '../report/model';
import { formatMarker } from '../report/numbering';
import { t } from '../l10n';
import type { Rule } from './rule';

const STYLE_NAMES: Record<string, string> = {
  'chinese-dun': '一、',
  'chinese-paren': '（一）',
  'arabic-dun': '1、',
  'arabic-paren': '（1）',
  'arabic-dot': '1.',
  circled: '①',
  'chinese-part': '第一部分',
};

export const headingNumbering: Rule = {
  id: 'heading-numbering',
  severity: 'warning',
  description: '同级标题编号应连续（不跳号、不重号），同一级别的编号样式前后一致',
  example: '一、… 二、… 四、…（缺少“三、”）',
  run(report, out) {
    const { headings, sections } = report;
    const lastChild = new Map<number, Heading>();
    const styleOfLevel = new Map<number, Heading>();
    headings.forEach((h, k) => {
      if (h.style === 'markdown') return;
      const first = styleOfLevel.get(h.level);
      if (!first) styleOfLevel.set(h.level, h);
      else if (first.style !== h.style) {
        out.report({
          span: h.markerSpan,
          severity: 'information',
          message: t('第 {0} 级标题前文用“{1}”式编号（第 {2} 行），此处用“{3}”式', h.level, STYLE_NAMES[first.style], first.line + 1, STYLE_NAMES[h.style]),
          related: [{ span: first.markerSpan, message: first.marker }],
        });
      }
      const parent = sections[k].parent;
      const prev = lastChild.get(parent);
      lastChild.set(parent, h);
      const sameRun = prev && prev.level === h.level && prev.style === h.style;
      const expected = sameRun ? prev.number + 1 : 1;
      if (h.number === expected) return;
      let message: string;
      if (sameRun && h.number === prev.number) message = t('标题编号“{0}”与上一个同级标题重复，应为“{1}”', h.marker, formatMarker(h.style, expected));
      else if (sameRun && h.number > expected) message = t('标题编号跳号：上一个同级标题是“{0}”，此处为“{1}”，应为“{2}”', prev.marker, h.marker, formatMarker(h.style, expected));
      else if (!sameRun) message = t('本级第一个标题编号为“{0}”，应从“{1}”开始', h.marker, formatMarker(h.style, 1));
      else message = t('标题编号“{0}”顺序颠倒，应为“{1}”', h.marker, formatMarker(h.style, expected));
      const newText = formatMarker(h.style, expected);
      out.report({
        span: h.markerSpan,
        message,
        related: prev ? [{ span: prev.markerSpan, message: prev.marker }] : [],
        fix: { title: t('将编号改为“{0}”', newText), edits: [{ span: h.markerSpan, newText }] },
      });
    });
  },
};
