// Plain feature results (offsets, Chinese labels) → LSP protocol types.
import {
  type CompletionItem,
  CompletionItemKind,
  type DocumentSymbol,
  type FoldingRange,
  FoldingRangeKind,
  type Hover,
  type InlayHint,
  MarkupKind,
  type Range,
  type SymbolInformation,
  SymbolKind,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionSuggestion } from '../features/completion';
import type { Fold } from '../features/folding';
import type { HoverCard } from '../features/hover';
import type { Hint } from '../features/inlay-hints';
import type { OutlineSymbol } from '../features/symbols';
import type { Span } from '../report/model';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSpan(doc: TextDocument, range: Range): Span {
  const a = doc.offsetAt(range.start);
  const b = doc.offsetAt(range.end);
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

export function toHover(doc: TextDocument, card: HoverCard): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: card.markdown }, range: toRange(doc, card.span) };
}

const SYMBOL_KINDS: Record<OutlineSymbol['kind'], SymbolKind> = {
  title: SymbolKind.File,
  heading: SymbolKind.String,
  table: SymbolKind.Struct,
};

export function toDocumentSymbols(doc: TextDocument, symbols: OutlineSymbol[]): DocumentSymbol[] {
  return symbols.map((s) => ({
    name: s.name || ' ',
    detail: s.detail,
    kind: SYMBOL_KINDS[s.kind],
    range: toRange(doc, s.span),
    selectionRange: toRange(doc, s.selectionSpan),
    children: toDocumentSymbols(doc, s.children),
  }));
}

/** For clients without hierarchical symbols: a flat list, each with its container's name. */
export function toSymbolInformation(doc: TextDocument, symbols: OutlineSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    {
      name: s.name || ' ',
      kind: SYMBOL_KINDS[s.kind],
      location: { uri: doc.uri, range: toRange(doc, s.span) },
      ...(container ? { containerName: container } : {}),
    },
    ...toSymbolInformation(doc, s.children, s.name),
  ]);
}

export function toFoldingRanges(folds: Fold[]): FoldingRange[] {
  return folds.map((f) => ({
    startLine: f.startLine,
    endLine: f.endLine,
    kind: FoldingRangeKind.Region,
  }));
}

const COMPLETION_KINDS: Record<CompletionSuggestion['kind'], CompletionItemKind> = {
  heading: CompletionItemKind.Keyword,
  section: CompletionItemKind.Module,
  'row-label': CompletionItemKind.EnumMember,
};

export function toCompletionItems(doc: TextDocument, suggestions: CompletionSuggestion[]): CompletionItem[] {
  return suggestions.map((s) => ({
    label: s.label,
    kind: COMPLETION_KINDS[s.kind],
    detail: s.detail,
    sortText: s.sortText,
    filterText: s.insertText,
    ...(s.preselect ? { preselect: true } : {}),
    textEdit: { range: toRange(doc, s.replace), newText: s.insertText },
  }));
}

export function toInlayHints(doc: TextDocument, hints: Hint[]): InlayHint[] {
  return hints.map((h) => ({
    position: doc.positionAt(h.offset),
    label: h.label,
    tooltip: h.tooltip,
    paddingLeft: true,
  }));
}
