// Reads the parts of a .docx/.xlsx (a ZIP archive) with fflate, refusing archives that inflate to more than a
// limit (a "zip bomb": a few KB that unpack to gigabytes), and turning broken or encrypted archives into a
// reason instead of an exception. Inflating is streamed, so the limit holds whatever sizes the headers claim.
import { Unzip, UnzipInflate } from 'fflate';
import { t } from '../l10n';

/** The most a Word or Excel file may unpack to: a long real report is a few MB of XML. */
export const maxUnzippedBytes = 256 * 1024 * 1024;

export type Parts = { ok: true; parts: Map<string, Uint8Array> } | { ok: false; reason: string };

/** The entries whose names `wanted` accepts, inflated. */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limit = maxUnzippedBytes): Parts {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  let failure: string | undefined;
  let pending = 0;
  try {
    const unzip = new Unzip((file) => {
      if (failure || !wanted(file.name)) return;
      const chunks: Uint8Array[] = [];
      pending++;
      file.ondata = (err, chunk, final) => {
        if (failure) return;
        if (err) {
          failure = t('文件已损坏（{0}）', err.message);
          return;
        }
        total += chunk.length;
        if (total > limit) {
          failure = t('文件解压后超过 {0} MB，不像是一份报告（可能是压缩炸弹）', Math.round(limit / 1024 / 1024));
          file.terminate();
          return;
        }
        chunks.push(chunk);
        if (final) {
          parts.set(file.name, concat(chunks));
          pending--;
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(bytes, true);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(message)) return { ok: false, reason: t('文件已加密，请先去掉打开密码再检查') };
    return { ok: false, reason: failure ?? t('文件已损坏或不完整（{0}）', message) };
  }
  if (failure) return { ok: false, reason: failure };
  if (pending > 0) return { ok: false, reason: t('文件不完整（可能只复制了一部分）') };
  return { ok: true, parts };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
