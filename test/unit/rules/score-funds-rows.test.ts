// 自评表 funds rows without a 执行率 column (issue #10): where the table says how it scores (`执行率*该指标分值，
// 最高不得超过分值上限`), each funds row with its own 分值 scores 全年执行数 ÷ 年初预算数 × 分值, capped at 分值.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checks, doc, findings, only, summary } from './helpers';

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

describe('the funds block as an .xlsx flattened onto one line, labels and header words first (zp-jishan-ybj-2020)', () => {
  const line = (cells: string, words = '全年预算数 全年执行数 分值 执行率 得分') =>
    `稷山县项目支出绩效自评表 (2020年度) 项目名称 建档立卡个人缴费县级配套资金 主管部门 稷山县医疗保障局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 ${words} ${cells} 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况`;

  it('得分 9 where 65.07 ÷ 65.66 × 10 gives 9.91: told on the 得分; the 执行率 and the 其中 row read and holding', () => {
    const text = line('65.66 65.07 10 99% 9 65.66 65.07 — 99% —');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '1 error score 9');
    assert.equal(f.message, '年度资金总额·得分应为 9.9（min(执行率 99% × 分值 10, 10)），文中为 9，相差 0.9');
    assert.deepEqual(summary(line('65.66 65.07 10 99% 9.91 65.66 65.07 — 99% —')), []);
    assert.ok(checks(text).some((c) => c.rule === 'table-row-formula' && c.figure === '99' && c.holds), 'the 执行率 read');
    assert.ok(checks(text).some((c) => c.rule === 'table-total' && c.figure === '65.07' && c.holds), 'the 其中 row read');
  });

  it('cells that do not line up under the words (the rate elsewhere, one short): nothing read', () => {
    assert.deepEqual(checks(line('65.66 65.07 10 9 99% 65.66 65.07 — — 99%')).filter((c) => c.rule === 'score'), []);
    assert.deepEqual(checks(line('65.66 65.07 10 9 65.66 65.07 — —')).filter((c) => c.rule === 'score'), []);
  });
});

// A helper's Word 项目支出绩效自评表 printed to PDF and read back by plain pdftotext (kept as it wrote them): the header
// cells' first lines in turn (`年初预算` / `全年预算` / `全年执行` / `分值` / `执行率` / `得分`), then the wrapped `数` of the
// first three, then each row a name and its six cells.
describe('the funds block as plain pdftotext gives a Word 自评表: header first lines, then the wrapped 数s', () => {
  const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', `funds-${name}.plain.txt`), 'utf8');

  it('a 得分 8.80 where 577.69 ÷ 577.69 scores 10: told, the 执行率 and the 其中 rows checked and holding', () => {
    assert.deepEqual(summary(text('bscore.slip')), ['47 error score 8.80']);
    assert.equal(findings(text('bscore.slip'))[0].message, '年度资金总额·得分应为 10.00（min(执行率 100% × 分值 10, 10)），文中为 8.80，相差 1.2');
    assert.deepEqual(checks(text('bscore.slip')).filter((c) => c.rule.startsWith('table')).map((c) => `${c.rule} ${c.figure} ${c.holds}`), ['table-row-formula 100.00 true', 'table-total 519.92 true', 'table-total 577.69 true', 'table-total 577.69 true']);
  });

  it('a 上年结转资金 313.79 for 308.79: the 全年预算 column of 年度资金总额 does not add up, the 313.79 among its parts', () => {
    const found = findings(text('total.slip'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure}`), ['44 error table-total 5569.15']);
    assert.match(found[0].message, /^年度资金总额·全年预算应为 5574\.15万元（当年财政拨款 5215\.86 \+ 上年结转资金 313\.79 \+ 其他资金 44\.50），文中为 5569\.15万元，相差 5万元/);
    assert.ok(found[0].related.includes('313.79'), `the part among the related: ${found[0].related}`);
  });

  it('the consistent block: nothing told, every column of the 其中 rows checked', () => {
    assert.deepEqual(summary(text('total.clean')), []);
    assert.deepEqual(checks(text('total.clean')).filter((c) => c.rule.startsWith('table')).map((c) => `${c.rule} ${c.figure} ${c.holds}`), ['table-row-formula 97.69 true', 'table-total 5260.36 true', 'table-total 5569.15 true', 'table-total 5440.23 true']);
  });
});

