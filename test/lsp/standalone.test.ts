// The server as other editors start it: `jixiao-language-server --stdio` (stdio also without the flag), and as
// VS Code starts it: node IPC. What it announces in `initialize`.
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { ensureBuilt, root, seedPath, serverBundle, start } from './session';

const bin = join(root, 'bin', 'jixiao-language-server.js');

describe('starting the server', () => {
  it('jixiao-language-server --stdio: announces its features', async () => {
    const s = await start({ script: bin, args: ['--stdio'] });
    try {
      const caps = (s.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
      assert.deepEqual(caps.diagnosticProvider, { identifier: 'jixiao', interFileDependencies: false, workspaceDiagnostics: false });
      assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.jixiao'], resolveProvider: true });
      for (const p of ['hoverProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'completionProvider', 'inlayHintProvider']) {
        assert.ok(caps[p], p);
      }
      const uri = pathToFileURL(seedPath).href;
      await s.open(uri, readFileSync(seedPath, 'utf8'));
      assert.ok((await s.diagnostics(uri, 1)).length > 0);
    } finally {
      await s.shutdown();
    }
    assert.equal(s.child.exitCode, 0, 'exits cleanly after shutdown/exit');
  });

  it('without a transport flag it talks over stdio', async () => {
    const s = await start({ script: bin, args: [] });
    try {
      assert.ok((s.initializeResult as { capabilities: unknown }).capabilities);
    } finally {
      await s.shutdown();
    }
  });

  it('--help prints the usage in Chinese and English', () => {
    const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /用法：jixiao-language-server/);
    assert.match(r.stdout, /Usage: jixiao-language-server/);
  });

  it('over node IPC, as VS Code starts it', async () => {
    ensureBuilt();
    const child = fork(serverBundle, ['--node-ipc'], { silent: true });
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    conn.listen();
    try {
      const result = await conn.sendRequest<{ capabilities: { hoverProvider?: boolean } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
      });
      assert.equal(result.capabilities.hoverProvider, true);
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
