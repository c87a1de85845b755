// Edit → diagnostics over the real protocol, jixiao beside vscode-json-language-server (issue #12): each server
// runs as its own process over stdio; the client opens a document, then, near its start, middle and end, inserts
// a space and takes it out again, each edit followed at once by textDocument/diagnostic (pull, with the last
// answer's resultId as VS Code sends it). The time is from sending the change to the diagnostics' arrival; hover
// is timed on a figure (jixiao) or a key (JSON) in the middle. JSON documents are made to the same sizes as the
// reports. Peak RSS is the server process's VmHWM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LspChild, spawnLsp } from './lsp-child';
import { ensureBuilt, root, serverBundle } from '../test/lsp/session';

export interface LspRow {
  document: string;
  bytes: number;
  jixiao: ServerResult;
  json: ServerResult;
}

export interface ServerResult {
  /** p50 ms per place: start, middle, end; and over all edits. */
  start: number;
  middle: number;
  end: number;
  all: number;
  hover: number;
  openMs: number;
  peakRssMB: number;
}

type Server = LspChild;

const jsonServer = join(root, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-json-language-server');

function start(kind: 'jixiao' | 'json'): Server {
  return spawnLsp(kind === 'jixiao' ? serverBundle : jsonServer, root);
}

async function initialize(s: Server): Promise<void> {
  await s.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true },
      },
      workspace: { configuration: false },
    },
  });
  await s.connection.sendNotification('initialized', {});
  // No time budget: the bench measures the analysis, however long (jixiao gives up after 10 s by default).
  await s.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { jixiao: { analysisTimeBudgetMs: 3_600_000, maxFileSize: 64 }, json: { validate: { enable: true } } },
  });
}

function peakRssMB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
}

/** Line numbers near the start, the middle and the end of a text (lines where a leading space is harmless). */
function places(text: string): number[] {
  const lines = text.split('\n').length;
  return [Math.min(2, lines - 1), lines >> 1, Math.max(0, lines - 3)];
}

async function measure(kind: 'jixiao' | 'json', text: string, edits: number, hoverAt: { line: number; character: number }): Promise<ServerResult> {
  const s = start(kind);
  try {
    await initialize(s);
    const uri = kind === 'jixiao' ? 'file:///bench/2023-部门整体支出绩效自评报告.txt' : 'file:///bench/data.json';
    let version = 1;
    const t0 = performance.now();
    await s.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: kind === 'jixiao' ? 'jixiao' : 'json', version, text },
    });
    // As VS Code's client does: each pull sends the resultId of the answer it holds (a server may then answer
    // `unchanged` instead of the whole list).
    let resultId: string | undefined;
    const pull = async () => {
      const report = await s.connection.sendRequest<{ resultId?: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId });
      resultId = report?.resultId;
    };
    await pull();
    const openMs = performance.now() - t0;
    const perPlace: number[][] = [];
    for (const line of places(text)) {
      const times: number[] = [];
      for (let i = 0; i < edits; i++) {
        const insert = i % 2 === 0;
        const range = { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } };
        const begin = performance.now();
        await s.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [{ range, text: insert ? ' ' : '' }],
        });
        await pull();
        times.push(performance.now() - begin);
      }
      // An odd count leaves a space in: take it out, unmeasured.
      if (edits % 2 === 1) {
        await s.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }],
        });
      }
      perPlace.push(times);
    }
    const hovers: number[] = [];
    for (let i = 0; i < Math.max(3, edits); i++) {
      const begin = performance.now();
      await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
      hovers.push(performance.now() - begin);
    }
    const rss = peakRssMB(s.child.pid!);
    return {
      start: median(perPlace[0]),
      middle: median(perPlace[1]),
      end: median(perPlace[2]),
      all: median(perPlace.flat()),
      hover: median(hovers),
      openMs,
      peakRssMB: rss,
    };
  } finally {
    s.connection.dispose();
    s.child.kill();
  }
}

/** A JSON document of about `bytes` (UTF-8): records like a report's table rows, pretty-printed one key a line. */
export function jsonOfSize(bytes: number): string {
  const items: string[] = [];
  let size = 4;
  for (let i = 0; size < bytes; i++) {
    const item = `  {\n    "项目": "基本支出${i}",\n    "年初预算": ${(i * 37.13).toFixed(2)},\n    "决算支出": ${(i * 35.07).toFixed(2)},\n    "执行率": "${(90 + (i % 10)).toFixed(2)}%"\n  }`;
    items.push(item);
    size += Buffer.byteLength(item) + 2;
  }
  return `[\n${items.join(',\n')}\n]\n`;
}

/** Where to hover in a report: the first figure on the middle line that has one (else the middle line's start). */
function figureNearMiddle(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  for (let l = lines.length >> 1; l < lines.length; l++) {
    const m = /\d/.exec(lines[l]);
    if (m) return { line: l, character: m.index };
  }
  return { line: lines.length >> 1, character: 0 };
}

/** p50 edit → diagnostics for both servers on each report and a JSON document of its size. */
export async function benchLsp(inputs: Array<{ name: string; text: string }>, editsFor: (bytes: number) => number): Promise<LspRow[]> {
  ensureBuilt();
  const rows: LspRow[] = [];
  for (const input of inputs) {
    const bytes = Buffer.byteLength(input.text);
    const edits = editsFor(bytes);
    const json = jsonOfSize(bytes);
    const jsonMiddle = json.split('\n').length >> 1;
    const jixiao = await measure('jixiao', input.text, edits, figureNearMiddle(input.text));
    const other = await measure('json', json, edits, { line: jsonMiddle, character: 6 });
    rows.push({ document: input.name, bytes, jixiao, json: other });
    process.stderr.write(`  measured ${input.name}\n`);
  }
  return rows;
}
