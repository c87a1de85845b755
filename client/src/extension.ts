// The VS Code side of jixiao, kept thin: starts the language server (dist/server.js) over node IPC, forwards the
// `jixiao` settings, and registers the commands, the status-bar item, first-line language detection and the
// read-only views of Word, Excel and PDF files. When `jixiao.messageLanguage` changes, the client's messages
// switch and the server restarts in the new language.
import * as vscode from 'vscode';
import { CheckStatus } from './checkStatus';
import { checkFile } from './commands/checkFile';
import { checkWorkspace } from './commands/checkWorkspace';
import { openDocument } from './commands/openDocument';
import { insertTemplate } from './commands/insertTemplate';
import { DocumentViews } from './documentViews';
import { configureClientL10n, currentMessageLocale } from './l10n';
import { registerLanguageDetection, reportPatterns } from './languageDetection';
import { restartsServer } from './configurationReaction';
import { ServerConnection } from './serverConnection';
import { registerStatusBar } from './statusBar';

let server: ServerConnection | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await configureClientL10n(context.extensionUri, currentMessageLocale());
  const patterns = reportPatterns(context);
  const status = new CheckStatus();
  const output = vscode.window.createOutputChannel('jixiao');
  server = new ServerConnection(context, output, status);
  const connection = server;
  // A view restored with the window asks for its text before the server is up: it waits for the start.
  let serverStarted = () => {};
  const views = new DocumentViews(connection, new Promise<void>((resolve) => (serverStarted = resolve)));

  context.subscriptions.push(
    output,
    status,
    connection,
    registerStatusBar(status),
    registerLanguageDetection(patterns, status, context.workspaceState),
    vscode.commands.registerCommand('jixiao.checkFile', () => checkFile(connection, status)),
    views,
    vscode.commands.registerCommand('jixiao.checkWorkspace', () => checkWorkspace(connection, status, patterns)),
    vscode.commands.registerCommand('jixiao.openDocument', (clicked?: unknown, selected?: unknown) =>
      openDocument(views, clicked, selected),
    ),
    vscode.commands.registerCommand('jixiao.insertTemplate', (prefix?: unknown) =>
      insertTemplate(context.extensionUri, typeof prefix === 'string' ? prefix : undefined),
    ),
    vscode.commands.registerCommand('jixiao.restartServer', () => connection.restart()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!restartsServer(e)) return;
      await configureClientL10n(context.extensionUri, currentMessageLocale());
      await connection.restartIfChanged();
    }),
    // A folder of another (virtual) file system: the server must see its documents too.
    vscode.workspace.onDidChangeWorkspaceFolders(() => connection.restartIfChanged()),
  );

  // Commands work (and say what is wrong) even when the server fails to start.
  try {
    await connection.start();
  } finally {
    serverStarted();
  }
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
