// A second, independent LSP client: Neovim (Debian's 0.7.2, headless) runs jixiao-language-server --stdio on the
// seed; the diagnostics it receives must be the ones `jixiao check --format json` prints.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliDiagnostics, type Diag } from './cli-diagnostics';
import { REPO, SEED } from './workspace';

const key = (d: Diag) => ({
  start: `${d.range.start.line}:${d.range.start.character}`,
  end: `${d.range.end.line}:${d.range.end.character}`,
  code: d.code,
  severity: d.severity,
  message: d.message,
});
const byPosition = (a: ReturnType<typeof key>, b: ReturnType<typeof key>) =>
  a.start.localeCompare(b.start, 'en', { numeric: true }) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);

test('Neovim 0.7 over stdio receives the same diagnostics for the seed as the CLI prints', { timeout: 60_000 }, () => {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(version.error, undefined, 'nvim is on PATH (apt-get install -y neovim; .ci/run does)');
  const tmp = mkdtempSync(join(tmpdir(), 'jixiao-nvim-'));
  try {
    const out = join(tmp, 'diagnostics.json');
    const started = Date.now();
    const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(__dirname, 'neovim', 'diagnostics.lua')}`, SEED], {
      encoding: 'utf8',
      timeout: 45_000,
      env: {
        ...process.env,
        JIXIAO_OUT: out,
        JIXIAO_SERVER: join(REPO, 'bin', 'jixiao-language-server.js'),
        JIXIAO_ROOT: join(REPO, 'examples'),
        XDG_STATE_HOME: tmp,
        XDG_DATA_HOME: tmp,
        XDG_CACHE_HOME: tmp,
      },
    });
    assert.equal(r.status, 0, `nvim failed (status ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}\n${r.stderr}`);
    const got = JSON.parse(readFileSync(out, 'utf8')) as { protocol: Diag[]; shown: { lnum: number; severity: number; message: string; source: string }[] };
    console.log(`neovim: ${got.protocol.length} diagnostics in ${Date.now() - started} ms (${version.stdout.split('\n')[0]})`);
    const want = cliDiagnostics();
    assert.ok(want.length > 0, 'the CLI finds problems in the seed');
    assert.deepEqual(got.protocol.map(key).sort(byPosition), want.map(key).sort(byPosition));
    // What Neovim shows the user: the same findings on the same lines, from jixiao.
    assert.deepEqual(
      got.shown.map((d) => `${d.lnum}/${d.severity}/${d.message}`).sort(),
      want.map((d) => `${d.range.start.line}/${d.severity}/${d.message}`).sort(),
    );
    for (const d of got.shown) assert.equal(d.source, 'jixiao');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
