// Bundles the extension client, the language server and the command line into dist/.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  logLevel: 'warning',
};
// The Word, Excel and PDF readers are bundles of their own, required on the first such file only, so that the
// language server and the command line start as fast without them: dist/documents.js (readDocument with the
// .docx and .xlsx readers) and dist/pdf.js (pdfjs, 1.6 MB). Each `import('…')` below stays a require of that file.
const lazy = [
  { importer: 'server/src/lsp/document-views.ts', path: '../io/readDocument.js', to: './documents.js' },
  { importer: 'server/src/io/readDocument.ts', path: './pdf.js', to: './pdf.js' },
  // OpenCC's traditional → simplified tables (~190 KB), for the rare text in traditional characters.
  { importer: 'server/src/report/simplified.ts', path: './t2cn.js', to: './t2cn.js' },
];
// `supported: dynamic-import false` makes those imports plain requires: dist/pdf.js is CommonJS, and import() of it
// would first run Node's CommonJS export scan over its 1.7 MB.
const apart = {
  name: 'readers-apart',
  setup(build) {
    build.onResolve({ filter: /\.js$/ }, (args) => {
      const hit = lazy.find((l) => args.path === l.path && args.importer.endsWith(l.importer));
      return hit ? { path: hit.to, external: true } : undefined;
    });
  },
};
const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [apart], supported: { 'dynamic-import': false } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [apart], supported: { 'dynamic-import': false } },
  { entryPoints: ['server/src/io/readDocument.ts'], outfile: 'dist/documents.js', plugins: [apart], supported: { 'dynamic-import': false } },
  { entryPoints: ['server/src/io/pdf.ts'], outfile: 'dist/pdf.js' },
  { entryPoints: ['server/src/report/t2cn.ts'], outfile: 'dist/t2cn.js' },
];
import { existsSync } from 'node:fs';
for (const b of builds) {
  if (!existsSync(b.entryPoints[0])) continue;
  const options = { ...common, ...b };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
