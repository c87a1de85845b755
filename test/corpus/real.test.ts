// The real set: excerpts of published reports with the slips a reader found by hand (test/corpus/real.ts for the
// format). Each slip not marked KNOWN MISS must be reported, and every finding must be one of the slips or a
// recorded KNOWN FALSE ALARM, so the scoreboard (`npm run accuracy`) can only go up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeLineStarts } from '../../server/src/report/lines';
import { loadReal, matches, placesOf, realDir, realReports, seenFindings } from './real';

const reports = realReports();

test('the real set: at least 80 excerpts, each with its .expected and its address in SOURCES*.md', () => {
  assert.ok(reports.length >= 80, `only ${reports.length} real excerpts`);
  const sources = readdirSync(realDir)
    .filter((f) => /^SOURCES.*\.md$/.test(f))
    .map((f) => readFileSync(join(realDir, f), 'utf8'))
    .join('\n');
  for (const r of reports) {
    assert.ok(existsSync(r.expectedPath), `${r.name} has no .expected`);
    assert.match(readFileSync(r.expectedPath, 'utf8'), /^# SOURCE: https?:\/\/\S+/, `${r.name}: .expected starts with its address`);
    assert.ok(sources.includes(`| ${r.name} |`), `${r.name} is not listed in SOURCES.md`);
  }
});

for (const r of reports) {
  test(`real/${r.name}`, () => {
    const { text, expected, analysis } = loadReal(r);
    assert.deepEqual(expected.problems, []);
    const starts = computeLineStarts(text);
    for (const s of expected.slips) {
      assert.ok(s.line >= 1 && s.line <= starts.length, `.expected line ${s.source}: no line ${s.line}`);
      const lineText = (n: number) => text.slice(starts[n - 1] ?? text.length, n < starts.length ? starts[n] : text.length);
      for (const p of placesOf(s)) assert.ok(lineText(p.line).includes(p.figure), `.expected line ${s.source}: ${p.figure} is not on line ${p.line}`);
    }
    const seen = seenFindings(text, analysis);
    const missing = expected.slips.filter((s) => !s.knownMiss && !seen.some((f) => matches(s, f)));
    const unexpected = seen.filter(
      (f) =>
        !expected.slips.some((s) => matches(s, f)) &&
        !expected.knownFalseAlarms.some((k) => k.line === f.line && k.figure === f.figure && k.ruleId === f.ruleId),
    );
    assert.deepEqual(
      [...missing.map((s) => `- ${s.line} ${s.ruleId} ${s.figures.join('|')} (a slip, not reported)`), ...unexpected.map((f) => `+ ${f.line} ${f.ruleId} ${f.figure} (a false alarm) ${f.message}`)],
      [],
    );
  });
}
