// Small helpers for the Markdown of hover cards.

/** Escapes the characters that would turn report text into Markdown syntax. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_|<>[\]]/g, (c) => '\\' + c);
}

/** A Markdown table; `align` per column: 'l' or 'r' (numbers right-aligned so their digits line up). */
export function markdownTable(header: string[], rows: string[][], align: Array<'l' | 'r'>): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = `|${align.map((a) => (a === 'r' ? '--:' : ':--')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
