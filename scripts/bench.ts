// Benchmark: times analyze() on the seed report and on ~1 MB and ~4 MB reports made by repeating the seed's
// body, beside the least any checker must do — one regular-expression pass that finds every number — measured
// in the same run. Two columns in between say where the time goes: the same pass also reading each number as
// a decimal.js value (the least an exact checker does), and the parser alone (structure, figures, labels; no
// rule). Medians of several samples after a warm-up. No assertions: it exits non-zero only if something
// crashes.
//   npm run bench                 a table
//   npm run bench -- --json       the same figures as JSON
//   npm run bench -- FILE…        also time these report files
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Decimal from 'decimal.js';
import { analyze } from '../server/src/analyze';
import { parseReport } from '../server/src/report/parse';
import { decodeReport } from '../server/src/io/decode';

const root = resolve(__dirname, '..');
const seedCandidates = [
  join(root, 'examples', '2023-衡山高新区-部门整体支出绩效自评报告.txt'),
  join(root, 'test', 'fixtures', '2023-衡山高新区-部门整体支出绩效自评报告.txt'),
  join(root, '..', 'shared', 'seeds', '000_dda59a4115b2767b.txt'),
];
const samples = 7;
const warmup = 2;
/** A sample repeats the operation until it has run this long, so sub-millisecond inputs time stably. */
const minSampleMs = 20;
const MB = 1024 * 1024;
/** The repeated reports' sizes: 1 MB is the issue's yardstick, 4 MB shows the growth is linear. */
const targetSizes = [MB, 4 * MB];

setFlagsFromString('--expose-gc');
const gc: () => void = runInNewContext('gc');

interface Input {
  name: string;
  text: string;
  format: 'txt' | 'md';
}

interface Row {
  input: string;
  bytes: number;
  chars: number;
  lines: number;
  numbers: number;
  findings: number;
  baselineMs: number;
  decimalMs: number;
  parseMs: number;
  engineMs: number;
  ratio: number;
  heapUsedMB: number;
  peakRssMB: number;
}

function readText(path: string): string {
  const decoded = decodeReport(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.reason}`);
  return decoded.text;
}

function seedInput(): Input {
  const path = seedCandidates.find((p) => existsSync(p));
  if (!path) throw new Error(`seed report not found; looked in:\n  ${seedCandidates.join('\n  ')}`);
  return { name: basename(path), text: readText(path), format: 'txt' };
}

/** The title once, then the seed's body repeated until the text is about targetBytes (UTF-8). */
function repeated(seed: Input, targetBytes: number): Input {
  const newline = seed.text.indexOf('\n');
  const title = seed.text.slice(0, newline + 1);
  const body = seed.text.slice(newline + 1).replace(/\n*$/, '\n\n');
  const copies = Math.max(1, Math.round((targetBytes - Buffer.byteLength(title)) / Buffer.byteLength(body)));
  return { name: `${seed.name} ×${copies}`, text: title + body.repeat(copies), format: 'txt' };
}

const numberPattern = /[0-9０-９][0-9０-９,，.．]*/g;
function baseline(text: string): number {
  let count = 0;
  numberPattern.lastIndex = 0;
  while (numberPattern.exec(text) !== null) count++;
  return count;
}

/** The regex pass again, reading each number as an exact decimal.js value (separators and full width undone). */
function decimalPass(text: string): number {
  let e = 0;
  numberPattern.lastIndex = 0;
  for (let m = numberPattern.exec(text); m !== null; m = numberPattern.exec(text)) {
    let digits = m[0];
    if (/[^0-9.]/.test(digits)) {
      digits = digits.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
    }
    if (digits.endsWith('.')) digits = digits.replace(/\.+$/, '');
    e += new Decimal(digits).e;
  }
  return e;
}

/** Median milliseconds per call of fn. */
function time(fn: () => unknown): number {
  for (let i = 0; i < warmup; i++) fn();
  const once = Math.max(measure(fn, 1), 0.001);
  const repeat = Math.max(1, Math.ceil(minSampleMs / once));
  const results: number[] = [];
  for (let i = 0; i < samples; i++) {
    gc();
    results.push(measure(fn, repeat) / repeat);
  }
  results.sort((a, b) => a - b);
  return results[samples >> 1];
}

function measure(fn: () => unknown, repeat: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function bench(input: Input): Row {
  const numbers = baseline(input.text);
  const baselineMs = time(() => baseline(input.text));
  const decimalMs = time(() => decimalPass(input.text));
  const parseMs = time(() => parseReport(input.text, input.format));
  const engineMs = time(() => analyze(input.text, { format: input.format }));
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const analysis = analyze(input.text, { format: input.format });
  const heapUsed = process.memoryUsage().heapUsed - heapBefore; // what one analysis keeps alive
  return {
    input: input.name,
    bytes: Buffer.byteLength(input.text),
    chars: input.text.length,
    lines: analysis.report.lineStarts.length,
    numbers,
    findings: analysis.findings.length,
    baselineMs,
    decimalMs,
    parseMs,
    engineMs,
    ratio: engineMs / baselineMs,
    heapUsedMB: Math.max(0, heapUsed) / 2 ** 20,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function table(rows: Row[]): string {
  const head = ['input', 'size', 'numbers', 'findings', 'regex pass ms', '+decimal ms', 'parse ms', 'analyze ms', 'ratio', 'heap MB', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.input,
    r.bytes >= 1024 * 1024 ? `${(r.bytes / 2 ** 20).toFixed(2)} MB` : `${(r.bytes / 1024).toFixed(1)} KB`,
    String(r.numbers),
    String(r.findings),
    r.baselineMs.toFixed(3),
    r.decimalMs.toFixed(3),
    r.parseMs.toFixed(3),
    r.engineMs.toFixed(3),
    `${r.ratio.toFixed(1)}×`,
    r.heapUsedMB.toFixed(1),
    r.peakRssMB.toFixed(0),
  ]);
  const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const seed = seedInput();
  const inputs: Input[] = [seed, ...targetSizes.map((size) => repeated(seed, size))];
  for (const f of files) inputs.push({ name: basename(f), text: readText(f), format: /\.(md|markdown)$/i.test(f) ? 'md' : 'txt' });
  const rows = inputs.map(bench);
  const meta = { node: process.version, samples, warmup, statistic: 'median ms per call' };
  if (json) {
    process.stdout.write(JSON.stringify({ ...meta, rows }, null, 2) + '\n');
    return;
  }
  process.stdout.write(
    `jixiao benchmark — Node ${process.version}, median of ${samples} samples after ${warmup} warm-up runs\n` +
      `regex pass = one /[0-9０-９][0-9０-９,，.．]*/g pass over the text; +decimal = that pass also reading each\n` +
      `number as a decimal.js value; parse = the parser alone (no rule); ratio = analyze ÷ regex pass\n\n` +
      table(rows) +
      '\n',
  );
}

main();
