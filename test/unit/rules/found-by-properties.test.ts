// Slips the property tests (test/unit/features/code-actions.property.test.ts) found in the fixes offered: a fix
// that, applied, leaves its figure flagged on re-check.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import type { Edit } from '../../../server/src/report/model';

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

describe('fixes found wrong by the properties', () => {
  it('a 预算执行率 得分 over its 分值 is fixed to 执行率 × 分值, not to the 分值 (which the rate rule then flags)', () => {
    const text = [
      '# 2023年度项目支出绩效自评报告', '',
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
      '|---|---|---|---|---|---:|---:|',
      '| 预算执行率 | | | 100% | 86.40% | 10 | 20 |',
      '| 产出指标 | 数量指标 | 新建供水工程 | 8处 | 8处 | 90 | 90 |',
    ].join('\n');
    const a = analyze(text, { format: 'md' });
    const over = a.findings.find((f) => f.ruleId === 'score' && f.message.includes('超过了分值'));
    assert.ok(over?.fix, JSON.stringify(a.findings.map((f) => f.message)));
    assert.deepEqual(over.fix.edits.map((e) => e.newText), ['8.64']);
    const after = analyze(apply(text, over.fix.edits), { format: 'md' });
    assert.ok(!after.findings.some((f) => f.span.start === over.span.start), JSON.stringify(after.findings.map((f) => f.message)));
    // Elsewhere the cap stays the fix.
    const plain = text.replace('| 90 | 90 |', '| 90 | 95 |');
    const row = analyze(plain, { format: 'md' }).findings.find((f) => f.message.includes('95 超过了分值 90'));
    assert.deepEqual(row?.fix?.edits.map((e) => e.newText), ['90']);
  });

  it('a 合计 that two failing relations compute differently (其中 rows, item rows) is offered no fix', () => {
    const text = [
      '\t全年预算数', '\t全年执行数', '\t执行率', '',
      '\t基本支出', '\t1380.00', '\t1432.40', '\t1426.18', '\t99.57%', '',
      '\t其中：人员经费', '\t1150.00', '\t1190.00', '\t1187.35', '\t99.78%', '',
      '\t日常公用经费', '\t230.00', '\t242.40', '\t238.83', '\t98.53%', '',
      '\t项目支出', '\t6200.00', '\t7486.50', '\t7310.24', '\t97.65%', '',
      '\t合    计', '\t1126.40', '\t190.00', '\t1316.40', '\t1313.20', '\t3.20', '',
      '\t其中：人员经费', '\t860.50', '\t160.00', '\t1020.50', '\t1018.07', '\t2.43', '',
      '\t公用经费',
    ].join('\n');
    const a = analyze(text, { format: 'txt' });
    const at = text.indexOf('1126.40');
    const failing = a.checks.filter((c) => !c.holds && c.target.start === at && c.ruleId === 'table-total');
    assert.deepEqual(failing.map((c) => c.computed.toString()).sort(), ['7580', '860.5'], 'both relations fail');
    const total = a.findings.find((f) => f.span.start === at);
    assert.ok(total, 'the 合计 is flagged');
    assert.equal(total.fix, undefined);
  });

  it('a prose figure that names no column and agrees with one table’s row is no slip against another table’s', () => {
    const text = [
      '# 2023年度部门整体支出绩效自评报告', '',
      '## 一、预算执行情况', '',
      '按治理领域划分，项目支出6843.29万元分别用于大气污染防治和水污染防治。', '',
      '单位：万元', '',
      '| 项目 | 年初预算 | 调整后预算 | 决算支出 |', '|---|---:|---:|---:|',
      '| 基本支出 | 1250.00 | 1275.60 | 1268.45 |', '| 项目支出 | 5800.00 | 6936.80 | 6843.29 |', '',
      '单位：万元', '',
      '| 项目 | 全年预算数 | 全年执行数 |', '|---|---:|---:|',
      '| 基本支出 | 715.80 | 711.25 |', '| 项目支出 | 318.40 | 300.00 |',
    ].join('\n');
    const a = analyze(text, { format: 'md' });
    assert.deepEqual(a.findings.filter((f) => f.ruleId === 'same-figure').map((f) => f.message), []);
    // Agreeing with neither, it is still flagged.
    const neither = analyze(text.replace('项目支出6843.29万元', '项目支出6843.92万元'), { format: 'md' });
    assert.ok(neither.findings.some((f) => f.ruleId === 'same-figure'), JSON.stringify(neither.findings.map((f) => f.message)));
  });

  it('no fix when the computed value, printed at the stated figure’s digits, would fail again (a count of 12.1 人)', () => {
    const text = ['2023年度部门整体支出绩效自评报告', '', '截至2023年12月31日在职人员11人，其中编制在职人员9.10人，临聘及劳务派遣人员3人。'].join('\n');
    const f = analyze(text, { format: 'txt' }).findings.find((x) => x.ruleId === 'sum-of-parts');
    assert.ok(f, 'the total is flagged');
    assert.equal(f.fix, undefined, f.fix?.title);
    // With whole people, the fix is offered as before.
    const whole = analyze(text.replace('9.10人', '9人'), { format: 'txt' }).findings.find((x) => x.ruleId === 'sum-of-parts');
    assert.deepEqual(whole?.fix?.edits.map((e) => e.newText), ['12']);
  });
});
