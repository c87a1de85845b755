// `<!-- jixiao-ignore RULE -->`: a finding is ignored when its start line carries the marker naming its rule
// (several ids separated by spaces or commas; no id = every rule). Only that line, only those rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
