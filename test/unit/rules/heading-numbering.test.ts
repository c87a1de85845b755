// heading-numbering: numbers at one level run 1, 2, 3… under their parent; a level keeps its numbering style.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../../../server/src/report/parse';
import { applyFix, doc, findings, only, summary } from './helpers';

describe('heading-numbering', () => {
  it('a well-numbered 一、/（一）/1. outline has no finding; numbering restarts under each parent', () => {
    const text = doc('一、部门基本情况', '（一）部门职责', '（二）人员情况', '二、预算执行情况', '（一）预算情况', '1.年初预算', '2.决算', '三、存在问题');
    assert.equal(parseReport(text, 'txt').headings.length, 8);
    assert.deepEqual(findings(text), []);
  });

  it('the seed’s 1、/（1）/1. outline, with （1) in mixed brackets, has no finding', () => {
    const text = doc('1、 单位基本情况', '（1） 部门主要职责', '（2) 人员编制情况', '2、 预算支出及绩效情况', '（1） 部门预决算情况', '1. 部门预算情况', '2. 部门决算情况');
    assert.equal(parseReport(text, 'txt').headings.length, 7);
    assert.deepEqual(findings(text), []);
  });

  it('a gap (（二） then （四）) is a warning on the marker with the exact message and fix', () => {
    const text = doc('一、部门基本情况', '（一）部门职责', '（二）人员情况', '（四）资产情况');
    const f = only(text);
    assert.equal(f.rule, 'heading-numbering');
    assert.equal(f.severity, 'warning');
    assert.equal(f.line, 6);
    assert.equal(f.figure, '（四）');
    assert.equal(f.message, '标题编号跳号：上一个同级标题是“（二）”，此处为“（四）”，应为“（三）”');
    assert.equal(f.fix, '（三）');
    assert.equal(applyFix(text, f), text.replace('（四）', '（三）'));
  });

  it('a repeated number is a warning with the next number as fix', () => {
    const text = doc('1、 预算执行情况', '1. 年初预算', '2. 决算', '2. 三公经费');
    const f = only(text);
    assert.equal(f.figure, '2.');
    assert.equal(f.line, 6);
    assert.equal(f.message, '标题编号“2.”与上一个同级标题重复，应为“3.”');
    assert.equal(f.fix, '3.');
  });

  // Published text: an excerpt that begins at （二）, a table of contents before the body, a part that starts again.
  it('a first heading that does not start at 1, and a restart, are not reported', () => {
    assert.deepEqual(summary(doc('一、部门基本情况', '（二）部门职责')), []);
    assert.deepEqual(summary(doc('六、其他重要事项', '七、名词解释')), []);
    assert.deepEqual(summary(doc('一、收入支出决算总体情况说明', '二、收入决算情况说明', '一、收入支出决算总体情况说明', '二、收入决算情况说明')), []);
  });

  it('a gap between lines that may not be headings is not reported', () => {
    // Table rows flattened one cell per line, a check box line, a numbered sentence.
    assert.deepEqual(summary(doc('一、本级收入', '929393', '三、上级补助收入', '1208')), []);
    assert.deepEqual(summary(doc('1、持续性项目', '项目属性', '3、持续性项目 ☑ 4、新增性项目 □')), []);
    assert.deepEqual(summary(doc('一、部门基本情况', '三、2023年度部门决算收入合计1024.56万元，比上年增加12.5万元。')), []);
  });

  it('a level changing its numbering style midway is information, without a fix', () => {
    const text = doc('一、部门基本情况', '1、 职责', '二、预算执行情况', '（一）预算情况');
    const all = findings(text);
    assert.deepEqual(summary(text), ['6 information heading-numbering （一）']);
    assert.equal(all[0].message, '第 2 级标题前文用“1、”式编号（第 4 行），此处用“（一）”式');
    assert.equal(all[0].fix, undefined);
  });
});

describe('numbering styles per 第X部分 (ningyuan-2023-juesuan, probe-t)', () => {
  it('第一部分 numbering its 职能 1. and 第三部分 its sections （一） is no inconsistency; within one part it is', () => {
    const parts = doc('第一部分 部门概况', '一、主要职能', '1.贯彻落实民政工作的方针政策', '2.负责社会组织登记管理', '第二部分 情况说明', '一、收入支出决算总体情况说明', '（一）收入情况');
    assert.deepEqual(findings(parts).filter((x) => x.rule === 'heading-numbering'), []);
    const one = doc('第一部分 部门概况', '一、主要职能', '1.贯彻落实民政工作的方针政策', '二、机构设置', '（一）内设机构');
    assert.deepEqual(summary(one), ['7 information heading-numbering （一）']);
  });
});

describe('a gap right before a restart is a table of contents (js-urumqi-zwfw-2023)', () => {
  it('九、 十二、 then 九、 again under the same parent: no finding; the same gap with no restart after it is one', () => {
    const toc = doc('目 錄', '九、國有資本經營預算財政撥款收入支出決算情況說明', '十二、其他需說明的事項', '九、《國有資本經營預算財政撥款收入支出決算表》', '第一部分 單位概況');
    assert.deepEqual(summary(toc).filter((s) => s.includes('heading-numbering')), []);
    const gap = doc('九、国有资本经营预算情况说明', '十二、其他需说明的事项');
    assert.deepEqual(summary(gap).filter((s) => s.includes('heading-numbering')), ['4 warning heading-numbering 十二、']);
  });
});

