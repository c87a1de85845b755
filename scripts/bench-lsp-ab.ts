// Edit → diagnostics over the protocol, two builds of the jixiao server side by side (issue #12): both run at once,
// each as its own `node dist/server.js --stdio` process, and every edit of scripts/bench-lsp.ts (a space put in and
// taken out near the start, the middle and the end, each followed by a pull) goes to one and then the other, who
// goes first alternating — so that on a loaded machine both meet the same load, edit by edit. Prints the p50 of
// each and the median of their per-edit ratio. No assertions.
//   node --import tsx scripts/bench-lsp-ab.ts ROOT_A ROOT_B [--edits N] [--size BYTES]   (each ROOT built: npm run build)
// --size 0: the seed alone (default: the seed, then its body repeated to ~1 MB).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LspChild, spawnLsp } from './lsp-child';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const roots = args.filter((a, i) => !a.startsWith('--') && !['--edits', '--size'].includes(args[i - 1] ?? '')).map((r) => resolve(r));
if (roots.length !== 2) throw new Error('usage: bench-lsp-ab.ts ROOT_A ROOT_B [--edits N] [--size BYTES]');
const edits = option('--edits', 31);
const size = option('--size', 1024 * 1024);

interface Server extends LspChild {
  resultId?: string;
  version: number;
}

const uri = 'file:///bench/2023-部门整体支出绩效自评报告.txt';

async function start(root: string, text: string): Promise<Server> {
  const bundle = join(root, 'dist', 'server.js');
  if (!existsSync(bundle)) throw new Error(`${bundle}: not built (npm run build in ${root})`);
  const { connection, child } = spawnLsp(bundle, root);
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false } }, workspace: { configuration: false } },
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { jixiao: { analysisTimeBudgetMs: 3_600_000, maxFileSize: 64 } } });
  const s: Server = { connection, child, version: 1 };
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jixiao', version: 1, text } });
  await pull(s);
  return s;
}

async function pull(s: Server): Promise<void> {
  const report = await s.connection.sendRequest<{ resultId?: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: s.resultId });
  s.resultId = report?.resultId;
}

/** One edit and its pull, timed (ms). */
async function edit(s: Server, line: number, insert: boolean): Promise<number> {
  const begin = performance.now();
  await s.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++s.version },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } }, text: insert ? ' ' : '' }],
  });
  await pull(s);
  return performance.now() - begin;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function repeated(seed: string, bytes: number): string {
  if (!bytes) return seed;
  const newline = seed.indexOf('\n');
  const body = seed.slice(newline + 1).replace(/\n*$/, '\n\n');
  return seed.slice(0, newline + 1) + body.repeat(Math.max(1, Math.round((bytes - newline) / Buffer.byteLength(body))));
}

async function main(): Promise<void> {
  const seed = readFileSync(join(roots[0], 'examples', '2023-衡山高新区-部门整体支出绩效自评报告.txt'), 'utf8');
  for (const bytes of size ? [0, size] : [0]) {
    const text = repeated(seed, bytes);
    const lines = text.split('\n').length;
    const places = [Math.min(2, lines - 1), lines >> 1, Math.max(0, lines - 3)];
    const servers = [await start(roots[0], text), await start(roots[1], text)];
    const times: number[][] = [[], []];
    const ratios: number[] = [];
    try {
      for (const line of places) {
        // An even count leaves the text as it was; the first edit of each place is a warm-up, not timed.
        for (let i = 0; i < edits + 1 + ((edits + 1) % 2); i++) {
          const order = i % 2 ? [1, 0] : [0, 1];
          const ms: number[] = [];
          for (const k of order) ms[k] = await edit(servers[k], line, i % 2 === 0);
          if (i === 0) continue;
          ms.forEach((m, k) => times[k].push(m));
          ratios.push(ms[1] / ms[0]);
        }
      }
    } finally {
      for (const s of servers) {
        s.connection.dispose();
        s.child.kill();
      }
    }
    const name = bytes ? `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB` : `seed ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
    process.stdout.write(`${name}: p50 ${median(times[0]).toFixed(2)} ms (${roots[0]}) → ${median(times[1]).toFixed(2)} ms (${roots[1]}); median per-edit ratio ${median(ratios).toFixed(3)} over ${ratios.length} edits\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
