// Tables pasted from Word into a .txt: a cell per line (leading TAB, blank line between rows), or a row per
// line with TABs between cells. Header roles, labels, 其中 child rows, 合计/小计, blank cells, the unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import { at, doc, parse } from './helpers';
import { summary } from '../rules/helpers';

/** The seed's table 1, cell per line. */
const seedTable = doc(
  '1. 整体绩效目标支出情况                            单位：万元',
  '',
  ...[
    ['类     别', '年初预算', '预算调整', '调整后预算', '决算支出', '年末结余'],
    ['基本支出', '412.87', '', '344.12', '344.12', '0'],
    ['其中：人员经费', '340.33', '', '286.73', '286.73', '0'],
    ['日常公用经费', '71.05', '', '57.39', '57.39', '0'],
    ['项目支出', '15.5', '', '46936.95', '46936.95', '0'],
    ['合    计', '428.37', '', '47281.07', '47281.07', '0'],
  ].flatMap((row) => [...row.map((c) => `\t${c}`), '']),
);

describe('TAB tables, a cell per line', () => {
  it('reads the seed’s table 1: header roles, unit from the heading line, caption', () => {
    const [table] = parse(seedTable).tables;
    assert.equal(table.form, 'tab');
    assert.equal(table.unit, '万元');
    assert.equal(table.caption, '整体绩效目标支出情况');
    assert.deepEqual(
      table.columns.map((c) => `${c.header}:${c.role}`),
      ['类别:label', '年初预算:initial-budget', '预算调整:adjustment', '调整后预算:adjusted-budget', '决算支出:spent', '年末结余:balance'],
    );
  });

  it('rows: labels without 其中 and spaces, 其中 children under 基本支出, 合计 a total', () => {
    const { rows } = parse(seedTable).tables[0];
    assert.deepEqual(
      rows.map((r) => `${r.line + 1} ${r.label} ${r.kind} ${r.parent ?? '-'}`),
      ['12 基本支出 item -', '19 人员经费 item 0', '26 日常公用经费 item 0', '33 项目支出 item -', '40 合计 total -'],
    );
  });

  it('cells: figures in the table’s unit, offsets on the printed number; a blank cell spans its TAB', () => {
    const row = parse(seedTable).tables[0].rows[0];
    const [label, initial, adjustment, adjusted] = row.cells;
    assert.equal(at(seedTable, label.span), '基本支出');
    assert.equal(initial.quantity?.value.toString(), '412.87');
    assert.equal(initial.quantity?.unit, '万元');
    assert.equal(initial.quantity?.kind, 'money');
    assert.equal(at(seedTable, initial.quantity!.span), '412.87');
    assert.equal(adjustment.empty, true);
    assert.equal(at(seedTable, adjustment.span), '\t');
    assert.equal(adjustment.insertAt, adjustment.span.start + 1);
    assert.equal(adjusted.quantity?.decimals, 2);
  });

  it('`单位：万元` on its own line before the table gives the unit', () => {
    const text = doc('1. 整体绩效目标支出情况', '', '单位：万元', '', '\t类别', '\t年初预算', '', '\t基本支出', '\t412.87');
    const [table] = parse(text).tables;
    assert.equal(table.unit, '万元');
    assert.equal(table.rows[0].cells[1].quantity?.unit, '万元');
  });
});

