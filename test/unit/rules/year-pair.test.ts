// difference between two figures dated a year apart: `2016年预算8万元,2015年预算12.5万元;对比减少4.35万元`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, checks, doc, only, summary } from './helpers';

// sg-yingde-jingxin-2016.txt line 2, as published (12.5 − 8 = 4.50, not 4.35).
const yingde = (change: string, prior = '2015年预算12.5万元') =>
  doc(`其中:1、公务接待费2016年预算8万元,${prior};对比减少${change}万元;减少率35.22%,原因执行八项规定厉行节约。`);

describe('difference: two figures dated a year apart', () => {
  it('对比减少4.35 where 12.5 − 8 = 4.50 is an error on the change', () => {
    const f = only(yingde('4.35'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error difference 4.35');
    assert.equal(f.message, '公务接待费2016年预算较公务接待费2015年预算减少额应为 4.50万元（公务接待费2015年预算 12.5 − 公务接待费2016年预算 8），文中为 4.35万元，相差 0.15万元');
    assert.equal(f.fix, '4.50');
  });

  it('the same sentence with the right difference, and `与上年对比减少` after two totals, hold', () => {
    assertConsistent(doc('2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元。'), 'difference', '24.55');
    assert.ok(checks(yingde('4.50')).some((c) => c.rule === 'difference' && c.figure === '4.50' && c.holds));
  });

  it('figures named otherwise, or dated two years apart, are not paired: silent', () => {
    for (const text of [yingde('4.35', '2015年决算12.5万元'), yingde('4.35', '2014年预算12.5万元')]) {
      assert.deepEqual(summary(text).filter((s) => s.includes('difference')), []);
      assert.deepEqual(checks(text).filter((c) => c.rule === 'difference'), []);
    }
  });

  it('last year’s figure dated (`2022年度为198.30万元`) or named 上年… (`上年公务接待费3.50万元`) before 同比增加/较上年减少', () => {
    const dated = (d: string) => doc(`2023年度本部门政府采购支出总额236.50万元，2022年度为198.30万元，同比增加${d}万元。`);
    assertConsistent(dated('38.20'), 'difference', '38.20');
    const f = only(dated('28.20'));
    assert.equal(`${f.rule} ${f.figure} → ${f.fix}`, 'difference 28.20 → 38.20');
    assert.match(f.message, /（本部门政府采购支出总额 236\.50 − 2022年本部门政府采购支出总额 198\.30）/);
    const named = (d: string) => doc(`本年度公务接待费2.86万元，上年公务接待费3.50万元，较上年减少${d}万元。`);
    assertConsistent(named('0.64'), 'difference', '0.64');
    assert.deepEqual(summary(named('0.46')), ['3 error difference 0.46']);
    // Another thing last year (上年会议费) is no base.
    assert.deepEqual(summary(doc('本年度公务接待费2.86万元，上年会议费3.50万元，较上年减少0.46万元。')), []);
  });
});

