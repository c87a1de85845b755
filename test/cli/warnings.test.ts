// A warning is not an error: the summary counts it as a warning, the exit status stays 0 when it is alone, and
// SARIF gives it level "warning" (issue #13: no CLI test had a warning in it, so counting warnings as errors
// went unnoticed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jixiao, tempDir, writeFiles, wrongSanGong } from './run-cli';

/** 362.3 ÷ 487.4 = 74.3332%: 74.34% is off in its last digit only, a warning. */
const lastDigit = [
  '2023年度部门整体支出绩效自评报告',
  '',
  '截至2023年12月31日，固定资产账面原值487.4万元，在用资产362.3万元，资产使用率74.34%。',
  '',
].join('\n');

const cwd = tempDir();
writeFiles(cwd, { 'warn.txt': lastDigit, 'wrong.txt': wrongSanGong });

test('a report with one warning: printed as 警告, summary "0 个错误，1 个警告", exit status 0', () => {
  const r = jixiao(['check', 'warn.txt'], cwd);
  assert.deepEqual(r, {
    status: 0,
    stdout:
      'warn.txt:3:48: 警告 资产使用率应为 74.33%（在用资产 362.3 ÷ 固定资产账面原值 487.4），文中为 74.34%，相差 0.01 个百分点；只差末位 [rate]\n' +
      '1 个文件，0 个错误，1 个警告\n',
    stderr: '',
  });
});

test('a warning and an error in two files are counted apart; the error alone sets exit status 1', () => {
  const r = jixiao(['check', 'warn.txt', 'wrong.txt'], cwd);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^warn\.txt:3:48: 警告 .*\[rate\]$/m);
  assert.match(r.stdout, /^wrong\.txt:3:\d+: 错误 .*\[sum-of-parts\]$/m);
  assert.ok(r.stdout.endsWith('\n2 个文件，1 个错误，1 个警告\n'), r.stdout);
  assert.equal(r.status, 1);
});

test('SARIF and JSON keep the warning a warning', () => {
  const sarif = JSON.parse(jixiao(['check', '--format', 'sarif', 'warn.txt'], cwd).stdout);
  assert.deepEqual(sarif.runs[0].results.map((x: { level: string; ruleId: string }) => `${x.level} ${x.ruleId}`), ['warning rate']);
  const json = jixiao(['check', '--format', 'json', 'warn.txt'], cwd);
  assert.equal(json.status, 0);
  assert.deepEqual(JSON.parse(json.stdout)[0].diagnostics.map((d: { severity: number }) => d.severity), [2]);
});
