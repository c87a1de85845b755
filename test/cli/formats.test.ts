// The three output formats on a report with one wrong total and on one that adds up.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rules } from '../../server/src/rules/catalogue';
import {
  jixiao,
  mentionsThree,
  packageVersion,
  partCharacters,
  rightSanGong,
  tempDir,
  wrongFigure,
  writeFiles,
  wrongSanGong,
} from './run-cli';

const cwd = tempDir();
writeFiles(cwd, { '三公预算.txt': wrongSanGong, '三公决算.txt': rightSanGong });
const wrongUri = pathToFileURL(join(cwd, '三公预算.txt')).href;
const figure = {
  start: wrongFigure,
  end: { line: wrongFigure.line, character: wrongFigure.character + 1 },
};

test('text: one line per finding, path:line:col: 错误 message [rule], then the summary', () => {
  const r = jixiao(['check', '三公预算.txt'], cwd);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\n');
  assert.equal(lines.length, 3, r.stdout); // finding, summary, and the final newline
  const prefix = `三公预算.txt:3:${wrongFigure.character + 1}: 错误 `;
  assert.ok(lines[0].startsWith(prefix), `${lines[0]} should start with ${prefix}`);
  assert.ok(lines[0].endsWith(' [sum-of-parts]'), lines[0]);
  assert.match(lines[0].slice(prefix.length, -' [sum-of-parts]'.length), mentionsThree);
  assert.equal(lines[1], '1 个文件，1 个错误，0 个警告');
  assert.equal(lines[2], '');
  assert.equal(r.status, 1);
});

test('text: a report that adds up prints only the summary', () => {
  const r = jixiao(['check', '三公决算.txt'], cwd);
  assert.deepEqual(r, { status: 0, stdout: '1 个文件，0 个错误，0 个警告\n', stderr: '' });
});

test('json: one {file, diagnostics} per file, each diagnostic the LSP shape', () => {
  const r = jixiao(['check', '--format', 'json', '三公决算.txt', '三公预算.txt'], cwd);
  assert.equal(r.stderr, '');
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.map((f: { file: string }) => f.file),
    ['三公决算.txt', '三公预算.txt'],
  );
  assert.deepEqual(out[0].diagnostics, []);
  assert.equal(out[1].diagnostics.length, 1, r.stdout);
  const d = out[1].diagnostics[0];
  assert.deepEqual(Object.keys(d).sort(), ['code', 'data', 'message', 'range', 'relatedInformation', 'severity', 'source']);
  assert.deepEqual(d.range, figure);
  assert.equal(d.severity, 1);
  assert.equal(d.code, 'sum-of-parts');
  assert.equal(d.source, 'jixiao');
  assert.match(d.message, mentionsThree);
  // Related information points at the three parts (0, 1, 2) in the same file.
  for (const info of d.relatedInformation) assert.equal(info.location.uri, wrongUri);
  const relatedStarts = d.relatedInformation.map(
    (info: { location: { range: { start: { line: number; character: number } } } }) => info.location.range.start,
  );
  for (const character of partCharacters)
    assert.ok(
      relatedStarts.some((s: { line: number; character: number }) => s.line === 2 && s.character === character),
      `no related information at line 3, character ${character}: ${JSON.stringify(relatedStarts)}`,
    );
  // The fix replaces the 2 with 3.
  assert.deepEqual(d.data.fix.edits, [{ range: figure, newText: '3' }]);
  assert.equal(typeof d.data.fix.title, 'string');
  assert.equal(r.status, 1);
});

test('json: a report that adds up gives an empty diagnostics list, exit 0', () => {
  const r = jixiao(['check', '--format=json', '三公决算.txt'], cwd);
  assert.equal(r.stderr, '');
  assert.deepEqual(JSON.parse(r.stdout), [{ file: '三公决算.txt', diagnostics: [] }]);
  assert.equal(r.status, 0);
});

test('sarif: tool, rules from the catalogue, and the run envelope', () => {
  const r = jixiao(['check', '--format', 'sarif', '三公决算.txt'], cwd);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'jixiao');
  assert.equal(run.tool.driver.version, packageVersion);
  assert.deepEqual(
    run.tool.driver.rules.map((x: { id: string; shortDescription: { text: string } }) => [x.id, x.shortDescription.text]),
    rules.map((x) => [x.id, x.description]),
  );
  assert.deepEqual(run.results, []);
  assert.equal(run.invocations[0].executionSuccessful, true);
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(cwd + '/').href);
});

test('sarif: the rule catalogue lists sum-of-parts with a Chinese description', () => {
  const r = jixiao(['check', '--format', 'sarif', '三公决算.txt'], cwd);
  const rule = JSON.parse(r.stdout).runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'sum-of-parts');
  assert.ok(rule, 'sum-of-parts is not among tool.driver.rules');
  assert.match(rule.shortDescription.text, /[\u4e00-\u9fff]/);
});

test('sarif: the finding as a result with 1-based region, related locations and the fix', () => {
  const r = jixiao(['check', '--format', 'sarif', '三公预算.txt'], cwd);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 1);
  const run = JSON.parse(r.stdout).runs[0];
  assert.equal(run.results.length, 1, JSON.stringify(run.results));
  const result = run.results[0];
  assert.equal(result.ruleId, 'sum-of-parts');
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'sum-of-parts');
  assert.equal(result.level, 'error');
  assert.match(result.message.text, mentionsThree);
  const artifactLocation = { uri: encodeURIComponent('三公预算.txt'), uriBaseId: '%SRCROOT%' };
  const region = { startLine: 3, startColumn: wrongFigure.character + 1, endLine: 3, endColumn: wrongFigure.character + 2 };
  assert.deepEqual(result.locations, [{ physicalLocation: { artifactLocation, region } }]);
  const relatedColumns = result.relatedLocations.map(
    (l: { physicalLocation: { region: { startColumn: number } } }) => l.physicalLocation.region.startColumn,
  );
  for (const character of partCharacters) assert.ok(relatedColumns.includes(character + 1), JSON.stringify(relatedColumns));
  assert.deepEqual(result.fixes[0].artifactChanges, [
    { artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: '3' } }] },
  ]);
});
