// Read-only views of Word, Excel and PDF files: `jixiao-doc:` documents whose text the language server extracts
// (jixiao/readDocument), opened in the jixiao language so that they get the squiggles, hovers, outline and
// Problems entries of a typed report. A view follows its file: saving the .docx again updates it.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import {
  documentViewScheme,
  readDocumentMethod,
  type ReadDocumentParams,
  type ReadDocumentResult,
} from '../../protocol/messages';
import type { ServerConnection } from './serverConnection';

/** The files shown through a view (the extensions the server has readers for). */
export const documentGlob = '**/*.{docx,docm,xlsx,xlsm,pdf,DOCX,XLSX,PDF}';

export function isDocumentPath(path: string): boolean {
  return /\.(docx|docm|xlsx|xlsm|pdf)$/i.test(path) && !/(^|\/)~\$[^/]*$/.test(path); // ~$报告.docx: Word's lock file
}

/** Larger files are not read (pictures and fonts make Word and PDF files large; their text is small). */
const maxBytes = 128 * 1024 * 1024;

/** `file:///a/报告.docx` → `jixiao-doc:/a/报告.docx`; a file of another scheme rides in the query. */
export function viewUriOf(source: vscode.Uri): vscode.Uri {
  if (source.scheme === 'file' && source.authority === '') return vscode.Uri.from({ scheme: documentViewScheme, path: source.path });
  return vscode.Uri.from({ scheme: documentViewScheme, path: source.path, query: source.toString() });
}

export function sourceUriOf(view: vscode.Uri): vscode.Uri {
  return view.query ? vscode.Uri.parse(view.query) : vscode.Uri.file(view.path);
}

/** The extracted text of `source`, or why it cannot be read. */
export async function readDocumentText(server: ServerConnection, source: vscode.Uri): Promise<ReadDocumentResult> {
  const client = server.client;
  if (!client) return { ok: false, reason: l10n.t('绩效语言服务器未运行，请运行命令“绩效：重启语言服务器”。') };
  const params: ReadDocumentParams = { uri: source.toString() };
  if (source.scheme !== 'file') {
    // The server reads files on disk itself (refusing pipes and devices); others come as bytes.
    const stat = await vscode.workspace.fs.stat(source);
    if ((stat.type & vscode.FileType.File) === 0) return { ok: false, reason: l10n.t('不是普通文件') };
    if (stat.size > maxBytes) return { ok: false, reason: l10n.t('文件太大（{0} MB）', Math.round(stat.size / 1048576)) };
    params.data = Buffer.from(await vscode.workspace.fs.readFile(source)).toString('base64');
  }
  return client.sendRequest<ReadDocumentResult>(readDocumentMethod, params);
}

export class DocumentViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly switching = new Map<string, Promise<vscode.TextDocument>>();

  constructor(
    private readonly server: ServerConnection,
    /** Settles once the server's first start is over (up or failed). */
    private readonly started: Promise<void>,
  ) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(documentViewScheme, this),
      // A view opened from the Problems panel or restored with the window: the jixiao language too.
      vscode.workspace.onDidOpenTextDocument((doc) => void this.toJixiao(doc).catch(() => undefined)),
    );
    for (const doc of vscode.workspace.textDocuments) void this.toJixiao(doc).catch(() => undefined);
    const watcher = vscode.workspace.createFileSystemWatcher(documentGlob);
    const refresh = (source: vscode.Uri) => {
      const view = viewUriOf(source);
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === view.toString())) this.changed.fire(view);
    };
    this.disposables.push(watcher, watcher.onDidChange(refresh), watcher.onDidCreate(refresh));
  }

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const source = sourceUriOf(view);
    let read: ReadDocumentResult;
    try {
      await this.started;
      read = await readDocumentText(this.server, source);
    } catch (error) {
      read = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    if (read.ok) return read.text;
    const message = l10n.t('无法读取 {0}：{1}', source.path.split('/').pop() ?? source.path, read.reason);
    void vscode.window.showErrorMessage(message);
    return message + '\n';
  }

  /** Opens the view of `source` in an editor (kept open, not a preview). */
  async open(source: vscode.Uri): Promise<vscode.TextEditor> {
    const doc = await this.toJixiao(await vscode.workspace.openTextDocument(viewUriOf(source)));
    return vscode.window.showTextDocument(doc, { preview: false });
  }

  /** Switches a view to the jixiao language, once however many callers ask at the same time. */
  private toJixiao(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
    if (doc.uri.scheme !== documentViewScheme || doc.languageId === 'jixiao') return Promise.resolve(doc);
    const key = doc.uri.toString();
    let switching = this.switching.get(key);
    if (!switching) {
      switching = Promise.resolve(vscode.languages.setTextDocumentLanguage(doc, 'jixiao')).finally(() => this.switching.delete(key));
      this.switching.set(key, switching);
    }
    return switching;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
