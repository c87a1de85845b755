// PDF text as pdftotext gives it (test/fixtures/juesuan-2023-pdf-raw.txt and -layout.txt, a 25-page 部门决算): the
// page's line breaks, a page number and the running header between pages, a table of contents with dot leaders,
// and numbered paragraphs (`6.农林水支出（类）…：年初预算为` / `425.60 万元，…`) whose first line looks like a heading.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from './helpers';
import { checks, doc, summary } from '../rules/helpers';

const fixtures = join(__dirname, '..', '..', 'fixtures');
const raw = readFileSync(join(fixtures, 'juesuan-2023-pdf-raw.txt'), 'utf8');
const layout = readFileSync(join(fixtures, 'juesuan-2023-pdf-layout.txt'), 'utf8');

/** The text from `from` up to (not including) `to`, exactly as the fixture has it. */
function slice(text: string, from: string, to: string): string {
  const a = text.indexOf(from);
  const b = text.indexOf(to, a);
  assert.ok(a >= 0 && b > a, `${from} … ${to}`);
  return text.slice(a, b);
}

// 说明（三）具体情况: thirteen numbered items over three page breaks (— 17 —, — 18 —, — 19 — with the header). The whole
// text is read (the wrap width and the running header are the document's), the findings of the part looked at.
const FROM = '（三）一般公共预算财政拨款支出决算具体情况';
const TO = '六、一般公共预算财政拨款基本支出决算情况说明';
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const inItems = (text: string) => {
  const from = text.indexOf(FROM);
  return (line: number) => line > lineAt(text, from) && line < lineAt(text, text.indexOf(TO, from));
};
const ALL = ['124.24', '104.62', '100.00', '96.61', '104.11', '96.89', '92.00', '160.81', '101.19', '94.87', '164.42', '118.73', '97.93'];

describe('pdftotext: page breaks and wrapped numbered paragraphs of a 部门决算', () => {
  for (const [name, text] of [['raw', raw], ['layout', layout]] as const) {
    it(`${name}: every 完成年初预算的X% is checked and holds, across page breaks and numbered first lines`, () => {
      const part = slice(text, FROM, TO);
      assert.ok(part.includes('— 17 —') && part.includes('青溪县水利局 2023 年度部门决算'), 'the part crosses a page break');
      const rates = checks(text).filter((c) => c.rule === 'rate' && ALL.includes(c.figure));
      assert.deepEqual(rates.map((c) => `${c.figure} ${c.holds}`), ALL.map((r) => `${r} true`));
      assert.deepEqual(summary(text), []);
    });

    it(`${name}: a slip in the sentence cut by a page break is found (21.35 ÷ 22.10 = 96.61%, not 69.61%)`, () => {
      const wrong = text.replace('算的 96.61%', '算的 69.61%');
      const found = summary(wrong);
      assert.deepEqual(found.map((s) => s.replace(/^\d+ /, '')), ['error rate 69.61']);
      assert.ok(inItems(wrong)(Number(found[0].split(' ')[0])));
    });
  }

  it('the numbered items wrapped at the page width are paragraphs, not headings; the page number and header are in none', () => {
    const report = parse(raw);
    const within = inItems(raw);
    assert.deepEqual(report.headings.filter((h) => within(h.line + 1)).map((h) => h.marker), []);
    const item6 = report.paragraphs.find((p) => p.text.startsWith('6.农林水支出'))!;
    assert.match(item6.text, /^6\.农林水支出（类）水利（款）行政运行（项）：年初预算为425\.60 万元/);
    const item4 = report.paragraphs.find((p) => p.text.startsWith('4.卫生健康支出'))!;
    assert.ok(item4.text.endsWith('完成年初预算的 96.61%。决算数小于年初预算数的主要原因是行政单位在职人员减少 1 人，医疗保险缴费相应减少。'), item4.text);
    assert.ok(report.paragraphs.every((p) => !p.text.includes('青溪县水利局 2023 年度部门决算') && !/— \d+ —/.test(p.text)));
  });

  it('a table of contents (dot leaders, page numbers) is no outline: 第一部分 is the first heading, at level 1', () => {
    const head = slice(raw, '目 录', '（一）贯彻执行');
    const report = parse(head);
    assert.deepEqual(report.headings.map((h) => `${h.level} ${h.marker}`), ['1 第一部分', '2 一、']);
  });
});

describe('a blank line inside a sentence (a PDF page break) after a line ending on a comma', () => {
  it('the sentence goes on: 占66.30% where 865.32 ÷ 1248.60 = 69.30% is found', () => {
    assert.deepEqual(summary(doc('本年支出合计1248.60万元，其中：基本支出865.32万元，', '', '占66.30%。')), ['5 error share 66.30']);
    assert.deepEqual(summary(doc('本年支出合计1248.60万元，其中：基本支出865.32万元，', '', '占69.30%。')), []);
  });
  it('a numbered line after the blank starts its own paragraph', () => {
    const report = parse(doc('本年支出合计1248.60万元，', '', '（二）项目支出情况'));
    assert.equal(report.paragraphs.some((p) => p.text.includes('1248.60') && p.text.includes('项目支出情况')), false);
  });
});

describe('a count’s unit cut onto the next line by the page’s edge', () => {
  it('执法执勤用车2 / 辆，…: the line goes on (no title, no lost figure); 1 + 1 + 2 + 1 + 1 = 6 against 共有车辆5辆', () => {
    const text = '本部门共有车辆5辆，其中：机要通信用车1辆，应急保障用车1辆，执法执勤用车2\n辆，特种专业技术用车1辆，其他用车1辆。\n';
    assert.equal(parse(text).title, undefined);
    assert.deepEqual(summary(text), ['1 error sum-of-parts 5']);
  });
});

describe('a first line that ends on a verb is a sentence cut by the page, not a title', () => {
  it('2023年度部门预算执行率为 / 97.28%，…: read as one sentence; 1248.60 ÷ 1310.42 = 95.28%, so 97.28% is an error', () => {
    const text = '2023年度部门预算执行率为\n97.28%，全年预算数1310.42万元，全年实际支出1248.60万元。\n';
    assert.equal(parse(text).title, undefined);
    assert.deepEqual(summary(text), ['2 error rate 97.28']);
  });
});

describe('a first line that ends inside a figure the line break cut (a helper’s PDF-wrap sweep)', () => {
  it('资产总额8872. / 11万元，比上年减少1865.72万元，下降17.38%: 1865.72 ÷ (8872.11 + 1865.72) = 17.38% holds', () => {
    const text = '本单位资产总额8872.\n11万元，比上年减少1865.72万元，下降17.38%。\n';
    assert.equal(parse(text).title, undefined);
    assert.deepEqual(summary(text), []);
    assert.deepEqual(summary(text.replace('17.38', '19.38')), ['2 error growth 19.38']);
  });
  it('资产总额8 / 872.11万元，其中：…: 1285.10 + 7587.01 = 8872.11; past a page number between the halves too', () => {
    assert.deepEqual(summary('本单位资产总额8\n872.11万元，其中：流动资产1285.10万元，固定资产7587.01万元。\n'), []);
    assert.deepEqual(summary('本单位资产总额8\n872.11万元，其中：流动资产1285.10万元，固定资产7597.01万元。\n'), ['1 error sum-of-parts 8\n872.11']);
    const paged = '政府采购支出总额2\n\n- 7 -\n\n,360.19万元，其中：货物支出43.05万元、工程支出1,669.65万元、服务支出647.49万元。\n';
    assert.equal(parse(paged).title, undefined);
    assert.deepEqual(summary(paged), []);
  });
});
