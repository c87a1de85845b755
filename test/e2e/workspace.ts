// The folder the editors open: a throwaway copy of examples/ (the bundled example reports, the seed among them).
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const SEED_NAME = '2023-衡山高新区-部门整体支出绩效自评报告.txt';
export const SEED = join(REPO, 'examples', SEED_NAME);

export function prepareWorkspace(dir: string): string {
  if (!existsSync(SEED)) throw new Error(`the seed example is missing: ${SEED}`);
  mkdirSync(dir, { recursive: true });
  cpSync(join(REPO, 'examples'), dir, { recursive: true });
  return dir;
}
