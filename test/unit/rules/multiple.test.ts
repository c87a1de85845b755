// multiple: `是X的N倍` → current ÷ X; `超出X…幅度达到N倍` → (current − X) ÷ X. Multiples ± half their last digit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, doc, findings, only, summary } from './helpers';

const seedLine = (n: string) =>
  doc(
    `导致决算中的总收入数47281.07万元超出年初编制的预算数428.37万元幅度达到${n}倍，使得年初预算与年度决算完全不具有可比性。`,
  );

describe('multiple', () => {
  // (47281.07 − 428.37) ÷ 428.37 = 109.374373; with the amounts' rounding:
  // [(47281.065 − 428.375) ÷ 428.375, (47281.075 − 428.365) ÷ 428.365] = [109.373073, 109.375673].
  it('the seed’s 109.37倍 holds', () => {
    assertConsistent(seedLine('109.37'), 'multiple', '109.37');
  });

  it('109.38倍 still holds: [109.375, 109.385] meets 109.375673 (the amounts’ own rounding)', () => {
    assertConsistent(seedLine('109.38'), 'multiple', '109.38');
  });

  it('109.39倍 is outside ([109.385, 109.395]): error with message and fix', () => {
    const text = seedLine('109.39');
    const f = only(text);
    assert.equal(f.rule, 'multiple');
    assert.equal(f.severity, 'error');
    assert.equal(f.figure, '109.39');
    assert.equal(
      f.message,
      '倍数应为 109.37倍（(导致决算中的总收入数 47281.07 − 超出年初编制的预算数 428.37) ÷ 428.37），文中为 109.39倍，相差 0.02倍',
    );
    assert.equal(f.fix, '109.37');
    assert.equal(applyFix(text, f), seedLine('109.37'));
  });

  it('109.36倍 is outside below ([109.355, 109.365] < 109.373073)', () => {
    assert.deepEqual(summary(seedLine('109.36')), ['3 error multiple 109.36']);
  });

  const ratio = (n: string) => doc(`2023年支出300万元，是上年支出100万元的${n}倍。`);

  it('是X的N倍 is current ÷ X: 300 ÷ 100 = 3 holds; 2.9倍 ([2.85, 2.95]) fails', () => {
    assertConsistent(ratio('3'), 'multiple', '3');
    const f = only(ratio('2.9'));
    assert.equal(f.figure, '2.9');
    assert.equal(f.fix, '3.0');
  });

  it('counts are exact: 49人 ÷ 20人 = 2.45 sits on the bound of 2.4倍 ([2.35, 2.45]); 2.3倍 fails', () => {
    const text = (n: string) => doc(`2023年参训人员49人，是上年参训人员20人的${n}倍。`);
    assertConsistent(text('2.4'), 'multiple', '2.4');
    assert.deepEqual(summary(text('2.3')), ['3 error multiple 2.3']);
  });

  it('a figure in brackets restates the one before it and is no base: `0.62亿元（6,152.30万元），是上年的1.5倍`', () => {
    assert.deepEqual(findings(doc('超长期特别国债资金0.62亿元（6,152.30万元），是上年的1.5倍（上年为4,101.53万元）。')), []);
  });

  it('`上年3921人次，本年8632人次，为上年的2.2倍`: the base is last year’s whichever comes first', () => {
    const text = (n: string) => doc(`上年接待查档3921人次，本年8632人次，为上年的${n}倍。`);
    assertConsistent(text('2.2'), 'multiple', '2.2');
    assert.deepEqual(summary(text('2.5')), ['3 error multiple 2.5']);
  });

  it('`与年初预算数428.37万元相比，决算总收入47281.07万元超出…倍`: the figure after 与…相比 is the base', () => {
    const text = (n: string) => doc(`与年初预算数428.37万元相比，决算总收入47281.07万元超出${n}倍。`);
    assertConsistent(text('109.37'), 'multiple', '109.37');
    assert.deepEqual(summary(text('119.37')), ['3 error multiple 119.37']);
  });
});

describe('增长了N倍 after the increase is the increase over where it started (rn-shi-gzw-2017)', () => {
  const text = (n: string) => doc(`全市国有资产总额从4087.92亿元增加到了10487.82亿元,增加了6399.9亿元,增长了${n}倍。`);
  it('6399.9 ÷ 4087.92 = 1.5656: 1.57 holds, 1.56 is off in its last digit (truncated)', () => {
    assertConsistent(text('1.57'), 'multiple', '1.57');
    const f = only(text('1.56'));
    assert.equal(`${f.line} ${f.rule} ${f.figure}`, '3 multiple 1.56');
    assert.match(f.message, /^倍数应为 1\.57倍（增加了 6399\.9 ÷ \(增加到了 10487\.82 − 6399\.9\)）/);
  });
});

describe('是上年的N倍 after the increase: last year is the amount less the increase', () => {
  it('500 ÷ (500 − 200) = 1.67倍: 2.67 is an error, 1.67 holds', () => {
    const text = (n: string) => doc(`2024年政府性基金预算拨款收入预算为500万元，比上年增加200万元，是上年的${n}倍。`);
    assert.deepEqual(summary(text('2.67')), ['3 error multiple 2.67']);
    assertConsistent(text('1.67'), 'multiple', '1.67');
  });
});

describe('是上年的N倍 with last year’s figure unstated (a helper’s 预算 probe)', () => {
  it('`事业收入329.7万元，其他收入37.15万元，事业收入是上年的1.5倍`: no base stated — silent (it drew 应为 8.87倍)', () => {
    assert.deepEqual(summary(doc('2024年事业收入329.7万元，其他收入37.15万元，事业收入是上年的1.5倍。')), []);
    assert.deepEqual(summary(doc('上年3921人次，本年8632人次，为上年的3.2倍。')), ['3 error multiple 3.2']);
  });
});

describe('a change between the base and the multiple (a helper’s 资金分配 probe)', () => {
  it('`2560万元，比2022年的1860万元增加700万元，是2022年的1.38倍`: 2560 ÷ 1860 = 1.38, not 700 ÷ 1860', () => {
    const text = (n: string) => doc(`2023年下达资金2560万元，比2022年的1860万元增加700万元，是2022年的${n}倍。`);
    assert.deepEqual(summary(text('1.38')), []);
    assert.deepEqual(summary(text('1.48')), ['3 error multiple 1.48']);
  });
});

describe('multiples as 决算说明 and 预算执行 summaries write them (helpers’ probes)', () => {
  it('`比上年57.98万元增加212.95万元，增长3.67倍`: the increase over the base — silent; 4.67 (the figure over the base) silent too; 2.67 an error', () => {
    const text = (n: string) => doc(`项目支出270.93万元，比上年57.98万元增加212.95万元，增长${n}倍。`);
    assert.deepEqual(summary(text('3.67')), []);
    assert.deepEqual(summary(text('4.67')), []);
    assert.deepEqual(summary(text('2.67')), ['3 error multiple 2.67']);
  });
  it('`…其中…非税收入35.67亿元，是上年148.90亿元的1.05倍`: of the whole (156.12 ÷ 148.90) — silent; 1.15 an error', () => {
    const text = (n: string) => doc(`一般公共预算收入156.12亿元，其中税收收入120.45亿元、非税收入35.67亿元，是上年148.90亿元的${n}倍。`);
    assert.deepEqual(summary(text('1.05')), []);
    assert.deepEqual(summary(text('1.15')), ['3 error multiple 1.15']);
  });
});
