// share-total: the shares of a full decomposition add up to 100%, to within the rounding of each share.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, doc, only, summary } from './helpers';

// Shares without amounts, closed by 其他: the whole is covered.
const byUse = (a: string, b: string) => doc(`项目支出按用途分：人员支出占${a}%，其他支出占${b}%。`);

describe('share-total', () => {
  it('60.00% + 39.99% = 99.99% holds by rounding ([99.98, 100.00] reaches 100)', () => {
    assertConsistent(byUse('60.00', '39.99'), 'share-total', '39.99');
  });

  it('60.00% + 40.01% = 100.01% holds by rounding ([100.00, 100.02] reaches 100)', () => {
    assertConsistent(byUse('60.00', '40.01'), 'share-total', '40.01');
  });

  it('99.98% is just outside ([99.97, 99.99]): error on the last share, exact message, no fix', () => {
    const f = only(byUse('60.00', '39.98'));
    assert.equal(f.rule, 'share-total');
    assert.equal(f.severity, 'error');
    assert.equal(f.line, 3);
    assert.equal(f.figure, '39.98');
    assert.equal(f.message, '各部分占比之和应为 100.00%（60.00% + 39.98%），文中为 99.98%，相差 0.02 个百分点');
    assert.equal(f.fix, undefined);
  });

  it('100.02% is just outside on the other side ([100.01, 100.03])', () => {
    assert.deepEqual(summary(byUse('60.02', '40.00')), ['3 error share-total 40.00']);
  });

  const sanGong = (s: string) =>
    doc(
      `2023年“三公”经费支出3万元，其中：因公出国（境）费1万元，占${s}%；公务用车运行维护费1万元，占${s}%；公务接待费1万元，占${s}%。`,
    );

  it('shares of a 其中 list: 33.3% × 3 = 99.9% holds ([99.75, 100.05])', () => {
    assertConsistent(sanGong('33.3'), 'share-total', '33.3');
  });

  it('shares each fitting their amounts may still not add up: 33.4% × 3 = 100.2% ([100.05, 100.35])', () => {
    // Each share: 1 ÷ 3 with the amounts' rounding = [0.995/3.005, 1.005/2.995] = [33.11%, 33.56%] ∋ 33.4:
    // `share` is silent; only the sum is wrong.
    const f = only(sanGong('33.4'));
    assert.equal(f.rule, 'share-total');
    assert.equal(f.message, '各部分占比之和应为 100.0%（33.4% + 33.4% + 33.4%），文中为 100.2%，相差 0.2 个百分点');
  });
});

describe('share-total: shares worded X比重为N%', () => {
  it('社会保障和就业支出比重为72.4%，…，其他支出比重为4.1%: 101.0%, an error on the last', () => {
    const text = doc('从支出功能分类看，社会保障和就业支出比重为72.4%，一般公共服务支出比重为18.3%，卫生健康支出比重为6.2%，其他支出比重为4.1%。');
    assert.deepEqual(summary(text), ['3 error share-total 4.1']);
    assert.deepEqual(summary(text.replace('4.1%', '3.1%')), []);
  });
});

describe('shares in brackets divide the share before them (rm-yantai-gjj-2018 wrapped at 60 columns)', () => {
  const yantai = (other: string) =>
    doc(
      '2018年,22.47万名缴存职工提取住房公积金70.87亿元。 提取金额中,住房消费提取占80.2%(',
      `购买、建造、翻建、大修自住住房占18.08%,偿还购房贷款本息占61.21%,租赁住房占0.89%,其他占${other}%);`,
      '非住房消费提取占19.8%。',
    );
  it('18.08 + 61.21 + 0.89 + 0.02 = 80.2, the share before them: no list of 100%', () => {
    assert.deepEqual(summary(yantai('0.02')), []);
  });
  it('bare shares outside brackets closed by 其他 still add up to 100%', () => {
    assert.deepEqual(summary(doc('按功能分类，社会保障支出占60%，教育支出占25%，其他支出占10%。')), ['3 error share-total 10']);
  });
});

describe('shares by several criteria in one sentence (sd-czb-zcqc-2006)', () => {
  const assets = (last: string) =>
    doc(`从单位类别看,行政单位占25.63%,事业单位占74.37%;从级次看,中央级占15.24%,省级占26.26%,地市级占21.76%,县级占27.70%,乡级占9.04%;从资产构成看,流动资产占37.75%,固定资产占52.19%,对外投资占2.14%,无形资产占1.09%,其他占${last}%。`);

  it('each 从…看 opens its own breakdown: the 其他 closes the last one only, 100.00%', () => {
    assertConsistent(assets('6.83'), 'share-total', '6.83');
  });

  it('that breakdown’s shares still must make 100%: 其他 7.83 gives 101.00%', () => {
    assert.deepEqual(summary(assets('7.83')), ['3 error share-total 7.83']);
  });
});
