// score and its sums on a 项目支出/部门整体支出绩效自评表's indicator block as `pdftotext -layout` prints it from Word
// (report/layout-scored.ts): 一级/二级 cells merged down their rows, the 偏差原因 wrapped over lines between rows. The
// scored-*.layout.txt texts beside pdftotext/make.py are a helper's 自评表 (python-docx → LibreOffice PDF → pdftotext
// -layout), kept as pdftotext wrote them; each .slip copy differs from its .clean one in the figure named.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, checks, findings, only, summary } from './helpers';

const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', `scored-${name}.layout.txt`), 'utf8');

describe('score on a 自评表 indicator block from pdftotext -layout', () => {
  it('a 总分 68.72 over scores adding to 63.72 with the funds block\'s 9.72 above the header: an error on the 总分', () => {
    const found = only(text('total01_P.slip'));
    assert.equal(found.rule, 'score');
    assert.equal(found.severity, 'error');
    assert.equal(found.figure, '68.72');
    assert.equal(found.line, 128, 'the 总分 row, not the prose score (same figure, both 68.72)');
    assert.equal(found.message, '总分·得分应为 63.72（受益户数 6 + 购置设备数量 6 + … + 年度资金总 9.72（共 16 项）），文中为 68.72，相差 5');
    assert.ok(found.related.includes('9.72'), `the funds block's 得分 is among the parts: ${found.related}`);
  });

  it('the same table as printed: every row read, the 总分 checked and holding, nothing told', () => {
    assertConsistent(text('total01_P.clean'), 'score', '63.72');
  });

  it('a 小计 13.5 over 7 + 7.5 (二级 subtotals after their rows, rows wrapped past a page break): the 小计 told', () => {
    const found = only(text('subtotal01_PS.slip'));
    assert.equal(found.figure, '13.5');
    assert.equal(found.message, '小计·得分应为 14.5（群众出行条件改 7 + 公共服务水平提 7.5），文中为 13.5，相差 1');
    assert.equal(applyFix(text('subtotal01_PS.slip'), found), text('subtotal01_PS.clean'));
    assertConsistent(text('subtotal01_PS.clean'), 'score', '77.28');
  });

  it('a 得分 6 over its 分值 5, a later 得分 run into its 偏差原因 (`4.5项目前期…`) and the grade after the 总分 (`100 95.84 自评等级：优`)', () => {
    const found = only(text('over05_P.slip'));
    assert.equal(found.figure, '6');
    assert.equal(found.line, 69);
    assert.match(found.message, /^长效管护机制·得分 6 超过了分值 5/);
    assertConsistent(text('over05_P.clean'), 'score', '94.84');
  });

  it('the 部门整体 form with 一级 小计 rows: read, its 总分 84.5 holding', () => {
    assertConsistent(text('total03_D1.clean'), 'score', '84.5');
    assert.equal(checks(text('total03_D1.clean')).filter((c) => c.rule === 'score' && c.figure === '27.5').length, 2, 'both 27.5 小计 checked');
  });

  it('a row the reader cannot see (its line gone): the 分值 no longer add to 100, the block is not read, nothing told', () => {
    const clean = text('over05_P.clean');
    const cut = clean.replace(/^.*人均培训成本.*\n/m, '');
    assert.notEqual(cut, clean);
    assert.deepEqual(summary(cut), []);
    assert.deepEqual(checks(cut).filter((c) => c.rule === 'score' && c.figure === '94.84'), []);
  });

  it('a 预算执行率 row inside a typed 部门整体 table (a helper\'s probe): 13.25 for 95% × 15, a name in quotes kept', () => {
    const typed = [
      '  年度预算资金（万元）  年初预算数    全年预算数  全年执行数    执行率',
      '  年度资金总额          12875.18      12875.18     12234.96     95.0%',
      '  一级指标    二级指标   三级指标            指标值    实际完成值    分值   得分',
      '  投入       预算编制  预算编制准确率    ≥90%      96.4%        5      3.5',
      '                       “三公经费”控制率    ≤100%     86.2%        5       4.5',
      '  过程       预算执行    预算执行率         100%    95.0%        15      13.25',
      '  产出        职责履行   重点工作完成率    100%    100%        75     72.5',
      '  总分                                                          100    93.75',
      '',
    ].join('\n');
    const found = only(typed);
    assert.equal(found.figure, '13.25');
    assert.match(found.message, /^预算执行率·得分应为 14\.25（min\(执行率 95% × 分值 15, 15\)），文中为 13\.25，相差 1；但总分·得分（预算编制准确率 3\.5 \+ “三公经费”控制率 4\.5 \+ 预算执行率 13\.25 \+ 重点工作完成率 72\.5）相符/);
  });

  it('a block typed with spaces, lined up by display width (a helper\'s probe): a 总分 59.76 over 9.26 + 48 told', () => {
    const typed = ['一级指标      二级指标        分值     得分', '  预算执行率    —                 10     9.26', '  产出指标      数量指标          50       48', '  总分                            60    59.76', ''].join('\n');
    const found = only(typed);
    assert.equal(found.figure, '59.76');
    assert.equal(found.message, '总分·得分应为 57.26（预算执行率 9.26 + 数量指标 48），文中为 59.76，相差 2.5');
  });

  it('the 部门整体 form with 一级 小计 rows: a 总分 84 over 小计s adding to 84.5 is told — half points are exact, 84.5 rounds to 85', () => {
    const found = only(text('total03_D1.slip'));
    assert.equal(found.figure, '84');
    assert.equal(found.line, 44);
    assert.equal(found.message, '总分·得分应为 84.5（小计 13 + 小计 16.5 + 小计 27.5 + 小计 27.5），文中为 84，相差 0.5');
    const roundedUp = text('total03_D1.clean').replace('100   84.5', '100   85');
    assert.notEqual(roundedUp, text('total03_D1.clean'));
    assertConsistent(roundedUp, 'score', '85');
  });
});

