// table-total on a 基本支出决算表 printed in two halves side by side (人员经费 | 公用经费), as pdftotext -layout gives it
// (report/layout-sides.ts). The sides-*.layout.txt texts beside pdftotext/make.py are a helper's Word 公开06表 (python-docx
// → LibreOffice PDF → pdftotext -layout), kept as pdftotext wrote them; the .slip copy prints 公用经费合计 623.34 for 223.34.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertConsistent, checks, findings, only } from './helpers';

const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', `sides-${name}.layout.txt`), 'utf8');

describe('table-total on a two-halved 基本支出决算表 from pdftotext -layout', () => {
  it('公用经费合计 623.34 over 商品和服务支出 194.14 + 资本性支出 29.20 (its half running on below the other): told', () => {
    const found = only(text('jbzc.slip'));
    assert.equal(found.rule, 'table-total');
    assert.equal(found.figure, '623.34');
    assert.equal(found.line, 30);
    assert.equal(found.message, '公用经费合计·决算数应为 223.34万元（商品和服务支出 194.14 + 资本性支出 29.20），文中为 623.34万元，相差 400万元');
  });

  it('the table as printed: each half read as a table of its own, both 合计 checked and holding', () => {
    assertConsistent(text('jbzc.clean'), 'table-total', '223.34');
    assertConsistent(text('jbzc.clean'), 'table-total', '1554.40');
  });

  it('a line with no gap near the header\'s cut ends what is read: the rows above it still make the halves', () => {
    const cut = text('jbzc.slip').replace('   30301   离休费            33.46    30229    福利费            29.12', '   本表中离休费与福利费两项的数字另见附表，此处按财务科汇总口径列示，不再分列');
    assert.notEqual(cut, text('jbzc.slip'));
    assert.deepEqual(checks(cut).filter((c) => c.rule === 'table-total' && c.figure === '623.34'), []);
  });
});

// A helper's whole 部门决算 made in Excel (openpyxl → LibreOffice PDF → pdftotext -layout, kept as written): its 公开06表 in
// two halves, blank cells for empty amounts, the 公用经费 half running on below and past a page break, the header printed
// again, then the two 合计 on one line closed up (`人员经费合计  1,080.88  公用经费合计  180.49`).
describe('table-total on whole 部门决算 with a two-halved 06表 (Excel)', () => {
  const doc = (name: string) => readFileSync(join(__dirname, 'pdftotext', `sides-${name}.layout.txt`), 'utf8');

  it('公用经费合计 180.49 over 158.21 + 12.28 (after the page break): told; the clean copy reads both 合计 and holds', () => {
    const found = only(doc('d01.slip'));
    assert.equal(found.figure, '180.49');
    assert.equal(found.line, 543);
    assert.equal(found.message, '公用经费合计·决算数应为 170.49万元（商品和服务支出 158.21 + 资本性支出 12.28），文中为 180.49万元，相差 10万元');
    assertConsistent(doc('d01.clean'), 'table-total', '1,080.88');
    assertConsistent(doc('d01.clean'), 'table-total', '170.49');
  });

  it('halves a single space apart (`216.82 商品和服务支出`), a name wrapped around its figure: a 工资福利支出 618.87 for 608.87 breaks 人员经费合计', () => {
    const found = only(doc('d10.slip'));
    assert.equal(found.figure, '654.03');
    assert.equal(found.message, '人员经费合计·决算数应为 664.03万元（工资福利支出 618.87 + 对个人和家庭的补助 45.16），文中为 654.03万元，相差 10万元');
    assertConsistent(doc('d10.clean'), 'table-total', '654.03');
  });
});

describe('two-halved tables the reader leaves alone or reads by code (helpers\' typed -layout probes)', () => {
  it('a 06表 of 款 rows only: 人员经费合计 is the sum of its 301xx and 303xx rows, not of the one named 其他工资福利支出', () => {
    const text = [
      '人员经费                                    公用经费',
      '科目编码  科目名称                决算数    科目编码  科目名称                    决算数',
      '30101     基本工资                390.09    30201     办公费                       23.51',
      '30199     其他工资福利支出        279.55    30239     其他交通费用                 31.33',
      '30302     退休费                  345.10    31002     办公设备购置                 26.98',
      '人员经费合计                     1014.74    公用经费合计                          81.82',
      '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
      '',
    ].join('\n');
    assert.deepEqual(findings(text).map((f) => f.message), []);
  });

  it('a 收入支出决算总表 in halves (`项目 | 决算数 | 项目 | 决算数`) past a page break, its 总计 under 本年…合计 and 结转: not read by halves, nothing told', () => {
    const text = [
      '部门：六安市金安区市场监督管理局                                        单位：万元',
      '收入                                              支出                                ',
      '项目                                        决算数  项目                                        决算数',
      '一、一般公共预算财政拨款收入               2464.40  一、一般公共服务支出                       1428.87',
      '二、政府性基金预算财政拨款收入                      二、社会保障和就业支出                       79.79',
      '三、事业收入                                        三、卫生健康支出                            337.85',
      '四、其他收入                                        四、农林水支出                              286.80',
      '本年收入合计                               2464.40  本年支出合计                               2133.31',
      '·6·',
      '',
      '2016年度部门整体支出绩效自评报告',
      '',
      '项目                                        决算数  项目                                        决算数',
      '年初结转和结余                             1569.64  年末结转和结余                             1900.73',
      '总计                                       4034.04  总计                                       4034.04',
      '---',
      '',
    ].join('\n');
    assert.deepEqual(findings(text).map((f) => f.message), []);
  });

  it('narrow halves, the 公用经费 half ended: `303  对个人和家庭的补助  32.85` keeps its amount (a helper\'s typed 06表)', () => {
    const text = [
      '人员经费      公用经费    ',
      '科目编码  科目名称  决算数  科目编码  科目名称  决算数',
      '301  工资福利支出  865.39  302  商品和服务支出  118.73',
      '30101  基本工资  199.88  30201  办公费  29.75',
      '30113  住房公积金  240.54  30206  电费  32.78',
      '30102  津贴补贴  292.96  30231  公务用车运行维护费  38.22',
      '30103  奖金  132.01  30228  工会经费  17.98',
      '303  对个人和家庭的补助  32.85',
      '30305  生活补助  32.85',
      '人员经费合计    898.24  公用经费合计    118.73',
      '',
    ].join('\n');
    assertConsistent(text, 'table-total', '898.24');
  });
});

