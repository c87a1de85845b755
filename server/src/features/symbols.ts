// The outline: the title, headings nested by level, each table under the section it stands in.
import { t } from '../l10n';
import { levelName } from './level-names';
import type { Report, Span, Table } from '../report/model';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: 'title' | 'heading' | 'table';
  /** The whole section (or table); contains selectionSpan. */
  span: Span;
  /** What the editor reveals when the symbol is picked: the heading line, the table's header row. */
  selectionSpan: Span;
  children: OutlineSymbol[];
}

function tableSymbol(table: Table, number: number): OutlineSymbol {
  const caption = table.caption.trim();
  const name = caption ? t('表{0}：{1}', number, caption) : t('表{0}', number);
  const unit = table.unit ? t('，单位：{0}', table.unit) : '';
  return {
    name,
    detail: t('{0} 行 × {1} 列', table.rows.length, table.columns.length) + unit,
    kind: 'table',
    span: table.span,
    selectionSpan: table.headerSpan.end > table.headerSpan.start ? table.headerSpan : table.span,
    children: [],
  };
}

export function documentSymbols(report: Report): OutlineSymbol[] {
  const roots: OutlineSymbol[] = [];
  if (report.title) {
    roots.push({
      name: report.title.text,
      detail: t('标题'),
      kind: 'title',
      span: report.title.span,
      selectionSpan: report.title.span,
      children: [],
    });
  }
  const sectionSymbols: OutlineSymbol[] = report.sections.map((section) => {
    const h = section.heading;
    const span = { start: Math.min(section.span.start, h.span.start), end: Math.max(section.span.end, h.span.end) };
    return {
      name: `${h.marker} ${h.title}`.trim(),
      detail: levelName(h.level),
      kind: 'heading',
      span,
      selectionSpan: h.span,
      children: [],
    };
  });
  report.sections.forEach((section, i) => {
    const parent = section.parent >= 0 ? sectionSymbols[section.parent] : undefined;
    (parent ? parent.children : roots).push(sectionSymbols[i]);
  });
  report.tables.forEach((table, i) => {
    const symbol = tableSymbol(table, i + 1);
    const owner = table.section >= 0 ? sectionSymbols[table.section] : undefined;
    if (owner) {
      // A section's range must contain its children's.
      owner.span = { start: Math.min(owner.span.start, symbol.span.start), end: Math.max(owner.span.end, symbol.span.end) };
      owner.children.push(symbol);
      owner.children.sort((a, b) => a.span.start - b.span.start);
    } else {
      roots.push(symbol);
    }
  });
  roots.sort((a, b) => a.span.start - b.span.start);
  return roots;
}