describe('numbered cells of a table flattened one cell per line are no headings (pd-pingshan-xiakou-2025)', () => {
  it('一、…收入 | then 一、…支出 | in each row: no repeated-number finding', () => {
    const text = doc('1 |', '一、一般公共预算拨款收入 |', '675.82 |', '一、一般公共服务支出 |', '516.39 |', '2 |', '二、政府性基金预算拨款收入 |', '|', '二、外交支出 |', '|');
    assert.deepEqual(summary(text).filter((s) => s.includes('heading-numbering')), []);
  });
  it('with blank cells between (rd3-shangluo-tjj-2016 a cell per line): a row name three cells from its nearest figure is no heading', () => {
    const text = doc(
      '收 入', '', '支 出', '', '项 目', '', '预算数', '', '项 目', '', '预算数', '',
      '一、公共预算拨款', '', '404.77', '', '一、基本支出', '', '319.08', '',
      '二、政府性基金拨款', '', '', '', '二、项目支出', '', '85.69', '',
      '三、事业收入', '', '', '', '三、事业单位经营支出', '', '', '',
      '五、事业单位经营收入', '', '', '', '', '',
      '本年收入合计', '', '404.77',
    );
    assert.deepEqual(summary(text).filter((s) => s.includes('heading-numbering')), []);
  });
});

describe('a web page’s one-item lists, each numbered 1 and indented (xz-guangshui-baiquanwsy-2023)', () => {
  const text = (indent: string) =>
    ['广水市白泉卫生院2023年度部门决算情况说明', '', `${indent}1. 收入支出决算总体情况说明`, '', '2023年度收、支总计均为4680.58万元。', '', `${indent}1. 收入决算情况说明`, '', '2023年度收入合计4680.58万元。'].join('\n');

  it('indented `  1.` twice is the page’s list rendering: silent; unindented it is a repeat', () => {
    assert.deepEqual(summary(text('  ')).filter((s) => s.includes('heading-numbering')), []);
    assert.deepEqual(summary(text('')).filter((s) => s.includes('heading-numbering')), ['7 warning heading-numbering 1.']);
  });
});

describe('a heading line pasted twice (ra1-changshou-honghu-2024)', () => {
  it('(一)职能职责 twice then (二)机构设置: no renumbering suggested', () => {
    const text = ['2024年度决算公开说明', '一、部门基本情况', '(一)职能职责', '(一)职能职责', '1.认真贯彻执行党和国家的各项方针、政策;', '(二)机构设置', '本单位为一级预算单位。'].join('\n');
    assert.deepEqual(findings(text).filter((f) => f.rule === 'heading-numbering' && f.severity !== 'information'), []);
  });
});

describe('a missing number that opens a line of prose (rb2-shangqiu-czj-2020)', () => {
  it('一、… / 二、分配原则:根据…文件,下达资金。… / 三、…: no jump', () => {
    const text = [
      '根据《河南省扶贫资金项目公告公示制度》有关规定,现将下达2020年中央和省级水利发展资金分配情况公示如下:',
      '一、资金来源',
      '省级资金(豫财农水[2020]30号):1227万元',
      '二、分配原则:根据《河南省财政厅 河南省水利厅关于下达2020年中央和省级水利发展资金的通知》(豫财农水[2020] 30号)文件,按因素法分配下达资金。',
      '三、资金结构',
      '按照《河南省开展贫困县统筹整合使用财政涉农资金试点实施办法》(豫办[2018]35号)要求,市级有关部门下达资金。',
    ].join('\n');
    assert.deepEqual(findings(text).filter((f) => f.rule === 'heading-numbering' && f.severity !== 'information'), []);
  });

  it('the two sides of a 收支总表 a cell per line (plain pdftotext), each numbering its 收入/支出 rows, are no outline (probe-q)', () => {
    const text = ['部门收支总表', '单位：元', '', '一、一般公共预算拨款收入', '', '六、事业收入', '', '七、附属单位上缴收入', '七、文化旅游体育与传媒支出', '', '（三）国有资本经营预算拨款', '（七）文化旅游体育与传媒支出'].join('\n');
    assert.deepEqual(summary(text).filter((x) => x.includes('heading-numbering')), []);
  });
});

describe('a number repeated, then the next one the writer meant (a helper’s 乡镇 probe)', () => {
  it('`一、` `一、` `三、`: the repeat is reported (fix 二、) and 三、 after it is in order', () => {
    const text = doc('一、单位基本情况', '本单位编制12人。', '一、预算执行情况', '本年支出100.00万元。', '三、绩效目标完成情况', '全部完成。');
    assert.deepEqual(summary(text), ['5 warning heading-numbering 一、']);
  });
});

describe('headings whose numbers the page lost (sp-linhe-tyjrj-2023)', () => {
  const text = (second: string, third: string) =>
    ['一、绩效目标分解下达情况', '', '二、绩效目标完成情况分析', '', '(一)资金投入情况分析', '', '2023年收到财政资金共2330.9万元。', '', second, '', '按年初规划执行。', '', third, '', '完成发放各类优抚对象生活补助。', '', '(四)绩效指标完成情况分析', '', '1.数量指标。404名服务对象。'].join('\n');
  it('as many heading-like lines between as numbers missing: silent', () => {
    assert.deepEqual(summary(text('总体绩效情况分析', ')总体绩效目标完成情况分析')), []);
  });
  it('with prose lines between instead, (四) after (一) is still a gap', () => {
    assert.deepEqual(summary(text('资金已全部拨付到位。', '发放工作按时完成。')), ['17 warning heading-numbering (四)']);
  });
});
