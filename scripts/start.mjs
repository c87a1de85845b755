// `npm start`: builds, then opens examples/ (the bundled example reports) with the extension loaded — in the
// desktop VS Code when `code` is on PATH, otherwise in code-server on 127.0.0.1 (Node 24 and code-server are
// installed and cached on first use, see scripts/e2e/cache.ts), printing the address to open.
// Ctrl-C stops it and everything it started.
//   JIXIAO_START=code-server   use code-server even when `code` is on PATH
//   PORT=8080                  code-server's port (default: 8080 if free, else any free port)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { require as tsxRequire } from 'tsx/cjs/api';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const examples = join(repo, 'examples');
// The example opened in the editor at start: the seed report, with its real mistakes.
const seed = join(examples, '2023-衡山高新区-部门整体支出绩效自评报告.txt');

function onPath(cmd) {
  return (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, cmd)));
}

const build = spawnSync(process.execPath, [join(repo, 'esbuild.mjs')], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
for (const f of ['dist/client.js', 'dist/server.js']) {
  if (!existsSync(join(repo, f))) {
    console.error(`npm start: ${f} was not built; the extension cannot load without it.`);
    process.exit(1);
  }
}

if (onPath('code') && process.env.JIXIAO_START !== 'code-server') {
  // --wait keeps the CLI attached until the window closes, so Ctrl-C here has something to stop.
  console.log(`Opening ${examples} in VS Code with the extension from ${repo} (Ctrl-C to stop).`);
  const files = existsSync(seed) ? [examples, seed] : [examples];
  const child = spawn('code', ['--wait', '--new-window', `--extensionDevelopmentPath=${repo}`, ...files], { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // The code-server helpers are TypeScript shared with the e2e tests; tsx loads them.
  const { ensureTools } = tsxRequire('./e2e/cache.ts', import.meta.url);
  const { freePort, startCodeServer } = tsxRequire('./e2e/code-server.ts', import.meta.url);
  if (!onPath('code')) console.log('`code` is not on PATH: opening the examples in code-server instead.');
  const tools = await ensureTools().catch((e) => {
    console.error(`npm start: ${e.message}`);
    process.exit(1);
  });
  let port = Number(process.env.PORT) || 0;
  if (!port) port = (await isFree(8080)) ? 8080 : await freePort();
  const server = await startCodeServer({ tools, folder: examples, port, testDriver: true });
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://remote${repo}`],
    // The file's authority must be the one the browser uses (127.0.0.1:PORT), or it opens outside the workspace.
    ...(existsSync(seed) ? [['openFile', `vscode-remote://${new URL(server.origin).host}${seed}`]] : []),
  ]);
  const url = `${server.origin}/?folder=${encodeURIComponent(examples)}&payload=${encodeURIComponent(payload)}`;
  console.log(`\ncode-server (pid ${server.pid}) is serving ${examples} with the jixiao extension loaded.\nOpen:\n\n  ${url}\n\nCtrl-C to stop.`);
  // startCodeServer's signal handlers stop code-server (its whole process group) and remove its throwaway folders.
  for (const sig of ['SIGINT', 'SIGTERM']) process.prependListener(sig, () => console.log('\nStopping code-server…'));
  setInterval(() => {}, 1 << 30); // keep running until a signal
}

async function isFree(port) {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}
