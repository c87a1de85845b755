// Markdown pipe tables: header, delimiter row, Markdown emphasis in cells, blank cells, unit in the heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, parse } from './helpers';

const text = [
  '# 2023年度部门整体支出绩效自评报告',
  '',
  '## 一、预算执行情况（单位：万元）',
  '',
  '| 类别 | 年初预算 | 预算调整 | 调整后预算 |',
  '| :--- | ---: | ---: | ---: |',
  '| 基本支出 | 1,234.50 |  | **1234.50** |',
  '| 其中：人员经费 | 1000 |  | 1000 |',
  '| 公用经费 | 234.5 |  | 234.5 |',
  '| **合计** | 1234.5 | / | 1234.50 |',
].join('\n');

describe('pipe tables', () => {
  it('reads the header (delimiter row skipped) and the unit from the heading', () => {
    const [table] = parse(text, 'md').tables;
    assert.equal(table.form, 'markdown');
    assert.equal(table.unit, '万元');
    assert.deepEqual(table.columns.map((c) => `${c.header}:${c.role}`), ['类别:label', '年初预算:initial-budget', '预算调整:adjustment', '调整后预算:adjusted-budget']);
    assert.deepEqual(table.rows.map((r) => `${r.line + 1} ${r.label} ${r.kind} ${r.parent ?? '-'}`), ['7 基本支出 item -', '8 人员经费 item 0', '9 公用经费 item 0', '10 合计 total -']);
  });

  it('Markdown emphasis: `**合计**` is a total row, `**1234.50**` a figure whose span is the number only', () => {
    const [table] = parse(text, 'md').tables;
    const bold = table.rows[0].cells[3].quantity!;
    assert.equal(bold.value.toString(), '1234.5');
    assert.equal(bold.decimals, 2);
    assert.equal(at(text, bold.span), '1234.50');
    assert.equal(text.slice(bold.span.start - 2, bold.span.end + 2), '**1234.50**');
  });

  it('thousands separators in a cell: `1,234.50` is 1234.50, raw as printed', () => {
    const q = parse(text, 'md').tables[0].rows[0].cells[1].quantity!;
    assert.equal(q.value.toString(), '1234.5');
    assert.equal(q.raw, '1,234.50');
    assert.equal(at(text, q.span), '1,234.50');
  });

  it('a blank cell between pipes is empty; `/` is empty', () => {
    const [table] = parse(text, 'md').tables;
    const blank = table.rows[0].cells[2];
    assert.equal(blank.empty, true);
    assert.equal(blank.quantity, undefined);
    assert.match(at(text, blank.span), /^ +$/);
    assert.equal(table.rows[3].cells[2].empty, true);
    assert.equal(table.rows[3].cells[2].text, '/');
  });

  it('in a .txt file, the same lines are read as a plain-text pipe table: the delimiter row is no row', () => {
    const [table] = parse(text.replace(/^# /, ''), 'txt').tables;
    assert.equal(table.form, 'lines');
    assert.deepEqual(table.columns.map((c) => `${c.header}:${c.role}`), ['类别:label', '年初预算:initial-budget', '预算调整:adjustment', '调整后预算:adjusted-budget']);
    assert.deepEqual(table.rows.map((r) => `${r.line + 1} ${r.label} ${r.kind} ${r.parent ?? '-'}`), ['7 基本支出 item -', '8 人员经费 item 0', '9 公用经费 item 0', '10 合计 total -']);
  });
});

describe('a 科目 code closes the 其中 group of a row with a code no shorter (a helper’s 决算表 probe)', () => {
  const table = (rows: string[]) =>
    parse(['| 科目名称 | 合计 | 基本支出 | 项目支出 |', '|---|---|---|---|', '| 合计 | 1336.64 | 953.57 | 383.07 |', '| 201一般公共服务支出 | 1210.53 | 827.46 | 383.07 |',
      '| 其中：行政运行 | 31.69 | 31.69 |  |', '| 一般行政管理事务 | 1178.84 | 795.77 | 383.07 |', '| 208社会保障和就业支出 | 75.10 | 75.01 |  |',
      '| 其中：机关事业单位基本养老保险缴费支出 | 75.10 | 75.10 |  |', ...rows].join('\n'), 'md').tables[0];
  it('`210卫生健康支出` after `208…` and its `其中：` row is 208’s sibling, not its child; `2080505…` under `208` is one', () => {
    const rows = table(['| 210卫生健康支出 | 11.81 | 11.81 |  |', '| 221住房保障支出 | 39.20 | 39.20 |  |']).rows;
    assert.deepEqual(rows.slice(4).map((r) => `${r.label} ${r.parent ?? '-'}`), ['208社会保障和就业支出 -', '机关事业单位基本养老保险缴费支出 4', '210卫生健康支出 -', '221住房保障支出 -']);
    assert.equal(table(['| 2080505机关事业单位职业年金缴费支出 | 0.00 | 0.00 |  |']).rows[6].parent, 4);
  });
});
