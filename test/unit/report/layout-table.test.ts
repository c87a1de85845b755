// Tables as `pdftotext -layout` prints them (a 部门决算's 公开05表, test/fixtures/linjiang-2022-juesuan-*): columns by where
// the figures stand, blank cells for zero, the table broken over a page. Read only when every page's figures fall in
// as many columns as the header names; else left alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertConsistent, findings, summary } from '../rules/helpers';
import { parse, spansOf } from './helpers';
import { layoutTable } from '../../../server/src/report/layout-table';


const fixture = readFileSync(join(__dirname, '../../fixtures/linjiang-2022-juesuan-pdf-layout.txt'), 'utf8').split('\n');
// Lines 413–452: the 公开05表 from its title to its 注, across the page break after line 443.
const table05 = (total = '5831.32') => fixture.slice(412, 452).join('\n').replace('5831.32       2080.85', `${total}       2080.85`);

describe('a table as pdftotext -layout prints it', () => {
  it('reads the header, the code and name columns, blank cells, and the rows after the page break', () => {
    const tables = parse(table05()).tables;
    assert.equal(tables.length, 1);
    const [t] = tables;
    assert.deepEqual(t.columns.map((c) => c.header), ['科目编码', '科目名称', '小计', '基本支出', '项目支出']);
    assert.equal(t.unit, '万元');
    const row = (label: string) => t.rows.find((r) => r.label === label)!.cells.map((c) => (c.empty ? '_' : c.text)).join('|');
    assert.equal(row('合计'), '_|合计|5831.32|2080.85|3750.47');
    assert.equal(row('一般行政管理事务'), '2110102|一般行政管理事务|215.60|_|215.60');
    assert.equal(row('行政运行'), '2110101|行政运行|1286.43|1286.43|_');
    // After the page break the columns stand elsewhere; the rows are still put under their headers.
    assert.equal(row('生态环境执法监察'), '2111102|生态环境执法监察|187.94|_|187.94');
    assert.equal(row('住房公积金'), '2210201|住房公积金|124.58|124.58|_');
    assert.equal(t.rows.length, 28);
    assert.deepEqual(summary(table05()), []);
  });

  it('a 合计 its 类 rows do not make is an error (the planted slip of the slips copy)', () => {
    assert.deepEqual(summary(table05('5813.32')), ['8 error table-total 5813.32']);
  });

  it('a header spread over two lines (`本年支出` over `小计 基本支出 项目支出`) is placed by its 栏次 numbers, one column each', () => {
    const text = [
      '                    项目                    年初结转和结余           本年收入                       本年支出                年末结转和结余',
      '  科目编码                   科目名称                                              小计          基本支出   项目支出',
      '                          栏次                   1               2            3            4      5              6',
      '',
      '           合计                                120,000.00      740,000.00   860,000.00          860,000.00',
      '',
      '229        其他支出                              120,000.00      740,000.00   860,000.00          860,000.00',
      '',
      '22960      彩票公益金安排的支出                        120,000.00      740,000.00   860,000.00          860,000.00',
    ].join('\n');
    const [t] = parse(text).tables;
    assert.deepEqual(t.columns.map((c) => c.header), ['科目编码', '科目名称', '年初结转和结余', '本年收入', '小计', '基本支出', '项目支出', '年末结转和结余']);
    // (120 + 740 = 860 spent, all of it 项目支出: 基本支出 and 年末 are blank.)
    assert.deepEqual(t.rows[0].cells.slice(2).map((c) => (c.empty ? '·' : c.text)), ['120,000.00', '740,000.00', '860,000.00', '·', '860,000.00', '·']);
  });

  it('rows whose figures fall in more groups than the header has columns are not this reader’s', () => {
    const text = ['      项目                  决算数              预算数', '      合计                100.00              90.00', '      甲                   60.00                         50.00', '      乙                   40.00      40.00', '      丙                   10.00      10.00'].join('\n');
    const spans = spansOf(text);
    assert.equal(layoutTable(text, spans, 0, spans.map(() => false)).rows, undefined);
    const aligned = ['      项目                  决算数      预算数', '      合计                100.00      90.00', '      甲                   60.00      50.00', '      乙                   40.00      40.00', '      丙                   10.00      10.00'].join('\n');
    assert.equal(layoutTable(aligned, spansOf(aligned), 0, spans.map(() => false)).rows?.length, 5);
  });

  it('the header repeated at the top of the next page goes on with the same table (probe-n: its rows were cut from the 合计)', () => {
    const lines = [
      "单位：元",
      "项目                    本年支出合计     基本支出     项目支出",
      "合计                    300.00       200.00       100.00",
      "208 社会保障和就业支出      100.00       100.00",
      "210 卫生健康支出            150.00        50.00       100.00",
      "项目                    本年支出合计     基本支出     项目支出",
      "221 住房保障支出             50.00        50.00"
    ];
    const text = lines.join('\n');
    assert.deepEqual(summary(text), []);
    const [t] = parse(text).tables;
    assert.deepEqual(t.rows.map((r) => r.label), ['合计', '208社会保障和就业支出', '210卫生健康支出', '221住房保障支出']);
    // (test/fixtures/shaoguan-2022-juesuan-pdf-layout.txt breaks its tables over pages so, and draws nothing.)
  });

  it('a page ending well short of its footer (seven blank lines, then the number) does not end the table (probe-q)', () => {
    const spaced = table05().replace(/\n(\s*- 13 -)/, '\n\n\n\n\n\n$1');
    assert.equal(parse(spaced).tables.length, 1);
    assert.deepEqual(summary(spaced), []);
    assert.deepEqual(summary(spaced.replace('5831.32       2080.85', '5813.32       2080.85')), ['8 error table-total 5813.32']);
  });
});


