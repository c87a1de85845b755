// The command line's failures: each input that cannot be read is named on stderr with a reason, the run exits
// 2, the other files are still checked, nothing hangs, and no checked file is ever written to.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { cliBundle, jixiao, rightSanGong, tempDir, writeFiles, wrongSanGong } from './run-cli';

const cwd = tempDir();
writeFiles(cwd, {
  'right.txt': rightSanGong,
  'wrong.txt': wrongSanGong,
  // UTF-8 whose bytes are also valid GB18030: forced GB18030 would read 报告 as 鎶ュ憡 without an error.
  'utf8-title.txt': '2023年度部门整体支出绩效自评报告\n',
  'gbk.txt': iconv.encode(rightSanGong, 'gb18030'),
  'big.txt': rightSanGong + '说明文字。'.repeat(2000),
});
mkdirSync(join(cwd, 'folder.txt'));
symlinkSync('loop.txt', join(cwd, 'loop.txt'));
// 400 reports print about 85 KB: more than a pipe holds (64 KB), so `| head -1` really closes it under the writer.
const many = join(cwd, '报告');
writeFiles(many, Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`r${String(i).padStart(3, '0')}.txt`, wrongSanGong])));

/** Bytes and mtime of every regular file the tests check: compared after each run. */
function snapshot(): Map<string, { bytes: string; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>();
  for (const name of ['right.txt', 'wrong.txt', 'utf8-title.txt', 'gbk.txt', 'big.txt', '报告/r000.txt', '报告/r149.txt']) {
    const p = join(cwd, name);
    out.set(name, { bytes: readFileSync(p).toString('base64'), mtimeMs: statSync(p).mtimeMs });
  }
  return out;
}
const before = snapshot();
const untouched = () => assert.deepEqual(snapshot(), before, 'a checked file was written to');

test('a symbolic-link loop and a path through a file: Chinese reasons, exit 2, the other file checked', () => {
  const r = jixiao(['check', 'loop.txt', 'right.txt/x.txt', 'wrong.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 loop.txt：符号链接循环\njixiao：无法读取 right.txt/x.txt：路径中有一段不是文件夹\n');
  assert.match(r.stdout, /^wrong\.txt:3:\d+: 错误 .*\n1 个文件，1 个错误，0 个警告，2 个无法读取\n$/);
  untouched();
});

test('a file without read permission is named, the others checked', { skip: process.getuid?.() === 0 && 'root reads any file' }, () => {
  const p = join(cwd, 'locked.txt');
  writeFiles(cwd, { 'locked.txt': rightSanGong });
  chmodSync(p, 0o000);
  const r = jixiao(['check', 'locked.txt', 'right.txt'], cwd);
  chmodSync(p, 0o644);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 locked.txt：没有读取权限\n');
  assert.equal(r.stdout, '1 个文件，0 个错误，0 个警告，1 个无法读取\n');
});

test('a FIFO named .txt is refused at once (not waited on), the other file checked', { skip: process.platform === 'win32' }, () => {
  const fifo = join(cwd, 'pipe.txt');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  const r = spawnSync(process.execPath, [cliBundle, 'check', 'pipe.txt', 'right.txt'], { cwd, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.signal, null, 'hung on the FIFO (killed by the 30 s guard)');
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 pipe.txt：不是普通文件（是管道、设备或套接字）\n');
  assert.equal(r.stdout, '1 个文件，0 个错误，0 个警告，1 个无法读取\n');
  untouched();
});

test('a folder named like a report, given by name, is a folder with no reports', () => {
  const r = jixiao(['check', 'folder.txt', 'right.txt'], cwd);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^jixiao：无法读取 folder\.txt：文件夹中没有/);
  assert.match(r.stdout, /^1 个文件，0 个错误，0 个警告，1 个无法读取\n$/);
});

test('--encoding gb18030 on UTF-8 text is refused rather than read as mojibake; auto reads it', () => {
  let r = jixiao(['check', '--encoding', 'gb18030', 'utf8-title.txt', 'gbk.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(
    r.stderr,
    'jixiao：无法读取 utf8-title.txt：这是 UTF-8 文本，按 GB18030 读取会成为乱码（去掉 --encoding gb18030 或改用 --encoding utf8）\n',
  );
  assert.equal(r.stdout, '1 个文件，0 个错误，0 个警告，1 个无法读取\n');
  r = jixiao(['check', 'utf8-title.txt'], cwd);
  assert.deepEqual(r, { status: 0, stdout: '1 个文件，0 个错误，0 个警告\n', stderr: '' });
  untouched();
});

test('--encoding utf8 on GBK bytes says so and suggests gb18030; the other file checked', () => {
  const r = jixiao(['check', '--encoding', 'utf8', 'gbk.txt', 'wrong.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 gbk.txt：不是有效的 UTF-8 文本（可试试 --encoding gb18030）\n');
  assert.match(r.stdout, /^wrong\.txt:3:\d+: 错误 .*\n1 个文件，1 个错误，0 个警告，1 个无法读取\n$/);
  untouched();
});

test('--max-size: a larger file is skipped with the reason and how to raise the limit; the others checked', () => {
  const r = jixiao(['check', '--max-size', '0.01', 'big.txt', 'wrong.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 big.txt：文件太大（0.029 MB，上限 0.01 MB），已跳过；可用 --max-size 调整上限\n');
  assert.match(r.stdout, /^wrong\.txt:3:/);
  assert.equal(jixiao(['check', '--max-size=1', 'big.txt'], cwd).status, 0);
  untouched();
});

test('--max-size with a value that is not a positive number is a usage error', () => {
  for (const value of ['0', '-1', 'abc', '1e3']) {
    const r = jixiao(['check', `--max-size=${value}`, 'right.txt'], cwd);
    assert.equal(r.status, 2, value);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^jixiao：--max-size 的取值无效：${value.replace('.', '\\.')}（应为大于 0 的 MB 数`));
  }
});

test('`jixiao check 报告/ | head -1` prints one line and exits quietly, without a stack trace', { skip: process.platform === 'win32' }, () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cliBundle}" check 报告/ | head -1`], { cwd, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^报告\/r000\.txt:3:\d+: 错误 .*\[sum-of-parts\]\n$/);
  assert.equal(r.stderr, '');
  untouched();
});

test('stdout closed before anything is written: no stack trace, an exit status, no signal', async () => {
  const child = spawn(process.execPath, [cliBundle, 'check', '--format', 'json', '报告/'], { cwd });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const timer = setTimeout(() => child.kill(), 30_000);
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  assert.equal(signal, null);
  assert.ok(code === 0 || code === 1, `exit status ${code}`);
  assert.equal(stderr, '');
  untouched();
});
