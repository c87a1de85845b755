// Web tables flattened into plain text with `|` between cells (issue #10): a row per line (with or without a
// leading pipe, padded with `||||`), or a cell per line (`合 计 |`, a lone `|` for a blank cell). Read only
// when the shape is certain; otherwise the lines stay prose and nothing is flagged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, findings, summary } from '../rules/helpers';
import { parse } from './helpers';

// 怀远县双桥集镇 2020 三公 决算表 (sg-huaiyuan-shuangqiaoji-2020), 合计 决算数 printed 27.5 for 25.7.
const cellPerLine = (total: string) =>
  doc(
    '一、2020年度一般公共预算财政拨款“三公”经费支出决算表',
    '单位:万元',
    ...['项 目 |', '预 算 数 |', '决 算 数 |', '合 计 |', '30.8 |', `${total} |`],
    ...['因公出国(境)费 |', '0 |', '0 |', '公务接待费 |', '14.8 |', '16.3 |'],
    ...['公务用车购置及运行维护费 |', '16 |', '9.4 |', '其中:公务用车运行维护费 |', '16 |', '9.4 |', '公务用车购置费 |', '0 |', '0 |'],
    '二、2020年度一般公共预算财政拨款“三公”经费支出情况说明',
  );

// 奉新县 2023 三公 预算增减表 (pd-fengxin-czj-2023), with a 合计 or a 公务用车费 misprinted.
const rowPerLine = (total: string, car: string) =>
  doc(
    '单位:万元 | ||||',
    '项目 | 2022年预算数 | 2023年预算数 | 2023年预算数增减 | 增减原因 |',
    `合计 | 2378.77 | ${total} | 36.67 | |`,
    '1、因公出国(境)费用 | 0 | 0 | 0 | 从严从紧控制出国经费。 |',
    '2、公务接待费 | 1114.54 | 989.86 | -124.68 | 严格执行中央八项规定及压减一般性支出要求,减少公务接待。 |',
    `3、公务用车费 | 1264.23 | ${car} | 161.35 | |`,
    '其中:(1)公务用车运转维护费 | 1007.23 | 898.22 | -109.01 | 厉行勤俭节约,减少相关支出。 |',
    '(2)公务用车购置费 | 257.00 | 527.36 | 270.36 | 新增负压救护车、执法执勤车辆和校车等车辆。 |',
    '奉新县2023年“三公”经费预算增减变化情况说明',
  );

