// Figures that must not be flagged: thresholds, years and dates, ordinals, counts that are not parts, and the
// seed's sentences that are right. A false alarm costs as much as a missed error.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertConsistent, doc, findings } from './helpers';

describe('not flagged', () => {
  it('a threshold (`50万元以上`) is not a part of the 其中 list: 80 + 20 = 100', () => {
    // Counted as a part, 50 + 80 + 20 = 150 would be reported against 100.
    assertConsistent(doc('2023年项目支出100万元，其中：单笔50万元以上项目支出80万元，其余项目支出20万元。'), 'sum-of-parts', '100');
  });

  it('groups picked out by a threshold may overlap: 19 + 15 against 24 projects is no decomposition', () => {
    assert.deepEqual(findings(doc('2023年共招引24个项目，其中投资2亿元以上项目19个，签约引进15个项目。')), []);
  });

  it('a threshold is never the total of a 其中 list (`仅对50万元以上…，其中：300万元，160万元`)', () => {
    // Read as a total, 50 would be reported against 300 + 160 = 460.
    assert.deepEqual(findings(doc('本表仅对50万元以上的项目资金进行分项说明，其中：基础设施建设300万元，招商引资160万元。')), []);
  });

  it('years, months and days inside a 其中 list are not parts: 30 + 90 = 120', () => {
    assertConsistent(doc('2023年支出120万元，其中：2023年1月至6月支出30万元，7月至12月支出90万元。'), 'sum-of-parts', '120');
  });

  it('ordinals (第1批, 第2批) are not parts: 5 + 7 = 12', () => {
    assertConsistent(doc('2023年共完成项目12个，其中第1批项目5个，第2批项目7个。'), 'sum-of-parts', '12');
  });

  it('the seed’s line 86: the 19, 13 and 15 projects are not parts of the 24', () => {
    const text = doc(
      '     (2) 2023年共招引24个项目,总引资额79.08亿元。其中木林森机械属三类500强项目,完成年度任务.投资2亿元以上项目19个,投资2亿元以上重大项目省级认定13家。板桥片区签约引进15个项目,签约入驻率超过80%。',
    );
    assert.deepEqual(findings(text), []);
  });

  it('the seed’s line 85 (shares of the county’s totals, no amounts to divide) yields nothing', () => {
    const text = doc(
      '（1) 2023年实现技工贸总收入153.65亿元；上缴税金7.98亿元；固定资产投资额60.6亿元，投资增速26.84%；主导产业营业收入占比75.99%，高新技术产业营业收入占比73.99%;工业产值占全县工业产值85.8%,工业税收占全县工业税收91.7%。',
    );
    assert.deepEqual(findings(text), []);
  });

  it('the seed’s lines 20 and 24 hold: 412.87 + 15.5 = 428.37; 0.73% + 99.27%; 较预算增加46852.7', () => {
    const text = doc(
      '2023年年初预算安排收入428.37万元，其中一般公共财政拨款428.37万元；2023年年初预算安排支出428.37万元，其中：基本支出412.87万元，项目支出15.5万元。',
      '',
      '2023年决算总收入47281.07万元，较预算增加46852.7万元，总支出47281.07万元，其中：基本支出344.12万元，占总支出的0.73%；项目支出46936.95万元，占总支出的99.27%。',
    );
    assertConsistent(text, 'sum-of-parts', '47281.07');
    assertConsistent(text, 'difference', '46852.7');
    assertConsistent(text, 'share-total', '99.27');
  });

  it('the seed’s line 32 holds: 43.05 + 1669.65 + 647.49 = 2360.19', () => {
    assertConsistent(
      doc('2023年度政府采购支出2360.19万元，其中：货物43.05万元，工程1669.65万元，服务647.49万元。'),
      'sum-of-parts',
      '2360.19',
    );
  });

  it('a growth against 上年 whose amount is not stated is not checked; with the change stated it is', () => {
    assert.deepEqual(findings(doc('2023年支出300万元，较上年增长7.14%。')), []);
    // 20 ÷ (300 − 20) = 7.142857%.
    assertConsistent(doc('2023年支出300万元，较上年增加20万元，增长7.14%。'), 'growth', '7.14');
  });
});
