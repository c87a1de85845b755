// Benchmark of reading (before analysis): readDocument on a 2 MB .docx and a 50-page PDF, the yardstick
// (#11: each under 2 s). Both are made at run time from test/fixtures/formats/seed-hengshan.docx: its body repeated
// until the .docx is 2 MB, stored without compression (all text and tables, no pictures: the hardest 2 MB to read,
// about 270 pages; deflated, repeats of one 23 KB body shrink to almost nothing), and, through LibreOffice
// (`soffice`, as the fixtures were made), repeated until the PDF has 50 pages. "first" is a cold read (the reader
// loaded on first use: pdfjs for a PDF); the median is of the reads after it. Exits 1 when a median is over 2 s.
// The bundles are built first (node esbuild.mjs) and timed, as the editor and the command line load them.
//   npm run bench:read            (npm run bench runs it after its own table)
//   npm run bench:read -- --json
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type * as Reader from '../server/src/io/readDocument';

const root = resolve(__dirname, '..');
const seedDocx = join(root, 'test', 'fixtures', 'formats', 'seed-hengshan.docx');
const samples = 5;
const barMs = 2000;
const MB = 1024 * 1024;

/** The seed .docx with its body repeated `copies` times (level 0: stored, as the size must be text, not repeats). */
export function repeatedDocx(copies: number, level: 0 | 6 = 6): Uint8Array {
  const parts = unzipSync(readFileSync(seedDocx));
  const xml = strFromU8(parts['word/document.xml']);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(start, end);
  parts['word/document.xml'] = strToU8(xml.slice(0, start) + body.repeat(copies) + xml.slice(end));
  return zipSync(parts, { level });
}

/** A .docx of at least `bytes` bytes. */
export function docxOfSize(bytes: number): { data: Uint8Array; copies: number } {
  const per = repeatedDocx(20, 0).length / 20;
  let copies = Math.ceil(bytes / per);
  let data = repeatedDocx(copies, 0);
  while (data.length < bytes) data = repeatedDocx(++copies, 0);
  return { data, copies };
}

function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** A PDF of at least `pages` pages, or why not. */
export function pdfOfPages(dir: string, pages: number): { path: string; pages: number } | { reason: string } {
  const perCopy = 3; // the seed's PDF (test/fixtures/formats/seed-hengshan.pdf)
  for (let copies = Math.ceil(pages / perCopy); ; copies += 2) {
    const docx = join(dir, `pdf-source-${copies}.docx`);
    writeFileSync(docx, repeatedDocx(copies));
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 300_000 });
    if (r.error || r.status !== 0) return { reason: `soffice failed (${r.error?.message ?? r.stderr.trim()}); Debian: apt-get install -y libreoffice-writer-nogui` };
    const path = docx.replace(/\.docx$/, '.pdf');
    const n = pageCount(readFileSync(path));
    if (n >= pages) return { path, pages: n };
  }
}

interface Row {
  input: string;
  bytes: number;
  chars: number;
  firstMs: number;
  medianMs: number;
}

/**
 * The readers as the editor and the command line run them: the built bundles (dist/documents.js, which requires
 * dist/pdf.js on the first PDF), not the sources through tsx, whose first PDF would include transforming pdfjs.
 */
function reader(): typeof Reader {
  const r = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.mjs failed: ${r.stderr}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(root, 'dist', 'documents.js')) as typeof Reader;
}

let readDocument: typeof Reader.readDocument;

async function time(path: string): Promise<{ ms: number; chars: number }> {
  const t0 = performance.now();
  const r = await readDocument(path);
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${path}: ${r.reason}`);
  return { ms, chars: r.text.length };
}

async function measure(input: string, path: string): Promise<Row> {
  const first = await time(path);
  const rest: number[] = [];
  for (let i = 0; i < samples; i++) rest.push((await time(path)).ms);
  rest.sort((a, b) => a - b);
  return { input, bytes: statSync(path).size, chars: first.chars, firstMs: first.ms, medianMs: rest[samples >> 1] };
}

export async function main(json = process.argv.includes('--json')): Promise<void> {
  readDocument = reader().readDocument;
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-read-'));
  try {
    const rows: Row[] = [];
    const notes: string[] = [];
    const docx = docxOfSize(2 * MB);
    const docxPath = join(dir, 'report-2MB.docx');
    writeFileSync(docxPath, docx.data);
    rows.push(await measure(`.docx 2 MB (seed body ×${docx.copies})`, docxPath));
    const pdf = pdfOfPages(dir, 50);
    if ('reason' in pdf) notes.push(`PDF not measured: ${pdf.reason}`);
    else rows.push(await measure(`.pdf ${pdf.pages} pages`, pdf.path));
    const over = rows.filter((r) => r.medianMs > barMs);
    if (json) process.stdout.write(JSON.stringify({ node: process.version, samples, barMs, rows, notes }, null, 2) + '\n');
    else {
      process.stdout.write(`\nreading (readDocument, before analysis) — median of ${samples} reads after a first, cold one; bar ${barMs} ms\n`);
      for (const r of rows) {
        process.stdout.write(
          `  ${r.input.padEnd(34)} ${(r.bytes / MB).toFixed(2).padStart(6)} MB  ${String(r.chars).padStart(9)} chars  first ${r.firstMs.toFixed(0).padStart(5)} ms  median ${r.medianMs.toFixed(0).padStart(5)} ms${r.medianMs > barMs ? '  OVER' : ''}\n`,
        );
      }
      for (const n of notes) process.stdout.write(`  ${n}\n`);
    }
    if (over.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
