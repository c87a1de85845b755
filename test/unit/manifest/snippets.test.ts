// The snippets: both files are what scripts/build-snippets.mjs makes; every body is a well-formed snippet; and,
// with every tab stop left at its default, each forms report text that the core reads as intended — the
// skeletons and tables with every relation holding, the tables with their cells lined up under the header.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import type { Analysis } from '../../../server/src/report/model';
import { bodyText, danglingMirrors, expand, type Snippet } from './snippet-text';
import { root } from './manifest';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../../scripts/build-snippets.mjs') as {
  buildSnippets(options?: { samples?: boolean }): { jixiao: Record<string, Snippet>; markdown: Record<string, Snippet> };
  snippetFileText(s: Record<string, Snippet>): string;
  PLACEHOLDER: string;
};

const fileText = (name: string) => readFileSync(join(root, 'snippets', `${name}.json`), 'utf8');
/** What users get: every figure a placeholder. */
const shipped = { jixiao: JSON.parse(fileText('jixiao')), markdown: JSON.parse(fileText('markdown')) } as Record<
  'jixiao' | 'markdown',
  Record<string, Snippet>
>;
/** The same snippets with their sample figures, to check that the skeletons and tables read as intended. */
const files = generator.buildSnippets({ samples: true });
const formatOf = (file: 'jixiao' | 'markdown') => (file === 'markdown' ? 'md' : 'txt');

function byPrefixIn(set: Record<'jixiao' | 'markdown', Record<string, Snippet>>, file: 'jixiao' | 'markdown', prefix: string): Snippet {
  const s = Object.values(set[file]).find((x) => (Array.isArray(x.prefix) ? x.prefix[0] : x.prefix) === prefix);
  assert.ok(s, `${file}: no snippet ${prefix}`);
  return s;
}

const byPrefix = (file: 'jixiao' | 'markdown', prefix: string) => byPrefixIn(files, file, prefix);

function analyzed(file: 'jixiao' | 'markdown', prefix: string): { text: string; analysis: Analysis } {
  const text = expand(bodyText(byPrefix(file, prefix)));
  return { text, analysis: analyze(text, { format: formatOf(file) }) };
}

function findingsOf(text: string, analysis: Analysis): string[] {
  return analysis.findings.map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.span.start, f.span.end))}: ${f.message}`);
}

const OVERALL_HEADER = ['类别', '年初预算', '预算调整', '调整后预算', '决算支出', '年末结余'];
const OVERALL_LABELS = ['基本支出', '人员经费', '日常公用经费', '项目支出', '合计'];
const PROJECT_HEADER = ['序号', '项目类别', '项目名称', '年初预算', '调整', '可执行预算', '支出金额', '执行率', '超支（+）/结余（-）', '备注'];

describe('snippet files', () => {
  it('are exactly what scripts/build-snippets.mjs makes (run `npm run snippets` after editing it)', () => {
    const built = generator.buildSnippets();
    assert.equal(fileText('jixiao'), generator.snippetFileText(built.jixiao));
    assert.equal(fileText('markdown'), generator.snippetFileText(built.markdown));
  });

  for (const file of ['jixiao', 'markdown'] as const) {
    it(`${file}: no sample figure is shipped — every figure's tab stop shows ${generator.PLACEHOLDER} (issue #9)`, () => {
      for (const [name, s] of Object.entries(shipped[file])) {
        const stops = [...bodyText(s).matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]);
        const figures = stops.filter((v) => /^-?[\d.,]+%?$/.test(v) && !/^20\d\d$/.test(v));
        assert.deepEqual(figures, [], `${name}: sample figures left as defaults`);
      }
      const skeleton = expand(bodyText(byPrefixIn(shipped, file, 'jx-skeleton-arabic')));
      assert.ok(skeleton.split(generator.PLACEHOLDER).length > 30, 'the skeleton shows placeholders where its figures go');
    });

    it(`${file}: every snippet has a jx- prefix, a Chinese description and a well-formed body`, () => {
      const entries = Object.entries(shipped[file]);
      assert.ok(entries.length >= 20, `${entries.length} snippets`);
      for (const [name, s] of entries) {
        // Only jx- prefixes: a prefix made of report words (部门决算情况, 项目支出) fired while the user typed prose.
        assert.ok(Array.isArray(s.prefix) && s.prefix.length === 1, `${name}: ${JSON.stringify(s.prefix)}`);
        assert.match(s.prefix[0], /^jx-(skeleton|section|sentence|table|row)-[a-z-]+$/, name);
        assert.match(s.description ?? '', /[\u4e00-\u9fff]/, name);
        const body = bodyText(s);
        assert.deepEqual(danglingMirrors(body), [], `${name}: mirrors without a placeholder`);
        assert.ok(!expand(body).includes('$'), `${name}: a stop left unexpanded`);
      }
    });
  }
});

