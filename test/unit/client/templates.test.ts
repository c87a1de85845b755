// The insert-template quick pick: grouped as 报告框架 / 章节 / 句式 / 表格, the configured outline first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { preferOutline, templateItems, type SnippetEntry } from '../../../client/src/templates';

const root = join(__dirname, '..', '..', '..');
const snippets = (file: string) =>
  JSON.parse(readFileSync(join(root, 'snippets', file), 'utf8')) as Record<string, SnippetEntry>;

describe('templateItems', () => {
  it('offers every snippet, skeletons first, then sections, sentences, tables', () => {
    const items = templateItems(snippets('jixiao.json'), 'arabic');
    assert.equal(items.length, Object.keys(snippets('jixiao.json')).length);
    const groups = items.map((i) => i.group);
    assert.deepEqual([...new Set(groups)], ['skeleton', 'section', 'sentence', 'table']);
    assert.deepEqual(groups, [...groups].sort((a, b) => ['skeleton', 'section', 'sentence', 'table'].indexOf(a) - ['skeleton', 'section', 'sentence', 'table'].indexOf(b)));
    assert.equal(items[0].prefix, 'jx-skeleton-arabic');
    assert.equal(items[0].name, '报告框架（1、/（1）/1. 式）');
    assert.match(items[0].body, /^\$\{1:2023\}年度/);
  });

  it('with the 一、 outline configured, its skeleton comes first and section markers offer 一、 style first', () => {
    const items = templateItems(snippets('jixiao.json'), 'chinese');
    assert.equal(items[0].prefix, 'jx-skeleton-chinese');
    const sangong = items.find((i) => i.prefix === 'jx-section-sangong');
    assert.match(sangong?.body ?? '', /^\$\{1\|（三）,3\.\|\} “三公”经费执行情况/);
  });

  it('Markdown reports get the pipe tables', () => {
    const table = templateItems(snippets('markdown.json'), 'arabic').find((i) => i.prefix === 'jx-table-overall');
    assert.match(table?.body ?? '', /^\| 类别 \| 年初预算 \|/);
  });

  it('snippets without a jx- prefix are left out', () => {
    const items = templateItems({ other: { prefix: 'foo', body: 'x' }, t: { prefix: ['jx-table-a'], body: ['a', 'b'] } }, 'arabic');
    assert.deepEqual(items.map((i) => [i.prefix, i.body]), [['jx-table-a', 'a\nb']]);
  });
});

describe('preferOutline', () => {
  it('swaps two-way marker choices for the 一、 outline only', () => {
    assert.equal(preferOutline('${1|1、,一、|} 单位基本情况 ${2|a,b,c|}', 'chinese'), '${1|一、,1、|} 单位基本情况 ${2|a,b,c|}');
    assert.equal(preferOutline('${1|1、,一、|}', 'arabic'), '${1|1、,一、|}');
  });
});
