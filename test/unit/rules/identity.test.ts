// identity: 资产总额 = 负债总额 + 净资产; 三公; 政府采购 = 货物 + 工程 + 服务; 基本支出 = 人员经费 + 公用经费 …
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, doc, only, summary } from './helpers';

const assets = (total: string) => doc(`2023年年末资产总额${total}万元，负债总额35646.56万元，净资产87200.35万元。`);
const purchase = (total: string) => doc(`2023年度政府采购支出${total}万元，货物43.05万元，工程1669.65万元，服务647.49万元。`);

describe('identity', () => {
  it('the seed’s 资产 = 负债 + 净资产 holds: 35646.56 + 87200.35 = 122846.91', () => {
    assertConsistent(assets('122846.91'), 'identity', '122846.91');
  });

  it('122846.92 still holds ([122846.915, 122846.925] meets [122846.90, 122846.92])', () => {
    assertConsistent(assets('122846.92'), 'identity', '122846.92');
  });

  it('122846.93 is outside: error naming the identity, with the fix', () => {
    const text = assets('122846.93');
    const f = only(text);
    assert.equal(f.rule, 'identity');
    assert.equal(f.severity, 'error');
    assert.equal(f.figure, '122846.93');
    assert.equal(
      f.message,
      '年末资产总额应为 122846.91万元（负债总额 35646.56 + 净资产 87200.35），文中为 122846.93万元，相差 0.02万元；依据：资产总额 = 负债总额 + 净资产',
    );
    assert.equal(f.fix, '122846.91');
    assert.equal(applyFix(text, f), assets('122846.91'));
  });

  // 43.05 + 1669.65 + 647.49 = 2360.19; three parts ± 0.005 each: [2360.175, 2360.205].
  it('政府采购 with three parts: 2360.21 touches 2360.205 exactly (consistent)', () => {
    assertConsistent(purchase('2360.19'), 'identity', '2360.19');
    assertConsistent(purchase('2360.21'), 'identity', '2360.21'); // [2360.205, 2360.215]
    assertConsistent(purchase('2360.17'), 'identity', '2360.17'); // [2360.165, 2360.175]
  });

  it('政府采购 2360.22 and 2360.16 are just outside', () => {
    const f = only(purchase('2360.22'));
    assert.equal(
      f.message,
      '政府采购支出应为 2360.19万元（货物 43.05 + 工程 1669.65 + 服务 647.49），文中为 2360.22万元，相差 0.03万元；依据：政府采购 = 货物 + 工程 + 服务',
    );
    assert.deepEqual(summary(purchase('2360.16')), ['3 error identity 2360.16']);
  });

  it('三公 without 其中: 0 + 1 + 0.8351 = 1.8351 holds, 0 + 1 + 0.9351 does not', () => {
    const text = (x: string) => doc(`“三公”经费决算数1.8351万元，因公出国（境）费0万元，公务用车运行维护费1万元，公务接待费${x}万元。`);
    assertConsistent(text('0.8351'), 'identity', '1.8351');
    const f = only(text('0.9351'));
    assert.equal(f.figure, '1.8351');
    assert.equal(f.fix, '1.9351');
  });

  it('基本支出 = 人员经费 + 公用经费: 286.73 + 57.39 = 344.12', () => {
    const text = (total: string) => doc(`2023年基本支出${total}万元，人员经费286.73万元，日常公用经费57.39万元。`);
    assertConsistent(text('344.12'), 'identity', '344.12');
    assert.deepEqual(summary(text('334.12')), ['3 error identity 334.12']);
  });

  it('三公 parts listed after 预算… and 实际支出…: they add up to the amount restated nearest them', () => {
    const text = (actual: string) =>
      doc(`“三公”经费预算55.00万元，实际支出${actual}万元，因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、39.84万元、8.79万元。`);
    assertConsistent(text('48.63'), 'identity', '48.63');
    const f = only(text('48.36'));
    assert.equal(f.figure, '48.36');
    assert.equal(f.fix, '48.63');
  });

  it('政府采购 parts that add up to the budget named, not to the amount spent after it, belong to the budget', () => {
    const text = doc('政府采购预算1862.30万元，实际采购金额1800.00万元，货物类、工程类、服务类分别为1024.56万元、536.20万元、301.54万元。');
    assertConsistent(text, 'identity', '1862.30');
  });

  it('资产总额合计 is the 资产总额 of the identity', () => {
    assert.deepEqual(summary(doc('负债总额1183.52万元、净资产6072.86万元，资产总额合计7265.38万元。')), ['3 error identity 7265.38']);
  });
});

describe('identity across the paragraphs of a 决算说明', () => {
  const text = (total: string) =>
    doc(
      `2023年一般公共预算财政拨款基本支出${total}万元，其中：`,
      '人员经费489.18万元，主要包括：基本工资、津贴补贴、奖金、伙食补助费。',
      '公用经费46.89万元，主要包括：办公费、印刷费、咨询费、手续费。',
    );

  it('基本支出 911.7 against 人员经费 489.18 + 公用经费 46.89 = 536.07 on the next two paragraphs (大邑 2023)', () => {
    const f = only(text('911.7'));
    assert.equal(f.rule, 'identity');
    assert.equal(f.figure, '911.7');
    assert.match(f.message, /应为 536\.07万元/);
  });

  it('holds when it adds up', () => {
    assertConsistent(text('536.07'), 'identity', '536.07');
  });
});
