// score: 自评表 — 得分 ≤ 分值; 预算执行率 得分 = 执行率 × 分值 (capped at 分值); 总分 = Σ 得分; grade from 总分.
// Scores are read to their printed precision (domain.md), 分值 exactly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, checks, doc, findings, only, pipeTable, rowTable, summary } from './helpers';

const HEADER = ['一级指标', '二级指标', '年度指标值', '实际完成值', '分值', '得分'];
const selfEvaluation = (opts: { rate?: string; budgetScore?: string; output?: string; total?: string; grade?: string } = {}) => {
  const { rate = '95%', budgetScore = '9.5', output = '48', total = '94.5', grade = '优' } = opts;
  return doc(
    '## 项目支出绩效自评表',
    '',
    ...pipeTable([
      HEADER,
      ['预算执行', '预算执行率', '100%', rate, '10', budgetScore],
      ['产出指标', '数量指标', '12个', '12个', '50', output],
      ['效益指标', '社会效益', '显著', '较显著', '30', '27'],
      ['满意度指标', '服务对象满意度', '≥90%', '93%', '10', '10'],
      ['总分', '', '', '', '100', total],
    ]),
    '',
    `自评得分${total}分，评价等级为“${grade}”。`,
  );
};

describe('score', () => {
  it('a consistent 自评表: 95% × 10 = 9.5; 9.5 + 48 + 27 + 10 = 94.5; 94.5 is 优', () => {
    const text = selfEvaluation();
    assertConsistent(text, 'score', '9.5', 'md');
    assertConsistent(text, 'score', '94.5', 'md');
  });

  it('a 得分 above its 分值 is an error; no fix while 总分 adds it up as stated', () => {
    const text = selfEvaluation({ output: '52', total: '98.5' });
    const f = only(text, 'md');
    assert.equal(f.rule, 'score');
    assert.equal(f.severity, 'error');
    assert.equal(f.line, 8);
    assert.equal(f.figure, '52');
    assert.equal(f.message, '数量指标·得分 52 超过了分值 50；但总分·得分（预算执行率 9.5 + 数量指标 52 + 社会效益 27 + 服务对象满意度 10）相符，差错也可能在其他数字');
    assert.equal(f.fix, undefined);
  });

  it('预算执行率 得分 8 for 95% × 10 = 9.5 is an error with the exact message', () => {
    // 95% → [94.5, 95.5] → [9.45, 9.55]; 8 → [7.5, 8.5].
    const text = selfEvaluation({ budgetScore: '8', total: '93' });
    const f = only(text, 'md');
    assert.equal(f.figure, '8');
    assert.equal(
      f.message,
      '预算执行率·得分应为 9.5（min(执行率 95% × 分值 10, 10)），文中为 8，相差 1.5；但总分·得分（预算执行率 8 + 数量指标 48 + 社会效益 27 + 服务对象满意度 10）相符，差错也可能在其他数字',
    );
    assert.equal(f.fix, undefined, '9.5 alone would break the 总分 of 93');
  });

  it('预算执行率 得分 9.4 touches 9.45 (95% read as [94.5, 95.5]): consistent', () => {
    // 9.4 → [9.35, 9.45]; 95% × 10 → [9.45, 9.55]: they meet at 9.45. (Total 94.4 = 9.4 + 48 + 27 + 10.)
    assertConsistent(selfEvaluation({ budgetScore: '9.4', total: '94.4' }), 'score', '9.4', 'md');
  });

  it('预算执行率 得分 9 is consistent with 95%: a rate of 94.5% gives 9.45, printed 9', () => {
    // 9 → [8.5, 9.5] meets [9.45, 9.55]. (Total 94 = 9 + 48 + 27 + 10.)
    assertConsistent(selfEvaluation({ budgetScore: '9', total: '94' }), 'score', '9', 'md');
  });

  it('预算执行率 得分 9.3 ([9.25, 9.35]) and 9.7 ([9.65, 9.75]) are outside [9.45, 9.55]', () => {
    assert.deepEqual(summary(selfEvaluation({ budgetScore: '9.3', total: '94.3' }), 'md'), ['7 error score 9.3']);
    assert.deepEqual(summary(selfEvaluation({ budgetScore: '9.7', total: '94.7' }), 'md'), ['7 error score 9.7']);
  });

  it('the 执行率 score is capped at 分值: 105% gives 10, not 10.5', () => {
    assertConsistent(selfEvaluation({ rate: '105%', budgetScore: '10', total: '95' }), 'score', '10', 'md');
  });

  it('the cap really binds: 120% × 10 = 12 is scored 10; a 得分 of 9 should be 10, not 12', () => {
    // Uncapped, 120% ([119.5, 120.5]) × 10 is [11.95, 12.05]: a printed 10 ([9.5, 10.5]) would not meet it.
    assertConsistent(selfEvaluation({ rate: '120%', budgetScore: '10', total: '95' }), 'score', '10', 'md');
    const text = selfEvaluation({ rate: '120%', budgetScore: '9', total: '94' });
    const f = only(text, 'md');
    assert.equal(f.figure, '9');
    assert.match(f.message, /^预算执行率·得分应为 10（min\(执行率 120% × 分值 10, 10\)），文中为 9，相差 1/);
    assert.equal(f.fix, undefined, '10 alone would break the 总分 of 94');
  });

  it('总分 = Σ 得分: 84.5 for 94.5 is an error on the total', () => {
    const f = only(selfEvaluation({ total: '84.5', grade: '良' }), 'md');
    assert.equal(f.figure, '84.5');
    assert.equal(f.line, 11);
    assert.equal(f.fix, '94.5');
  });

  it('the grade follows the total: 88.5 is 良, not 优 (exact message and fix)', () => {
    const text = selfEvaluation({ output: '42', total: '88.5' });
    const f = only(text, 'md');
    assert.equal(f.rule, 'score');
    assert.equal(f.figure, '优');
    assert.equal(f.line, 13);
    assert.equal(f.message, '总分 88.5 分对应等级“良”（优 ≥ 90，良 80–89，中 60–79，差 < 60），文中为“优”');
    assert.equal(f.fix, '良');
    assert.deepEqual(findings(applyFix(text, f), 'md'), []);
  });

  it('a total of exactly 90 is 优', () => {
    assert.deepEqual(findings(selfEvaluation({ output: '43.5', total: '90' }), 'md'), []);
  });

  // The standard layout: 表2 资金 (年度资金总额 with 执行率, 分值, 得分), then 表3 指标 with 总分; pasted from Word as
  // rows of TAB cells, the merged 一级指标 cells left empty.
  const split = (fundsScore: string, total: string) =>
    doc(
      '表2 项目资金情况（单位：万元）',
      ...rowTable([
        ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', '1360.00', '1485.00', '1436.72', '10', '96.75%', fundsScore],
        ['其中：财政拨款', '1360.00', '1460.00', '1411.72', '—', '96.69%', '—'],
      ]),
      '',
      '表3 绩效指标完成情况',
      ...rowTable([
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '校舍维修改造面积', '2.4万平方米', '2.5万平方米', '50', '48'],
        ['', '质量指标', '工程验收合格率', '100%', '100%', '20', '20'],
        ['满意度指标', '服务对象满意度', '师生满意度', '≥90%', '95%', '20', '19'],
        ['总分', '', '', '', '', '100', total],
      ]),
    );

  it('a 年度资金总额 row with a 执行率 column is scored: 96.75% × 10 = 9.675 → 9.67 or 9.68', () => {
    assertConsistent(split('9.68', '96.68'), 'score', '9.68');
    const f = only(split('9.76', '96.76'));
    assert.equal(f.figure, '9.76');
    // The 总分 96.76 was added up from the 9.76, so the slip may be in either: no fix is offered.
    assert.equal(
      f.message,
      '年度资金总额·得分应为 9.68（min(执行率 96.75% × 分值 10, 10)），文中为 9.76，相差 0.09；' +
        '但总分·得分（年度资金总额 9.76 + 校舍维修改造面积 48 + 工程验收合格率 20 + 师生满意度 19）相符，差错也可能在其他数字',
    );
  });

  it('a 总分 counts the scored rows of the table before it that has no total; an empty merged cell keeps its column', () => {
    // 9.68 + 48 + 20 + 19 = 96.68; 10 + 50 + 20 + 20 = 100.
    assertConsistent(split('9.68', '96.68'), 'score', '96.68');
    assert.deepEqual(summary(split('9.68', '86.68')), ['13 error score 86.68']);
  });

  it('a 自评表 whose indicators come under a second header row in the same grid: each block by its own header', () => {
    const text = (score: string) =>
      doc('## 项目支出绩效自评表', '', ...pipeTable([
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', '80.00', '86.50', '84.20', '10', '97.34%', '9.73'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '时效指标', '完成时间', '4月底前', '6月15日', '10', score],
        ['效益指标', '社会效益指标', '受益村庄', '12个', '12个', '15', '15'],
      ]));
    // No 执行率 column is read from under the indicators' 实际完成值, no 分值 from 6月15日.
    assert.deepEqual(summary(text('10'), 'md'), []);
    assert.deepEqual(summary(text('11'), 'md'), ['9 error score 11']);
  });
});

