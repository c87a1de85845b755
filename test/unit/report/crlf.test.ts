// CRLF line breaks (files from Windows): offsets stay on the printed figures, lines count once per CRLF.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, parse } from './helpers';
import { applyFix, findings } from '../rules/helpers';

const lines = [
  '2023年度部门整体支出绩效自评报告',
  '',
  '1、 单位基本情况',
  '',
  '2023年年末资产总额122846.91万元，负债总额35646.56万元，净资产87200.35万元。截至2023年12月31日，固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。',
  '',
  '1. 整体绩效目标支出情况                            单位：万元',
  '',
  '\t类     别',
  '\t年初预算',
  '\t预算调整',
  '\t调整后预算',
  '',
  '\t基本支出',
  '\t412.87',
  '\t',
  '\t344.12',
];
const crlf = lines.join('\r\n');

describe('CRLF', () => {
  it('line starts count CRLF once; headings and their spans are on the right lines', () => {
    const report = parse(crlf);
    assert.equal(report.lineStarts.length, lines.length);
    assert.deepEqual(report.headings.map((h) => [h.line, at(crlf, h.span)]), [
      [2, '1、 单位基本情况'],
      [6, '1. 整体绩效目标支出情况                            单位：万元'],
    ]);
  });

  it('prose figures and table cells keep their offsets (no \\r inside any span)', () => {
    const report = parse(crlf);
    const prose = report.paragraphs.flatMap((p) => p.quantities).filter((q) => !q.incidental);
    assert.deepEqual(prose.map((q) => at(crlf, q.span)), ['122846.91', '35646.56', '87200.35', '487.4', '362', '79.4']);
    const [row] = report.tables[0].rows;
    assert.deepEqual(row.cells.map((c) => at(crlf, c.span)), ['基本支出', '412.87', '\t', '344.12']);
  });

  it('findings are the same as with LF, on the same lines and figures, and the fix keeps the CRLFs', () => {
    const seen = (text: string) => findings(text).map((f) => `${f.line} ${f.severity} ${f.rule} ${f.figure.replace('\t', '\\t')}`);
    assert.deepEqual(seen(crlf), seen(lines.join('\n')));
    assert.deepEqual(seen(crlf), ['5 error rate 79.4', '16 warning table-blank-adjustment \\t']);
    const rate = findings(crlf)[0];
    assert.equal(applyFix(crlf, rate), crlf.replace('资产使用率79.4%', '资产使用率74.27%'));
    const blank = findings(crlf)[1];
    assert.equal(applyFix(crlf, blank), crlf.replace('\t412.87\r\n\t\r\n', '\t412.87\r\n\t-68.75\r\n'));
  });
});
