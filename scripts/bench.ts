// Benchmark, three tables (issue #12):
// 1. edit → diagnostics over LSP stdio, jixiao beside vscode-json-language-server on JSON of the same size (see
//    scripts/bench-lsp.ts): p50 at edits near the start, middle and end, hover, peak RSS of each server, ratio;
// 2. one-line inputs (the seed's text with its line breaks taken out, repeated): analyze() time and MB/s;
// 3. the engine in process, below.
// The engine table times analyze() on the seed report and on ~1 MB and ~4 MB reports made by repeating the seed's
// body, beside the least any checker must do — one regular-expression pass that finds every number — measured
// in the same run. Two columns in between say where the time goes: the same pass also reading each number as
// a decimal.js value (the least an exact checker does), and the parser alone (structure, figures, labels; no
// rule). Medians of several samples after a warm-up. No assertions: it exits non-zero only if something
// crashes.
//   npm run bench                 the tables (a few minutes: the 10 MB documents take most of it)
//   npm run bench -- --quick      up to 1 MB, fewer samples (about a minute)
//   npm run bench -- --one-line   the one-line table alone
//   npm run bench -- --json       the same figures as JSON
//   npm run bench -- FILE…        also time these report files (engine table)
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Decimal from 'decimal.js';
import { analyze } from '../server/src/analyze';
import { parseReport } from '../server/src/report/parse';
import { decodeReport } from '../server/src/io/decode';
import { benchLsp, type LspRow } from './bench-lsp';

const root = resolve(__dirname, '..');
const seedCandidates = [
  join(root, 'examples', '2023-衡山高新区-部门整体支出绩效自评报告.txt'),
  join(root, 'test', 'fixtures', '2023-衡山高新区-部门整体支出绩效自评报告.txt'),
  join(root, '..', 'shared', 'seeds', '000_dda59a4115b2767b.txt'),
];
const quick = process.argv.includes('--quick');
const samples = quick ? 3 : 7;
const warmup = quick ? 1 : 2;
/** A sample repeats the operation until it has run this long, so sub-millisecond inputs time stably. */
const minSampleMs = 20;
const MB = 1024 * 1024;
/** The repeated reports' sizes: 1 MB is the issue's yardstick, 4 MB shows the growth is linear. */
const targetSizes = quick ? [MB] : [MB, 4 * MB];
/** The LSP table's and the one-line table's sizes (the seed itself is the LSP table's first row). */
const lspSizes = quick ? [100 * 1024, MB] : [100 * 1024, MB, 10 * MB];
const oneLineSizes = quick ? [100 * 1024, MB] : [100 * 1024, MB, 10 * MB];
/** Edits per place (start, middle, end) by document size: fewer for the slow ones. */
const editsFor = (bytes: number) => (quick ? (bytes > 2 * MB ? 1 : bytes > 200 * 1024 ? 3 : 7) : bytes > 2 * MB ? 3 : bytes > 200 * 1024 ? 5 : 11);

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

const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 2 ** 20).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

