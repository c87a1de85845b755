// Folders: every report inside (.txt/.md here; Word/Excel/PDF in documents.test.ts), recursively, sorted; node_modules and dot-folders skipped; .md read as
// Markdown.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectInputs } from '../../server/src/cli/collect';
import { jixiao, rightSanGong, tempDir, writeFiles } from './run-cli';

const cwd = tempDir();
writeFiles(cwd, {
  'reports/b.txt': rightSanGong,
  'reports/a.md': `# ${rightSanGong}`,
  'reports/sub/c.txt': rightSanGong,
  'reports/sub/deeper/d.markdown': rightSanGong,
  'reports/WIN.TXT': rightSanGong,
  'reports/slides.pptx': 'not a report',
  'reports/notes.json': '{}',
  'reports/node_modules/pkg/readme.md': rightSanGong,
  'reports/.git/COMMIT.txt': rightSanGong,
  'reports/.hidden.txt': rightSanGong,
  'other.txt': rightSanGong,
});

const checkedFiles = (args: string[]) => {
  const r = jixiao(['check', '--format', 'json', ...args], cwd);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  return JSON.parse(r.stdout).map((f: { file: string }) => f.file);
};

test('a folder yields its reports recursively, sorted, without node_modules and hidden entries', () => {
  assert.deepEqual(checkedFiles(['reports']), [
    join('reports', 'WIN.TXT'),
    join('reports', 'a.md'),
    join('reports', 'b.txt'),
    join('reports', 'sub', 'c.txt'),
    join('reports', 'sub', 'deeper', 'd.markdown'),
  ]);
});

test('files and folders mix in the order given; a file met twice is checked once', () => {
  assert.deepEqual(checkedFiles(['other.txt', 'reports/sub', 'reports/sub/c.txt', 'other.txt']), [
    'other.txt',
    join('reports', 'sub', 'c.txt'),
    join('reports', 'sub', 'deeper', 'd.markdown'),
  ]);
});

test('a file named explicitly is checked whatever its extension', () => {
  assert.deepEqual(checkedFiles(['reports/notes.json']), ['reports/notes.json']);
});

test('the text summary counts every file checked', () => {
  const r = jixiao(['check', 'reports', 'other.txt'], cwd);
  assert.deepEqual(r, { status: 0, stdout: '6 个文件，0 个错误，0 个警告\n', stderr: '' });
});

test('.md and .markdown files are analysed as Markdown, the rest as text', () => {
  const { inputs, problems } = collectInputs([join(cwd, 'reports')]);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    inputs.map((i) => [i.path.slice(cwd.length + 1), i.format]),
    [
      [join('reports', 'WIN.TXT'), 'txt'],
      [join('reports', 'a.md'), 'md'],
      [join('reports', 'b.txt'), 'txt'],
      [join('reports', 'sub', 'c.txt'), 'txt'],
      [join('reports', 'sub', 'deeper', 'd.markdown'), 'md'],
    ],
  );
});
