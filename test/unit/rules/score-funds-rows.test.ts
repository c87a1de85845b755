// 自评表 funds rows without a 执行率 column (issue #10): where the table says how it scores (`执行率*该指标分值，
// 最高不得超过分值上限`), each funds row with its own 分值 scores 全年执行数 ÷ 年初预算数 × 分值, capped at 分值.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checks, doc, summary } from './helpers';

// 绥阳县太白镇 2021 部门整体支出绩效自评表 (zp-suiyang-taibai-2021), as the web page flattened it: the 基本支出 row
// broken over two lines by the page, the values shifted left under a two-cell label header.
const table = (basicScore: string) =>
  doc(
    '部门(单位)名称 | 绥阳县太白镇人民政府 | ||||||||',
    '部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | |||',
    '年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 | ||||',
    '基本支出 | 985.19 | 914.97 |',
    `10 | ${basicScore} | |||||`,
    '项目支出 | 187.36 | 353.75 | 10 | 10 | |||||',
    '其他 | |||||||||',
    '年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | |||||||',
  );

describe('score: funds rows scored from their amounts', () => {
  it('基本支出 914.97 ÷ 985.19 = 92.87% of 10 points is 9.29, not 10', () => {
    assert.deepEqual(summary(table('10')), ['7 error score 10']);
  });

  it('rows over 100% are capped at 分值; the right score holds', () => {
    assert.deepEqual(summary(table('9.29')), []);
    assert.deepEqual(checks(table('9.29')).filter((c) => c.rule === 'score').map((c) => `${c.figure} ${c.holds}`), ['10 true', '9.29 true', '10 true']);
  });
});
