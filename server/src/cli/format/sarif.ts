// SARIF 2.1.0 for code-scanning tools. Lines and columns are 1-based, columns in UTF-16 code units (SARIF's
// default columnKind); endColumn is the column just after the figure. Paths under the working folder are
// written relative to %SRCROOT%, others as file:// URLs.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Range } from '../../features/diagnostics';
import { t } from '../../l10n';
import { rules } from '../../rules/catalogue';
import type { Checked } from '../check';
import type { Problem } from '../collect';

const levels = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' } as const;

export function formatSarif(checked: Checked[], problems: Problem[], version: string, cwd: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const location = (absolute: string) => artifactLocation(absolute, cwd);
  const results = checked.flatMap((c) =>
    c.diagnostics.map((d) => result(d, location(c.input.absolute), ruleIndex.get(d.code))),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jixiao',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              ...(r.example ? { help: { text: t('例：{0}', r.example) } } : {}),
              defaultConfiguration: { level: levels[severityOf(r.severity)] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({
              level: 'error',
              message: { text: `${p.path}：${p.reason}` },
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function severityOf(s: string): 1 | 2 | 3 | 4 {
  return s === 'warning' ? 2 : s === 'information' ? 3 : s === 'hint' ? 4 : 1;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function artifactLocation(absolute: string, cwd: string): ArtifactLocation {
  const rel = relative(cwd, absolute);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel))
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(absolute).href };
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function result(d: Diagnostic, artifact: ArtifactLocation, index: number | undefined) {
  return {
    ruleId: d.code,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: levels[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(d.range) } }],
    ...(d.relatedInformation.length
      ? {
          relatedLocations: d.relatedInformation.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: { artifactLocation: artifact, region: region(r.location.range) },
          })),
        }
      : {}),
    ...(d.data.fix
      ? {
          fixes: [
            {
              description: { text: d.data.fix.title },
              artifactChanges: [
                {
                  artifactLocation: artifact,
                  replacements: d.data.fix.edits.map((e) => ({
                    deletedRegion: region(e.range),
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}
