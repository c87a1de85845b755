// The custom messages between the jixiao client and its language server, beyond standard LSP. Plain data and
// names only (no vscode, no LSP library): the client (client/src) and the server (server/src) both import this
// module, which belongs to neither; esbuild bundles it into each side.

/**
 * Request client → server: analyse these documents (open or not) and publish their diagnostics, as for open
 * documents. Used by "check every report in the workspace" and "check the current report".
 * The result has one entry per document the server treats as a report (a `jixiao` document always; a markdown
 * or plain-text one when its title or first heading names a self-evaluation report); other documents are left
 * out and get no diagnostics. `count` is the number of diagnostics published for that document.
 */
export const checkDocumentsMethod = 'jixiao/checkDocuments';

export interface CheckDocument {
  uri: string;
  text: string;
  /** 'jixiao' | 'markdown' | 'plaintext' */
  languageId: string;
  /**
   * false: open in the editor but shown in no tab (VS Code keeps a closed editor's document a while). VS Code's
   * client pulls findings only for documents in tabs, so the server pushes these as for a document not open,
   * and clears that copy when the document's findings are next pulled (it is shown again).
   */
  shown?: boolean;
}

export interface CheckDocumentsParams {
  documents: CheckDocument[];
}

export interface CheckedDocument {
  uri: string;
  count: number;
}

export type CheckDocumentsResult = CheckedDocument[];

/**
 * Notification server → client: an analysis of `uri` started ('running') or finished and its diagnostics were
 * published ('idle'). The status bar shows a spinner in between.
 */
export const statusMethod = 'jixiao/status';

export interface StatusParams {
  uri: string;
  state: 'running' | 'idle';
  /** With 'idle' after a check whose findings stand: the document version that was checked … */
  version?: number;
  /** … and its findings by severity (what the client may show before VS Code has pulled them). */
  counts?: { errors: number; warnings: number; others: number };
  /**
   * With 'idle': the analysis of that version ran past jixiao.analysisTimeBudgetMs and was given up; why, in the
   * server's message language (the status bar shows it).
   */
  abandoned?: string;
}

/** Sent as InitializeParams.initializationOptions. */
export interface InitializationOptions {
  /** The `jixiao` settings at start (later changes come as workspace/didChangeConfiguration). */
  settings: unknown;
  /**
   * The language of the messages, e.g. 'zh-cn', 'en': what `jixiao.messageLanguage` chose, or under "auto" VS Code's
   * display language. InitializeParams.locale stays the display language; the server takes this one first.
   */
  locale: string;
}

/** JSON-RPC error code of a request the server does not implement. */
export const methodNotFound = -32601;

/**
 * Word, Excel and PDF files are shown in the editor as a read-only view of the text jixiao extracts from them,
 * under this scheme: `jixiao-doc:/path/报告.docx` is the view of `file:///path/报告.docx`; the view of a file
 * of another scheme carries that file's URI in the query. The view is a `jixiao` document like a typed report
 * (squiggles, hovers, outline); its findings in the Problems panel point at the view.
 */
export const documentViewScheme = 'jixiao-doc';

/**
 * Request client → server: the text of a Word, Excel or PDF file, extracted where the readers are (the server;
 * the PDF reader is loaded on the first PDF). A `file:` URI is read from disk by the server; a file of another
 * scheme (a virtual workspace) comes as `data`, its bytes in base64.
 */
export const readDocumentMethod = 'jixiao/readDocument';

export interface ReadDocumentParams {
  /** The file's URI (its extension says which reader). */
  uri: string;
  /** The file's bytes in base64, when the server cannot read `uri` itself. */
  data?: string;
}

export interface DocumentPlace {
  /** Offset in `text` where the place starts. */
  offset: number;
  /** `第12段`, `表2 第3行 第4列`, `Sheet1!D7`, `第3页`. */
  label: string;
}

export type ReadDocumentResult = { ok: true; text: string; places: DocumentPlace[] } | { ok: false; reason: string };
