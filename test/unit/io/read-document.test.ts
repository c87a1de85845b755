// readDocument on what is not a regular file: the language server (its views of Word, Excel and PDF files) and
// the bench call it directly, without the command line's folder walk that refuses such paths first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-read-document-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const module = pathToFileURL(join(__dirname, '../../../server/src/io/readDocument.ts')).href;

test('a FIFO named x.docx or x.pdf is refused with a reason before it is opened, not waited on', { skip: process.platform === 'win32' }, () => {
  for (const name of ['x.docx', 'x.pdf']) {
    const fifo = join(dir, name);
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    // In a child process: a blocking open of a FIFO without a writer would hang this test runner itself.
    const script = `const m = await import(${JSON.stringify(module)}); const { readDocument } = m.default ?? m; console.log(JSON.stringify(await readDocument(${JSON.stringify(fifo)})));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.signal, null, `${name}: hung on the FIFO (killed by the 20 s guard)`);
    assert.deepEqual(JSON.parse(r.stdout), { ok: false, reason: '不是普通文件（是管道、设备或套接字）' }, r.stderr);
  }
});
