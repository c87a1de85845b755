// Huge lines and large files are read and analysed without crashing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jixiao, tempDir, writeFiles } from './run-cli';

const cwd = tempDir();
// About 1.5 MB in one line with no line break, and 40 000 short lines.
writeFiles(cwd, {
  'one-line.txt': '2023年度部门整体支出绩效自评报告：' + '总支出47281.07万元，'.repeat(60_000),
  'many-lines.txt': '2023年度部门整体支出绩效自评报告\n' + '\t合计\n\t47281.07\n\n'.repeat(40_000),
  // 40 000 TAB-separated lines with no figure: no table, and each line must not rescan the rest of the block.
  'tab-prose.txt': '2023年度部门整体支出绩效自评报告\n' + '\t说明文字\t另一段文字\n'.repeat(40_000),
});

test('a 1.5 MB line and 40 000-line files are checked, with a summary and no error output', () => {
  const r = jixiao(['check', 'one-line.txt', 'many-lines.txt', 'tab-prose.txt'], cwd);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^3 个文件，\d+ 个错误，\d+ 个警告(，\d+ 个提示)?\n$/m);
  assert.ok(r.status === 0 || r.status === 1, `exit status ${r.status}`);
});
