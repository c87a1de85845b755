// Encoding detection: what a report file's bytes turn into.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeReport } from '../../../server/src/io/decode';

const sentence = '2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元。\r\n𠀀 合计\t47281.07';

function ok(bytes: Uint8Array, choice?: 'auto' | 'utf8' | 'gb18030') {
  const d = decodeReport(bytes, choice);
  assert.ok(d.ok, `expected text, got: ${!d.ok && d.reason}`);
  return d;
}
function refused(bytes: Uint8Array, choice?: 'auto' | 'utf8' | 'gb18030') {
  const d = decodeReport(bytes, choice);
  assert.ok(!d.ok, `expected a refusal, got text (${d.ok && d.encoding})`);
  return d.reason;
}

test('UTF-8 without a byte-order mark', () => {
  const d = ok(Buffer.from(sentence, 'utf8'));
  assert.equal(d.text, sentence);
  assert.equal(d.encoding, 'utf-8');
});

test('UTF-8 with a byte-order mark: the mark is not part of the text', () => {
  const d = ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence, 'utf8')]));
  assert.equal(d.text, sentence);
  assert.equal(d.encoding, 'utf-8-bom');
});

test('UTF-16 LE and BE with a byte-order mark, surrogate pairs included', () => {
  const le = ok(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]));
  assert.equal(le.text, sentence);
  assert.equal(le.encoding, 'utf-16le');
  const be = ok(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sentence, 'utf16le').swap16()]));
  assert.equal(be.text, sentence);
  assert.equal(be.encoding, 'utf-16be');
});

test('GB18030 is detected when the bytes are not UTF-8', () => {
  const d = ok(iconv.encode(sentence, 'gb18030'));
  assert.equal(d.text, sentence);
  assert.equal(d.encoding, 'gb18030');
});

test('GBK (as saved by Chinese Windows) is read as GB18030', () => {
  const text = '部门整体支出绩效自评报告，资产使用率79.4%';
  const d = ok(iconv.encode(text, 'gbk'));
  assert.equal(d.text, text);
  assert.equal(d.encoding, 'gb18030');
});

test('--encoding gb18030 forces GB18030; --encoding utf8 refuses GBK bytes with a hint', () => {
  const bytes = iconv.encode('总支出47281.07万元', 'gb18030');
  assert.equal(ok(bytes, 'gb18030').text, '总支出47281.07万元');
  assert.match(refused(bytes, 'utf8'), /UTF-8.*--encoding gb18030/);
});

test('a byte-order mark wins over a forced encoding', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('项目支出', 'utf16le')]);
  assert.equal(ok(bytes, 'gb18030').text, '项目支出');
});

test('an empty file is an empty report, pure ASCII is UTF-8', () => {
  assert.equal(ok(new Uint8Array()).text, '');
  assert.equal(ok(Buffer.from('total 47 = 30 + 17\n')).encoding, 'utf-8');
});

test('binary files are refused as not a text report', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.match(refused(png), /不是文本报告/);
  // A NUL byte in an otherwise Chinese text without a UTF-16 mark.
  assert.match(refused(Buffer.concat([Buffer.from('总支出', 'utf8'), Buffer.from([0])])), /不是文本报告/);
  // UTF-16 without a byte-order mark has NUL bytes too: refused rather than misread.
  assert.match(refused(Buffer.from('abc', 'utf16le')), /不是文本报告/);
  // Many control characters and no NUL.
  assert.match(refused(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0x41)))), /不是文本报告/);
});

test('PDF and Word files are named as such', () => {
  assert.match(refused(Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1')), /PDF/);
  assert.match(refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])), /Word/);
});

test('Word vertical tabs and form feeds do not make a text binary', () => {
  const text = '1、 单位基本情况\v（1） 部门主要职责\f\n';
  assert.equal(ok(Buffer.from(text)).text, text);
});

test('bytes valid in neither UTF-8 nor GB18030 are refused with a reason', () => {
  // 0x80 and 0xFF are not lead bytes in GB18030, and not valid UTF-8.
  assert.match(refused(Buffer.from([0x41, 0xff, 0x80, 0x41])), /UTF-8.*GB18030/);
});

test('an odd-length UTF-16 text is refused, not half-read', () => {
  assert.match(refused(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])), /UTF-16/);
});
