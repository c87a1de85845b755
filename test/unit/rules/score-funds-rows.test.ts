// 自评表 funds rows without a 执行率 column (issue #10): where the table says how it scores (`执行率*该指标分值，
// 最高不得超过分值上限`), each funds row with its own 分值 scores 全年执行数 ÷ 年初预算数 × 分值, capped at 分值.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checks, doc, findings, summary } from './helpers';

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

describe('the funds block of a 自评表 copied a cell per line, blank lines between (zp-lingling-lyj-2021)', () => {
  const block = (rate: string, score: string) =>
    ['部门整体支出绩效自评表', '', '年初', '', '预算数', '', '全年预算数', '', '全年', '', '执行数', '', '分值', '', '执行率', '', '得分', '', '年度资金总额', '',
      '4753.66万元', '', '4753.66万元', '', '3824.26万元', '', '10', '', rate, '', score, '', '按收入性质分:'].join('\n');

  it('执行率 = 全年执行数 ÷ 全年预算数, and 得分 follows the amounts when the stated 执行率 does not', () => {
    const text = block('100%', '10');
    assert.deepEqual(summary(text), ['29 error table-row-formula 100', '31 error score 10']);
    const score = findings(text).find((f) => f.rule === 'score')!;
    assert.equal(score.message, '年度资金总额·得分应为 8.04（min(执行率 80.4487% × 分值 10, 10)），文中为 10，相差 1.96');
  });

  it('a block whose figures agree has no finding, and both relations are checked', () => {
    const text = block('80.45%', '8.04');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(checks(text).map((c) => `${c.rule} ${c.figure} ${c.holds}`), ['table-row-formula 80.45 true', 'score 8.04 true']);
  });

  it('without the template’s header words above it, the six figures are not read as the block', () => {
    const text = block('100%', '10').replace('得分', '说明');
    assert.deepEqual(checks(text), []);
  });
});

describe('the funds block of a 自评表 pasted as one line of space-separated cells (zp-guichi-tangxi-2022)', () => {
  const line = (total: string) =>
    `附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: ${total} 10 ${total === '0 0 0' ? '0 0' : '100% 10'} 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金90万元。`;

  it('a 年度资金总额 of 0 under a 财政拨款 row of 90 / 89.974 / 89.974 is an error in each column (and a 0 rate is no amount)', () => {
    assert.deepEqual(summary(line('0 0 0')), ['1 error table-total 0', '1 error table-total 0', '1 error table-total 0']);
    assert.equal(findings(line('0 0 0'))[0].message, '年度资金总额·年初预算数应为 90（本年财政拨款 90），文中为 0，相差 90');
  });

  it('a block whose sources add up holds, its 执行率 and 得分 checked too', () => {
    const text = line('90 89.974 89.974');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(
      checks(text).filter((c) => c.rule !== 'sum-of-parts').map((c) => `${c.rule} ${c.figure} ${c.holds}`).sort(),
      ['score 10 true', 'table-row-formula 100 true', 'table-total 89.974 true', 'table-total 89.974 true', 'table-total 90 true'],
    );
  });
});
