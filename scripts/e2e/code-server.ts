// Starting and stopping code-server (VS Code's workbench + extension host over HTTP) on 127.0.0.1 with throwaway
// folders, so it leaves nothing behind. It runs in its own process group and is stopped by PID (the group) whatever
// happens: stop(), the process's exit and signal handlers, and a watchdog that outlives a SIGKILLed parent.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Tools } from './cache';
import { ownedTempDir } from './temp';

export interface CodeServer {
  pid: number;
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  userDataDir: string;
  extensionsDir: string;
  /** code-server's own stdout/stderr so far. */
  output(): string;
  /** Stops the process group (SIGTERM, then SIGKILL) and removes the throwaway folders unless `keep`. */
  stop(): Promise<void>;
}

export interface StartOptions {
  tools: Tools;
  /** The folder to open. */
  folder?: string;
  /** Folder for the throwaway dirs; one is made under the system temp folder when omitted. */
  home?: string;
  port?: number;
  /** Pass enable-smoke-test-driver (needed for the payload's extensionDevelopmentPath/extensionTestsPath). */
  testDriver?: boolean;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Keep the throwaway folders after stop() (the caller removes them). */
  keep?: boolean;
}

/** A free TCP port on 127.0.0.1 (asks the OS for one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'editor.hover.delay': 300,
  'window.commandCenter': false,
};

/** Throwaway folders for one code-server: user data, extensions, XDG config/data. */
export function makeHome(base?: string): { home: string; userDataDir: string; extensionsDir: string; env: NodeJS.ProcessEnv } {
  const home = base ?? ownedTempDir('jixiao-code-server-');
  const userDataDir = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  for (const d of [userDataDir, extensionsDir, join(home, 'xdg-config'), join(home, 'xdg-data')]) mkdirSync(d, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(home, 'xdg-config'),
    XDG_DATA_HOME: join(home, 'xdg-data'),
    // code-server reads these if set; keep the user's own out of the throwaway instance.
    PASSWORD: undefined,
    HASHED_PASSWORD: undefined,
    VSCODE_IPC_HOOK_CLI: undefined,
  };
  return { home, userDataDir, extensionsDir, env };
}

/** `code-server --install-extension X.vsix` into the given extensions folder. */
export function installExtension(tools: Tools, vsix: string, home: ReturnType<typeof makeHome>): void {
  const r = spawnSync(
    tools.node,
    [tools.codeServer, '--user-data-dir', home.userDataDir, '--extensions-dir', home.extensionsDir, '--install-extension', vsix, '--force'],
    { env: home.env, encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0 || !/was successfully installed/.test(r.stdout + r.stderr)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${r.status}):\n${r.stdout}${r.stderr}${r.error ?? ''}`);
  }
}

/** Live code-servers, with the throwaway folder to remove when this process ends (undefined when kept). */
const running = new Map<ChildProcess, string | undefined>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

let handlersInstalled = false;
function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const killAll = () => {
    for (const [c, home] of running) {
      killGroup(c, 'SIGKILL');
      if (home) rmSync(home, { recursive: true, force: true });
    }
    running.clear();
  };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killAll();
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** A detached shell that kills the group `pgid` once `parent` is gone (even by SIGKILL). */
function watchdog(parent: number, pgid: number): void {
  const w = spawn('sh', ['-c', `while kill -0 ${parent} 2>/dev/null && kill -0 -${pgid} 2>/dev/null; do sleep 1; done; kill -9 -${pgid} 2>/dev/null; true`], {
    detached: true,
    stdio: 'ignore',
  });
  w.unref();
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  const h = makeHome(opts.home);
  mkdirSync(join(h.userDataDir, 'User'), { recursive: true });
  writeFileSync(join(h.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...opts.settings }, null, 2));
  const port = opts.port ?? (await freePort());
  const args = [
    opts.tools.codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', h.userDataDir,
    '--extensions-dir', h.extensionsDir,
    ...(opts.testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(opts.folder ? [opts.folder] : []),
  ];
  const logFile = join(h.home, 'code-server.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(opts.tools.node, args, { env: h.env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  installExitHandlers();
  running.set(child, opts.keep ? undefined : h.home);
  if (child.pid !== undefined) watchdog(process.pid, child.pid);
  const output = () => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    // The extension host and other children share the group: make sure none outlives the server.
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* group empty */
      }
    }
    running.delete(child);
    if (!opts.keep) rmSync(h.home, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  // Ready when /healthz answers; fail fast when the process dies.
  const deadline = Date.now() + 60_000;
  let dead = false;
  void exited.then(() => (dead = true));
  for (;;) {
    if (dead) {
      const out = output();
      await stop();
      throw new Error(`code-server exited during startup (exit ${child.exitCode ?? child.signalCode}):\n${out}`);
    }
    try {
      const r = await fetch(`${origin}/healthz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      const out = output();
      await stop();
      throw new Error(`code-server did not answer on ${origin} within 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { pid: child.pid!, port, origin, userDataDir: h.userDataDir, extensionsDir: h.extensionsDir, output, stop };
}