describe('a header cell the layout wrapped over the lines around the header’s (a helper’s 33-page 部门决算)', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');

  it('is read under its 栏次 numbers, the wrapped cell named by its words joined (附属单位上缴收 / 入), a money column; its 合计 row holds', () => {
    const text = fixture('zhongyang-2024-juesuan-pdf-layout.txt');
    const t = parse(text).tables.find((x) => x.columns.some((c) => c.header === '附属单位上缴收入'))!;
    assert.deepEqual(t.columns.map((c) => c.header).slice(1), ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    assert.equal(t.columns.find((c) => c.header === '附属单位上缴收入')!.role, 'amount');
    const total = t.rows.find((r) => r.kind === 'total')!;
    assert.deepEqual(total.cells.slice(1).map((c) => (c.empty ? '·' : c.text)), ['76,560.21', '73,241.07', '·', '2,688.44', '520.40', '·', '110.30']);
  });

  it('the slips copy’s 合计·事业收入 2,652.26 against its rows’ 2,688.44 is found', () => {
    assert.ok(summary(fixture('zhongyang-2024-juesuan-slips-pdf-layout.txt')).includes('315 error table-total 2,652.26'));
  });

  it('a row whose name wraps around its code’s line is read by its code', () => {
    const wrapped = [
      '                   项目              本年支出合计        基本支出         项目支出',
      ' 科目编码                   科目名称',
      '                   栏次                1            2            3',
      '',
      '                   合计                 107.75                    107.75',
      '212       城乡社区支出                      107.75                    107.75',
      '21201     城乡社区管理事务                       22.75                     22.75',
      '2120199   其他城乡社区管理事务支出                   22.75                     22.75',
      '          国有土地使用权出让收入及对应专项债务收入安排',
      '21208                                    85.00                     85.00',
      '          的支出',
      '2120803   城市建设支出                         85.00                     85.00',
      '',
      '二、说明',
    ].join('\n');
    assert.deepEqual(summary(wrapped), []);
    assert.ok(parse(wrapped).tables[0].rows.some((r) => r.label === '21208'));
  });
});

describe('layouts of 科目编码 and precision met in helpers’ 部门决算 (session 9)', () => {
  it('a code printed in columns 类 | 款 | 项 (`201    01    08   代表工作`) is one code: the table is read by its codes', () => {
    const text = (total: string) =>
      [
        '                          项目                                   本年支出',
        '         科目编码',
        '                               科目名称             小计             基本支出          项目支出',
        '   类      款     项',
        '                          栏次                    1               2             3',
        `                          合计                        ${total}        498.16          246.34`,
        '   201               一般公共服务支出                        744.50         498.16         246.34',
        '   201    01         人大事务                              9.86                           9.86',
        '   201    01    08   代表工作                              9.86                           9.86',
        '   201    03         政府办公厅（室）及相关机构事务                 666.40         429.92         236.48',
        '   201    03    01   行政运行                            429.92         429.92',
        '   201    03    02   一般行政管理事务                        236.48                        236.48',
        '   201    06         财政事务                             68.24          68.24',
        '   201    06    01   行政运行                             68.24          68.24',
        '',
        '二、说明',
      ].join('\n');
    const t = parse(text('744.50')).tables[0];
    assert.ok(t.rows.some((r) => r.cells[0].text.replace(/\s/g, '') === '2010108代表工作'));
    assert.deepEqual(summary(text('744.50')), []);
    assert.deepEqual(summary(text('747.50')), ['6 error table-total 747.50']);
  });

  it('a table in whole 万元 or one decimal, with no unit line, is read at that precision: 123.4 + 234.5 against 358.0 is rounding', () => {
    const text = (d: (x: string) => string) =>
      [
        '                                          科目名称               小计           基本支出           项目支出',
        `                                     合计                           ${d('358')}          ${d('358')}            ${d('0')}`,
        `213               农林水支出                                           ${d('123')}          ${d('123')}            ${d('0')}`,
        `21301             农业农村                                            ${d('123')}          ${d('123')}            ${d('0')}`,
        `2130101           行政运行                                            ${d('123')}          ${d('123')}            ${d('0')}`,
        `208               社会保障和就业支出                                       ${d('234')}          ${d('234')}            ${d('0')}`,
        `20805             行政事业单位养老支出                                      ${d('234')}          ${d('234')}            ${d('0')}`,
        `2080505           机关事业单位基本养老保险缴费支出                                ${d('234')}          ${d('234')}            ${d('0')}`,
      ].join('\n');
    assert.deepEqual(summary(text((x) => x)), []);
  });
});

