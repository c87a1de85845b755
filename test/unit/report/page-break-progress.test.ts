// The reader always moves forward at a page break (report/parse.ts). A fragment-property counterexample (saved in
// inputs/furniture-break-loop.txt: a line as wide as the page, then a page's furniture) made the page-break step end
// on the line it started at, and the parse looped forever — an editor frozen by one paste. Read in a child process,
// so that a loop fails the test on its time limit instead of hanging the suite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const input = join(__dirname, 'inputs/furniture-break-loop.txt');
const analyzeModule = join(__dirname, '../../../server/src/analyze.ts');
const script = `
const { readFileSync } = require('node:fs');
const { analyze } = require(${JSON.stringify(analyzeModule)});
const text = readFileSync(${JSON.stringify(input)}, 'utf8');
const { report } = analyze(text, { format: 'txt' });
const last = report.paragraphs[report.paragraphs.length - 1];
process.stdout.write(String(last ? last.span.end : -1) + ' ' + text.length);
`;

describe('page breaks always move the reader on', () => {
  it('the fragment counterexample is read to its end, within seconds', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { timeout: 30_000, encoding: 'utf8' });
    assert.equal(run.signal, null, 'the analysis did not finish in 30 s');
    assert.equal(run.status, 0, run.stderr);
    const [end, length] = run.stdout.split(' ').map(Number);
    assert.ok(end > length - 200, `read to ${end} of ${length}`);
  });
});
