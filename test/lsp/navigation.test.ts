// Outline, folding, completion and inlay hints over the protocol, on the seed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, DocumentSymbol, FoldingRange, InlayHint } from 'vscode-languageserver-protocol';
import { positionOf, seedPath, type Session, start } from './session';

const seed = readFileSync(seedPath, 'utf8');
const uri = pathToFileURL(seedPath).href;

function names(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...names(s.children ?? [], depth + 1)]);
}

describe('outline, folding, completion and inlay hints on the seed', () => {
  let s: Session;
  before(async () => {
    s = await start();
    await s.open(uri, seed);
  });
  after(async () => {
    await s.shutdown();
  });

  it('document symbols: headings nested by level, tables under their section', async () => {
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(names(symbols), [
      '2023年度部门整体支出绩效自评报告',
      '1、 单位基本情况',
      '  （1） 部门主要职责',
      '  （2） 人员编制情况',
      '2、 预算支出及绩效情况',
      '  （1） 部门预决算情况',
      '    1. 部门预算情况',
      '    2. 部门决算情况（含年中预算追加情况）',
      '    3. “三公”经费执行情况',
      '    4. 政府采购执行情况',
      '    5. 资产管理情况',
      '  （2） 资金使用及绩效情况',
      '    1. 整体绩效目标支出情况',
      '      表1：整体绩效目标支出情况',
      '    2. 整体绩效目标完成情况',
      '    3. 项目绩效目标支出完成情况（仅对50万元以上的项目资金进行分项说明）',
      '      表2：项目绩效目标支出完成情况（仅对50万元以上的项目资金进行分项说明）',
      '3、 存在的问题及改进措施',
      '4、 其他需要说明的情况',
    ]);
    const first = symbols[1];
    assert.equal(first.detail, '一级标题');
    assert.deepEqual(first.selectionRange.start, { line: 2, character: 0 });
    const table1 = symbols[2].children![1].children![0].children![0];
    assert.equal(table1.detail, '5 行 × 6 列，单位：万元');
    // Each range contains its children's (breadcrumbs depend on it).
    const check = (list: DocumentSymbol[]) => {
      for (const sym of list) {
        for (const child of sym.children ?? []) {
          assert.ok(child.range.start.line >= sym.range.start.line && child.range.end.line <= sym.range.end.line, child.name);
        }
        check(sym.children ?? []);
      }
    };
    check(symbols);
  });

  it('folding ranges: sections from heading to last line, and the two tables', async () => {
    const folds = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const has = (startLine: number, endLine: number) => folds.some((f) => f.startLine === startLine && f.endLine === endLine);
    assert.ok(has(2, 12), '1、 单位基本情况: lines 3–13');
    assert.ok(has(32, 34), '5. 资产管理情况: lines 33–35');
    assert.ok(has(39, 79), 'table 1: lines 40–80');
    assert.ok(has(90, 250), 'table 2: lines 91–251');
    assert.ok(has(14, 250), '2、 预算支出及绩效情况');
  });

  it('completion at the start of a line offers the next heading number and standard section names', async () => {
    // A new line after 2. 部门决算情况's paragraph (line 25): next is 3. “三公”经费执行情况 — which exists; so
    // the numbers for each level are offered.
    const doc = 'file:///tmp/jixiao-complete/报告.txt';
    const text = seed.replace(/\n3\. “三公”经费执行情况\n/, '\n\n');
    await s.open(doc, text);
    const at = positionOf(text, '占总支出的99.27%。');
    const line = at.line + 1;
    const items = await s.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: doc },
      position: { line, character: 0 },
    });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('3.'), labels.join(' | '));
    assert.ok(labels.includes('3. “三公”经费执行情况'), labels.join(' | '));
    assert.ok(labels.includes('（2）'));
    assert.ok(labels.includes('3、'));
    const preferred = items.find((i) => i.preselect);
    assert.equal(preferred?.label, '3. “三公”经费执行情况');
    assert.deepEqual(preferred?.textEdit, {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      newText: '3. “三公”经费执行情况',
    });
    await s.close(doc);
  });

  it('completion in a table’s first cell offers the standard row labels not yet there', async () => {
    const doc = 'file:///tmp/jixiao-complete/表.txt';
    // Table 1 without its 项目支出 row: that label is offered where a new row starts.
    const text = seed.replace(/\t项目支出\n\t15\.5\n\t\n\t46936\.95\n\t46936\.95\n\t0\n\n/, '\t\n\n');
    await s.open(doc, text);
    const at = positionOf(text, '\t\n\n\t合    计');
    const items = await s.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: doc },
      position: { line: at.line, character: 1 },
    });
    assert.deepEqual(items.map((i) => i.label), ['项目支出']);
    await s.close(doc);
  });

  it('inlay hints show the computed value beside each failing figure, glued to it', async () => {
    const hints = await s.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 262, character: 0 } },
    });
    const rate = positionOf(seed, '79.4%', 5);
    const hint = hints.find((h) => h.position.line === rate.line && h.position.character === rate.character);
    assert.ok(hint, JSON.stringify(hints.slice(0, 3)));
    assert.equal(hint.label, '‹74.27%›');
    // Before a unit in Chinese characters, so that word wrap never parts the hint from its figure.
    const sanGong = positionOf(seed, '预算数2万元', 4);
    assert.ok(hints.some((h) => h.label === '‹3›' && h.position.line === sanGong.line && h.position.character === sanGong.character));
    assert.ok(hints.some((h) => h.label === '‹411.38›'), 'table 1 基本支出 年初预算');
    // Only the requested range: line 35 alone gets the one hint.
    const only35 = await s.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 34, character: 0 }, end: { line: 35, character: 0 } },
    });
    assert.deepEqual(only35.map((h) => h.label), ['‹74.27%›']);
  });

  it('inlay hints can be switched off (jixiao.inlayHints.enabled)', async () => {
    s.settings = { inlayHints: { enabled: false } };
    await s.notify('workspace/didChangeConfiguration', { settings: null });
    const hints = await s.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 262, character: 0 } },
    });
    assert.deepEqual(hints, []);
    s.settings = undefined;
    await s.notify('workspace/didChangeConfiguration', { settings: null });
  });
});
