// Any file jixiao checks → the text it analyses: .txt/.md decoded as before, .docx/.xlsx/.pdf through their
// readers (with the places a Word/Excel/PDF user can find), and the old binary formats (.doc/.xls/.wps/.et)
// refused with the conversion that makes them readable. PDF support (pdfjs, large) is loaded only when a PDF
// is read, and only the command line uses this module, so the language server does not carry it.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { t } from '../l10n';
import type { EncodingChoice } from './decode';
import type { Place } from './document';
import { readDocx } from './docx';
import { fileErrorReason, readReportFile } from './readReport';
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
  if (kind === 'legacy') {
    const target = legacy[extname(path).toLowerCase()];
    return {
      ok: false,
      reason: t(
        '旧的 {0} 格式无法直接检查，请先转换为 .{1}：soffice --headless --convert-to {1} "{2}"（或在 WPS/Office 中另存为 .{1}）',
        extname(path).toLowerCase(),
        target,
        basename(path),
      ),
    };
  }
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: t('这是文件夹，不是文件') };
    if (stat.size > maxDocumentBytes)
      return { ok: false, reason: t('文件太大（{0} MB，上限 {1} MB）', Math.round(stat.size / 1048576), maxDocumentBytes / 1048576) };
    bytes = readFileSync(fd);
  } catch (e) {
    return { ok: false, reason: fileErrorReason(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const read =
    kind === 'docx' ? readDocx(bytes) : kind === 'xlsx' ? readXlsx(bytes) : await (await import('./pdf.js')).readPdf(bytes);
  if (!read.ok) return read;
  return { ok: true, text: read.text, format: 'txt', places: read.places };
}
