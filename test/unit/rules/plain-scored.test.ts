// A 自评表's indicator block as plain pdftotext gives a Word 项目支出绩效自评表 (issue #10): each row's 分值 and 得分 come
// out as two bare numbers between its other cells, in the rows' order, up to `总分` and its two (report/plain-scored.ts).
// The texts beside this file are helpers' 自评报告 (Word, printed to PDF by LibreOffice, read back by plain pdftotext),
// kept as pdftotext wrote them: scored-plain-over (维修面积 得分 6 over its 分值 5 in the slip copy), scored-plain-total
// (总分 得分 99.29 for 98.29).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checks, findings, summary } from './helpers';

const text = (name: string) => readFileSync(join(__dirname, 'pdftotext', `scored-plain-${name}.plain.txt`), 'utf8');
const scores = (t: string) => checks(t).filter((c) => c.rule === 'score').map((c) => `${c.figure} ${c.holds}`);

describe('the indicator block of a plain-pdftotext 自评表, read by its rows’ 分值 and 得分 in order', () => {
  it('the consistent block: nothing told; the 分值 add up to 100 with the funds row’s 10, the 得分 to 93.42', () => {
    assert.deepEqual(summary(text('over.clean')), []);
    assert.deepEqual(scores(text('over.clean')), ['9.92 true', '93.42 true', '100 true']);
  });

  it('a 得分 6 over its 分值 5 is told', () => {
    const found = findings(text('over.slip'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure}`), ['92 error score 6']);
    assert.match(found[0].message, /^本行·得分 6 超过了分值 5/);
  });

  it('a 总分 得分 99.29 that its rows and the funds row make 98.29 is told', () => {
    const found = findings(text('total.slip'));
    assert.deepEqual(found.map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure}`), ['185 error score 99.29']);
    assert.equal(found[0].message, '总分·得分应为 98.29（4 + 8 + … + 年度资金总额 9.29（共 10 项）），文中为 99.29，相差 1');
  });

  it('rows printed a column at a time (three 分值, then three 得分) are not paired: the block is not read', () => {
    // Written here after a helper's text (scored-plain-over's header, the one-line rows of another template that pdftotext
    // gives a column at a time: `5` / `5` / `5` / `5` / `5` / `4`), with 分值 that would add up when paired wrongly:
    // (10, 5), (8, 9), (5, 7) make 100 and 98 as the true (10, 9), (5, 5), (8, 7) do, and would tell 9 > 8 and 7 > 5.
    const block = ['项目支出绩效自评表', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '产出指标', '数量指标',
      '工程验收合格率', '设备验收合格率', '项目完成及时率', '100%', '100%', '100%', '100%', '100%', '92%', '10', '5', '8', '9', '5', '7',
      '满意度指标', '服务对象满意度', '≥90%', '95%', '77', '77', '总分', '100', '98'].join('\n');
    assert.deepEqual(summary(block), []);
    assert.deepEqual(scores(block), []);
  });
});
