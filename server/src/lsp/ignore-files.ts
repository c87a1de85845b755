// The `.jixiao-ignore` file beside each report (report/ignores.ts), as the server sees it: the open document's
// text when the editor has it open (an ignore just applied may not be saved yet), else the file on disk, read
// again only when its modification time or size changes. Reports that are not files (untitled, virtual file
// systems) have no ignore file: "ignore" marks their line instead.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IGNORE_FILE_NAME, ignoresOfFile, parseIgnoreFile, type StoredIgnore } from '../report/ignores';

export interface IgnoreFileLocation {
  /** URI of the `.jixiao-ignore` beside the report. */
  uri: string;
  /** The report's file name, as entries name it. */
  reportName: string;
}

/** Where the ignore file of a `file:` report is; undefined for other schemes. */
export function ignoreFileOf(reportUri: string): IgnoreFileLocation | undefined {
  if (!reportUri.startsWith('file:')) return undefined;
  const path = reportUri.replace(/[?#].*$/, '');
  const slash = path.lastIndexOf('/');
  if (slash < 0 || slash === path.length - 1) return undefined;
  let reportName: string;
  try {
    reportName = decodeURIComponent(path.slice(slash + 1));
  } catch {
    return undefined;
  }
  return { uri: path.slice(0, slash + 1) + IGNORE_FILE_NAME, reportName };
}

export function isIgnoreFile(uri: string): boolean {
  return uri.replace(/[?#].*$/, '').endsWith('/' + IGNORE_FILE_NAME);
}

interface Read {
  mtimeMs: number;
  size: number;
  text: string;
  ignores: StoredIgnore[];
}

export class IgnoreFiles {
  private disk = new Map<string, Read>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  /** The ignore file's text; undefined when it does not exist. */
  text(ignoreUri: string): string | undefined {
    const open = this.documents.get(ignoreUri);
    if (open) return open.getText();
    return this.read(ignoreUri)?.text;
  }

  /** The version of the ignore file open in the editor, or null when it is not open. */
  version(ignoreUri: string): number | null {
    return this.documents.get(ignoreUri)?.version ?? null;
  }

  /** The stored ignores of the report at `reportUri`. */
  ignoresOf(reportUri: string): StoredIgnore[] {
    const at = ignoreFileOf(reportUri);
    if (!at) return [];
    const open = this.documents.get(at.uri);
    const all = open ? parseIgnoreFile(open.getText()) : (this.read(at.uri)?.ignores ?? []);
    return ignoresOfFile(all, at.reportName);
  }

  /** An ignore file changed on disk: read it again next time. */
  invalidate(): void {
    this.disk.clear();
  }

  private read(ignoreUri: string): Read | undefined {
    let path: string;
    try {
      path = fileURLToPath(ignoreUri);
    } catch {
      return undefined;
    }
    try {
      // Most reports have no ignore file: asked on every analysis, a missing file must not cost a thrown error.
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st?.isFile()) {
        this.disk.delete(path);
        return undefined;
      }
      const hit = this.disk.get(path);
      if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
      const text = readFileSync(path, 'utf8');
      const read = { mtimeMs: st.mtimeMs, size: st.size, text, ignores: parseIgnoreFile(text) };
      this.disk.set(path, read);
      return read;
    } catch {
      this.disk.delete(path);
      return undefined;
    }
  }
}
