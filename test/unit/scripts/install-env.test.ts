// The environment the first install of code-server starts with (scripts/e2e/install-env.ts). Under `npm test`
// npm sets variables for Node 20; none may decide which Node the install and its scripts see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { explainInstallFailure, installEnv } from '../../../scripts/e2e/install-env';

/** The environment npm 11 gives a script it runs with Node 20 (as `npm test` does), trimmed to what matters. */
function npmScriptEnv(realPath: string): NodeJS.ProcessEnv {
  return {
    HOME: '/root',
    LANG: 'C.UTF-8',
    PATH: ['/work/main/node_modules/.bin', '/work/node_modules/.bin', '/node_modules/.bin',
      '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', realPath].join(delimiter),
    NODE: '/usr/bin/node',
    npm_node_execpath: '/usr/bin/node',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_nodedir: '/usr',
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_prefix: '/usr',
    npm_lifecycle_event: 'test',
    npm_package_name: 'jixiao',
    INIT_CWD: '/work/main',
  };
}

/** A folder with a `node` that says it is v24, standing for the cached Node 24. */
function fakeNode24(): { dir: string; bin: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-fake-node24-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'node'), '#!/bin/sh\necho v24.11.0\n');
  chmodSync(join(bin, 'node'), 0o755);
  return { dir, bin, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('a script run under the install environment finds Node 24 and no npm variable naming Node 20', (t) => {
  const fake = fakeNode24();
  t.after(fake.cleanup);
  const env = installEnv(npmScriptEnv(process.env.PATH ?? '/usr/bin:/bin'), fake.bin, fake.dir);
  // What code-server's postinstall.sh looks at: `node`, and the Node major in npm_config_user_agent.
  const r = spawnSync('/bin/sh', ['-c', 'node --version; echo "ua=$npm_config_user_agent"; echo "NODE=$NODE"; echo "exec=$npm_node_execpath"'], {
    env,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), ['v24.11.0', 'ua=', 'NODE=', 'exec=']);
});

test('no variable of the install environment names a Node other than the one given', () => {
  const env = installEnv(npmScriptEnv('/usr/local/bin:/usr/bin:/bin'), '/cache/node-24/bin', '/cache/node-24');
  const nodeish = Object.entries(env).filter(([k, v]) => /node/i.test(`${k}=${v}`) && k !== 'PATH' && k !== 'npm_config_nodedir');
  assert.deepEqual(nodeish, []);
  assert.equal(env.npm_config_nodedir, '/cache/node-24', 'native modules build against Node 24 headers, not /usr');
  assert.deepEqual(
    Object.keys(env).filter((k) => /^npm_/i.test(k)),
    ['npm_config_nodedir'],
  );
  const path = env.PATH!.split(delimiter);
  assert.equal(path[0], '/cache/node-24/bin');
  assert.deepEqual(path.slice(1), ['/usr/local/bin', '/usr/bin', '/bin'], "npm's .bin folders and node-gyp shim are dropped");
  assert.equal(env.HOME, '/root');
  assert.equal(env.LANG, 'C.UTF-8');
});

test('npm variables in upper or mixed case are dropped too', () => {
  const env = installEnv({ PATH: '/usr/bin', NPM_CONFIG_USER_AGENT: 'npm/10 node/v20.1.0', Npm_Config_Prefix: '/usr' }, '/n24/bin');
  assert.deepEqual(Object.keys(env), ['PATH']);
});

test('an install that fails for want of network or disk says what to do', () => {
  const cache = '/root/.cache/jixiao-e2e';
  const offline = explainInstallFailure('npm error code ENOTFOUND\nnpm error network request to https://registry.npmjs.org/code-server failed', cache);
  assert.match(offline ?? '', /npm registry could not be reached/);
  assert.match(offline ?? '', /npm config get registry/);
  const full = explainInstallFailure('npm error code ENOSPC\nnpm error syscall write\nnpm error errno -28', cache);
  assert.match(full ?? '', /disk is full/);
  assert.match(full ?? '', /XDG_CACHE_HOME/);
  assert.match(full ?? '', new RegExp(cache.replace(/[./]/g, '\\$&')));
  assert.match(explainInstallFailure('EACCES: permission denied, mkdir', cache) ?? '', /could not be written/);
  assert.equal(explainInstallFailure('npm error code 1\nnpm error command sh -c node build.js', cache), undefined);
});
