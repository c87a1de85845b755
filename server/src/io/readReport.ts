// Reads one report file from disk into text, or says in Chinese why it cannot.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { t } from '../l10n';
import { decodeReport, type Decoded, type EncodingChoice } from './decode';

/**
 * Larger files are refused before reading: a real report is well under 1 MB of text, and analysing tens of
 * megabytes (a log or a data dump named .txt) would take minutes and gigabytes of memory.
 */
export const maxReportBytes = 16 * 1024 * 1024;

/**
 * `maxBytes`: the size limit (the CLI's --max-size); a larger file is skipped with a reason, unread. Never writes
 * to the file, and never blocks on one that is not a regular file (a FIFO is opened non-blocking, then refused).
 */
export function readReportFile(path: string, choice: EncodingChoice = 'auto', maxBytes = maxReportBytes): Decoded {
  const read = readRegularFile(path, maxBytes, (size) =>
    t('文件太大（{0} MB，上限 {1} MB），已跳过；可用 --max-size 调整上限', megabytes(size), megabytes(maxBytes)),
  );
  return read.ok ? decodeReport(read.bytes, choice) : read;
}

/**
 * The bytes of a regular file of at most `maxBytes`, or why not: a folder, a FIFO, a device or a socket is refused
 * before a byte is read (opened non-blocking, so a FIFO without a writer cannot hang the reader), a larger file
 * gets `tooLarge(size)`.
 */
export function readRegularFile(
  path: string,
  maxBytes: number,
  tooLarge: (size: number) => string,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever (Windows has no such flag).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: t('这是文件夹，不是文件') };
    if (!stat.isFile()) return { ok: false, reason: t('不是普通文件（是管道、设备或套接字）') };
    if (stat.size > maxBytes) return { ok: false, reason: tooLarge(stat.size) };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    return { ok: false, reason: fileErrorReason(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function megabytes(n: number): string {
  if (n > 0 && n < 0.1 * 1024 * 1024) return String(Number((n / 1024 / 1024).toPrecision(2)));
  return (n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1);
}

/** A Chinese reason for a file-system error (ENOENT, EACCES …). */
export function fileErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return t('文件或文件夹不存在');
    case 'EACCES':
    case 'EPERM':
      return t('没有读取权限');
    case 'EISDIR':
      return t('这是文件夹，不是文件');
    case 'ERR_FS_FILE_TOO_LARGE':
      return t('文件太大，无法读取');
    case 'ENOTDIR':
      return t('路径中有一段不是文件夹');
    case 'ELOOP':
      return t('符号链接循环');
    case 'ENAMETOOLONG':
      return t('路径太长');
    case 'EIO':
      return t('读取时出现输入输出错误（磁盘或网络盘）');
    case 'EMFILE':
    case 'ENFILE':
      return t('同时打开的文件太多');
    default:
      return code ? t('无法读取（{0}）', code) : e instanceof Error ? e.message : String(e);
  }
}