describe('score on a helper\'s 自评表 in other templates (Word and Excel) from pdftotext -layout', () => {
  it('the header again atop page two, its columns set anew (Word, 权重): the rows under it read, a 得分 12 over 权重 11 told', () => {
    const found = only(text('W01.slip'));
    assert.equal(found.figure, '12');
    assert.equal(found.line, 59);
    assert.match(found.message, /^工程验收合·得分 12 超过了分值 11/);
    assertConsistent(text('W01.clean'), 'score', '93.92');
  });

  it('the 预算执行率 as the indicator table\'s first row, its rate under 实际完成值, the total named 合计 (Excel): 9.25 for 95.24% × 10', () => {
    const found = only(text('E02.slip'));
    assert.equal(found.figure, '9.25');
    assert.match(found.message, /^预算执行率·得分应为 9\.52（min\(执行率 95\.24% × 分值 10, 10\)），文中为 9\.25，相差 0\.27/);
    assertConsistent(text('E02.clean'), 'score', '9.52');
    assertConsistent(text('E02.clean'), 'score', '92.02');
  });
});

describe('score on a 部门整体 自评表 scored at two levels (二级 and 三级 分值/得分 side by side) from pdftotext -layout', () => {
  it('a 总分 80.5 over 二级 scores adding to 81.5: told, the 二级 rows its parts', () => {
    const found = only(text('total04_D2.slip'));
    assert.equal(found.figure, '80.5');
    assert.equal(found.line, 44);
    assert.equal(found.message, '总分·得分应为 81.5（项目立项 6 + 绩效目标 4 + … + 满意度 6（共 11 项）），文中为 80.5，相差 1');
    assertConsistent(text('total04_D2.clean'), 'score', '81.5');
  });

  it('a 二级 得分 3 over its one 三级 row\'s 4 (the 二级 figures on that row\'s wrapped 评分说明 line elsewhere): the 二级 told, the 总分 pointing at it', () => {
    const slip = text('subtotal03_D2.slip');
    assert.deepEqual(summary(slip), ['52 error score 3', '63 error score 68']);
    const [part, total] = findings(slip);
    assert.equal(part.message, '产出成本·得分应为 4（成本节约率 4），文中为 3，相差 1');
    assert.equal(applyFix(slip, part), text('subtotal03_D2.clean'));
    assert.match(total.message, /其中产出成本·得分 3本身有误，宜先改正$/);
    assertConsistent(text('subtotal03_D2.clean'), 'score', '68');
    assert.ok(checks(text('subtotal03_D2.clean')).some((c) => c.rule === 'score' && c.figure === '6' && c.holds), 'the 产出数量 二级 (centred on its row\'s wrapped line) checked');
  });
});

describe('score on a helper\'s 部门整体 自评表 in other templates (Word and Excel) from pdftotext -layout', () => {
  it('Excel centring its merged and wrapped cells (a 三级 name over three lines, its figures on the middle one): the names found above, a 二级 得分 6 over 4 + 3 told', () => {
    const found = only(text('a09.slip'));
    assert.equal(found.figure, '6');
    assert.equal(found.line, 8);
    assert.equal(found.message, '项目立项·得分应为 7（立项依据充分 4 + 立项程序规范 3），文中为 6，相差 1');
    assertConsistent(text('a09.clean'), 'score', '88');
  });

  it('a 扣分 column after the 得分 (`3  3  0`): the 0 is no 得分 — a 5.7 for 7.5 told through its 小计', () => {
    assert.deepEqual(summary(text('w05.slip')), ['80 error score 28.5']);
    assert.match(findings(text('w05.slip'))[0].message, /^小计·得分应为 26\.7（群众知晓率 8 \+ 社会公众满意 7 \+ 带动就业人数 5\.7 \+ 长效管理机制 6），文中为 28\.5/);
    assertConsistent(text('w05.clean'), 'score', '17');
  });

  it('the total named 综合得分 (Word): a 94 over scores adding to 92 told', () => {
    assert.deepEqual(summary(text('b07.slip')), ['62 error score 94']);
    assertConsistent(text('b07.clean'), 'score', '92');
  });

  it('the header\'s indicator words on the lines around it (`绩效指标` / `分值  得分  扣分` / `一级指标  二级指标  三级指标`, Excel): read, its 综合得分 85 over 小计s adding to 87 told', () => {
    assert.deepEqual(summary(text('x05.slip')), ['57 error score 85']);
    assertConsistent(text('x05.clean'), 'score', '87');
  });

  it('a grade 优 for 87.5 under a note naming the usual bands name first (`优（90分及以上）、良（80-90分）…`): both told', () => {
    assert.deepEqual(summary(text('x10.slip')), ['81 error score 优', '83 error score 优']);
    assert.deepEqual(summary(text('x10.clean')), []);
  });
});

