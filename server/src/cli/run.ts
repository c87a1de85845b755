// `jixiao …`: arguments in, text on stdout/stderr out, exit status returned. 0 no errors, 1 errors found,
// 2 a usage error or an input that could not be read (the other inputs are still checked). `jixiao text FILE`
// prints the text jixiao analyses for a file (what a Word, Excel or PDF reader extracted).
import { t } from '../l10n';
import { parseArgs } from './args';
import { checkInputs } from './check';
import { collectInputs, type Problem } from './collect';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { readDocument } from '../io/readDocument';
import { helpText, usageHint } from './usage';
import { version } from './version';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(helpText(version));
      return 0;
    case 'version':
      io.stdout(version + '\n');
      return 0;
    case 'usage-error':
      io.stderr(`jixiao：${command.message}\n${usageHint()}\n`);
      return 2;
  }
  if (command.kind === 'text') {
    const read = await readDocument(command.path, command.encoding, command.maxBytes);
    if (!read.ok) {
      io.stderr(t('jixiao：无法读取 {0}：{1}', command.path, read.reason) + '\n');
      return 2;
    }
    io.stdout(read.text.endsWith('\n') || read.text === '' ? read.text : read.text + '\n');
    return 0;
  }
  const collected = collectInputs(command.paths);
  const { checked, problems: unreadable } = await checkInputs(collected.inputs, command.encoding, command.maxBytes);
  const problems: Problem[] = [...collected.problems, ...unreadable];
  for (const p of problems) io.stderr(t('jixiao：无法读取 {0}：{1}', p.path, p.reason) + '\n');

  if (command.format === 'json') io.stdout(formatJson(checked));
  else if (command.format === 'sarif') io.stdout(formatSarif(checked, problems, version, io.cwd));
  else io.stdout(formatText(checked, problems.length));

  if (problems.length > 0) return 2;
  return checked.some((c) => c.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}
