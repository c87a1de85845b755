// Nothing in a document or a setting is ever executed or fetched, and the extension makes no network request
// (issue #13, Security): jixiao's own code imports no process, network or code-evaluation module and calls no
// fetch, eval or Function; the PDF reader runs pdf.js with its evaluation of PDF code switched off.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|js|mjs)$/.test(name) ? [p] : [];
  });
}

const files = ['server/src', 'client/src', 'protocol', 'bin'].flatMap((d) => sources(join(root, d)));

const forbidden: Array<[RegExp, string]> = [
  [/(?:from|import\(|require\()\s*['"](?:node:)?(?:child_process|http|https|http2|net|tls|dgram|dns|vm|worker_threads)['"]/, 'a process, network or code-evaluation module'],
  [/\bfetch\s*\(/, 'fetch()'],
  [/\beval\s*\(/, 'eval()'],
  [/\bnew\s+Function\s*\(/, 'new Function()'],
  [/\bopenExternal\b/, 'opening a URL'],
  [/\bXMLHttpRequest\b|\bWebSocket\b/, 'a network request'],
];

test('no source file of the extension, server or CLI can run a program, evaluate code or reach the network', () => {
  assert.ok(files.length > 50, `only ${files.length} source files found`);
  const found: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
    for (const [re, what] of forbidden) if (re.test(text)) found.push(`${relative(root, f)}: ${what}`);
  }
  assert.deepEqual(found, []);
});

test('pdf.js reads PDFs with its evaluation of PDF code off and no fonts loaded into a page', () => {
  const pdf = readFileSync(join(root, 'server/src/io/pdf.ts'), 'utf8');
  assert.match(pdf, /isEvalSupported:\s*false/);
  assert.match(pdf, /disableFontFace:\s*true/);
});
