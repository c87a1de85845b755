// A change and the items' changes it is put down to (主要是…增加…减少…): rq-chongqing-shuichansuo-2022 prints 95.20 for
// the 95.02 its four reasons make. 主要 allows items left out, so only a sum equal to the change holds and only one that
// is its digits with two swapped is told.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checks, doc, only, summary } from './helpers';

const reasons = (change: string, last = '150.16') =>
  doc(`收入较去年增加${change}万元,主要是一般公共预算拨款较上年增加165.82万元,事业收入增加240.47万元,事业单位经营收入减少161.11万元,其他收入减少${last}万元。`);

describe('a change against the changes of its reasons', () => {
  it('95.20 where 165.82 + 240.47 − 161.11 − 150.16 = 95.02: an error on the change, no fix', () => {
    const f = only(reasons('95.20'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error sum-of-parts 95.20');
    assert.equal(f.message, '收入较去年增加应为 95.02万元（165.82 + 240.47 − 161.11 − 150.16），文中为 95.20万元，相差 0.18万元；所列各项增减相抵为 95.02万元，与该数只差两位数字顺序');
    assert.deepEqual(f.related, ['165.82', '240.47', '161.11', '150.16']);
  });

  it('95.02 holds and is recorded; a sum that is not a swap of the change is silent (an item left out)', () => {
    assert.deepEqual(summary(reasons('95.02')), []);
    assert.ok(checks(reasons('95.02')).some((c) => c.rule === 'sum-of-parts' && c.holds && c.figure === '95.02'));
    assert.deepEqual(summary(reasons('95.02', '100.16')), []);
    assert.ok(!checks(reasons('95.02', '100.16')).some((c) => c.rule === 'sum-of-parts' && c.figure === '95.02'));
  });
});
