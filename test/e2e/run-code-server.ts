// Runs the in-extension-host tests in a real VS Code: code-server on 127.0.0.1 with throwaway folders, its
// workbench in headless Chromium (playwright-core), the extension under test loaded through the workbench URL's
// payload (extensionDevelopmentPath + extensionTestsPath, honoured with enable-smoke-test-driver). The page reports
// the tests' exit code through window.codeAutomationExit. Screenshots are taken when the suite asks for them
// (test/e2e/suite/screenshot.ts). code-server is stopped by PID whatever happens.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ensureTools, requireChromium } from '../../scripts/e2e/cache';
import { installExtension, makeHome, startCodeServer, type CodeServer } from '../../scripts/e2e/code-server';
import { ownedTempDir } from '../../scripts/e2e/temp';
import { bundleSuite, type SuiteEntry } from './bundle-suite';
import type { ShotRequest } from './suite/screenshot';
import { takeShot } from './take-screenshot';
import { prepareWorkspace, REPO } from './workspace';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface RunOptions {
  suite: SuiteEntry;
  /** dev: the repository as extensionDevelopmentPath; vsix: install the package, no development folder. */
  extension: { dev: string } | { vsix: string };
  /** Where the suite's screenshots go (none when omitted). */
  screenshotsDir?: string;
  /** User settings for the run (on top of the runner's own), e.g. `{'jixiao.messageLanguage': 'zh-cn'}`. */
  settings?: Record<string, unknown>;
  timeoutMs?: number;
}

export interface RunResult {
  exitCode: number;
  /** Everything the page and the extension host logged, in order. */
  log: string[];
  screenshots: string[];
  seconds: number;
  /** The extension host's own log files (remoteexthost.log), read after code-server stopped. */
  extHostLog: string;
}

const say = (msg: string) => process.stderr.write(`[jixiao-e2e] ${msg}\n`);

/** A development "extension" with no code: lets the payload carry extensionTestsPath when the extension under
 * test is the installed .vsix (VS Code runs extension tests only in an extension-development window). */
function harnessExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'jixiao-e2e-harness', publisher: 'jixiao-e2e', version: '0.0.0', engines: { vscode: '*' } }),
  );
  return dir;
}

function workbenchUrl(origin: string, folder: string, devPath: string, testsPath: string): string {
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${devPath}`],
    ['extensionTestsPath', `vscode-remote://remote${testsPath}`],
  ];
  return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** All files under `dir` whose path matches `re`, with their contents. */
function collectLogs(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (re.test(p)) out.push(`--- ${relative(dir, p)}\n${readFileSync(p, 'utf8')}`);
    }
  };
  walk(dir);
  return out;
}

export async function runCodeServerSuite(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const chromiumPath = requireChromium();
  const tools = await ensureTools();
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if ('dev' in opts.extension && !existsSync(join(opts.extension.dev, f))) {
      throw new Error(`${f} is missing: build first (npm run build; node scripts/test.mjs e2e does)`);
    }
  }
  const tmp = ownedTempDir('jixiao-e2e-');
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.once('exit', cleanup); // also when a signal ends the process (code-server.ts exits on signals)
  const log: string[] = [];
  const screenshots: string[] = [];
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let exitCode = -1;
  let result: RunResult | undefined;
  try {
    const folder = prepareWorkspace(join(tmp, 'workspace'));
    const ipc = join(tmp, 'shots-ipc');
    mkdirSync(ipc);
    if (opts.screenshotsDir) mkdirSync(opts.screenshotsDir, { recursive: true });
    const testsPath = await bundleSuite(opts.suite, join(tmp, 'suite'), opts.screenshotsDir ? ipc : '');
    const home = makeHome(join(tmp, 'code-server'));
    let devPath: string;
    if ('vsix' in opts.extension) {
      installExtension(tools, opts.extension.vsix, home);
      devPath = harnessExtension(join(tmp, 'harness'));
    } else {
      devPath = opts.extension.dev;
    }
    server = await startCodeServer({ tools, folder, home: home.home, testDriver: true, keep: true, settings: opts.settings });
    say(`code-server ${server.origin} (pid ${server.pid}), workspace ${folder}`);

    // Chromium's profile and crash-report folders go to the throwaway folder, not ~/.config/chromium.
    const browserEnv = { ...process.env, XDG_CONFIG_HOME: join(tmp, 'chromium-config'), XDG_CACHE_HOME: join(tmp, 'chromium-cache') };
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true, env: browserEnv });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let resolveExit!: (code: number) => void;
    const exit = new Promise<number>((r) => (resolveExit = r));
    const exitLogs: string[] = [];
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      log.push(`[ext:${type}] ${(args ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number, logs?: { relativePath: string; contents: string }[]) => {
      for (const l of logs ?? []) if (/exthost/i.test(l.relativePath)) exitLogs.push(`--- ${l.relativePath}\n${l.contents}`);
      resolveExit(code);
    });
    // Log messages also reach the page console with a '%c INFO' prefix; codeAutomationLog already has them.
    page.on('console', (m) => {
      if (!m.text().startsWith('%c ')) log.push(`[console.${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => log.push(`[pageerror] ${e.message}`));
    page.on('crash', () => resolveExit(-2));

    await page.goto(workbenchUrl(server.origin, folder, devPath, testsPath));
    const timeoutMs = opts.timeoutMs ?? 240_000;
    const deadline = Date.now() + timeoutMs;
    let done: number | undefined;
    void exit.then((c) => (done = c));
    let next = 1;
    while (done === undefined) {
      if (Date.now() > deadline) {
        say(`timed out after ${timeoutMs / 1000} s waiting for the extension tests to finish`);
        break;
      }
      const req = join(ipc, `req-${next}.json`);
      if (opts.screenshotsDir && existsSync(req)) {
        const r = await takeShot(page, JSON.parse(readFileSync(req, 'utf8')) as ShotRequest, opts.screenshotsDir);
        screenshots.push(r.path);
        writeFileSync(join(ipc, `res-${next}.json.tmp`), JSON.stringify(r));
        renameSync(join(ipc, `res-${next}.json.tmp`), join(ipc, `res-${next}.json`));
        next++;
        continue;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    exitCode = done ?? -1;
    if (exitCode !== 0) {
      if (opts.screenshotsDir) await page.screenshot({ path: join(opts.screenshotsDir, `failure-${opts.suite}.png`) }).catch(() => undefined);
      log.push(...exitLogs);
    }
    result = { exitCode, log, screenshots, seconds: (Date.now() - started) / 1000, extHostLog: '' };
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) {
      if (exitCode !== 0) {
        process.stderr.write(`\n===== code-server output =====\n${server.output()}\n`);
        process.stderr.write(`===== extension host logs =====\n${collectLogs(server.userDataDir, /exthost|remoteagent|server\.log/i).join('\n')}\n`);
        process.stderr.write(`===== page and extension-host log =====\n${log.join('\n')}\n`);
      }
      await server.stop();
      if (result) result.extHostLog = collectLogs(server.userDataDir, /remoteexthost\.log$/).join('\n');
    }
    process.removeListener('exit', cleanup);
    if (process.env.JIXIAO_E2E_KEEP) say(`kept ${tmp}`);
    else cleanup();
  }
  return result;
}

export { REPO };
