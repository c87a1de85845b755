// The environment that the first install of code-server is started with, and what to tell the user when that
// install fails for a reason outside the repository.
//
// Under `npm test` or `npm start`, npm has put its own view of the world into the environment: NODE and
// npm_node_execpath name the Node that runs npm (Node 20 here), and every npm_config_* variable is read back as a
// setting by any npm started below it. code-server's postinstall reads the Node major version from
// npm_config_user_agent ("npm/11 node/v20.20.2 …"), so an inherited user agent makes the install fail with
// "code-server currently requires node v24" even though Node 24 is first on PATH. The install therefore starts
// from the environment without anything npm set for the outer script, with Node 24's folder first on PATH.
import { delimiter } from 'node:path';

/** Variables npm sets for a script it runs (or that npm reads back as settings); none may reach the install. */
export function isNpmSetVariable(name: string): boolean {
  const n = name.toLowerCase();
  return (
    n.startsWith('npm_') || // npm_config_*, npm_package_*, npm_lifecycle_*, npm_node_execpath, npm_execpath …
    n === 'node' || // @npmcli/run-script sets NODE to the running Node
    n === 'init_cwd' ||
    n === 'node_gyp' // an inherited node-gyp would build against the outer Node
  );
}

/** PATH entries npm prepends for a script: node_modules/.bin folders and npm's own node-gyp shim. */
function isNpmPathEntry(entry: string): boolean {
  return /[\\/]node_modules[\\/]\.bin$/.test(entry) || /[\\/]@npmcli[\\/]run-script[\\/]lib[\\/]node-gyp-bin$/.test(entry);
}

/**
 * The environment for `npm install` of a package whose scripts need the Node in `nodeBinDir`: `base` without
 * npm's variables and PATH entries, that folder first on PATH, and native modules built against `nodeDir`'s
 * headers.
 */
export function installEnv(base: NodeJS.ProcessEnv, nodeBinDir: string, nodeDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!isNpmSetVariable(k) && k !== 'PATH') env[k] = v;
  const rest = (base.PATH ?? '').split(delimiter).filter((e) => e !== '' && e !== nodeBinDir && !isNpmPathEntry(e));
  env.PATH = [nodeBinDir, ...rest].join(delimiter);
  if (nodeDir) env.npm_config_nodedir = nodeDir;
  return env;
}

/** What to do when a first install fails for a reason outside the repository, read from its log; undefined if none applies. */
export function explainInstallFailure(log: string, cacheDir: string): string | undefined {
  if (/\bENOSPC\b|no space left on device/i.test(log)) {
    return (
      `the disk is full. The first install needs about 800 MB in ${cacheDir}. Free some space there, or point ` +
      'XDG_CACHE_HOME at a disk with room (for example `XDG_CACHE_HOME=/big/disk/.cache npm test`), then run again.'
    );
  }
  if (/\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|CERT_|SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER)|network request to .* failed|request to https?:\/\/\S+ failed/i.test(log)) {
    return (
      'the npm registry could not be reached. Check the network or proxy (`npm config get registry`, ' +
      '`npm config get proxy`) and run again; on a machine without network, copy a filled ' +
      `${cacheDir} from a machine that has run the tests once.`
    );
  }
  if (/\bEACCES\b|\bEPERM\b|permission denied/i.test(log)) {
    return `a folder could not be written. Make ${cacheDir} writable by this user, or point XDG_CACHE_HOME elsewhere, then run again.`;
  }
  return undefined;
}