describe('plain-text pipe tables', () => {
  it('a cell per line: header, 合计, 其中 children, unit', () => {
    const report = parse(cellPerLine('25.7'));
    assert.equal(report.tables.length, 1);
    const [table] = report.tables;
    assert.equal(table.unit, '万元');
    assert.deepEqual(table.columns.map((c) => `${c.header}:${c.role}`), ['项目:label', '预算数:initial-budget', '决算数:spent']);
    assert.deepEqual(
      table.rows.map((r) => `${r.line + 1} ${r.label} ${r.kind}${r.parent !== undefined ? ' child' : ''}`),
      ['8 合计 total', '11 因公出国(境)费 item', '14 公务接待费 item', '17 公务用车购置及运行维护费 item', '20 公务用车运行维护费 item child', '23 公务用车购置费 item child'],
    );
    assert.deepEqual(summary(cellPerLine('25.7')), []);
  });

  it('a cell per line: a 合计 that its rows do not make is flagged', () => {
    assert.deepEqual(summary(cellPerLine('27.5')), ['10 error table-total 27.5']);
  });

  it('a row per line with trailing pipes: 其中 (1) (2) children must make their parent', () => {
    assert.deepEqual(summary(rowPerLine('2415.44', '1425.58')), []);
    assert.deepEqual(summary(rowPerLine('2451.44', '1425.58')), ['5 error table-total 2451.44']);
    // 1452.58 for 1425.58, the 合计 made to agree with it: its children 898.22 + 527.36 say otherwise.
    assert.deepEqual(summary(rowPerLine('2442.44', '1452.58')), ['8 error table-total 1452.58']);
  });

  it('a blank cell is a lone pipe; an empty first column is read past', () => {
    const text = doc(
      '单位:万元',
      ...['|', '项 目 |', '预 算 数 |', '决 算 数 |', '|', '合 计 |', '3 |', '1.71 |'],
      ...['|', '因公出国(境)费 |', '|', '|', '|', '公务接待费 |', '1 |', '0.53 |', '|', '公务用车购置及运行维护费 |', '2 |', '1.18 |'],
      '二、情况说明',
    );
    const [table] = parse(text).tables;
    assert.deepEqual(
      table.rows.map((r) => `${r.label}:${r.cells.map((c) => c.text).join('/')}`),
      ['合计:/合 计/3/1.71', '因公出国(境)费:/因公出国(境)费//', '公务接待费:/公务接待费/1/0.53', '公务用车购置及运行维护费:/公务用车购置及运行维护费/2/1.18'],
    );
  });

  it('a two-row header flattened to one stream, with no label column to place rows by, is not read', () => {
    // 寿县司法局 2022 (sg-shouxian-sifa-2022): the values follow six header cells in two rows.
    const text = doc(
      '单位:万元',
      ...['“三公”经费合计 |', '因公出国(境)费 |', '公务用车购置及运行费 |', '公务 接待费 |', '||', '小计 |', '公务用车购置费 |', '公务用车运行费 |', '|||'],
      ...['79 |', '0 |', '75 |', '50 |', '25 |', '4 |'],
    );
    assert.equal(parse(text).tables.length, 0);
    assert.deepEqual(summary(text), []);
  });

  it('a 栏次 row is no row; a table cut by the end of the text is read, its 合计 first only kept within its total', () => {
    const cut = doc(
      '单位:万元 |',
      ...['项 目 |', '行次 |', '预算数 |', '决算统计数 |', '栏 次 |', '1 |', '2 |', '|'],
      ...['(一)支出合计 |', '2 |', '9.78 |', '9.75 |', '1.因公出国(境)费 |', '3 |', '0 |', '0 |', '2.公务用车购置及运行维护费 |', '4 |', '0 |', '0 |'],
    );
    // The excerpt may have cut 3.公务接待费: 0 + 0 within 9.78 is no slip.
    assert.deepEqual(summary(cut), []);
    assert.equal(parse(cut).tables[0].endsText, true);
    // Rows that add up to more than the 合计 are one, cut or not.
    const over = cut.replace('4 |\n0 |\n0 |', '4 |\n10 |\n0 |');
    assert.deepEqual(summary(over), ['14 warning table-total 9.78']);
    const whole = cut + '\n3.公务接待费 |\n5 |\n9.78 |\n9.75 |\n二、说明';
    const [table] = parse(whole).tables;
    assert.deepEqual(table.rows.map((r) => r.label), ['(一)支出合计', '1.因公出国(境)费', '2.公务用车购置及运行维护费', '3.公务接待费']);
    assert.deepEqual(summary(whole), []);
  });
});

describe('a whole table on one line (a web table flattened with `|` and no line breaks)', () => {
  const oneLine = (rate: string) =>
    doc('表1 预算执行情况表', `项目 | 年初预算 | 决算数 | 完成率 | 合计 | 100 | 90 | ${rate}% | 基本支出 | 60 | 55 | 91.67% | 项目支出 | 40 | 35 | 87.5%`);

  it('the one width that makes every row a label and its figures is read: header, 合计, rows', () => {
    const [table] = parse(oneLine('90')).tables;
    assert.deepEqual(table.columns.map((c) => `${c.header}:${c.role}`), ['项目:label', '年初预算:initial-budget', '决算数:spent', '完成率:rate']);
    assert.deepEqual(table.rows.map((r) => `${r.label} ${r.kind}:${r.cells.map((c) => c.text).join('/')}`), ['合计 total:合计/100/90/90%', '基本支出 item:基本支出/60/55/91.67%', '项目支出 item:项目支出/40/35/87.5%']);
    assert.deepEqual(summary(oneLine('90')), []);
  });

  it('完成率 95% where 90 ÷ 100 = 90% is an error on that cell', () => {
    assert.deepEqual(summary(oneLine('95')), ['4 error table-row-formula 95']);
  });
});

