// report-year: a section title, a `截至…12月31日` or a sentence's 决算 naming another year than the report's own,
// only when the report's year is certain (its title line, or a strong majority in a 决算/自评 text).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, doc, findings, only, summary } from './helpers';

const years = (text: string) => summary(text).filter((s) => s.includes('report-year'));

// js-dayi-a159286-2023.txt lines 1-11, as published, under a title line naming the report's year.
const dayi = (title: string) =>
  [
    title,
    '六、一般公共预算财政拨款基本支出决算情况说明',
    '2023年一般公共预算财政拨款基本支出536.07万元,其中:',
    '人员经费489.18万元,主要包括:基本工资、津贴补贴、奖金等。',
    '公用经费46.89万元,主要包括:办公费、印刷费等。',
    '七、财政拨款“三公”经费支出决算情况说明',
    '(一)“三公”经费财政拨款支出决算总体情况说明',
    '2022年“三公”经费财政拨款支出决算为1.68万元,完成预算100%,较上年增加0.62万元,增长58.49%。决算数小于预算数(或与预算数持平)的主要原因是公务用车年久失修。',
    '(二)“三公”经费财政拨款支出决算具体情况说明',
    '2023年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元;公务用车购置及运行维护费支出决算1.4万元;公务接待费支出决算0.28万元。',
  ].join('\n');

