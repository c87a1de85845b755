// Tables copied out of a PDF a row per line, the cells apart by spaces: read when a header of short value-naming
// cells stands over rows that end in exactly as many figures; otherwise the lines stay prose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../rules/helpers';
import { parse } from './helpers';

const budget = (total: string) => doc('表1 收支决算表', '项目 年初预算 决算数', `合计 100.00 ${total}`, '基本支出 60.00 55.00', '项目支出 40.00 35.00', '说明：见上表。');
const funds = (rate: string) =>
  doc('表2 项目资金表', '项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分', `年度资金总额 100.00 100.00 91.50 10 ${rate}% 9.15`, '其中：当年财政拨款 100.00 100.00 91.50 — — —', '说明');

describe('a table a row per line, cells apart by spaces', () => {
  it('reads the header, the label column and the rows', () => {
    const [table] = parse(budget('90.00')).tables;
    assert.deepEqual(table.columns.map((c) => `${c.header}:${c.role}`), ['项目:label', '年初预算:initial-budget', '决算数:spent']);
    assert.deepEqual(table.rows.map((r) => `${r.label} ${r.kind}:${r.cells.map((c) => c.text).join('/')}`), ['合计 total:合计/100.00/90.00', '基本支出 item:基本支出/60.00/55.00', '项目支出 item:项目支出/40.00/35.00']);
    assert.deepEqual(summary(budget('90.00')), []);
  });

  it('a 合计 its rows do not make is an error', () => {
    assert.deepEqual(summary(budget('92.00')), ['5 error table-total 92.00']);
  });

  it('a 自评表 funds line with its 其中 row: 执行率 96.5% where 91.50 ÷ 100.00 = 91.5% is an error', () => {
    assert.deepEqual(summary(funds('91.5')), []);
    assert.deepEqual(summary(funds('96.5')), ['5 error table-row-formula 96.5']);
  });

  it('prose with spaces, and rows that do not end in the header’s number of figures, are not a table', () => {
    assert.equal(parse(doc('项目 年初预算 决算数', '合计 100.00 92.00 5.00', '基本支出 60.00', '说明')).tables.length, 0);
    assert.equal(parse(doc('本年 收入 合计 100 万元，支出 合计 92 万元。', '基本支出 60.00 55.00')).tables.length, 0);
  });
});