describe('a Markdown table in a .txt file, and a 全年执行 column', () => {
  const scores = (total: string) =>
    doc('表3 绩效自评得分表', '| 一级指标 | 分值 | 得分 |', '|---|---|---|', '| 决策 | 20 | 18 |', '| 过程 | 20 | 19 |', '| 产出 | 40 | 37.5 |', '| 效益 | 20 | 17 |', `| 合计 | 100 | ${total} |`);
  const spent = (total: string) =>
    doc('单位：万元', '项目 | 年初预算 | 全年预算 | 全年执行 | 执行率', '基本支出 | 865.32 | 878.5 | 865.32 | 98.50%', '项目支出 | 159.24 | 431.92 | 383.28 | 88.74%', `合计 | 1024.56 | 1310.42 | ${total} | 95.28%`);

  it('the `|---|` row under the header is no row: 合计 得分 92.5 where 18 + 19 + 37.5 + 17 = 91.5 is found', () => {
    assert.deepEqual(summary(scores('91.5')), []);
    assert.deepEqual(summary(scores('92.5')), ['10 error score 92.5']);
  });

  it('全年执行 is the amount spent: its 合计 is checked, and 执行率 against it', () => {
    const [table] = parse(spent('1248.6')).tables;
    assert.deepEqual(table.columns.map((c) => c.role), ['label', 'initial-budget', 'adjusted-budget', 'spent', 'rate']);
    assert.deepEqual(summary(spent('1248.6')), []);
    assert.equal(summary(spent('1284.6'))[0], '7 error table-total 1284.6');
  });
});

describe('a second header row flattened to the left under a merged cell (qt-changning-czj-2015)', () => {
  const text = [
    '项 目 | 2014年决算数 | 2015年决算数 | 2015年决算比上年增、减情况 | |',
    '增、减额 | 增、减幅度 | |||',
    '合 计 | 1953.72 | 1957.23 | 3.51 | 0.2% |',
    '1、因公出国(境)费 | 12.23 | 65.98 | 53.75 | 437.7% |',
    '2、公务接待费 | 977.3 | 918.5 | -58.8 | -6.0% |',
  ].join('\n');

  it('its words name the columns under the merged cell; the rows are the body', () => {
    const [table] = parse(text).tables;
    assert.deepEqual(table.columns.map((c) => c.header), ['项目', '2014年决算数', '2015年决算数', '增、减额', '增、减幅度']);
    assert.deepEqual(table.rows.map((r) => r.label), ['合计', '1、因公出国(境)费', '2、公务接待费']);
    assert.deepEqual(summary(text), ['4 error table-row-formula 437.7']);
  });
});

