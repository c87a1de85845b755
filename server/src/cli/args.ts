// Command-line arguments → what to do. Never throws: a bad argument becomes a usage error with a message.
import { encodingChoices, type EncodingChoice } from '../io/decode';
import { maxReportBytes } from '../io/readReport';
import { t } from '../l10n';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const outputFormats: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; format: OutputFormat; encoding: EncodingChoice; paths: string[]; maxBytes: number }
  | { kind: 'text'; encoding: EncodingChoice; path: string; maxBytes: number }
  | { kind: 'usage-error'; message: string };

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) return { kind: 'usage-error', message: t('缺少命令') };
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first === '--version' || first === '-v' || first === '-V') return { kind: 'version' };
  if (first.startsWith('-')) return { kind: 'usage-error', message: t('未知选项：{0}', first) };
  if (first === 'text') {
    const parsed = parseCheck(rest);
    if (parsed.kind !== 'check') return parsed;
    if (parsed.format !== 'text' || rest.some((a) => a.startsWith('--format')))
      return { kind: 'usage-error', message: t('未知选项：{0}', '--format') };
    if (parsed.paths.length !== 1) return { kind: 'usage-error', message: t('jixiao text 只接受一个文件') };
    return { kind: 'text', encoding: parsed.encoding, path: parsed.paths[0], maxBytes: parsed.maxBytes };
  }
  if (first !== 'check') return { kind: 'usage-error', message: t('未知命令：{0}（可用的命令：check、text）', first) };
  return parseCheck(rest);
}

function parseCheck(args: string[]): Command {
  let format: OutputFormat = 'text';
  let encoding: EncodingChoice = 'auto';
  let maxBytes = maxReportBytes;
  const paths: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version' || arg === '-v' || arg === '-V') return { kind: 'version' };
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name !== '--format' && name !== '--encoding' && name !== '--max-size') return { kind: 'usage-error', message: t('未知选项：{0}', name) };
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i];
    if (value === undefined || value === '') return { kind: 'usage-error', message: t('选项 {0} 缺少取值', name) };
    if (name === '--format') {
      if (!(outputFormats as readonly string[]).includes(value))
        return { kind: 'usage-error', message: t('{0} 的取值无效：{1}（可选：{2}）', name, value, outputFormats.join('、')) };
      format = value as OutputFormat;
    } else if (name === '--max-size') {
      // In MB (decimals allowed): files larger than this are skipped, unread.
      const mb = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
      if (!(mb > 0)) return { kind: 'usage-error', message: t('{0} 的取值无效：{1}（应为大于 0 的 MB 数，如 20）', name, value) };
      maxBytes = Math.floor(mb * 1024 * 1024);
    } else {
      const normalized = value.toLowerCase().replace(/^utf-8$/, 'utf8').replace(/^gbk$/, 'gb18030');
      if (!(encodingChoices as readonly string[]).includes(normalized))
        return { kind: 'usage-error', message: t('{0} 的取值无效：{1}（可选：{2}）', name, value, encodingChoices.join('、')) };
      encoding = normalized as EncodingChoice;
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: t('缺少要检查的文件或文件夹') };
  return { kind: 'check', format, encoding, paths, maxBytes };
}
