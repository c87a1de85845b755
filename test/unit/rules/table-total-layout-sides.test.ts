// table-total on a 基本支出决算表 printed in two halves side by side (人员经费 | 公用经费), as pdftotext -layout gives it
// (report/layout-sides.ts). The sides-*.layout.txt texts beside pdftotext/make.py are a helper's Word 公开06表 (python-docx
// → LibreOffice PDF → pdftotext -layout), kept as pdftotext wrote them; the .slip copy prints 公用经费合计 623.34 for 223.34.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertConsistent, checks, only } from './helpers';

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

