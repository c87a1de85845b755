// Which documents are being checked right now, fed by the server's `jixiao/status` notifications and by the
// client's own commands; the status bar and the commands wait on it.
import * as vscode from 'vscode';
import type { StatusParams } from '../../protocol/messages';
import type { CheckedVersion } from './statusText';

export class CheckStatus implements vscode.Disposable {
  private readonly running = new Set<string>();
  private readonly reports = new Set<string>();
  /** The last finished check of each document: its version and the findings the server counted for it. */
  private readonly checkedVersions = new Map<string, CheckedVersion>();
  private readonly clientRuns = new Map<string, number>();
  private workspaceRuns = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  /** From the server: it analyses `uri` (so it treats it as a report) or has just published its findings. */
  onServerStatus(params: StatusParams): void {
    if (typeof params?.uri !== 'string') return;
    if (params.state === 'running') this.running.add(params.uri);
    else this.running.delete(params.uri);
    if (params.state === 'idle' && typeof params.version === 'number' && params.counts) {
      const before = this.checkedVersions.get(params.uri);
      // A document checked from disk ("check the workspace") has version 0: a later check of the open one wins.
      if (!before || params.version >= before.version || params.version === 0) {
        const abandoned = typeof params.abandoned === 'string' ? params.abandoned : undefined;
        this.checkedVersions.set(params.uri, { version: params.version, counts: { ...params.counts }, ...(abandoned ? { abandoned } : {}) });
      }
    }
    this.reports.add(params.uri);
    this.emitter.fire();
  }

  /** The server stopped: nothing of its runs is pending any more. */
  reset(): void {
    this.running.clear();
    this.checkedVersions.clear();
    this.emitter.fire();
  }

  isRunning(uri: string): boolean {
    return this.running.has(uri) || (this.clientRuns.get(uri) ?? 0) > 0 || this.workspaceRuns > 0;
  }

  /** True while the server says it is analysing `uri`. */
  isServerRunning(uri: string): boolean {
    return this.running.has(uri);
  }

  /** True once the server has reported a check of `uri` (or a command found it to be a report). */
  isReport(uri: string): boolean {
    return this.reports.has(uri);
  }

  /** The last check the server finished for `uri`, with its version and counts. */
  checked(uri: string): CheckedVersion | undefined {
    return this.checkedVersions.get(uri);
  }

  markReport(uri: string): void {
    this.reports.add(uri);
  }

  /** Shows a check of `uri` (or of the workspace, when `uri` is undefined) as running while `work` runs. */
  async during<T>(uri: string | undefined, work: () => Promise<T>): Promise<T> {
    if (uri === undefined) this.workspaceRuns++;
    else this.clientRuns.set(uri, (this.clientRuns.get(uri) ?? 0) + 1);
    this.emitter.fire();
    try {
      return await work();
    } finally {
      if (uri === undefined) this.workspaceRuns--;
      else this.clientRuns.set(uri, (this.clientRuns.get(uri) ?? 1) - 1);
      this.emitter.fire();
    }
  }

  /** Resolves when the server reports no running check of `uri`, or after `timeoutMs`. */
  whenServerIdle(uri: string, timeoutMs: number): Promise<void> {
    if (!this.running.has(uri)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      const listener = this.onDidChange(() => {
        if (!this.running.has(uri)) done();
      });
    });
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
