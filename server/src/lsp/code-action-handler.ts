// textDocument/codeAction: the plain action plans of features/code-actions.ts as LSP code actions with
// workspace edits, each listing the diagnostics it resolves (as the client sent them when they match).
// Fix-all re-analyses the text pass by pass, so its edit is computed on codeAction/resolve when the client
// can resolve edits lazily (VS Code), at once otherwise.
import type { CodeAction, CodeActionParams, Diagnostic as LspDiagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type ActionPlan, codeActions, fixAllEdits, type IgnoreFileTarget } from '../features/code-actions';
import { type Diagnostic, toDiagnostic } from '../features/diagnostics';
import type { Analysis, Edit, Finding } from '../report/model';
import { toRange, toSpan } from './convert';

/** What a fix-all action carries until it is resolved. */
export interface FixAllData {
  jixiaoFixAll: true;
  uri: string;
  version: number;
}

export function isFixAllData(data: unknown): data is FixAllData {
  return typeof data === 'object' && data !== null && (data as FixAllData).jixiaoFixAll === true;
}

function sameRange(a: LspDiagnostic['range'], b: Diagnostic['range']): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export interface EditOptions {
  /** The client accepts versioned documentChanges. */
  versioned: boolean;
  /** The client resolves a code action's edit lazily. */
  lazy: boolean;
}

export function workspaceEdit(doc: TextDocument, edits: Edit[], versioned: boolean): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
  return versioned
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] }
    : { changes: { [doc.uri]: textEdits } };
}

/** The ignore file "ignore" writes to: where it is, its text (undefined: not there yet) and its open version. */
export interface IgnoreFileEditTarget extends IgnoreFileTarget {
  uri: string;
  version: number | null;
}

/**
 * The edit of an ignore into the ignore file: one WorkspaceEdit (so the editor can undo it) that creates the file
 * when it is new and adds the entry's line; the report itself is not touched.
 */
function ignoreFileEdit(target: IgnoreFileEditTarget, plan: NonNullable<ActionPlan['ignoreFile']>, versioned: boolean): WorkspaceEdit {
  const file = TextDocument.create(target.uri, 'plaintext', 0, target.text ?? '');
  const edits: TextEdit[] = plan.edits.map((e) => ({ range: toRange(file, e.span), newText: e.newText }));
  if (!versioned) return { changes: { [target.uri]: edits } };
  return {
    documentChanges: [
      ...(plan.create ? [{ kind: 'create' as const, uri: target.uri, options: { ignoreIfExists: true } }] : []),
      { textDocument: { uri: target.uri, version: target.version }, edits },
    ],
  };
}

/** `ignoreFile`: record ignores in that file (the `file` ignore storage) rather than in the report's text. */
export function toCodeActions(
  doc: TextDocument,
  analysis: Analysis,
  params: CodeActionParams,
  options: EditOptions,
  ignoreFile?: IgnoreFileEditTarget,
): CodeAction[] {
  const lineStarts = analysis.report.lineStarts;
  const sent = params.context.diagnostics ?? [];
  const diagnosticOf = (f: Finding): LspDiagnostic => {
    const fresh = toDiagnostic(f, doc.uri, lineStarts, analysis.report.text.length);
    return sent.find((d) => d.source === 'jixiao' && d.code === fresh.code && sameRange(d.range, fresh.range)) ?? (fresh as LspDiagnostic);
  };
  let fixAll: Edit[] | undefined;
  return codeActions(analysis, toSpan(doc, params.range), ignoreFile)
    .filter((plan) => wanted(plan.kind, params.context.only))
    .map((plan) => {
      const action: CodeAction = { title: plan.title, kind: plan.kind, diagnostics: plan.findings.map(diagnosticOf) };
      if (plan.isPreferred) action.isPreferred = true;
      if (plan.ignoreFile && ignoreFile) action.edit = ignoreFileEdit(ignoreFile, plan.ignoreFile, options.versioned);
      else if (!plan.fixAll) action.edit = workspaceEdit(doc, plan.edits, options.versioned);
      else if (options.lazy) action.data = { jixiaoFixAll: true, uri: doc.uri, version: doc.version } satisfies FixAllData;
      else action.edit = workspaceEdit(doc, (fixAll ??= fixAllEdits(analysis).edits), options.versioned);
      return action;
    });
}

/** codeAction/resolve of a fix-all action: its edit, if the document is still at the version it was for. */
export function resolveFixAll(
  action: CodeAction,
  doc: TextDocument | undefined,
  analysis: Analysis | undefined,
  versioned: boolean,
): CodeAction {
  const data = action.data;
  if (!isFixAllData(data) || !doc || !analysis || doc.version !== data.version) return action;
  return { ...action, edit: workspaceEdit(doc, fixAllEdits(analysis).edits, versioned) };
}