describe('a 自评表 as a web page flattens it: the merged first header cell and its blank neighbour', () => {
  const table = (score: string) =>
    [
      '2023年度项目支出绩效自评表',
      '项目名称 | 乡村振兴补助',
      '项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分',
      ` | 年度资金总额 | 100 | 100 | 95 | 10 | 95% | ${score}`,
      ' | 其中：当年财政拨款 | 80 | 80 | 75 | — | 93.75% | —',
      ' | 上年结转资金 | 20 | 20 | 20 | — | 100% | —',
    ].join('\n');

  it('the rows open on a pipe, the header has one blank cell after its label: read as one label column', () => {
    const t = parse(table('9.5')).tables[0];
    assert.deepEqual(t.columns.map((c) => c.header), ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    assert.deepEqual(t.rows.map((r) => r.label), ['年度资金总额', '当年财政拨款', '上年结转资金']);
  });

  it('得分 8 where 95% × 10 = 9.5 is found', () => {
    assert.deepEqual(summary(table('8')), ['4 error score 8']);
  });
});

describe('a 自评表 funds block whose first header cell spans its rows (rl2-nanchong-lyj-2023)', () => {
  const table = (rate: string) =>
    [
      '部门预算项目支出绩效自评表(2023年度) | | | | | | | | | | |',
      '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |',
      `| 总额 | 5.00 | 5.00 | 4.50 | | | ${rate} | 10 | | |`,
      `| 其中:财政资金 | 5.00 | 5.00 | 4.50 | | | ${rate} | / | / | |`,
      '| 财政专户管理资金 | 0.00 | 0.00 | 0.00 | | | 0.00% | / | / | |',
      '| 单位资金 | 0.00 | 0.00 | 0.00 | | | 0.00% | / | / | |',
      '| 其他资金 | | | | | | | / | / | |',
      '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |',
    ].join('\n');

  it('the rows line up under the header once its spanning cell and its blank grid columns are taken out', () => {
    const t = parse(table('90.00%')).tables[0];
    assert.deepEqual(t.columns.map((c) => `${c.header}:${c.role}`), ['年度预算数(万元):label', '年初预算:initial-budget', '调整后预算数:adjusted-budget', '预算执行数:spent', '预算执行率:rate', '权重:weight', '得分:score', '原因:note']);
    assert.deepEqual(t.rows.map((r) => r.label), ['总额', '财政资金', '财政专户管理资金', '单位资金', '其他资金']);
  });

  it('预算执行率 100.00% where 4.50 ÷ 5.00 = 90%: an error on each row that states it', () => {
    assert.deepEqual(summary(table('100.00%')), ['3 error table-row-formula 100.00', '4 error table-row-formula 100.00']);
    assert.deepEqual(summary(table('90.00%')), []);
  });
});

describe('a 自评表’s indicators as a web page flattens them (the merged 一级指标 cell a line opening on a pipe)', () => {
  const table = (score: string) =>
    [
      '2023年度项目支出绩效自评表',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分',
      '产出指标 | 数量指标 | 补助户数 | 100户 | 100户 | 20 | 20',
      ' | 质量指标 | 验收合格率 | 100% | 100% | 20 | 20',
      ' | 时效指标 | 完成及时率 | 100% | 90% | 10 | 9',
      '效益指标 | 社会效益指标 | 群众收入增加 | 明显 | 明显 | 30 | 30',
      `满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 95% | 10 | ${score}`,
      `总分 |  |  |  |  | 90 | ${Number(score) + 79}`,
    ].join('\n');

  it('the rows line up under the header, a blank first cell where the line opens on a pipe', () => {
    const t = parse(table('10')).tables[0];
    assert.deepEqual(t.columns.map((c) => c.role), ['label', 'label', 'label', 'other', 'other', 'weight', 'score']);
    assert.deepEqual(t.rows.map((r) => r.label), ['补助户数', '验收合格率', '完成及时率', '群众收入增加', '受益群众满意度', '总分']);
  });

  it('得分 12 over its 分值 10 is an error; 10 holds', () => {
    assert.deepEqual(summary(table('12')).filter((s) => s.includes(' 12')), ['7 error score 12']);
    assert.deepEqual(summary(table('10')), []);
  });
});

describe('a pipe table of one row under a header naming three values or more (a 自评表 funds line)', () => {
  const funds = (score: string) =>
    doc('表1 资金表', '| 指标 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', '|---|---|---|---|---|---|', `| 年度资金总额 | 50 | 46.3 | 10 | 92.6% | ${score} |`, '说明');

  it('is read: 得分 9.8 where 92.6% × 10 = 9.26 is an error; 9.26 holds', () => {
    assert.deepEqual(summary(funds('9.26')), []);
    assert.deepEqual(summary(funds('9.8')), ['6 error score 9.8']);
  });

  it('one row under a header of two values stays prose', () => {
    assert.equal(parse(doc('项目 | 预算数 | 决算数', '合计 | 50 | 46.3', '说明')).tables.length, 0);
  });
});

describe('a pipe table with two label columns or more before its values', () => {
  const coded = (first: string) =>
    doc('表5 支出决算表', '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |', `| 2010301 | 行政运行 | ${first} | 845.20 | 0.00 |`, '| 2010302 | 一般行政管理事务 | 257.15 | 0.00 | 257.15 |', '| | 合计 | 1,102.35 | 845.20 | 257.15 |', '说明');

  it('科目编码 | 科目名称: the code and the name label each row, the 合计 row’s code left blank', () => {
    const [table] = parse(coded('845.20')).tables;
    assert.deepEqual(table.rows.map((r) => `${r.label} ${r.kind}`), ['行政运行 item', '一般行政管理事务 item', '合计 total']);
    assert.deepEqual(summary(coded('845.20')), []);
  });

  it('a row total 854.20 where 845.20 + 0.00 = 845.20 is the one finding (the 合计 is right once it is corrected)', () => {
    assert.deepEqual(summary(coded('854.20')), ['5 error table-total 854.20']);
  });

  it('一级指标 | 二级指标 | 三级指标 | 分值 | 得分, a merged cell left blank: 得分 21 over its 分值 20', () => {
    const text = doc('表3 指标表', '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |', '| 产出指标 | 数量指标 | 培训人次 | 20 | 21 |', '| | 质量指标 | 培训合格率 | 15 | 15 |', '| 效益指标 | 社会效益 | 群众知晓率 | 15 | 14 |', '说明');
    assert.deepEqual(summary(text), ['5 error score 21']);
  });
});

describe('a 完成预算% column, and full-width ｜ between cells', () => {
  it('完成预算% is a rate whose bare cells are percentages: 96.40 where 473.00 ÷ 500.00 = 94.60% is an error', () => {
    const text = (r: string) => doc('表1 收入表', '| 收入项目 | 预算数 | 决算数 | 完成预算% |', `| 一般公共预算财政拨款收入 | 500.00 | 473.00 | ${r} |`, '| 其他收入 | 100.00 | 90.00 | 90.00 |', '说明');
    assert.deepEqual(summary(text('94.60')), []);
    assert.deepEqual(summary(text('96.40')), ['5 error table-row-formula 96.40']);
  });
  it('｜ cells are read as | cells: 执行率 88.00％ where 98 ÷ 100 = 98% is an error', () => {
    const text = doc('表1 资金表', '｜ 项目 ｜ 全年预算数 ｜ 全年执行数 ｜ 执行率 ｜', '｜ 年度资金总额 ｜ 100 ｜ 98 ｜ 88.00％ ｜', '｜ 其中：财政拨款 ｜ 100 ｜ 98 ｜ 98.00％ ｜', '说明');
    assert.deepEqual(summary(text), ['5 error table-row-formula 88.00']);
  });
});

describe('a 自评表 as pipe rows: the funds block, then the indicator block under its own header', () => {
  const form = (total: string) =>
    doc('表1 自评表', '资金（万元）|全年预算数|全年执行数|分值|执行率|得分', '年度资金总额|135.00|128.47|10|95.16%|9.52', '一级指标|二级指标|三级指标|分值|得分', '产出指标|数量指标|养护里程|90|90', `总分|||100|${total}`, '说明');
  it('two tables; 总分 counts the funds block’s 分值 10 and 得分 9.52 (10 + 90, 9.52 + 90)', () => {
    assert.equal(parse(form('99.52')).tables.length, 2);
    assert.deepEqual(summary(form('99.52')), []);
  });
  it('a 总分 those do not make is an error', () => {
    assert.deepEqual(summary(form('98.52')), ['8 error score 98.52']);
  });
});

describe('a Markdown 收入支出决算总表 in a .txt file, its halves side by side (a helper’s table slip probe)', () => {
  const text = (total: string) => ['单位：万元', '| 收入项目 | 决算数 | 支出项目 | 决算数 |', '|---|---|---|---|', '| 本年收入合计 | 3928.95 | 本年支出合计 | 3773.26 |', '| 年初结转和结余 | 37.28 | 年末结转和结余 | 192.97 |', `| 收入总计 | 3966.23 | 支出总计 | ${total} |`].join('\n');
  it('read as two halves: 支出总计 3967.13 against 3773.26 + 192.97 = 3966.23 is an error; 3966.23 holds', () => {
    assert.equal(parse(text('3966.23')).tables.length, 2);
    assert.deepEqual(summary(text('3967.13')), ['6 error table-total 3967.13']);
    assert.deepEqual(summary(text('3966.23')), []);
  });
});

describe('a header cell `增长%` is no blank to fill in (a helper’s probe)', () => {
  it('no placeholder hint for `| 项目 | 执行数 | 增长% |`; `比上年增长%，` in prose still is one', () => {
    assert.deepEqual(findings(['| 项目 | 执行数 | 增长% |', '|---|---|---|', '| 税收收入 | 210.00 | 5.0 |'].join('\n'), 'md').filter((f) => f.rule === 'placeholder'), []);
    assert.equal(findings(doc('本年支出100.00万元，比上年增长%，主要是项目增加。')).filter((f) => f.rule === 'placeholder').length, 1);
  });
});

describe('the 基本支出决算表 in two halves, code and name columns each (a helper’s Word 决算公开表 probe)', () => {
  const text = '| 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数 |\n|---|---|---|---|---|---|\n| 301 | 工资福利支出 | 100.00 | 302 | 商品和服务支出 | 20.00 |\n| 303 | 对个人和家庭的补助 | 5.00 | 30201 | 办公费 | 20.00 |\n|  | 人员经费合计 | 105.00 |  | 公用经费合计 | 20.00 |';
  it('人员经费合计 adds up its half, 公用经费合计 its own: silent; a slip in the left half found there', () => {
    assert.equal(parse(text).tables.length, 2);
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('| 105.00 |', '| 115.00 |')), ['5 error table-total 115.00']);
  });
});