describe('skeletons', () => {
  for (const file of ['jixiao', 'markdown'] as const) {
    it(`${file}: the seed outline (1、/（1）/1.) with both tables, every relation holding`, () => {
      const { text, analysis } = analyzed(file, 'jx-skeleton-arabic');
      const { report } = analysis;
      assert.equal(report.title?.text.replace(/^#\s*/, ''), '2023年度某某单位部门整体支出绩效自评报告');
      assert.deepEqual(
        report.headings.filter((h) => h.level === 1).map((h) => h.marker.trim()),
        ['1、', '2、', '3、', '4、'],
      );
      assert.deepEqual(
        report.headings.slice(0, 3).map((h) => [h.level, h.style, h.title]),
        [
          [1, 'arabic-dun', '单位基本情况'],
          [2, 'arabic-paren', '部门主要职责'],
          [2, 'arabic-paren', '人员编制情况'],
        ],
      );
      assert.ok(report.headings.some((h) => h.level === 3 && h.style === 'arabic-dot' && h.title === '“三公”经费执行情况'));
      assert.deepEqual(report.tables.map((t) => t.columns.map((c) => c.header)), [OVERALL_HEADER, PROJECT_HEADER]);
      assert.deepEqual(findingsOf(text, analysis), []);
      assert.ok(analysis.checks.length >= 40, `only ${analysis.checks.length} relations checked`);
      assert.ok(analysis.checks.every((c) => c.holds));
    });

    it(`${file}: the 一、/（一）/1. outline, every relation holding`, () => {
      const { text, analysis } = analyzed(file, 'jx-skeleton-chinese');
      const { report } = analysis;
      assert.deepEqual(
        report.headings.filter((h) => h.level === 1).map((h) => [h.style, h.marker.trim()]),
        ['一、', '二、', '三、', '四、', '五、', '六、'].map((m) => ['chinese-dun', m]),
      );
      assert.ok(report.headings.filter((h) => h.level === 2).every((h) => h.style === 'chinese-paren'));
      assert.ok(report.headings.filter((h) => h.level === 3).every((h) => h.style === 'arabic-dot'));
      assert.equal(report.tables.length, 2);
      assert.deepEqual(findingsOf(text, analysis), []);
      assert.ok(analysis.checks.length >= 40 && analysis.checks.every((c) => c.holds));
    });
  }

  it('the skeletons are file templates (offered by “Snippets: Fill File with Snippet”)', () => {
    for (const file of ['jixiao', 'markdown'] as const) {
      assert.equal(byPrefix(file, 'jx-skeleton-arabic').isFileTemplate, true);
      assert.equal(byPrefix(file, 'jx-skeleton-chinese').isFileTemplate, true);
    }
  });

  it('the year is asked once and mirrored everywhere', () => {
    const body = bodyText(byPrefix('jixiao', 'jx-skeleton-arabic'));
    assert.equal(body.match(/\$\{1:2023\}/g)?.length, 1);
    assert.ok((body.match(/\$1(?!\d)/g)?.length ?? 0) >= 8);
  });
});

describe('sections and sentences', () => {
  for (const file of ['jixiao', 'markdown'] as const) {
    it(`${file}: each section reads as a heading and its content, with no finding but its numbering`, () => {
      const sections = Object.values(files[file]).filter((s) => s.prefix[0].startsWith('jx-section-'));
      assert.equal(sections.length, 11);
      for (const s of sections) {
        const text = expand(bodyText(s));
        const analysis = analyze(text, { format: formatOf(file) });
        assert.ok(analysis.report.headings.length >= 1, s.prefix[0]);
        // Alone, a section numbered 3. is "not the first of its level"; inserted in order it is right.
        const findings = analysis.findings.filter((f) => f.ruleId !== 'heading-numbering');
        assert.deepEqual(findingsOf(text, { ...analysis, findings }), [], s.prefix[0]);
      }
    });
  }

  it('each sentence states relations that hold', () => {
    const expected: Record<string, number> = {
      'jx-sentence-staff': 1,
      'jx-sentence-budget': 2,
      'jx-sentence-final': 4,
      'jx-sentence-sangong': 2,
      'jx-sentence-procurement': 1,
      'jx-sentence-assets': 2,
    };
    for (const [prefix, checks] of Object.entries(expected)) {
      const { text, analysis } = analyzed('jixiao', prefix);
      assert.deepEqual(findingsOf(text, analysis), [], prefix);
      assert.ok(analysis.checks.length >= checks && analysis.checks.every((c) => c.holds), prefix);
    }
  });

  it('the 三公 sentence asks for each figure, and a wrong total is then found (the seed’s slip)', () => {
    const body = bodyText(byPrefix('jixiao', 'jx-sentence-sangong'));
    assert.match(body, /^\$\{1:2023\}年“三公”经费预算数\$\{2:3\}万元，其中：因公出国（境）费\$\{3:0\}万元，/);
    const text = expand(body.replace('${2:3}', '2'));
    const findings = analyze(text, { format: 'txt' }).findings;
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '2');
  });
});

/** A Word-pasted table read by hand: rows of TAB cells separated by blank lines. */
function tabRows(text: string): string[][] {
  return text
    .split(/\n\n/)
    .map((block) => block.split('\n').filter((l) => l.startsWith('\t')).map((l) => l.slice(1)))
    .filter((row) => row.length > 0);
}

describe('tables', () => {
  it('TAB form: each cell a line starting with a TAB, a blank line between rows, cells under the header', () => {
    for (const [prefix, header] of [
      ['jx-table-overall', OVERALL_HEADER],
      ['jx-table-projects', PROJECT_HEADER],
    ] as const) {
      const text = expand(bodyText(byPrefix('jixiao', prefix)));
      const rows = tabRows(text);
      assert.deepEqual(rows[0], header, prefix);
      for (const row of rows) assert.equal(row.length, header.length, `${prefix}: ${row.join('|')}`);
      for (const line of text.split('\n')) assert.ok(line === '' || line.startsWith('\t'), `${prefix}: ${line}`);
    }
  });

  it('row form (issue #9): a row a line with TAB-separated cells, read as the same table as the cell-per-line form', () => {
    for (const [rows, cells, header] of [
      ['jx-table-overall-rows', 'jx-table-overall', OVERALL_HEADER],
      ['jx-table-projects-rows', 'jx-table-projects', PROJECT_HEADER],
    ] as const) {
      const text = expand(bodyText(byPrefix('jixiao', rows)));
      const lines = text.split('\n');
      assert.equal(lines.length, (cells === 'jx-table-overall' ? OVERALL_LABELS.length : 3) + 1, `${rows}: one line per row`);
      for (const line of lines) assert.equal(line.split('\t').length, header.length, `${rows}: ${line}`);
      const a = analyze(text, { format: 'txt' });
      const b = analyzed('jixiao', cells).analysis;
      const shape = (x: Analysis) => x.report.tables.map((t) => ({ headers: t.columns.map((c) => c.header), rows: t.rows.map((r) => [r.label, r.kind, r.parent]) }));
      assert.deepEqual(shape(a), shape(b), rows);
      assert.deepEqual(findingsOf(text, a), []);
      assert.equal(a.checks.filter((c) => c.holds).length, b.checks.filter((c) => c.holds).length, `${rows}: the same relations read and holding`);
      assert.ok(a.checks.every((c) => c.holds));
    }
  });

  for (const file of ['jixiao', 'markdown'] as const) {
    it(`${file}: the core reads both tables with their header, rows and totals, every relation holding`, () => {
      const overall = analyzed(file, 'jx-table-overall');
      const [t1] = overall.analysis.report.tables;
      assert.equal(t1.form, file === 'jixiao' ? 'tab' : 'markdown');
      assert.deepEqual(t1.columns.map((c) => c.header), OVERALL_HEADER);
      assert.deepEqual(t1.rows.map((r) => r.label), OVERALL_LABELS);
      assert.ok(t1.rows.every((r) => r.cells.length === OVERALL_HEADER.length));
      assert.equal(t1.rows[4].kind, 'total');
      assert.equal(t1.rows[1].parent, 0, '其中：人员经费 is a child of 基本支出');
      assert.deepEqual(findingsOf(overall.text, overall.analysis), []);
      assert.ok(overall.analysis.checks.length >= 15 && overall.analysis.checks.every((c) => c.holds));

      const projects = analyzed(file, 'jx-table-projects');
      const [t2] = projects.analysis.report.tables;
      assert.deepEqual(t2.columns.map((c) => c.header), PROJECT_HEADER);
      assert.ok(t2.rows.every((r) => r.cells.length === PROJECT_HEADER.length));
      assert.equal(t2.rows.at(-1)?.kind, 'total');
      assert.deepEqual(findingsOf(projects.text, projects.analysis), []);
      assert.ok(projects.analysis.checks.length >= 10 && projects.analysis.checks.every((c) => c.holds));
    });
  }

  it('the markdown tables are pipe tables with an alignment row', () => {
    const lines = expand(bodyText(byPrefix('markdown', 'jx-table-overall'))).split('\n');
    assert.equal(lines[0], `| ${OVERALL_HEADER.join(' | ')} |`);
    assert.match(lines[1], /^\| --- \|( ---: \|){5}$/);
  });

  it('a project row inserted before 合计 becomes a fourth row of ten cells', () => {
    const table = expand(bodyText(byPrefix('jixiao', 'jx-table-projects')));
    const row = expand(bodyText(byPrefix('jixiao', 'jx-row-project')));
    const at = table.lastIndexOf('\t\n\t合计');
    assert.ok(at > 0);
    const text = `${table.slice(0, at)}${row}\n${table.slice(at)}`;
    const [t] = analyze(text, { format: 'txt' }).report.tables;
    assert.equal(t.rows.length, 4);
    assert.ok(t.rows.every((r) => r.cells.length === 10), t.rows.map((r) => r.cells.length).join(','));
    assert.deepEqual(t.rows[2].cells.slice(0, 3).map((c) => c.text), ['3', '项目类别', '项目名称']);
  });
});
