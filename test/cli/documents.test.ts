// Word, Excel and PDF (LibreOffice's export of each .docx; the reader itself in test/unit/io/pdf.test.ts) files on the command line: each gives the findings of the report it was
// made from (test/fixtures/formats/build.py), names places a Word/Excel user can find, and old or broken
// formats get a message while the other files are still checked.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { jixiao, root, tempDir, writeFiles } from './run-cli';

const formats = join(root, 'test', 'fixtures', 'formats');
const fixtures = join(root, 'test', 'fixtures');

interface Json {
  file: string;
  diagnostics: { code: string; message: string; severity: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

/** rule, figure (the text at the range, blank cells as ''), message of each error and warning of a file. */
export function findings(path: string, cwd: string): string[] {
  const text = jixiao(['text', path], cwd);
  assert.equal(text.status, 0, text.stderr);
  const lines = text.stdout.split('\n');
  const r = jixiao(['check', '--format', 'json', path], cwd);
  assert.equal(r.stderr, '');
  const [file] = JSON.parse(r.stdout) as Json[];
  return file.diagnostics
    .filter((d) => d.severity <= 2)
    .map((d) => {
      const { start, end } = d.range;
      const figure = start.line === end.line ? lines[start.line].slice(start.character, end.character) : '…';
      return `${d.code} ${figure.trim()} ${d.message}`;
    })
    .sort();
}

for (const [document, original] of [
  ['xiangcun-2023-xiangmu.docx', 'xiangcun-2023-xiangmu.txt'],
  ['seed-hengshan.docx', 'seed-hengshan.txt'],
  ['seed-hengshan-borderless.docx', 'seed-hengshan.txt'],
  ['kaifaqu-2024-seedlike-borderless.docx', 'kaifaqu-2024-seedlike.txt'],
  ['zipingbiao-only-2024.docx', 'zipingbiao-only-2024.txt'],
  ['zipingbiao-only-2024.xlsx', 'zipingbiao-only-2024.txt'],
  ['xiangcun-2023-xiangmu.pdf', 'xiangcun-2023-xiangmu.txt'],
  ['seed-hengshan.pdf', 'seed-hengshan.txt'],
  ['zipingbiao-only-2024.pdf', 'zipingbiao-only-2024.txt'],
]) {
  test(`${document} gives the findings (rule, figure, message) of ${original}`, () => {
    const expected = findings(join(fixtures, original), root);
    assert.deepEqual(findings(join(formats, document), root), expected);
    if (original !== 'zipingbiao-only-2024.txt') assert.ok(expected.length >= 3, expected.join('\n'));
  });
}

test('a PDF whose tables are drawn without lines gives the findings of its text original: cells placed by their positions, no false alarm', () => {
  // Its blank cells leave no gap to see, its labels and figures wrap inside their cells (人员经 / 费, `4693` over
  // `6.95`): the columns come from where the cells' texts start, the rows from what each line continues. A cell
  // read a column off would flag right figures (a budget read as its adjustment), so none may be added.
  const expected = findings(join(fixtures, 'seed-hengshan.txt'), root);
  const got = findings(join(formats, 'seed-hengshan-borderless.pdf'), root);
  assert.deepEqual(got.filter((f) => !expected.includes(f)), [], 'findings the typed report does not have');
  const missed = expected.filter((f) => !got.includes(f));
  assert.ok(expected.length >= 17 && missed.length <= expected.length * 0.1, `missed ${missed.length} of ${expected.length}:\n${missed.join('\n')}`);
  for (const rule of ['table-blank-adjustment', 'table-total', 'table-row-formula', 'column-kind']) assert.ok(got.some((f) => f.startsWith(`${rule} `)), `${rule} found in the tables`);
});

for (const [document, original] of [
  ['kaifaqu-2024-seedlike-borderless.pdf', 'kaifaqu-2024-seedlike.txt'],
  ['jiaoyu-xiangmu-2024-borderless.pdf', 'jiaoyu-xiangmu-2024.txt'],
]) {
  test(`${document} (tables without lines) gives at least 90% of the findings of ${original}, and no other`, () => {
    // A figure's % or unit wrapped to the next line (`97.65` over `%`, `2086.9` over `0元/平方米`), a lone row
    // at the top of a page: read off by a column, 执行率 becomes an amount and the rows' sums go wrong.
    const expected = findings(join(fixtures, original), root);
    const got = findings(join(formats, document), root);
    assert.deepEqual(got.filter((f) => !expected.includes(f)), [], 'findings the typed report does not have');
    assert.ok(expected.length >= 2 && expected.filter((f) => !got.includes(f)).length <= expected.length * 0.1, got.join('\n'));
  });
}

test('jixiao text: the automatic numbering of a .docx rendered, its tables as TAB rows', () => {
  const r = jixiao(['text', 'xiangcun-2023-xiangmu.docx'], formats);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  for (const heading of ['一、项目基本情况', '（二）项目资金安排', '二、项目资金使用及管理情况', '1.数量指标：新建（改建）产业路27.6公里', '五、存在的问题及改进措施'])
    assert.ok(lines.some((l) => l.startsWith(heading)), heading);
  assert.ok(lines.some((l) => /^.+\t.+\t.+/.test(l)));
});

test('text output names the place in the document: 第N段, 表N 第r行 第c列, Sheet!Cell', () => {
  const cwd = tempDir();
  copyFileSync(join(formats, 'seed-hengshan.docx'), join(cwd, '报告.docx'));
  const r = jixiao(['check', '报告.docx'], cwd);
  assert.equal(r.status, 1);
  const lines = r.stdout.split('\n');
  assert.ok(lines.some((l) => /^报告\.docx:第\d+段: 错误 .*\[sum-of-parts\]$/.test(l)), r.stdout);
  assert.ok(lines.some((l) => /^报告\.docx:表1 第2行 第3列: 警告 .*\[table-blank-adjustment\]$/.test(l)), r.stdout);
  const x = jixiao(['check', 'zipingbiao-only-2024.xlsx'], formats);
  assert.deepEqual(x, { status: 0, stdout: '1 个文件，0 个错误，0 个警告\n', stderr: '' });
});

test('a folder: .docx/.xlsx checked, .doc/.xls/.wps named with their conversion (exit 2), lock files skipped', () => {
  const cwd = tempDir();
  copyFileSync(join(formats, 'seed-hengshan.docx'), join(cwd, 'reports-a.docx'));
  writeFiles(cwd, {
    '报告/旧.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
    '报告/表.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
    '报告/稿.wps': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
    '报告/~$新.docx': new Uint8Array([1, 2, 3]),
    '报告/坏.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
  });
  copyFileSync(join(formats, 'zipingbiao-only-2024.xlsx'), join(cwd, '报告', '自评表.xlsx'));
  const r = jixiao(['check', '--format', 'json', '报告', 'reports-a.docx'], cwd);
  assert.equal(r.status, 2);
  assert.deepEqual(
    (JSON.parse(r.stdout) as Json[]).map((f) => f.file),
    [join('报告', '自评表.xlsx'), 'reports-a.docx'],
  );
  const stderr = r.stderr.split('\n');
  assert.ok(stderr.includes(`jixiao：无法读取 ${join('报告', '旧.doc')}：旧的 .doc 格式无法直接检查，请先转换为 .docx：soffice --headless --convert-to docx "旧.doc"（或在 WPS/Office 中另存为 .docx）`), r.stderr);
  assert.ok(stderr.some((l) => l.includes('表.xls') && l.includes('--convert-to xlsx')), r.stderr);
  assert.ok(stderr.some((l) => l.includes('稿.wps') && l.includes('--convert-to docx')), r.stderr);
  assert.ok(stderr.some((l) => l.startsWith(`jixiao：无法读取 ${join('报告', '坏.docx')}：`)), r.stderr);
  assert.ok(!r.stderr.includes('~$'));
  assert.equal(stderr.length, 5, r.stderr);
});

test('json and SARIF positions refer to the text jixiao text prints', () => {
  const cwd = formats;
  const text = jixiao(['text', 'seed-hengshan.docx'], cwd).stdout.split('\n');
  const sarif = JSON.parse(jixiao(['check', '--format', 'sarif', 'seed-hengshan.docx'], cwd).stdout);
  const rate = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'rate');
  const region = rate.locations[0].physicalLocation.region;
  assert.equal(text[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1), '79.4');
});

test('a PDF: findings placed by page; a PDF without text or broken gets its reason (exit 2), the others still checked', () => {
  const cwd = tempDir();
  copyFileSync(join(formats, 'seed-hengshan.pdf'), join(cwd, '报告.pdf'));
  writeFiles(cwd, {
    '扫描.pdf': Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
        '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    ),
    '坏.pdf': Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1'),
  });
  const r = jixiao(['check', '.'], cwd);
  assert.equal(r.status, 2);
  assert.ok(r.stdout.split('\n').some((l) => /^报告\.pdf:第\d页: 错误 .*\[sum-of-parts\]$/.test(l)), r.stdout);
  const stderr = r.stderr.split('\n');
  assert.ok(stderr.includes('jixiao：无法读取 扫描.pdf：PDF 中没有文字（可能是扫描件），请先做文字识别（OCR）或改用原始的 Word 文件'), r.stderr);
  assert.ok(stderr.some((l) => l.startsWith('jixiao：无法读取 坏.pdf：PDF 已损坏或不完整')), r.stderr);
});
