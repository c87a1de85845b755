// Text extracted from PDF wraps sentences across lines: a line not ending in 。；！？： continues on the next.
// The paragraph is read as one, and every figure keeps its own document offset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, figures, parse } from './helpers';
import { checks, findings, summary } from '../rules/helpers';

const wrapped = doc(
  '2023年决算总支出47281.07万元，其中：基本支出344.12万',
  '    元，占总支出的0.73%；项目支出46936.95万元，占总支',
  '出的99.27%。',
  '下一段另起一行。',
);

describe('PDF-wrapped paragraphs', () => {
  it('three wrapped lines make one paragraph (the next sentence after 。 starts another)', () => {
    const report = parse(wrapped);
    assert.equal(report.paragraphs.length, 2);
    assert.equal(
      report.paragraphs[0].text,
      '2023年决算总支出47281.07万元，其中：基本支出344.12万元，占总支出的0.73%；项目支出46936.95万元，占总支出的99.27%。',
    );
    assert.equal(report.paragraphs[1].text, '下一段另起一行。');
  });

  it('each figure’s span is where it stands in the document, on its own line', () => {
    const report = parse(wrapped);
    const lineOf = (offset: number) => wrapped.slice(0, offset).split('\n').length;
    const found = report.paragraphs[0].quantities.filter((q) => !q.incidental);
    assert.deepEqual(
      found.map((q) => `${lineOf(q.span.start)}:${at(wrapped, q.span)}`),
      ['3:47281.07', '3:344.12', '4:0.73', '4:46936.95', '5:99.27'],
    );
  });

  it('a unit split from its number by the wrap (`344.12万` / `元`) is still 万元', () => {
    const q = parse(wrapped).paragraphs[0].quantities.find((x) => x.raw === '344.12')!;
    assert.equal(q.unit, '万元');
    assert.equal(at(wrapped, q.fullSpan), '344.12万\n    元');
  });

  it('a label wrapped across lines (`占总支` / `出的`) is joined: the share is checked', () => {
    const labels = figures(parse(wrapped)).map((f) => f.label);
    assert.ok(labels.includes('占总支出的'), JSON.stringify(labels));
    assert.ok(checks(wrapped).some((c) => c.rule === 'share' && c.figure === '99.27' && c.holds));
  });

  it('a finding inside a wrapped paragraph lands on the right line and figure', () => {
    const wrong = wrapped.replace('出的99.27%', '出的99.37%');
    assert.deepEqual(
      findings(wrong).map((f) => `${f.line} ${f.rule} ${f.figure}`),
      ['5 share 99.37'],
    );
  });

  it('a line ending a sentence (。) does not run on into the next', () => {
    const text = doc('基本支出344.12万元。', '项目支出46936.95万元。');
    assert.equal(parse(text).paragraphs.length, 2);
  });
});

describe('page numbers in PDF text', () => {
  it('a page number line inside a sentence is dropped and the sentence goes on (—23—, - 4 -, 第3页, 3/25)', () => {
    for (const page of ['—23—', '- 4 -', '第 3 页', '第3页 共25页', '3/25']) {
      const text = doc('总支出100万元，其中：基本支出', page, '60万元，项目支出45万元。');
      const report = parse(text);
      const prose = report.paragraphs.filter((p) => p.text.includes('总支出'));
      assert.equal(prose.length, 1, page);
      assert.ok(!prose[0].quantities.some((q) => q.raw === '23' || q.raw === '4' || q.raw === '3'), page);
      // 60 + 45 = 105 > 100: read across the page break.
      assert.deepEqual(findings(text).map((f) => `${f.rule} ${f.figure}`), ['sum-of-parts 100'], page);
    }
  });
});

