// Exit status 0 / 1 / 2, and unreadable inputs: named on stderr, the other files still checked.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { jixiao, rightSanGong, tempDir, writeFiles, wrongSanGong } from './run-cli';

const cwd = tempDir();
writeFiles(cwd, {
  'right.txt': rightSanGong,
  'wrong.txt': wrongSanGong,
  // A PNG renamed to .txt: NUL bytes and no UTF-16 byte-order mark.
  'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  'scan.txt': Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'),
});
mkdirSync(join(cwd, 'empty'));
writeFiles(cwd, { 'only-hidden/.git/notes.txt': rightSanGong, 'only-hidden/node_modules/x/readme.md': rightSanGong });

const files = (stdout: string) => JSON.parse(stdout).map((f: { file: string }) => f.file);

test('0: no errors', () => {
  const r = jixiao(['check', 'right.txt'], cwd);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
});

test('1: an error found; the summary counts files and errors', () => {
  const r = jixiao(['check', 'right.txt', 'wrong.txt'], cwd);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^wrong\.txt:3:\d+: 错误 .* \[sum-of-parts\]$/m);
  assert.ok(r.stdout.endsWith('\n2 个文件，1 个错误，0 个警告\n'), r.stdout);
  assert.equal(r.status, 1);
});

test('2: a path that does not exist is named on stderr; the other file is still checked', () => {
  const r = jixiao(['check', '--format', 'json', 'missing.txt', 'right.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 missing.txt：文件或文件夹不存在\n');
  assert.deepEqual(files(r.stdout), ['right.txt']);
});

test('2 wins over 1: an unreadable input and a report with an error', () => {
  const r = jixiao(['check', 'missing.txt', 'wrong.txt'], cwd);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /无法读取 missing\.txt/);
  assert.match(r.stdout, /^wrong\.txt:3:\d+: 错误 .* \[sum-of-parts\]$/m);
  assert.ok(r.stdout.endsWith('1 个文件，1 个错误，0 个警告，1 个无法读取\n'), r.stdout);
});

test('the text summary counts the unreadable inputs', () => {
  const r = jixiao(['check', 'missing.txt', 'right.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '1 个文件，0 个错误，0 个警告，1 个无法读取\n');
});

test('2: a binary file is not a text report, and is not analysed', () => {
  const r = jixiao(['check', '--format', 'json', 'image.txt', 'right.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 image.txt：不是文本报告（含有二进制内容）\n');
  assert.deepEqual(files(r.stdout), ['right.txt']);
});

test('2: a PDF saved as .txt is named as a PDF', () => {
  const r = jixiao(['check', 'scan.txt'], cwd);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^jixiao：无法读取 scan\.txt：不是文本报告（这是 PDF 文件/);
  assert.equal(r.stdout, '0 个文件，0 个错误，0 个警告，1 个无法读取\n');
});

test('2: a folder with no reports (hidden and node_modules folders do not count)', () => {
  for (const dir of ['empty', 'only-hidden']) {
    const r = jixiao(['check', '--format', 'json', dir, 'right.txt'], cwd);
    assert.equal(r.status, 2, dir);
    assert.equal(r.stderr, `jixiao：无法读取 ${dir}：文件夹中没有报告（.txt、.md、.docx、.xlsx 或 .pdf）\n`);
    assert.deepEqual(files(r.stdout), ['right.txt']);
  }
});

test('2: a usage error checks nothing, even with valid files', () => {
  const r = jixiao(['check', '--colour', 'right.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
});
