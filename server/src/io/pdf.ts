import type { ReadDocument } from './document';
import { t } from '../l10n';
export async function readPdf(_bytes: Uint8Array): Promise<ReadDocument> {
  return { ok: false, reason: t('暂不支持 PDF') };
}
