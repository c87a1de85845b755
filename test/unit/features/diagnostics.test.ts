// Finding → LSP Diagnostic: 0-based lines, UTF-16 characters, CRLF, surrogate pairs, related figures, fixes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toDiagnostics } from '../../../server/src/features/diagnostics';
import { computeLineStarts } from '../../../server/src/report/lines';
import type { Analysis, Finding, Span } from '../../../server/src/report/model';

const uri = 'file:///tmp/%E6%8A%A5%E5%91%8A.txt';

function analysisOf(text: string, findings: Finding[]): Analysis {
  return {
    report: { text, format: 'txt', headings: [], sections: [], paragraphs: [], tables: [], lineStarts: computeLineStarts(text) },
    checks: [],
    findings,
  };
}

/** The span of `needle` in `text`. */
function spanOf(text: string, needle: string): Span {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in text`);
  return { start: at, end: at + needle.length };
}

/** The span of the one-digit figure right after `before`. */
function digitAfter(text: string, before: string): Span {
  const { end } = spanOf(text, before);
  return { start: end, end: end + 1 };
}

function sanGongReport(newline: string): { text: string; finding: Finding } {
  const text = [
    '2023年度部门整体支出绩效自评报告',
    '',
    '2023年“三公”经费预算数2万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费1万元，公务接待费2万元。',
  ].join(newline);
  const total = digitAfter(text, '预算数');
  const finding: Finding = {
    ruleId: 'sum-of-parts',
    severity: 'error',
    span: total,
    message: '“三公”经费预算数应为 3 万元（0 + 1 + 2），文中为 2 万元，相差 1 万元',
    related: [
      { span: digitAfter(text, '因公出国（境）费'), message: '因公出国（境）费 0 万元' },
      { span: digitAfter(text, '运行维护费'), message: '公务用车购置及运行维护费 1 万元' },
      { span: digitAfter(text, '公务接待费'), message: '公务接待费 2 万元' },
    ],
    fix: { title: '将 2 改为 3', edits: [{ span: total, newText: '3' }] },
  };
  return { text, finding };
}

test('a finding becomes a diagnostic with 0-based positions on its figure', () => {
  const { text, finding } = sanGongReport('\n');
  const [d] = toDiagnostics(analysisOf(text, [finding]), uri);
  const column = text.split('\n')[2].indexOf('预算数2') + 3;
  assert.deepEqual(d, {
    range: { start: { line: 2, character: column }, end: { line: 2, character: column + 1 } },
    severity: 1,
    code: 'sum-of-parts',
    source: 'jixiao',
    message: '“三公”经费预算数应为 3 万元（0 + 1 + 2），文中为 2 万元，相差 1 万元',
    relatedInformation: [
      {
        location: { uri, range: { start: { line: 2, character: 29 }, end: { line: 2, character: 30 } } },
        message: '因公出国（境）费 0 万元',
      },
      {
        location: { uri, range: { start: { line: 2, character: 45 }, end: { line: 2, character: 46 } } },
        message: '公务用车购置及运行维护费 1 万元',
      },
      {
        location: { uri, range: { start: { line: 2, character: 54 }, end: { line: 2, character: 55 } } },
        message: '公务接待费 2 万元',
      },
    ],
    data: {
      fix: {
        title: '将 2 改为 3',
        edits: [{ range: { start: { line: 2, character: column }, end: { line: 2, character: column + 1 } }, newText: '3' }],
      },
    },
  });
  // The positions really are the digits of the sentence.
  const line = text.split('\n')[2];
  assert.equal(line[column], '2');
  assert.deepEqual(
    d.relatedInformation.map((r) => line[r.location.range.start.character]),
    ['0', '1', '2'],
  );
});

test('CRLF gives the same lines and characters as LF', () => {
  const lf = sanGongReport('\n');
  const crlf = sanGongReport('\r\n');
  assert.notEqual(crlf.finding.span.start, lf.finding.span.start); // offsets differ by the two CRs …
  assert.deepEqual(
    toDiagnostics(analysisOf(crlf.text, [crlf.finding]), uri),
    toDiagnostics(analysisOf(lf.text, [lf.finding]), uri), // … positions do not
  );
});

test('characters are UTF-16 code units: a surrogate pair before the figure counts twice', () => {
  const text = '标题\r\n𠀀𠀁单位资产使用率79.4%。';
  const span = spanOf(text, '79.4');
  const [d] = toDiagnostics(
    analysisOf(text, [{ ruleId: 'rate', severity: 'warning', span, message: 'm', related: [] }]),
    uri,
  );
  // 𠀀 and 𠀁 are two code units each, then 单位资产使用率 (7): 4 + 7 = 11.
  assert.deepEqual(d.range, { start: { line: 1, character: 11 }, end: { line: 1, character: 15 } });
  assert.equal(d.severity, 2);
  assert.deepEqual(d.data, {});
});

test('severities map to LSP numbers; findings keep their order; a span across lines ends on the later line', () => {
  const text = '\t合计\n\t\n\t47281.07\n';
  const findings: Finding[] = [
    { ruleId: 'table-blank-adjustment', severity: 'warning', span: { start: 4, end: 6 }, message: 'a', related: [] },
    { ruleId: 'column-kind', severity: 'information', span: { start: 7, end: 15 }, message: 'b', related: [] },
    { ruleId: 'heading-numbering', severity: 'hint', span: { start: 0, end: 15 }, message: 'c', related: [] },
    { ruleId: 'table-total', severity: 'error', span: { start: 16, end: 16 }, message: 'd', related: [] },
  ];
  const ds = toDiagnostics(analysisOf(text, findings), uri);
  assert.deepEqual(ds.map((d) => [d.code, d.severity]), [
    ['table-blank-adjustment', 2],
    ['column-kind', 3],
    ['heading-numbering', 4],
    ['table-total', 1],
  ]);
  assert.deepEqual(ds[0].range, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
  assert.deepEqual(ds[1].range, { start: { line: 2, character: 1 }, end: { line: 2, character: 9 } });
  assert.deepEqual(ds[2].range, { start: { line: 0, character: 0 }, end: { line: 2, character: 9 } });
  assert.deepEqual(ds[3].range, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } });
});

test('a span past the end of the text is clamped, never a position beyond the document', () => {
  const text = '总支出47281.07万元';
  const [d] = toDiagnostics(
    analysisOf(text, [{ ruleId: 'same-figure', severity: 'error', span: { start: 3, end: 999 }, message: 'm', related: [] }]),
    uri,
  );
  assert.deepEqual(d.range, { start: { line: 0, character: 3 }, end: { line: 0, character: text.length } });
});
