// Asks the outer runner (which drives the browser) to take a screenshot of the workbench as it is now: the runner
// waits for `waitFor` (a CSS selector) to be visible, optionally moves the mouse over `hoverText` first, and
// answers with what it found, so each screenshot is also a check of what the user sees.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shotsDir } from './config';
import { until } from './wait';

export interface ShotRequest {
  name: string;
  waitFor: string;
  /** A selector to click first (e.g. a view header, to make room; a context-menu item). */
  click?: string;
  /** A selector to right-click (after `click`), e.g. an explorer row, to open its context menu. */
  contextClick?: string;
  /** Text on screen to put the mouse over before capturing (a hover card). */
  hoverText?: string;
  /** Selector whose innerText the runner returns. Defaults to waitFor. */
  textOf?: string;
  /**
   * Keys the runner types into the focused workbench first, as a user would: `type` sends text (as an input method
   * commits it), `press` a key such as 'Enter' or 'Control+Shift+P', `waitMs` pauses (for suggestions to come up).
   */
  keys?: Array<{ type?: string; press?: string; waitMs?: number }>;
}

export interface ShotResponse {
  found: boolean;
  text: string;
  path: string;
  error?: string;
}

let counter = 0;

export async function screenshot(req: ShotRequest): Promise<ShotResponse> {
  if (!shotsDir) throw new Error('no screenshot runner configured');
  const n = ++counter;
  const tmp = join(shotsDir, `req-${n}.json.tmp`);
  writeFileSync(tmp, JSON.stringify(req));
  renameSync(tmp, join(shotsDir, `req-${n}.json`));
  const res = join(shotsDir, `res-${n}.json`);
  await until(`the runner's screenshot ${req.name}`, () => existsSync(res), (v) => v, 60_000);
  return JSON.parse(readFileSync(res, 'utf8')) as ShotResponse;
}
