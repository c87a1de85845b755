// `jixiao …`: arguments in, text on stdout/stderr out, exit status returned. 0 no errors, 1 errors found,
// 2 a usage error or an input that could not be read (the other inputs are still checked).
import { t } from '../l10n';
import { parseArgs } from './args';
import { checkInputs } from './check';
import { collectInputs, type Problem } from './collect';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { helpText, usageHint } from './usage';
import { version } from './version';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export function runCli(argv: string[], io: CliIo): number {
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
  const collected = collectInputs(command.paths);
  const { checked, problems: unreadable } = checkInputs(collected.inputs, command.encoding);
  const problems: Problem[] = [...collected.problems, ...unreadable];
  for (const p of problems) io.stderr(t('jixiao：无法读取 {0}：{1}', p.path, p.reason) + '\n');

  if (command.format === 'json') io.stdout(formatJson(checked));
  else if (command.format === 'sarif') io.stdout(formatSarif(checked, problems, version, io.cwd));
  else io.stdout(formatText(checked, problems.length));

  if (problems.length > 0) return 2;
  return checked.some((c) => c.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}
