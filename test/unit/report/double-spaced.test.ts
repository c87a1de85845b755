// PDF text copied with a blank line after every line (js-wzyjs-u1823-2025 as some viewers give it): the blank lines
// are layout, and the wrapped sentences are read across them as if they were not there.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from './helpers';
import { summary } from '../rules/helpers';

// The real excerpt's lines (a 2025 部门预算 in 元, wrapped at the page's edge).
const LINES = [
  '项目支出预算 48100 元,占支出总预算的 4.43%,同比无增',
  '减变化。',
  '其中:',
  '(一)文化旅游体育与传媒支出类科目 850088.3 元,',
  '占支出总预算 78.33%,同比减少 54357.12 元,下降 6.00 %。',
  '(二)社会保障和就业支出类科目 116433.12 元,占支',
  '出总预算 10.73 %,同比增加 16803.36 元,增长 14.43%。',
  '(三)卫生健康支出类科目 43897.73 元,占支出总预',
  '算4.04 %,同比减少 6014.46 元,下降 12.05 %。',
  '(四)住房保障支出类科目 74784.48 元,占支出总预',
  '算6.90 %,同比增加 62.16 元,增长 0.083 %。',
];

describe('PDF text with a blank line after every line', () => {
  const single = LINES.join('\n');
  const double = LINES.join('\n\n');

  it('finds what the single-spaced text gives (16803.36 ÷ 99629.76 = 16.87%, not 14.43%), on the doubled line numbers', () => {
    const once = summary(single);
    assert.ok(once.includes('7 error growth 14.43'), JSON.stringify(once));
    assert.deepEqual(
      summary(double),
      once.map((s) => s.replace(/^\d+/, (n) => String(2 * Number(n) - 1))),
    );
  });

  it('reads each wrapped sentence as one paragraph across the blank lines', () => {
    const texts = parse(double).paragraphs.map((p) => p.text);
    assert.ok(texts.includes('(二)社会保障和就业支出类科目 116433.12 元,占支出总预算 10.73 %,同比增加 16803.36 元,增长 14.43%。'), JSON.stringify(texts));
  });

  it('a web page’s paragraphs, each a line ending its sentence with a blank line between, stay apart', () => {
    const web = [
      '一、部门基本情况',
      '本部门共有内设机构5个:',
      '办公室、财务科、业务一科、业务二科、业务三科。',
      '二、收支情况',
      '2023年收入合计100万元。',
      '2023年支出合计90万元。',
      '三、三公经费',
      '“三公”经费支出3万元。',
      '四、其他',
      '无。',
    ].join('\n\n');
    assert.equal(parse(web).paragraphs.length, 6);
  });
});
