// table-total on a 部门决算 table known by its 功能分类科目编码: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项, column by column
// (the generated 部门决算 of test/fixtures/juesuan-2023-*: the 合计 row stands first, the header spans two rows).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, checks, doc, rowTable, summary } from './helpers';

const table = (total: string, klass = '2,717.28') =>
  [
    '一般公共预算财政拨款支出决算表',
    '功能分类科目编码\t科目名称\t本年支出',
    '\t科目名称\t小计\t基本支出\t项目支出',
    `合计\t\t2,850.87\t714.89\t${total}`,
    '208\t社会保障和就业支出\t133.59\t133.59',
    '20805\t行政事业单位养老支出\t133.59\t133.59',
    '2080505\t机关事业单位基本养老保险缴费支出\t99.02\t99.02',
    '2080506\t机关事业单位职业年金缴费支出\t34.57\t34.57',
    `213\t农林水支出\t${klass}\t581.30\t2,135.98`,
    '21303\t水利\t2,717.28\t581.30\t2,135.98',
    '2130301\t行政运行\t412.38\t412.38',
    '2130305\t水利工程建设\t1,286.45\t\t1,286.45',
    '2130306\t水利工程运行与维护\t1,018.45\t168.92\t849.53',
    '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
  ].join('\n');

describe('table-total by 科目编码', () => {
  it('合计·项目支出 2,153.98 against 2,135.98 of the one 类 with a figure there: error naming the code', () => {
    const found = summary(table('2,153.98'));
    assert.deepEqual(found, ['4 error table-total 2,153.98']);
    assertConsistent(table('2,135.98'), 'table-total', '2,135.98');
  });

  it('a 类 against its 款 (2,771.28 for 2,717.28) is found on the 类 row (and the 合计 above it no longer adds up)', () => {
    assert.deepEqual(summary(table('2,135.98', '2,771.28')).sort(), ['4 error table-total 2,850.87', '9 error table-total 2,771.28']);
  });

  it('a table the text ends with may have lost its last rows: the last 类 and the 合计 short of their whole are not told', () => {
    const cut = table('2,153.98').replace(/\n注：.*$/, '');
    assert.deepEqual(summary(cut), []);
    assert.ok(checks(cut).some((c) => c.rule === 'table-total' && c.figure === '2,153.98' && c.holds), 'read as at most');
    // 213's 2,771.28 over its one 款 2,717.28 is at most (more 款 may be lost); 133.59 + 2,771.28 over the 合计 is never.
    assert.deepEqual(summary(table('2,135.98', '2,771.28').replace(/\n注：.*$/, '')), ['4 error table-total 2,850.87']);
  });

  it('codes that do not nest, or most sums failing (a table misread), are not told', () => {
    const broken = table('2,135.98').replace('21303\t水利', '21403\t水利');
    assert.deepEqual(checks(broken).filter((c) => c.rule === 'table-total'), []);
  });
});

describe('a table known by its 科目编码 is not summed flat into its 合计', () => {
  // 类 201 = 款 20103 = 项 2010301 + 2010302; 类 208 = 款 20805 = 项 2080505 + 2080506; 合计 = 类 201 + 类 208.
  const rows = (care: string) => [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['201', '一般公共服务支出', '1,102.35', '845.20', '257.15'],
    ['20103', '政府办公厅（室）及相关机构事务', '1,102.35', '845.20', '257.15'],
    ['2010301', '行政运行', '845.20', '845.20', '0.00'],
    ['2010302', '一般行政管理事务', '257.15', '0.00', '257.15'],
    ['208', '社会保障和就业支出', '412.58', '412.58', '0.00'],
    ['20805', '行政事业单位养老支出', '412.58', '412.58', '0.00'],
    ['2080505', '机关事业单位基本养老保险缴费支出', care, care, '0.00'],
    ['2080506', '机关事业单位职业年金缴费支出', '126.18', '126.18', '0.00'],
    ['', '合计', '1,514.93', '1,257.78', '257.15'],
  ];
  it('TAB rows with a code column: right, nothing; a 项 off by 10, its 款 flagged by its own 项', () => {
    assert.deepEqual(summary(doc('表5 支出决算表', ...rowTable(rows('286.40')), '说明')), []);
    assert.deepEqual(summary(doc('表5 支出决算表', ...rowTable(rows('296.40')), '说明')), ['10 error table-total 412.58', '10 error table-total 412.58']);
  });
  it('codes opening the names’ cells, in a pipe table: 合计 is of the 类 rows only', () => {
    const text = doc('表5 支出决算表', '| 科目名称 | 合计 | 基本支出 | 项目支出 |', '| 201一般公共服务支出 | 856.24 | 700.12 | 156.12 |', '| 20101人大事务 | 356.2 | 300 | 56.2 |', '| 20103政府办公厅（室）及相关机构事务 | 500.04 | 400.12 | 99.92 |', '| 208社会保障和就业支出 | 250.14 | 165.08 | 85.06 |', '| 合计 | 1106.38 | 865.2 | 241.18 |', '说明');
    assert.deepEqual(summary(text), []);
  });
});
