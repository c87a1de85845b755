#!/usr/bin/env node
// The `jixiao-language-server` command (`--stdio`): runs the bundled language server (dist/server.js, built by
// `npm run build`), for Neovim, Emacs and other LSP clients.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'server.js');
if (!existsSync(bundle)) {
  process.stderr.write(
    `jixiao-language-server：找不到 ${bundle}。请先在 ${join(__dirname, '..')} 运行 npm run build。\n` +
      `jixiao-language-server: ${bundle} is missing; run \`npm run build\` first.\n`,
  );
  process.exit(2);
}
require(bundle);
