// A real LSP client for the protocol tests: starts the bundled server (`node dist/server.js --stdio`) and
// talks JSON-RPC to it over the child's stdio with vscode-jsonrpc. Builds the bundle first when it is
// missing or older than the server's sources.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const root = resolve(__dirname, '..', '..');
export const serverBundle = join(root, 'dist', 'server.js');
export const seedPath = join(root, 'test', 'fixtures', 'seed-hengshan.txt');

/** A short report with one finding: 资产使用率 79.4% where 362 ÷ 487.4 = 74.27% (line 4, 0-based). */
export const rateReport = [
  '2023年度部门整体支出绩效自评报告',
  '',
  '1、 资产管理情况',
  '',
  '截至2023年12月31日，固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。',
  '',
].join('\n');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

let built = false;
export function ensureBuilt(): void {
  if (built) return;
  let bundleTime = 0;
  try {
    bundleTime = statSync(serverBundle).mtimeMs;
  } catch {
    // not built yet
  }
  if (bundleTime < newestMtime(join(root, 'server', 'src'))) {
    const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed (node esbuild.mjs):\n${r.stdout}\n${r.stderr}`);
  }
  built = true;
}

export const defaultCapabilities: ClientCapabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    completion: { completionItem: { snippetSupport: false } },
    inlayHint: {},
    foldingRange: {},
  },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** The `jixiao` section answered to workspace/configuration (undefined = the client has none set). */
  settings?: unknown;
  locale?: string;
  initializationOptions?: unknown;
  /** Script to run instead of dist/server.js (e.g. bin/jixiao-language-server.js). */
  script?: string;
  args?: string[];
  /** Extra environment variables for the server (e.g. JIXIAO_TEST_THROW=hover). */
  env?: Record<string, string>;
  /** Answer workspace/configuration only after this many ms (an edit can then arrive while settings are fetched). */
  configurationDelayMs?: number;
}

export class Session {
  readonly published: PublishDiagnosticsParams[] = [];
  /** jixiao/status notifications, in order. */
  readonly statuses: Array<{ uri: string; state: 'running' | 'idle'; version?: number; counts?: unknown; abandoned?: string }> = [];
  stderr = '';
  settings: unknown;
  initializeResult: unknown;
  private versions = new Map<string, number>();
  private texts = new Map<string, TextDocument>();

  constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
    settings: unknown,
  ) {
    this.settings = settings;
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  async open(uri: string, text: string, languageId = 'jixiao'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes; returns the new version. Keeps a copy of the text as the client sees it. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const doc = this.texts.get(uri)!;
    TextDocument.update(doc, changes, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies text edits the way an editor would (as incremental changes, last edit first). */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.texts.get(uri)!;
    const sorted = [...edits].sort(
      (a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start),
    );
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  text(uri: string): string {
    return this.texts.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async close(uri: string): Promise<void> {
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  latest(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  /** Polls (20 ms steps) until diagnostics for `uri` at `version` or later have been published. */
  async diagnostics(uri: string, version = this.version(uri), timeoutMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.latest(uri);
      if (p && (p.version === undefined || p.version >= version)) return p.diagnostics;
      if (Date.now() > deadline) {
        throw new Error(`no diagnostics for ${uri} at version ${version} within ${timeoutMs} ms; stderr:\n${this.stderr}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit', null);
    } catch {
      // the server may already be gone
    }
    const exited = new Promise((r) => this.child.once('exit', r));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    if (this.alive()) this.child.kill();
    this.conn.dispose();
  }
}

export async function start(options: StartOptions = {}): Promise<Session> {
  ensureBuilt();
  const child = spawn(process.execPath, [options.script ?? serverBundle, ...(options.args ?? ['--stdio'])], {
    cwd: root,
    env: options.env ? { ...process.env, ...options.env } : process.env,
  });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const session = new Session(child, conn, options.settings);
  child.stderr.on('data', (d) => (session.stderr += String(d)));
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => session.published.push(p));
  conn.onNotification('jixiao/status', (p: Session['statuses'][number]) => session.statuses.push(p));
  conn.onNotification('window/logMessage', (p: { message: string }) => (session.stderr += `${p.message}\n`));
  conn.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
    if (options.configurationDelayMs) await new Promise((r) => setTimeout(r, options.configurationDelayMs));
    return p.items.map(() => session.settings ?? null);
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  session.initializeResult = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: options.locale,
    capabilities: options.capabilities ?? defaultCapabilities,
    initializationOptions: options.initializationOptions,
  });
  await conn.sendNotification('initialized', {});
  return session;
}

/** Position (0-based) of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  const doc = TextDocument.create('x:', 'x', 0, text);
  return doc.positionAt(at + shift);
}
