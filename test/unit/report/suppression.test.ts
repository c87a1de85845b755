// `<!-- jixiao-ignore RULE -->`: a finding is ignored when its start line carries the marker naming its rule
// (several ids separated by spaces or commas; no id = every rule). Only that line, only those rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import {
  addIgnoreEdit,
  ignoreFileLine,
  ignoresOfFile,
  parseIgnoreFile,
  type StoredIgnore,
  storedIgnoreFor,
} from '../../../server/src/report/ignores';
import { doc, summary } from '../rules/helpers';
import { figures, parse } from './helpers';

const twoErrors =
  '2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。';
const rateAlone = '截至2023年12月31日，固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。';

describe('jixiao-ignore', () => {
  it('without a marker the line has two findings (the baseline of the tests below)', () => {
    assert.deepEqual(summary(doc(twoErrors)), ['3 error sum-of-parts 2', '3 error rate 79.4']);
  });

  it('`jixiao-ignore rate` removes the rate finding of that line only; sum-of-parts stays', () => {
    assert.deepEqual(summary(doc(`${twoErrors}<!-- jixiao-ignore rate -->`)), ['3 error sum-of-parts 2']);
  });

  it('a marker naming another rule removes nothing', () => {
    assert.deepEqual(summary(doc(`${rateAlone} <!-- jixiao-ignore share -->`)), ['3 error rate 79.4']);
  });

  it('several ids, separated by spaces or commas', () => {
    assert.deepEqual(summary(doc(`${twoErrors}<!-- jixiao-ignore rate, sum-of-parts -->`)), []);
    assert.deepEqual(summary(doc(`${twoErrors}<!-- jixiao-ignore sum-of-parts rate -->`)), []);
  });

  it('no id: every rule on that line is ignored, other lines keep theirs', () => {
    assert.deepEqual(summary(doc(`${twoErrors}<!-- jixiao-ignore -->`, '', rateAlone)), ['5 error rate 79.4']);
  });

  it('figures inside the comment are not read', () => {
    const text = doc('项目支出15.5万元。<!-- 原为 16.5万元 -->');
    assert.deepEqual(figures(parse(text)).map((f) => f.raw), ['15.5']);
  });
});

// `.jixiao-ignore` beside the report: ignores kept out of the text (report/ignores.ts). An entry names the report's
// file, the rule, the figure and the text of its line, so it survives edits elsewhere and lapses when that line changes.
describe('.jixiao-ignore entries', () => {
  const report = ['2023年度部门整体支出绩效自评报告', '', twoErrors, ''].join('\n');
  const rateEntry = { file: '年度总结.txt', rule: 'rate', figure: '79.4', line: twoErrors };
  const ruleIds = (text: string, ignores: StoredIgnore[]) => analyze(text, { format: 'txt', ignores }).findings.map((f) => f.ruleId);

  it('an entry for the figure and its line removes that finding only, and the text is not touched', () => {
    assert.deepEqual(ruleIds(report, []), ['sum-of-parts', 'rate']);
    assert.deepEqual(ruleIds(report, [rateEntry]), ['sum-of-parts']);
  });

  it('survives lines added above and the line moving; lapses when the line itself changes', () => {
    assert.deepEqual(ruleIds(['新增一段说明。', '', report].join('\n'), [rateEntry]), ['sum-of-parts']);
    assert.deepEqual(ruleIds(report.replace('在用资产362万元', '在用资产361万元'), [rateEntry]), ['sum-of-parts', 'rate']);
  });

  it('the file is read line by line: comments and broken lines are skipped, and only this report’s entries apply', () => {
    const file = [
      '# jixiao 已忽略的检查结果',
      ignoreFileLine(rateEntry),
      '{"file": broken',
      ignoreFileLine({ ...rateEntry, file: '另一份报告.txt', rule: 'sum-of-parts', figure: '2' }),
    ].join('\n');
    const all = parseIgnoreFile(file);
    assert.equal(all.length, 2);
    assert.deepEqual(ignoresOfFile(all, '年度总结.txt'), [rateEntry]);
  });

  it('the entry made for a finding is the one that ignores it; adding it appends a line (a new file gets a header)', () => {
    const a = analyze(report, { format: 'txt' });
    const rate = a.findings.find((f) => f.ruleId === 'rate')!;
    const entry = storedIgnoreFor(a.report, rate, '年度总结.txt');
    assert.deepEqual(entry, rateEntry);
    const created = addIgnoreEdit(undefined, entry, '# header');
    assert.equal(created.newText, `# header\n${ignoreFileLine(entry)}\n`);
    const existing = `# header\n${ignoreFileLine({ ...entry, rule: 'share' })}`;
    const added = addIgnoreEdit(existing, entry, '# header');
    assert.deepEqual(added.span, { start: existing.length, end: existing.length });
    assert.deepEqual(parseIgnoreFile(existing + added.newText).map((e) => e.rule), ['share', 'rate']);
  });
});
