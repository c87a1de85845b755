// Property tests of the code actions (server/src/features/code-actions.ts) on report-like random documents (runs
// of fixture lines with numbers mutated, so many relations fail and carry fixes): every quick fix (the finding's
// own fix, and "ignore" as a marker in the line) and fix-all, applied to the text, changes only its own ranges —
// the rest is byte-identical — and on re-analysis the findings it resolves are gone. Bugs found so far are pinned
// in test/unit/rules/found-by-properties.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analyze';
import { codeActions, fixAllEdits } from '../../../server/src/features/code-actions';
import type { Analysis, Edit, Finding, Span } from '../../../server/src/report/model';
import { reportLike } from '../report/fragments';

/** Applies non-overlapping edits, and checks that the text between them is carried over byte for byte. */
function apply(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    assert.ok(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length, `edit ${JSON.stringify(e.span)} in ${text.length}`);
    assert.ok(at <= e.span.start, `edits overlap at ${e.span.start}`);
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  out += text.slice(at);
  // Independently of the loop above: outside the edited ranges, the text is the same bytes.
  let shift = 0;
  let prevEnd = 0;
  for (const e of sorted) {
    assert.equal(out.slice(prevEnd + shift, e.span.start + shift), text.slice(prevEnd, e.span.start));
    shift += e.newText.length - (e.span.end - e.span.start);
    prevEnd = e.span.end;
  }
  assert.equal(out.slice(prevEnd + shift), text.slice(prevEnd));
  return out;
}

/** Where an offset of the old text lands after the edits (an offset inside an edited range: its start). */
function mapOffset(offset: number, edits: Edit[]): number {
  let shift = 0;
  for (const e of edits) {
    if (e.span.end <= offset && !(e.span.start === e.span.end && e.span.start === offset)) {
      shift += e.newText.length - (e.span.end - e.span.start);
    } else if (e.span.start < offset) return e.span.start + shift;
  }
  return offset + shift;
}

function mapSpan(span: Span, edits: Edit[]): Span {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  // A fix rewrites the flagged figure itself: the finding, if still there, would be at the new figure.
  const covering = sorted.find((e) => e.span.start <= span.start && span.end <= e.span.end && e.span.end > e.span.start);
  if (covering) {
    const start = mapOffset(covering.span.start, sorted);
    return { start, end: start + covering.newText.length };
  }
  return { start: mapOffset(span.start, sorted), end: mapOffset(span.end, sorted) };
}

/** The findings of `after` that are `f` again: the same rule on the same (moved) figure. */
function still(after: Analysis, f: Finding, edits: Edit[]): Finding[] {
  const s = mapSpan(f.span, edits);
  return after.findings.filter((g) => g.ruleId === f.ruleId && g.span.start === s.start && g.span.end === s.end);
}

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;


describe('code actions (properties)', () => {
  it('each finding’s own fix: edits its figure only, the rest byte-identical; re-checked, the finding is gone', () => {
    let tried = 0;
    fc.assert(
      fc.property(reportLike, ({ text, format }) => {
        const a = analyze(text, { format });
        for (const f of a.findings) {
          const plans = codeActions(a, f.span).filter((p) => p.isPreferred && p.findings.includes(f));
          if (!f.fix || f.fix.edits.length === 0) {
            assert.equal(plans.length, 0, 'no fix is offered for a finding without one');
            continue;
          }
          assert.equal(plans.length, 1);
          const edits = plans[0].edits;
          for (const e of edits) {
            assert.ok(within(e.span, f.span), `${f.ruleId}: fix edit ${JSON.stringify(e.span)} outside its finding ${JSON.stringify(f.span)}`);
            assert.notEqual(text.slice(e.span.start, e.span.end), e.newText, `${f.ruleId}: a fix that changes nothing`);
          }
          const fixed = apply(text, edits);
          const after = analyze(fixed, { format });
          tried++;
          assert.deepEqual(still(after, f, edits).map((g) => g.message), [], `${f.ruleId} ${JSON.stringify(f.span)} (${f.message}) is still there after “${f.fix.title}”`);
        }
      }),
      { numRuns: 120, includeErrorInReport: true },
    );
    assert.ok(tried > 50, `only ${tried} fixes tried: the generator no longer makes fixable findings`);
  });

  it('"ignore" (a marker in the line): inserts at the line’s end only; re-checked, that finding is gone', () => {
    fc.assert(
      fc.property(reportLike, fc.nat(), ({ text, format }, pick) => {
        const a = analyze(text, { format });
        fc.pre(a.findings.length > 0);
        const f = a.findings[pick % a.findings.length];
        const ignore = codeActions(a, f.span).find((p) => !p.isPreferred && !p.fixAll && p.findings[0] === f);
        assert.ok(ignore, 'an ignore action for every finding');
        assert.equal(ignore.edits.length, 1);
        const [e] = ignore.edits;
        assert.equal(e.span.start, e.span.end, 'an insertion, nothing replaced');
        assert.ok(/^[^\r\n]*$/.test(text.slice(f.span.start, e.span.start)), 'on the finding’s own line');
        const after = analyze(apply(text, ignore.edits), { format });
        assert.deepEqual(still(after, f, ignore.edits).map((g) => g.message), [], `${f.ruleId} ${JSON.stringify(f.span)} still there after ignoring`);
      }),
      { numRuns: 150, includeErrorInReport: true },
    );
  });

  it('fix all: non-overlapping edits of flagged figures only; re-checked, every finding it fixed is gone', () => {
    fc.assert(
      fc.property(reportLike, ({ text, format }) => {
        const a = analyze(text, { format });
        const { edits, findings } = fixAllEdits(a);
        const offered = codeActions(a, { start: 0, end: 0 }).some((p) => p.fixAll);
        assert.equal(offered, a.findings.some((f) => f.fix && f.fix.edits.length > 0));
        for (const e of edits) assert.ok(findings.some((f) => within(e.span, f.span)), `edit ${JSON.stringify(e.span)} is no fixed finding's`);
        const after = analyze(apply(text, edits), { format });
        for (const f of findings) {
          assert.deepEqual(still(after, f, edits).map((g) => g.message), [], `${f.ruleId} ${JSON.stringify(f.span)} (${f.message}) still there after fix all`);
        }
      }),
      { numRuns: 120, includeErrorInReport: true },
    );
  });
});