describe('TAB tables, a row per line', () => {
  const text = doc(
    '（单位：元）',
    ['项目名称', '年初预算', '调整', '可执行预算', '支出金额', '执行率'].join('\t'),
    ['办公设备购置', '/', '120000', '120000', '118800', '99%'].join('\t'),
    ['小计', '—', '120000', '120000', '118800', ''].join('\t'),
    ['总计', '-', '120000', '120000', '118800', '99%'].join('\t'),
  );

  it('splits cells at TABs; `/`, `—`, `-` and an empty slot are empty cells', () => {
    const [table] = parse(text).tables;
    assert.equal(table.unit, '元');
    assert.deepEqual(
      table.rows.map((r) => r.cells.map((c) => (c.empty ? '∅' : c.text)).join(' ')),
      ['办公设备购置 ∅ 120000 120000 118800 99%', '小计 ∅ 120000 120000 118800 ∅', '总计 ∅ 120000 120000 118800 99%'],
    );
    assert.deepEqual(table.rows.map((r) => r.kind), ['item', 'subtotal', 'total']);
  });

  it('a percentage cell is a percentage, not an amount in the table’s unit', () => {
    const rate = parse(text).tables[0].rows[0].cells[5].quantity!;
    assert.equal(rate.unit, '%');
    assert.equal(rate.kind, 'percent');
    assert.equal(at(text, rate.span), '99');
  });

  it('an empty last slot (after the row’s last TAB) is an empty cell at the end of the line', () => {
    const cell = parse(text).tables[0].rows[1].cells[5];
    const lineEnd = text.indexOf('\n', text.indexOf('小计\t'));
    assert.equal(text.slice(lineEnd - 7, lineEnd), '118800\t');
    assert.equal(cell.empty, true);
    assert.equal(cell.insertAt, lineEnd);
    assert.deepEqual(cell.span, { start: lineEnd, end: lineEnd });
  });

  it('a stray blank line inside a row (cell per line) does not split it', () => {
    const text = doc('单位：万元', '', '\t项目名称', '\t年初预算', '\t全年支出', '', '\t甲', '\t30.00', '\t32.60', '', '\t乙', '\t10.00', '', '\t12.76', '', '\t合计', '\t40.00', '\t45.36', '');
    const [table] = parse(text).tables;
    assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text).join('|')), ['甲|30.00|32.60', '乙|10.00|12.76', '合计|40.00|45.36']);
  });

  it('labels indented with full-width spaces nest by their indent (类 > 款 > 项); `其中：` counts as its width', () => {
    const text = doc('单位：万元', '', ...[
      ['科目名称', '决算数'],
      ['合计', '2832.19'],
      ['社会保障和就业支出', '2651.38'],
      ['\u3000退役军人管理事务', '1649.08'],
      ['\u3000\u3000行政运行', '1098.54'],
      ['\u3000\u3000其他退役军人事务管理支出', '550.54'],
      ['\u3000抚恤', '1002.30'],
      ['卫生健康支出', '180.81'],
      ['基本支出', '0'],
      ['\u3000其中：人员经费', '0'],
      ['\u3000\u3000\u3000\u3000公用经费', '0'],
    ].map((r) => r.join('\t')));
    const { rows } = parse(text).tables[0];
    const parentOf = (label: string) => {
      const row = rows.find((r) => r.label === label)!;
      return row.parent === undefined ? '-' : rows[row.parent].label;
    };
    assert.deepEqual(
      ['社会保障和就业支出', '退役军人管理事务', '行政运行', '其他退役军人事务管理支出', '抚恤', '卫生健康支出', '人员经费', '公用经费'].map(parentOf),
      ['-', '社会保障和就业支出', '退役军人管理事务', '退役军人管理事务', '社会保障和就业支出', '-', '基本支出', '基本支出'],
    );
    assert.deepEqual(analyze(text).findings, []);
  });
});

describe('a TAB header that lacks the label column (zp-tianjiaan-rsj-2024 pasted with TABs)', () => {
  const funds = (executed: string, rate: string) =>
    doc(
      '资金投入情况 (万元)',
      '全年预算数(A)\t全年执行数(B)\t预算执行率(B/A×100%)\t\t\t\t',
      `年度资金总额:\t808.1\t${executed}\t${rate}\t\t\t\t`,
      `其中:中央财政资金\t808.1\t${executed}\t${rate}\t\t\t\t`,
    );
  it('its value columns stand over the values, not a column to their left', () => {
    const [table] = parse(funds('692.98', '86%')).tables;
    assert.deepEqual(
      table.columns.slice(0, 4).map((c) => `${c.header}:${c.role}`),
      [':other', '全年预算数(A):adjusted-budget', '全年执行数(B):spent', '预算执行率(B/A×100%):rate'],
    );
    assert.deepEqual(analyze(funds('692.98', '86%'), { format: 'txt' }).findings, []);
  });
  it('so 692.98 ÷ 808.1 = 85.75% is checked against each row’s 执行率', () => {
    const text = funds('692.98', '80%');
    const found = analyze(text, { format: 'txt' }).findings.map((f) => `${f.ruleId} ${at(text, f.span)}`);
    assert.deepEqual(found, ['table-row-formula 80', 'table-row-formula 80']);
  });
});

