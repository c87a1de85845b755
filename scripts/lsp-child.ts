// A language server started as a child process (`node SCRIPT --stdio`) and the JSON-RPC connection to it, answering
// what a server may ask of its client (configuration: defaults; registrations, progress: nothing). Shared by the
// benchmarks that drive servers over the protocol (bench-lsp.ts, bench-lsp-ab.ts).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface LspChild {
  connection: MessageConnection;
  child: ChildProcessWithoutNullStreams;
}

export function spawnLsp(script: string, cwd: string): LspChild {
  const child = spawn(process.execPath, [script, '--stdio'], { cwd, stdio: 'pipe' });
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest(() => null);
  connection.onNotification(() => undefined);
  connection.listen();
  return { connection, child };
}
