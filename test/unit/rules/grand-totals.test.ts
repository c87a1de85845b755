// identity: a 总计 is at least its 本年 合计 (fj-huangyan-tyjr-2020: 支出总计 7,386.66 under 本年支出合计 7390.22 — the 财政拨款
// 收入 figure copied). Not 收入总计 = 支出总计: older templates call the year's 合计 "总计" (qt-shapingba-jcy-2016).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, findings, summary } from './helpers';

const huangyan = (spent: string) =>
  doc(
    `（一）收入支出决算总体情况说明 2020年度收入总计7403.96万元，支出总计${spent}万元，与2019年度相比，增加1,684.26万元，增长29.45%。`,
    '（二）收入决算情况说明 本年收入合计7,403.96万元；包括财政拨款收入7,386.66万元，其他收入17.30万元。',
    '（三）支出决算情况说明 本年支出合计7390.22万元，其中基本支出353.30万元；项目支出7,036.92万元。',
  );

describe('a 总计 is at least its 本年 合计', () => {
  it('支出总计 7,386.66 under 本年支出合计 7390.22 is an error on the 总计, the 合计 related', () => {
    const f = findings(huangyan('7,386.66')).filter((x) => x.rule === 'identity');
    assert.deepEqual(f.map((x) => `${x.line} ${x.severity} ${x.figure}`), ['3 error 7,386.66']);
    assert.equal(f[0].message, '支出总计 7,386.66万元 小于本年支出合计 7390.22万元：总计包括本年合计和结转结余，不会更小');
    assert.equal(f[0].fix, undefined);
  });

  it('a 支出总计 with the balance carried out (7403.96 ≥ 7390.22) holds; 收入总计 ≠ 支出总计 alone is no finding', () => {
    assert.deepEqual(summary(huangyan('7403.96')), []);
    assert.deepEqual(summary(doc('本部门2016年度收入总计803.84万元，支出总计687.8万元。')), []);
  });

  it('a 财政拨款 总计 is not the department’s', () => {
    assert.deepEqual(summary(doc('本部门2020年度财政拨款收入总计28,650.37万元，支出总计28,650.37万元。', '本部门2020年度本年支出合计29,269.87万元，其中基本支出25,653.13万元，项目支出3,616.74万元。')), []);
  });

  it('holding, the inequality vouches for no value: a wrong 支出总计 keeps its fix and no “但…相符” note', () => {
    const f = findings(doc('2023年度支出总计1586.42万元，其中：本年支出合计1423.76万元，结余分配0万元，年末结转和结余126.66万元。')).filter((x) => x.severity === 'error');
    assert.deepEqual(f.map((x) => `${x.rule} ${x.figure} → ${x.fix}`), ['sum-of-parts 1586.42 → 1550.42']);
    assert.doesNotMatch(f[0].message, /相符/);
  });
});


describe('a budget’s 收入总计 and the accounts’ 本年收入合计 (a helper’s PDF-wrap probe)', () => {
  it('`年初预算收入总计428.37万元` under `决算本年收入合计47281.07万元`: two statements, silent; two 决算 figures still read', () => {
    assert.deepEqual(summary(doc('2023年年初预算收入总计428.37万元。', '2023年决算本年收入合计47281.07万元。')), []);
    assert.deepEqual(summary(doc('2023年收入总计428.37万元。', '2023年本年收入合计47281.07万元。')).length, 1);
  });
});