describe('row labels numbered in two styles nest as an outline (rd-shigu-czj-2016 pasted with TABs)', () => {
  const rows = (first: string) =>
    doc(
      '单位:万元',
      '项目\t2016年预算数\t上年完成数',
      '一、共享收入\t10684\t9539',
      `1、增值税\t${first}\t2070`,
      '2、营业税\t8365\t7469',
      '二、区级固定收入\t20302\t18749',
      '1、耕地占用税\t13526\t12589',
      '2、其他收入\t6776\t6160',
      '区级财政收入合计\t30986\t28288',
    );
  it('`1、` rows under the `一、` row above; 合计 adds the `一、` rows alone', () => {
    const [table] = parse(rows('2319')).tables;
    assert.deepEqual(
      table.rows.map((r) => `${r.label}${r.parent !== undefined ? ' < ' + table.rows[r.parent].label : ''}`),
      ['一、共享收入', '1、增值税 < 一、共享收入', '2、营业税 < 一、共享收入', '二、区级固定收入', '1、耕地占用税 < 二、区级固定收入', '2、其他收入 < 二、区级固定收入', '区级财政收入合计'],
    );
    assert.deepEqual(analyze(rows('2319'), { format: 'txt' }).findings, []);
  });
  it('a child that breaks its parent’s sum is found there, not at the 合计', () => {
    const text = rows('2219');
    assert.deepEqual(analyze(text, { format: 'txt' }).findings.map((f) => `${f.ruleId} ${at(text, f.span)}`), ['table-total 10684']);
  });
});

