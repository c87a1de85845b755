// Headings: numbering styles, levels by nesting, mixed brackets, Markdown `#`, a trailing 单位：万元.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import { at, doc, parse } from './helpers';

const outline = (text: string, format: 'txt' | 'md' = 'txt') =>
  parse(text, format).headings.map((h) => `${h.line + 1} L${h.level} ${h.style} ${h.number} ${at(text, h.markerSpan)} ${at(text, h.titleSpan)}`);

describe('headings', () => {
  it('the seed’s 1、 > （1） > 1. outline, levels by nesting; a style seen before returns to its level', () => {
    const text = doc('1、 单位基本情况', '', '（1） 部门主要职责', '', '2、 预算支出及绩效情况', '（1） 部门预决算情况', '', '1. 部门预算情况', '2. 部门决算情况（含年中预算追加情况）', '（2） 资金使用及绩效情况', '3、 存在的问题及改进措施');
    assert.deepEqual(outline(text), [
      '3 L1 arabic-dun 1 1、 单位基本情况',
      '5 L2 arabic-paren 1 （1） 部门主要职责',
      '7 L1 arabic-dun 2 2、 预算支出及绩效情况',
      '8 L2 arabic-paren 1 （1） 部门预决算情况',
      '10 L3 arabic-dot 1 1. 部门预算情况',
      '11 L3 arabic-dot 2 2. 部门决算情况（含年中预算追加情况）',
      '12 L2 arabic-paren 2 （2） 资金使用及绩效情况',
      '13 L1 arabic-dun 3 3、 存在的问题及改进措施',
    ]);
  });

  it('the 一、 > （一） > 1. outline, including 十一、 and a full-width １．', () => {
    const text = doc('一、部门基本情况', '（一）部门职责', '１．主要职能', '（二）人员情况', '十一、其他需要说明的情况');
    assert.deepEqual(outline(text), [
      '3 L1 chinese-dun 1 一、 部门基本情况',
      '4 L2 chinese-paren 1 （一） 部门职责',
      '5 L3 arabic-dot 1 １． 主要职能',
      '6 L2 chinese-paren 2 （二） 人员情况',
      '7 L1 chinese-dun 11 十一、 其他需要说明的情况',
    ]);
  });

  it('mixed and half-width brackets (`（1)`, `(2)`) are the same style as `（1）`', () => {
    const text = doc('1、 单位基本情况', '（1) 部门主要职责', '(2) 人员编制情况');
    assert.deepEqual(outline(text), [
      '3 L1 arabic-dun 1 1、 单位基本情况',
      '4 L2 arabic-paren 1 （1) 部门主要职责',
      '5 L2 arabic-paren 2 (2) 人员编制情况',
    ]);
  });

  it('`单位：万元` at the end of a heading line is not part of its title', () => {
    const text = doc('1. 整体绩效目标支出情况                            单位：万元');
    const [h] = parse(text).headings;
    assert.equal(h.title, '整体绩效目标支出情况');
    assert.equal(at(text, h.titleSpan), '整体绩效目标支出情况');
  });

  it('a numbered sentence is prose, not a heading (`1.` followed by a sentence with 。)', () => {
    const text = doc('1、 预算执行', '1. 2023年年初预算安排支出428.37万元，其中：基本支出412.87万元，项目支出15.5万元。');
    assert.deepEqual(outline(text), ['3 L1 arabic-dun 1 1、 预算执行']);
    assert.equal(parse(text).paragraphs.length, 1);
  });

  it('Markdown: the first `#` line is the title; `##`/`###` headings keep their numbering style and level', () => {
    const text = ['# 2023年度部门整体支出绩效自评报告', '', '## 一、部门概况', '', '### （一）部门职责', '', '## 二、预算执行'].join('\n');
    const report = parse(text, 'md');
    assert.equal(report.title?.text, '2023年度部门整体支出绩效自评报告');
    assert.deepEqual(outline(text, 'md'), [
      '3 L1 chinese-dun 1 一、 部门概况',
      '5 L2 chinese-paren 1 （一） 部门职责',
      '7 L1 chinese-dun 2 二、 预算执行',
    ]);
  });

  it('Markdown headings without numbers take their level from the number of #', () => {
    const text = ['# 2023年度部门整体支出绩效自评报告', '', '## 部门概况', '', '### 主要职责', '', '## 预算执行'].join('\n');
    assert.deepEqual(outline(text, 'md'), ['3 L1 markdown 0 ## 部门概况', '5 L2 markdown 0 ### 主要职责', '7 L1 markdown 0 ## 预算执行']);
  });

  it('an unnumbered Markdown heading stands beside the numbered ones with as many # (`## 附件` after `## 二、`)', () => {
    const text = ['# 2023年度部门整体支出绩效自评报告', '', '## 二、预算执行', '', '### （一）预算情况', '', '## 附件', '', '附表1', '', '## 三、结论'].join('\n');
    assert.deepEqual(outline(text, 'md'), [
      '3 L1 chinese-dun 2 二、 预算执行',
      '5 L2 chinese-paren 1 （一） 预算情况',
      '7 L1 markdown 0 ## 附件',
      '11 L1 chinese-dun 3 三、 结论',
    ]);
    const { sections } = parse(text, 'md');
    assert.deepEqual(sections.map((s) => s.parent), [-1, 0, -1, -1]);
  });

  it('第一部分 / 第二部分 are headings above 一、, each part numbering its 一、 anew', () => {
    const text = doc('第一部分 部门概况', '一、部门职能', '二、机构设置', '第二部分：绩效自评情况', '一、预算执行情况', '（一）预算情况');
    assert.deepEqual(outline(text), [
      '3 L1 chinese-part 1 第一部分 部门概况',
      '4 L2 chinese-dun 1 一、 部门职能',
      '5 L2 chinese-dun 2 二、 机构设置',
      '6 L1 chinese-part 2 第二部分： 绩效自评情况',
      '7 L2 chinese-dun 1 一、 预算执行情况',
      '8 L3 chinese-paren 1 （一） 预算情况',
    ]);
    assert.deepEqual(analyze(text).findings, []);
  });

  it('the title of a .txt report is its first line', () => {
    const report = parse(doc('1、 单位基本情况'));
    assert.equal(report.title?.text, '2023年度部门整体支出绩效自评报告');
    assert.deepEqual(report.title?.span, { start: 0, end: 18 });
  });

  it('sections: each heading’s parent is the nearest shallower heading before it', () => {
    const text = doc('一、部门基本情况', '（一）部门职责', '（二）人员情况', '二、预算执行情况', '（一）预算情况');
    const { sections } = parse(text);
    assert.deepEqual(sections.map((s) => s.parent), [-1, 0, 0, -1, 3]);
    assert.equal(at(text, sections[0].span).split('\n')[0], '一、部门基本情况');
    assert.ok(at(text, sections[0].span).endsWith('（二）人员情况\n'));
  });
});

