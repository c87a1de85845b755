// Which documents the language server sees. Files on disk and untitled documents; and, since the extension
// declares virtual-workspace support, documents of the workspace's own virtual file system (e.g. `vscode-vfs`
// of Remote Repositories): the server needs only the text, which the client sends. Not views of a file that are
// not the file (git diffs, source control, output, PR reviews): their findings would crowd the Problems panel.
// Plain logic, no vscode.
import { documentViewScheme } from '../../protocol/messages';

/** Markdown and plain-text files are sent too: the server decides whether one is a report. */
export const languages = ['jixiao', 'markdown', 'plaintext'] as const;

/** `jixiao-doc`: the read-only views of Word, Excel and PDF files (documentViews.ts), in the jixiao language only. */
const documentViews = documentViewScheme;
const always = ['file', 'untitled', documentViews];
const viewSchemes = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'vscode-notebook-cell-output', 'vscode-userdata', 'vscode-settings']);

/** `file`, `untitled`, then the other schemes of the workspace folders (a virtual workspace's), each once. */
export function checkedSchemes(workspaceFolderSchemes: readonly string[]): string[] {
  const out = [...always];
  for (const s of workspaceFolderSchemes) if (!out.includes(s) && !viewSchemes.has(s)) out.push(s);
  return out;
}

export interface SchemeLanguageFilter {
  scheme: string;
  language: string;
}

/** One filter per scheme and language (a VS Code document filter matches when all its fields do). */
export function documentSelector(schemes: readonly string[]): SchemeLanguageFilter[] {
  return schemes.flatMap((scheme) =>
    scheme === documentViews ? [{ scheme, language: 'jixiao' }] : languages.map((language) => ({ scheme, language })),
  );
}
