// Numbered list paragraphs vs headings: the seed's lines 83–90, where `（1)`…`（4）` are items of a list under
// `2.`, one level deeper than the `（1）` headings, numbered alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, doc, figures, parse } from './helpers';
import { summary } from '../rules/helpers';

const seedLines = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seed-hengshan.txt'), 'utf8')
  .split(/\r?\n/)
  .slice(82, 90); // lines 83–90

describe('list paragraphs', () => {
  it('the seed’s lines 83–90: `2.` and `3.` are headings; （1)…（4） are list paragraphs', () => {
    const text = doc(...seedLines);
    const report = parse(text);
    assert.deepEqual(
      report.headings.map((h) => `${h.line + 1} ${h.marker} ${h.title}`),
      ['3 2. 整体绩效目标完成情况', '10 3. 项目绩效目标支出完成情况（仅对50万元以上的项目资金进行分项说明）'],
    );
    assert.deepEqual(
      report.paragraphs.map((p) => [p.listMarker?.marker, p.listMarker?.number, at(text, p.listMarker!.span)]),
      [
        ['（1)', 1, '（1)'],
        ['(2)', 2, '(2)'],
        ['（3）', 3, '（3）'],
        ['（4）', 4, '（4）'],
      ],
    );
  });

  it('each list item is its own paragraph, on its own line', () => {
    const text = doc(...seedLines);
    const report = parse(text);
    assert.deepEqual(
      report.paragraphs.map((p) => report.lineStarts.findIndex((s) => s === p.span.start) + 1),
      [5, 6, 7, 8],
    );
  });

  it('the list number is not a figure; the figures after it are', () => {
    const text = doc('     (2) 2023年共招引24个项目,总引资额79.08亿元。');
    const found = figures(parse(text));
    assert.deepEqual(
      found.map((f) => `${f.atSpan}${f.unit}${f.incidental ? ' incidental' : ''}`),
      ['2023年 incidental', '24个', '79.08亿元'],
    );
  });

  it('a numbered line whose text is a short title is a heading, not a list item', () => {
    const report = parse(doc('2. 整体绩效目标完成情况', '', '（1）主要产出'));
    assert.equal(report.headings.length, 2);
    assert.equal(report.paragraphs.length, 0);
  });
});

describe('line breaks in a 社保基金 statement (a helper’s probe)', () => {
  it('`…其中：` / `待遇支出…，其他支出…，当年结余…。`: the list ends on 其他, the 结余 is no part', () => {
    const text = (other: string) => `基金支出4035.35万元，其中：\n待遇支出1469.82万元，其他支出${other}万元，当年结余946.63万元。`;
    assert.deepEqual(summary(text('2565.53')), []);
    assert.deepEqual(summary(text('2665.53')), ['1 error sum-of-parts 4035.35']);
  });
  it('`参保368054人，较上年增加` opening an excerpt is a sentence going on, not a title: 12389 is the change', () => {
    const text = (minors: string) => `参保368054人，较上年增加\n12389人。其中：成年居民329057人，未成年人${minors}人。`;
    assert.equal(parse(text('38997')).title, undefined);
    assert.deepEqual(summary(text('38997')), []);
    assert.deepEqual(summary(text('39997')), ['1 error sum-of-parts 368054']);
  });
});

describe('a list on the line after `其中：` (a helper’s PDF-wrap probes)', () => {
  it('ends at a ； where its parts make the whole: the 公务接待费 after it is a sibling', () => {
    const text = (run: string) => `公务用车购置及运行维护费34.77万元，其中：\n公务用车购置费0万元，公务用车运行维护费${run}万元；公务接待费7.19万元。`;
    assert.deepEqual(summary(text('34.77')), []);
    assert.deepEqual(summary(text('36.77')), ['1 error sum-of-parts 34.77']);
    assert.deepEqual(summary('2024年末实有在职人员10人，其中：\n行政人员1人，事业人员9人；离退休人员33人。'), []);
  });
  it('a paragraph opening on a year after a one-part list is a statement of its own', () => {
    assert.deepEqual(summary('授予中小企业合同金额300.41万元，其中：\n授予小微企业合同金额191.02万元。\n2019年度本部门机关运行经费支出178.73万元。'), []);
  });
});
