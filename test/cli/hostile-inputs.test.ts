// Hostile files through the command line: the ones that hold text are checked (exit 0/1, a summary); the
// ones that cannot be read as a report are each named with a reason (exit 2) and the others still checked.
// Nothing crashes or hangs, and no file is written to.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { jixiao, tempDir, writeFiles, wrongSanGong } from './run-cli';

const title = '2023年度部门整体支出绩效自评报告\n\n';
const cwd = tempDir();
const readable: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'whitespace.txt': ' \n\t\r\n\u3000 \n'.repeat(500),
  'huge-numbers.txt': title + `总支出1e400万元，其中基本支出1e-400万元，项目支出${'9'.repeat(500)}万元。\n`,
  'nested.md': title + Array.from({ length: 60 }, (_, i) => '#'.repeat((i % 6) + 1) + ` ${Array(i + 1).fill('1').join('.')} 标题`).join('\n'),
  'mixed-eol.txt': wrongSanGong.replace('\n\n', '\r\n\r').replace(/\n$/, '\r'),
  'bom-utf8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(wrongSanGong)]),
  'table-10000.md': title + '| 项目 | 金额 |\n| --- | --- |\n' + Array.from({ length: 10_000 }, (_, i) => `| 项目${i} | ${i}.5 |`).join('\n'),
  // CESU-8 surrogate bytes (ED A0 80) are not UTF-8; auto-detection reads the file as GB18030 instead.
  'lone-surrogate-utf8.txt': Buffer.from([0xe6, 0x80, 0xbb, 0xed, 0xa0, 0x80, 0x0a]),
  'figures-100000.txt': title + Array.from({ length: 100_000 }, (_, i) => `支出${i}.5万元`).join('，'),
};
const refused: Record<string, [Uint8Array, RegExp]> = {
  'nul.txt': [Buffer.concat([Buffer.from(wrongSanGong), Buffer.from([0])]), /不是文本报告（含有二进制内容）/],
  'binary.txt': [Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /不是文本报告（含有二进制内容）/],
  // 0x81 followed by a space is no GB18030 character, and not UTF-8 either.
  'bad-gb18030.txt': [Buffer.from([0xd7, 0xdc, 0x81, 0x20, 0x0a]), /既不是 UTF-8 也不是 GB18030\/GBK 编码的文本/],
  // A lone high surrogate in UTF-16 with a byte-order mark.
  'lone-surrogate-utf16.txt': [Buffer.from([0xff, 0xfe, 0x3b, 0x60, 0x00, 0xd8, 0x0a, 0x00]), /不是有效的 UTF-16 文本/],
};
writeFiles(cwd, readable);
writeFiles(cwd, Object.fromEntries(Object.entries(refused).map(([k, [bytes]]) => [k, bytes])));
const all = [...Object.keys(readable), ...Object.keys(refused)];
const snapshot = () => all.map((n) => [n, readFileSync(join(cwd, n)).toString('base64'), statSync(join(cwd, n)).mtimeMs]);
const before = snapshot();

test('hostile but readable files are checked; the BOM and mixed-line-end slips are found on line 3', { timeout: 30_000 }, () => {
  const r = jixiao(['check', ...Object.keys(readable)], cwd);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^mixed-eol\.txt:3:\d+: 错误 .*\[sum-of-parts\]$/m);
  assert.match(r.stdout, /^bom-utf8\.txt:3:\d+: 错误 .*\[sum-of-parts\]$/m);
  assert.match(r.stdout, /\n9 个文件，\d+ 个错误，\d+ 个警告(，\d+ 个提示)?\n$/);
  assert.equal(r.status, 1);
  assert.deepEqual(snapshot(), before);
});

test('binary, NUL, invalid GB18030 and lone-surrogate files are each named with a reason; the rest checked', { timeout: 30_000 }, () => {
  const r = jixiao(['check', ...Object.keys(refused), 'mixed-eol.txt'], cwd);
  assert.equal(r.status, 2);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, Object.keys(refused).length, r.stderr);
  Object.entries(refused).forEach(([name, [, reason]], i) => {
    assert.ok(lines[i].startsWith(`jixiao：无法读取 ${name}：`), lines[i]);
    assert.match(lines[i], reason);
  });
  assert.match(r.stdout, /\n1 个文件，1 个错误，0 个警告，4 个无法读取\n$/);
  assert.deepEqual(snapshot(), before);
});
