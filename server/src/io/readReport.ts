// Reads one report file from disk into text, or says in Chinese why it cannot.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { t } from '../l10n';
import { decodeReport, type Decoded, type EncodingChoice } from './decode';

/**
 * Larger files are refused before reading: a real report is well under 1 MB of text, and analysing tens of
 * megabytes (a log or a data dump named .txt) would take minutes and gigabytes of memory.
 */
export const maxReportBytes = 16 * 1024 * 1024;

export function readReportFile(path: string, choice: EncodingChoice = 'auto'): Decoded {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: t('这是文件夹，不是文件') };
    if (stat.size > maxReportBytes)
      return {
        ok: false,
        reason: t('文件太大（{0} MB，上限 {1} MB），不像是一份自评报告', megabytes(stat.size), megabytes(maxReportBytes)),
      };
    bytes = readFileSync(fd);
  } catch (e) {
    return { ok: false, reason: fileErrorReason(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeReport(bytes, choice);
}

function megabytes(n: number): string {
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
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
