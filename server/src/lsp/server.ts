// The language server: capabilities, document sync, settings, and one isolated handler per feature.
import {
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from '../features/code-actions';
import { completions } from '../features/completion';
import { foldingRanges } from '../features/folding';
import { hover } from '../features/hover';
import { inlayHints } from '../features/inlay-hints';
import { documentSymbols } from '../features/symbols';
import type { Analysis } from '../report/model';
import {
  type CheckDocumentsParams,
  type CheckDocumentsResult,
  checkDocumentsMethod,
  type ReadDocumentParams,
  readDocumentMethod,
} from '../../../protocol/messages';
import { type IgnoreFileEditTarget, isFixAllData, resolveFixAll, toCodeActions } from './code-action-handler';
import {
  toCompletionItems,
  toDocumentSymbols,
  toFoldingRanges,
  toHover,
  toInlayHints,
  toSpan,
  toSymbolInformation,
} from './convert';
import { DiagnosticsService } from './diagnostics-service';
import { isDocumentView, readDocumentView } from './document-views';
import { guard, guardRequest } from './guard';
import { IgnoreFiles, ignoreFileOf, isIgnoreFile } from './ignore-files';
import { loadL10nBundle } from './l10n-bundle';
import { PullResults } from './pull-results';
import { Reports } from './reports';
import type { Settings } from './settings';
import { SettingsStore } from './settings-store';

export interface ServerOptions {
  /** Debounce of diagnostics after a change, in ms. */
  debounceMs?: number;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const ignoreFiles = new IgnoreFiles(documents);
  const reports = new Reports((uri) => ignoreFiles.ignoresOf(uri));
  const pulls = new PullResults();
  let settings: SettingsStore;
  let diagnostics: DiagnosticsService;
  let hierarchicalSymbols = false;
  let versionedEdits = false;
  let dynamicConfiguration = false;
  let canRefreshInlayHints = false;
  let lazyEdits = false;
  let canCreateFiles = false;
  let watchFiles = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // The messages' language: the one the client chose (the VS Code client's jixiao.messageLanguage, sent as
    // initializationOptions.locale) before the editor's display language (InitializeParams.locale).
    const init = params.initializationOptions as { locale?: unknown } | undefined;
    loadL10nBundle(typeof init?.locale === 'string' && init.locale.trim() !== '' ? init.locale : params.locale);
    const caps = params.capabilities;
    const pullConfiguration = caps.workspace?.configuration === true;
    const clientPulls = caps.textDocument?.diagnostic !== undefined;
    settings = new SettingsStore(connection, pullConfiguration);
    settings.setPushed(params.initializationOptions);
    diagnostics = new DiagnosticsService(
      connection,
      documents,
      reports,
      settings,
      !clientPulls,
      caps.workspace?.diagnostics?.refreshSupport === true,
      options.debounceMs,
    );
    hierarchicalSymbols = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    versionedEdits = caps.workspace?.workspaceEdit?.documentChanges === true;
    dynamicConfiguration = pullConfiguration && caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRefreshInlayHints = caps.workspace?.inlayHint?.refreshSupport === true;
    lazyEdits = caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    canCreateFiles = versionedEdits && caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
    watchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: '绩效自评报告' },
        foldingRangeProvider: true,
        completionProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        diagnosticProvider: { identifier: 'jixiao', interFileDependencies: false, workspaceDiagnostics: false },
      },
      serverInfo: { name: 'jixiao-language-server' },
    };
  });

  connection.onInitialized(
    guard(connection, 'initialized', undefined, async () => {
      if (dynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'jixiao' });
      // An ignore recorded (or removed) in a .jixiao-ignore changes what the reports beside it show.
      if (watchFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.jixiao-ignore' }] });
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guard(connection, 'didChangeConfiguration', undefined, (params) => {
      settings.clear();
      settings.setPushed(params.settings);
      diagnostics.rerunAll();
      if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
    }),
  );

  /** The stored ignores changed: every open report is checked again (and its hints redrawn). */
  const ignoresChanged = () => {
    ignoreFiles.invalidate();
    diagnostics.rerunAll();
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  };
  connection.onDidChangeWatchedFiles(
    guard(connection, 'didChangeWatchedFiles', undefined, (params) => {
      if (params.changes.some((c) => isIgnoreFile(c.uri))) ignoresChanged();
    }),
  );
  const onIgnoreDocument = (e: { document: TextDocument }) => {
    if (isIgnoreFile(e.document.uri)) ignoresChanged();
  };
  documents.onDidOpen(guard(connection, 'didOpen', undefined, onIgnoreDocument));
  documents.onDidChangeContent(guard(connection, 'didChange', undefined, onIgnoreDocument));
  documents.onDidClose(guard(connection, 'didClose', undefined, onIgnoreDocument));

  documents.onDidOpen(guard(connection, 'didOpen', undefined, (e) => diagnostics.opened(e.document.uri)));
  const openedVersion = new Map<string, number>();
  documents.onDidOpen((e) => openedVersion.set(e.document.uri, e.document.version));
  documents.onDidChangeContent(
    guard(connection, 'didChange', undefined, async (e) => {
      // TextDocuments reports the opening as a change too; the open has been checked already.
      if (openedVersion.get(e.document.uri) === e.document.version) return;
      await diagnostics.changed(e.document.uri);
    }),
  );
  documents.onDidSave(guard(connection, 'didSave', undefined, (e) => diagnostics.saved(e.document.uri)));
  documents.onDidClose(
    guard(connection, 'didClose', undefined, (e) => {
      const uri = e.document.uri;
      openedVersion.delete(uri);
      diagnostics.closed(uri);
      pulls.forget(uri);
      reports.forget(uri);
      settings.forget(uri);
    }),
  );

  /** The document and its analysis, or undefined when it is not open or not a report. */
  async function analysisOf(uri: string): Promise<{ doc: TextDocument; analysis: Analysis; settings: Settings } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const s = await settings.get(uri);
    const current = documents.get(uri);
    if (!current) return undefined;
    const analysis = reports.analysis(current, s);
    return analysis ? { doc: current, analysis, settings: s } : undefined;
  }

  connection.languages.diagnostics.on(
    guardRequest(connection, 'diagnostic', async (params) => {
      const uri = params.textDocument.uri;
      return pulls.answer(uri, await diagnostics.pull(uri), params.previousResultId);
    }),
  );

  connection.onRequest(
    checkDocumentsMethod,
    guardRequest(connection, checkDocumentsMethod, (params: CheckDocumentsParams) =>
      diagnostics.checkDocuments(params),
    ),
  );

  connection.onRequest(
    readDocumentMethod,
    guardRequest(connection, readDocumentMethod, (params: ReadDocumentParams) => readDocumentView(params)),
  );

  connection.onHover(
    guardRequest(connection, 'hover', async (params) => {
      const a = await analysisOf(params.textDocument.uri);
      if (!a) return null;
      const card = hover(a.analysis, a.doc.offsetAt(params.position));
      return card ? toHover(a.doc, card) : null;
    }),
  );

  /**
   * Where "ignore" records a finding of the report at `uri`: its `.jixiao-ignore` under the `file` storage, when
   * the report is a file and the client can write it (create it, when it is not there yet); else in the line.
   */
  function ignoreTarget(uri: string, s: Settings): IgnoreFileEditTarget | undefined {
    if (s.ignoreStorage !== 'file') return undefined;
    const at = ignoreFileOf(uri);
    if (!at) return undefined;
    const text = ignoreFiles.text(at.uri);
    if (text === undefined && !canCreateFiles) return undefined;
    return { uri: at.uri, reportName: at.reportName, text, version: ignoreFiles.version(at.uri) };
  }

  /** Analyses another text of the document (fix-all's passes), as the document itself is analysed. */
  connection.onCodeAction(
    guardRequest(connection, 'codeAction', async (params) => {
      // A view of a Word, Excel or PDF file is read-only: a fix is made in the file itself.
      if (isDocumentView(params.textDocument.uri)) return [];
      const a = await analysisOf(params.textDocument.uri);
      if (!a) return [];
      const options = { versioned: versionedEdits, lazy: lazyEdits };
      return toCodeActions(a.doc, a.analysis, params, options, ignoreTarget(a.doc.uri, a.settings));
    }),
  );

  connection.onCodeActionResolve(async (action) => {
    const run = guardRequest(connection, 'codeAction/resolve', async () => {
      const data = action.data;
      if (!isFixAllData(data)) return action;
      const a = await analysisOf(data.uri);
      return resolveFixAll(action, a?.doc, a?.analysis, versionedEdits);
    });
    return run();
  });

  connection.onDocumentSymbol(
    guardRequest(connection, 'documentSymbol', async (params) => {
      const a = await analysisOf(params.textDocument.uri);
      if (!a) return [];
      const symbols = documentSymbols(a.analysis.report);
      return hierarchicalSymbols ? toDocumentSymbols(a.doc, symbols) : toSymbolInformation(a.doc, symbols);
    }),
  );

  connection.onFoldingRanges(
    guardRequest(connection, 'foldingRange', async (params) => {
      const a = await analysisOf(params.textDocument.uri);
      return a ? toFoldingRanges(foldingRanges(a.analysis.report)) : [];
    }),
  );

  connection.onCompletion(
    guardRequest(connection, 'completion', async (params) => {
      const a = await analysisOf(params.textDocument.uri);
      if (!a) return [];
      const items = completions(a.analysis.report, a.doc.offsetAt(params.position), a.settings.template);
      return toCompletionItems(a.doc, items);
    }),
  );

  connection.languages.inlayHint.on(
    guardRequest(connection, 'inlayHint', async (params) => {
      const a = await analysisOf(params.textDocument.uri);
      if (!a || !a.settings.inlayHints) return [];
      return toInlayHints(a.doc, inlayHints(a.analysis, toSpan(a.doc, params.range)));
    }),
  );

  documents.listen(connection);
  connection.listen();
}
