// Finding → Diagnostic: the LSP Diagnostic shape as plain data (no protocol import). The language server
// publishes exactly these; `jixiao check --format json` prints exactly these.
import type { Analysis, Finding, Severity, Span } from '../report/model';
import { computeLineStarts, positionAt, type Position } from '../report/lines';

export type { Position };

export interface Range {
  start: Position;
  end: Position;
}

/** 1 error, 2 warning, 3 information, 4 hint — as in LSP. */
export type DiagnosticSeverity = 1 | 2 | 3 | 4;

export interface DiagnosticRelatedInformation {
  location: { uri: string; range: Range };
  message: string;
}

export interface DiagnosticTextEdit {
  range: Range;
  newText: string;
}

export interface DiagnosticFix {
  title: string;
  edits: DiagnosticTextEdit[];
}

export interface Diagnostic {
  range: Range;
  severity: DiagnosticSeverity;
  /** The rule id. */
  code: string;
  source: 'jixiao';
  message: string;
  relatedInformation: DiagnosticRelatedInformation[];
  data: { fix?: DiagnosticFix };
}

export const severityNumber: Record<Severity, DiagnosticSeverity> = {
  error: 1,
  warning: 2,
  information: 3,
  hint: 4,
};

/**
 * The diagnostics of an analysis, in the order of its findings. `uri` is the document's URI (used in
 * relatedInformation, which points into the same document); `lineStarts` defaults to the report's.
 */
export function toDiagnostics(analysis: Analysis, uri: string, lineStarts?: number[]): Diagnostic[] {
  const text = analysis.report.text;
  const starts = lineStarts ?? (analysis.report.lineStarts?.length ? analysis.report.lineStarts : computeLineStarts(text));
  return analysis.findings.map((f) => toDiagnostic(f, uri, starts, text.length));
}

export function toDiagnostic(finding: Finding, uri: string, lineStarts: number[], textLength = Infinity): Diagnostic {
  const range = (span: Span) => spanToRange(lineStarts, span, textLength);
  const data: Diagnostic['data'] = {};
  if (finding.fix) {
    data.fix = {
      title: finding.fix.title,
      edits: finding.fix.edits.map((e) => ({ range: range(e.span), newText: e.newText })),
    };
  }
  return {
    range: range(finding.span),
    severity: severityNumber[finding.severity] ?? 1,
    code: finding.ruleId,
    source: 'jixiao',
    message: finding.message,
    relatedInformation: finding.related.map((r) => ({ location: { uri, range: range(r.span) }, message: r.message })),
    data,
  };
}

/** A span of UTF-16 offsets → a 0-based LSP range (characters are UTF-16 code units). Clamped to the text. */
export function spanToRange(lineStarts: number[], span: Span, textLength = Infinity): Range {
  const clamp = (n: number) => Math.max(0, Math.min(Number.isFinite(n) ? n : 0, textLength));
  const start = clamp(span.start);
  const end = Math.max(start, clamp(span.end));
  return { start: positionAt(lineStarts, start), end: positionAt(lineStarts, end) };
}
