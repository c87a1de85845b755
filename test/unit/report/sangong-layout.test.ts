// The 三公 公开表 as `pdftotext -layout` prints it: a header wrapped over lines, the columns' numbers 1…12, one line of
// figures with blank cells for the items with no money (shaoguan-2022's, a helper-built 部门决算).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from './helpers';
import { findings, summary } from '../rules/helpers';

const table = (spentCar: string) =>
  [
    '                                                财政拨款“三公”经费支出决算表',
    '部门：韶关市卫生健康局                                                                                                                            单位：元',
    '                                预算数                                                                       决算数',
    '',
    '               因公出国（境）          公务用车购置及运行费                                               因公出国（境）          公务用车购置及运行费',
    '  合计                                                        公务接待费           合计                                                        公务接待费',
    '                  费      小计           公务用车购置费 公务用车运行费                                       费      小计           公务用车购置费 公务用车运行费',
    '    1             2        3             4       5            6               7             8        9            10      11           12',
    '  240,000.00             180,000.00            180,000.00    60,000.00      190,601.40             ' + 'SPENT' + '            152,386.40    38,215.00',
    '',
    '二、说明',
  ]
    .join('\n')
    .replace('SPENT', spentCar);

describe('the 三公 公开表 as pdftotext -layout prints it', () => {
  it('is read as rows 预算数 and 决算数 under 合计 and the items, in the order the header names them; blank cells empty', () => {
    const t = parse(table('152,386.40')).tables[0];
    assert.deepEqual(t.columns.map((c) => c.header), ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']);
    assert.deepEqual(
      t.rows.map((r) => `${r.label}: ${r.cells.slice(1).map((c) => (c.empty ? '·' : c.text)).join(' ')}`),
      ['预算数: 240,000.00 · 180,000.00 · 180,000.00 60,000.00', '决算数: 190,601.40 · 152,386.40 · 152,386.40 38,215.00'],
    );
    assert.deepEqual(summary(table('152,386.40')), []);
  });

  it('a 小计 off its 购置 + 运行 is an error at itself, not at the 合计 its halves still make', () => {
    const text = table('125,386.40');
    assert.deepEqual(summary(text), ['9 error table-total 125,386.40']);
    const f = findings(text)[0];
    assert.equal(f.message, '决算数·公务用车购置及运行维护费应为 152386.40元（公务用车购置费 0 + 公务用车运行维护费 152,386.40），文中为 125,386.40元，相差 27000元');
  });
});

describe('a 部门 line naming a 交通运输局 over the header (a helper’s 部门决算 documents)', () => {
  const text = (spent: string) =>
    [
      '                        一般公共预算财政拨款“三公”经费支出决算表',
      '',
      '                                                                                            公开07表',
      '部门：潍坊市交通运输局                                        金额单位：万元',
      '                          预算数                                                              决算数',
      '        合计    因公出国                公务用车              公务接待费        合计    因公出国                公务用车              公务接待费',
      '                （境）费             购置及运行费                                        （境）费             购置及运行费',
      '                                小计      购置费      运行费                                            小计      购置费      运行费',
      '           1           2           3           4           5           6           7           8           9          10          11          12',
      `       17.75        0.00        9.96        0.00        9.96        7.79       ${spent}        0.00        6.97        0.00        6.97        3.86`,
    ].join('\n');
  it('its 运 is not the 运行费 column’s: 0.00 + 9.96 + 7.79 = 17.75 and 0.00 + 6.97 + 3.86 = 10.83 hold', () => {
    assert.deepEqual(parse(text('10.83')).tables[0].columns.map((c) => c.header), ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']);
    assert.deepEqual(summary(text('10.83')), []);
    assert.deepEqual(summary(text(' 9.83')), ['10 error table-total 9.83']);
  });
});
