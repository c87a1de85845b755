// Page furniture (report/page-breaks.ts): page numbers, and lines repeated next to them (a running header). Not a table
// row that happens to end a page in several tables alike (probe-t: `210 卫生健康支出 283894.65 283894.65` before the
// page number in three 决算表 was dropped as a footer, and the tables' 合计 no longer added up).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageFurniture } from '../../../server/src/report/page-breaks';
import { spansOf } from './helpers';

describe('page furniture', () => {
  const pages = [1, 2, 3, 4].flatMap((n) => [
    ' '.repeat(110) + '宁远县民政局 2023 年度部门决算',
    `表${n}`,
    '208       社会保障和就业支出             47739915.65      47709915.65',
    '210       卫生健康支出                  283894.65        283894.65',
    '',
    `                                                  -${n}-`,
  ]);
  const text = pages.join('\n');
  const furniture = pageFurniture(text, spansOf(text));
  const lines = text.split('\n');

  it('the running header, set far to the right by pdftotext -layout, is furniture wherever it stands', () => {
    lines.forEach((l, i) => {
      if (l.includes('宁远县民政局')) assert.equal(furniture[i], true, `line ${i + 1}`);
    });
  });

  it('a row of amounts that ends each page is no footer', () => {
    lines.forEach((l, i) => {
      if (l.includes('卫生健康支出')) assert.equal(furniture[i], false, `line ${i + 1}`);
    });
  });
});
