// The analysis's time budget (issue #13): past its deadline analyze() gives up with AnalysisAbandoned at its next
// step; within it, the result is the same as without one. (The server's use: test/lsp/time-budget.test.ts.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analyze';
import { AnalysisAbandoned } from '../../server/src/deadline';

const seed = readFileSync(join(__dirname, '..', 'fixtures', 'seed-hengshan.txt'), 'utf8');
const codes = (a: ReturnType<typeof analyze>) => a.findings.map((f) => `${f.ruleId} ${f.span.start}`);

test('a deadline already past: analyze() throws AnalysisAbandoned, nothing half-done is returned', () => {
  assert.throws(() => analyze(seed, { deadline: Date.now() - 1 }), AnalysisAbandoned);
});

test('a deadline not reached: the same findings as without one', () => {
  const within = analyze(seed, { deadline: Date.now() + 60_000 });
  assert.ok(within.findings.length >= 7);
  assert.deepEqual(codes(within), codes(analyze(seed)));
});
