// Copies the e2e screenshots (test-output/screenshots/, written by `node scripts/test.mjs e2e`, where the code-server
// run sets jixiao.messageLanguage to zh-cn so they show Chinese messages) to docs/images/ for the README, through
// pngquant (Debian: `apt-get install -y pngquant`), and checks each stays under 250 KB.
// Usage: node scripts/docs-images.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'test-output', 'screenshots');
const to = join(root, 'docs', 'images');
const images = {
  '1-squiggles': 'squiggles',
  '2-hover-total': 'hover-total',
  '3-problems': 'problems',
  '4-outline': 'outline',
  '5-command-palette': 'command-palette',
  '6-docx-view': 'docx-view',
};
const maxBytes = 250 * 1024;

if (spawnSync('pngquant', ['--version']).status !== 0) {
  console.error('pngquant is not installed: apt-get install -y pngquant');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
let status = 0;
for (const [shot, name] of Object.entries(images)) {
  const src = join(from, `${shot}.png`);
  const dest = join(to, `${name}.png`);
  if (!existsSync(src)) {
    console.error(`missing ${src}: run node scripts/test.mjs e2e first`);
    status = 1;
    continue;
  }
  const r = spawnSync('pngquant', ['--quality=70-90', '--speed', '1', '--strip', '--force', '--output', dest, src], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`pngquant ${src} failed (exit ${r.status}): ${r.stderr}`);
    status = 1;
    continue;
  }
  const size = statSync(dest).size;
  console.log(`docs/images/${name}.png  ${(size / 1024).toFixed(0)} KB`);
  if (size > maxBytes) {
    console.error(`docs/images/${name}.png is over ${maxBytes / 1024} KB`);
    status = 1;
  }
}
process.exit(status);
