// The fixture corpus: every report in test/fixtures is analysed and its findings at error or warning must be
// exactly those written by hand in the `.expected` file next to it, so any change in behaviour shows up as a
// reviewed diff. The bundled examples/ are pinned the same way, their `.expected` files kept in
// test/corpus/examples/ so the folder users open holds only reports. See test/fixtures/README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { analyze } from '../../server/src/analyze';
import { contractRuleIds } from '../unit/manifest/manifest';
import { rules } from '../../server/src/rules/catalogue';
import { computeLineStarts } from '../../server/src/report/lines';
import { decodeReport } from '../../server/src/io/decode';
import { compareKeys, figureOffsets, formatExpected, heldKey, heldKeys, lineOf, parseExpected, projectFindings } from './expected';

const fixtureDir = join(__dirname, '..', 'fixtures');
const exampleDir = join(__dirname, '..', '..', 'examples');
const exampleExpectedDir = join(__dirname, 'examples');

/** The rule ids of the contract (the brief's list); the corpus must exercise every one of them. */
const RULE_IDS = contractRuleIds;

/** Style findings (information/hint) are not pinned; more than this many in one report is noise. */
const MAX_STYLE_FINDINGS = 3;
/** Every report states relations that hold; fewer holding checks means the parser missed the report. */
const MIN_HOLDING_CHECKS = 3;

interface Report {
  /** Shown in test names: `seed-hengshan.txt`, `examples/….md`. */
  name: string;
  path: string;
  expectedPath: string;
}

function reportsIn(dir: string, expectedDir: string, prefix: string): Report[] {
  return readdirSync(dir)
    .filter((f) => (extname(f) === '.txt' || extname(f) === '.md') && f !== 'README.md')
    .sort()
    .map((f) => ({
      name: prefix + f,
      path: join(dir, f),
      expectedPath: join(expectedDir, basename(f, extname(f)) + '.expected'),
    }));
}

const fixtures = reportsIn(fixtureDir, fixtureDir, '');
const examples = reportsIn(exampleDir, exampleExpectedDir, 'examples/');
const all = [...fixtures, ...examples];

/** Reads a report as the CLI and the server do (BOM, UTF-8, GB18030 detection). */
function decode(r: Report) {
  const decoded = decodeReport(readFileSync(r.path));
  if (!decoded.ok) assert.fail(`${r.name}: ${decoded.reason}`);
  return decoded;
}

function load(r: Report) {
  const { text } = decode(r);
  const parsed = parseExpected(readFileSync(r.expectedPath, 'utf8'));
  return { text, parsed };
}

test('the corpus has at least 14 reports besides the seed, and every report its .expected', () => {
  assert.ok(fixtures.length >= 15, `only ${fixtures.length} fixtures`);
  assert.ok(examples.length >= 3, `only ${examples.length} examples`);
  const missing = all.filter((r) => !existsSync(r.expectedPath)).map((r) => r.name);
  assert.deepEqual(missing, [], `reports without .expected: ${missing.join(', ')}`);
  for (const [dir, reports] of [
    [fixtureDir, fixtures],
    [exampleExpectedDir, examples],
  ] as const) {
    const orphans = readdirSync(dir)
      .filter((f) => f.endsWith('.expected'))
      .filter((e) => !reports.some((r) => basename(r.expectedPath) === e));
    assert.deepEqual(orphans, [], `.expected without a report in ${dir}: ${orphans.join(', ')}`);
  }
});

test('the fixtures really have the forms their names claim (encoding, line ends)', () => {
  const byName = (part: string) => fixtures.filter((r) => r.name.includes(part));
  assert.ok(byName('gb18030').length >= 1 && byName('bom').length >= 1 && byName('crlf').length >= 2);
  for (const r of byName('gb18030')) assert.equal(decode(r).encoding, 'gb18030', r.name);
  for (const r of byName('bom')) assert.equal(decode(r).encoding, 'utf-8-bom', r.name);
  for (const r of byName('crlf')) {
    const text = decode(r).text;
    assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), `${r.name}: not CRLF throughout`);
  }
  for (const r of all.filter((r) => !/gb18030|bom/.test(r.name))) assert.equal(decode(r).encoding, 'utf-8', r.name);
});

test('the bundled seed example is the seed fixture, byte for byte', () => {
  const seed = readFileSync(join(fixtureDir, 'seed-hengshan.txt'));
  const example = readFileSync(join(exampleDir, '2023-衡山高新区-部门整体支出绩效自评报告.txt'));
  assert.ok(seed.equals(example), 'examples/2023-衡山高新区-部门整体支出绩效自评报告.txt differs from the seed');
});

