// Diagnostics of open documents. Pushed (textDocument/publishDiagnostics) to clients that do not pull:
// on open at once, after each change debounced (a run for an outdated version is dropped), or on save when
// `jixiao.run` is onSave. Pull requests (textDocument/diagnostic) are answered at once from the same code.
// A client that pulls gets no pushes for open documents (VS Code would list them twice); documents that are
// not open (jixiao/checkDocuments, "check the workspace") are pushed to every client.
// Each check is announced with jixiao/status running → idle (the VS Code status bar shows it).
import { type Connection, LSPErrorCodes, ResponseError, type TextDocuments } from 'vscode-languageserver/node';
import { AnalysisCancelled } from '../cancel';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CheckDocumentsParams,
  type CheckDocumentsResult,
  type StatusParams,
  statusMethod,
} from '../../../protocol/messages';
import { type Diagnostic, toDiagnostics } from '../features/diagnostics';
import { reportFormat } from '../features/which-documents';
import { t } from '../l10n';
import { type Reports, tooLarge } from './reports';
import type { Settings } from './settings';
import type { SettingsStore } from './settings-store';

export const DEBOUNCE_MS = 300;
/** The code of the diagnostic saying an analysis was abandoned over its time budget. */
const abandonedCode = 'time-budget';

interface Run {
  version: number;
  diagnostics: Diagnostic[];
}

