// Takes the screenshots the extension-host suite asks for (test/e2e/suite/screenshot.ts), and checks the screen
// while at it: the awaited element is visible, and its text is returned for the suite to assert on.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ShotRequest, ShotResponse } from './suite/screenshot';

const say = (msg: string) => process.stderr.write(`[jixiao-e2e] ${msg}\n`);

/** Screen position of `text` in the visible editor lines (null when not on screen). */
async function textBox(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  // Runs in the page (no DOM types in this Node project, hence `any`).
  return page.evaluate((t) => {
    const g = globalThis as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const lines of Array.from(g.document.querySelectorAll('.monaco-editor .view-lines')) as any[]) {
      const walker = g.document.createTreeWalker(lines, g.NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = String(n.data).replace(/\u00a0/g, ' ').indexOf(t);
        if (i < 0) continue;
        const range = g.document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + t.length);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.top >= 0 && r.bottom <= g.innerHeight) return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return null;
  }, text);
}

export async function takeShot(page: Page, req: ShotRequest, dir: string): Promise<ShotResponse> {
  const path = join(dir, `${req.name}.png`);
  try {
    if (req.click) await page.locator(req.click).first().click({ timeout: 10_000 });
    if (req.contextClick) await page.locator(req.contextClick).first().click({ button: 'right', timeout: 10_000 });
    for (const k of req.keys ?? []) {
      if (k.type) await page.keyboard.type(k.type, { delay: 20 });
      if (k.press) await page.keyboard.press(k.press);
      if (k.waitMs) await page.waitForTimeout(k.waitMs);
    }
    const target = page.locator(req.waitFor).first();
    if (req.hoverText) {
      // Like a user whose hover card did not come up: move away and back, a few times at most.
      for (let attempt = 1; ; attempt++) {
        const box = await textBox(page, req.hoverText);
        if (!box) throw new Error(`"${req.hoverText}" is not visible in the editor`);
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.move(1, 1); // the window's corner: nothing hovers there
        await page.mouse.move(x, y, { steps: 4 });
        try {
          await target.waitFor({ state: 'visible', timeout: 4000 });
          if (attempt > 1) say(`hover card on "${req.hoverText}" came up at attempt ${attempt}`);
          break;
        } catch (e) {
          if (attempt === 4) throw e;
        }
      }
    }
    await target.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await page.locator(req.textOf ?? req.waitFor).first().innerText();
    await page.screenshot({ path, animations: 'disabled' });
    return { found: true, text, path };
  } catch (e) {
    await page.screenshot({ path }).catch(() => undefined);
    return { found: false, text: '', path, error: e instanceof Error ? e.message : String(e) };
  }
}
