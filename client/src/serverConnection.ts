// Starts, restarts and stops the jixiao language server (dist/server.js) over node IPC.
import * as l10n from '@vscode/l10n';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { CheckStatus } from './checkStatus';
import { statusMethod, type InitializationOptions, type StatusParams } from './protocol';

/** Markdown and plain-text files are sent too: the server decides whether one is a report. */
export const documentSelector = [{ language: 'jixiao' }, { language: 'markdown' }, { language: 'plaintext' }];

/** Views of a file that are not the file (diffs, source control, output): their findings stay out of Problems. */
const quietSchemes = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'vscode-notebook-cell-output']);

function settingsSnapshot(): unknown {
  const c = vscode.workspace.getConfiguration('jixiao');
  return {
    rules: c.get('rules', {}),
    run: c.get('run', 'onType'),
    inlayHints: { enabled: c.get('inlayHints.enabled', true) },
    template: c.get('template', 'arabic'),
  };
}

export class ServerConnection implements vscode.Disposable {
  private languageClient: LanguageClient | undefined;

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
    const initializationOptions: InitializationOptions = {
      settings: settingsSnapshot(),
      locale: vscode.env.language,
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      synchronize: { configurationSection: 'jixiao' },
      initializationOptions,
      diagnosticCollectionName: 'jixiao',
      outputChannel: this.output,
      markdown: { isTrusted: false, supportHtml: false },
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => next(uri, quietSchemes.has(uri.scheme) ? [] : diagnostics),
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

  async restart(): Promise<boolean> {
    await this.stop();
    return this.start();
  }

  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
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
