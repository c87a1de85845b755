// Code actions as plain edits: the finding's fix, the ignore marker, fix-all without overlapping edits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/analyze';
import { FIX_ALL_KIND, codeActions, compatibleFixes, fixAllEdits, ignoreEdit } from '../../../server/src/features/code-actions';
import { ignoresOfFile, parseIgnoreFile } from '../../../server/src/report/ignores';
import type { Edit, Finding } from '../../../server/src/report/model';
import { budgetReport, offsetOf, report, tableReport } from './report-text';

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

function finding(ruleId: string, start: number, end: number, fix?: Edit[]): Finding {
  return { ruleId, severity: 'error', span: { start, end }, message: '', related: [], ...(fix ? { fix: { title: '', edits: fix } } : {}) };
}

describe('code actions', () => {
  const a = report(budgetReport);
  const text = a.report.text;

  it('offers the finding’s own fix first, preferred; applying it writes 74.27%', () => {
    const at = offsetOf(text, '79.4%');
    const actions = codeActions(a, { start: at, end: at });
    const fix = actions[0];
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.findings[0].ruleId, 'rate');
    assert.ok(apply(text, fix.edits).includes('资产使用率74.27%。'));
  });

  it('offers to ignore the finding with a marker at the end of its line', () => {
    const at = offsetOf(text, '79.4%');
    const ignore = codeActions(a, { start: at, end: at }).find((x) => x.title.includes('忽略'))!;
    assert.equal(ignore.title, '忽略此问题（在本行加注 jixiao-ignore rate）');
    const after = apply(text, ignore.edits);
    assert.ok(after.includes('资产使用率79.4%。 <!-- jixiao-ignore rate -->'), after);
    assert.ok(after.endsWith('<!-- jixiao-ignore rate -->'), 'the last line has no line break to keep');
  });

  it('with an ignore file, "ignore" leaves the report’s text alone and adds the entry to .jixiao-ignore', () => {
    const at = offsetOf(text, '79.4%');
    const ignore = codeActions(a, { start: at, end: at }, { reportName: '年度总结.txt', text: undefined }).find((x) => x.title.includes('忽略'))!;
    assert.equal(ignore.title, '忽略此问题（记入 .jixiao-ignore，报告正文不变）');
    assert.deepEqual(ignore.edits, [], 'no edit to the report');
    assert.equal(ignore.ignoreFile?.create, true, 'the file is created when missing');
    const file = apply('', ignore.ignoreFile!.edits);
    assert.match(file, /^# /, 'a header says what the file is');
    const [entry] = ignoresOfFile(parseIgnoreFile(file), '年度总结.txt');
    assert.equal(entry.rule, 'rate');
    assert.equal(entry.figure, '79.4');
    assert.ok(entry.line.endsWith('资产使用率79.4%。'), entry.line);
    const after = analyze(text, { format: 'txt', ignores: [entry] });
    assert.deepEqual(after.findings.map((f) => f.ruleId), a.findings.filter((f) => f.ruleId !== 'rate').map((f) => f.ruleId));
  });

  it('after ignoring, the core no longer reports that finding, and only that one', () => {
    const at = offsetOf(text, '79.4%');
    const ignore = codeActions(a, { start: at, end: at }).find((x) => x.title.includes('忽略'))!;
    const after = analyze(apply(text, ignore.edits), { format: 'txt' });
    assert.deepEqual(after.findings.map((f) => f.ruleId), a.findings.filter((f) => f.ruleId !== 'rate').map((f) => f.ruleId));
    // A second rule on an already marked line joins the marker, which the core reads as both.
    const sanGong = offsetOf(text, '预算数2万元', 3);
    const marked = apply(text, [{ span: { start: text.indexOf('\n', sanGong), end: text.indexOf('\n', sanGong) }, newText: ' <!-- jixiao-ignore share -->' }]);
    const again = analyze(marked, { format: 'txt' });
    const f = again.findings.find((x) => x.ruleId === 'sum-of-parts')!;
    const joined = apply(marked, [ignoreEdit(marked, f)]);
    assert.ok(joined.includes('<!-- jixiao-ignore share sum-of-parts -->'));
    assert.ok(!analyze(joined, { format: 'txt' }).findings.some((x) => x.ruleId === 'sum-of-parts'));
  });

  it('the ignore marker goes before a CRLF line break, and joins an existing marker', () => {
    const crlf = 'abc 12万元\r\nnext\r\n';
    const f = finding('sum-of-parts', 4, 6);
    assert.equal(apply(crlf, [ignoreEdit(crlf, f)]), 'abc 12万元 <!-- jixiao-ignore sum-of-parts -->\r\nnext\r\n');
    const marked = 'abc 12万元 <!-- jixiao-ignore share -->\nnext';
    assert.equal(apply(marked, [ignoreEdit(marked, f)]), 'abc 12万元 <!-- jixiao-ignore share sum-of-parts -->\nnext');
  });

  it('fix all keeps fixes whose edits do not overlap, in document order', () => {
    const f1 = finding('a', 0, 2, [{ span: { start: 0, end: 2 }, newText: 'X' }]);
    const f2 = finding('b', 1, 3, [{ span: { start: 1, end: 3 }, newText: 'Y' }]);
    const f3 = finding('c', 5, 5, [{ span: { start: 5, end: 5 }, newText: 'Z' }]);
    const f4 = finding('d', 5, 5, [{ span: { start: 5, end: 5 }, newText: 'W' }]);
    const f5 = finding('e', 7, 8);
    const all = compatibleFixes([f4, f2, f5, f3, f1]);
    assert.deepEqual(all.findings.map((f) => f.ruleId).sort(), ['a', 'd']);
    assert.equal(apply('0123456789', all.edits), 'X234W56789');
  });

  it('fix all corrects the one wrong cell, not the figures it upsets (their fixes are computed from it)', () => {
    const wrong = report(tableReport.map((l) => (l === '\t411.38' ? '\t412.87' : l)));
    // The wrong cell alone is reported: its row's 调整后预算 344.12, which 412.87 − 67.26 misses, is confirmed by its
    // own 其中 rows (286.73 + 57.39), and the 合计 426.88 is right once the cell is corrected to 411.38.
    assert.deepEqual(wrong.findings.map((f) => wrong.report.text.slice(f.span.start, f.span.end)), ['412.87']);
    const actions = codeActions(wrong, { start: 0, end: 0 });
    assert.deepEqual(actions.map((x) => [x.kind, x.fixAll]), [[FIX_ALL_KIND, true]]);
    const { edits, findings } = fixAllEdits(wrong);
    assert.deepEqual(edits.map((e) => e.newText), ['411.38']);
    assert.deepEqual(findings.map((f) => f.ruleId), ['table-total']);
    const fixed = apply(wrong.report.text, edits);
    assert.equal(fixed, tableReport.join('\n'));
    assert.deepEqual(analyze(fixed, { format: 'txt' }).findings, []);
    // There is one finding and so one fix in the file:
    // no separate "fix all" quick fix beside it, only the source action.
    const quickAll = codeActions(wrong, wrong.findings[0].span).filter((x) => x.title === '修复本文件所有可自动修复的问题');
    assert.deepEqual(quickAll.map((x) => x.kind), [FIX_ALL_KIND]);
  });

  it('fix all on the prose report corrects the 三公 total and the rate, each once', () => {
    const { edits } = fixAllEdits(a);
    const fixed = apply(text, edits);
    assert.ok(fixed.includes('“三公”经费预算数3万元'), fixed);
    assert.ok(fixed.includes('资产使用率74.27%'), fixed);
    assert.deepEqual(analyze(fixed, { format: 'txt' }).findings, []);
  });

  it('nothing but fix-all away from findings; nothing at all on a clean report', () => {
    assert.deepEqual(codeActions(a, { start: 0, end: 0 }).map((x) => x.kind), [FIX_ALL_KIND]);
    const clean = report(tableReport);
    assert.deepEqual(codeActions(clean, { start: 0, end: clean.report.text.length }), []);
  });
});
