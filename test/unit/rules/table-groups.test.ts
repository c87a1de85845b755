// How a table's rows group under their totals, from false-alarm hunts (probe-k, probe-l, probe-j): a 其中 under a 其中
// row, a single 其中 row before a sibling larger than its parent, 其中 in the 序号 column, 小计 rows heading their groups,
// and 小计 groups of an indicator table. Each: the right table draws nothing, and a slip in it is still found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summary } from './helpers';

const lines = (...rows: string[]) => rows.join('\n');

describe('rows grouped under their totals', () => {
  const sangong = (total: string, running: string) =>
    lines('单位：万元', '| 项目 | 决算数 |', `| “三公”经费合计 | ${total} |`, '| 其中：因公出国（境）费 | 0.00 |', '| 公务用车购置及运行维护费 | 11.42 |', '| 其中：公务用车购置费 | 0.00 |', `| 公务用车运行维护费 | ${running} |`, '| 公务接待费 | 2.86 |');

  it('a 其中 under a 其中 row (公务用车购置费 under 公务用车购置及运行维护费): each group adds up to its own row', () => {
    assert.deepEqual(summary(sangong('14.28', '11.42')), []);
    assert.deepEqual(summary(sangong('15.28', '11.42')), ['3 error table-total 15.28']);
    assert.deepEqual(summary(sangong('14.28', '10.42')), ['5 error table-total 11.42']);
  });

  it('a single 其中 row, then a row larger than the parent itself: a sibling, not a second child', () => {
    const t = (tax: string) => lines('项目|年初预算|1—11月累计', '一般公共预算收入|256.80|238.64', `其中：税收收入|${tax}|168.03`, '一般公共预算支出|468.20|428.95');
    assert.deepEqual(summary(t('180.50')), []);
    // A second child that fits is still one: the parts must add up.
    const two = lines('项目|年初预算|1—11月累计', '一般公共预算收入|256.80|238.64', '其中：税收收入|180.50|168.03', '非税收入|86.30|70.61', '一般公共预算支出|468.20|428.95');
    assert.deepEqual(summary(two), ['2 error table-total 256.80']);
  });

  it('`其中:(1)` in the 序号 column opens a group as `其中：` in the label does', () => {
    const t = (office: string) => lines('| 序号 | 项目 | 金额（万元） |', '| 1. | 基本支出 | 865.47 |', '| 其中:(1) | 人员经费 | 742.35 |', `| (2) | 公用经费 | ${office} |`, '| 2. | 项目支出 | 398.15 |', '| | 合计 | 1263.62 |');
    assert.deepEqual(summary(t('123.12')), []);
    assert.deepEqual(summary(t('133.12')), ['2 error table-total 865.47']);
  });

  it('`一、甲类小计` above its rows, the 合计 first: each 小计 heads the rows below it', () => {
    const t = (last: string) => lines('项目|金额', '合计|30.00', '一、甲类小计|10.00', '1.甲一|4.00', '2.甲二|6.00', '二、乙类小计|20.00', '1.乙一|5.00', `2.乙二|${last}`);
    assert.deepEqual(summary(t('15.00')), []);
    assert.deepEqual(summary(t('16.00')), ['6 error table-total 20.00']);
  });

  it('an indicator table’s 小计 closes the rows from its 一级指标; 总分 adds the 小计 and the rows outside any', () => {
    const t = (first: string, sub: string) =>
      lines('| 一级指标 | 三级指标 | 分值 | 得分 |', '| --- | --- | --- | --- |', first, '| 产出指标 | 新建村级综合服务站 | 50 | 47 |', '| | 工程验收合格率 | 40 | 38 |', `| 小计 | | 90 | ${sub} |`);
    const before = (sub: string) => t('| 预算执行率 | | 10 | 9.3 |', sub) + '\n| 总分 | | 100 | 94.3 |';
    assert.deepEqual(summary(before('85')), []);
    assert.deepEqual(summary(before('86')), ['6 error score 86']);
    const after = lines('| 一级指标 | 三级指标 | 分值 | 得分 |', '| --- | --- | --- | --- |', '| 产出指标 | 新建村级综合服务站 | 50 | 47 |', '| | 工程验收合格率 | 40 | 38 |', '| 小计 | | 90 | 85 |', '| 满意度指标 | 群众满意度 | 10 | 9 |', '| 总分 | | 100 | 94 |');
    assert.deepEqual(summary(after), []);
    assert.deepEqual(summary(after.replace('| 94 |', '| 95 |')), ['7 error score 95']);
  });

  it('the kinds of 财政拨款 (`其中：一般公共预算`, `政府性基金预算`) are its children, not rows of the top level (probe-o)', () => {
    const t = (fund: string) => lines('资金来源\t全年预算', '财政拨款\t100', '其中：一般公共预算\t80', `政府性基金预算\t${fund}`, '合计\t100');
    assert.deepEqual(summary(t('20')), []);
    assert.deepEqual(summary(t('30')), ['2 error table-total 100']);
  });

  it('a 其中 under a child whose group already makes its parent (`公用经费 20, 其中：三公经费 5`) nests under it', () => {
    const t = (sangong: string) => lines('项目\t决算数', '基本支出\t100', '其中：人员经费\t80', '公用经费\t20', `其中：三公经费\t${sangong}`, '项目支出\t50', '合计\t150');
    assert.deepEqual(summary(t('5')), []);
    assert.ok(summary(t('25')).length > 0);
  });

  it('`基本支出小计` first, its rows, then `项目支出小计` and its rows: each 小计 heads the rows below it (probe-o)', () => {
    const t = (last: string) => lines('项目\t全年执行', '基本支出小计\t100', '人员经费\t80', '公用经费\t20', '项目支出小计\t50', '专项业务费\t30', `信息化建设\t${last}`);
    assert.deepEqual(summary(t('20')), []);
    assert.deepEqual(summary(t('25')), ['5 error table-total 50']);
  });
});


