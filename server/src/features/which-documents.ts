// Which open documents jixiao checks, and in which format: the `jixiao` language always; Markdown when its
// title or first heading names a 自评报告; plain text when its first non-empty line looks like a report title.

export type ReportFormat = 'txt' | 'md';

/** Only the head of the document decides; a title further down is not a title. */
const HEAD = 4000;

/** `2023年度部门整体支出绩效自评报告`, `项目支出绩效自评表` … : 绩效 together with 自评 or 报告. */
export function namesReport(line: string): boolean {
  return line.includes('绩效') && (line.includes('自评') || line.includes('报告'));
}

function isMarkdownPath(uri: string): boolean {
  return /\.(md|markdown)$/i.test(uri.replace(/[?#].*$/, ''));
}

function firstNonEmptyLine(lines: string[]): string | undefined {
  return lines.find((l) => l.trim() !== '');
}

/** Markdown: the first non-empty line (after any front matter), or the first `#` heading. */
function markdownNamesReport(text: string): boolean {
  let lines = text.slice(0, HEAD).split(/\r\n|\r|\n/);
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (close > 0) lines = lines.slice(close + 1);
  }
  const first = firstNonEmptyLine(lines);
  if (first !== undefined && namesReport(first)) return true;
  const heading = lines.find((l) => /^\s{0,3}#{1,6}\s/.test(l));
  return heading !== undefined && namesReport(heading);
}

/** The format to analyze the document in, or undefined when jixiao leaves it alone. */
export function reportFormat(languageId: string, uri: string, text: string): ReportFormat | undefined {
  switch (languageId) {
    case 'jixiao':
      return isMarkdownPath(uri) ? 'md' : 'txt';
    case 'markdown':
      return markdownNamesReport(text) ? 'md' : undefined;
    case 'plaintext': {
      const first = firstNonEmptyLine(text.slice(0, HEAD).split(/\r\n|\r|\n/));
      return first !== undefined && namesReport(first) ? 'txt' : undefined;
    }
    default:
      return undefined;
  }
}
