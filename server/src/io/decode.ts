// Bytes → text of a report: byte-order marks, UTF-8, GB18030/GBK (files saved on Chinese Windows), and
// refusing what is not text at all (a PDF, a Word file, an image) with a reason the user can act on.
import { TextDecoder } from 'node:util';
import { t } from '../l10n';

/** What the user asked for: `auto` detects; the others force a decoding (a byte-order mark still wins). */
export type EncodingChoice = 'auto' | 'utf8' | 'gb18030';

/** What the bytes turned out to be. */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: DetectedEncoding }
  | { ok: false; reason: string };

export const encodingChoices: readonly EncodingChoice[] = ['auto', 'utf8', 'gb18030'];

export function decodeReport(bytes: Uint8Array, choice: EncodingChoice = 'auto'): Decoded {
  try {
    return decode(bytes, choice);
  } catch (e) {
    // A string too long for the engine and the like: a reason, never a crash.
    return { ok: false, reason: t('无法解码：{0}', e instanceof Error ? e.message : String(e)) };
  }
}

function decode(bytes: Uint8Array, choice: EncodingChoice): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict('utf-8', bytes.subarray(3));
    return text === undefined ? invalid('UTF-8') : { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    const text = strict('utf-16le', bytes.subarray(2));
    return text === undefined ? invalid('UTF-16') : { ok: true, text, encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    const text = strict('utf-16le', swapPairs(bytes.subarray(2)));
    return text === undefined ? invalid('UTF-16') : { ok: true, text, encoding: 'utf-16be' };
  }
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, reason: binary };

  if (choice === 'utf8') {
    const text = strict('utf-8', bytes);
    return text === undefined
      ? { ok: false, reason: t('不是有效的 UTF-8 文本（可试试 --encoding gb18030）') }
      : { ok: true, text, encoding: 'utf-8' };
  }
  if (choice === 'gb18030') {
    // UTF-8 Chinese is often valid GB18030 too, and reads as mojibake (报告 → 鎶ュ憡) without any error: a
    // forced GB18030 on bytes that are UTF-8 is refused rather than silently misread.
    if (!isAscii(bytes) && strict('utf-8', bytes) !== undefined)
      return { ok: false, reason: t('这是 UTF-8 文本，按 GB18030 读取会成为乱码（去掉 --encoding gb18030 或改用 --encoding utf8）') };
    const text = strict('gb18030', bytes);
    return text === undefined ? invalid('GB18030') : { ok: true, text, encoding: 'gb18030' };
  }
  // auto: valid UTF-8 is taken as UTF-8 (GBK text is practically never valid UTF-8); otherwise GB18030,
  // which also reads GBK and GB2312.
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, reason: t('既不是 UTF-8 也不是 GB18030/GBK 编码的文本') };
}

function invalid(encoding: string): Decoded {
  return { ok: false, reason: t('不是有效的 {0} 文本', encoding) };
}

/** Decodes, or undefined when the bytes are not valid in that encoding. */
function strict(encoding: string, bytes: Uint8Array): string | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    // A Node built without full ICU has no GB18030 decoder.
    throw new Error(t('此 Node.js 不支持 {0} 解码', encoding));
  }
  try {
    return decoder.decode(bytes);
  } catch (e) {
    if (e instanceof TypeError) return undefined;
    throw e;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (bytes.length % 2) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}

/** Why these bytes are not a text report, or undefined when they may well be one. */
function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return t('不是文本报告（这是 PDF 文件，请先把文字复制或另存为 .txt）');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return t('不是文本报告（这是 Word/Excel 文档或压缩包，请先另存为 .txt）');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return t('不是文本报告（这是 Word/Excel 文档，请先另存为 .txt）');
  if (bytes.indexOf(0) !== -1) return t('不是文本报告（含有二进制内容）');
  // Control characters other than TAB, LF, VT, FF, CR (Word's manual line break is VT) are rare in text:
  // many of them in the first few KB means a binary file without NUL bytes.
  const head = bytes.subarray(0, 4096);
  let controls = 0;
  for (const b of head) if (b < 0x20 && (b < 0x09 || b > 0x0d)) controls++;
  if (head.length > 0 && controls * 20 > head.length) return t('不是文本报告（含有二进制内容）');
  return undefined;
}