describe('rows whose names or figures the layout set on other lines (a helper’s 490 printed tables)', () => {
  it('a 项 with no figure (`2130106 科技转化与推广服务`) is no row and ends nothing: 88.85 + 89.27 = 178.12', () => {
    const text = [
      '      科目编码                                        本年收入合计           财政拨款收入           其他收入',
      '                              合计                       178.12           160.78             17.34',
      '213               农林水支出                                178.12           160.78             17.34',
      '21301             农业农村                                 178.12           160.78             17.34',
      '2130104           事业运行                                     88.85            71.51          17.34',
      '2130106           科技转化与推广服务',
      '2130108           病虫害控制                                    89.27            89.27',
      '',
      '二、说明',
    ].join('\n');
    assert.deepEqual(summary(text), []);
    assert.equal(parse(text).tables[0].rows.length, 5);
  });

  it('a code alone on its figures’ line, its name wrapped above and below it, in a table of two label columns', () => {
    const text = [
      ' 科目编码            科目名称     本年支出合计         基本支出        项目支出',
      '            合计                  609.60      130.98      478.62',
      '208       社会保障和就业支出             609.60      130.98      478.62',
      '20805     行政事业单位养老支出            609.60      130.98      478.62',
      '2080501   行政单位离退休               130.98      130.98',
      '          机关事业单位基本养老保险缴',
      '2080505                         478.62                  478.62',
      '          费支出',
      '',
      '二、说明',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });

  it('a code and name whose figures stand on the next line are one row', () => {
    const text = (figure: string) =>
      [
        '               项目          本年支出合计         基本支出          项目支出',
        '               合计           10195091.26    1309828.94    8885262.32',
        '201 一般公共服务支出                10195091.26    1309828.94    8885262.32',
        '20103 政府办公厅（室）及相关机构事务       10195091.26    1309828.94    8885262.32',
        '2010301 行政运行                 1309828.94    1309828.94',
        '2010399 其他政府办公厅（室）及相关机构事',
        `                             ${figure}                  ${figure}`,
        '务支出',
        '',
        '二、说明',
      ].join('\n');
    assert.deepEqual(summary(text('8885262.32')), []);
    assert.ok(summary(text('8885362.32')).some((s) => s.includes('table-total')));
  });
});

describe('a names-only table whose levels show by where the labels start (a helper’s printed tables)', () => {
  it('`城乡社区支出` / ` 城乡社区管理事务` / `  行政运行`: each level the rows’ one further right', () => {
    const text = [
      '            项目                     合计            基本支出            项目支出',
      '            合计                          242.04          111.34          130.70',
      '城乡社区支出                                  242.04          111.34          130.70',
      ' 城乡社区管理事务                               242.04          111.34          130.70',
      '  行政运行                                  111.34          111.34',
      '  城管执法                                  130.70                          130.70',
      '',
      '二、说明',
    ].join('\n');
    assert.deepEqual(summary(text), []);
    assert.deepEqual(parse(text).tables[0].rows.map((r) => r.parent ?? '-'), ['-', '-', 1, 2, 2]);
  });
});

describe('a 项 row with no figure, its code printed in columns 类 | 款 | 项 (a helper’s printed tables)', () => {
  it('`201   01   01    行政运行` blank, then the 项 with figures: one table, read by its codes', () => {
    const text = [
      '              项目                     本年支出合计   基本支出   项目支出',
      '                         合计            12,000.00          7,000.00     5,000.00',
      ' 201              一般公共服务支出              12,000.00           7,000.00      5,000.00',
      ' 201   01         人大事务                  12,000.00           7,000.00          5,000.00',
      ' 201   01   01    行政运行',
      ' 201   01   04    人大会议                  12,000.00           7,000.00          5,000.00',
      '',
      '二、说明',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });
});

describe('a -layout table across a page break whose footer holds the title and 第 N 页 共 M 页, or a bare number (a helper’s probe)', () => {
  const rows = ['2023年度部门整体支出绩效自评报告', '单位：万元', '项目                    年初预算      决算数', '行政运行                  100.00       90.00', '一般行政管理事务          20.00        18.00', '机关服务                  10.00         9.00', ''];
  const after = (total: string) => ['', '项目                    年初预算      决算数', '事业运行                   30.00       30.00', `合计                      ${total}      147.00`];
  it('one table: 合计 160 = 100 + 20 + 10 + 30 — silent; 170 an error over all four rows', () => {
    for (const page of ['宣威市民政局2023年度部门整体支出绩效自评报告                第 3 页 共 6 页', '                              3']) {
      const text = (total: string) => [...rows, page, ...after(total)].join('\n');
      assert.equal(parse(text('160.00')).tables.length, 1);
      assert.deepEqual(summary(text('160.00')), []);
      assert.deepEqual(summary(text('170.00')), ['12 error table-total 170.00']);
    }
  });
});

describe('a table aligned by display width, as an editor shows it (helpers’ PDF-wrap and -layout probes)', () => {
  // Each CJK character two columns wide: `合计`'s figures stand two characters further right than `行政运行`'s.
  const wide = '项目                      年初预算    预算调整    调整后预算  决算支出    执行率\n合计                      1000.00     30.00       1030.00     900.00      87.38%\n行政运行                  100.00      10.00       110.00      100.00      90.91%\n事业运行                  300.00      -10.00      290.00      250.00      86.21%\n机关服务                  200.00                  200.00      190.00      95.00%\n其他一般公共服务支出      400.00      30.00       430.00      360.00      83.72%';
  it('reads every row, a blank 预算调整 cell blank: no finding; a 合计 off by 10 is found', () => {
    assert.equal(parse(wide).tables[0]?.rows.length, 5);
    assert.deepEqual(summary(wide), []);
    // (The 合计 row's own 执行率 no longer fits it: the one finding of the slip.)
    assert.deepEqual(summary(wide.replace('900.00', '910.00')), ['2 error table-row-formula 87.38']);
  });
  it('goes on past a page’s number, the running title and 续表 above the header repeated', () => {
    const paged = '表4  项目支出执行情况表\n                                                            单位：万元\n项目名称                          年初预算    预算调整  全年预算数  全年执行数    执行率\n食品安全抽检                         54.89                   54.89       41.27    75.19%\n基层党建工作经费                    647.74      -27.40      620.34      602.29    97.09%\n- 18 -\n\x0c                              浙江省丽水市莲都区文化和广电旅游体育局2017年部门预算公开\n续表2\n项目名称                          年初预算    预算调整  全年预算数  全年执行数    执行率\n森林防火专项                        443.35       59.87      503.22      440.05    87.45%\n特殊困难群体救助                    719.27                  719.27      580.97    80.77%\n农村人居环境整治                    469.67       59.67      529.34      384.94    72.72%\n合计                               2334.92       92.14     2427.06     2049.52    84.44%';
    assert.deepEqual(summary(paged), []);
    assert.deepEqual(summary(paged.replace('2049.52', '2059.52')), ['13 error table-total 2059.52']);
    const numbered = '                          一般公共预算财政拨款支出决算表\n部门：岳阳县农业农村局                                                单位：万元\n科目编码    科目名称                                  本年支出合计      基本支出      项目支出\n            合计                                           2417.20       1645.73        771.47\n201         一般公共服务支出                               1275.86        897.13        378.73\n20103       政府办公厅（室）及相关机构事务                 1275.86        897.13        378.73\n2010301       行政运行                                     1275.86        897.13        378.73\n221         住房保障支出                                    105.25        105.25             -\n22102       住房改革支出                                    105.25        105.25              \n2210201       住房公积金                                    105.25        105.25              \n208         社会保障和就业支出                              886.87        494.13        392.74\n20805       行政事业单位养老支出                            886.87        494.13        392.74\n3\n湖南省岳阳县农业农村局2024年度部门决算公开\n科目编码    科目名称                                  本年支出合计      基本支出      项目支出\n2080505       机关事业单位基本养老保险缴费支出              886.87        494.13        392.74\n210         卫生健康支出                                    149.22        149.22          0.00\n21011       行政事业单位医疗                                149.22        149.22          0.00\n2101101       行政单位医疗                                  149.22        149.22             -';
    assert.deepEqual(summary(numbered), []);
  });
});

describe('read by characters or by width: the reading whose figures end together (helpers’ 支出决算表 probes)', () => {
  it('a table set by width whose short names put their figures a character off: read by width, silent', () => {
    const text = '   科目编码    科目名称                            本年支出合计     基本支出         项目支出         上缴上级支出    经营支出    对附属单位补助支出\n   合    计                                        21,548,236.32    15,083,765.42     6,464,470.90\n   208         社会保障和就业支出                  14,960,432.82    10,472,302.97     4,488,129.85\n   20805       行政事业单位养老支出                14,960,432.82    10,472,302.97     4,488,129.85\n   2080501     行政单位离退休                       8,394,797.30     5,876,358.11     2,518,439.19\n   2080505     机关事业单位基本养老保险缴费支出     6,565,635.52     4,595,944.86     1,969,690.66\n   210         卫生健康支出                         6,587,803.50     4,611,462.45     1,976,341.05\n   21011       行政事业单位医疗                     6,587,803.50     4,611,462.45     1,976,341.05\n   2101101     行政单位医疗                         6,587,803.50     4,611,462.45     1,976,341.05';
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('8,394,797.30', '8,394,979.30')).map((s) => s.replace(/^\d+ /, '')), ['error table-total 8,394,979.30']);
  });
  it('a table set by characters whose one long name overflows its cell: read by characters, silent', () => {
    assert.deepEqual(summary('一般公共预算财政拨款支出决算表\n                                                          单位：万元\n  科目编码    科目名称                          合计        基本支出      项目支出\n              合计                           31085.50      27465.55       3619.95\n  2050101     行政运行                       5803.13       5803.13              \n  2050201     学前教育                       4102.78       3775.65        327.13\n  2050202     小学教育                       3587.29       2998.58        588.71\n  2050203     初中教育                       5629.09       4163.33       1465.76\n  2050204     高中教育                       5724.66       4486.31       1238.35\n  2080505     机关事业单位基本养老保险缴费支出           6238.55       6238.55              '), []);
  });
});

