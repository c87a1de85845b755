// --help, --version, and usage errors: what the user sees on stdout/stderr and the exit status.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { jixiao, packageVersion, root, tempDir } from './run-cli';

const cwd = tempDir();

test('jixiao --help prints the Chinese usage and exits 0', () => {
  for (const args of [['--help'], ['-h'], ['check', '--help']]) {
    const r = jixiao(args, cwd);
    assert.equal(r.status, 0, args.join(' '));
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /用法：/);
    assert.match(r.stdout, /jixiao check \[选项\] 路径…/);
    assert.match(r.stdout, /--format text\|json\|sarif/);
    assert.match(r.stdout, /--encoding auto\|utf8\|gb18030/);
    assert.match(r.stdout, /退出状态：0 没有错误；1 发现错误；2 用法错误或有文件无法读取/);
  }
});

test('jixiao --version prints the version from package.json', () => {
  const r = jixiao(['--version'], cwd);
  assert.deepEqual(r, { status: 0, stdout: `${packageVersion}\n`, stderr: '' });
});

test('bin/jixiao.js runs the bundle', () => {
  const r = jixiao(['--version'], cwd, join(root, 'bin', 'jixiao.js'));
  assert.deepEqual(r, { status: 0, stdout: `${packageVersion}\n`, stderr: '' });
});

test('bin/jixiao.js without a built bundle says to run npm run build', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, 'bin', 'jixiao.js'), join(dir, 'bin', 'jixiao.js'));
  const r = jixiao(['--version'], cwd, join(dir, 'bin', 'jixiao.js'));
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /dist[/\\]cli\.js/);
  assert.match(r.stderr, /npm run build/);
});

test('an unknown option is named on stderr with a usage hint, exit 2, nothing checked', () => {
  const r = jixiao(['check', '--frobnicate', 'report.txt'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^jixiao：未知选项：--frobnicate\n/);
  assert.match(r.stderr, /用法：jixiao check .*jixiao --help/);
});

test('an unknown option before the command is a usage error too', () => {
  const r = jixiao(['--fast'], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /未知选项：--fast/);
});

test('no command, an unknown command, no paths: usage errors, exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /缺少命令/],
    [['lint', 'a.txt'], /未知命令：lint/],
    [['check'], /缺少要检查的文件或文件夹/],
    [['check', '--format', 'json'], /缺少要检查的文件或文件夹/],
  ];
  for (const [args, message] of cases) {
    const r = jixiao(args, cwd);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /jixiao --help/, args.join(' '));
  }
});

test('a bad or missing option value is a usage error naming the allowed values', () => {
  let r = jixiao(['check', '--format', 'xml', 'a.txt'], cwd);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--format 的取值无效：xml（可选：text、json、sarif）/);
  r = jixiao(['check', '--encoding=latin1', 'a.txt'], cwd);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--encoding 的取值无效：latin1（可选：auto、utf8、gb18030）/);
  r = jixiao(['check', 'a.txt', '--format'], cwd);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /选项 --format 缺少取值/);
});