describe('a line cut before its unit or its comma (rb-yongxing-czj-2020 wrapped at 38 characters)', () => {
  const cut = doc(
    '4、育肥猪保险:全县2020年计划和实际投保33.05万头,总保费1586.63',
    '万元,中央财政补贴50%为793.32万元,省级财政补贴15%为237.99',
    '万元,县级财政补贴15%为237.99万元。',
  );
  it('a numbered line whose next line opens with `万元,` is a paragraph’s first line, not a heading', () => {
    const report = parse(cut);
    assert.equal(report.headings.length, 0);
    assert.equal(report.paragraphs.length, 1);
    const q = report.paragraphs[0].quantities.find((x) => x.raw === '1586.63')!;
    assert.equal(q.unit, '万元');
    assert.equal(q.label, '总保费');
  });
  it('nor is an unnumbered first line a title when the next opens with `,`', () => {
    const report = parse(['全年纳入政府投资审计项目20个,送审投资金额5.74亿元', ',为历年来最高。'].join('\n'));
    assert.equal(report.title, undefined);
    assert.equal(report.paragraphs.length, 1);
  });
  it('a heading followed by a line of its own is still a heading', () => {
    const report = parse(doc('4、育肥猪保险', '全县2020年计划和实际投保33.05万头,总保费1586.63万元。'));
    assert.equal(report.headings.length, 1);
  });
});

describe('brackets a wrapped line leaves open (rt-dalateqi-czj-2022 wrapped at 45 and 60 columns)', () => {
  it('a numbered line that opens a bracket it does not close is a sentence’s first line, not a heading', () => {
    const text = doc(
      '(二)全旗政府性基金收入预算2022年,全旗政府性基金收入预算安排45000万元(其中:旗',
      '本级35900万元,下降8%;开发区9100万元,下降2.8%),比人代会预算安排数减少25000万元。',
    );
    const report = parse(text);
    assert.equal(report.headings.length, 0);
    const q = report.paragraphs[0].quantities.find((x) => x.raw === '35900')!;
    assert.equal(q.inParens, true);
  });
  it('a line ending in ； inside the brackets it opened goes on; a ； outside brackets still ends the paragraph', () => {
    const text = doc(
      '全旗政府性基金收入预算安排45000万元(其中:旗本级35900万元,下降8%;',
      '开发区9100万元,下降2.8%),比人代会预算安排数减少25000万元。',
      '交通部门1个,送审投资金额15,454万元;',
      '扶贫项目3个,送审投资金额6,922万元。',
    );
    const report = parse(text);
    assert.equal(report.paragraphs.length, 3);
    assert.ok(report.paragraphs[0].quantities.find((x) => x.raw === '9100')!.inParens);
  });
});

describe('PDF lines with a blank line between each (xm-mwr-slfz-2017 so laid out)', () => {
  it('a line that can only go on from the one before (`74.6%;…`) carries on its sentence past the blank line', () => {
    const report = parse(doc('重大水利工程已完成年度中央水利投资计划746.4亿元,投资完成率为62.4%。其中,完成中央投资447.5亿元,完成率', '', '74.6%;完成地方投资298.9亿元,完成率50.1%。'));
    assert.equal(report.paragraphs.length, 1);
    assert.equal(report.paragraphs[0].quantities.find((q) => q.raw === '74.6')?.label, '完成率');
  });
  it('a line that may open a paragraph of its own stays apart', () => {
    const report = parse(doc('重大水利工程已完成年度中央水利投资计划746.4亿元', '', '完成地方投资298.9亿元。'));
    assert.equal(report.paragraphs.length, 2);
  });
});

