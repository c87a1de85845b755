// same-figure, prose against prose (restated.ts): the same quantity stated twice in the text must agree. Each case is
// a real report's sentences (test/fixtures/real/), and the silent ones are the readings that name two quantities.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, assertConsistent, only, summary } from './helpers';

// qt-fengdu-fgw-2024: the 项目资金 total in the 目标分解 part and again in the 资金投入 analysis.
const fengdu = (second: string, year = '2024') =>
  [
    '丰都县发展和改革委员会2024年度项目绩效目标自评报告',
    '一、绩效目标分解下达情况',
    '我委围绕县域经济高质量发展主线，全年共分解实施项目20项，2024年度财政下达我委项目预算资金总额为1302.76万元，其中：上级财政下达10.53万元，县级财政下达1292.23万元。',
    '二、绩效情况分析',
    '（一）资金投入情况分析',
    `${year}年度财政下达我委项目资金预算总额为${second}万元，截至目前预算执行率95.24%。`,
  ].join('\n');

describe('same-figure: the same quantity stated twice in the prose', () => {
  it('1302.76 then 1302.77: the same amount at the same places must be the same digits — off in the last one, a warning', () => {
    const f = only(fengdu('1302.77'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '6 warning same-figure 1302.77');
    assert.deepEqual(summary(fengdu('1302.76')), []);
  });

  it('qt-fengdu-fgw-2024: 项目预算资金总额 1302.76, then 项目资金预算总额 1471.75 — error at the second, no fix', () => {
    const f = only(fengdu('1471.75'));
    assert.equal(f.rule, 'same-figure');
    assert.equal(f.severity, 'error');
    assert.equal(f.line, 6);
    assert.equal(f.figure, '1471.75');
    assert.equal(
      f.message,
      '财政下达我委项目预算资金总额应为 1302.76万元（前文财政下达我委项目预算资金总额 1302.76万元），文中为 1471.75万元，相差 168.99万元；同一数字两处不一致，其中必有一处有误',
    );
    assert.equal(f.fix, undefined);
    assert.deepEqual(f.related, ['1302.76']);
  });

  it('the same total stated again alike (资金预算 / 预算资金 read as one name) is consistent', () => {
    assertConsistent(fengdu('1302.76'), 'same-figure', '1302.76');
  });

  it('another year’s total (`2023年度财政下达…`) is another quantity', () => {
    assert.deepEqual(summary(fengdu('1471.75', '2023')), []);
  });

  it('jj-shanghai-czj-2014: the same name under a heading of the next year (`三、2015年…安排情况`) is silent', () => {
    const text = [
      '2014年上海市国有资本经营预算执行情况和2015年预算',
      '二、2014年本市国有资本经营预算的执行情况',
      '全市国有资本经营收入61.6亿元，加上上年结转收入2.1亿元、动用历年结余15.3亿元，全市国有资本经营收入总计79亿元。',
      '三、2015年本市国有资本经营预算的安排情况',
      '全市国有资本经营收入78.3亿元，加上上年结转收入3.3亿元，全市国有资本经营收入总计为81.6亿元。',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });

  it('rc-tiyuzongju-cpgyj-2017: `资助竞技体育工作方面，…安排彩票公益金` is a part of the whole named alike before', () => {
    const text = [
      '国家体育总局2017年度本级体育彩票公益金使用情况',
      '2017年国家体育总局安排彩票公益金203904.39万元，用于援建全民健身场地设施。',
      '资助竞技体育工作方面，2017年国家体育总局安排彩票公益金61335.61万元，用于举办全国综合性运动会。',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });

  it('zz-qingshuihe-slj-2023: grants named by their documents (`…19号文件《…》，下达…资金791万元`) are different grants', () => {
    const text = [
      '**河县2023年度中央水利发展资金绩效自评报告',
      '****财政局呼财农指【2023】19号文件《关于下达2023年乡村**衔接资金的通知》，下达**河县2023年资金791万元。****财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》，下达**河县2023年资金5万元。',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });

  it('js-wzyjs-u1218-2022: a part after `其中：` is of another whole than the same name before', () => {
    const text = [
      '2022年部门预算情况说明',
      '商品和服务支出预算 75800 元，占基本支出预算 6.69%。',
      '2.项目支出 0元，同比减少 47600 元，下降 100%。下降原因是编外人员经费支出列入基本支出。其中：',
      '商品和服务支出预算 0元，同比减少 47600 元，下降 100%。',
    ].join('\n');
    assert.deepEqual(summary(text).filter((s) => s.includes('same-figure')), []);
  });

  it('shiwei: a short name (`基本支出`) takes its subject (机关, 下属单位) from the sentences around it: silent', () => {
    const text = [
      '2025年度部门整体支出绩效自评报告',
      '2025年机关决算支出3046.87万元，其中：基本支出1865.42万元，项目支出1181.45万元。',
      '基本支出1865.42万元，其中：人员经费1522.36万元，公用经费343.06万元。',
      '2025年下属单位决算支出1068.50万元，其中：基本支出612.35万元，项目支出456.15万元。',
      '基本支出612.35万元，其中：人员经费498.20万元，公用经费114.15万元。',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });

  it('a name that takes three values is a template’s slot repeated per item, not one quantity: silent', () => {
    const lines = ['2016年浙江省福利彩票公益金使用情况', '福利彩票公益金资助资金共计21927.27万元。', '福利彩票公益金资助资金共计65961.65万元。'];
    // Two values of one name: the second is flagged…
    assert.deepEqual(summary(lines.join('\n')), ['3 error same-figure 65961.65']);
    // …a third value makes the name a slot.
    assert.deepEqual(summary([...lines, '福利彩票公益金资助资金共计10827.48万元。'].join('\n')), []);
  });
  it('rb2-nanhua-sjj-2019 wrapped as a PDF: `扶贫项目3个,送审投资金额6,922万元` is one group’s, not the 5.74亿元 total: silent', () => {
    const lines = [
      '2019年,南华县审计局取得了“三大突破”。',
      '一是送审金额破新高。全年纳入政府投资审计项目20个,送审投资金额5.74亿元,为历年来最高。其中:交通部门1个,送审投资金额15,454万元;',
      '扶贫项目3个,送审投资金额6,922万元;住建部门2个,送审投资金额4,424万元。',
    ];
    assert.deepEqual(summary(lines.join('\n')), []);
    // Without the count that names the group, the same short name is the same quantity.
    assert.deepEqual(summary([lines[0], '送审投资金额5.74亿元,为历年来最高。', '送审投资金额6,922万元。'].join('\n')), ['3 error same-figure 6,922']);
  });
  it('ys-jining-sangong-2017 with blank lines between its lines: a 其中 list left unended goes on past the blank line — silent', () => {
    const lines = [
      '我市公务用车购置及运行维护费3371.9万元',
      '其中,公务用车购置费 232万元',
      '公务用车运行维护费 3139.9万元',
      '比2016年减少1097.7万元。',
      '市公安局',
      '公务用车购置及运行费为1124.05万元,比2016年减少了455.96万元。',
      '其中,公务用车购置费 0万元,比2016年减少了111.5万元;',
      '公务用车运行维护费 1124.05万元,比2016年减少了344.46万元。',
    ];
    assert.deepEqual(summary(['2017年济南市三公经费', ...lines].join('\n\n')), []);
  });
  it('rl1-renshou-mzj-2022: the same words under two items that state their own amounts are two quantities — silent', () => {
    const lines = (second: string) => [
      '2022年仁寿县本级福利彩票公益金使用情况公告',
      '二、中央福利彩票公益金使用情况',
      '(一)老年福利类项目49.42万元',
      '安排中央福利彩票公益金49.42万元,用于养老机构疫情防控物资设备购置。',
      `(二)儿童福利类项目${second}万元`,
      `安排中央福利彩票公益金${second}万元,用于孤儿大学生救助。`,
    ];
    assert.deepEqual(summary(lines('39').join('\n')), []);
    // Under headings that name no item (a topic each), the same words are the same quantity.
    const plain = lines('39').map((l) => l.replace(/^\((一|二)\).*福利类项目[\d.]+万元$/, (_, n) => `(${n})${n === '一' ? '资金安排情况' : '资金使用情况'}`));
    assert.deepEqual(summary(plain.join('\n')), ['6 error same-figure 39']);
    // Under headings naming a project (`(二)儿童福利类项目`) with no amount, they are that project's (a helper's
    // 自评报告 probe: `（一）局机关` / `（二）县农业技术推广中心`, each with its 预算资金总额).
    const projects = lines('39').map((l) => l.replace(/项目[\d.]+万元$/, '项目'));
    assert.deepEqual(summary(projects.join('\n')), []);
    const units = ['2023年度部门整体支出绩效自评报告', '（一）局机关', '2023年度预算资金总额为1302.76万元。', '（二）县农业技术推广中心', '2023年度预算资金总额为471.75万元。'];
    assert.deepEqual(summary(units.join('\n')), []);
    // Under headings naming a programme (`一、城市低保` / `二、农村低保`, a helper's 项目自评 probe), each its own.
    const programmes = ['2024年度项目支出绩效自评报告', '一、城市低保', '全年发放低保金730.8万元。', '二、农村低保', '全年发放低保金1525.06万元。'];
    assert.deepEqual(summary(programmes.join('\n')), []);
    // Under the outline's own headings it is still one quantity.
    const outline = ['2024年度项目支出绩效自评报告', '一、基本情况', '全年发放低保金730.8万元。', '二、绩效目标完成情况', '全年发放低保金1525.06万元。'];
    assert.deepEqual(summary(outline.join('\n')), ['5 error same-figure 1525.06']);
  });
});

describe('same-figure: an item’s amount in 元 said again under it in 万 (rl1-bazhong-mzj-2022)', () => {
  const text = (unit: string) =>
    [
      '巴中市民政局2022年度福利彩票公益金使用情况公告',
      '一、总体情况',
      '2022年彩票公益金支持我市社会福利事业专项资金2041.84万元,其中中央彩票公益金662万元,省级彩票公益金910万元,市级留成福彩公益金469.84万元。',
      '二、中央彩票公益金使用情况',
      `(一)老年人福利类项目73${unit}。`,
      '安排中央彩票公益金73万用于养老机构疫情防控物资设备购置。',
      '(二)残疾人福利类项目212万元。',
    ].join('\n');

  it('73元 where the text below says 73万 and every other amount is in 万元: an error, fixed to 73万元', () => {
    const f = only(text('元'));
    assert.equal(`${f.line} ${f.severity} ${f.rule} ${f.figure}`, '5 error same-figure 73');
    assert.equal(f.message, '老年人福利类项目 73元 的单位像是写错了：下文同一笔资金写作 73万，全文其他金额都以万元计');
    assert.equal(applyFix(text('元'), f), text('万元'));
  });

  it('73万元: nothing to say', () => {
    assert.deepEqual(summary(text('万元')), []);
  });

  it('a name opening on a verb (`涉及一般公共预算支出`) is of the clause before it: 部门评价 and 重点评价 are two amounts (probe-p)', () => {
    const text = (second: string) => ['2022年度部门决算', `2022年度开展部门评价，涉及一般公共预算支出835.20万元。${second}，涉及一般公共预算支出135.50万元。`].join('\n');
    assert.deepEqual(summary(text('开展重点评价')), []);
  });
});


describe('who a restated figure is of (a helper’s 三公 and 自评报告 probes)', () => {
  it('`局机关：…3.11万元` / `执法局：…2.06万元`: a label before a colon says whose — silent', () => {
    assert.deepEqual(summary(['2023年度"三公"经费支出5.17万元。', '局机关：公务用车购置及运行维护费3.11万元。', '执法局：公务用车购置及运行维护费2.06万元。'].join('\n')), []);
  });
  it('`一是布达拉宫管理处,下达预算资金9378万元` / `二是西藏博物馆,下达预算资金5009万元`: an item counted 一是/二是 says whose — silent (sf-xizang-wwj-2020)', () => {
    const items = (first: string, second: string) =>
      `2020年度自治区财政厅分解下达文物保护专项资金共22171万元。区直文博系统项目有:${first}布达拉宫管理处,下达预算资金9378万元。具体是:布达拉宫雪城修缮展示工程项目3005万元。${second}西藏博物馆,下达预算资金5009万元,项目是西藏博物馆新馆展陈环境项目。`;
    assert.deepEqual(summary(items('一是', '二是')), []);
    assert.deepEqual(summary(items('', '')), ['1 error same-figure 5009']);
  });
  it('a numbered item’s first line read as a heading (a PDF wrap): the project it names before its comma is whose the figure is (sf-yumin-czj-2021)', () => {
    const item = (n: string, name: string, amount: string) => [`${n}、${name}建设项目,铺建砂石路11公里、修建4个桥涵以及配套设施、`, `新建道路450平方米。2021年下达财政专项扶贫资金${amount}万元,实际已支付${amount}万元。`, ''];
    const text = ['裕民县2021年10个重点项目绩效评价报告', '', ...item('1', '哈拉布拉乡南哈拉布拉村农田道路', '197'), ...item('2', '哈拉布拉乡北哈拉布拉村旅游扶贫交易市场', '108')].join('\n');
    assert.deepEqual(summary(text), []);
  });
  it('an undated figure under a 2023 title is not last year’s, though 2022 is the year the text names most', () => {
    assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', '三公经费支出总额为15.84万元。', '2022年三公经费支出总额为18.93万元。'].join('\n')), []);
  });
});

describe('one amount under a short name, two digits swapped, undated in a later section (a helper’s 自评 slip probe)', () => {
  const text = (later: string) => ['2023年度部门整体支出绩效自评报告', '二、预算执行情况', '2023年全年预算数1902.15万元，全年执行数1836.42万元，预算执行率96.54%。', '三、绩效目标完成情况', `全年执行数${later}万元，完成了年度绩效目标。`].join('\n');
  it('1863.42 against 1836.42: the undated one is of the title’s year — an error; the same figure holds', () => {
    assert.deepEqual(summary(text('1863.42')), ['5 error same-figure 1863.42']);
    assert.deepEqual(summary(text('1836.42')), []);
  });
});

describe('the 预算执行率 restated with two digits swapped in the 评价结论 (a helper’s 自评 slip probe)', () => {
  const text = (later: string) => ['2023年度部门整体支出绩效自评报告', '一、部门概况', '2023年度本部门全年预算数4012.30万元，全年执行数3876.52万元，预算执行率96.62%。', '二、评价结论', `综上所述，本部门2023年度预算执行率为${later}%，各项工作任务均按计划完成。`].join('\n');
  it('96.62 then 96.26: one of them is wrong; 96.62 both times agrees', () => {
    assert.deepEqual(summary(text('96.26')), ['5 error same-figure 96.26']);
    assert.deepEqual(summary(text('96.62')), []);
  });
});

describe('a figure restated in another unit with fewer places is the other rounded (a helper’s 预算执行 probe)', () => {
  const text = (first: string, second: string) => [first, second].join('\n');
  const yi = '2023年全区一般公共预算收入15.3亿元，同比增长6.1%。';
  const wan = (v: string) => `全区一般公共预算收入${v}万元，其中税收收入110,000万元，非税收入${v === '153,456' ? '43,456' : '53,456'}万元。`;
  it('15.3亿元 and 153,456万元, in either order: 15.3 is 153,456 rounded to a tenth of 亿 — silent', () => {
    assert.deepEqual(summary(text(yi, wan('153,456'))), []);
    assert.deepEqual(summary(text(wan('153,456'), yi)), []);
  });
  it('15.3亿元 then 163,456万元: beyond that rounding — an error at the second', () => {
    assert.deepEqual(summary(text(yi, wan('163,456'))), ['2 error same-figure 163,456']);
  });
});

describe('one digit apart is no slip when the figures are two years’ or two scopes’ (helpers’ 决算说明 and 自评 probes)', () => {
  it('`2023年支出决算1125.36万元，2022年支出决算1125.86万元`: each dated by the year right before it — silent', () => {
    assert.deepEqual(summary('2023年支出决算1125.36万元，2022年支出决算1125.86万元，减少0.50万元，下降0.04%。'), []);
    assert.deepEqual(summary('2023年年初预算数120.00万元，2022年年初预算数100.00万元。'), []);
  });
  it('the department’s 预算执行率 94.81%, then 项目支出’s 90.81% — silent; the department’s restated 90.81 is still an error', () => {
    const text = (second: string) => ['2023年度部门整体支出绩效自评报告', '全年调整后预算4093.67万元，决算支出3881.13万元，预算执行率94.81%。', second].join('\n');
    assert.deepEqual(summary(text('项目支出全年预算数475.97万元，全年执行数432.21万元，预算执行率为90.81%。')), []);
    assert.deepEqual(summary(text('综上，本部门预算执行率为90.81%。')), ['3 error same-figure 90.81']);
  });
});

describe('本项目 in a document of several projects’ 自评表 (a helper’s 项目自评表 probe)', () => {
  it('`本项目年初预算85万元` under （一）, `本项目年初预算40万元` under （二）: each its section’s project — silent', () => {
    assert.deepEqual(summary(['2020年度项目支出绩效自评表', '（一）自评结论', '本项目年初预算85万元，执行率100%，自评得分98分。', '2020年度项目支出绩效自评表', '（二）自评结论', '本项目年初预算40万元，执行率92%，自评得分93.2分。'].join('\n')), []);
  });
});

describe('a year said in one sentence goes on in the next sentences of its paragraph (a helper’s 自评 probe)', () => {
  it('`2019年，资产总额…。固定资产原值3240.66万元。` / `2018年，…。固定资产原值3386.22万元。`: two years’ figures — silent', () => {
    assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', '2019年，资产总额20715.90万元。固定资产原值3240.66万元。', '2018年，资产总额13088.86万元。固定资产原值3386.22万元。'].join('\n')), []);
    assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', '2019年，资产总额20715.90万元。固定资产原值3240.66万元。', '2018年，资产总额13088.86万元。固定资产原值3240.68万元。'].join('\n')), []);
  });
  it('the same year’s figure restated otherwise in another paragraph is still an error', () => {
    assert.deepEqual(summary(['2023年度部门整体支出绩效自评报告', '2023年，资产总额20715.90万元。固定资产原值3240.66万元。', '固定资产原值3386.22万元，主要为房屋。'].join('\n')).filter((s) => s.includes('same-figure')).length, 1);
  });
});