describe('a 自评表 pasted from Word: 项目名称 over the funds block, the labels in the column after a merged first cell', () => {
  const table = (score: string) =>
    [
      '2023年度项目支出绩效自评表',
      '项目名称\t乡村振兴补助',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      `\t年度资金总额\t100\t100\t95\t10\t95%\t${score}`,
      '\t其中：当年财政拨款\t80\t80\t75\t—\t93.75%\t—',
      '\t上年结转资金\t20\t20\t20\t—\t100%\t—',
    ].join('\n');

  it('the funds block is read under its own header, each row named by its label', () => {
    const t = parse(table('9.5')).tables[0];
    assert.deepEqual(t.columns.map((c) => c.role), ['label', 'label', 'initial-budget', 'adjusted-budget', 'spent', 'weight', 'rate', 'score']);
    assert.deepEqual(t.rows.map((r) => r.label), ['年度资金总额', '当年财政拨款', '上年结转资金']);
    assert.deepEqual(t.rows.map((r) => r.parent), [undefined, 0, 0]);
  });

  it('得分 8 where 95% × 10 = 9.5: an error at 8 (and 年度资金总额 = 当年财政拨款 + 上年结转资金 read)', () => {
    const a = analyze(table('8'), { format: 'txt' });
    const text = table('8');
    assert.deepEqual(a.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`), ['score 8']);
    assert.ok(a.checks.some((c) => c.ruleId === 'table-total' && c.holds && text.slice(c.target.start, c.target.end) === '95'));
  });
});

describe('a 收支总表 pasted with TABs, its two sides headed 收入 | 金额 | 支出 | 金额 (probe-k)', () => {
  const table = (project: string) =>
    doc('收入\t金额\t支出\t金额', '收入合计\t100.00\t支出合计\t100.00', '财政拨款收入\t100.00\t基本支出\t60.00', '\t\t其中：人员经费\t50.00', `\t\t项目支出\t${project}`);
  it('is read as two tables, the 支出 side’s blank 收入 cells no rows of the 收入 side', () => {
    const tables = parse(table('40.00')).tables;
    assert.deepEqual(tables.map((t) => t.rows.map((r) => r.label).join('/')), ['收入合计/财政拨款收入', '支出合计/基本支出/人员经费/项目支出']);
    assert.deepEqual(summary(table('40.00')), []);
  });
  it('a 项目支出 that overruns the 支出合计 is found on its side (基本支出 + 项目支出 are all of it: an error, cut or not)', () => {
    assert.deepEqual(summary(table('45.00')), ['4 error table-total 100.00']);
  });
});

describe('a 收入支出决算总表 pasted a cell per line under a row of its sides’ names (a helper’s 决算说明 probe)', () => {
  const text = (total: string) =>
    ['\t收入', '\t支出', '', '\t项目', '\t行次', '\t金额', '\t项目', '\t行次', '\t金额', '', '\t本年收入合计', '\t3', '\t317.97', '\t本年支出合计', '\t31', '\t384.99', '',
      '\t年初结转和结余', '\t4', '\t79.53', '\t年末结转和结余', '\t32', '\t12.51', '', '\t总计', '\t5', '\t397.50', '\t总计', '\t33', `\t${total}`].join('\n');
  it('read as two halves under 项目 | 行次 | 金额: the 行次 are no amounts, each 总计 adds its side', () => {
    const tables = parse(text('397.50')).tables;
    assert.deepEqual(tables.map((t) => t.columns.map((c) => `${c.header}:${c.role}`).join(' ')), ['项目:label 行次:index 金额:amount', '项目:label 行次:index 金额:amount']);
    assert.deepEqual(summary(text('397.50')), []);
    assert.deepEqual(summary(text('397.60')), ['30 error table-total 397.60']);
  });
});

describe('a 自评表 pasted a cell per line, cells merged down over rows left out of the rows under them (helpers’ 项目自评表 probes)', () => {
  const cells = (rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
  it('`绩效指标` over the 一级指标 column: rows one cell short stand under the last columns — 总分 100 / 98 holds, 99 is an error', () => {
    const text = (score: string) => cells([['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '得分'], ['产出指标', '数量指标', '培训人次', '50', '50'], ['效益指标', '社会效益指标', '知晓率', '50', '48'], ['总分', '', '', '', '100', score]]);
    assert.deepEqual(summary(text('98')), []);
    assert.deepEqual(summary(text('99')), ['25 error score 99']);
  });
  it('a 一级指标 spanning two rows: the second, short at the left, is counted in the 总分', () => {
    const text = (score: string) => cells([['一级指标', '二级指标', '三级指标', '分值', '得分'], ['产出指标', '数量指标', '培训人次', '30', '30'], ['质量指标', '合格率', '20', '20'], ['效益指标', '社会效益指标', '知晓率', '50', '48'], ['总分', '', '', '100', score]]);
    assert.deepEqual(summary(text('98')), []);
    assert.deepEqual(summary(text('88')), ['28 error score 88']);
  });
});

describe('a column-number row with formulas under the header (a helper’s flattened-web probe)', () => {
  it('`\t1\t2\t3=1+2\t4` is no data row: the 合计 row is checked alone — silent; 976.75 as 全年预算 an error', () => {
    const text = (adjusted: string) => ['项目\t年初预算\t调整数\t全年预算\t决算数', '\t1\t2\t3=1+2\t4', `合计\t900.00\t75.75\t${adjusted}\t841.87`].join('\n');
    assert.deepEqual(summary(text('975.75')), []);
    assert.deepEqual(summary(text('976.75')), ['3 error table-row-formula 976.75']);
  });
});

describe('a TAB row-per-line 决算表 whose 合计 cell is merged over 科目编码 and 科目名称 (a helper’s Word-paste probe)', () => {
  const text = (basic: string) => ['单位：万元', '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出', `合计\t524.30\t${basic}\t193.10`, '201\t一般公共服务支出\t312.40\t206.70\t105.70', '208\t社会保障和就业支出\t211.90\t124.50\t87.40'].join('\n');
  it('the 合计 row’s figures stand under their columns: silent when right; 341.20 makes the 合计 row not add up', () => {
    assert.deepEqual(summary(text('331.20')), []);
    assert.deepEqual(summary(text('341.20')), ['3 error table-total 524.30']);
  });
});

describe('a Word-pasted 决算表 whose header cell 项目 spans the code and name columns, and whose 合计 cell does too (a helper’s probe)', () => {
  const cells = (rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
  it('columns and the 合计 row line up with the coded rows: the 类 over its one 款 — silent; a wrong 合计 an error', () => {
    const text = (total: string) => cells([['项目', '本年收入合计', '财政拨款收入', '其他收入'], ['合计', total, '469.95', '16.04'], ['221', '住房保障支出', '485.99', '469.95', '16.04'], ['22102', '住房改革支出', '485.99', '469.95', '16.04']]);
    const table = parse(text('485.99')).tables[0];
    assert.deepEqual(table.columns.map((c) => `${c.header}:${c.role}`), ['项目:label', ':label', '本年收入合计:amount', '财政拨款收入:amount', '其他收入:amount']);
    assert.deepEqual(summary(text('485.99')), []);
    assert.ok(summary(text('495.99')).some((s) => s.endsWith('495.99')));
  });
});

describe('a Word-pasted 自评表: the blank header cell under a merged 项目资金（万元）, a last column of notes (a helper’s probes)', () => {
  it('rows one cell short stand under the header’s last columns, past a `项目名称` row above it', () => {
    const text = '\t项目名称\n\t乡村文化活动经费\n\n\t项目资金（万元）\n\t\n\t年初预算数\n\t全年预算数\n\t全年执行数\n\t分值\n\t执行率\n\t得分\n\n\t年度资金总额\n\t100\n\t120\n\t90\n\t10\n\t75.00%\n\t7.5';
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('75.00%', '85.00%')).map((s) => s.replace(/^\d+ /, '')), ['error table-row-formula 85.00']);
    assert.deepEqual(summary('\t项目资金（万元）\n\t\n\t年初预算数\n\t全年预算数\n\t全年执行数\n\t分值\n\t执行率\n\t得分\n\n\t年度资金总额\n\t100\n\t120\n\t90\n\t10\n\t75.00%\n\t7.5\n\n\t其中：财政拨款\n\t100\n\t120\n\t90\n\t—\n\t—\n\t—'), []);
  });
  it('past `项目名称` and `主管部门 | … | 实施单位 | …` rows above the header (a helper’s Word paste): 443.49 + 44.43 + 18.38 = 506.3', () => {
    const head = '\t项目名称\n\t义务教育薄弱环节改善项目\n\n\t主管部门\n\t洛阳市文化广电旅游局\n\t实施单位\n\t洛阳市文化广电旅游局机关\n\n';
    const table = '\t项目资金（万元）\n\t\n\t年初预算数\n\t全年预算数\n\t全年执行数\n\t分值\n\t执行率\n\t得分\n\n\t年度资金总额\n\t319.78\n\t506.3\n\t506.3\n\t10\n\t100.00%\n\t10\n\n\t其中：当年财政拨款\n\t301.4\n\t443.49\n\t443.49\n\t—\n\t—\n\t—\n\n\t上年结转资金\n\t0\n\t44.43\n\t44.43\n\t—\n\t—\n\t—\n\n\t其他资金\n\t18.38\n\t18.38\n\t18.38\n\t—\n\t—\n\t—';
    assert.deepEqual(summary(head + table), []);
    assert.deepEqual(summary(head + table.replace('\t100.00%\n\t10\n', '\t100.00%\n\t9\n')).map((s) => s.replace(/^\d+ /, '')), ['error score 9']);
  });
  it('a row short at the left whose last cell is a note: 30 + 20 = 50 and 30 + 18 = 48 hold', () => {
    const text = '\t一级指标\n\t二级指标\n\t三级指标\n\t年度指标值\n\t实际完成值\n\t分值\n\t得分\n\t偏差原因分析及改进措施\n\n\t产出指标\n\t数量指标\n\t培训人次\n\t≥800人次\n\t800人次\n\t30\n\t30\n\t无\n\n\t质量指标\n\t培训合格率\n\t≥90%\n\t85%\n\t20\n\t18\n\t部分学员未通过结业考核\n\n\t总分\n\t\n\t\n\t\n\t\n\t50\n\t48\n\t';
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('50\n\t48', '50\n\t47')).map((s) => s.replace(/^\d+ /, '')), ['error score 47']);
  });
});

describe('the text’s last row one cell short, its empty note cut with the text’s end (a helper’s Word paste)', () => {
  const text = (score: string) =>
    '\t一级指标\n\t二级指标\n\t分值\n\t得分\n\t备注\n\n\t产出指标\n\t数量指标\n\t90\n\t88\n\t\n\n\t效益指标\n\t社会效益\n\t10\n\t9.88\n\t\n\n\t总分\n\t\n\t100\n\t' + score;
  it('stands where its cells are: 分值 100 and 得分 97.88 = 88 + 9.88', () => {
    assert.deepEqual(summary(text('97.88')), []);
    assert.deepEqual(summary(text('96.88')).map((s) => s.replace(/^\d+ /, '')), ['error score 96.88']);
  });
});

describe('Word pastes a cell per line: a second header below, and cells wrapped onto a line with no TAB (a helper’s probes)', () => {
  it('the indicator block’s own header under the funds block: its rows stand under it (10 + 90 = 100, 9.00 + 85 = 94.00)', () => {
    const text = (total: string) =>
      `\t项目资金\n\t全年预算数\n\t全年执行数\n\t分值\n\t执行率\n\t得分\n\n\t年度资金总额\n\t150.00\n\t135.00\n\t10\n\t90.00%\n\t9.00\n\n\t一级指标\n\t二级指标\n\t三级指标\n\t分值\n\t得分\n\n\t产出指标\n\t数量指标\n\t完成面积\n\t90\n\t85\n\n\t总分\n\t\n\t\n\t100\n\t${total}\n\n`;
    assert.deepEqual(summary(text('94.00')), []);
    assert.deepEqual(summary(text('95.00')).map((s) => s.replace(/^\d+ /, '')), ['error score 95.00']);
  });
  it('a row name wrapped (`⇥公务用车购置及运行` / `维护费`): the row is kept, 26.25 + 45.10 = 71.35', () => {
    const text = (total: string) => `\t项目\n\t决算数\n\n\t合计\n\t${total}\n\n\t公务接待费\n\t26.25\n\n\t公务用车购置及运行\n维护费\n\t45.10\n\n注：本表反映“三公”经费支出情况。\n`;
    assert.deepEqual(summary(text('71.35')), []);
    assert.deepEqual(summary(text('72.35')).map((s) => s.replace(/^\d+ /, '')), ['error table-total 72.35']);
  });
  it('a header cell wrapped (`⇥项目` / `名称`): the columns stay in place, 135.00 ÷ 150.00 = 90.00%', () => {
    const text = (rate: string) => `\t项目\n名称\n\t年初预算数\n\t全年预算数\n\t全年执行数\n\t执行率\n\n\t年度资金总额\n\t120.00\n\t150.00\n\t135.00\n\t${rate}\n`;
    assert.deepEqual(summary(text('90.00%')), []);
    assert.deepEqual(summary(text('95.00%')).map((s) => s.replace(/^\d+ /, '')), ['error table-row-formula 95.00']);
  });
});
