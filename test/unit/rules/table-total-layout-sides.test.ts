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
    const cut = text('jbzc.slip').replace('   30301   离休费            33.46    30229    福利费            29.12', '   30301 离休费 33.46 30229 福利费 29.12 总之这一行没有空隙');
    assert.notEqual(cut, text('jbzc.slip'));
    assert.deepEqual(checks(cut).filter((c) => c.rule === 'table-total' && c.figure === '623.34'), []);
  });
});
