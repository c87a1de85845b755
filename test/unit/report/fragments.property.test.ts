// Random documents that look like reports (runs of lines from the fixtures and examples, numbers mutated; see
// fragments.ts) and pure noise (any UTF-16, control characters, lone surrogates): analyze() never throws — under
// test JIXIAO_STRICT=1 makes a rule that throws fail loudly instead of being skipped — and every span it gives
// (finding, related figure, fix edit, check target) lies inside the text. robustness.property.test.ts does the
// same on a small hand-written report damaged by random edits; this one reaches every construct in the corpus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analyze';
import type { Analysis, Span } from '../../../server/src/report/model';
import { reportLike } from './fragments';

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;
}

function assertSpansInside(a: Analysis, text: string): void {
  const n = text.length;
  for (const f of a.findings) {
    assert.ok(inside(f.span, n), `${f.ruleId} finding ${JSON.stringify(f.span)} in ${n}`);
    for (const r of f.related) assert.ok(inside(r.span, n), `${f.ruleId} related ${JSON.stringify(r.span)} in ${n}`);
    const edits = [...(f.fix?.edits ?? [])].sort((x, y) => x.span.start - y.span.start);
    for (const [i, e] of edits.entries()) {
      assert.ok(inside(e.span, n), `${f.ruleId} fix ${JSON.stringify(e.span)} in ${n}`);
      if (i > 0) assert.ok(edits[i - 1].span.end <= e.span.start, `${f.ruleId}: a fix's own edits overlap`);
    }
  }
  for (const c of a.checks) assert.ok(inside(c.target, n), `check ${JSON.stringify(c.target)} in ${n}`);
}

describe('random documents (properties)', () => {
  it('report-like documents cut from the fixtures, numbers mutated: no throw, every span inside the text', () => {
    fc.assert(
      fc.property(reportLike, fc.boolean(), ({ text, format }, otherFormat) => {
        const fmt = otherFormat ? (format === 'md' ? 'txt' : 'md') : format;
        const a = analyze(text, { format: fmt });
        assert.equal(a.report.text, text);
        assertSpansInside(a, text);
      }),
      { numRuns: 300, includeErrorInReport: true },
    );
  });

  it('pure noise (any UTF-16 unit, control characters, line breaks of every kind): no throw, spans inside', () => {
    const noise = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\ufeff', '\ud800', '\udc00', '\r', '\n', '\u2028', '\t', '|', '9', '.', '，', '%', '万元', '合计', '其中'), maxLength: 300 }),
    );
    fc.assert(
      fc.property(noise, fc.constantFrom<'txt' | 'md'>('txt', 'md'), (text, format) => {
        assertSpansInside(analyze(text, { format }), text);
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  });
});
