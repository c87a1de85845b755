// Shares listed by their parts' names after the amounts (share-names.ts): sk-quanguo-jiaoyu-2016 prints its five
// 分配占比 rotated by one, so each share is another part's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, doc, findings, summary } from './helpers';

const education = (shares: string) =>
  doc(
    `统计快报显示,学前教育经费总投入为2802亿元,比上年增长15.48%;义务教育经费总投入为17603亿元,比上年增长9.76%;高中阶段教育经费总投入为6155亿元,比上年增长6.75%。全国高等教育经费总投入为10110亿元,比上年增长6.22%。其他教育经费总投入为2195亿元,比上年下降7.78%。教育经费总投入在学前教育、义务教育、高中阶段教育、高等教育和其他教育间的分配占比分别为${shares}。`,
  );

describe('shares named by their parts, paired by position with the amounts named so before', () => {
  it('the list rotated (5.65%, 7.21%, 45.29%, 15.84%, 26.01%): each share an error against its own part over their sum', () => {
    const f = findings(education('5.65%、7.21%、45.29%、15.84%、26.01%'));
    assert.deepEqual(
      f.map((x) => `${x.line} ${x.severity} ${x.rule} ${x.figure}`),
      ['3 error share 5.65', '3 error share 7.21', '3 error share 45.29', '3 error share 15.84', '3 error share 26.01'],
    );
    assert.equal(f[0].message, '学前教育经费总投入占各项之和的比重应为 7.21%（学前教育经费总投入 2802 ÷ (2802 + 17603 + 6155 + 10110 + 2195)），文中为 5.65%，相差 1.56 个百分点');
  });

  it('in the right order they hold', () => {
    assertConsistent(education('7.21%、45.29%、15.84%、26.01%、5.65%'), 'share', '45.29');
  });

  it('`基本支出和项目支出占支出合计的比重分别为40%、60%` after 600 and 400: both errors', () => {
    assert.deepEqual(summary(doc('2023年支出合计1000万元，其中基本支出600万元，项目支出400万元。基本支出和项目支出占支出合计的比重分别为40%、60%。')), ['3 error share 40', '3 error share 60']);
  });

  it('shares that do not make 100% (not all of the whole) or a name with no amount before it: silent', () => {
    assert.deepEqual(summary(doc('2023年基本支出600万元，项目支出400万元。基本支出和项目支出占部门预算的比重分别为30%、20%。')), []);
    assert.deepEqual(summary(doc('2023年基本支出600万元。基本支出和项目支出占支出合计的比重分别为40%、60%。')), []);
  });
});
