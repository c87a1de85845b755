// The TextMate grammar colours a report as a reader scans it: headings by numbering style, figures with their
// units, percentages, TAB table cells and the 合计 row. Asserted on the seed report's own lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { root } from './manifest';
import { scopesOf, tokenizeLines, type Token } from './tokenize';

/** The seed report, exactly as the user gave it. */
const seedPath = join(root, 'test', 'fixtures', 'seed-hengshan.txt');
const seedLines = readFileSync(seedPath, 'utf8').split(/\r?\n/);

let seed: Token[][];
/** Tokens of the seed's 1-based line `n`. */
const line = (n: number) => seed[n - 1];

before(async () => {
  seed = await tokenizeLines(seedLines);
});

describe('grammar: headings', () => {
  it('the title line is a title heading', () => {
    assert.ok(scopesOf(line(1), '部门整体支出绩效自评报告').includes('markup.heading.title.jixiao'));
    assert.ok(scopesOf(line(1), '2023年度').includes('constant.other.date.jixiao'));
  });

  it('each numbering style has its own heading scope, marker and title', () => {
    const cases: Array<[number, string, string, string]> = [
      [3, '1、', '单位基本情况', 'arabic-dun'],
      [5, '（1）', '部门主要职责', 'arabic-paren'],
      [18, '1.', '部门预算情况', 'arabic-dot'],
    ];
    for (const [n, marker, title, style] of cases) {
      assert.ok(scopesOf(line(n), marker).includes(`punctuation.definition.heading.${style}.jixiao`), `${n}`);
      const titleScopes = scopesOf(line(n), title);
      assert.ok(titleScopes.includes(`markup.heading.${style}.jixiao`), `${n}: ${titleScopes}`);
      assert.ok(titleScopes.includes('entity.name.section.jixiao'), `${n}`);
    }
  });

  it('the 一、 and （一） styles of the other outline too', async () => {
    const [dun, paren, circled] = await tokenizeLines(['一、部门基本情况', '（二）机构设置及人员情况', '①产出指标']);
    assert.ok(scopesOf(dun, '一、').includes('punctuation.definition.heading.chinese-dun.jixiao'));
    assert.ok(scopesOf(paren, '（二）').includes('punctuation.definition.heading.chinese-paren.jixiao'));
    assert.ok(scopesOf(circled, '①').includes('punctuation.definition.heading.circled.jixiao'));
  });

  it('a heading keeps its trailing 单位：万元 as a unit note', () => {
    assert.ok(scopesOf(line(38), '整体绩效目标支出情况').includes('markup.heading.arabic-dot.jixiao'));
    assert.ok(scopesOf(line(38), '万元').includes('meta.unit.jixiao'));
  });

  it('a numbered line of prose (line 85: `（1) 2023年实现…；…。`) is a list item, not a heading', () => {
    const marker = scopesOf(line(85), '（1)');
    assert.ok(marker.some((s) => s.startsWith('markup.list.numbered.arabic-paren')), `${marker}`);
    assert.ok(!line(85).some((t) => t.scopes.some((s) => s.startsWith('markup.heading'))));
  });
});

describe('grammar: figures', () => {
  it('amounts with their units (line 35)', () => {
    assert.ok(scopesOf(line(35), '122846.91').includes('constant.numeric.amount.jixiao'));
    assert.ok(scopesOf(line(35), '万元').includes('keyword.other.unit.money.jixiao'));
    assert.ok(scopesOf(line(85), '亿元').includes('keyword.other.unit.money.jixiao'));
  });

  it('percentages (line 35: 79.4%)', () => {
    assert.ok(scopesOf(line(35), '79.4').includes('constant.numeric.percentage.jixiao'));
    assert.ok(scopesOf(line(35), '%').includes('keyword.other.unit.percent.jixiao'));
  });

  it('counts, multiples, dates (lines 13 and 259)', () => {
    assert.ok(scopesOf(line(13), '35').includes('constant.numeric.count.jixiao'));
    assert.ok(scopesOf(line(13), '2023年12月31日').includes('constant.other.date.jixiao'));
    assert.ok(scopesOf(line(259), '109.37').includes('constant.numeric.multiple.jixiao'));
  });

  it('其中 is a keyword (line 28)', () => {
    assert.ok(scopesOf(line(28), '其中：').includes('keyword.other.parts.jixiao'));
  });

  it('full-width and thousands-separated figures', async () => {
    const [tokens] = await tokenizeLines(['总支出４７２８１．０７万元，即47,281.07万元，下降 15.87 %']);
    assert.ok(scopesOf(tokens, '４７２８１．０７').includes('constant.numeric.amount.jixiao'));
    assert.ok(scopesOf(tokens, '47,281.07').includes('constant.numeric.amount.jixiao'));
    assert.ok(scopesOf(tokens, '15.87').includes('constant.numeric.percentage.jixiao'));
  });
});

describe('grammar: tables', () => {
  it('every line starting with a TAB is a table cell', () => {
    seedLines.forEach((text, i) => {
      if (!text.startsWith('\t')) return;
      assert.ok(
        seed[i].every((t) => t.scopes.includes('meta.table.cell.jixiao') || t.scopes.includes('meta.table.row.total.jixiao')),
        `line ${i + 1}`,
      );
    });
    assert.ok(scopesOf(line(48), '412.87').includes('constant.numeric.jixiao'));
    assert.ok(scopesOf(line(48), '\t').includes('punctuation.separator.table.cell.jixiao'));
  });

  it('a `/` cell is an empty value', () => {
    assert.ok(scopesOf(line(105), '/').includes('constant.language.empty.jixiao'));
  });

  it('the 合计 row is a total row from its label to the blank line that ends it', () => {
    assert.ok(scopesOf(line(75), '合    计').includes('keyword.other.total.jixiao'));
    for (const n of [76, 77, 78, 79, 80]) {
      assert.ok(line(n).every((t) => t.scopes.includes('meta.table.row.total.jixiao')), `line ${n}`);
    }
    assert.ok(scopesOf(line(249), '46936.95').includes('meta.table.row.total.jixiao'));
    // The row ends at the blank line: the next table row is an ordinary one again.
    assert.ok(!line(83).some((t) => t.scopes.includes('meta.table.row.total.jixiao')));
    assert.ok(!line(48).some((t) => t.scopes.includes('meta.table.row.total.jixiao')));
  });
});

describe('grammar: suppression markers', () => {
  it('<!-- jixiao-ignore RULE --> is a comment', async () => {
    const [tokens] = await tokenizeLines(['资产使用率79.4%。<!-- jixiao-ignore rate -->']);
    assert.ok(scopesOf(tokens, '<!-- jixiao-ignore rate -->').includes('comment.block.suppression.jixiao'));
  });
});
