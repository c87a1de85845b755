// jixiao/readDocument: the text of a Word, Excel or PDF file for the editor's read-only view of it. The server
// has the readers (server/src/io), loaded on the first such file: in the bundle they are dist/documents.js and
// dist/pdf.js (see esbuild.mjs), so the server starts as fast as without them.
import { fileURLToPath } from 'node:url';
import { type ReadDocumentParams, type ReadDocumentResult, documentViewScheme } from '../../../protocol/messages';
import { t } from '../l10n';

/** A read-only view of a Word, Excel or PDF file (nothing in it can be edited, so no fix is offered there). */
export function isDocumentView(uri: string): boolean {
  return uri.startsWith(`${documentViewScheme}:`);
}

export async function readDocumentView(params: ReadDocumentParams): Promise<ReadDocumentResult> {
  let url: URL;
  try {
    url = new URL(params.uri);
  } catch {
    return { ok: false, reason: t('无效的文件地址：{0}', params.uri) };
  }
  const path = decodeURIComponent(url.pathname);
  const { extractDocument, isDocumentKind, kindOf, legacyReason, readDocument } = await import('../io/readDocument.js');
  const kind = kindOf(path);
  if (kind === 'legacy') return { ok: false, reason: legacyReason(path) };
  if (!isDocumentKind(kind)) return { ok: false, reason: t('不是 Word、Excel 或 PDF 文件') };
  if (typeof params.data === 'string') {
    const r = await extractDocument(path, Buffer.from(params.data, 'base64'));
    return r.ok ? { ok: true, text: r.text, places: r.places } : r;
  }
  if (url.protocol !== 'file:') return { ok: false, reason: t('无法读取（{0}）', url.protocol) };
  const r = await readDocument(fileURLToPath(url));
  return r.ok ? { ok: true, text: r.text, places: r.places ?? [] } : r;
}
