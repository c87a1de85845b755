// A formula written out with its numbers (`=145.6/160×100%=91%`, `=96.8%×10=9.68分`): its result must be what its
// numbers give.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, checks, doc, only, summary } from './helpers';

describe('a formula written out with its numbers', () => {
  it('145.6 ÷ 160 × 100% = 91%: 92.5% is an error, 91% holds', () => {
    const text = (r: string) => doc(`预算执行率=全年执行数/全年预算数×100%=145.6/160×100%=${r}%。`);
    const f = only(text('92.5'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error rate 92.5');
    assertConsistent(text('91'), 'rate', '91');
    assert.deepEqual(summary(doc('执行率=145.6÷160=92.5%。')), ['3 error rate 92.5']);
  });
  it('96.8% × 10 = 9.68分: 9.86 is an error, 9.68 holds', () => {
    const text = (s: string) => doc(`预算执行率得分=执行率×分值=96.8%×10=${s}分。`);
    assert.deepEqual(summary(text('9.86')), ['3 error score 9.86']);
    assertConsistent(text('9.68'), 'score', '9.68');
  });
  it('figures without the signs between them are no formula', () => {
    assert.deepEqual(checks(doc('全年执行数145.6万元，全年预算数160万元，另有92.5%的项目已完工。')).filter((c) => c.rule === 'rate'), []);
  });
});
