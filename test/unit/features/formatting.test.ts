// The small printers behind hover and completion: amounts, conversions, formulas, heading markers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Decimal from 'decimal.js';
import { grouped, moneyConversions, plain } from '../../../server/src/features/amounts';
import { numericFormula } from '../../../server/src/features/formula';
import { escapeMarkdown, markdownTable } from '../../../server/src/features/markdown';
import { toChineseNumber as chineseNumeral, formatMarker } from '../../../server/src/report/numbering';

describe('amounts', () => {
  it('prints decimals exactly, never in exponent form', () => {
    assert.equal(plain(new Decimal('1e-7')), '0.0000001');
    assert.equal(plain(new Decimal('123456789012345678')), '123456789012345678');
    assert.equal(plain(new Decimal('74.2716454657'), 2), '74.27');
    assert.equal(plain(new Decimal('-0.001'), 2), '0.00');
  });

  it('converts between 元, 万元 and 亿元 exactly', () => {
    assert.deepEqual(moneyConversions(new Decimal('47281.07'), '万元'), [
      { unit: '元', text: '472,810,700' },
      { unit: '万元', text: '47,281.07' },
      { unit: '亿元', text: '4.728107' },
    ]);
    assert.deepEqual(moneyConversions(new Decimal('881300.39'), '元').map((c) => c.text), ['881,300.39', '88.130039', '0.0088130039']);
    assert.deepEqual(moneyConversions(new Decimal('79.4'), '%'), []);
  });

  it('groups the integer part only', () => {
    assert.equal(grouped('-1234567.891'), '-1,234,567.891');
    assert.equal(grouped('999'), '999');
  });
});

describe('formulas for display', () => {
  it('keeps the numbers and operators of the core’s labelled formula', () => {
    assert.equal(numericFormula('在用资产 362 ÷ 固定资产账面原值 487.4'), '362 ÷ 487.4');
    assert.equal(numericFormula('(导致决算中的总收入数 47281.07 − 超出年初编制的预算数 428.37) ÷ 428.37'), '(47281.07 − 428.37) ÷ 428.37');
    assert.equal(numericFormula('2023年决算总收入 47281.07 − 2023年年初预算 428.37'), '47281.07 − 428.37', 'years in labels are not numbers');
    assert.equal(
      numericFormula('甲 7402.03 + 乙 119.4 + … + 丙 13401.25（共 13 项）'),
      '7402.03 + 119.4 + … + 13401.25（共 13 项）',
    );
    assert.equal(numericFormula('表中基本支出·年初预算 412.87万元'), '表中基本支出·年初预算 412.87万元', 'no operator: as is');
  });
});

describe('markdown', () => {
  it('escapes report text that would be read as markup', () => {
    assert.equal(escapeMarkdown('a|b*c_<d>'), 'a\\|b\\*c\\_\\<d\\>');
  });

  it('builds a table with numbers right-aligned', () => {
    assert.equal(markdownTable(['项目', '数值'], [['基本支出', '344.12']], ['l', 'r']), '| 项目 | 数值 |\n|:--|--:|\n| 基本支出 | 344.12 |');
  });
});

describe('heading markers', () => {
  it('Chinese numerals up to 99', () => {
    assert.deepEqual([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral), ['一', '九', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('each style', () => {
    assert.deepEqual(
      (['chinese-dun', 'chinese-paren', 'arabic-dun', 'arabic-paren', 'arabic-dot', 'circled'] as const).map((s) => formatMarker(s, 3)),
      ['三、', '（三）', '3、', '（3）', '3.', '③'],
    );
  });
});
