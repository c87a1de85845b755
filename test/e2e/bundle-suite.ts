// Bundles the in-extension-host tests (test/e2e/suite/) into one CommonJS file that VS Code loads as
// extensionTestsPath; `vscode` stays external (the extension host provides it).
import * as esbuild from 'esbuild';
import { join, resolve } from 'node:path';

export type SuiteEntry = 'index' | 'packaged';

export async function bundleSuite(entry: SuiteEntry, outDir: string, shotsDir = ''): Promise<string> {
  const outfile = join(outDir, `${entry}.js`);
  await esbuild.build({
    entryPoints: [resolve(__dirname, 'suite', `${entry}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode'],
    define: { __JIXIAO_E2E_SHOTS__: JSON.stringify(shotsDir) },
    logLevel: 'warning',
  });
  return outfile;
}