describe('report-year', () => {
  it('a section title of another year (`第三部分 2022年度部门决算情况说明` in a 2023 report) is a warning, fixed to 2023', () => {
    const text = ['县委党校2023年度部门决算', '第一部分 部门概况', '本部门2023年度支出决算总计1000万元。', '第三部分 2022年度部门决算情况说明', '一、收入支出决算总体情况说明'].join('\n');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '4 warning report-year 2022');
    assert.equal(f.message, '本报告是 2023 年度的，此标题写的是 2022 年');
    assert.equal(applyFix(text, f), text.replace('2022年度部门决算', '2023年度部门决算'));
  });

  it('a section on last year’s evaluation (`2022年度…自评问题整改情况`, `…结果应用情况`) names the year before on purpose', () => {
    const title = '东莞市水务局2023年度部门整体支出绩效自评报告';
    assert.deepEqual(years([title, '三、2022年度部门整体支出绩效自评问题整改情况', '已全部整改。'].join('\n')), []);
    assert.deepEqual(years([title, '四、2022年度绩效自评结果应用情况', '已应用。'].join('\n')), []);
    // Two years back, or no such words: still the report's own section with a wrong year.
    assert.deepEqual(years([title, '三、2021年度部门整体支出绩效自评问题整改情况', '已全部整改。'].join('\n')), ['2 warning report-year 2021']);
  });

  it('last year’s figure said right after this year’s, of the same subject, is a pair, not a copied year', () => {
    const text = (prior: string) => ['2023年度部门整体支出绩效自评报告', `2023年“三公”经费决算31.26万元。${prior}2023年“三公”经费预算38.50万元。`].join('\n');
    assert.deepEqual(years(text('2022年“三公”经费决算35.72万元。')), []);
    assert.deepEqual(years(text('2022年机关运行经费决算35.72万元。')), ['2 warning report-year 2022']);
  });

  it('`二、2023年度部门整体支出情况` in a 2024 部门整体支出绩效自评报告 is its own section with the wrong year (probe-l)', () => {
    const title = '2024年度部门整体支出绩效自评报告';
    assert.deepEqual(years([title, '二、2023年度部门整体支出情况', '2024年度部门支出1200.00万元。'].join('\n')), ['2 warning report-year 2023']);
    assert.deepEqual(years([title, '二、2024年度部门整体支出情况', '2024年度部门支出1200.00万元。'].join('\n')), []);
  });

  it('a year compared with itself (`2023年度收入总计…，与2023年度相比减少…` in a 2023 决算) is a warning, fixed to the year before (probe-l)', () => {
    const text = (y: string) => ['2023年度部门决算', `2023年度收入总计3578.42万元，与${y}年度相比减少134.18万元。`].join('\n');
    const f = findings(text('2023')).find((x) => x.rule === 'report-year')!;
    assert.equal(`${f.line} ${f.severity} ${f.figure} → ${f.fix}`, '2 warning 2023 → 2022');
    assert.deepEqual(years(text('2022')), []);
    // The same year's budget is compared with as a matter of course.
    assert.deepEqual(years(['2023年度部门决算', '2023年度收入总计3578.42万元，与2023年公共财政预算收入3000.00万元相比增加578.42万元。'].join('\n')), []);
  });

  it('a title of another kind (a 2020 决算表 quoted in a 2023 自评报告) is not the report’s own section', () => {
    assert.deepEqual(years(doc('一、2020年度一般公共预算财政拨款“三公”经费支出决算表', '二、2020年度一般公共预算财政拨款“三公”经费支出情况说明')), []);
  });

  it('`截至2022年12月31日` in a 2023 report is a warning; 截至2023年12月31日 and a comparison with 2022 are not', () => {
    const f = only(doc('截至2022年12月31日，本部门共有车辆3辆，其中：执法执勤用车3辆。'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning report-year 2022');
    assert.equal(f.message, '本报告是 2023 年度的，年末应是“截至2023年12月31日”，此处写的是 2022 年');
    assert.deepEqual(years(doc('截至2023年12月31日，本部门共有车辆3辆，比截至2022年12月31日增加1辆。')), []);
  });

  it('a 预算 report speaks of the year before: `截至2023年12月31日` in a 2024年部门预算 is right', () => {
    const text = ['2024年部门预算情况说明', '', '截至2023年12月31日，本部门共有车辆3辆。'].join('\n');
    assert.deepEqual(years(text), []);
  });

  it('js-dayi-a159286-2023.txt line 8: a `2022年…决算` between sentences of 2023 in a 2023 决算 report', () => {
    const text = dayi('2023年度单位决算情况说明');
    const f = findings(text).find((x) => x.rule === 'report-year')!;
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '8 warning report-year 2022');
    assert.equal(f.message, '本报告是 2023 年度的，前后各句也都说 2023 年，此句的决算写的是 2022 年');
    assert.deepEqual(years(text), ['8 warning report-year 2022']);
  });

  it('`2022年决算数` alone on its line is a table column header of a 2023 决算, no sentence (jz-yunxian-sangong-2023)', () => {
    const text = [
      '云县2023年度“三公”经费决算情况说明',
      '',
      '2023年“三公”经费财政拨款决算支出571.04万元。',
      '',
      '2022年决算数',
      '',
      '2023年“三公”经费中公务用车购置及运行维护费507.98万元。',
    ].join('\n');
    assert.deepEqual(years(text), []);
    assert.deepEqual(years(text.replace('2022年决算数', '2022年“三公”经费决算支出441.63万元。')), ['5 warning report-year 2022']);
  });

  it('without a title naming the year, two sentences of 2023 against one of 2022 are no certainty: silent', () => {
    assert.deepEqual(years(dayi('单位决算情况说明')), []);
  });

  it('a year used as a base, a 预算 of the coming year and a project’s own year are right', () => {
    const text = doc(
      '2023年本部门支出决算1000万元。',
      '2022年决算数为900万元，与2023年相比减少100万元。',
      '与2022年决算相比，2023年支出增加100万元，增长11.11%。',
      '2024年部门预算安排1100万元。',
      '2023年本部门收入决算1000万元。',
    );
    assert.deepEqual(years(text), []);
    assert.deepEqual(years(doc('截至2022年12月31日，项目已累计完成投资300万元。')), []);
    const project = ['五华区2022年高标准农田建设项目绩效自评报告', '', '截至2023年12月31日，项目实际收到资金495万元。'].join('\n');
    assert.deepEqual(years(project), []);
  });

  it('sg-diqing-czj-2021: the title said again under the page’s own with another year (2020 for 2021) is a warning, fixed to 2021', () => {
    const text = (second: string) =>
      [
        '迪庆州州本级2021年度“三公”经费决算支出情况说明',
        '发布时间:2022-10-14 16:15     浏览次数:3854   ',
        '',
        `迪庆州州本级${second}年度“三公”经费决支出情况说明`,
        '',
        '2021年,州本级一般公共预算财政拨款“三公”经费支出决算汇总数为1134万元,较上年1174万元减少40万元,下降3%。',
      ].join('\n');
    const f = only(text('2020'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '4 warning report-year 2020');
    assert.equal(f.message, '本报告是 2021 年度的，标题再次出现时写的是 2020 年');
    assert.equal(applyFix(text('2020'), f), text('2021'));
    assert.deepEqual(years(text('2021')), []);
  });

  it('a line of another year that is not the title again (`2020年度“三公”经费决算表`) is left to the other readings', () => {
    const text = ['迪庆州州本级2021年度“三公”经费决算支出情况说明', '', '附件:迪庆州州本级2020年度“三公”经费决算统计表', '', '2021年,州本级“三公”经费支出决算汇总数为1134万元。'].join('\n');
    assert.deepEqual(years(text), []);
  });

  it('rv-gx-swt-2022: a notice received on a date before its number’s year (2012年6月14日 … 财建〔2022〕153号) is a warning, with no fix', () => {
    const text = (date: string) =>
      [
        '广西壮族自治区商务厅2022年中央服务业发展资金绩效自评报告',
        '一、绩效目标分解下达情况',
        `1.资金下达情况。${date}年6月14日,广西收到《财政部关于下达2022年服务业发展资金预算的通知》(财建〔2022〕153号),下达中央服务业发展资金(县域商业建设行动)14680万元。`,
      ].join('\n');
    const f = only(text('2012'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '3 warning report-year 2012');
    assert.equal(f.message, '日期写的是 2012 年，早于文件本身的年份 2022 年（文号中的年份）');
    assert.equal(f.fix, undefined);
    assert.deepEqual(years(text('2022')), []);
    // A notice issued the year before the funds it grants (提前下达) is right.
    assert.deepEqual(years(['x', '2020年10月30日,中央以《财政部关于提前下达2021年农业相关转移支付资金预算的通知》(财农〔2020〕123号)下达资金。'].join('\n')), []);
  });
});

describe('the year a 自评 report says it evaluates', () => {
  const text = (y: string) => `2023年度部门整体支出绩效自评报告\n根据县财政局关于开展绩效自评工作的通知要求，我单位对${y}年度部门整体支出开展了绩效自评，现将有关情况报告如下。\n`;
  it('对2022年度部门整体支出开展了绩效自评 under a 2023 title: a warning, fixed to 2023', () => {
    const f = only(text('2022'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '2 warning report-year 2022');
    assert.equal(f.message, '本报告是 2023 年度的，此处说评价的是 2022 年度');
    assert.equal(applyFix(text('2022'), f), text('2023'));
    assert.deepEqual(summary(text('2023')), []);
  });
  it('现将2022年度…自评情况报告如下 too; a year compared with is not it', () => {
    assert.deepEqual(summary('2023年度部门整体支出绩效自评报告\n现将2022年度部门整体支出绩效自评情况报告如下。\n'), ['2 warning report-year 2022']);
    assert.deepEqual(summary('2023年度部门整体支出绩效自评报告\n与2022年度相比，本年支出增加。对照2022年度自评发现的问题开展了整改。\n'), []);
  });
});

describe('last year’s 决算 stated as the base of a comparison with 上年 just after it (a helper’s 自评报告 probes)', () => {
  it('`2023年部门决算支出2819.75万元。` then `2024年全年支出…较上年增加72万元` in a 2024 report: no year warning', () => {
    const text = ['2024年度部门整体支出绩效自评报告', '2023年部门决算支出2819.75万元。', '2024年全年支出2891.75万元，较上年增加72万元，增长2.55%。'].join('\n');
    assert.deepEqual(findings(text).filter((f) => f.rule === 'report-year'), []);
  });
});

describe('last year’s title left on this year’s report (a helper’s 决算说明 slip probes)', () => {
  it('a 2022 title over sentences of 2023 compared with 2022: a warning at the title’s year, with the fix 2023', () => {
    const text = ['临江县教育局2022年度部门决算公开说明', '一、收入支出决算总体情况说明', '2023年度收入总计5632.10万元，支出总计5632.10万元。与2022年度相比，收入、支出总计各增加312.40万元，增长5.87%。', '2023年度本年收入合计5400.00万元。'].join('\n');
    const f = only(text);
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '1 warning report-year 2022');
    assert.equal(f.message, '标题写的是 2022 年，正文各句的数字都是 2023 年的，并与 2022 年相比：标题的年度应是 2023');
    assert.equal(applyFix(text, f).split('\n')[0], '临江县教育局2023年度部门决算公开说明');
  });
  it('not when a sentence is of the title’s year, or the later year’s is a plan', () => {
    assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', '一、部门预算执行情况', '2023年度全年预算数1902.15万元。2024年计划安排预算2000.00万元。2024年拟安排项目支出800.00万元。'].join('\n')), []);
  });
});

describe('last year’s end beside this year’s in one sentence (a helper’s 决算 probe)', () => {
  it('`截至2023年12月31日…，截至2022年12月31日为9500.00万元`: the base of a comparison — silent', () => {
    assert.deepEqual(summary(['2023年度部门决算公开说明', '截至2023年12月31日，本部门资产总额9714.91万元，截至2022年12月31日为9500.00万元。'].join('\n')), []);
    assert.deepEqual(summary(['2023年度部门决算公开说明', '截至2022年12月31日，本部门资产总额9714.91万元。'].join('\n')), ['2 warning report-year 2022']);
  });
});

describe('last year named on purpose (a helper’s 自评 probes)', () => {
  it('上年末（截至2022年12月31日）, the year end before a sentence of this year’s, 2022年度绩效评价结果运用情况: silent', () => {
    for (const body of ['上年末（截至2022年12月31日）全县城乡低保对象7512人。', '截至2022年12月31日，全县低保对象7512人。截至2023年12月31日，全县低保对象7268人，减少244人。', '二、2022年度绩效评价结果运用情况']) {
      assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', body].join('\n')), [], body);
    }
  });
});

describe('last year named for what it was (a helper’s 补贴 probes)', () => {
  const report = (line: string) => ['2023年度部门整体支出绩效自评报告', line].join('\n');
  it('a 年初结转 said to be what was left at 截至2022年12月31日, and last year’s evaluation dated when it was done: silent', () => {
    assert.deepEqual(summary(report('年初结转资金55.21万元，为截至2022年12月31日尚未发放的补贴资金。')), []);
    assert.deepEqual(summary(report('2023年4月，我局对2022年度部门整体支出开展了绩效自评。')), []);
    // Undated, the copied year is still found.
    assert.deepEqual(summary(report('我局对2022年度部门整体支出开展了绩效自评。')), ['2 warning report-year 2022']);
  });
  it('a date before another batch’s document number is not that document’s', () => {
    assert.deepEqual(summary(report('2022年12月20日提前下达1000万元，2023年6月5日下达355.21万元（鄂财农发〔2023〕87号）。')), []);
  });
});
