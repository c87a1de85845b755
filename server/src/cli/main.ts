// Entry of the command line (bundled to dist/cli.js, started by bin/jixiao.js).
import { runCli } from './run';

// `jixiao check … | head`: the reader went away; stop quietly instead of dying on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
}).then(
  // exitCode rather than exit(): lets a large output drain into a pipe.
  (status) => (process.exitCode = status),
  (e) => {
    // Should not happen: every input problem is reported as such. Still a message, not a stack dump.
    process.stderr.write(`jixiao：内部错误：${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
