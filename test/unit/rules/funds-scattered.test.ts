// The funds block of a Word 项目支出绩效自评表 as plain pdftotext gives it (issue #10): the row labels first (`年度资金` /
// `总额`, `其中：当` / `年财政拨` / `款`, …), then each header word with its column's first figure after it (form a) or all the
// header words and then the figures (form b), then the 其中 rows' cells with their `—`s mixed in. The texts beside this
// file are the 自评表 pages of a helper's whole 自评报告 (Word, printed to PDF by LibreOffice, read back by plain
// pdftotext), kept as pdftotext wrote them: funds-scattered-a from its doc13 (33.09 written for 47.97 in the slip
// copy), funds-scattered-b from its doc03 (得分 6.84 written for 9.73).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyFix, checks, findings, summary } from './helpers';

const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', `funds-scattered-${name}.plain.txt`), 'utf8');
const tableChecks = (t: string) => checks(t).filter((c) => c.rule.startsWith('table') || c.rule === 'score').map((c) => `${c.rule} ${c.figure} ${c.holds}`);

describe('a funds block whose header words each stand before their figure (plain pdftotext)', () => {
  it('the consistent block: nothing told; 执行率, 得分 and every column of the 其中 rows checked', () => {
    assert.deepEqual(summary(text('a.clean')), []);
    assert.deepEqual(tableChecks(text('a.clean')), [
      'table-row-formula 94.79 true',
      'table-row-formula 98.35 true',
      'table-row-formula 89.06 true',
      'table-total 5.62 true',
      'table-total 77.78 true',
      'table-total 73.73 true',
      'score 9.48 true',
    ]);
  });

  it('财政拨款 全年预算 33.09 for 47.97: the column sum and the row’s 执行率 both fail on it, and it is the one told', () => {
    const found = findings(text('a.slip'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure}`), ['60 error table-total 33.09']);
    assert.equal(
      found[0].message,
      '当年财政拨款·全年预算数应为 47.97，文中为 33.09：年度资金总额·全年预算数（当年财政拨款 33.09 + 29.81）与当年财政拨款·执行率（全年执行数 47.18 ÷ 全年预算数 33.09）都因它不符，改正它两处都相符',
    );
    assert.deepEqual(found[0].related, ['77.78', '98.35']);
    const fixed = applyFix(text('a.slip'), found[0]);
    assert.deepEqual(summary(fixed), [], 'corrected, the block holds');
  });
});

describe('a funds block whose header words all come first, then the figures (plain pdftotext)', () => {
  it('the consistent block: nothing told', () => {
    assert.deepEqual(summary(text('b.clean')), []);
    assert.ok(tableChecks(text('b.clean')).includes('score 9.73 true'), `checks: ${tableChecks(text('b.clean'))}`);
  });

  it('得分 6.84 where 执行率 97.32% of 分值 10 scores 9.73', () => {
    const found = findings(text('b.slip'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure}`), ['61 error score 6.84']);
    assert.equal(found[0].message, '年度资金总额·得分应为 9.73（min(执行率 97.32% × 分值 10, 10)），文中为 6.84，相差 2.89');
    assert.equal(found[0].fix, '9.73');
  });
});
