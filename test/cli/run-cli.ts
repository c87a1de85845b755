// Helpers for the CLI tests: run the built command line as a user would, on report files written to a
// temporary folder. Build first: `node esbuild.mjs` (scripts/test.mjs does it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';

export const root = resolve(__dirname, '..', '..');
/** The bundle under test; JIXIAO_CLI overrides it (e.g. to try the tests on another build). */
export const cliBundle = process.env.JIXIAO_CLI ?? join(root, 'dist', 'cli.js');
export const packageVersion: string = require(join(root, 'package.json')).version;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ARGS` in `cwd`. */
export function jixiao(args: string[], cwd: string, script = cliBundle): Run {
  assert.ok(existsSync(script), `${script} is missing: run \`node esbuild.mjs\` first`);
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes files (relative path → text as UTF-8, or bytes) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

const title = '2023年度部门整体支出绩效自评报告';

/** Line 3: the seed's 三公 budget sentence: 2万元 stated, 0 + 1 + 2 = 3 listed. One error, on that `2`. */
export const wrongSanGong = [
  title,
  '',
  '2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。',
  '',
].join('\n');

/** The 0-based position of the wrong figure in wrongSanGong, and of the three parts. */
export const wrongFigure = { line: 2, character: wrongSanGong.split('\n')[2].indexOf('预算数2') + 3 };
export const partCharacters = ['因公出国（境）费', '运行维护费', '公务接待费'].map(
  (before) => wrongSanGong.split('\n')[2].indexOf(before) + before.length,
);

/** The seed's 三公 final-accounts sentence, which adds up: 0 + 1 + 0.8351 = 1.8351. No finding. */
export const rightSanGong = [
  title,
  '',
  '“三公”经费决算数1.8351万元，其中：因公出国（境）费0万元，公务用车运行维护费1万元，公务接待费0.8351万元。',
  '',
].join('\n');

/** A message that mentions the figure 3 on its own (not inside 2023 or 13.5). */
export const mentionsThree = /(^|[^0-9.])3([^0-9.]|$)/;
