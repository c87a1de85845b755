// Completion at the start of a line (next heading, standard section names) and in a table's first cell.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CompletionSuggestion, completions } from '../../../server/src/features/completion';
import { chineseOutline } from '../../../server/src/features/outline';
import { report, tableReport } from './report-text';

/** Completions at the start of the line holding `marker` (a line of its own, `｜`, removed first). */
function at(lines: string[], template: 'arabic' | 'chinese' = 'arabic', format: 'txt' | 'md' = 'txt'): CompletionSuggestion[] {
  const text = lines.join('\n');
  const offset = text.indexOf('｜');
  const a = report([text.replace('｜', '')], format);
  return completions(a.report, offset, template);
}

const labels = (items: CompletionSuggestion[]) => items.map((i) => i.label);

describe('completion of headings', () => {
  it('after 2、 at level 1: 3、 and the outline’s next section, preselected', () => {
    const items = at(['2023年度部门整体支出绩效自评报告', '', '1、 单位基本情况', '', '正文。', '', '2、 预算支出及绩效情况', '', '正文。', '', '｜']);
    assert.deepEqual(labels(items).slice(0, 1), ['3、']);
    assert.ok(labels(items).includes('3、 存在的问题及改进措施'));
    assert.ok(labels(items).includes('3、 其他需要说明的情况'));
    assert.equal(items.find((i) => i.preselect)?.label, '3、 存在的问题及改进措施');
    assert.ok(labels(items).includes('（1）'), 'or a first child heading');
    assert.ok(labels(items).includes('（1） 部门预决算情况'));
    assert.equal(items[0].insertText, '3、 ');
  });

  it('inside a （1） section: （2） first, its standard name, then 1. for a child and 2、 for the parent', () => {
    const items = at(['2023年度部门整体支出绩效自评报告', '', '1、 单位基本情况', '', '（1） 部门主要职责', '', '负责管理。', '', '｜']);
    assert.deepEqual(labels(items), ['（2）', '（2） 人员编制情况', '1.', '2、', '2、 预算支出及绩效情况', '2、 存在的问题及改进措施', '2、 其他需要说明的情况']);
    assert.equal(items.find((i) => i.preselect)?.label, '（2） 人员编制情况');
  });

  it('names already used under the parent are not offered again', () => {
    const items = at(['2023年度部门整体支出绩效自评报告', '1、 单位基本情况', '（1） 部门主要职责', '（2） 人员编制情况', '｜']);
    assert.ok(!labels(items).some((l) => l.includes('人员编制情况') || l.includes('部门主要职责')));
    assert.ok(labels(items).includes('（3）'));
  });

  it('the 一、（一） outline when the document uses it, or by setting', () => {
    const items = at(['2023年度部门整体支出绩效自评报告', '', '一、 部门基本情况', '', '（一） 部门职能', '', '｜'], 'chinese');
    assert.equal(items[0].label, '（二）');
    assert.equal(items.find((i) => i.preselect)?.label, '（二） 机构设置及人员情况');
    assert.ok(labels(items).includes('二、 一般公共预算支出情况'));
    const empty = at(['2023年度部门整体支出绩效自评报告', '', '｜'], 'chinese');
    assert.deepEqual(labels(empty), ['一、', ...chineseOutline.sections.map((s) => `一、${s.title}`)], 'the skeleton’s names, and its spacing');
  });

  it('the numbering already in the document wins over the template', () => {
    const items = at(['2023年度部门整体支出绩效自评报告', '', '一、 部门基本情况', '', '正文。', '', '｜'], 'arabic');
    assert.equal(items[0].label, '二、');
    // The second level is not in the document yet: the outline the document follows (一、 → （一）), not the setting’s.
    assert.ok(labels(items).includes('（一）'), String(labels(items)));
    assert.ok(!labels(items).includes('（1）'), String(labels(items)));
  });

  it('replaces what was typed at the start of the line, keeping the indentation', () => {
    const text = '2023年度部门整体支出绩效自评报告\n1、 单位基本情况\n  （';
    const a = report([text]);
    const items = completions(a.report, text.length, 'arabic');
    assert.deepEqual(items[0].replace, { start: text.length - 1, end: text.length });
  });

  it('nothing in the middle of a sentence', () => {
    const text = '2023年度部门整体支出绩效自评报告\n1、 单位基本情况\n管委会核定的编制人员数量为35人，其中';
    assert.deepEqual(completions(report([text]).report, text.length, 'arabic'), []);
  });

  it('Markdown headings get their #s', () => {
    const items = at(['# 2023年度部门整体支出绩效自评报告', '', '## 1、 单位基本情况', '', '正文。', '', '｜'], 'arabic', 'md');
    assert.equal(items[0].insertText, '## 2、 ');
  });
});