describe('a 其中 row followed by unmarked rows: the figures say which are its list (helpers’ 基金, 公报, 三公 and 自评表 probes)', () => {
  const md = (...rows: string[]) => lines('单位：万元', '| 项目 | 决算数 |', '|---|---|', ...rows.map((r) => `| ${r.replace(/\t/g, ' | ')} |`));

  it('a partial list before a sibling row (`基金收入 / 其中：保险费收入 / 财政补贴收入 / 基金支出`): silent; the next rows making it exactly are its own', () => {
    assert.deepEqual(summary(md('基金收入\t36012.34', '其中：保险费收入\t28765.43', '财政补贴收入\t7123.45', '基金支出\t33012.45')), []);
    assert.deepEqual(summary(md('一、基金收入\t36012.34', '其中：保险费收入\t28765.43', '财政补贴收入\t7123.45', '二、基金支出\t33012.45')), []);
    assert.deepEqual(summary(md('基金收入\t36012.34', '其中：保险费收入\t28765.43', '财政补贴收入\t7123.45', '其他收入\t123.46')), []);
    assert.deepEqual(summary(md('税收收入\t103427', '其中：增值税\t41256', '企业所得税\t13702', '非税收入\t48941')), []);
    // The marked rows alone may still not exceed it.
    assert.deepEqual(summary(md('基金收入\t26012.34', '其中：保险费收入\t28765.43', '财政补贴收入\t7123.45', '基金支出\t33012.45')), ['4 warning table-total 26012.34']);
  });

  it('a list closed by 其他 is all of it: a slip in it is still an error', () => {
    // (Not the text's last lines: a table the text ends with may be cut.)
    assert.deepEqual(summary(lines(md('年度资金总额\t180.00', '其中：当年财政拨款\t142.36', '上年结转资金\t27.80', '其他资金\t0'), '', '资金使用情况良好。')), ['4 error table-total 180.00']);
  });

  it('a 其中 right under a 其中 row and within it is that row’s (`其中：税收收入 / 其中：增值税`; `其中：当年财政拨款 / 其中：中央资金 / 上年结转资金`)', () => {
    const revenue = lines('单位：万元', '| 项目 | 本年累计 | 上年同期 |', '|---|---|---|', '| 一般公共预算收入 | 152368 | 141295 |', '| 其中：税收收入 | 103427 | 98560 |', '| 其中：增值税 | 41256 | 39870 |', '| 一般公共预算支出 | 387642 | 365718 |');
    assert.deepEqual(summary(revenue), []);
    const fund = (carried: string) =>
      lines('| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |', '| 年度资金总额 | 500 | 500 | 485 |', '| 其中：当年财政拨款 | 450 | 450 | 435 |', '| 其中：中央资金 | 300 | 300 | 300 |', `| 上年结转资金 | 50 | 50 | ${carried} |`);
    assert.deepEqual(summary(fund('50')), []);
  });

  it('a total first, its rows, then rows of another matter (会议费 after the 三公 items, a count of 批次, the next numbered section)', () => {
    assert.deepEqual(summary(md('“三公”经费合计\t83.53', '因公出国（境）费\t0', '公务用车购置及运行维护费\t62.18', '公务接待费\t21.35', '会议费\t12.60', '培训费\t18.45')), []);
    assert.deepEqual(summary(md('合计\t2.46', '因公出国（境）费\t0', '公务用车购置及运行维护费\t1.89', '公务接待费\t0.57', '国内公务接待批次（个）\t6')), []);
    assert.deepEqual(summary(md('“三公”经费合计\t84.53', '因公出国（境）费\t0', '公务用车购置及运行维护费\t62.18', '公务接待费\t21.35')), ['4 error table-total 84.53']);
  });

  it('a `减：` row is taken away: 18.36 + 58.47 − 2.15 = 74.68', () => {
    const t = (total: string) => lines('单位：亿元', '| 项目 | 金额 |', '|---|---|', '| 一般公共预算收入 | 18.36 |', '| 上级补助收入 | 58.47 |', '| 减：上解上级支出 | 2.15 |', `| 合计 | ${total} |`);
    assert.deepEqual(summary(t('74.68')), []);
    assert.deepEqual(summary(t('78.98')), ['7 error table-total 78.98']);
  });
});

describe('an unmarked row after a single 其中 child, which the 合计 needs at the top level (a helper’s 评价报告 probe)', () => {
  const t = (total: string) => lines('单位：万元', '资金来源\t预算数\t支出数', '中央资金\t3000\t2856.2', '其中：提前下达\t1800\t1800', '省级资金\t1100\t1044.6', '县级资金\t500\t402.3', `合计\t${total}\t4303.1`);
  it('3000 + 1100 + 500 = 4600: silent; a 合计 that fits no reading is still an error', () => {
    assert.deepEqual(summary(t('4600')), []);
    assert.deepEqual(summary(t('4700')), ['7 error table-total 4700']);
  });
});
