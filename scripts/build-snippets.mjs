// Builds snippets/jixiao.json (.txt reports: Word-pasted TAB-cell tables) and snippets/markdown.json (Markdown
// reports: # headings, pipe tables) from one description, so the two forms never drift apart.
// `npm run snippets` rewrites both files; test/unit/manifest/snippets.test.ts fails when they are stale.
//
// Every sample figure is consistent with every other one (the skeletons analyse clean, as the tests check with
// buildSnippets({ samples: true })); the files carry a placeholder (××) for each figure instead, which the
// placeholder rule lists until the user has filled them in.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ---- the two standard tables -------------------------------------------------------------------------------

const OVERALL_HEADER = ['类别', '年初预算', '预算调整', '调整后预算', '决算支出', '年末结余'];
const OVERALL_ROWS = [
  ['基本支出', '412.87', '-12.87', '400.00', '395.18', '4.82'],
  ['其中：人员经费', '341.82', '-11.82', '330.00', '327.65', '2.35'],
  ['日常公用经费', '71.05', '-1.05', '70.00', '67.53', '2.47'],
  ['项目支出', '15.5', '584.5', '600.00', '591.24', '8.76'],
  ['合计', '428.37', '571.63', '1000.00', '986.42', '13.58'],
];

const PROJECT_HEADER = ['序号', '项目类别', '项目名称', '年初预算', '调整', '可执行预算', '支出金额', '执行率', '超支（+）/结余（-）', '备注'];
const PROJECT_ROWS = [
  ['1', '城乡社区支出', '城乡社区公共设施建设', '15.5', '384.5', '400.00', '393.60', '98.40%', '-6.40', ''],
  ['2', '科学技术支出', '科技创新专项', '/', '200.00', '200.00', '197.64', '98.82%', '-2.36', '本级追加预算'],
  ['', '合计', '', '15.5', '584.5', '600.00', '591.24', '98.54%', '-8.76', ''],
];