describe('completion of headings follows the document, not the setting (issue #9, bug 5)', () => {
  // The 一、（一） skeleton as the template command inserts it: no space after the markers.
  const skeleton = [
    '2023年度某某单位部门整体支出绩效自评报告', '',
    '一、部门基本情况', '', '（一）部门主要职责', '', '正文。', '', '（二）人员编制情况', '', '正文。', '',
    '二、预算收支及执行情况', '', '（一）部门预算情况', '', '正文。', '', '（二）部门决算情况', '', '正文。', '',
    '三、部门整体支出绩效情况', '', '（一）整体支出情况', '', '正文。', '',
  ];
  const rest = ['四、存在的问题及原因分析', '', '正文。', '', '五、下一步改进措施', '', '正文。', '', '六、其他需要说明的情况', '', '无。', ''];

  it('after the last section: 七、 with no space, and no section that already exists', () => {
    const items = at([...skeleton, ...rest, '｜'], 'arabic');
    assert.equal(items[0].label, '七、');
    assert.equal(items[0].insertText, '七、');
    const level1 = items.filter((i) => /^[一二三四五六七八九十]+、/.test(i.label)).map((i) => i.label);
    assert.deepEqual(level1, ['七、'], 'every standard section is there already');
    for (const i of items) assert.doesNotMatch(i.insertText, /^[（一二三四五六七八九十）、]+ /, `no space after the marker: ${i.insertText}`);
  });

  it('where a section is missing: the skeleton’s next one, in its numbering and spacing, whatever the setting', () => {
    for (const template of ['arabic', 'chinese'] as const) {
      const items = at([...skeleton, '｜'], template);
      assert.equal(items.find((i) => i.preselect)?.insertText, '（二）项目支出情况', template);
      assert.ok(labels(items).includes('四、存在的问题及原因分析'), `${template}: ${labels(items)}`);
      assert.ok(!labels(items).some((l) => /存在的问题及改进措施|单位基本情况|部门基本情况|一般公共预算支出情况/.test(l)), `${template}: ${labels(items)}`);
    }
  });

  it('a document numbered 1、 with spaces keeps its spaces', () => {
    const items = at(['2023年度部门整体支出绩效自评报告', '', '1、 单位基本情况', '', '正文。', '', '｜'], 'chinese');
    assert.equal(items[0].insertText, '2、 ');
    assert.equal(items.find((i) => i.preselect)?.insertText, '2、 预算支出及绩效情况');
  });
});

describe('completion of table row labels', () => {
  it('in the first cell of a new row: the standard labels the table lacks', () => {
    const lines = tableReport.join('\n').replace(/\t项目支出\n\t15\.5\n\t46921\.45\n\t46936\.95\n\t46936\.95\n\t0\n\n/, '\t\n\n').split('\n');
    const row = lines.indexOf('\t合    计') - 2;
    assert.equal(lines[row], '\t');
    const text = lines.join('\n');
    const offset = lines.slice(0, row).join('\n').length + 2;
    const items = completions(report([text]).report, offset, 'arabic');
    assert.deepEqual(labels(items), ['项目支出']);
    assert.deepEqual(items[0].replace, { start: offset, end: offset });
    assert.equal(items[0].detail, '整体支出表的行');
  });

  it('not in a value cell', () => {
    const lines = tableReport;
    const row = lines.indexOf('\t411.38');
    const offset = lines.slice(0, row).join('\n').length + 2;
    assert.deepEqual(completions(report(lines).report, offset, 'arabic'), []);
  });

  it('in a Markdown table’s first column', () => {
    const md = [
      '# 2023年度部门整体支出绩效自评报告',
      '',
      '## 1、 整体绩效目标支出情况',
      '',
      '单位：万元',
      '',
      '| 类别 | 年初预算 | 预算调整 | 调整后预算 | 决算支出 | 年末结余 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 基本支出 | 411.38 | -67.26 | 344.12 | 344.12 | 0 |',
      '| 合计 | 411.38 | -67.26 | 344.12 | 344.12 | 0 |',
    ];
    const text = md.join('\n');
    const offset = text.indexOf('| 合计') + 2;
    const a = report(md, 'md');
    assert.equal(a.report.tables.length, 1);
    const items = completions(a.report, offset, 'arabic');
    assert.deepEqual(labels(items), ['其中：人员经费', '日常公用经费', '项目支出']);
  });
});
