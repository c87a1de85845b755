// A paragraph's 其中 lists are kept with the paragraph from one analysis to the next (rules/paragraph-memo.ts): they
// must be read again when what they depend on outside the paragraph's text changes — the precision the text's money
// is read at, and whether the paragraph is the end of the text still being typed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import { IncrementalAnalysis } from '../../../server/src/incremental/session';
import type { Analysis } from '../../../server/src/report/model';

const seen = (a: Analysis) => JSON.stringify(a, (_k, v) => (v && typeof v === 'object' && v.constructor?.name === 'Decimal' ? `D${v.toString()}` : v));
const flagged = (a: Analysis, text: string) => a.findings.map((f) => [f.ruleId, text.slice(f.span.start, f.span.end)]);

/** Analyses `text`, then `edited` incrementally: the same as a fresh analysis of `edited`. */
function edit(text: string, edited: string): { before: Analysis; after: Analysis; session: IncrementalAnalysis } {
  const session = new IncrementalAnalysis();
  const before = analyze(text, { format: 'txt' }, session);
  const after = analyze(edited, { format: 'txt' }, session);
  assert.equal(seen(after), seen(analyze(edited, { format: 'txt' })));
  return { before, after, session };
}

describe('paragraph memo', () => {
  it('reads a kept paragraph’s lists again when the precision of the text’s money changes elsewhere', () => {
    // All money in whole 万元: read at that precision, 300 + 201 is 500 within rounding, so the list is 500's. A
    // figure with two decimals elsewhere makes the amounts exact: the parts then overrun 500 and make 501 exactly.
    const list = '财政总收入501万元，一般公共预算收入500万元，其中税收收入300万元，非税收入201万元。';
    const text = ['一、收入', '', list, '', '二、支出', '', '当年支出10万元，收入20万元，结余30万元。', ''].join('\n');
    const edited = text.replace('结余30万元', '结余30.50万元');
    const { before, after, session } = edit(text, edited);
    const lists = (a: Analysis) => JSON.stringify(a.checks.filter((c) => c.ruleId === 'sum-of-parts').map((c) => [c.targetLabel, c.formula]));
    assert.notEqual(lists(before), lists(after));
    assert.equal(session.blocks.stats.built, 1);
  });

  it('reads the last paragraph’s lists again when a line break ends it', () => {
    // At the very end of the text, with no punctuation, the list may still be being typed: no finding. A line
    // break after it ends it (issue #9), and its parts fall short of the whole.
    const text = '一、支出\n\n支出总额100万元，其中：基本支出50万元，项目支出30万元';
    const edited = text + '\n';
    const { before, after, session } = edit(text, edited);
    assert.deepEqual(flagged(before, text), []);
    assert.deepEqual(flagged(after, edited), [['sum-of-parts', '100']]);
    assert.equal(session.blocks.stats.built, 0);
  });

  it('reads a kept paragraph’s lists again when the paragraph before it, whose whole it divides, changes', () => {
    // `项目支出的构成如下：` names its whole, stated last in the paragraph before.
    const text = '一、支出\n\n项目支出100.55万元。\n\n项目支出的构成如下：培训费50.25万元，印刷费30.30万元。\n';
    const edited = text.replace('100.55万元', '80.55万元');
    const { before, after, session } = edit(text, edited);
    assert.deepEqual(flagged(before, text), [['sum-of-parts', '100.55']]);
    assert.deepEqual(flagged(after, edited), []);
    assert.equal(session.blocks.stats.built, 1);
  });
});
