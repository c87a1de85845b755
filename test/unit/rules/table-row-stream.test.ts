// table-total on a total-first 决算表 as pdftotext gives it when no table reader can place its cells (report/row-streams.ts,
// rules/table-row-stream.ts): each row's 本年支出合计 against the figures after it. The texts in pdftotext/ are a Word
// and a Calc 支出决算表 printed to PDF and read back by pdftotext (pdftotext/make.py says how).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertConsistent, checks, findings, summary } from './helpers';

const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', name), 'utf8');

describe('table-total on a 决算表 whose figures plain pdftotext gives one a line, blank cells dropped', () => {
  // (Each row's 科目编码 stands among its figures here: the 类 and 款 rows tell which figure of a row is wrong —
  // rules/table-code-stream.ts; table-code-stream.test.ts has more.)
  it('a row total 770.47 over 653.47 + 17.00 (Calc): an error with the row sum, its 款 agreeing — the fix offered', () => {
    const found = findings(text('calc-total.plain.txt'));
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.figure)));
    assert.equal(found[0].rule, 'table-total');
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].figure, '770.47');
    assert.equal(found[0].message, '本行·本年支出合计应为 670.47（653.47 + 17.00），文中为 770.47，相差 100');
    assert.deepEqual(found[0].related, ['653.47', '17.00']);
    assert.equal(found[0].fix, '670.47');
  });

  it('a part 1,148.11 for 1,184.11, its 项目支出 blank: the part is told — its row\'s total and its 款\'s column both give 1,184.11', () => {
    const found = findings(text('calc-part.plain.txt'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.figure}`), ['80 1,148.11']);
    assert.equal(found[0].message, '本项应为 1184.11（1,184.11），文中为 1,148.11，相差 36；按科目编码核对：本行各数与上下级科目都给出此值');
    assert.equal(found[0].fix, '1,184.11', 'the fix keeps the figure\'s thousands comma');
  });

  it('the consistent table: every row read and holding, nothing told', () => {
    assertConsistent(text('calc-clean.plain.txt'), 'table-total', '8,141.94');
    const read = checks(text('calc-clean.plain.txt')).filter((c) => c.rule === 'table-total');
    // One relation per row (合计 and 14 coded rows), and each 类 and 款 against its children: the 合计 twice.
    assert.ok(read.length > 15 && read.every((c) => c.holds), `${read.length} relations, all holding`);
    assert.equal(read.filter((c) => c.figure === '8,141.94').length, 2);
  });

  it('0.00 printed in the blank cells (a helper\'s Calc table): rows of six, the one that does not add up told', () => {
    assert.deepEqual(summary(text('calc-zeros-slip.plain.txt')).filter((s) => s.includes('table-total')), ['102 error table-total 113.49']);
    assertConsistent(text('calc-zeros-clean.plain.txt'), 'table-total', '3945.67');
  });

  it('a row\'s last `0.00` printed before its code (a helper\'s Calc 收入决算表): a total of nothing is no slip, nothing told', () => {
    const moved = text('calc-zeros-clean.plain.txt').replace('208\n\n社会保障和就业支出\n\n870.95\n\n759.22\n\n111.73\n\n0.00\n\n0.00\n\n0.00', '0.00\n\n208\n\n社会保障和就业支出\n\n870.95\n\n759.22\n\n111.73\n\n0.00\n\n0.00');
    assert.notEqual(moved, text('calc-zeros-clean.plain.txt'));
    assert.deepEqual(summary(moved), []);
  });

  it('Word gives single-line rows a column at a time (款 and 项 make false rows): the row count tells, nothing said', () => {
    const found = findings(text('word-part.plain.txt'));
    assert.deepEqual(found.map((f) => f.figure), []);
  });

  it('figures running into another kind of number (`2024`) may have lost a row\'s last figures: that row is not told', () => {
    // 农业农村's 5,095.51 | 1,890.41 | 3,205.10, cut after its second figure.
    const cut = text('calc-clean.plain.txt').replace('1,890.41\n3,205.10\n行政运行', '1,890.41\n2024年度');
    assert.notEqual(cut, text('calc-clean.plain.txt'));
    assert.deepEqual(summary(cut), []);
  });

  it('a row short a figure that stands elsewhere in the text (a helper\'s Calc 收入决算表, 57.92 a page on): nothing told', () => {
    // 770.47 over 653.47 + 17.00 lacks 100.00: with a 100.00 printed elsewhere, that may be its figure, moved. (Its 科目编码
    // printed together above the rows, as Word's column-at-a-time output does: standing among the rows, its 款 says the
    // 770.47 is wrong whatever else stands in the text.)
    const codes = text('calc-total.plain.txt').match(/^2\d{2}(\d{2}){0,2}$/gm) ?? [];
    assert.equal(codes.length, 14);
    const uncoded = text('calc-total.plain.txt').replace(/^2\d{2}(\d{2}){0,2}\n/gm, '').replace('科目编码\n', `科目编码\n${codes.join('\n')}\n`);
    assert.deepEqual(summary(uncoded + '\n其中专项资金100.00万元。\n'), []);
    assert.deepEqual(summary(uncoded + '\n其中专项资金120.00万元。\n'), ['65 error table-total 770.47']);
    assert.deepEqual(summary(text('calc-total.plain.txt') + '\n其中专项资金100.00万元。\n'), ['60 error table-total 770.47']);
  });

  it('the 合计 row\'s total printed at the page\'s foot above (shaoguan-2022\'s 05表 in the probe): its first figure is a part, nothing told', () => {
    // (Codes printed together above the rows, so only the figures are read.)
    const codes = text('calc-clean.plain.txt').match(/^2\d{2}(\d{2}){0,2}$/gm) ?? [];
    const uncoded = text('calc-clean.plain.txt').replace(/^2\d{2}(\d{2}){0,2}\n/gm, '').replace('科目编码\n', `科目编码\n${codes.join('\n')}\n`);
    const total = uncoded.indexOf('\n8,141.94\n');
    assert.ok(total > 0);
    const withoutTotal = uncoded.slice(0, total) + uncoded.slice(total + '\n8,141.94'.length);
    assert.deepEqual(summary(`- 3 -\n8,141.94\n${withoutTotal}`), []);
    // (Printed nowhere, the whole is not known to stand elsewhere: the first figure is read as the total, and told.)
    assert.deepEqual(summary(withoutTotal), [`${withoutTotal.slice(0, withoutTotal.indexOf('\n4,906.99\n')).split('\n').length + 1} error table-total 4,906.99`]);
  });

  it('a figure pdftotext moved past the table\'s last row (two written 部门决算 fixtures): its row short, nothing told', () => {
    // 事业单位医疗's 17.00 printed after 科技转化与推广服务's figures (the page's running `2024年度…` after it): the figures
    // no longer split into rows.
    const moved = text('calc-clean.plain.txt').replace('653.47\n17.00\n', '653.47\n').replace('3,205.10\n3,205.10\n注', '3,205.10\n3,205.10\n17.00\n2024年度\n注');
    assert.notEqual(moved, text('calc-clean.plain.txt'));
    assert.deepEqual(summary(moved), []);
  });
});

describe('table-total on a 决算表 whose rows `-layout` prints a line each, its header and names wrapped', () => {
  it('770.47 over 653.47 + 17.00 (Word): told on the row total', () => {
    assert.deepEqual(summary(text('word-total.layout.txt')), ['34 error table-total 770.47']);
  });

  it('the consistent table: read and holding', () => {
    assertConsistent(text('word-clean.layout.txt'), 'table-total', '1,184.11');
  });

  it('single-space rows under a one-line header (a helper\'s probe): the 合计 row that does not add up', () => {
    const table = [
      '一般公共预算财政拨款支出决算表',
      '金额单位：万元',
      '科目编码 科目名称 小计 基本支出 项目支出',
      '合计 1,500.00 600.00 1,150.00',
      '2130101 行政运行 600.00 600.00 0.00',
      '2130106 科技转化与推广服务 900.00 0.00 900.00',
      '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
    ];
    assert.deepEqual(summary(table.join('\n')), ['4 error table-total 1,500.00']);
    table[3] = '合计 1,500.00 600.00 900.00';
    assertConsistent(table.join('\n'), 'table-total', '1,500.00');
  });
});

describe('a 三公 公开表 of one row as plain pdftotext prints a Word table (a helper’s 部门决算): 合计 against its items', () => {
  // 预算数 15.05 = 出国 (blank) + 车 9.09 (购置 blank, 运行 9.09) + 接待 5.96; 决算数 12.51 for 11.31 = 6.70 + 4.61.
  const text = [
    '一般公共预算财政拨款“三公”经费支出决算表',
    '部门：章贡区教育局',
    '预算数',
    '合计',
    '1',
    '15.05',
    '',
    '因公出国',
    '（境）费',
    '2',
    '',
    '公务用车购置及运行费',
    '小计',
    '公务用车',
    '购置费',
    '3',
    '4',
    '9.09',
    '',
    '金额单位：万元',
    '',
    '公务用车',
    '运行费',
    '5',
    '9.09',
    '',
    '公务接待',
    '费',
    '6',
    '',
    '5.96',
    '',
    '决算数',
    '合计',
    '7',
    '',
    '12.51',
    '',
    '因公出国',
    '（境）费',
    '8',
    '',
    '公务用车购置及运行费',
    '小计',
    '公务用车',
    '购置费',
    '9',
    '10',
    '6.70',
    '',
    '公务用车',
    '运行费',
    '11',
    '6.70',
    '',
    '公务接待',
    '费',
    '12',
    '',
    '4.61',
    '',
    '注：本表反映部门本年度“三公”经费支出预算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调',
  ].join('\n');
  it('the 决算 合计 12.51 is told, 11.31; the 预算 合计 15.05 holds', () => {
    assert.deepEqual(summary(text), ['37 error table-total 12.51']);
    assert.match(findings(text)[0].message, /^“三公”经费·合计应为 11\.31（公务用车购置及运行费 6\.70 \+ 公务接待费 4\.61）/);
    assert.ok(checks(text).some((c) => c.rule === 'table-total' && c.figure === '15.05' && c.holds), '预算数 read');
  });
  it('with 11.31: nothing told', () => {
    assert.deepEqual(summary(text.replace('12.51', '11.31')), []);
  });
});

describe('a 三公 table of four columns, 车 alone, its 0 printed (a helper’s pipe table, no other reader took it)', () => {
  const table = (total: string) => ['“三公”经费支出决算表', '单位：万元', '| 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 |', '|---|---|---|---|', `| ${total} | 0 | 38.09 | 8.08 |`, '说明：无。'].join('\n');
  it('47.17 against 0 + 38.09 + 8.08 = 46.17: told, each figure under its own name', () => {
    const [f] = findings(table('47.17'));
    assert.equal(f.figure, '47.17');
    assert.match(f.message, /^“三公”经费·合计应为 46\.17万元（因公出国（境）费 0 \+ 公务用车购置及运行费 38\.09 \+ 公务接待费 8\.08）/);
  });
  it('46.17: holding', () => {
    assertConsistent(table('46.17'), 'table-total', '46.17');
  });
});

describe('a 三公 公开表 whose every cell is printed, the header words among the figures (a helper’s 部门决算, plain pdftotext)', () => {
  // zhongyang-2024-juesuan's 公开09表: 预算数 323.00 = 45.00 + 246.00 + 32.00 and 246.00 = 60.00 + 186.00; the slips copy's
  // 决算 车小计 252.25 for 225.25 = 56.80 + 168.45 (合计 285.24 = 38.62 + 225.25 + 21.37).
  const table = (name: string) => {
    const all = readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
    const from = all.lastIndexOf('公开 09 表', all.lastIndexOf('财政拨款“三公”经费支出决算表'));
    return all.slice(from, all.indexOf('注：', from) + 3);
  };
  it('the 决算 车小计 252.25 is told against its 购置 and 运行; the 合计 it upsets is not', () => {
    const found = findings(table('zhongyang-2024-juesuan-slips-pdf-raw.txt'));
    assert.deepEqual(found.map((f) => `${f.rule} ${f.figure}`), ['table-total 252.25']);
    assert.match(found[0].message, /^“三公”经费·公务用车购置及运行费应为 225\.25万元（公务用车购置费 56\.80 \+ 公务用车运行费 168\.45），文中为 252\.25万元/);
  });
  it('the clean table: both groups checked both ways, holding', () => {
    const got = checks(table('zhongyang-2024-juesuan-pdf-raw.txt')).filter((c) => c.rule === 'table-total');
    assert.deepEqual(got.map((c) => `${c.figure} ${c.holds}`), ['246.00 true', '323.00 true', '225.25 true', '285.24 true']);
  });
});
