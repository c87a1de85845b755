// Runs the test suites with node's own test runner. `node scripts/test.mjs [group...]`; no group = all.
// Groups: unit (core, features, CLI, fixture corpus — in memory or on the built CLI), lsp (the bundled server
// over stdio), e2e (real editors: Neovim and VS Code via code-server).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const groups = {
  unit: ['test/unit', 'test/cli', 'test/corpus'],
  lsp: ['test/lsp'],
  e2e: ['test/e2e'],
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(groups);

function testFiles(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(testFiles(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// A rule that throws is skipped in use (its findings are absent, the others still shown); under test it must
// fail loudly instead, or a crash on one sentence would pass as 'no finding'.
const env = { ...process.env, JIXIAO_STRICT: '1' };

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

let status = run(process.execPath, ['esbuild.mjs']);
if (status !== 0) process.exit(status);
for (const g of wanted) {
  if (!groups[g]) {
    console.error(`unknown test group: ${g} (known: ${Object.keys(groups).join(', ')})`);
    process.exit(2);
  }
  const files = groups[g].flatMap(testFiles);
  if (files.length === 0) {
    console.error(`test group ${g}: no test files`);
    status = 1;
    continue;
  }
  console.log(`\n== ${g}: ${files.length} files`);
  const s = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
  if (s !== 0) status = s;
}
process.exit(status);
