// Which files are (probably) reports, and under which language id to send them. Plain logic: the patterns come
// from the manifest (contributes.languages[jixiao].filenamePatterns / firstLine), the one place they are written.

export interface ReportPatterns {
  /** Globs on the file name, e.g. `*自评报告*.txt` (only `*` and `?` are special). */
  filenamePatterns: string[];
  /** The `firstLine` regular expression of the jixiao language. */
  firstLine: string;
}

export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** The file name part of a path or URI path. */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

export function isReportFileName(path: string, patterns: ReportPatterns): boolean {
  const name = baseName(path);
  return patterns.filenamePatterns.some((g) => globToRegExp(g).test(name));
}

/** The first line that is not blank, without a BOM, a Markdown `#` prefix or surrounding spaces. */
export function firstTextLine(text: string): string {
  const head = text.slice(0, 4000).replace(/^\uFEFF/, '');
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '') return line.replace(/^\s*#{1,6}\s+/, '').trim();
  }
  return '';
}

/** True when the first line of text is a report title (the manifest's `firstLine` expression). */
export function hasReportTitle(text: string, patterns: ReportPatterns): boolean {
  const line = firstTextLine(text);
  if (line === '') return false;
  try {
    return new RegExp(patterns.firstLine).test(line);
  } catch {
    return false;
  }
}

/**
 * Worth sending to the server in a workspace check: a report file name, a report title, or an opening that
 * names a performance self-evaluation. The server still decides; this only keeps unrelated notes and logs out.
 */
export function mayBeReport(path: string, text: string, patterns: ReportPatterns): boolean {
  if (isReportFileName(path, patterns) || hasReportTitle(text, patterns)) return true;
  const head = text.slice(0, 2000);
  return head.includes('绩效') && /自评|评价/.test(head);
}

/** The language id a file would open with: jixiao by name, markdown by extension, else plain text. */
export function languageIdForPath(path: string, patterns: ReportPatterns): string {
  if (isReportFileName(path, patterns)) return 'jixiao';
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}
