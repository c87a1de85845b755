// The command line honours the ignores the editor keeps in `.jixiao-ignore` beside each report (the default
// ignore storage): an ignored finding is not reported, in a folder or a file given by name; other reports'
// entries and changed lines do not ignore anything.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { jixiao, tempDir, wrongSanGong, writeFiles } from './run-cli';

const line = wrongSanGong.split('\n')[2].trim();
const entry = (file: string, text = line) => JSON.stringify({ file, rule: 'sum-of-parts', figure: '2', line: text });

const cwd = tempDir();
writeFiles(cwd, {
  'reports/年度总结.txt': wrongSanGong,
  'reports/other.txt': wrongSanGong,
  'reports/.jixiao-ignore': ['# jixiao 已忽略的检查结果', entry('年度总结.txt'), entry('other.txt', '另一行的文字')].join('\n') + '\n',
  'elsewhere/年度总结.txt': wrongSanGong,
});

const findings = (args: string[]) => {
  const r = jixiao(['check', '--format', 'json', ...args], cwd);
  return JSON.parse(r.stdout).map((f: { file: string; diagnostics: unknown[] }) => `${f.file} ${f.diagnostics.length}`);
};

test('an entry in the .jixiao-ignore beside the report removes that finding; others stay', () => {
  const all = findings(['reports', 'elsewhere']);
  assert.deepEqual(all, [join('reports', 'other.txt') + ' 1', join('reports', '年度总结.txt') + ' 0', join('elsewhere', '年度总结.txt') + ' 1']);
  assert.equal(jixiao(['check', join('reports', '年度总结.txt')], cwd).status, 0, 'no errors left: exit status 0');
});
