// Any file jixiao checks → the text it analyses: .txt/.md decoded as before, .docx/.xlsx/.pdf through their
// readers (with the places a Word/Excel/PDF user can find), and the old binary formats (.doc/.xls/.wps/.et)
// refused with the conversion that makes them readable. The command line and the language server (for its
// read-only views of Word, Excel and PDF files) both read through here. PDF support (pdfjs, 1.6 MB) is a bundle
// of its own (dist/pdf.js, see esbuild.mjs) required only when a PDF is read, so neither starts slower for it.
import { basename, extname } from 'node:path';
import { t } from '../l10n';
import type { EncodingChoice } from './decode';
import type { Place, ReadDocument } from './document';
import { readDocx } from './docx';
import { readRegularFile, readReportFile } from './readReport';
import { readXlsx } from './xlsx';

export type DocumentKind = 'txt' | 'md' | 'docx' | 'xlsx' | 'pdf' | 'legacy';

export type ReadResult =
  | { ok: true; text: string; format: 'txt' | 'md'; places?: Place[] }
  | { ok: false; reason: string };

/** Word, Excel and PDF files may be larger than a text report (pictures, fonts); their text is checked after. */
export const maxDocumentBytes = 128 * 1024 * 1024;

const legacy: Record<string, string> = { '.doc': 'docx', '.wps': 'docx', '.xls': 'xlsx', '.et': 'xlsx' };

export function kindOf(path: string): DocumentKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.docx' || ext === '.docm') return 'docx';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.pdf') return 'pdf';
  if (ext in legacy) return 'legacy';
  return 'txt';
}

/** The extensions a folder is searched for. */
export const documentExtensions = new Set(['.txt', '.md', '.markdown', '.docx', '.docm', '.xlsx', '.xlsm', '.pdf', ...Object.keys(legacy)]);

/** `maxBytes` limits a text report (the CLI's --max-size); Word, Excel and PDF files have maxDocumentBytes. */
export async function readDocument(path: string, encoding: EncodingChoice = 'auto', maxBytes?: number): Promise<ReadResult> {
  const kind = kindOf(path);
  if (kind === 'txt' || kind === 'md') {
    const r = readReportFile(path, encoding, maxBytes);
    return r.ok ? { ok: true, text: r.text, format: kind } : r;
  }
  if (kind === 'legacy') return { ok: false, reason: legacyReason(path) };
  const read = readRegularFile(path, maxDocumentBytes, (size) =>
    t('文件太大（{0} MB，上限 {1} MB）', Math.round(size / 1048576), maxDocumentBytes / 1048576),
  );
  if (!read.ok) return read;
  const extracted = await extractDocument(path, read.bytes);
  if (!extracted.ok) return extracted;
  return { ok: true, text: extracted.text, format: 'txt', places: extracted.places };
}

/** The kinds with a reader of their own (the view of such a file in the editor is their text). */
export function isDocumentKind(kind: DocumentKind): kind is 'docx' | 'xlsx' | 'pdf' {
  return kind === 'docx' || kind === 'xlsx' || kind === 'pdf';
}

/** The text of a Word, Excel or PDF file's bytes; `name` (a path or file name) says which by its extension. */
export async function extractDocument(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const kind = kindOf(name);
  if (kind === 'docx') return readDocx(bytes);
  if (kind === 'xlsx') return readXlsx(bytes);
  if (kind === 'pdf') return (await import('./pdf.js')).readPdf(bytes);
  if (kind === 'legacy') return { ok: false, reason: legacyReason(name) };
  return { ok: false, reason: t('不是 Word、Excel 或 PDF 文件') };
}

/** Why a .doc/.xls/.wps/.et file is not read, and the conversion that makes it readable. */
export function legacyReason(path: string): string {
  const target = legacy[extname(path).toLowerCase()];
  return t(
    '旧的 {0} 格式无法直接检查，请先转换为 .{1}：soffice --headless --convert-to {1} "{2}"（或在 WPS/Office 中另存为 .{1}）',
    extname(path).toLowerCase(),
    target,
    basename(path),
  );
}