describe('a PDF line cut at its page’s edge right after a ； (rd1-mianyang-sfj-2016 wrapped at 38 columns)', () => {
  const text = (r: string) =>
    [
      '  一、“三公”经费财政拨款支出决算总体情况说明',
      '',
      '  绵阳市司法局2016年度“三公”经费财政拨款支出决算为30.25万元,完',
      '成预算44.05%,其中:因公出国(境)费支出决算为0万元,完成预算0%;公',
      '务用车购置及运行维护费支出决算为26.09万元,完成预算60.39%;公务接',
      '待费支出决算为4.15万元,完成预算16.29%。2016年度“三公”经费支',
      '出决算数小于预算数的主要原因:严格执行中央八项规定,严格落实公务用车制度和公',
      '务接待制度,厉行节约,控制支出。',
      '',
      '  2016年度“三公”经费财政拨款支出决算数比2015年增加0.80万元,',
      '增长2.72%,其中:因公出国(境)费支出决算0万元,增长/下降0%;公务用',
      '车购置及运行维护费支出决算减少0.47万元,下降1.76%;公务接待费支出决',
      '算增加1.27万元,增长43.88%。增减变动的主要原因:一是公务用车制度改',
      '革后,车辆运行成本下降。二是为了加强交流合作,2016年业务交流活动增多,所',
      '以接待费用增加。',
      '',
      '  二、“三公”经费财政拨款支出决算具体情况说明',
      '',
      '  2016年度“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万',
      '元,占0%;公务用车购置及运行维护费支出决算26.09万元,占86.24%;',
      '公务接待费支出决算4.15万元,占13.76%。具体情况如下:',
      '',
      '  (一)因公出国(境)经费',
      '',
      '  2016年因公出国(境)费0万元。全年安排因公出国(境)团组0次,出国(',
      '境)0人。',
    ].join('\n').replace('占13.76%', `占${r}%`);
  it('the sentence goes on past the ；: 4.15 ÷ 30.25 = 13.72%, and 13.76 is found in the template’s 支出决算中 reading', () => {
    assert.deepEqual(summary(text('13.76')), ['21 error share 13.76']);
    assert.deepEqual(summary(text('13.72')), []);
  });
  it('a ； line narrower than the page still ends its paragraph — unless it is inside the 其中 list it opened', () => {
    assert.equal(parse(doc('交通部门1个,送审投资金额15,454万元;', '扶贫项目3个,送审投资金额6,922万元。')).paragraphs.length, 2);
    assert.equal(parse(doc('其中:交通部门1个,送审投资金额15,454万元;', '扶贫项目3个,送审投资金额6,922万元。')).paragraphs.length, 1);
  });
});

describe('a wrap inside a year (`与2016` / `年相比`): the words are read as one line (sg-changle-2017 at 60 columns)', () => {
  const text = (total: string) =>
    [
      `经长乐区财政局汇总,2017年区级“三公”经费公共财政拨款支出1360.13万元,比上年减少支出${total}万元,下降36.0%`,
      '。具体情况如下:',
      '(一)因公出国(境)费22.00万元。全年区级部门组织出国团组10个,因公出国(境)累计16人次。与2016年相比, 因',
      '公出国(境)经费支出减少28.23万元,下降56.2%。',
      '(二)公务用车购置及运行费1150.85万元。其中:',
      '1、公务用车购置费34.71万元,公务用车购置1辆中巴车,用于政府系统公务活动使用等,与2016年相比,公务用车购置费减',
      '少79.4万元,下降69.6%。',
      '2、公务用车运行费1116.14万元,主要用于公务用车燃油、维修、保险等方面支出,年末公务用车保有量404辆,与2016',
      '年相比,公务用车运行费减少596.98万元,下降39.8%。',
      '(三)公务接待费221.98万元,国内公务接待893批次,11680人次。与2016年相比, 公务接待费支出增加1.36',
      '万元,增长0.62%。',
    ].join('\n');

  it('the changes of the three items (−28.23 − 79.4 − 596.98 + 1.36 = −703.25) against 减少支出613.80: an error', () => {
    assert.ok(summary(text('613.80')).includes('1 error identity 613.80'), JSON.stringify(summary(text('613.80'))));
    assert.ok(!summary(text('703.25')).some((s) => s.includes('identity')), JSON.stringify(summary(text('703.25'))));
  });
});

