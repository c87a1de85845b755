// The incremental analysis of an edited document (server/src/incremental/) gives exactly what a fresh analyze()
// of the same text gives: after every edit of long random edit sequences on the real fixtures, the findings (rule,
// range, severity, message, related figures, fix), the relations checked (what hover shows) and the report model
// are the same.
// JIXIAO_INCREMENTAL_RUNS=N runs more sequences (the default keeps the unit suite quick).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analyze';
import { IncrementalAnalysis } from '../../../server/src/incremental/session';
import { decodeReport } from '../../../server/src/io/decode';
import type { Analysis } from '../../../server/src/report/model';

const root = join(__dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const files = [
  ...readdirSync(fixtures).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(fixtures, f)),
  ...readdirSync(join(fixtures, 'real')).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, 'real', f)),
  join(root, 'examples', '2023-衡山高新区-部门整体支出绩效自评报告.txt'),
];
const texts = files.map((path) => {
  const decoded = decodeReport(readFileSync(path));
  return { path, format: path.endsWith('.md') ? ('md' as const) : ('txt' as const), text: decoded.ok ? decoded.text : '' };
});
const runs = Number(process.env.JIXIAO_INCREMENTAL_RUNS ?? 40);

/**
 * Everything a user sees of an analysis, as plain data (decimal.js values as their digits): the findings, the
 * relations, and the report model the editor features read (outline, hover, fixes into empty cells).
 */
function seen(a: Analysis): string {
  return JSON.stringify(a, (_k, v) => (v && typeof v === 'object' && v.constructor?.name === 'Decimal' ? `D${v.toString()}` : v));
}

const pieces = [' ', '\n', '\n\n', '\t', '1', '0', '.', '5', '%', '万元', '，', '。', '；', '其中', '合计', '一、', '（二）', '2、', '单位：万元', '\u3000', '|'];

/** An edit: insert a piece, delete a few characters, paste a copy of another part of the text, or undo the last. */
type Edit = { kind: 'insert'; at: number; piece: string } | { kind: 'delete'; at: number; length: number } | { kind: 'paste'; at: number; from: number; length: number } | { kind: 'undo' };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...pieces) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

function apply(text: string, e: Edit, history: string[]): string {
  if (e.kind === 'undo') return history.pop() ?? text;
  history.push(text);
  const at = e.at % (text.length + 1);
  if (e.kind === 'insert') return text.slice(0, at) + e.piece + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.length);
  const from = e.from % (text.length + 1);
  return text.slice(0, at) + text.slice(from, from + e.length) + text.slice(at);
}

describe('incremental analysis', () => {
  it('gives a fresh analysis’s findings and checks after every edit of random edit sequences on the fixtures', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 5, maxLength: 30 }), (k, edits) => {
        const { path, format, text: original } = texts[k];
        const incremental = new IncrementalAnalysis();
        let text = original;
        const history: string[] = [];
        assert.equal(seen(analyze(text, { format }, incremental)), seen(analyze(text, { format })), `${path}, as it is`);
        edits.forEach((e, i) => {
          text = apply(text, e, history);
          assert.equal(seen(analyze(text, { format }, incremental)), seen(analyze(text, { format })), `${path}, after edit ${i + 1} (${JSON.stringify(e)})`);
        });
      }),
      { numRuns: runs },
    );
  });

  it('gives a fresh analysis’s findings, checks and model on every fixture as it is (relations in the same order)', () => {
    // (The random sequences above reach each fixture seldom: juesuan-2023-pdf's 科目编码 relations once came in
    // another order than a fresh analysis's, and only one run in twenty-odd picked it.)
    for (const { path, format, text } of texts) {
      assert.equal(seen(analyze(text, { format }, new IncrementalAnalysis())), seen(analyze(text, { format })), path);
    }
  });

  it('checks a kept table again when the precision of the text’s money changes elsewhere', () => {
    // Money printed in whole units throughout is read at that precision (report/money-precision.ts): 38 + 958 is
    // 995 within rounding. A figure with decimals in the prose makes the table's whole figures exact again.
    const text = [
      '单位：万元', '\t项目', '\t金额', '', '\t甲', '\t38', '', '\t乙', '\t958', '', '\t合计', '\t995', '',
      '当年支出10万元，收入20万元，结余30万元。', '',
    ].join('\n');
    const incremental = new IncrementalAnalysis();
    const before = analyze(text, { format: 'txt' }, incremental);
    assert.equal(before.findings.length, 0);
    const edited = text.replace('结余30万元', '结余30.55万元');
    const after = analyze(edited, { format: 'txt' }, incremental);
    assert.equal(seen(after), seen(analyze(edited, { format: 'txt' })));
    assert.deepEqual(after.findings.map((f) => [f.ruleId, edited.slice(f.span.start, f.span.end)]), [['table-total', '995']]);
    assert.equal(incremental.blocks.stats.built, 1);
  });

  it('keeps the blocks an edit did not touch', () => {
    const seed = texts[texts.length - 1];
    const incremental = new IncrementalAnalysis();
    analyze(seed.text, { format: 'txt' }, incremental);
    const built = incremental.blocks.stats.built;
    const at = seed.text.indexOf('资产使用率');
    const edited = seed.text.slice(0, at) + ' ' + seed.text.slice(at);
    const a = analyze(edited, { format: 'txt' }, incremental);
    assert.equal(seen(a), seen(analyze(edited, { format: 'txt' })));
    // One paragraph read again, every other block kept.
    assert.equal(incremental.blocks.stats.built, 1);
    assert.equal(incremental.blocks.stats.reused, built - 1);
  });

  it('gives a table’s row relations and its 增减额 relations together, in a fresh analysis’s order', () => {
    // (A property-test counterexample: a paste left a table of row relations after a two-year table with 增减额 —
    // table-row-formula gave every table's row relations first, then every table's 增减额; kept table by table, the
    // incremental analysis gave each table's together.)
    const shiwei = texts.find((t) => t.path.endsWith('shiwei-2025-long-sections.txt'))!;
    const incremental = new IncrementalAnalysis();
    let text = shiwei.text;
    analyze(text, { format: 'txt' }, incremental);
    text = '单位：万元 单位：万元' + text;
    analyze(text, { format: 'txt' }, incremental);
    const from = 673864288 % (text.length + 1);
    const at = 1141241174 % (text.length + 1);
    text = text.slice(0, at) + text.slice(from, from + 396) + text.slice(at);
    assert.equal(seen(analyze(text, { format: 'txt' }, incremental)), seen(analyze(text, { format: 'txt' })));
  });
});
