// placeholder: one hint lists the figures a template leaves to fill in (issue #9), and it goes when they are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/analyze';
import { bodyText, expand } from '../manifest/snippet-text';
import { doc, findings } from './helpers';

describe('placeholder', () => {
  it('one hint at the first placeholder, naming each line that still has one', () => {
    const text = doc('2024年度政府采购支出××万元，其中：货物××万元，工程XX万元。', '资产使用率（填写）%。');
    const all = findings(text);
    assert.equal(all.length, 1);
    const [f] = all;
    assert.equal(f.rule, 'placeholder');
    assert.equal(f.severity, 'hint');
    assert.equal(f.figure, '××');
    assert.equal(f.line, 3);
    assert.equal(f.message, '还有 4 处占位符待填写：第 3 行、第 4 行');
    assert.equal(analyze(text).findings[0].related.length, 4);
  });

  it('nothing once every placeholder is filled in, and nothing for ordinary text', () => {
    assert.deepEqual(findings(doc('2024年度政府采购支出260.19万元，其中：货物43.05万元，工程169.65万元，服务47.49万元。')), []);
    assert.deepEqual(findings(doc('采用Excel表格汇总，X光机1台。')), []);
  });

  it('the shipped report skeleton gives the hint and nothing else', () => {
    const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'jixiao.json'), 'utf8'));
    const skeleton = Object.values<{ prefix: string[] }>(snippets).find((s) => s.prefix[0] === 'jx-skeleton-arabic')!;
    const text = expand(bodyText(skeleton as never));
    const found = analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.severity} ${f.ruleId}`), ['hint placeholder']);
    assert.match(found[0].message, /^还有 \d+ 处占位符待填写：第 \d+ 行/);
  });
});
