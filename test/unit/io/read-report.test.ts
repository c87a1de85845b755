// Reading a report file from disk: text, or a Chinese reason.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import iconv from 'iconv-lite';
import { maxReportBytes, readReportFile } from '../../../server/src/io/readReport';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-io-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a GBK file on disk is read as text', () => {
  const path = join(dir, 'gbk.txt');
  writeFileSync(path, iconv.encode('项目支出46936.95万元\r\n', 'gbk'));
  assert.deepEqual(readReportFile(path), { ok: true, text: '项目支出46936.95万元\r\n', encoding: 'gb18030' });
});

test('a missing file, a folder: reasons, not exceptions', () => {
  assert.deepEqual(readReportFile(join(dir, 'nope.txt')), { ok: false, reason: '文件或文件夹不存在' });
  assert.deepEqual(readReportFile(dir), { ok: false, reason: '这是文件夹，不是文件' });
});

test('a file over the size limit is refused without being read', () => {
  const path = join(dir, 'huge.txt');
  writeFileSync(path, '');
  truncateSync(path, maxReportBytes + 1); // sparse: takes no disk space
  assert.deepEqual(readReportFile(path), { ok: false, reason: '文件太大（16.0 MB，上限 16 MB），已跳过；可用 --max-size 调整上限' });
  assert.deepEqual(readReportFile(path, 'auto', 1024), { ok: false, reason: '文件太大（16.0 MB，上限 0.00098 MB），已跳过；可用 --max-size 调整上限' });
  truncateSync(path, maxReportBytes); // at the limit it is read (and refused as binary: all NUL bytes)
  assert.deepEqual(readReportFile(path), { ok: false, reason: '不是文本报告（含有二进制内容）' });
});
