// `npm run l10n`: exports every localisable message of the server and the client into l10n/bundle.l10n.json
// (Chinese source string → itself) with @vscode/l10n-dev, the file translators start from. The English
// translations live in l10n/bundle.l10n.en.json; test/unit/manifest/l10n.test.ts fails when one is missing.
//
// @vscode/l10n-dev finds `l10n.t('…')` calls in files that import @vscode/l10n. The server's rules call the
// wrapper `t('…')` from server/src/l10n.ts instead, so each file importing that wrapper is shown to the
// extractor as if it called `l10n.t` directly (its text is not changed on disk).
import { getL10nJson } from '@vscode/l10n-dev';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
export const sourceDirs = ['server/src', 'client/src'];

function tsFiles(dir) {
  let out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(tsFiles(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The wrapper's import: `import { t } from '../l10n'` (also `t as tr`, `'./l10n.js'`). */
const wrapperImport = /import\s*\{([^}]*)\}\s*from\s*['"](?:\.{1,2}\/)+(?:[\w-]+\/)*l10n(?:\.[jt]s)?['"]/;

/** Source as the extractor should see it: calls of the server's `t` wrapper written as `l10n.t`. */
export function asExtractable(source) {
  const m = wrapperImport.exec(source);
  if (!m) return source;
  const local = m[1]
    .split(',')
    .map((s) => s.trim().split(/\s+as\s+/))
    .find(([name]) => name === 't');
  if (!local) return source;
  const name = (local[1] ?? local[0]).trim();
  const call = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\(`, 'g');
  return `import * as l10n from '@vscode/l10n';\n${source.replace(call, 'l10n.t(')}`;
}

/** The exported bundle: { message: message }, keys sorted. Throws, naming the file, on a call it cannot read. */
export async function exportBundle(dirs = sourceDirs) {
  const bundle = {};
  for (const dir of dirs) {
    for (const file of tsFiles(join(root, dir))) {
      const contents = asExtractable(readFileSync(file, 'utf8'));
      if (!contents.includes('l10n')) continue;
      let found;
      try {
        found = await getL10nJson([{ contents, extension: file.endsWith('x') ? '.tsx' : '.ts' }]);
      } catch (error) {
        throw new Error(`${relative(root, file)}: ${error instanceof Error ? error.message : error}`);
      }
      Object.assign(bundle, found);
    }
  }
  return Object.fromEntries(Object.keys(bundle).sort().map((k) => [k, bundle[k]]));
}

async function main() {
  const bundle = await exportBundle();
  writeFileSync(join(root, 'l10n/bundle.l10n.json'), JSON.stringify(bundle, null, 2) + '\n');
  const english = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.en.json'), 'utf8'));
  const missing = Object.keys(bundle).filter((k) => !(k in english));
  console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} messages; without English: ${missing.length}`);
  for (const k of missing) console.log(`  ${JSON.stringify(k)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
