// Text extracted from PDF wraps sentences across lines: a line not ending in 。；！？： continues on the next.
// The paragraph is read as one, and every figure keeps its own document offset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, figures, parse } from './helpers';
import { checks, findings } from '../rules/helpers';

const wrapped = doc(
  '2023年决算总支出47281.07万元，其中：基本支出344.12万',
  '    元，占总支出的0.73%；项目支出46936.95万元，占总支',
  '出的99.27%。',
  '下一段另起一行。',
);

describe('PDF-wrapped paragraphs', () => {
  it('three wrapped lines make one paragraph (the next sentence after 。 starts another)', () => {
    const report = parse(wrapped);
    assert.equal(report.paragraphs.length, 2);
    assert.equal(
      report.paragraphs[0].text,
      '2023年决算总支出47281.07万元，其中：基本支出344.12万元，占总支出的0.73%；项目支出46936.95万元，占总支出的99.27%。',
    );
    assert.equal(report.paragraphs[1].text, '下一段另起一行。');
  });

  it('each figure’s span is where it stands in the document, on its own line', () => {
    const report = parse(wrapped);
    const lineOf = (offset: number) => wrapped.slice(0, offset).split('\n').length;
    const found = report.paragraphs[0].quantities.filter((q) => !q.incidental);
    assert.deepEqual(
      found.map((q) => `${lineOf(q.span.start)}:${at(wrapped, q.span)}`),
      ['3:47281.07', '3:344.12', '4:0.73', '4:46936.95', '5:99.27'],
    );
  });

  it('a unit split from its number by the wrap (`344.12万` / `元`) is still 万元', () => {
    const q = parse(wrapped).paragraphs[0].quantities.find((x) => x.raw === '344.12')!;
    assert.equal(q.unit, '万元');
    assert.equal(at(wrapped, q.fullSpan), '344.12万\n    元');
  });

  it('a label wrapped across lines (`占总支` / `出的`) is joined: the share is checked', () => {
    const labels = figures(parse(wrapped)).map((f) => f.label);
    assert.ok(labels.includes('占总支出的'), JSON.stringify(labels));
    assert.ok(checks(wrapped).some((c) => c.rule === 'share' && c.figure === '99.27' && c.holds));
  });

  it('a finding inside a wrapped paragraph lands on the right line and figure', () => {
    const wrong = wrapped.replace('出的99.27%', '出的99.37%');
    assert.deepEqual(
      findings(wrong).map((f) => `${f.line} ${f.rule} ${f.figure}`),
      ['5 share 99.37'],
    );
  });

  it('a line ending a sentence (。) does not run on into the next', () => {
    const text = doc('基本支出344.12万元。', '项目支出46936.95万元。');
    assert.equal(parse(text).paragraphs.length, 2);
  });
});

describe('page numbers in PDF text', () => {
  it('a page number line inside a sentence is dropped and the sentence goes on (—23—, - 4 -, 第3页, 3/25)', () => {
    for (const page of ['—23—', '- 4 -', '第 3 页', '第3页 共25页', '3/25']) {
      const text = doc('总支出100万元，其中：基本支出', page, '60万元，项目支出45万元。');
      const report = parse(text);
      const prose = report.paragraphs.filter((p) => p.text.includes('总支出'));
      assert.equal(prose.length, 1, page);
      assert.ok(!prose[0].quantities.some((q) => q.raw === '23' || q.raw === '4' || q.raw === '3'), page);
      // 60 + 45 = 105 > 100: read across the page break.
      assert.deepEqual(findings(text).map((f) => `${f.rule} ${f.figure}`), ['sum-of-parts 100'], page);
    }
  });
});

describe('a line cut before its unit or its comma (rb-yongxing-czj-2020 wrapped at 38 characters)', () => {
  const cut = doc(
    '4、育肥猪保险:全县2020年计划和实际投保33.05万头,总保费1586.63',
    '万元,中央财政补贴50%为793.32万元,省级财政补贴15%为237.99',
    '万元,县级财政补贴15%为237.99万元。',
  );
  it('a numbered line whose next line opens with `万元,` is a paragraph’s first line, not a heading', () => {
    const report = parse(cut);
    assert.equal(report.headings.length, 0);
    assert.equal(report.paragraphs.length, 1);
    const q = report.paragraphs[0].quantities.find((x) => x.raw === '1586.63')!;
    assert.equal(q.unit, '万元');
    assert.equal(q.label, '总保费');
  });
  it('nor is an unnumbered first line a title when the next opens with `,`', () => {
    const report = parse(['全年纳入政府投资审计项目20个,送审投资金额5.74亿元', ',为历年来最高。'].join('\n'));
    assert.equal(report.title, undefined);
    assert.equal(report.paragraphs.length, 1);
  });
  it('a heading followed by a line of its own is still a heading', () => {
    const report = parse(doc('4、育肥猪保险', '全县2020年计划和实际投保33.05万头,总保费1586.63万元。'));
    assert.equal(report.headings.length, 1);
  });
});

describe('brackets a wrapped line leaves open (rt-dalateqi-czj-2022 wrapped at 45 and 60 columns)', () => {
  it('a numbered line that opens a bracket it does not close is a sentence’s first line, not a heading', () => {
    const text = doc(
      '(二)全旗政府性基金收入预算2022年,全旗政府性基金收入预算安排45000万元(其中:旗',
      '本级35900万元,下降8%;开发区9100万元,下降2.8%),比人代会预算安排数减少25000万元。',
    );
    const report = parse(text);
    assert.equal(report.headings.length, 0);
    const q = report.paragraphs[0].quantities.find((x) => x.raw === '35900')!;
    assert.equal(q.inParens, true);
  });
  it('a line ending in ； inside the brackets it opened goes on; a ； outside brackets still ends the paragraph', () => {
    const text = doc(
      '全旗政府性基金收入预算安排45000万元(其中:旗本级35900万元,下降8%;',
      '开发区9100万元,下降2.8%),比人代会预算安排数减少25000万元。',
      '其中:交通部门1个,送审投资金额15,454万元;',
      '扶贫项目3个,送审投资金额6,922万元。',
    );
    const report = parse(text);
    assert.equal(report.paragraphs.length, 3);
    assert.ok(report.paragraphs[0].quantities.find((x) => x.raw === '9100')!.inParens);
  });
});

describe('PDF lines with a blank line between each (xm-mwr-slfz-2017 so laid out)', () => {
  it('a line that can only go on from the one before (`74.6%;…`) carries on its sentence past the blank line', () => {
    const report = parse(doc('重大水利工程已完成年度中央水利投资计划746.4亿元,投资完成率为62.4%。其中,完成中央投资447.5亿元,完成率', '', '74.6%;完成地方投资298.9亿元,完成率50.1%。'));
    assert.equal(report.paragraphs.length, 1);
    assert.equal(report.paragraphs[0].quantities.find((q) => q.raw === '74.6')?.label, '完成率');
  });
  it('a line that may open a paragraph of its own stays apart', () => {
    const report = parse(doc('重大水利工程已完成年度中央水利投资计划746.4亿元', '', '完成地方投资298.9亿元。'));
    assert.equal(report.paragraphs.length, 2);
  });
});