describe('the columns’ numbers without the word 栏次 under a header whose cells one space parts (a helper’s 部门决算 documents)', () => {
  const table = (total: string) =>
    [
      '                                  收入决算表',
      '部门：衡阳市自然资源局                                        金额单位：万元',
      '科目编码    科目名称                             本年收入合计 财政拨款收入 上级补助收入    事业收入    经营收入 附属单位上缴收入    其他收入',
      '                                                           1           2           3           4           5           6           7',
      `            合计                                     ${total}     8389.92                   55.79                               26.32`,
      '201         一般公共服务支出                         1122.50     1122.50                                                            ',
      '208         社会保障和就业支出                       1178.87     1152.55                                                       26.32',
      '210         卫生健康支出                             1227.66     1227.66                                                            ',
      '220         自然资源海洋气象等支出                   4251.50     4195.71                   55.79                                    ',
      '221         住房保障支出                              691.50      691.50                                                            ',
    ].join('\n');
  it('are the columns’ numbers, no row: the seven columns read, 8389.92 + 55.79 + 26.32 = 8472.03 holds', () => {
    const t = parse(table('8472.03')).tables[0];
    assert.deepEqual(t.columns.map((c) => c.header).slice(2), ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
    assert.deepEqual(t.rows.map((r) => r.label), ['合计', '一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '自然资源海洋气象等支出', '住房保障支出']);
    assert.deepEqual(summary(table('8472.03')), []);
    assert.deepEqual(summary(table('8382.03')), ['5 error table-total 8382.03']);
  });
});

describe('a row whose long name wrapped, its figures packed one space apart (a helper’s 政府性基金表 from Word)', () => {
  // pdftotext -layout sets `9.75 434.23 421.96` at the left, away from their columns: placed by their ends, 434.23 fell
  // under 小计 and the 229 row was told it did not add up (9.75 + 434.23 − 421.96 = 22.02 and 327.51 + 106.72 = 434.23:
  // the table is right).
  const table = [
    '项目             年初结转和    本年收入         本年支出                       年末结转和',
    '科目编码    科目名称   结余                    小计        基本支出   项目支出      结余',
    '栏次             1        2            3         4      5         6',
    '合计               9.75       434.23    421.96           421.96     22.02',
    '229     其他支出     9.75       434.23    421.96           421.96     22.02',
    '22960   彩票公益金  9.75 434.23 421.96                      421.96     22.02',
    '        安排的支出',
    '2296002 用于社会福  9.75 327.51 315.24                      315.24     22.02',
    '        利的彩票公',
    '        益金支出',
    '2296003 用于体育事       106.72 106.72                      106.72',
    '        业的彩票公',
  ];
  it('the table is not read: nothing told', () => {
    assert.deepEqual(summary(table.join('\n')), []);
    assert.equal(parse(table.join('\n')).tables.length, 0);
  });
  it('the same table with its rows’ figures in their columns is read', () => {
    const aligned = table.map((l) => l.replace('彩票公益金  9.75 434.23 421.96        ', '彩票公益金  9.75       434.23    421.96 ').replace('用于社会福  9.75 327.51 315.24        ', '用于社会福  9.75       327.51    315.24 ').replace('用于体育事       106.72 106.72        ', '用于体育事             106.72    106.72 '));
    assert.equal(parse(aligned.join('\n')).tables.length, 1, aligned.join('\n'));
  });
});

describe('a header cell merged over the next line’s cells (a helper’s 自评报告 from Word, as pdftotext -layout prints it)', () => {
  // `预算数` stands over `年初预算 | 预算调整 | 调整后预算`, three blank lines between: the columns are the five under it.
  const table = [
    '                    表 1 2023 年度部门整体支出预算执行情况表',
    '',
    '公开 01 表                    金额单位：万元',
    '',
    '项目         预算数                            执行数       执行率',
    '',
    '',
    '',
    '           年初预算        预算调整     调整后预算',
    '基本支出       811.63               811.63    767.85    79.88%',
    '其中：人员经费    464.99               464.99    461.73    99.30%',
    '  日常公用经  346.64                 346.64    306.12    88.31%',
    '费',
    '项目支出     1069.05   1451.64      2520.69   2199.57   87.26%',
    '合计       1880.68   1451.64      3332.32   2967.42   89.05%',
    '注：执行率=执行数÷调整后预算×100%。',
  ];
  it('the columns are read under their own names, and a row’s 执行率 against its 调整后预算 is checked', () => {
    const [t] = parse(table.join('\n')).tables;
    assert.deepEqual(t.columns.map((c) => c.header), ['项目', '年初预算', '预算调整', '调整后预算', '执行数', '执行率']);
    assert.deepEqual(summary(table.join('\n')), ['10 error table-row-formula 79.88']);
  });
  it('the same table with 94.61%: read, holding', () => {
    assertConsistent(table.join('\n').replace('79.88%', '94.61%'), 'table-row-formula', '94.61');
  });
});

describe('a 自评表’s funds block from Word, its figures left-aligned and its names wrapped (a helper’s 自评报告, pdftotext -layout)', () => {
  // 年度资金总额 92.17 is not 当年财政拨款 36.28 + 其他资金 30.89 (the slip: 36.28 for 61.28), and 58.05 ÷ 36.28 is no
  // 94.73%. The figures' ends stray with their lengths (`80.12%` over `94.73%`, `8.01` over `—`); their starts line up.
  const table = [
    '项目资金            年初预算    全年预算    全年执行      分值       执行率      得分',
    '（万元）            数       数       数',
    '       年度资金     74.20   92.17   73.85     10       80.12%   8.01',
    '       总额',
    '       其中：当     54.15   36.28   58.05     —        94.73%   —',
    '       年财政拨',
    '       款',
    '       上年结转                               —                 —',
    '       资金',
    '       其他资金     20.05   30.89   15.80     —        51.15%   —',
    '年度总体   预期目标                               实际完成情况',
  ];
  it('read by where the figures start, each row named with the words wrapped under it', () => {
    const [t] = parse(table.join('\n')).tables;
    assert.deepEqual(t.rows.map((r) => r.label), ['年度资金总额', '当年财政拨款', '上年结转资金', '其他资金']);
    // (Both the 全年预算 column and the 财政拨款 row's 执行率 fail on 36.28, and 25 more makes both hold: it is the one told.)
    assert.deepEqual(summary(table.join('\n')), ['5 error table-total 36.28']);
  });
  it('with 61.28 the block holds', () => {
    assertConsistent(table.join('\n').replace('36.28', '61.28'), 'table-total', '92.17');
  });
});

describe('a 项目明细表 from Word: rows by 序号, names wrapped, the 合计 set under its figures (a helper’s 自评报告, pdftotext -layout)', () => {
  const table = [
    '                         表 2 2023 年度项目支出明细表',
    '',
    '公开 02 表                      金额单位：万元',
    '',
    '序号        项目名称    年初预算        预算调整     全年预算数     全年执行数     执行率',
    '1         义务教育薄   98.45       67.52    165.97    152.88    92.11%',
    '          弱环节改善',
    '          项目',
    '2         执法装备购   78.54       24.74    103.28    95.13     92.11%',
    '          置项目',
    '3         经济普查工   88.39       92.16    180.55    166.31    92.11%',
    '          作经费',
    '4         宣传工作经   68.19       17.17    85.36     78.63     92.12%',
    '          费',
    '5         专项督查工   46.73       78.65    125.38    115.49    92.11%',
    '          作经费',
    '6         信息化系统   43.4        69.09    112.49    103.62    92.11%',
    '          运维费',
    '7         大气污染防   79.41       50.1     129.51    119.29    92.11%',
    '          治专项资金',
    '8         应急物资储   50.46       75.97    126.43    116.46    92.11%',
    '          备经费',
    '9         森林防火专   82.73       74.25    156.98    144.6     92.11%',
    '          项经费',
    '10        档案数字化   84.56       36.5     121.06    111.51    92.11%',
    '          项目',
    '11        公共文化服   56.47       34.83    91.3      84.1      92.11%',
    '          务体系建设',
    '          经费',
    '12        老旧小区改   31.18       46.36    77.54     71.42     92.11%',
    '          造项目',
    '13        法律援助专   41.92       59.42    101.34    93.34     92.11%',
    '          项经费',
    '14        小型水库除   22.31       39.77    62.08     57.16     92.07%',
    '          险加固项目',
    '                  872.74      766.53   1639.27   1434.65   92.11%',
    '合计',
    '注：全年预算数=年初预算+预算调整。',
    '',
    '（四）“三公”经费支出情况',
  ];
  it('the 14 rows and the 合计 are read: 1434.65 against the rows’ 1509.94 is told', () => {
    const [t] = parse(table.join('\n')).tables;
    assert.equal(t.rows.length, 15);
    assert.equal(t.rows[0].label, '义务教育薄弱环节改善项目');
    assert.equal(t.rows[14].kind, 'total');
    assert.deepEqual(summary(table.join('\n')), ['36 error table-total 1434.65']);
  });
  it('with 1509.94 the column adds up', () => {
    assertConsistent(table.join('\n').replace('1434.65', '1509.94'), 'table-total', '1509.94');
  });
});

describe('pdftotext -layout tables from helpers’ 部门决算 and 部门预算 made in Word and Excel (session 15)', () => {
  it('`年初预算数` and `决算数` centred over `小计 基本支出 项目支出` twice (Excel): columns named with their group, the 决算 restated read against 决算数小计', () => {
    const text = [
    '  1.教育支出（类）教育管理事务（款）行政运行（项）。年初预算为 196.75 万',
    '元，支出决算为 219.91 万元，完成年初预算的 111.77%。决算数大于年初预算数',
    '的主要原因是：按政策调整缴费基数，支出增加。',
    '\f                                                                                                     公开05表',
    '                              一般公共预算财政拨款支出决算表',
    '部门：夷陵区教育局                                                                                        金额单位：万元',
    '                  项目                         年初预算数                                     决算数',
    '  科目编码                 科目名称     小计           基本支出           项目支出          小计           基本支出          项目支出',
    '      栏次                        1              2             3            4             5             6',
    '合计                               8887.54       3497.68        5389.86     10072.82       3600.64       6472.18',
    '205        教育支出                  4550.12           165.04     4385.08      5547.90          183.73     5364.17',
    '20501      教育管理事务                   480.83         165.04        315.79       506.59        183.73        322.86',
    '2050101    行政运行                     196.75         165.04         31.71       219.91        183.73         36.18',
    ].join('\n');
    const [t] = parse(text).tables;
    assert.deepEqual(t.columns.map((c) => c.header), ['科目编码', '科目名称', '年初预算数小计', '年初预算数基本支出', '年初预算数项目支出', '决算数小计', '决算数基本支出', '决算数项目支出']);
    assertConsistent(text, 'same-figure', '219.91');
    // (The prose's own 111.77% = 219.91 ÷ 196.75 breaks too.)
    assert.deepEqual(summary(text.replace('支出决算为 219.91', '支出决算为 229.91')).sort(), ['2 error rate 111.77', '2 error same-figure 229.91']);
  });

  it('names wrapped over four lines under their code (`国有企业退` / `休人员社会` / `化管理补助` / `支出`): the rows after are read, the 款 holds', () => {
    const text = [
    '',
    '            国有资本经营预算财政拨款支出决算表',
    '部门：泉州市教育局               金额单位：万元',
    '',
    '项目                             本年支出',
    '科目编码                 科目名称      合计           基本支出       项目支出',
    '类      款      项',
    '栏次                             1            2          3',
    '合计                                 864.74       0.00       864.74',
    '223                  国有资本经         864.74       0.00       864.74',
    '                     营预算支出',
    '223    01            解决历史遗         864.74       0.00       864.74',
    '                     留问题及改',
    '                     革成本支出',
    '223    01     05     国有企业退         292.04       0.00       292.04',
    '                     休人员社会',
    '                     化管理补助',
    '                     支出',
    '223    01     99     其他解决历         572.70       0.00       572.70',
    '                     史遗留问题',
    '                     及改革成本',
    '                     支出',
      '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。',
    ].join('\n');
    const [t] = parse(text).tables;
    assert.equal(t.rows.at(-1)!.label, '其他解决历史遗留问题及改革成本支出');
    assertConsistent(text, 'table-total', '864.74');
  });

  it('a row set far right of the others past a page break (`30309                奖励金`): the table is not read', () => {
    const text = [
    '                                                             单位：万元',
    '',
    '部门预算支出经济分类科目           本年一般公共预算基本支出',
    '科目编码       科目名称        合计            人员经费             公用经费',
    '           合计                1739.97        1569.42           170.55',
    '301        工资福利支出             1514.55       1514.55',
    '30101      基本工资                104.87        104.87',
    '30102      津贴补贴                115.27        115.27',
    '30103      奖金                  244.54        244.54',
    '30107      绩效工资                244.15        244.15',
    '30108      机关事业单位基本养              80.85       80.85',
    '           老保险缴费',
    '30109      职业年金缴费              233.65        233.65',
    '30110      职工基本医疗保险缴              95.54       95.54',
    '           费',
    '30111      公务员医疗补助缴费               3.66        3.66',
    '30112      其他社会保障缴费               68.22       68.22',
    '30113      住房公积金                  93.78       93.78',
    '30199      其他工资福利支出            230.02        230.02',
    '302        商品和服务支出             170.55                         170.55',
    '30201      办公费                    28.52                        28.52',
    '30205      水费                     25.42                        25.42',
    '30206      电费                      1.09                         1.09',
    '30207      邮电费                    11.79                        11.79',
    '30211      差旅费                     6.50                         6.50',
    '30213      维修（护）费                  3.97                         3.97',
    '30215      会议费                    11.24                        11.24',
    '30216      培训费                    18.97                        18.97',
    '30217      公务接待费                   5.59                         5.59',
    '30228      工会经费                    6.21                         6.21',
    '30229      福利费                    11.01                        11.01',
    '30231      公务用车运行维护费               9.73                         9.73',
    '30239      其他交通费用                 10.08                        10.08',
    '30299      其他商品和服务支出              20.43                        20.43',
    '303        对个人和家庭的补助              54.87       54.87',
    '30302      退休费                    35.64       35.64',
    '',
    '',
    '',
    '',
    '                            -8-',
    '\f部门预算支出经济分类科目                        本年一般公共预算基本支出',
    '科目编码       科目名称                     合计           人员经费                    公用经费',
    '30305      生活补助                            13.06                 13.06',
    '30309                奖励金                         6.17             6.17',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });
});

describe('a 项目支出 restated from a 其中 list is not a 政府性基金 table’s (a helper’s 部门决算, its 公开05表 unread)', () => {
  const text = [
    '  2020 年度一般公共预算财政拨款支出年初预算为 4026.19 万元，支出决算为',
    '4856.43 万元，完成年初预算的 120.62%。其中：基本支出 2040.90 万元，项目',
    '支出 2815.53 万元。决算数大于年初预算数的主要原因是：年中追加了专项资金。',
    '',
    '\f                                                                             公开 08 表',
    '',
    '            政府性基金预算财政拨款收入支出决算表',
    '部门：清苑区冉庄镇人民政府                          金额单位：万元',
    '',
    '项目                      年初结转   本年收入         本年支出                             年末结转',
    '科目编码             科目名称   和结余                 小计           基本支出   项目支出         和结余',
    '类      款    项',
    '栏次                      1      2            3            4      5            6',
    '合计                                 493.87       465.73              465.73       28.14',
    '212              城乡社区              493.87       465.73              465.73       28.14',
    '                 支出',
    '212    08        国有土地              493.87       465.73              465.73       28.14',
  ].join('\n');
  it('the 公开08表 (政府性基金) 合计 is not compared with the 一般公共预算 sentence', () => {
    assert.deepEqual(summary(text), []);
  });
  it('the same table titled 一般公共预算财政拨款支出决算表 is', () => {
    assert.deepEqual(summary(text.replace('政府性基金预算财政拨款收入支出决算表', '一般公共预算财政拨款支出决算表')), ['3 error same-figure 2815.53']);
  });
});

describe('a funds block whose long first name pushed its figures one space apart, every column filled (a helper’s 自评表 from Word)', () => {
  // `年度资金总额       4399.77 5212.11  5198.91  10   94.58%  9.98`: six figures for six columns, placed in order.
  const table = [
    '项目资金                年初预算    全年预算    全年执行      分值    执行率    得分',
    '（万元）                  数       数        数',
    '       年度资金总额       4399.77 5212.11  5198.91  10   94.58%  9.98',
    '       其中：当年财政拨款    4399.77 4399.77  4386.57   —      —     —',
    '       上年结转资金          0.00  812.34   812.34   —      —     —',
    '       其他资金            0.00    0.00      0.00  —      —     —',
    '年度总体             预期目标                          实际完成情况',
    '年度总体',
  ];
  it('read: 94.58% against 5198.91 ÷ 5212.11 = 99.75% is told; its 得分 9.98, worked from 99.75% printed, is not', () => {
    assert.deepEqual(summary(table.join('\n')), ['3 error table-row-formula 94.58']);
  });
  it('with 99.75%: holding', () => {
    assertConsistent(table.join('\n').replace('94.58%', '99.75%'), 'table-row-formula', '99.75');
  });
});

describe('a cell that upsets both its row and its column is the one told (a helper’s 收入决算表, pdftotext -layout)', () => {
  const table = (cell: string) =>
    [
      '收入决算表',
      '                                                                          金额单位：万元',
      '      科目编码                         本年收入合计         财政拨款收入          上级补助收入',
      '                            科目名称',
      "合计                                      346.52          346.52",
      '221               住房保障支出                 346.52          346.52',
      '221    02         住房改革支出                 346.52          346.52',
      '221    02    01   住房公积金                  239.33          239.33',
      '221    02    02   提租补贴                    71.44           71.44',
      `221    02    03   购房补贴                    35.75           ${cell}`,
      '注：本表反映部门本年度取得的各项收入情况。',
    ].join('\n');
  it('37.55 for 35.75: its row (35.75 = 37.55?) and its 款’s column (346.52 = 239.33 + 71.44 + 37.55?) both miss by 1.80 — 37.55 is told, fixed to 35.75', () => {
    const found = findings(table('37.55')).filter((f) => f.rule === 'table-total');
    assert.deepEqual(found.map((f) => f.figure), ['37.55']);
    assert.equal(found[0].fix, '35.75');
    assert.match(found[0].message, /^购房补贴·财政拨款收入应为 35\.75，文中为 37\.55：/);
  });
});