// The hand-written expectations themselves: well formed, and each FIGURE really stands on its LINE.
for (const r of all) {
  test(`${r.name}: its .expected is well formed`, () => {
    const { text, parsed } = load(r);
    assert.deepEqual(parsed.problems, []);
    const starts = computeLineStarts(text);
    const ruleIds = new Set([...RULE_IDS, ...rules.map((x) => x.id)]);
    const places = [
      ...parsed.lines.map((e) => ({ ...e, where: `.expected line ${e.source}: ${formatExpected(e)}` })),
      ...parsed.holds.map((h) => ({ ...h, where: `.expected line ${h.source}: # ${h.notRead ? 'NOT READ YET' : 'HOLDS'}: ${heldKey(h)}` })),
    ];
    for (const e of parsed.lines) {
      const where = `.expected line ${e.source}: ${formatExpected(e)}`;
      assert.ok(e.severity === 'error' || e.severity === 'warning', `${where}: severity must be error or warning`);
      assert.ok(RULE_IDS.includes(e.ruleId), `${where}: unknown rule id`);
    }
    for (const e of places) {
      assert.ok(ruleIds.has(e.ruleId), `${e.where}: unknown rule id`);
      assert.ok(e.line >= 1 && e.line <= starts.length, `${e.where}: no such line`);
      const lineText = lineOf(text, starts, e.line);
      if (e.figure === '-') {
        assert.match(lineText, /^[\s\/\-—－]*$/, `${e.where}: the line is not a blank cell`);
        continue;
      }
      const count = figureOffsets(lineText, e.figure).length;
      assert.ok(count > 0, `${e.where}: "${e.figure}" is not on line ${e.line}: ${lineText}`);
      // Two equal figures on one line: the line must say which one (`FIGURE@N`), and only then.
      if (count > 1) assert.ok(e.occurrence !== undefined && e.occurrence <= count, `${e.where}: "${e.figure}" stands ${count} times on line ${e.line}: write ${e.figure}@N`);
      else assert.equal(e.occurrence, undefined, `${e.where}: "${e.figure}" stands once on line ${e.line}: no @N`);
    }
  });
}

test('every rule id is exercised by at least one expected finding', () => {
  const used = new Set<string>();
  for (const r of fixtures) for (const e of load(r).parsed.lines) used.add(e.ruleId);
  // Hints are not pinned in .expected (error and warning only): a rule that only hints is tested in its unit tests.
  const hintsOnly = new Set(rules.filter((r) => r.severity === 'hint' || r.severity === 'information').map((r) => r.id));
  const ids = new Set([...RULE_IDS, ...rules.map((r) => r.id)].filter((id) => !hintsOnly.has(id)));
  const unused = [...ids].filter((id) => !used.has(id));
  assert.deepEqual(unused, [], `rule ids no fixture expects: ${unused.join(', ')}`);
});

for (const r of all) {
  const file = r.name;
  test(`${file}: findings at error/warning are exactly those in its .expected, and its pinned relations hold`, () => {
    const { text, parsed } = load(r);
    const analysis = analyze(text, { format: extname(r.path) === '.md' ? 'md' : 'txt' });
    const actual = projectFindings(text, analysis);
    const actualKeys = actual.map((a) => a.key).sort(compareKeys);
    const expectedKeys = parsed.lines.map(formatExpected).sort(compareKeys);
    const missing = expectedKeys.filter((k) => !actualKeys.includes(k));
    const unexpected = actual.filter((a) => !expectedKeys.includes(a.key)).sort((a, b) => compareKeys(a.key, b.key));
    const diff = [
      ...missing.map((k) => `- ${k}    (expected, not found)`),
      ...unexpected.map((a) => `+ ${a.key}    (found, not expected) ${a.message}`),
    ].join('\n');
    assert.deepEqual(actualKeys, expectedKeys, `${file} differs from its .expected:\n${diff}`);

    const style = analysis.findings.filter((f) => f.severity === 'information' || f.severity === 'hint');
    assert.ok(
      style.length <= MAX_STYLE_FINDINGS,
      `${file}: ${style.length} information/hint findings (at most ${MAX_STYLE_FINDINGS}):\n` +
        style.map((f) => `${f.ruleId} ${f.message}`).join('\n'),
    );
    const holding = analysis.checks.filter((c) => c.holds).length;
    assert.ok(holding >= MIN_HOLDING_CHECKS, `${file}: only ${holding} relations checked and holding`);

    // The relations the report is there to show hold, each checked: a reader that stops understanding a
    // construct (full-width digits, a 分别占 list, an identity) fails here even where the construct is right.
    const held = heldKeys(text, analysis);
    const lost = parsed.holds.filter((h) => !h.notRead && !held.has(heldKey(h)));
    assert.deepEqual(
      lost.map((h) => `# HOLDS: ${heldKey(h)} — ${h.note}`),
      [],
      `${file}: relations pinned as holding that were not checked or do not hold`,
    );
    const nowRead = parsed.holds.filter((h) => h.notRead && held.has(heldKey(h)));
    assert.deepEqual(
      nowRead.map((h) => `# NOT READ YET: ${heldKey(h)}`),
      [],
      `${file}: relations recorded as not read yet are read and hold now: make them # HOLDS lines`,
    );
  });
}