export class DiagnosticsService {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private last = new Map<string, Run>();
  /** Documents not open (or open but shown nowhere) whose diagnostics were pushed by checkDocuments. */
  private pushedClosed = new Set<string>();
  /** The document and version whose skipping (too large) was last logged. */
  private loggedSkips = '';
  /** The document and version whose abandoned analysis (over its time budget) was last logged. */
  private loggedAbandons = '';

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly reports: Reports,
    private readonly settings: SettingsStore,
    /** Push to the client (it does not pull). */
    private readonly push: boolean,
    /** The client accepts workspace/diagnostic/refresh (pull clients re-pull on it). */
    private readonly canRefresh: boolean,
    private readonly delay = DEBOUNCE_MS,
  ) {}

  /** The diagnostics of the document as it is now; [] when it is not a report. */
  async compute(doc: TextDocument): Promise<Diagnostic[]> {
    const settings = await this.settings.get(doc.uri);
    const skipped = this.reports.isReport(doc) ? this.skipped(doc.uri, doc.getText(), settings, doc.version) : undefined;
    if (skipped) return skipped;
    // A newer edit ends this analysis at its next step (AnalysisCancelled): typing never queues work.
    const analysis = await this.reports.currentAnalysis(doc, settings, () => this.documents.get(doc.uri)?.version);
    if (!analysis && this.reports.abandoned(doc)) return this.abandoned(doc.uri, settings, doc.version);
    return analysis ? toDiagnostics(analysis, doc.uri) : [];
  }

  opened(uri: string): void {
    if (!this.push && this.pushedClosed.delete(uri)) {
      // The client pulls for open documents: the pushed copy would be listed twice.
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    void this.run(uri);
  }

  async changed(uri: string): Promise<void> {
    if (!this.push) return; // the client pulls after changes
    const settings = await this.settings.get(uri);
    if (settings.run !== 'onType') return;
    const doc = this.documents.get(uri);
    if (!doc) return;
    this.cancel(uri);
    const version = doc.version;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri, version);
      }, this.delay),
    );
  }

  async saved(uri: string): Promise<void> {
    const settings = await this.settings.get(uri);
    if (settings.run !== 'onSave') return;
    await this.run(uri);
    if (!this.push) this.refresh();
  }

  closed(uri: string): void {
    this.cancel(uri);
    const had = this.last.get(uri);
    this.last.delete(uri);
    if (this.push && had && had.diagnostics.length) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-check every open document (settings changed). */
  rerunAll(): void {
    for (const doc of this.documents.all()) void this.run(doc.uri);
    if (!this.push) this.refresh();
  }

  /** Answers textDocument/diagnostic: on type, the current text; on save, what the last check found. */
  async pull(uri: string): Promise<Diagnostic[]> {
    // Pulled for a document pushed while shown nowhere: it is shown again, its pushed copy would be listed twice.
    if (this.pushedClosed.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    const doc = this.documents.get(uri);
    if (!doc) return [];
    const settings = await this.settings.get(uri);
    if (settings.run === 'onSave') {
      const last = this.last.get(uri);
      if (last) return last.diagnostics;
    }
    const report = this.reports.isReport(doc);
    if (report) this.status(uri, 'running');
    let checked: { version: number; diagnostics: Diagnostic[] } | undefined;
    try {
      const version = doc.version;
      const diagnostics = await this.compute(doc);
      checked = { version, diagnostics };
      return diagnostics;
    } catch (e) {
      // The document changed while it was being checked: the client asks again for the new version.
      if (e instanceof AnalysisCancelled) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'jixiao: the document changed', { retriggerRequest: true });
      throw e;
    } finally {
      if (report) this.status(uri, 'idle', checked);
    }
  }

  /**
   * jixiao/checkDocuments: checks each document now — an open one as it is in the editor, another with the
   * text sent — and publishes its diagnostics. Answers with the documents that are reports and their counts.
   */
  async checkDocuments(params: CheckDocumentsParams): Promise<CheckDocumentsResult> {
    const result: CheckDocumentsResult = [];
    let refresh = false;
    for (const d of params?.documents ?? []) {
      if (typeof d?.uri !== 'string') continue;
      const open = this.documents.get(d.uri);
      if (open && (this.push || d.shown !== false)) {
        if (!this.reports.isReport(open)) continue;
        const diagnostics = await this.run(d.uri, undefined, true);
        result.push({ uri: d.uri, count: (diagnostics ?? this.last.get(d.uri)?.diagnostics ?? []).length });
        refresh ||= !this.push;
        continue;
      }
      // Not open, or (for a pulling client) open but shown nowhere, so never pulled: as it is in the editor.
      const text = open ? open.getText() : typeof d.text === 'string' ? d.text : '';
      const format = reportFormat(open ? open.languageId : String(d.languageId ?? ''), d.uri, text);
      if (!format) continue;
      this.status(d.uri, 'running');
      let checked: { version: number; diagnostics: Diagnostic[] } | undefined;
      try {
        const settings = await this.settings.get(d.uri);
        this.settings.forget(d.uri);
        const ignores = this.reports.ignoresOf(d.uri);
        const skipped = this.skipped(d.uri, text, settings, 0);
        const analysis = skipped ? undefined : this.reports.analyzeText(text, { format, rules: settings.rules, ignores }, settings);
        const diagnostics = skipped ?? (analysis ? toDiagnostics(analysis, d.uri) : this.abandoned(d.uri, settings, 0));
        this.pushedClosed.add(d.uri);
        void this.connection.sendDiagnostics({ uri: d.uri, diagnostics });
        result.push({ uri: d.uri, count: diagnostics.length });
        checked = { version: 0, diagnostics };
      } finally {
        this.status(d.uri, 'idle', checked);
      }
    }
    if (refresh) this.refresh();
    return result;
  }

  /**
   * A text over jixiao.maxFileSize is not analysed: one diagnostic on its first line says what was skipped and
   * how to change the limit (logged too, once per version). Undefined when the text is within the limit.
   */
  private skipped(uri: string, text: string, settings: Settings, version: number): Diagnostic[] | undefined {
    const size = tooLarge(text, settings);
    if (size === undefined) return undefined;
    const message = t(
      '文件太大（{0} MB，上限 {1} MB），jixiao 没有检查它；可在设置 jixiao.maxFileSize 中调整上限',
      size < 0.1 * 1024 * 1024 ? String(Number((size / 1024 / 1024).toPrecision(2))) : (size / 1024 / 1024).toFixed(1),
      settings.maxFileSize,
    );
    const logged = `${uri}@${version}`;
    if (this.loggedSkips !== logged) {
      this.loggedSkips = logged;
      this.connection.console.warn(`jixiao: ${uri}: ${message}`);
    }
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [{ range, severity: 3, code: 'max-file-size', source: 'jixiao', message, relatedInformation: [], data: {} }];
  }

  /**
   * An analysis over jixiao.analysisTimeBudgetMs was given up for this version: one diagnostic on the first line
   * says so (the status bar shows it, see status()), logged once per version. The next edit is checked afresh.
   */
  private abandoned(uri: string, settings: Settings, version: number): Diagnostic[] {
    const message = t(
      '检查用时超过了 {0} 秒的上限，jixiao 放弃了对这一版本的检查（修改后会重新检查）；可在设置 jixiao.analysisTimeBudgetMs 中调整上限',
      String(settings.analysisTimeBudgetMs / 1000),
    );
    const logged = `${uri}@${version}`;
    if (this.loggedAbandons !== logged) {
      this.loggedAbandons = logged;
      this.connection.console.warn(`jixiao: ${uri}: ${message}`);
    }
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [{ range, severity: 3, code: abandonedCode, source: 'jixiao', message, relatedInformation: [], data: {} }];
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /**
   * Checks the document and publishes the result (to a pushing client); returns it. Drops the result when
   * the document changed meanwhile or the run is outdated.
   */
  private async run(uri: string, expectedVersion?: number, force = false): Promise<Diagnostic[] | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || (expectedVersion !== undefined && doc.version !== expectedVersion)) return undefined;
    const version = doc.version;
    const report = this.reports.isReport(doc);
    if (report) this.status(uri, 'running');
    let kept: Run | undefined;
    try {
      let diagnostics: Diagnostic[];
      try {
        diagnostics = await this.compute(doc);
      } catch (e) {
        if (e instanceof AnalysisCancelled) return undefined; // a newer edit: its own run follows
        this.connection.console.error(`jixiao: checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
        return undefined;
      }
      const now = this.documents.get(uri);
      if (!now || now.version !== version) return undefined;
      const before = this.last.get(uri);
      if (before && before.version > version) return undefined;
      kept = { version, diagnostics };
      this.last.set(uri, kept);
      if (!this.push) return diagnostics;
      // A document that is not a report gets nothing, unless it had findings to clear.
      if (!force && diagnostics.length === 0 && !before?.diagnostics.length && !report) return diagnostics;
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
      return diagnostics;
    } finally {
      if (report) this.status(uri, 'idle', kept);
    }
  }

  /** Announces a check; when it ends with findings that stand, says for which version and how many of each kind. */
  private status(uri: string, state: StatusParams['state'], checked?: Run): void {
    const params: StatusParams = { uri, state };
    if (checked) {
      params.version = checked.version;
      params.counts = countBySeverity(checked.diagnostics);
      const abandoned = checked.diagnostics.find((d) => d.code === abandonedCode);
      if (abandoned) params.abandoned = abandoned.message;
    }
    void this.connection.sendNotification(statusMethod, params);
  }

  private refresh(): void {
    if (this.canRefresh) void this.connection.languages.diagnostics.refresh();
  }
}

/** Errors, warnings and the rest, as the status bar shows them. */
export function countBySeverity(diagnostics: Diagnostic[]): NonNullable<StatusParams['counts']> {
  const counts = { errors: 0, warnings: 0, others: 0 };
  for (const d of diagnostics) {
    if (d.severity === 1) counts.errors++;
    else if (d.severity === 2) counts.warnings++;
    else counts.others++;
  }
  return counts;
}
