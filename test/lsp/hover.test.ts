// Hover over the protocol, on the seed: a total lists its parts and their sum; a rate shows its division.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { positionOf, seedPath, type Session, start } from './session';

const seed = readFileSync(seedPath, 'utf8');
const uri = pathToFileURL(seedPath).href;

describe('hover on the seed', () => {
  let s: Session;
  before(async () => {
    s = await start();
    await s.open(uri, seed);
  });
  after(async () => {
    await s.shutdown();
  });

  async function hoverAt(position: { line: number; character: number }): Promise<{ value: string; hover: Hover }> {
    const hover = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    assert.ok(hover, `a hover at ${JSON.stringify(position)}`);
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    return { value: contents.value, hover };
  }

  it('on 总支出 47281.07 (line 24) lists its parts 344.12 + 46936.95 and their sum, which holds', async () => {
    const at = positionOf(seed, '总支出47281.07', 3 + 2);
    assert.equal(at.line, 23);
    const { value, hover } = await hoverAt(at);
    assert.match(value, /\*\*总支出\*\* 47281\.07 万元/);
    assert.match(value, /\| 基本支出 \| 344\.12 \| 万元 \|/);
    assert.match(value, /\| 项目支出 \| 46936\.95 \| 万元 \|/);
    assert.ok(value.includes('344.12 + 46936.95 = 47281.07 万元 ✓'), value);
    assert.ok(value.includes('472,810,700') && value.includes('4.728107'), 'also in 元 and 亿元');
    // The hover covers the figure and its unit.
    const start = positionOf(seed, '总支出47281.07', 3);
    assert.deepEqual(hover.range, { start, end: { line: start.line, character: start.character + '47281.07万元'.length } });
  });

  it('on 79.4% shows 362 ÷ 487.4 = 74.27% and by how much the text is off', async () => {
    const { value } = await hoverAt(positionOf(seed, '79.4%', 1));
    assert.ok(value.includes('362 ÷ 487.4 = 74.27%'), value);
    assert.ok(value.includes('文中为 79.4%，相差 5.13 个百分点'), value);
    assert.match(value, /\| 在用资产 \| 362 \| 万元 \|/);
  });

  it('on a part shows its share of the total', async () => {
    const { value } = await hoverAt(positionOf(seed, '基本支出344.12', 5));
    assert.ok(value.includes('占总支出（47281.07 万元）的 0.73%'), value);
  });

  it('on a table cell shows its row formula and its column’s sum', async () => {
    const { value } = await hoverAt(positionOf(seed, '\t1311.18', 2));
    assert.ok(value.includes('0 + 13131.18 = 13131.18 万元 ✗'), value);
    assert.ok(value.includes('本列（可执行预算）合计：35382.91 万元'), value);
    assert.ok(value.includes('合计行：46936.95，与各项之和相差 11554.04'), value);
  });

  it('on a column header shows the column total', async () => {
    const { value } = await hoverAt(positionOf(seed, '\t年初预算', 2));
    assert.ok(value.includes('本列（年初预算）合计：428.37 万元'), value);
    assert.ok(value.includes('合计行：428.37 ✓'), value);
  });

  it('on a heading shows the section’s figure and finding counts', async () => {
    const { value } = await hoverAt(positionOf(seed, '5. 资产管理情况', 3));
    assert.match(value, /\*\*5\. 资产管理情况\*\*/);
    assert.match(value, /\| 数字 \| 6 \|/);
    assert.match(value, /\| 问题 \| 1 \|/);
    assert.ok(value.includes('错误 1'), value);
  });

  it('on plain prose there is no hover', async () => {
    const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(seed, '衡山高新技术产业开发区管理委员会', 3) });
    assert.equal(hover, null);
  });
});
