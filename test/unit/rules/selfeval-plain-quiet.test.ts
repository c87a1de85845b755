// Helpers' consistent documents read back by plain pdftotext (beside pdftotext/make.py, kept as pdftotext wrote them):
// two Word 项目支出绩效自评表, whose tables come a column at a time, so cells of different rows and columns stand next
// to each other, and an Excel 部门决算 whose 三公 table prints its last rows' figures before their names. Each drew a
// false alarm; they must draw nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { summary } from './helpers';

const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', `selfeval-${name}.clean.plain.txt`), 'utf8');

describe('a 自评表 printed a column at a time by plain pdftotext draws no false alarm', () => {
  it('a target `≥15 万元` beside `同比下降` / `16.3 万元` / `下降 12%` is a bound, no amount a growth is worked from', () => {
    assert.deepEqual(summary(text('W02')), []);
    assert.deepEqual(summary('≥15 万元\n同比下降\n\n16.3 万元\n下降 12%\n'), []);
  });

  it('the funds block\'s columns a pair of cells each after its header words: a first row named 得分 is no row', () => {
    assert.deepEqual(summary(text('W10')), []);
  });
});

describe('a 三公 table a cell per line whose last rows\' figures come before their names (a helper\'s Excel 部门决算, plain pdftotext)', () => {
  it('the rows read stop at a figure alone: the 合计 is read as at most, nothing told', () => {
    const text = readFileSync(join(__dirname, 'pdftotext', 'juesuan-d02.clean.plain.txt'), 'utf8');
    assert.deepEqual(summary(text), []);
  });
});
