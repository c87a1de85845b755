// The seed's diagnostics as the command line prints them (`jixiao check --format json`): what every editor must show.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, SEED } from './workspace';

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
  source?: string;
}

export function cliDiagnostics(file = SEED): Diag[] {
  const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `jixiao check exits 0 or 1, got ${r.status}: ${r.stderr}`);
  const files = JSON.parse(r.stdout) as { file: string; diagnostics: Diag[] }[];
  assert.equal(files.length, 1);
  return files[0].diagnostics;
}
