// The same report saved in the encodings Windows and editors produce gives the same findings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { jixiao, rightSanGong, tempDir, wrongFigure, writeFiles, wrongSanGong } from './run-cli';

const bom8 = Buffer.from([0xef, 0xbb, 0xbf]);
const encodings = (text: string): Record<string, Uint8Array> => ({
  'utf8-lf.txt': Buffer.from(text, 'utf8'),
  'gb18030.txt': iconv.encode(text, 'gb18030'),
  'gbk-crlf.txt': iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk'),
  'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
  'utf8-bom-crlf.txt': Buffer.concat([bom8, Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]),
});

const wrongDir = tempDir();
writeFiles(wrongDir, encodings(wrongSanGong));
const rightDir = tempDir();
writeFiles(rightDir, encodings(rightSanGong));
const names = Object.keys(encodings(''));

interface FileResult {
  file: string;
  diagnostics: Array<{ relatedInformation: Array<{ location: { uri: string } }> }>;
}
/** Diagnostics with the file's own URI blanked, so files can be compared. */
function withoutUri(f: FileResult) {
  return f.diagnostics.map((d) => ({
    ...d,
    relatedInformation: d.relatedInformation.map((r) => ({ ...r, location: { ...r.location, uri: '' } })),
  }));
}

test('every encoding of a consistent report is read and passes', () => {
  const r = jixiao(['check', ...names], rightDir);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '6 个文件，0 个错误，0 个警告\n');
  assert.equal(r.status, 0);
});

test('GB18030, GBK + CRLF, UTF-16 LE/BE with BOM, UTF-8 BOM + CRLF give the findings of UTF-8 LF', () => {
  const r = jixiao(['check', '--format', 'json', ...names], wrongDir);
  assert.equal(r.stderr, '');
  const out: FileResult[] = JSON.parse(r.stdout);
  assert.deepEqual(out.map((f) => f.file), names);
  const reference = withoutUri(out[0]);
  assert.equal(reference.length, 1, 'the UTF-8 LF report should have exactly one finding');
  assert.deepEqual((reference[0] as unknown as { range: { start: unknown } }).range.start, wrongFigure);
  for (const f of out.slice(1)) assert.deepEqual(withoutUri(f), reference, f.file);
  assert.equal(r.status, 1);
});

test('--encoding gb18030 reads a GBK file; --encoding utf8 refuses it and says why', () => {
  let r = jixiao(['check', '--encoding', 'gb18030', 'gb18030.txt'], rightDir);
  assert.deepEqual(r, { status: 0, stdout: '1 个文件，0 个错误，0 个警告\n', stderr: '' });
  r = jixiao(['check', '--encoding', 'utf8', 'gb18030.txt', 'utf8-lf.txt'], rightDir);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'jixiao：无法读取 gb18030.txt：不是有效的 UTF-8 文本（可试试 --encoding gb18030）\n');
  assert.equal(r.stdout, '1 个文件，0 个错误，0 个警告，1 个无法读取\n');
});
