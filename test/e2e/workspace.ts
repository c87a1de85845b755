// The folder the editors open: a throwaway copy of examples/ (the bundled example reports, the seed among them),
// and the seed as a department hands it in, Word and PDF (test/fixtures/formats/build.py made them), in 送审/.
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const SEED_NAME = '2023-衡山高新区-部门整体支出绩效自评报告.txt';
export const SEED = join(REPO, 'examples', SEED_NAME);
/** The seed's .docx and .pdf, in the workspace's 送审/ under the seed's name. */
export const SUBMITTED = { folder: '送审', docx: join(REPO, 'test', 'fixtures', 'formats', 'seed-hengshan.docx'), pdf: join(REPO, 'test', 'fixtures', 'formats', 'seed-hengshan.pdf') };

export function prepareWorkspace(dir: string): string {
  if (!existsSync(SEED)) throw new Error(`the seed example is missing: ${SEED}`);
  mkdirSync(dir, { recursive: true });
  cpSync(join(REPO, 'examples'), dir, { recursive: true });
  mkdirSync(join(dir, SUBMITTED.folder));
  for (const ext of ['docx', 'pdf'] as const) {
    copyFileSync(SUBMITTED[ext], join(dir, SUBMITTED.folder, SEED_NAME.replace(/\.txt$/, `.${ext}`)));
  }
  return dir;
}
