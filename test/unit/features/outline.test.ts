// Document symbols and folding ranges on small reports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldingRanges } from '../../../server/src/features/folding';
import { documentSymbols, type OutlineSymbol } from '../../../server/src/features/symbols';
import { budgetReport, report, tableReport } from './report-text';

function tree(symbols: OutlineSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${s.detail}]`, ...tree(s.children, depth + 1)]);
}

describe('document symbols', () => {
  it('the title, then headings nested by level with Chinese level names', () => {
    assert.deepEqual(tree(documentSymbols(report(budgetReport).report)), [
      '2023年度部门整体支出绩效自评报告 [标题]',
      '1、 单位基本情况 [一级标题]',
      '  （1） 部门主要职责 [二级标题]',
      '2、 预算支出及绩效情况 [一级标题]',
      '  （1） 部门预决算情况 [二级标题]',
      '    1. 部门预算情况 [三级标题]',
      '    2. 部门决算情况（含年中预算追加情况） [三级标题]',
      '    3. “三公”经费执行情况 [三级标题]',
      '    4. 资产管理情况 [三级标题]',
    ]);
  });

  it('a table under its section, named by its caption, with its size and unit', () => {
    const symbols = documentSymbols(report(tableReport).report);
    assert.deepEqual(tree(symbols), [
      '2023年度部门整体支出绩效自评报告 [标题]',
      '1、 整体绩效目标支出情况 [一级标题]',
      '  表1：整体绩效目标支出情况 [5 行 × 6 列，单位：万元]',
      '2、 存在的问题及改进措施 [一级标题]',
    ]);
    const section = symbols[1];
    const table = section.children[0];
    assert.ok(section.span.start <= table.span.start && table.span.end <= section.span.end);
    assert.ok(table.span.start <= table.selectionSpan.start && table.selectionSpan.end <= table.span.end);
  });

  it('a Markdown report: # headings', () => {
    const md = report(['# 2023年度部门整体支出绩效自评报告', '', '## 一、 部门基本情况', '', '正文。', '', '### （一） 部门职能', '', '正文。'], 'md');
    const names = tree(documentSymbols(md.report));
    assert.ok(names.some((n) => n.includes('部门基本情况 [一级标题]')), names.join('\n'));
    assert.ok(names.some((n) => n.startsWith('  ') && n.includes('部门职能 [二级标题]')), names.join('\n'));
  });
});

describe('folding ranges', () => {
  it('each section from its heading to its last non-blank line; sections nest', () => {
    const folds = foldingRanges(report(budgetReport).report);
    assert.deepEqual(
      folds.filter((f) => f.kind === 'section'),
      [
        { startLine: 2, endLine: 6, kind: 'section' },
        { startLine: 4, endLine: 6, kind: 'section' },
        { startLine: 8, endLine: 26, kind: 'section' },
        { startLine: 10, endLine: 26, kind: 'section' },
        { startLine: 12, endLine: 14, kind: 'section' },
        { startLine: 16, endLine: 18, kind: 'section' },
        { startLine: 20, endLine: 22, kind: 'section' },
        { startLine: 24, endLine: 26, kind: 'section' },
      ],
    );
  });

  it('a table folds from its header row to its last cell', () => {
    const folds = foldingRanges(report(tableReport).report);
    assert.ok(folds.some((f) => f.kind === 'table' && f.startLine === 4 && f.endLine === 44), JSON.stringify(folds));
  });

  it('the two halves of a 收入 | 支出 table fold once, as the table they stand in', () => {
    const lines = [
      '2023年度部门整体支出绩效自评报告',
      '单位：万元',
      '| 收入项目 | 决算数 | 支出项目 | 决算数 |',
      '| --- | --- | --- | --- |',
      '| 财政拨款收入 | 100.00 | 一般公共服务支出 | 60.00 |',
      '| 其他收入 | 20.00 | 农林水支出 | 60.00 |',
      '| 收入合计 | 120.00 | 支出合计 | 120.00 |',
    ];
    const { report: parsed } = report(lines, 'md');
    assert.deepEqual(parsed.tables.map((t) => t.columns.map((c) => c.header).join('|')), ['收入项目|决算数', '支出项目|决算数']);
    assert.deepEqual(foldingRanges(parsed), [{ startLine: 2, endLine: 6, kind: 'table' }]);
  });

  it('a one-line section does not fold', () => {
    const folds = foldingRanges(report(['2023年度部门整体支出绩效自评报告', '1、 单位基本情况', '2、 其他需要说明的情况']).report);
    assert.deepEqual(folds, []);
  });
});
