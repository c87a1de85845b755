// Starts, restarts and stops the jixiao language server (dist/server.js) over node IPC.
import * as l10n from '@vscode/l10n';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { CheckStatus } from './checkStatus';
import { checkedSchemes, documentSelector } from './documentSelector';
import { currentMessageLocale } from './l10n';
import { statusMethod, type InitializationOptions, type StatusParams } from '../../protocol/messages';

/**
 * The `jixiao` settings as the server starts. At window scope on purpose (`null`: no resource): no document is at
 * hand yet, and the server asks for each document's own settings (workspace/configuration with its URI) anyway;
 * this snapshot is only its fallback.
 */
export function settingsSnapshot(): unknown {
  const c = vscode.workspace.getConfiguration('jixiao', null);
  return {
    rules: c.get('rules', {}),
    run: c.get('run', 'onType'),
    inlayHints: { enabled: c.get('inlayHints.enabled', true) },
    template: c.get('template', 'arabic'),
    ignoreStorage: c.get('ignoreStorage', 'file'),
    messageLanguage: c.get('messageLanguage', 'auto'),
  };
}

/** The schemes whose documents the server sees, for the workspace as it is now. */
export function currentSchemes(): string[] {
  return checkedSchemes((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme));
}

export class ServerConnection implements vscode.Disposable {
  private languageClient: LanguageClient | undefined;
  /** The message locale and the schemes the running server was started with. */
  private started: { locale: string; schemes: string[] } | undefined;
  /** Restarts run one after the other. */
  private restarting: Promise<unknown> = Promise.resolve();
  /** Clients being stopped on purpose: their server's exit is expected. */
  private readonly stopping = new WeakSet<LanguageClient>();
  /** When the server crashed lately (restarted at most 4 times in 3 minutes, as the library does). */
  private crashes: number[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
    private readonly status: CheckStatus,
  ) {}

  /** The client when the server is up, else undefined. */
  get client(): LanguageClient | undefined {
    return this.languageClient?.isRunning() ? this.languageClient : undefined;
  }

  /** Starts the server; on failure says why (in a message and the output channel) and returns false. */
  async start(): Promise<boolean> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    if (!existsSync(serverModule)) {
      const message = l10n.t('找不到绩效语言服务器：{0}。请先运行 npm run build。', serverModule);
      this.output.appendLine(message);
      void vscode.window.showErrorMessage(message);
      return false;
    }
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc },
    };
    const locale = currentMessageLocale();
    const schemes = currentSchemes();
    this.started = { locale, schemes };
    const initializationOptions: InitializationOptions = { settings: settingsSnapshot(), locale };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(schemes),
      // The server registers for workspace/didChangeConfiguration (section jixiao) and the library then sends it on
      // every change, also on the change of jixiao.messageLanguage that is about to restart this server: sent to a
      // client being stopped, it failed with an error pop-up. Nothing is sent to a server that is going away.
      initializationOptions,
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        // A server that we stop exits with code 0: that is no crash to restart from (the library's default
        // handler restarted it and reported "Starting server failed" while we started the next one).
        closed: () =>
          this.stopping.has(client) || !this.crashBudget()
            ? { action: CloseAction.DoNotRestart, handled: this.stopping.has(client) }
            : { action: CloseAction.Restart, handled: false },
      },
      // The findings of open documents are pulled into a collection named after the server's diagnostic provider
      // ('jixiao'); this one holds what the server pushes, i.e. the reports "check the workspace" read from disk.
      // A document opened later leaves it (the server clears its pushed copy), so nothing is listed twice.
      diagnosticCollectionName: 'jixiao-workspace',
      outputChannel: this.output,
      markdown: { isTrusted: false, supportHtml: false },
      middleware: {
        workspace: {
          didChangeConfiguration: (sections, next) => (this.goingAway(client) ? Promise.resolve() : next(sections)),
        },
        // "Check the current report" on a view of a file (a git diff, an output) gets its count, not Problems entries.
        handleDiagnostics: (uri, diagnostics, next) => next(uri, schemes.includes(uri.scheme) ? diagnostics : []),
      },
    };
    const client = new LanguageClient('jixiao', l10n.t('绩效自评报告检查'), serverOptions, clientOptions);
    client.onNotification(statusMethod, (params: StatusParams) => this.status.onServerStatus(params));
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) this.status.reset();
    });
    this.languageClient = client;
    try {
      await client.start();
      return true;
    } catch (error) {
      const message = l10n.t('绩效语言服务器启动失败：{0}', error instanceof Error ? error.message : String(error));
      this.output.appendLine(message);
      void vscode.window.showErrorMessage(message);
      return false;
    }
  }

  private crashBudget(): boolean {
    const now = Date.now();
    this.crashes = this.crashes.filter((t) => now - t < 3 * 60_000);
    this.crashes.push(now);
    return this.crashes.length <= 4;
  }

  /** The client is being stopped, or will be: the message language it was started with has changed. */
  private goingAway(client: LanguageClient): boolean {
    return this.stopping.has(client) || this.languageClient !== client || this.started?.locale !== currentMessageLocale();
  }

  restart(): Promise<boolean> {
    const run = this.restarting.then(async () => {
      await this.stop();
      return this.start();
    });
    this.restarting = run.catch(() => undefined);
    return run;
  }

  /**
   * Restarts the server when what it was started with has changed: the message language (every message, hover and
   * fix title is made by the server, so it starts again in the new language) or the workspace's schemes.
   */
  async restartIfChanged(): Promise<boolean> {
    const now = { locale: currentMessageLocale(), schemes: currentSchemes() };
    if (this.started && this.started.locale === now.locale && this.started.schemes.join() === now.schemes.join()) return false;
    return this.restart();
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    if (client) this.stopping.add(client);
    if (client && client.state !== State.Stopped) {
      try {
        await client.stop(2000);
      } catch {
        // Already gone: nothing more to stop.
      }
    }
    this.status.reset();
  }

  dispose(): void {
    void this.stop();
  }
}