/** Text of a table; with `stops`, every figure cell (not labels, 序号, blanks or '/') becomes a tab stop. */
function table(format, header, rows, stops = { next: 1, on: false }) {
  const cell = (text, column) => {
    const figure = /^-?\d/.test(text) && column !== 0 && header[column] !== '序号';
    const name = header[column] === '项目名称' && text !== '';
    return stops.on && (figure || name) ? `\${${stops.next++}:${text}}` : text;
  };
  const body = rows.map((r) => r.map(cell));
  if (format === 'txt') {
    // Each cell a line starting with a TAB; a blank line ends a row (as Word pastes it).
    return [header, ...body].map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n').split('\n');
  }
  if (format === 'txt-rows') {
    // A row a line, its cells separated by TABs: what the table looks like in Word, six lines for six rows.
    return [header, ...body].map((r) => r.join('\t'));
  }
  const line = (r) => `| ${r.map((c) => c || ' ').join(' | ')} |`;
  const align = `|${header.map((h, i) => (i === 0 || /序号|类别|名称|备注/.test(h) ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(header), align, ...body.map(line)];
}

// ---- prose with tab stops ------------------------------------------------------------------------------------
// `Y` is the year's tab stop number; sentences take their own stop numbers from `n`.

const sentences = {
  staff: (Y, n) =>
    `核定编制人员数量为\${${n}:35}人。截至$${Y}年12月31日在职人员\${${n + 1}:47}人，其中编制在职人员\${${n + 2}:30}人，临聘及劳务派遣人员\${${n + 3}:17}人。`,
  budget: (Y, n) =>
    `$${Y}年年初预算安排收入\${${n}:428.37}万元，其中一般公共财政拨款$${n}万元；$${Y}年年初预算安排支出$${n}万元，其中：基本支出\${${n + 1}:412.87}万元，项目支出\${${n + 2}:15.5}万元。`,
  final: (Y, n) =>
    `$${Y}年决算总收入\${${n}:986.42}万元，较预算增加\${${n + 1}:558.05}万元；总支出$${n}万元，其中：基本支出\${${n + 2}:395.18}万元，占总支出的\${${n + 3}:40.06}%；项目支出\${${n + 4}:591.24}万元，占总支出的\${${n + 5}:59.94}%。\${${n + 6}:（说明决算与预算差异的主要原因。）}`,
  sangong: (Y, n) =>
    `$${Y}年“三公”经费预算数\${${n}:3}万元，其中：因公出国（境）费\${${n + 1}:0}万元，公务用车购置及运行维护费\${${n + 2}:1}万元，公务接待费\${${n + 3}:2}万元。“三公”经费决算数\${${n + 4}:1.84}万元，其中：因公出国（境）费\${${n + 5}:0}万元，公务用车运行维护费\${${n + 6}:1}万元，公务接待费\${${n + 7}:0.84}万元。`,
  procurement: (Y, n) =>
    `$${Y}年度政府采购支出\${${n}:260.19}万元，其中：货物\${${n + 1}:43.05}万元，工程\${${n + 2}:169.65}万元，服务\${${n + 3}:47.49}万元。`,
  assets: (Y, n) =>
    `$${Y}年年末资产总额\${${n}:1228.46}万元，负债总额\${${n + 1}:356.46}万元，净资产\${${n + 2}:872.00}万元。截至$${Y}年12月31日，固定资产账面原值\${${n + 3}:487.4}万元，在用资产\${${n + 4}:362}万元，资产使用率\${${n + 5}:74.27}%。`,
};
/** How many stops each sentence uses after `n`. */
const width = { staff: 4, budget: 3, final: 7, sangong: 8, procurement: 4, assets: 6 };

const UNIT_GAP = '                            单位：万元';

// ---- outlines ------------------------------------------------------------------------------------------------
// A document is a list of items: ['h', level, marker, title, unit?] | ['p', text] | ['table', header, rows].
// `1、 单位基本情况`: the seed's spacing after the marker; the 一、 outline writes none.

function arabicOutline(Y, start) {
  let n = start;
  const s = (name) => {
    const text = sentences[name](Y, n);
    n += width[name];
    return text;
  };
  const p = (text) => ['p', text];
  const free = (text) => ['p', `\${${n++}:${text}}`];
  return [
    ['h', 1, '1、 ', '单位基本情况'],
    ['h', 2, '（1） ', '部门主要职责'],
    free('（简述单位性质、机构设置和主要职责。）'),
    ['h', 2, '（2） ', '人员编制情况'],
    p(s('staff')),
    ['h', 1, '2、 ', '预算支出及绩效情况'],
    ['h', 2, '（1） ', '部门预决算情况'],
    ['h', 3, '1. ', '部门预算情况'],
    p(s('budget')),
    ['h', 3, '2. ', '部门决算情况（含年中预算追加情况）'],
    p(s('final')),
    ['h', 3, '3. ', '“三公”经费执行情况'],
    p(s('sangong')),
    ['h', 3, '4. ', '政府采购执行情况'],
    p(s('procurement')),
    ['h', 3, '5. ', '资产管理情况'],
    p(s('assets')),
    ['h', 2, '（2） ', '资金使用及绩效情况'],
    ['h', 3, '1. ', '整体绩效目标支出情况', true],
    ['table', OVERALL_HEADER, OVERALL_ROWS],
    ['h', 3, '2. ', '整体绩效目标完成情况'],
    free('（概述年度绩效目标的完成情况：产出、效益和满意度。）'),
    ['h', 3, '3. ', '项目绩效目标支出完成情况', true],
    ['table', PROJECT_HEADER, PROJECT_ROWS],
    ['h', 1, '3、 ', '存在的问题及改进措施'],
    free('（存在的问题及其原因。）'),
    p(`改进措施：\${${n++}:（下一步的改进措施。）}`),
    ['h', 1, '4、 ', '其他需要说明的情况'],
    free('无。'),
  ];
}

function chineseOutline(Y, start) {
  let n = start;
  const s = (name) => {
    const text = sentences[name](Y, n);
    n += width[name];
    return text;
  };
  const p = (text) => ['p', text];
  const free = (text) => ['p', `\${${n++}:${text}}`];
  return [
    ['h', 1, '一、', '部门基本情况'],
    ['h', 2, '（一）', '部门主要职责'],
    free('（简述部门性质、机构设置和主要职责。）'),
    ['h', 2, '（二）', '人员编制情况'],
    p(s('staff')),
    ['h', 1, '二、', '预算收支及执行情况'],
    ['h', 2, '（一）', '部门预算情况'],
    p(s('budget')),
    ['h', 2, '（二）', '部门决算情况'],
    p(s('final')),
    ['h', 2, '（三）', '“三公”经费执行情况'],
    p(s('sangong')),
    ['h', 2, '（四）', '政府采购执行情况'],
    p(s('procurement')),
    ['h', 2, '（五）', '资产管理情况'],
    p(s('assets')),
    ['h', 1, '三、', '部门整体支出绩效情况'],
    ['h', 2, '（一）', '整体支出情况', true],
    ['table', OVERALL_HEADER, OVERALL_ROWS],
    ['h', 2, '（二）', '项目支出情况', true],
    ['table', PROJECT_HEADER, PROJECT_ROWS],
    ['h', 2, '（三）', '绩效目标完成情况'],
    ['h', 3, '1. ', '产出指标完成情况'],
    free('（数量、质量、时效、成本指标的完成情况。）'),
    ['h', 3, '2. ', '效益指标完成情况'],
    free('（经济、社会、生态效益和可持续影响。）'),
    ['h', 3, '3. ', '满意度指标完成情况'],
    free('（服务对象满意度调查情况。）'),
    ['h', 1, '四、', '存在的问题及原因分析'],
    free('（存在的问题及其原因。）'),
    ['h', 1, '五、', '下一步改进措施'],
    free('（下一步的改进措施。）'),
    ['h', 1, '六、', '其他需要说明的情况'],
    free('无。'),
  ];
}

/** Renders items as lines: paragraphs separated by blank lines; tables end with an extra blank line. */
function render(format, items) {
  const out = [];
  for (const item of items) {
    if (item[0] === 'h') {
      const [, level, marker, title, unit] = item;
      const hashes = format === 'md' ? `${'#'.repeat(level + 1)} ` : '';
      out.push(`${hashes}${marker}${title}${unit && format === 'txt' ? UNIT_GAP : ''}`, '');
      if (unit && format === 'md') out.push('单位：万元', '');
    } else if (item[0] === 'p') {
      out.push(item[1], '');
    } else {
      out.push(...table(format, item[1], item[2]), '');
    }
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

function titleLine(format) {
  return `${format === 'md' ? '# ' : ''}\${1:2023}年度\${2:某某单位}部门整体支出绩效自评报告`;
}

// ---- the snippets --------------------------------------------------------------------------------------------
// Prefixes: jx-skeleton-*, jx-section-*, jx-sentence-*, jx-table-*, jx-row-* (the insert-template command groups
// them by these). No Chinese prefix: a prefix made of report words (部门决算情况, 项目支出) was offered by quick
// suggestions while the user typed prose, and Enter then replaced the heading with the snippet. The Chinese names
// are in the template command's list and in heading completion.

/** A section heading's marker: the seed outline's marker first, the 一、 outline's second (a choice). */
function marker(stop, arabic, chinese) {
  return `\${${stop}|${arabic},${chinese}|}`;
}

function sectionSnippets(format) {
  const h = (level) => (format === 'md' ? `${'#'.repeat(level + 1)} ` : '');
  const unitAfter = (line) => (format === 'txt' ? [line + UNIT_GAP, ''] : [line, '', '单位：万元', '']);
  const Y = 2; // the year's stop: each section asks for it once and mirrors it
  const yearPrompt = (text) => text.replace(`$${Y}`, `\${${Y}:2023}`);
  const sentenceSection = (key, prefix, title, arabicMarker, chineseMarker, name) => [
    key,
    {
      prefix: [`jx-section-${prefix}`],
      body: [`${h(3)}${marker(1, arabicMarker, chineseMarker)} ${title}`, '', yearPrompt(sentences[name](Y, 3))],
      description: `章节：${title}（含示例数字，Tab 依次修改）`,
    },
  ];
  const entries = [
    [
      '章节：单位基本情况',
      {
        prefix: ['jx-section-basic'],
        body: [
          `${h(1)}${marker(1, '1、', '一、')} 单位基本情况`,
          '',
          `${h(2)}${marker(2, '（1）', '（一）')} 部门主要职责`,
          '',
          '${3:（简述单位性质、机构设置和主要职责。）}',
          '',
          `${h(2)}${marker(4, '（2）', '（二）')} 人员编制情况`,
          '',
          sentences.staff(5, 6).replace('$5', '${5:2023}'),
        ],
        description: '章节：单位基本情况（部门主要职责、人员编制情况）',
      },
    ],
    sentenceSection('章节：部门预算情况', 'budget', '部门预算情况', '1.', '（一）', 'budget'),
    sentenceSection('章节：部门决算情况', 'final', '部门决算情况（含年中预算追加情况）', '2.', '（二）', 'final'),
    sentenceSection('章节：“三公”经费执行情况', 'sangong', '“三公”经费执行情况', '3.', '（三）', 'sangong'),
    sentenceSection('章节：政府采购执行情况', 'procurement', '政府采购执行情况', '4.', '（四）', 'procurement'),
    sentenceSection('章节：资产管理情况', 'assets', '资产管理情况', '5.', '（五）', 'assets'),
    [
      '章节：整体绩效目标支出情况（含整体支出表）',
      {
        prefix: ['jx-section-overall'],
        body: [
          ...unitAfter(`${h(3)}${marker(1, '1.', '（一）')} 整体绩效目标支出情况`),
          ...table(format, OVERALL_HEADER, OVERALL_ROWS, { next: 2, on: true }),
        ],
        description: '章节：整体绩效目标支出情况，附整体支出表（单位：万元）',
      },
    ],
    [
      '章节：整体绩效目标完成情况',
      {
        prefix: ['jx-section-goals'],
        body: [
          `${h(3)}${marker(1, '2.', '（二）')} 整体绩效目标完成情况`,
          '',
          '${2:（概述年度绩效目标的完成情况：产出、效益和满意度。）}',
        ],
        description: '章节：整体绩效目标完成情况',
      },
    ],
    [
      '章节：项目绩效目标支出完成情况（含项目支出表）',
      {
        prefix: ['jx-section-projects'],
        body: [
          ...unitAfter(`${h(3)}${marker(1, '3.', '（三）')} 项目绩效目标支出完成情况`),
          ...table(format, PROJECT_HEADER, PROJECT_ROWS, { next: 2, on: true }),
        ],
        description: '章节：项目绩效目标支出完成情况，附项目支出表（单位：万元）',
      },
    ],
    [
      '章节：存在的问题及改进措施',
      {
        prefix: ['jx-section-problems'],
        body: [
          `${h(1)}${marker(1, '3、', '四、')} 存在的问题及改进措施`,
          '',
          '${2:（存在的问题及其原因。）}',
          '',
          '改进措施：${3:（下一步的改进措施。）}',
        ],
        description: '章节：存在的问题及改进措施',
      },
    ],
    [
      '章节：其他需要说明的情况',
      {
        prefix: ['jx-section-other'],
        body: [`${h(1)}${marker(1, '4、', '六、')} 其他需要说明的情况`, '', '${2:无。}'],
        description: '章节：其他需要说明的情况',
      },
    ],
  ];
  return entries;
}

function sentenceSnippets() {
  const one = (key, prefix, name, description) => [
    key,
    { prefix: [`jx-sentence-${prefix}`], body: [sentences[name](1, 2).replace('$1', '${1:2023}')], description },
  ];
  return [
    one('句式：人员编制', 'staff', 'staff', '句式：核定编制与在职人员（在职 = 编制在职 + 临聘）'),
    one('句式：部门预算', 'budget', 'budget', '句式：年初预算收入、支出（支出 = 基本支出 + 项目支出）'),
    one('句式：部门决算', 'final', 'final', '句式：决算收支、较预算增加额及各项占比'),
    one('句式：“三公”经费', 'sangong', 'sangong', '句式：“三公”经费预算数与决算数（= 因公出国（境）费 + 公务用车 + 公务接待费）'),
    one('句式：政府采购', 'procurement', 'procurement', '句式：政府采购支出（= 货物 + 工程 + 服务）'),
    one('句式：资产管理', 'assets', 'assets', '句式：资产总额 = 负债总额 + 净资产；资产使用率 = 在用资产 ÷ 固定资产原值'),
  ];
}

function tableSnippets(format) {
  const form = format === 'txt' ? '（Tab 分栏，每格一行，空行分行）' : '（Markdown 表格）';
  const entries = [
    [
      `表格：整体支出表${form}`,
      {
        prefix: ['jx-table-overall'],
        body: table(format, OVERALL_HEADER, OVERALL_ROWS, { next: 1, on: true }),
        description: `表格：整体支出（类别、年初预算、预算调整、调整后预算、决算支出、年末结余）${form}`,
      },
    ],
    [
      `表格：项目支出表${form}`,
      {
        prefix: ['jx-table-projects'],
        body: table(format, PROJECT_HEADER, PROJECT_ROWS, { next: 1, on: true }),
        description: `表格：项目支出（序号、项目类别、项目名称、年初预算、调整、可执行预算、支出金额、执行率、超支/结余、备注）${form}`,
      },
    ],
  ];
  if (format === 'txt') {
    for (const [name, prefix, header, rows, what] of [
      ['整体支出表', 'jx-table-overall-rows', OVERALL_HEADER, OVERALL_ROWS, '类别、年初预算、预算调整、调整后预算、决算支出、年末结余'],
      ['项目支出表', 'jx-table-projects-rows', PROJECT_HEADER, PROJECT_ROWS, '序号、项目类别、项目名称、年初预算、调整、可执行预算、支出金额、执行率、超支/结余、备注'],
    ]) {
      entries.push([
        `表格：${name}（Tab 分栏，每行一行）`,
        {
          prefix: [prefix],
          body: table('txt-rows', header, rows, { next: 1, on: true }),
          description: `表格：${name.replace('表', '')}（${what}），一行一行，单元格以 Tab 分隔，与 Word 中的表格一样一目了然`,
        },
      ]);
    }
    // A new row: the user types every figure, so they start empty (an empty cell reads as "no value").
    const cells = ['${1:3}', '${2:项目类别}', '${3:项目名称}', '${4:/}', '${5:}', '${6:}', '${7:}', '${8:}', '${9:}', '$0'];
    entries.push([
      '表格：项目支出表的一行（Tab 分栏）',
      {
        prefix: ['jx-row-project'],
        body: [...cells.map((c) => `\t${c}`), ''],
        description: '表格：项目支出表中的一行（10 格，每格一行，末尾空行结束本行；插在“合计”行之前）',
      },
    ]);
  }
  return entries;
}

function skeletonSnippets(format) {
  const arabic = [titleLine(format), '', ...render(format, arabicOutline(1, 3))];
  const chinese = [titleLine(format), '', ...render(format, chineseOutline(1, 3))];
  return [
    [
      '报告框架（1、/（1）/1. 式）',
      {
        prefix: ['jx-skeleton-arabic'],
        body: arabic,
        description: '部门整体支出绩效自评报告全文框架：1、/（1）/1. 式提纲（与示例报告相同），含两张标准表格',
        isFileTemplate: true,
      },
    ],
    [
      '报告框架（一、/（一）/1. 式）',
      {
        prefix: ['jx-skeleton-chinese'],
        body: chinese,
        description: '部门整体支出绩效自评报告全文框架：一、/（一）/1. 式提纲，含两张标准表格',
        isFileTemplate: true,
      },
    ],
  ];
}

/** What a figure's tab stop shows until the user types over it: obviously not a figure (issue #9). */
export const PLACEHOLDER = '××';

/**
 * `${12:558.05}` → `${12:××}`: the sample figures above all agree (the tests read them so), and left in a draft
 * they would pass as the department's own. The year (`${1:2023}`) and words stay as they are.
 */
function withPlaceholders(body) {
  return body.map((line) => line.replace(/\$\{(\d+):(-?[\d.,]+%?)\}/g, (m, n, v) => (/^20\d\d$/.test(v) ? m : `\${${n}:${PLACEHOLDER}}`)));
}

/**
 * The snippets; `samples` keeps the sample figures as the tab stops' defaults (the tests read the skeletons with
 * every relation holding), otherwise each figure's default is the placeholder.
 */
export function buildSnippets({ samples = false } = {}) {
  const build = (format) =>
    Object.fromEntries(
      [...skeletonSnippets(format), ...sectionSnippets(format), ...sentenceSnippets(), ...tableSnippets(format)].map(([name, s]) => [
        name,
        samples ? s : { ...s, body: withPlaceholders(s.body) },
      ]),
    );
  return { jixiao: build('txt'), markdown: build('md') };
}

export function snippetFileText(snippets) {
  return JSON.stringify(snippets, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { jixiao, markdown } = buildSnippets();
  const root = new URL('../', import.meta.url);
  writeFileSync(new URL('snippets/jixiao.json', root), snippetFileText(jixiao));
  writeFileSync(new URL('snippets/markdown.json', root), snippetFileText(markdown));
  console.log(`snippets: ${Object.keys(jixiao).length} for jixiao, ${Object.keys(markdown).length} for markdown`);
}
