// The editor's read-only views of Word, Excel and PDF files over the protocol: jixiao/readDocument gives the
// text the command line checks (`jixiao text`), a `jixiao-doc:` document of that text gets the command line's
// findings, and nothing in a view is offered as a fix (it cannot be edited; the fix is made in Word).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import type { ReadDocumentResult } from '../../protocol/messages';
import { root, type Session, start } from './session';

const formats = join(root, 'test', 'fixtures', 'formats');
const cli = join(root, 'dist', 'cli.js');

function cliText(path: string): string {
  const r = spawnSync(process.execPath, [cli, 'text', path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function cliFindings(path: string): Array<{ code: unknown; message: string; range: unknown }> {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', path], { encoding: 'utf8' });
  const [file] = JSON.parse(r.stdout) as Array<{ diagnostics: Diagnostic[] }>;
  return file.diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range }));
}

const viewOf = (path: string) => `jixiao-doc:${pathToFileURL(path).pathname}`;

describe('document views (jixiao/readDocument)', () => {
  let s: Session;
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-views-'));
  before(async () => {
    s = await start();
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const name of ['seed-hengshan.docx', 'zipingbiao-only-2024.xlsx', 'seed-hengshan.pdf']) {
    it(`${name}: the text of \`jixiao text\`, and as a jixiao-doc: view the command line's findings`, async () => {
      const path = join(formats, name);
      const read = await s.request<ReadDocumentResult>('jixiao/readDocument', { uri: pathToFileURL(path).href });
      assert.ok(read.ok, JSON.stringify(read));
      assert.equal(read.text, cliText(path));
      assert.ok(read.places.length > 0 && read.places.every((p) => typeof p.label === 'string'));
      const view = viewOf(path);
      await s.open(view, read.text);
      const got = (await s.diagnostics(view)).map((d) => ({ code: d.code, message: d.message, range: d.range }));
      const expected = cliFindings(path);
      if (name !== 'zipingbiao-only-2024.xlsx') assert.ok(expected.length >= 3, JSON.stringify(expected));
      assert.deepEqual(got, expected);
    });
  }

  it('a file of another scheme comes as base64 bytes and reads the same', async () => {
    const path = join(formats, 'seed-hengshan.docx');
    const data = readFileSync(path).toString('base64');
    const read = await s.request<ReadDocumentResult>('jixiao/readDocument', { uri: 'vscode-vfs://github/x/seed-hengshan.docx', data });
    assert.ok(read.ok);
    assert.equal(read.text, cliText(path));
  });

  it('no quick fix or ignore is offered in a view: it is read-only', async () => {
    const path = join(formats, 'seed-hengshan.docx');
    const view = viewOf(path);
    const diagnostics = await s.diagnostics(view);
    assert.ok(diagnostics.length > 0);
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: view },
      range: diagnostics[0].range,
      context: { diagnostics: [diagnostics[0]] },
    });
    assert.deepEqual(actions, []);
  });

  it('an old .doc names its conversion; a FIFO named .docx is refused, not waited on; a missing file says so', async () => {
    const doc = await s.request<ReadDocumentResult>('jixiao/readDocument', { uri: pathToFileURL(join(dir, '报告.doc')).href });
    assert.deepEqual(doc, {
      ok: false,
      reason: '旧的 .doc 格式无法直接检查，请先转换为 .docx：soffice --headless --convert-to docx "报告.doc"（或在 WPS/Office 中另存为 .docx）',
    });
    const fifo = join(dir, 'pipe.docx');
    if (process.platform !== 'win32') {
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
      const r = await s.request<ReadDocumentResult>('jixiao/readDocument', { uri: pathToFileURL(fifo).href });
      assert.deepEqual(r, { ok: false, reason: '不是普通文件（是管道、设备或套接字）' });
    }
    const missing = await s.request<ReadDocumentResult>('jixiao/readDocument', { uri: pathToFileURL(join(dir, 'nope.pdf')).href });
    assert.deepEqual(missing, { ok: false, reason: '文件或文件夹不存在' });
    assert.ok(s.alive());
  });
});