describe('a total score stated in prose with its 一级指标 scores', () => {
  const text = (total: string, tail = '，效益指标得分22分') => doc(`经自评，该项目自评得分为${total}分，其中：决策指标得分9分，过程指标得分18分，产出指标得分45分${tail}。`);

  it('9 + 18 + 45 + 22 = 94: 92 is an error (scores are exact, as in a 自评表), 94 holds', () => {
    const f = only(text('92'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error score 92');
    assert.equal(f.message, '该项目自评得分应为 94分（决策指标得分 9 + 过程指标得分 18 + 产出指标得分 45 + 效益指标得分 22），文中为 92分，相差 2分');
    assert.equal(applyFix(text('92'), f), text('94'));
    assertConsistent(text('94'), 'score', '94');
  });

  it('the parts first and 合计 after them; the parts in brackets', () => {
    assert.deepEqual(summary(doc('决策指标得分18分，过程指标得分19.5分，产出指标得分37分，效益指标得分21分，合计得分93.5分。')), ['3 error score 93.5']);
    assert.deepEqual(summary(doc('该项目自评得分为93分（决策9分、过程18分、产出45分、效益22分）。')), ['3 error score 93']);
  });

  it('three levels short of the total may leave the fourth out: silent; three over it are an error', () => {
    assert.deepEqual(summary(text('90', '')), []);
    assert.deepEqual(summary(text('70', '')), ['3 error score 70']);
  });

  it('weights (分值) are no scores of the total', () => {
    assert.deepEqual(summary(doc('该项目自评得分为92分，决策指标分值10分，过程指标分值20分，产出指标分值40分，效益指标分值30分。')), []);
  });

  it('a bare 得分 right after an indicator’s 分值 is that indicator’s score, no total of the levels after it', () => {
    // 10 ≤ 10 and 10 + 47 + 27 + 9 = 93: nothing is wrong (a helper's 自评结论 probe, session 9).
    assert.deepEqual(summary(doc('预算执行率指标（分值10分）得分10分，产出指标得分47分，效益指标得分27分，满意度指标得分9分，自评总分93分。')), []);
  });
});

describe('the 预算执行率 indicator scored in prose: 执行率 × 分值, capped', () => {
  it('预算执行率（10分）…预算执行率96.56%，得分9.9分: 96.56% × 10 = 9.66, an error; 9.66 holds', () => {
    const text = (s: string) => doc(`预算执行率（10分）：全年预算数3,520.00万元，全年执行数3,398.75万元，预算执行率96.56%，得分${s}分。`);
    const f = only(text('9.9'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 error score 9.9');
    assert.equal(f.message, '预算执行率得分应为 9.66分（min(执行率 96.56% × 分值 10, 10)），文中为 9.9分，相差 0.24分');
    assertConsistent(text('9.66'), 'score', '9.66');
  });
  it('with 该指标分值 between, and a whole 得分 its rounding allows', () => {
    assert.deepEqual(summary(doc('预算执行率为87.6%，该指标分值10分，得分9.5分。')), ['3 error score 9.5']);
    assert.deepEqual(summary(doc('预算执行率95.28%，该指标分值10分，得分10分。')), []);
  });
  it('a paragraph that states its own scoring (thresholds, full marks) is not read', () => {
    assert.deepEqual(summary(doc('预算执行率87.6%，该指标分值10分，执行率在85%以上得满分，得分10分。')), []);
  });
});

describe('the grade follows the 总分, not an indicator’s 得分 before it', () => {
  it('预算执行率得分9.8分，总分97.8分，等级为优: right; 总分87.8分 with 优 is an error (良)', () => {
    assert.deepEqual(summary(doc('预算执行率得分9.8分，总分97.8分，等级为优。')), []);
    assert.deepEqual(summary(doc('预算执行率得分9.8分，总分87.8分，等级为优。')), ['3 error score 优']);
  });
});

describe('a score stated right after its 分值 in prose', () => {
  it('过程指标分值20分，得分22分: over its 分值, an error; 得分20分 is not', () => {
    assert.deepEqual(summary(doc('本项目一级指标中，决策指标分值20分，得分18分；过程指标分值20分，得分22分；产出指标分值40分，得分36分。')), ['3 error score 22']);
    assert.deepEqual(summary(doc('过程指标分值20分，得分20分。')), []);
  });

  it('`分值分别为50分、30分，得分分别为48分、28分`: lists paired by position, the last 分值 is not the first 得分’s (a helper’s 自评表 probe)', () => {
    assert.deepEqual(summary(doc('产出指标、效益指标分值分别为50分、30分，得分分别为48分、28分。')), []);
    assert.deepEqual(summary(doc('产出指标、效益指标、满意度指标分值分别为50分、30分、10分，得分分别为48分、28分、9分。')), []);
  });

  it('a 项目 自评表 total in prose: 预算执行率 + 产出 + 效益 + 满意度 (probe-l); 满意度 inside 效益 of a 部门整体 total is no fifth part', () => {
    const project = (total: string) => doc(`经自评，本项目预算执行率得分9.5分，产出指标得分48分，效益指标得分28分，满意度指标得分9分，自评总分${total}分。`);
    assertConsistent(project('94.5'), 'score', '94.5');
    assert.deepEqual(summary(project('95.5')), ['3 error score 95.5']);
    assertConsistent(doc('经自评，总分95分，其中决策指标得分20分、过程指标得分20分、产出指标得分30分、效益指标得分25分（其中满意度指标得分10分）。'), 'score', '95');
    assertConsistent(doc('经自评，总分95分，其中决策指标得分20分，过程指标得分20分，产出指标得分30分，效益指标得分25分，其中满意度得分10分。'), 'score', '95');
  });

  it('the 执行率 between the indicator’s 分值 and its 得分 (`分值10分，该项目全年执行率为87.6%，…得分9.5分`): 8.76 (probe-l)', () => {
    const text = (s: string) => doc(`预算执行率指标分值10分，该项目全年执行率为87.6%，根据得分计算方法，得分${s}分。`);
    assertConsistent(text('8.76'), 'score', '8.76');
    assert.deepEqual(summary(text('9.5')), ['3 error score 9.5']);
  });
});


describe('score tables whose 二级 rows stand unnumbered under 一、二、三、 (a helper’s 自评报告 probes)', () => {
  it('合计 is of the numbered rows, each of its rows below (产出 49 = 20 + 14.5 + 9.5 + 5, though 14.5 = 9.5 + 5 too)', () => {
    const text = (total: string) =>
      doc('| 指标 | 分值 | 得分 |', '|---|---|---|', '| 一、预算执行率 | 10 | 9.76 |', '| 二、产出指标 | 50 | 49 |', '| 数量指标 | 20 | 20 |', '| 质量指标 | 15 | 14.5 |', '| 时效指标 | 10 | 9.5 |', '| 成本指标 | 5 | 5 |', '| 三、效益指标 | 30 | 28 |', '| 社会效益 | 20 | 19 |', '| 可持续影响 | 10 | 9 |', '| 四、满意度指标 | 10 | 9.6 |', '| 服务对象满意度 | 10 | 9.6 |', `| 合计 | 100 | ${total} |`);
    assert.deepEqual(summary(text('96.36')), []);
    assert.ok(checks(text('96.36')).some((c) => c.rule === 'score' && c.figure === '96.36' && c.holds));
    assert.deepEqual(summary(text('97.36')), ['16 error score 97.36']);
  });

  it('a 总分 row under the 年度资金总额 rows is points, no money total', () => {
    const text = doc('项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '年度资金总额\t3,820.00\t4,126.80\t3,986.27\t10\t96.59%\t9.66', '总分\t100\t93.66');
    assert.deepEqual(summary(text).filter((s) => s.includes('table-total')), []);
  });
});

describe('a total score, then its 一级指标 scores in a sentence opening on 其中 (a helper’s slip probe)', () => {
  it('9.49 + 47 + 28 + 9.5 = 93.99 against 94.99: an error at the total; 93.99 holds', () => {
    const text = (total: string) => doc(`自评得分${total}分。其中：预算执行率得分9.49分，产出指标得分47分，效益指标得分28分，满意度指标得分9.5分。`);
    assert.deepEqual(summary(text('94.99')), ['3 error score 94.99']);
    assertConsistent(text('93.99'), 'score', '93.99');
  });
});

describe('自评表 layouts of a helper’s false-alarm hunt', () => {
  it('an Excel export repeating the 一级指标 on every row: 小计 is of the rows naming it (30 + 20 = 50, 30 + 18.5 = 48.5)', () => {
    const text = (sub: string) => doc('一级指标\t二级指标\t三级指标\t分值\t得分', '产出指标\t数量指标\t新建村级服务站\t30\t30', '产出指标\t质量指标\t工程验收合格率\t20\t18.5', `小计\t\t\t50\t${sub}`, '效益指标\t社会效益指标\t服务覆盖行政村比例\t40\t40', '小计\t\t\t40\t40', '总分\t\t\t90\t88.5');
    assert.deepEqual(summary(text('48.5')), []);
    assert.ok(summary(text('47.5')).includes('6 error score 47.5'));
  });

  it('一级指标 rows carrying their group’s points head the rows below them: 总分 is of the heads, each head of its rows', () => {
    const text = (quality: string, total: string) =>
      doc('| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |', '| --- | --- | --- | --- | --- |', '| 产出指标 | | | 50 | 48.5 |', '| | 数量指标 | 新建村级服务站 | 30 | 30 |', `| | 质量指标 | 工程验收合格率 | 20 | ${quality} |`, '| 效益指标 | | | 40 | 40 |', '| | 社会效益指标 | 服务覆盖行政村比例 | 40 | 40 |', `| 总分 | | | 90 | ${total} |`);
    // (It drew 总分·分值应为 180 and 总分·得分应为 177.0: heads and their rows added alike.)
    assert.deepEqual(summary(text('18.5', '88.5')), []);
    assert.deepEqual(summary(text('18.5', '87.5')), ['10 error score 87.5']);
    assert.equal(only(text('17.5', '88.5')).message, '产出指标·得分应为 47.5（新建村级服务站 30 + 工程验收合格率 17.5），文中为 48.5，相差 1；但总分·得分（产出指标 48.5 + 效益指标 40）相符，差错也可能在其他数字');
  });

  it('得分 worked out as fractions of 分值 are printed rounded: 10 + 41.67 + 26.67 + 6.67 = 85.01 is a 总分 of 85', () => {
    const text = (total: string) => doc('| 一级指标 | 分值 | 得分 |', '| --- | --- | --- |', '| 预算执行率 | 10 | 10 |', '| 产出指标 | 50 | 41.67 |', '| 效益指标 | 30 | 26.67 |', '| 满意度指标 | 10 | 6.67 |', `| 总分 | 100 | ${total} |`);
    assert.deepEqual(summary(text('85')), []);
    assert.deepEqual(summary(text('85.5')), ['9 error score 85.5']);
  });
});

describe('a text stating its own grade bands grades by them (a helper’s 自评报告 probes)', () => {
  it('`（85分及以上为优秀）` with 86.5 and 优秀, `良（75-89分）` with 77 and 良: silent; without the bands 86.5 is 良', () => {
    assert.deepEqual(summary(doc('本项目自评得分86.5分，评价等级为“优秀”（85分及以上为优秀）。')), []);
    assert.deepEqual(summary(doc('自评结果分为优（90分及以上）、良（75-89分）、合格（60-74分）、不合格（60分以下）。本项目自评得分77分，评价等级为“良”。')), []);
    assert.deepEqual(summary(doc('本项目自评得分86.5分，评价等级为“优秀”。')), ['3 error score 优秀']);
  });
});

describe('预算执行率 scores in prose, worded otherwise (a helper’s 自评 slip probes)', () => {
  it('a bare 执行率 under the indicator’s name, and the 分值 in brackets after the score', () => {
    assert.equal(only(doc('预算执行率：执行率98.37%，分值10分，得分9.87分。')).message, '预算执行率得分应为 9.84分（min(执行率 98.37% × 分值 10, 10)），文中为 9.87分，相差 0.03分');
    assert.deepEqual(summary(doc('预算执行率指标分值20分，执行率96.54%，得分19.13分。')), ['3 error score 19.13']);
    assert.deepEqual(summary(doc('预算执行率95%，得分9.8分（分值10分）。')), ['3 error score 9.8']);
    for (const text of ['预算执行率：执行率98.37%，分值10分，得分9.84分。', '预算执行率指标分值20分，执行率96.54%，得分19.31分。', '预算执行率95%，得分9.5分（分值10分）。']) {
      assert.deepEqual(summary(doc(text)), [], text);
    }
  });
});

describe('a grade is of the score of its own sentence or stretch (a helper’s 自评 probe)', () => {
  it('`…96.5分，等级为优。上年得分88分，等级为良。` and `项目A…96.5分，等级为优；项目B…86分，等级为良`: silent; 86 with 优 is an error', () => {
    assert.deepEqual(summary(doc('该项目自评得分96.5分，等级为优。上年得分88分，等级为良。')), []);
    assert.deepEqual(summary(doc('项目A自评得分96.5分，等级为优；项目B自评得分86分，等级为良。')), []);
    assert.deepEqual(summary(doc('项目A自评得分96.5分，等级为优；项目B自评得分86分，等级为优。')), ['3 error score 优']);
  });
});

describe('a text’s own grade bands with （含） (a helper’s 评价报告 probe)', () => {
  it('`85分（含）以上为优秀`: 86 is 优秀 by the text’s own bands — silent; without them 86 with 优秀 is an error', () => {
    assert.deepEqual(summary(doc('评价等级：85分（含）以上为优秀，70（含）—85分为良好。项目综合得分86分，评价等级为“优秀”。')), []);
    assert.deepEqual(summary(doc('项目综合得分86分，评价等级为“优秀”。')), ['3 error score 优秀']);
  });
});

describe('each 一级指标 named with its 分值 and a bare 得分, then the 总分 (a helper’s 自评 slip probe)', () => {
  const text = (total: string) =>
    doc(`经评价，本项目自评得分情况为：预算执行率指标分值10分，得分9.66分；产出指标分值50分，得分47分；效益指标分值30分，得分27.5分；满意度指标分值10分，得分9.2分。综上，项目自评总分${total}分，自评等级为“优”。`);
  it('9.66 + 47 + 27.5 + 9.2 = 93.36: 94.36 is an error, 93.36 holds', () => {
    const f = only(text('94.36'));
    assert.equal(`${f.line} ${f.rule} ${f.figure}`, '3 score 94.36');
    assert.equal(f.message, '项目自评总分应为 93.36分（预算执行率指标得分 9.66 + 产出指标得分 47 + 效益指标得分 27.5 + 满意度指标得分 9.2），文中为 94.36分，相差 1分');
    assert.deepEqual(summary(text('93.36')), []);
  });

  it('the total named 综合得分, the text as pdftotext gives a helper\'s Excel 自评报告 (`得` / `分29分` over a line break)', () => {
    const lines = (total: string) => `自评结论：决策类指标分值20分，得分12.5分；过程类指标分值25分，得分20.5分；产出类指标分值30分，得\n分29分；效益类指标分值25分，得分24分。综合得分${total}分，评价等级为“良”。\n`;
    const f = only(lines('84.5'));
    assert.equal(f.figure, '84.5');
    assert.equal(f.message, '综合得分应为 86.0分（决策类指标得分 12.5 + 过程类指标得分 20.5 + 产出类指标得分 29 + 效益类指标得分 24），文中为 84.5分，相差 1.5分');
    assert.deepEqual(summary(lines('86')), []);
  });
});

describe('a grade after a 综合评分 (a helper’s recall probe)', () => {
  it('综合评分92分 with 良: an error (优); with 优 it holds', () => {
    assert.deepEqual(summary(doc('综合评分92分，自评等级为良。')), ['3 error score 良']);
    assert.deepEqual(summary(doc('综合评分92分，自评等级为优。')), []);
  });
});

describe('the 一级指标 scores each under its own heading, then the 总分 (a helper’s recall probe)', () => {
  const text = (total: string, extra = '') =>
    [
      '2023年度部门整体支出绩效自评报告',
      '一、预算执行情况',
      '2023年度本部门全年预算数1902.15万元，全年执行数1836.42万元，预算执行率96.54%。',
      '二、绩效指标完成情况',
      '（一）产出指标（分值50分）',
      '产出指标得分48分。',
      '（二）效益指标（分值30分）',
      '效益指标得分28分。',
      '（三）满意度指标（分值10分）',
      '满意度指标得分9分。',
      '（四）预算执行率（分值10分）',
      `预算执行率得分9.65分。${extra}`,
      '三、评价结论',
      `综上，本部门2023年度部门整体支出绩效自评得分为${total}分，评价等级为“优”。`,
    ].join('\n');
  it('48 + 28 + 9 + 9.65 = 94.65: 96.65 is an error at the total, naming the four; 94.65 holds', () => {
    const f = only(text('96.65'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '14 error score 96.65');
    assert.match(f.message, /应为 94\.65分（产出指标得分 48 \+ 效益指标得分 28 \+ 满意度指标得分 9 \+ 预算执行率得分 9\.65）/);
    assert.deepEqual(summary(text('94.65')), []);
  });
  it('a level scored twice (two projects’ scores) or a sub-indicator (产出数量指标得分) is no such list — silent', () => {
    assert.deepEqual(summary(text('96.65', '产出指标得分46分。')), []);
    assert.deepEqual(summary(text('96.65').replace('产出指标得分48分', '产出数量指标得分48分')), []);
  });
});

describe('an indicator table whose 总分 counts the 预算执行率 score stated outside it (a helper’s 项目自评表 probes)', () => {
  const table = (total: string, before = '预算执行率得分9.5分（分值10分）。') =>
    [before, '\t指标\t分值\t得分', '\t产出指标\t50\t48', '\t效益指标\t30\t29', '\t满意度指标\t10\t10', `\t总分\t100\t${total}`].join('\n');
  it('48 + 29 + 10 + the 9.5 said above = 96.5: silent; 98.5 is an error naming the 9.5', () => {
    assert.deepEqual(summary(table('96.5')), []);
    const f = only(table('98.5'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '6 error score 98.5');
    assert.match(f.message, /应为 96\.5/);
  });
  it('the 预算执行率 score nowhere in the text: the 10 points left out cannot be checked — silent', () => {
    assert.deepEqual(summary(table('96.5', '二、绩效指标完成情况')), []);
  });
});

describe('a score over its 分值 in prose, the 分值 in brackets after it or the score worked out (a helper’s recall probe)', () => {
  it('`效益指标得分31.5分（分值30分）` and `分值10分，按执行率计算得分11.39分` are errors; within the 分值, silent', () => {
    assert.deepEqual(summary(doc('效益指标得分31.5分（分值30分）。')), ['3 error score 31.5']);
    assert.deepEqual(summary(doc('预算执行率指标分值10分，按执行率计算得分11.39分。')), ['3 error score 11.39']);
    assert.deepEqual(summary(doc('产出指标得分48分（满分50分），效益指标得分28.5分（分值30分）。')), []);
  });
});

describe('scores and 分值 as older 自评 reports write them (a helper’s probe)', () => {
  it('`得分分别为19.2分、…，合计94分，评价结果为“优”`: the grade is of the 合计 — silent; “良” an error', () => {
    const text = (grade: string) => doc(`四项一级指标得分分别为19.2分、18.5分、28.8分、27.5分，合计94分，评价结果为“${grade}”。`);
    assert.deepEqual(summary(text('优')), []);
    assert.deepEqual(summary(text('良')), ['3 error score 良']);
  });
  it('each score’s 满分 in brackets is its own, before or after it: none is paired with the next item’s', () => {
    assert.deepEqual(summary(doc('过程指标得分17分（满分20分），产出指标得分27分（满分30分）。')), []);
    assert.deepEqual(summary(doc('效果指标（满分30分）得分28分；投入指标（满分20分）得分18分。')), []);
    assert.deepEqual(summary(doc('过程指标得分17分（满分20分），产出指标得分31分（满分30分）。')), ['3 error score 31']);
  });
});

describe('a 总分 printed whole over scores with decimals is rounded (a helper’s 工程 probe)', () => {
  it('9.71 + 48 + 28 + 9.5 = 95.21: 总分 95 holds, in prose and in a table; 96 is an error', () => {
    assert.deepEqual(summary(doc('项目自评总分95分，其中预算执行率得分9.71分，产出指标48分，效益指标28分，满意度指标9.5分。')), []);
    const table = (total: string) => ['| 指标 | 分值 | 得分 |', '|---|---|---|', '| 预算执行率 | 10 | 9.71 |', '| 产出指标 | 50 | 48 |', '| 效益指标 | 30 | 28 |', '| 满意度指标 | 10 | 9.5 |', `| 总分 | 100 | ${total} |`].join('\n');
    assert.deepEqual(summary(table('95'), 'md'), []);
    assert.deepEqual(summary(table('96'), 'md'), ['7 error score 96']);
  });
});

describe('`等级评定为优` after the score (a helper’s slip probe)', () => {
  it('86.00分 is 良: 等级评定为优 is an error; after 96.00分 it holds', () => {
    assert.deepEqual(summary(doc('经评价，该项目自评得分86.00分，等级评定为优。')), ['3 error score 优']);
    assert.deepEqual(summary(doc('经评价，该项目自评得分96.00分，等级评定为优。')), []);
  });
});

describe('the prose total score after a 自评表 restates its 总分 (a helper’s table-then-prose slip probe)', () => {
  const text = (prose: string) => ['| 一级指标 | 分值 | 得分 |', '|---|---|---|', '| 产出 | 60 | 57 |', '| 效益 | 40 | 38.5 |', '| 合计 | 100 | 95.5 |', '', prose].join('\n');
  it('自评得分97.5 against the table’s 95.5 is an error; 95.5 holds; `总分100分` is the weights’ total', () => {
    assert.deepEqual(summary(text('经综合评价，部门整体支出绩效自评得分为97.5分。'), 'md'), ['7 error score 97.5']);
    assert.deepEqual(summary(text('经综合评价，部门整体支出绩效自评得分为95.5分。'), 'md'), []);
    assert.deepEqual(summary(text('指标体系总分100分，自评得分95.5分。'), 'md'), []);
  });
});

describe('pipe 自评表 whose 指标值 cells are targets (`≥95%`, `≥420个`) — helpers’ whole 自评报告 and 自评表 probes', () => {
  it('a subtotal over two children, the second a target: read whole, silent; a wrong 得分 in it found', () => {
    const text = '| 一级指标 | 三级指标 | 分值 | 指标值 | 得分 |\n|---|---|---|---|---|\n| 产出指标 |   | 10 |   | 10 |\n|   | 完成率 | 5 | 100% | 5 |\n|   | 合格率 | 5 | ≥95% | 5 |';
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('| 合格率 | 5 | ≥95% | 5 |', '| 合格率 | 5 | ≥95% | 4 |')), ['3 error score 10']);
  });
  it('rows opening on a target are rows: 50 + 28 = 78, not 76', () => {
    assert.deepEqual(summary('2021年度项目支出绩效自评表\n| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|\n| 新增分类投放点 | ≥420个 | 436个 | 50 | 50 |\n| 居民分类知晓率 | ≥90% | 92% | 30 | 28 |\n| 总分 |  |  | 80 | 76 |'), ['6 error score 76']);
  });
  it('a 总分 counting the 年度资金总额 score of the funds table right above', () => {
    const text = '| 项目资金（万元） | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n| 年度资金总额 | 100.00 | 92.00 | 10 | 92% | 9.2 |\n| 其中：当年财政拨款 | 100.00 | 92.00 |  | 92% |  |\n\n| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|\n| 产出指标 | 培训人数 | ≥500人 | 536人 | 50 | 50 |\n| 效益指标 | 知晓率 | ≥90% | 95% | 30 | 28 |\n| 满意度指标 | 满意度 | ≥90% | 92% | 10 | 10 |\n| 总分 |  |  |  | 100 | 97.2 |';
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('| 100 | 97.2 |', '| 100 | 98.2 |')), ['11 error score 98.2']);
    // (`资金发放及时率` is an indicator of funds, not the 预算执行率 row.)
    assert.deepEqual(summary(text.replace('| 知晓率 |', '| 资金发放及时率 |')), []);
  });
  it('a prose total after a second 自评表 not read is not held against the first one’s 总分', () => {
    const text = '| 项目资金（万元） | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|\n| 年度资金总额 | 100.00 | 92.00 | 10 | 92% | 9.2 |\n| 其中：当年财政拨款 | 100.00 | 92.00 |  | 92% |  |\n\n| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|\n| 产出指标 | 培训人数 | ≥500人 | 536人 | 50 | 50 |\n| 效益指标 | 知晓率 | ≥90% | 95% | 30 | 28 |\n| 满意度指标 | 满意度 | ≥90% | 92% | 10 | 10 |\n| 总分 |  |  |  | 100 | 97.2 |' + '\n\n项目支出绩效自评表（二）\n总分                100   96.7\n\n经自评，该项目综合得分96.7分。';
    assert.deepEqual(summary(text), []);
  });
});

describe('a bare 得分 that is one item’s own, before the other items’ scores (helpers’ 自评结论 probes)', () => {
  it('after the item’s rate, after `指标：`, or named by the item: no total of what follows', () => {
    assert.deepEqual(summary(doc('预算执行率100%，得分10分；产出指标得分50分；效益指标得分30分；满意度指标得分10分。')), []);
    assert.deepEqual(summary(doc('执行率95%，得分9.5分，产出得分50分，效益得分30分，满意度得分10分。')), []);
    assert.deepEqual(summary(doc('预算执行率指标：得分8.65分；产出指标得分48.8分；效益指标得分26.4分；满意度指标得分9.6分。')), []);
    assert.deepEqual(summary(doc('自评得分98分，其中：资金执行得分10分，产出指标得分50分，效益指标得分28分，满意度指标得分10分。')), []);
  });
  it('a total named 得分, 项目得分 or 本项目得分 before its items still adds them up: 10 + 49 + 28 + 10 = 97, not 96', () => {
    for (const total of ['得分', '项目得分', '本项目得分']) {
      assert.deepEqual(summary(doc(`${total}96分，其中：预算执行率得分10分，产出指标得分49分，效益指标得分28分，满意度指标得分10分。`)), ['3 error score 96']);
    }
  });
});

describe('a 自评得分 and its 其中 scores each with its 满分 in brackets (a helper’s 自评报告 from Word)', () => {
  const para = (total: string) =>
    doc(`经综合评定，本部门2023年度整体支出绩效自评得分${total}分，自评等级为“优”。其中：预算执行情况得分18分（满分20分），产出指标得分39分（满分40分），效益指标得分28.5分（满分30分），满意度指标得分9.5分（满分10分）。`);
  it('91 against 18 + 39 + 28.5 + 9.5 = 95: error, the 满分 figures left out of the sum', () => {
    const f = only(para('91'));
    assert.equal(f.rule, 'score');
    assert.equal(f.figure, '91');
    assert.equal(f.message, '整体支出绩效自评得分应为 95分（预算执行情况得分 18 + 产出指标得分 39 + 效益指标得分 28.5 + 满意度指标得分 9.5），文中为 91分，相差 4分');
  });
  it('95: holding', () => {
    assertConsistent(para('95'), 'score', '95');
  });
});

describe('a grade under a note stating the usual bands (a helper’s 自评表 from Word)', () => {
  const note = '等级：90分以上为优，80-90分为良，60-80分为中，60分以下为差。';
  it('“差” for 63.66 with the note: error, 中', () => {
    assert.deepEqual(summary(doc('该项目自评得分63.66分，自评等级为“差”。', note)), ['3 error score 差']);
  });
  it('bands of its own (85分及以上为优秀): not graded by the usual ones', () => {
    assert.deepEqual(summary(doc('该项目自评得分86.5分，自评等级为“优秀”。', '等级：85分及以上为优秀，70-85分为良好，60-70分为合格，60分以下为不合格。')), []);
  });
});