describe('numbered lines that are sentences, not headings', () => {
  it('a PDF line `(二)…116433.12 元,占支` wrapping on is a numbered paragraph, and its figures are read (梧州 2025)', () => {
    const text = doc(
      '(二)社会保障和就业支出类科目 116433.12 元,占支',
      '出总预算 10.73 %,同比增加 16803.36 元,增长 14.43%。',
    );
    const report = parse(text);
    assert.deepEqual(report.headings.map((h) => h.marker), []);
    const { findings } = analyze(text);
    // 16803.36 ÷ (116433.12 − 16803.36) = 16.87%: 14.43% divides by this year.
    assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.span.start, f.span.end)]), [['growth', '14.43']]);
  });

  it('a numbered title with no amount stays a heading', () => {
    assert.deepEqual(parse(doc('（一）收入支出决算总体情况说明', '2023年收入合计100万元。')).headings.map((h) => h.marker), ['（一）']);
  });
});

describe('an excerpt that starts in a numbered sentence', () => {
  it('has no title: its first line is prose that runs on (梧州 2025, a PDF page starting at (三))', () => {
    const text = '(三)卫生健康支出类科目 43897.73 元,占支出总预\n算4.04 %,同比减少 6014.46 元,下降 12.05 %。';
    const report = parse(text);
    assert.equal(report.title, undefined);
    assert.deepEqual(report.paragraphs.map((p) => p.text), ['(三)卫生健康支出类科目 43897.73 元,占支出总预算4.04 %,同比减少 6014.46 元,下降 12.05 %。']);
  });
});
