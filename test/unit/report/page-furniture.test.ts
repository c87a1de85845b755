// Page furniture (report/page-breaks.ts): page numbers, and lines repeated next to them (a running header). Not a table
// row that happens to end a page in several tables alike (probe-t: `210 卫生健康支出 283894.65 283894.65` before the
// page number in three 决算表 was dropped as a footer, and the tables' 合计 no longer added up).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageFurniture } from '../../../server/src/report/page-breaks';
import { spansOf } from './helpers';
import { summary } from '../rules/helpers';

describe('page furniture', () => {
  const pages = [1, 2, 3, 4].flatMap((n) => [
    ' '.repeat(110) + '宁远县民政局 2023 年度部门决算',
    `表${n}`,
    '208       社会保障和就业支出             47739915.65      47709915.65',
    '210       卫生健康支出                  283894.65        283894.65',
    '',
    `                                                  -${n}-`,
  ]);
  const text = pages.join('\n');
  const furniture = pageFurniture(text, spansOf(text));
  const lines = text.split('\n');

  it('the running header, set far to the right by pdftotext -layout, is furniture wherever it stands', () => {
    lines.forEach((l, i) => {
      if (l.includes('宁远县民政局')) assert.equal(furniture[i], true, `line ${i + 1}`);
    });
  });

  it('a row of amounts that ends each page is no footer', () => {
    lines.forEach((l, i) => {
      if (l.includes('卫生健康支出')) assert.equal(furniture[i], false, `line ${i + 1}`);
    });
  });
});

describe('one page break inside a sentence of a short excerpt (a helper’s plain-pdftotext probes)', () => {
  const findings = (text: string) => summary(text);

  it('a bare page number between a cut line and the figure that goes on: no 51698044.00, no 721.32%', () => {
    assert.deepEqual(findings(['5.农林水支出（类）农业农村（款）行政运行（项）。年初预算为', '5', '1698044.00元，支出决算为1845700.00元，完成年初预算的108.70%。'].join('\n')), []);
    assert.deepEqual(findings(['本年支出合计640.11万元，其中：基本支出503.67万元，占78.68%；项目支出136.44万元，占', '7', '21.32%。'].join('\n')), []);
  });

  it('a running header beside the page number, or alone between a figure and its unit or name', () => {
    assert.deepEqual(findings(['2019年度“三公”经费财政拨款支出预算为77.40万元，支出决算为', '- 8 -', '长沙市岳麓区市场监督管理局', '29.98万元。与上年相比，“三公”经费减少7.96万元，下降20.98%。'].join('\n')), []);
    assert.deepEqual(findings(['本年收入合计2886.25万元，其中：财政拨款收入2800.00万元，占97.01%；其他收入86.25', '第7页', '七星区机关事务服务中心2022年度部门决算公开', '万元，占2.99%。'].join('\n')), []);
    assert.deepEqual(findings(['2019年度“三公”经费财政拨款支出预算为77.40万元，支出决算为', '长沙市岳麓区市场监督管理局', '29.98万元。与上年相比，“三公”经费减少7.96万元，下降20.98%。'].join('\n')), []);
  });

  it('the slip across the break is still found; a table’s row label, its 行次 and its amount are no break', () => {
    assert.deepEqual(findings(['本年支出合计640.11万元，其中：基本支出503.67万元，占78.68%；项目支出136.44万元，占', '7', '22.32%。'].join('\n')), ['3 error share 22.32']);
    const text = ['项目', '行次', '金额', '一般公共预算财政拨款收入', '1', '1698044.00'].join('\n');
    assert.deepEqual(pageFurniture(text, spansOf(text)), [false, false, false, false, false, false]);
  });

  it('a contents entry whose leader runs on to the next line is no heading: the body’s 第一部分 is the first', () => {
    assert.deepEqual(findings(['目  录', '第一部分  部门概况.........................', '..........2', '第二部分  2022年度部门决算表..............6', '第一部分  部门概况', '一、主要职能'].join('\n')), []);
  });
});

describe('a 其中 list going on over a page break after a ； (a helper’s 决算说明 slip probe)', () => {
  const text = (total: string) =>
    [`2022年度一般公共预算财政拨款基本支出${total}万元，其中：人员经费712.35万元，主要包括基本工资、津贴补贴、奖金、绩效工资、住房公积金、退休费；`, '', '- 12 -', '', '公用经费144.70万元，主要包括办公费、印刷费、水费、电费、邮电费、差旅费、维修（护）费、公务接待费、工会经费、福利费、其他商品和服务支出。'].join('\n');
  it('712.35 + 144.70 = 857.05 against 856.42: found across the page; 857.05 holds', () => {
    assert.deepEqual(summary(text('856.42')), ['1 error sum-of-parts 856.42']);
    assert.deepEqual(summary(text('857.05')), []);
  });
});

describe('a bare page number right after a line ended on ； or cut mid-clause, with no blank line (a helper’s 自评 slip probe)', () => {
  const text = (first: string, second: string, total = '1237.85') => ['（二）支出情况', `2022年度部门支出合计${total}万元，其中：${first}`, '8', `${second}。全年支出总体控制在预算范围内。`].join('\n');
  it('845.67 + 329.18 against 1237.85: found across the page; 1174.85 holds', () => {
    assert.deepEqual(summary(text('基本支出845.67万元；', '项目支出329.18万元')), ['2 error sum-of-parts 1237.85']);
    assert.deepEqual(summary(text('基本支出845.67万元；', '项目支出329.18万元', '1174.85')), []);
    assert.deepEqual(summary(text('基本支出845.67万元，项目', '支出329.18万元')), ['2 error sum-of-parts 1237.85']);
  });
  it('a line of a table one cell per line is no such line: the number stays a figure', () => {
    const cells = ['项目', '金额', '基本支出', '8', '项目支出', '9'].join('\n');
    assert.deepEqual(pageFurniture(cells, spansOf(cells)).filter(Boolean).length, 0);
  });
});

describe('page furniture in long documents (a helper’s long-document probes)', () => {
  const table = (between: string, total = '600.00') =>
    ['单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出', `\t合计\t${total}\t240.00\t360.00`, '208\t社会保障和就业支出\t100.00\t40.00\t60.00', '213\t农林水支出\t400.00\t160.00\t240.00', between, '221\t住房保障支出\t100.00\t40.00\t60.00', '', '以上为支出决算情况。'].join('\n');
  it('a bare page number, 第3页/共12页, Page 3 or a running header between two rows of a TAB table: the table goes on', () => {
    for (const between of ['3', '第3页/共12页', 'Page 3', '·3·', '某县民政局2018年度部门决算']) assert.deepEqual(summary(table(between)), [], between);
    assert.deepEqual(summary(table('3', '610.00')), ['3 error table-total 610.00']);
  });
  it('bare page numbers beside a running header with a year, three times or more: both are the page’s', () => {
    const hdr = '某县农业农村局2018年度部门整体支出绩效自评报告';
    const text = (total: string) =>
      ['2018年度部门整体支出绩效自评报告', '一、部门基本情况', '本部门内设机构5个，编制30名。', '2', '', hdr, '二、预算执行情况', `本年支出${total}万元，其中基本支出4166.86万元、`, '3', '', hdr, '项目支出5508.77万元。支出控制较好。', '4', '', hdr, '三、结论', '完成了全年任务。'].join('\n');
    assert.deepEqual(summary(text('9675.63')), []);
    assert.deepEqual(summary(text('9765.63')), ['8 error sum-of-parts 9765.63']);
  });
});
