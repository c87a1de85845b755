// growth, lists paired by position: `收、支总计各是A,B万元。…各减少a,b万元,各下降x%、y%` pairs a with A and x, b with B and y.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, checks, doc, only, summary } from './helpers';

// js-dayi-a133619-2022.txt line 3, as published.
const dayi = (rates: string) =>
  doc(`2022年度收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86,2570.97万元,各下降${rates}。主要变动原因是天府旅游名县创建工作完成,项目收入减少。`);

describe('growth: lists paired by position', () => {
  it('the second rate goes with the second change and the second total: 38.28% truncates 38.2877%', () => {
    const f = only(dayi('23.51%、38.28%'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning growth 38.28');
    assert.equal(f.message, '下降幅度应为 38.29%（支总计减少 2570.97 ÷ (支总计 4143.91 + 2570.97)），文中为 38.28%，相差 0.01 个百分点；只差末位：像是截断而非四舍五入');
    assert.equal(f.fix, '38.29');
    assert.ok(checks(dayi('23.51%、38.28%')).some((c) => c.rule === 'growth' && c.figure === '23.51' && c.holds));
  });

  it('rounded right, both rates hold', () => {
    assertConsistent(dayi('23.51%、38.29%'), 'growth', '38.29');
  });

  it('runs of different lengths, or names not as many as the figures, are not paired: silent', () => {
    const three = dayi('23.51%、38.28%、5%');
    assert.deepEqual(summary(three), []);
    assert.deepEqual(checks(three).filter((c) => c.rule === 'growth'), []);
    const names = doc('2022年度收入、支出、结余各是4125.49,4143.91万元。与2021年相比,收入、支出、结余各减少1267.86,2570.97万元,各下降23.51%、38.28%。');
    assert.deepEqual(summary(names), []);
    assert.deepEqual(checks(names).filter((c) => c.rule === 'growth'), []);
  });

  // sg-fujian-czt-2016.txt line 2, as published: the current figures named one by one before `分别减少…和…`.
  const fujian = (rates: string) =>
    doc(`公务用车购置及运行费1.41亿元，包括公务用车购置费0.14亿元和公务用车运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，下降${rates}。`);

  it('names given one by one: each rate goes with its own part, and dividing by this year is said', () => {
    assert.deepEqual(summary(fujian('133.1%和43.7%')), ['3 error growth 133.1', '3 error growth 43.7']);
    const f = only(fujian('56.25%和43.7%'));
    assert.equal(
      f.message,
      '下降幅度应为 30.6%（公务用车运行费减少 0.56 ÷ (公务用车运行费 1.27 + 0.56)），文中为 43.7%，相差 13.1 个百分点；文中数字是以本期数为分母算出的（0.56 ÷ 1.27），增长率应以上期数为分母',
    );
    assertConsistent(fujian('56.25%和30.6%'), 'growth', '30.6');
  });

  it('amounts before the changes that are not names each (a verb, a comparison) are not paired', () => {
    const t = doc('公务用车购置及运行费1.41亿元，比上年增加0.14亿元和减少1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，下降133.1%和43.7%。');
    assert.deepEqual(checks(t).filter((c) => c.rule === 'growth' && ['133.1', '43.7'].includes(c.figure)), []);
  });

  // xz-dazhou-gexixuexiao-2020.txt line 6, as published: changes named one by one, rates after 分别下降.
  const dazhou = (rates: string) => doc(`2020年度收入476.17、支总计460.06万元。与2019年相比,收入减少84.55、支出总计减少99.6万元,分别下降${rates}。`);

  it('changes named one by one before 分别下降: each rate against its own name (84.55 ÷ 560.72 = 15.08%)', () => {
    assert.deepEqual(summary(dazhou('18%、21.6%')), ['3 error growth 18', '3 error growth 21.6']);
    assertConsistent(dazhou('15.08%、17.8%'), 'growth', '17.8');
  });

  it('names that do not correspond in order are not paired', () => {
    const t = doc('2020年度收入476.17、支总计460.06万元。与2019年相比,支出总计减少99.6、收入减少84.55万元,分别下降18%、21.6%。');
    assert.deepEqual(checks(t).filter((c) => c.rule === 'growth'), []);
  });
});

