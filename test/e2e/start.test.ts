// The README's first command: `npm start` builds and opens examples/ with the extension loaded; without `code` on
// PATH it serves code-server on 127.0.0.1 and prints the address. Opening that address shows the seed report with
// its squiggles; Ctrl-C (SIGINT) stops code-server and everything it started.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, requireChromium } from '../../scripts/e2e/cache';
import { freePort } from '../../scripts/e2e/code-server';
import { CHROMIUM_ARGS } from './run-code-server';
import { REPO } from './workspace';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('npm start serves examples/ in code-server with the extension; Ctrl-C stops it all', { timeout: 300_000 }, async () => {
  requireChromium();
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPO, 'scripts', 'start.mjs')], {
    cwd: REPO,
    env: { ...process.env, JIXIAO_START: 'code-server', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code, signal) => r(code ?? (signal ? -1 : null))));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    // The address appears once code-server answers (first use also installs Node 24 and code-server).
    const deadline = Date.now() + 240_000;
    let url: string | undefined;
    while (!(url = /^\s+(http:\/\/127\.0\.0\.1:\d+\/\S+)\s*$/m.exec(output)?.[1])) {
      assert.equal(child.exitCode, null, `npm start exited early:\n${output}`);
      assert.ok(Date.now() < deadline, `npm start printed no address within 240 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(url.startsWith(`http://127.0.0.1:${port}/`), url);
    const serverPid = Number(/\(pid (\d+)\)/.exec(output)?.[1]);
    assert.ok(alive(serverPid), `code-server pid ${serverPid} is running`);

    mkdirSync(join(REPO, 'test-output', 'screenshots'), { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    // The seed opens with its findings underlined.
    await page
      .locator('.monaco-editor .view-overlays .squiggly-error')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 })
      .catch(async (e) => {
        await page.screenshot({ path: join(REPO, 'test-output', 'screenshots', 'failure-npm-start.png') });
        throw e;
      });
    const tab = await page.locator('.tabs-container .tab.active').first().innerText();
    assert.match(tab, /部门整体支出绩效自评报告/);
    await page.screenshot({ path: join(REPO, 'test-output', 'screenshots', '5-npm-start.png') });
    await page.close();

    child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000))]);
    assert.notEqual(code, 'timeout', 'npm start exits within 15 s of Ctrl-C');
    assert.match(output, /Stopping code-server/);
    // SIGKILLed with its process group; give init a moment to reap it (polled, capped at 5 s).
    for (const end = Date.now() + 5000; alive(serverPid) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    assert.equal(alive(serverPid), false, 'code-server is stopped');
    const answer = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );
    assert.equal(answer, 'refused', 'nothing listens on the port any more');
  } finally {
    await browser.close();
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