function table(rows: Row[]): string {
  const head = ['input', 'size', 'numbers', 'findings', 'regex pass ms', '+decimal ms', 'parse ms', 'analyze ms', 'ratio', 'heap MB', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.input,
    sizeOf(r.bytes),
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
  return layout(head, body);
}

function layout(head: string[], body: string[][]): string {
  const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function lspTable(rows: LspRow[]): string {
  const head = ['document', 'size', 'jixiao p50 ms', 'JSON p50 ms', 'ratio', 'jixiao start/mid/end', 'JSON start/mid/end', 'hover jixiao', 'hover JSON', 'jixiao RSS MB', 'JSON RSS MB'];
  const body = rows.map((r) => [
    r.document,
    sizeOf(r.bytes),
    ms(r.jixiao.all),
    ms(r.json.all),
    `${(r.jixiao.all / r.json.all).toFixed(1)}×`,
    [r.jixiao.start, r.jixiao.middle, r.jixiao.end].map(ms).join(' / '),
    [r.json.start, r.json.middle, r.json.end].map(ms).join(' / '),
    ms(r.jixiao.hover),
    ms(r.json.hover),
    r.jixiao.peakRssMB.toFixed(0),
    r.json.peakRssMB.toFixed(0),
  ]);
  return layout(head, body);
}

interface OneLineRow {
  input: string;
  bytes: number;
  clauses: number;
  ms: number;
  mbPerS: number;
}

/**
 * The seed's text with its line breaks taken out, repeated to about `bytes`: a report pasted as one line. With
 * `oneSentence`, its sentence ends are commas too: one sentence of thousands of clauses (where the cost once grew
 * with the square of the clauses).
 */
function oneLine(seed: Input, bytes: number, oneSentence = false): Input {
  let line = seed.text.replace(/\r?\n/g, '');
  if (oneSentence) line = line.replace(/[。；;！？!?]|(?<![0-9０-９])\./g, '，');
  const copies = Math.max(1, Math.round(bytes / Buffer.byteLength(line)));
  return { name: `${oneSentence ? 'one sentence' : 'one line'} ×${copies}`, text: line.repeat(copies), format: 'txt' };
}

function benchOneLine(input: Input): OneLineRow {
  const runs = input.text.length > 4 * MB ? 1 : 3;
  const times: number[] = [];
  let clauses = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const start = process.hrtime.bigint();
    const a = analyze(input.text, { format: 'txt' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    clauses = a.report.paragraphs.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.clauses.length, 0), 0);
  }
  const t = times.sort((a, b) => a - b)[times.length >> 1];
  const bytes = Buffer.byteLength(input.text);
  return { input: input.name, bytes, clauses, ms: t, mbPerS: bytes / 2 ** 20 / (t / 1000) };
}

function oneLineTable(rows: OneLineRow[]): string {
  const head = ['input', 'size', 'clauses', 'analyze ms', 'MB/s'];
  return layout(head, rows.map((r) => [r.input, sizeOf(r.bytes), String(r.clauses), ms(r.ms), r.mbPerS.toFixed(2)]));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json' && a !== '--quick' && a !== '--one-line');
  const seed = seedInput();
  const oneLineInputs = [false, true].flatMap((sentence) => oneLineSizes.map((size) => oneLine(seed, size, sentence)));
  if (args.includes('--one-line')) {
    const only = oneLineInputs.map(benchOneLine);
    process.stdout.write(json ? JSON.stringify({ node: process.version, oneLine: only }, null, 2) + '\n' : oneLineTable(only) + '\n');
    return;
  }
  process.stderr.write('LSP: edit → diagnostics, jixiao and vscode-json-language-server…\n');
  const lspRows = await benchLsp(
    [{ name: 'the seed', text: seed.text }, ...lspSizes.map((size) => ({ name: `seed repeated`, text: repeated(seed, size).text }))],
    editsFor,
  );
  process.stderr.write('one-line inputs…\n');
  const oneLineRows = oneLineInputs.map(benchOneLine);
  process.stderr.write('engine…\n');
  const inputs: Input[] = [seed, ...targetSizes.map((size) => repeated(seed, size))];
  for (const f of files) inputs.push({ name: basename(f), text: readText(f), format: /\.(md|markdown)$/i.test(f) ? 'md' : 'txt' });
  const rows = inputs.map(bench);
  const meta = { node: process.version, samples, warmup, statistic: 'median ms per call', quick };
  if (json) {
    process.stdout.write(JSON.stringify({ ...meta, lsp: lspRows, oneLine: oneLineRows, rows }, null, 2) + '\n');
    return;
  }
  process.stdout.write(
    `Edit → diagnostics (pull, textDocument/diagnostic over stdio), p50 ms; JSON = vscode-json-language-server on a JSON\n` +
      `document of the same size; ratio = jixiao ÷ JSON; hover p50 ms; RSS = each server process's peak (VmHWM)\n\n` +
      lspTable(lspRows) +
      `\n\nOne-line inputs (the seed's text without line breaks, repeated; one sentence: its 。 too), analyze() in process\n\n` +
      oneLineTable(oneLineRows) +
      '\n\n',
  );
  process.stdout.write(
    `jixiao benchmark — Node ${process.version}, median of ${samples} samples after ${warmup} warm-up runs\n` +
      `regex pass = one /[0-9０-９][0-9０-９,，.．]*/g pass over the text; +decimal = that pass also reading each\n` +
      `number as a decimal.js value; parse = the parser alone (no rule); ratio = analyze ÷ regex pass\n\n` +
      table(rows) +
      '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
if (!process.argv.includes('--json')) process.once('beforeExit', () => void (require('./bench-read') as typeof import('./bench-read')).main(false)); // then reading .docx/.pdf (scripts/bench-read.ts)
