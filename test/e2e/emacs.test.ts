// A third LSP client: Emacs 28 with Debian's eglot (batch mode) runs jixiao-language-server --stdio on the seed;
// what flymake shows must be the CLI's findings: same place, length, severity, rule and message.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliDiagnostics } from './cli-diagnostics';
import { REPO, SEED } from './workspace';

interface Shown {
  line: number;
  character: number;
  length: number;
  type: string;
  text: string;
}

const TYPE: Record<number, string> = { 1: 'eglot-error', 2: 'eglot-warning', 3: 'eglot-note', 4: 'eglot-note' };

test('Emacs + eglot over stdio shows the same findings for the seed as the CLI prints', { timeout: 60_000 }, () => {
  const version = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  assert.equal(version.error, undefined, 'emacs is on PATH (apt-get install -y emacs-nox elpa-eglot; .ci/run does)');
  const tmp = mkdtempSync(join(tmpdir(), 'jixiao-emacs-'));
  try {
    const out = join(tmp, 'diagnostics.json');
    const started = Date.now();
    const r = spawnSync('emacs', ['--batch', '-l', join(__dirname, 'emacs', 'diagnostics.el')], {
      encoding: 'utf8',
      timeout: 45_000,
      env: { ...process.env, HOME: tmp, JIXIAO_FILE: SEED, JIXIAO_OUT: out, JIXIAO_SERVER: join(REPO, 'bin', 'jixiao-language-server.js') },
    });
    assert.equal(r.status, 0, `emacs failed (status ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}\n${r.stderr}`);
    const shown = JSON.parse(readFileSync(out, 'utf8')) as Shown[];
    console.log(`emacs: ${shown.length} diagnostics in ${Date.now() - started} ms (${version.stdout.split('\n')[0]})`);
    const want = cliDiagnostics();
    assert.ok(want.length > 0, 'the CLI finds problems in the seed');
    const got = shown.map((d) => `${d.line}:${d.character}+${d.length} ${d.type} ${d.text}`).sort();
    const expected = want
      .map((d) => {
        assert.equal(d.range.start.line, d.range.end.line, 'single-line ranges');
        const len = d.range.end.character - d.range.start.character;
        return `${d.range.start.line}:${d.range.start.character}+${len} ${TYPE[d.severity]} jixiao [${d.code}]: ${d.message}`;
      })
      .sort();
    assert.deepEqual(got, expected);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
