// `npm run test:electron`: the same in-extension-host tests (test/e2e/suite) in a desktop VS Code through
// @vscode/test-electron. Uses an installed VS Code (VSCODE_EXECUTABLE_PATH, or the usual install locations);
// without one it tries test-electron's download (into .vscode-test/), and when that fails too it says so and
// exits 1. On Linux without a display, run it under xvfb-run. The screenshot tests run only under the
// code-server runner (they need the browser that drives it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle-suite';
import { prepareWorkspace, REPO } from './workspace';

const CANDIDATES = [
  process.env.VSCODE_EXECUTABLE_PATH,
  '/usr/share/code/code',
  '/usr/share/code-insiders/code-insiders',
  '/snap/code/current/usr/share/code/code',
  '/opt/visual-studio-code/code',
  '/Applications/Visual Studio Code.app/Contents/MacOS/Electron',
  process.env.LOCALAPPDATA && join(process.env.LOCALAPPDATA, 'Programs', 'Microsoft VS Code', 'Code.exe'),
].filter((p): p is string => !!p);

async function findVSCode(): Promise<string> {
  const local = CANDIDATES.find((p) => existsSync(p));
  if (local) return local;
  try {
    return await downloadAndUnzipVSCode({ cachePath: join(REPO, '.vscode-test'), timeout: 60_000 });
  } catch (e) {
    throw new Error(
      `No desktop VS Code found (looked at: ${CANDIDATES.join(', ')}; set VSCODE_EXECUTABLE_PATH to one), ` +
        `and @vscode/test-electron could not download one: ${e instanceof Error ? e.message : e}.\n` +
        'Without a desktop VS Code, the VS Code end-to-end tests run in code-server instead: node scripts/test.mjs e2e.',
    );
  }
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'jixiao-electron-'));
  try {
    const vscodeExecutablePath = await findVSCode();
    const workspace = prepareWorkspace(join(tmp, 'workspace'));
    const extensionTestsPath = await bundleSuite('index', join(tmp, 'suite'));
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(tmp, 'user-data')],
    });
    if (code !== 0) throw new Error(`the extension-host tests failed (exit ${code})`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => console.log('test:electron: all extension-host tests passed'),
  (e) => {
    console.error(`test:electron: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  },
);
