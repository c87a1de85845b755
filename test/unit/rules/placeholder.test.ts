// placeholder: one hint lists the figures a template leaves to fill in (issue #9), and it goes when they are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/analyze';
import { bodyText, expand } from '../manifest/snippet-text';
import { doc, findings, summary } from './helpers';

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

describe('blank template slots (issue #10)', () => {
  it('a unit with no figure after 占…/减少/增长 is a hint, never read as a number', () => {
    const text = doc('2023年“三公”经费支出10.00万元，比上年减少 万元，下降%。');
    assert.deepEqual(findings(text).map((f) => `${f.severity} ${f.rule} ${f.figure}`), ['hint placeholder 万元']);
    assert.equal(findings(text)[0].message, '还有 2 处占位符待填写：第 3 行');
  });

  it('a blank share leaves its sentence’s growth rate readable (梧州 2022: 占基本支出预算%)', () => {
    // 52044.27 ÷ (75800 − 52044.27) = 219.08%, printed 50.63%: the rate and its operands are all filled in.
    const text = doc('商品和服务支出预算 75800 元,占基本支出预算%,同比增加 52044.27 元,增长 50.63%,增长原因是编外人员经费支出列入基本支出。');
    assert.deepEqual(findings(text).map((f) => `${f.severity} ${f.rule} ${f.figure}`), ['hint placeholder %', 'error growth 50.63']);
  });

  it('a blank slot keeps quiet the relations it belongs to, and a typed placeholder all of its sentence’s', () => {
    // 30 ÷ 100 = 30% against 20%: a share, in a sentence whose other share is blank, is not reported…
    const shares = doc('总支出100万元,其中基本支出30万元,占总支出的20%,项目支出70万元,占总支出的%。');
    assert.deepEqual(findings(shares).map((f) => `${f.severity} ${f.rule}`), ['hint placeholder']);
    // …nor a growth rate next to a typed placeholder: ×× may be any of the sentence's figures.
    const typed = doc('商品和服务支出预算 75800 元,占基本支出预算××%,同比增加 52044.27 元,增长 50.63%。');
    assert.deepEqual(findings(typed).map((f) => `${f.severity} ${f.rule}`), ['hint placeholder']);
    // Filled in, the share is read again.
    assert.deepEqual(summary(shares.replace('占总支出的%', '占总支出的70%')), ['3 error share 20']);
  });

  it('units in a header or after 单位 are no slot', () => {
    assert.deepEqual(findings(doc('单位：万元', '合计（万元）')), []);
  });
});

describe('a unit named after 单位为 is no blank slot (a helper’s 乡镇 部门决算)', () => {
  it('`部分表格金额单位为万元` draws no placeholder hint', () => {
    const text = doc('本部门决算公开表中，金额为0的栏次以空白表示；部分表格金额单位为万元，因四舍五入，合计数与分项之和可能存在尾差。');
    assert.deepEqual(findings(text).filter((f) => f.rule === 'placeholder'), []);
  });
});
