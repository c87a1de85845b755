#!/usr/bin/env node
// The `jixiao` command: runs the bundled command line (dist/cli.js, built by `npm run build`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(bundle)) {
  process.stderr.write(
    `jixiao：找不到 ${bundle}。请先在 ${join(__dirname, '..')} 运行 npm run build。\n` +
      `jixiao: ${bundle} is missing; run \`npm run build\` first.\n`,
  );
  process.exit(2);
}
require(bundle);
