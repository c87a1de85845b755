// table-total on a total-first 决算表 as plain pdftotext prints a Word table a row at a time, each row's 科目编码 before
// its figures, blank cells dropped (report/row-streams.ts codedRows, rules/table-code-stream.ts). The texts are the
// 公开03表 of the written corpus's meiling-2020 部门决算 (test/fixtures/meiling-2020-juesuan-{,slips-}pdf-raw.txt,
// lines 663–998, as pdftotext wrote them; python-docx → LibreOffice PDF → plain pdftotext): the table runs over a page
// break, where its header is repeated and one figure of the row before the break (1,286,400.00) stands in it. Two more
// tables of the written corpus below: ningyuan-2023's 05表 (the whole fixture) and shizhi-2019's 02表.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checks, findings, summary } from './helpers';

const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', name), 'utf8');
const clean = text('meiling-03.clean.plain.txt');
const slip = text('meiling-03.slip.plain.txt');
const NOTE = '按科目编码核对：本行各数与上下级科目都给出此值';

/** The clean text with one figure (the n-th, 1-based, of those equal to `from`) printed as `to`. */
function planted(from: string, to: string, n = 1): string {
  const at = clean.split(`\n${from}\n`, n).join(`\n${from}\n`).length;
  const out = clean.slice(0, at) + `\n${to}\n` + clean.slice(at + from.length + 2);
  assert.notEqual(out, clean, `${from} not found`);
  return out;
}

describe('table-total on a 支出决算表 given a row at a time, each row after its 科目编码', () => {
  it('the 合计 row\'s 基本支出 256,513,300.67 for 256,531,300.67: the part is told, not the total, with its right value', () => {
    const found = findings(slip).filter((f) => f.rule === 'table-total');
    assert.deepEqual(found.map((f) => `${f.line} ${f.figure}`), ['35 256,513,300.67']);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].message, `本项应为 256531300.67元（292,698,700.22 − 36,167,399.55），文中为 256,513,300.67元，相差 18000元；${NOTE}`);
  });

  it('the consistent table: nothing told; each row and each 类, 款 and column against its children read and holding', () => {
    assert.deepEqual(summary(clean), []);
    const read = checks(clean).filter((c) => c.rule === 'table-total');
    assert.ok(read.length >= 60, `${read.length} relations read`);
    assert.ok(read.every((c) => c.holds), 'every relation holds');
    // (The 合计 against its parts and against its 类 rows, the last of them past the page break.)
    assert.equal(read.filter((c) => c.figure === '292,698,700.22').length, 2);
  });

  it('a 款 total 8,685,585.48 for 8,658,585.48 (20503, above 2050302): its row, its 类 and its 项 all say so — the total is told', () => {
    const found = findings(planted('8,658,585.48', '8,685,585.48')).filter((f) => f.rule === 'table-total');
    assert.deepEqual(found.map((f) => f.figure), ['8,685,585.48']);
    assert.match(found[0].message, /^本行·本年支出合计应为 8658585\.48元（6,842,135\.48 \+ 1,816,450\.00）/);
  });

  it('a 项 row\'s 基本支出 6,824,135.48 for 6,842,135.48 (2050302): its row and its 款\'s column both say so — the part is told', () => {
    const found = findings(planted('6,842,135.48', '6,824,135.48', 2)).filter((f) => f.rule === 'table-total');
    assert.deepEqual(found.map((f) => f.figure), ['6,824,135.48']);
    assert.match(found[0].message, /^本项应为 6842135\.48元（8,658,585\.48 − 1,816,450\.00）/);
  });

  it('the table cut at its page break: the 合计\'s 类 rows may go on, so the 合计 row that does not add up is not blamed', () => {
    const cut = slip.slice(0, slip.indexOf('\n科目编码\n', slip.indexOf('2080505')));
    assert.deepEqual(summary(cut).filter((s) => s.includes('table-total')), []);
  });

  it('the table cut at its page break, a 项\'s 基本支出 6,824,135.48: its 款 and it print every column — still told', () => {
    const slipped = planted('6,842,135.48', '6,824,135.48', 2);
    const cut = slipped.slice(0, slipped.indexOf('\n科目编码\n', slipped.indexOf('2080505')));
    assert.deepEqual(summary(cut).filter((s) => s.includes('table-total')), ['139 error table-total 6,824,135.48']);
  });

  it('the 合计 row\'s total moved up to the page\'s foot (its row now shorter than the 类 rows): nothing told', () => {
    // (ningyuan-2023's 公开05表 — the written corpus's whole 部门决算, test/fixtures — its 48536338.30 printed before the
    // page's running header: the 合计 row's first figure is then its 基本支出, and no figure of it is wrong.)
    const whole = readFileSync(join(__dirname, '../../fixtures/ningyuan-2023-juesuan-pdf-raw.txt'), 'utf8');
    const foot = whole.indexOf('\n- 11 -\n');
    const at = whole.indexOf('\n48536338.30\n', foot);
    assert.ok(foot > 0 && at > foot, 'the page foot and the 合计 after it');
    const moved = whole.slice(0, foot) + '\n- 11 -\n48536338.30' + whole.slice(foot + '\n- 11 -'.length, at) + whole.slice(at + '\n48536338.30'.length);
    assert.equal(moved.length, whole.length);
    assert.deepEqual(summary(moved).filter((s) => s.includes('table-total')), []);
  });

  it('a 收入决算表 whose header cells wrap, their first lines in turn (`本年收入合 / 财政拨款收 / 上级补助收 / 计 / 入 / 入`): read', () => {
    // (shizhi-2019-juesuan-pdf-raw.txt's 公开02表, lines 464–902. Figures pdftotext moved about make some rows fail;
    // no figure fails two relations alike, so nothing is told.)
    const income = text('shizhi-02.clean.plain.txt');
    assert.deepEqual(summary(income), []);
    const read = checks(income).filter((c) => c.rule === 'table-total');
    assert.ok(read.length >= 40 && read.every((c) => c.holds), `${read.length} relations read, all holding`);
    assert.equal(read.filter((c) => c.figure === '215,256,134.08').length, 2, 'the 合计 against its parts and its 类 rows');
  });

  it('a 类 total moved into its first 款\'s row (its 财政拨款 left standing first): the right value stands there — nothing told', () => {
    // (卫生健康支出 210's 198,747,943.66 printed after 21001's first figure: 210's one figure 110,323,029.87 then fails as a
    // total against the 合计 and against its 款 alike, with the same right value — the one printed in 21001's row.)
    const lines = text('shizhi-02.clean.plain.txt').split('\n');
    assert.equal(lines[169], '198,747,943.66');
    const [total] = lines.splice(169, 1);
    lines.splice(178, 0, total);
    assert.deepEqual(summary(lines.join('\n')).filter((s) => s.includes('table-total')), []);
  });

  it('a figure moved into a row from another (right at nothing in its row and its column): nothing told', () => {
    const moved = clean.replace('2050101\n\n行政运行\n\n3,864,215.36\n\n3,864,215.36\n', '2050101\n\n行政运行\n\n3,864,215.36\n\n3,864,215.36\n\n110,000.00\n');
    assert.notEqual(moved, clean);
    assert.deepEqual(summary(moved).filter((s) => s.includes('table-total')), []);
  });
});
