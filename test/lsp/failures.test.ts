// A request whose handler throws is answered with an error and logged; the server goes on serving the
// others and still publishes diagnostics. A document over jixiao.maxFileSize is skipped with a diagnostic
// that says so, instead of being analysed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc';
import { type Session, start } from './session';

const uri = 'file:///tmp/jixiao-failures/report.txt';
const title = '2023年度部门整体支出绩效自评报告';
const wrong = `${title}\n\n“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。\n`;
const right = `${title}\n\n“三公”经费决算数1.8351万元，其中：因公出国（境）费0万元，公务用车运行维护费1万元，公务接待费0.8351万元。\n`;
const pushOnly = {
  workspace: { configuration: true },
  textDocument: { synchronization: { didSave: true }, publishDiagnostics: { versionSupport: true } },
};

describe('a handler that throws (JIXIAO_TEST_THROW=hover)', () => {
  let s: Session;
  before(async () => {
    s = await start({ capabilities: pushOnly, env: { JIXIAO_TEST_THROW: 'hover' } });
  });
  after(() => s.shutdown());

  it('answers the request with an InternalError, logs it, and the server still publishes diagnostics', async () => {
    await s.open(uri, wrong);
    assert.equal((await s.diagnostics(uri, 1)).length, 1);
    await assert.rejects(
      s.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } }),
      (e: unknown) => e instanceof ResponseError && e.code === -32603 && /hover failed/.test(e.message),
    );
    // Logged (window/logMessage) with the reason.
    for (let i = 0; i < 100 && !/jixiao: hover failed: .*JIXIAO_TEST_THROW/.test(s.stderr); i++) await new Promise((r) => setTimeout(r, 20));
    assert.match(s.stderr, /jixiao: hover failed: .*JIXIAO_TEST_THROW/);
    // The other requests are served, and an edit is checked and published as before.
    const symbols = await s.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    const version = await s.change(uri, [{ text: right }]);
    assert.deepEqual(await s.diagnostics(uri, version), []);
    assert.ok(s.alive());
  });
});

describe('jixiao.maxFileSize', () => {
  let s: Session;
  before(async () => {
    // 0.001 MB = 1048 bytes: the short report is checked, a long one is skipped.
    s = await start({ capabilities: pushOnly, settings: { maxFileSize: 0.001 } });
  });
  after(() => s.shutdown());

  it('a report over the limit gets one diagnostic saying it was skipped, and no findings', async () => {
    await s.open(uri, wrong);
    assert.equal((await s.diagnostics(uri, 1))[0].code, 'sum-of-parts');
    const version = await s.change(uri, [{ text: wrong + '说明文字。'.repeat(100) }]);
    const d = await s.diagnostics(uri, version);
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'max-file-size');
    assert.equal(d[0].severity, 3);
    assert.match(d[0].message, /文件太大（[\d.]+ MB，上限 0\.001 MB），jixiao 没有检查它；可在设置 jixiao\.maxFileSize 中调整上限/);
    // Hover and the other features do nothing on it, without an error.
    assert.equal(await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } }), null);
    const back = await s.change(uri, [{ text: wrong }]);
    assert.equal((await s.diagnostics(uri, back))[0].code, 'sum-of-parts');
  });
});
