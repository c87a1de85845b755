// In process, what one edit costs the incremental analysis (issue #12): the CPU time (process.cpuUsage()) of
// analyze() with an IncrementalAnalysis, as the language server runs it, after a bench-like edit — a space inserted
// and taken out again near the start, the middle and the end of the seed and of the seed's body repeated to ~1 MB
// (the texts and places of scripts/bench-lsp.ts). Medians over many edits; with --steps, also the median time of
// each step (the parse, each rule, the rest: the sorting out of the findings). No assertions.
//   node --import tsx scripts/bench-edit.ts [--steps] [--runs N] [--size BYTES] [ROOT…]
// With ROOTs (checkouts; default this one) each tree's server/src is bundled and loaded side by side, and their
// edits alternate, so that trees compared in one run share the machine's load edit by edit; `ratio` is the median,
// over the edits, of a tree's time over the first tree's for the same edit. The code timed is bundled by esbuild as
// dist/server.js is (not minified, so that a --cpu-prof names its functions; not through tsx, whose keepNames
// wrapping of every closure costs time the server does not spend). --size 0: the seed alone.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import type { Report } from '../server/src/report/model';
import type { Rule, RuleOutput } from '../server/src/rules/rule';

type Engine = typeof import('../server/src/analyze') & typeof import('../server/src/incremental/session');

const args = process.argv.slice(2);
const valued = new Set(['--runs', '--size']);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const roots = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? '')).map((r) => resolve(r));
if (!roots.length) roots.push(join(__dirname, '..'));
const steps = args.includes('--steps');
const runs = option('--runs', 60);
const MB = 1024 * 1024;
const size = option('--size', MB);
const sizes = size ? [0, size] : [0];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
}

function quartiles(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `p25 ${s[s.length >> 2].toFixed(2)}, p75 ${s[(3 * s.length) >> 2].toFixed(2)}`;
}

function seedText(root: string): string {
  const candidates = [join(root, 'examples', '2023-衡山高新区-部门整体支出绩效自评报告.txt'), join(root, 'test', 'fixtures', 'seed-hengshan.txt')];
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error('seed report not found under ' + root);
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

/** As scripts/bench.ts: the title once, then the seed's body repeated to about `bytes`. */
function repeated(seed: string, bytes: number): string {
  if (!bytes) return seed;
  const newline = seed.indexOf('\n');
  const title = seed.slice(0, newline + 1);
  const body = seed.slice(newline + 1).replace(/\n*$/, '\n\n');
  return title + body.repeat(Math.max(1, Math.round((bytes - Buffer.byteLength(title)) / Buffer.byteLength(body))));
}

/** Offsets of the starts of the lines near the start, the middle and the end (as bench-lsp.ts's places). */
function places(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lines = starts.length;
  return [Math.min(2, lines - 1), lines >> 1, Math.max(0, lines - 3)].map((l) => starts[l]);
}

async function load(root: string): Promise<Engine> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'bench-edit-')), 'engine.js');
  await esbuild.build({
    stdin: {
      contents: `export { analyze } from './server/src/analyze';\nexport { IncrementalAnalysis } from './server/src/incremental/session';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Engine;
}

/** One tree's incremental analysis of one document, timed edit by edit. */
class Timer {
  readonly cpu: number[] = [];
  /** The CPU ms per place (start, middle, end). */
  readonly byPlace: number[][] = [[], [], []];
  readonly stepMs = new Map<string, number[]>();
  private readonly session: InstanceType<Engine['IncrementalAnalysis']>;
  private current = new Map<string, number>();

  constructor(private readonly engine: Engine) {
    this.session = new engine.IncrementalAnalysis();
  }

  private timed<T>(name: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.current.set(name, (this.current.get(name) ?? 0) + performance.now() - t0);
    }
  }

  /** Analyses `text` (after the previous text of this timer: an edit), recording the CPU ms when `record`. */
  run(text: string, record: boolean): number {
    // Per-step times: the hooks wrapped with performance.now() (only with --steps: the wrapping costs a little).
    const s = this.session;
    const hooks = steps
      ? {
          parse: (t: string, f: 'txt' | 'md') => this.timed('parse', () => s.parse(t, f)),
          run: (rule: Rule, report: Report, o: RuleOutput) => this.timed(rule.id, () => s.run(rule, report, o)),
        }
      : s;
    this.current = new Map();
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    this.engine.analyze(text, { format: 'txt' }, hooks);
    const c = process.cpuUsage(c0);
    const wall = performance.now() - w0;
    const ms = (c.user + c.system) / 1000;
    if (!record) return ms;
    this.cpu.push(ms);
    if (steps) {
      this.current.set('(the rest)', wall - [...this.current.values()].reduce((a, b) => a + b, 0));
      for (const [k, v] of this.current) this.stepMs.set(k, [...(this.stepMs.get(k) ?? []), v]);
    }
    return ms;
  }
}

async function main(): Promise<void> {
  const engines = [];
  for (const root of roots) engines.push(await load(root));
  const seed = seedText(roots[0]);
  const out: string[] = [`${runs} × 2 edits per size; CPU ms of analyze() per edit (process.cpuUsage: all threads, GC included)`];
  for (const bytes of sizes) {
    const text = repeated(seed, bytes);
    const timers = engines.map((e) => new Timer(e));
    // The first analysis builds every block; a few more warm the compiler up.
    for (let i = 0; i < (bytes ? 3 : 50); i++) for (const t of timers) t.run(text, false);
    const at = places(text);
    const ratios: number[][] = timers.map(() => []);
    for (let i = 0; i < runs; i++) {
      const p = at[i % 3];
      // A space in, then out again: two edits, each timed, each tree in turn (who goes first alternates).
      for (const t of [text.slice(0, p) + ' ' + text.slice(p), text]) {
        const order = i % 2 ? timers.map((_, k) => k).reverse() : timers.map((_, k) => k);
        const ms: number[] = [];
        for (const k of order) timers[k].byPlace[i % 3].push((ms[k] = timers[k].run(t, true)));
        ms.forEach((m, k) => ratios[k].push(m / ms[0]));
      }
    }
    const name = bytes ? `${(Buffer.byteLength(text) / MB).toFixed(2)} MB` : `seed ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
    timers.forEach((t, k) => {
      const places = t.byPlace.map((p) => median(p).toFixed(2)).join(' / ');
      out.push(`${name}  ${roots[k]}: median ${median(t.cpu).toFixed(2)} ms (${quartiles(t.cpu)}; start / middle / end ${places})${k ? `, ratio to the first ${median(ratios[k]).toFixed(3)}` : ''}`);
    });
    if (steps) {
      const names = [...timers[0].stepMs.keys()].sort((a, b) => median(timers[0].stepMs.get(b)!) - median(timers[0].stepMs.get(a)!));
      for (const n of names) out.push(`  ${timers.map((t) => median(t.stepMs.get(n) ?? []).toFixed(2).padStart(8)).join(' ')} ms  ${n}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