describe('a figure that ends a wrapped line (`…比2017年减少2.01` / `万元,下降9.77%`)', () => {
  const text = doc('2018年度“三公”经费支出决算数比2017年减少2.01', '万元,下降9.77%。');
  it('its span ends after its last digit, not at the next line’s start (a fix keeps the line break)', () => {
    const f = figures(parse(text)).find((x) => x.raw === '2.01')!;
    assert.equal(f.atSpan, '2.01');
    const clause = parse(text).paragraphs[0].sentences[0].clauses[0];
    assert.ok(!text.slice(clause.span.start, clause.span.end).endsWith('\n'));
  });
});

describe('a PDF line ending `其中:` at the page’s edge: its list goes on in the next line', () => {
  const text = (staff: string) =>
    [
      '一、部门基本情况',
      '本部门主要职责是贯彻执行国家和省市有关方针政策和法律法规,',
      '负责全县相关领域的统筹规划、组织协调和监督管理工作,承担县',
      '委县政府交办的其他事项,内设机构五个,下属事业单位两个。',
      '二、部门决算情况',
      '本部门2023年度认真贯彻落实过紧日子要求,严格执行预算,压减一',
      '般性支出,保障重点支出,全年预算执行情况良好,资金使用效益明',
      '显提高,各项工作任务均已按期完成,部门整体绩效目标全面实现与',
      '提升。2023年度一般公共预算财政拨款基本支出为600万元,其中:',
      '人员经费为520万元,公用经费为70万元。主要用于保障机构正常运',
      '转和完成日常工作任务,人员经费主要包括基本工资、津贴补贴、',
      '奖金、社会保障缴费等,公用经费主要包括办公费、印刷费、水电',
      '费、邮电费、差旅费等支出,确保了各项工作顺利开展和完成。',
    ]
      .join('\n')
      .replace('人员经费为520万元', `人员经费为${staff}万元`);
  it('600 against 人员经费 520 + 公用经费 70 = 590: an error; 530 holds', () => {
    assert.deepEqual(summary(text('520')), ['9 error sum-of-parts 600']);
    assert.deepEqual(summary(text('530')), []);
  });
});

describe('a line ending on ： inside a bracket it opened goes on (a helper’s 部门预算 probe)', () => {
  const text = (share: string) => ['基本支出1307.39万元，其中：人员经费978.48万元（其中：', `工资福利支出891.53万元，对个人和家庭的补助86.95万元），占基本支出的${share}%。`].join('\n');
  it('one paragraph: the bracketed parts are an aside and the share is 人员经费’s — 74.84 holds, 84.84 is an error', () => {
    assert.equal(parse(text('74.84')).paragraphs.length, 1);
    assert.deepEqual(summary(text('74.84')), []);
    assert.deepEqual(summary(text('84.84')), ['2 error share 84.84']);
  });
});

describe('a line ending on ； inside the 其中 list it opened (a Word paste, each part on its own line — a helper’s whole 自评报告)', () => {
  const text = (other: string, rate: string) => `收入总计5158.92万元，其中：财政拨款收入3496.57万元；\n其他收入${other}万元。与上年相比增加498.07万元，增长${rate}%。\n`;
  it('goes on: one paragraph, the list 3496.57 + 1662.35 = 5158.92 read, the growth not taken as 其他收入’s', () => {
    assert.equal(parse(text('1662.35', '10.69')).paragraphs.length, 1);
    assert.deepEqual(summary(text('1662.35', '10.69')), []);
    assert.deepEqual(summary(text('1672.35', '10.69')), ['1 error sum-of-parts 5158.92']);
  });
  it('a line ending on ； after a sentence closed since the 其中 still ends its paragraph', () => {
    assert.equal(parse('其中：基本支出100万元。项目支出200万元；\n二是加强管理。\n').paragraphs.length, 2);
  });
});
