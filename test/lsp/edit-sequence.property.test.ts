// A long random edit sequence through the bundled server (session.ts): a report-like document (fixture lines,
// numbers mutated; see test/unit/report/fragments.ts) is opened, then ~30 random incremental edits — insertions of
// report pieces, line breaks of every kind, lone surrogates; deletions; replacements, some across lines — each
// followed at once (racing the debounced analysis) by hover, codeAction and a diagnostic pull. The server answers
// every request; every diagnostic it pulls or pushes — range and related locations — lies inside the document as
// it stood at that version; the last version is published. (Pushes are debounced 300 ms: the test waits for one
// only every tenth edit and at the end, and checks each push that arrives against the text of its version.) The
// server analyses each version incrementally (server/src/incremental/): what it pulls and pushes is exactly what a
// fresh analysis of that version's text gives. Pulls send the last answer's resultId, as VS Code does: after an
// `unchanged` answer the list the client holds must be what a fresh analysis gives.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, Position, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analyze';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { reportLike, SOURCES } from '../unit/report/fragments';
import { type Session, start } from './session';

const pieces = [
  '', '1', '9', '.', '0.5', '12.34', ',', '．', '４', '−', '%', '％', '万元', '元', '人', '分', '，', '。', '\n', '\r\n', '\r', '\t',
  '|', ' | ', '其中：', '合计', '占', '增长', '执行率', '一、', '（一）', '# ', '<!-- jixiao-ignore -->', '\ud83d\ude00', '\ud800',
];
const line = fc.tuple(fc.nat({ max: SOURCES.length - 1 }), fc.nat()).map(([f, i]) => `${SOURCES[f].lines[i % SOURCES[f].lines.length]}\n`);
const insert = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: line });
/** An edit: where (a fraction of the text), how much to delete (sometimes across lines), what to insert. */
const edit = fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: 200 })), insert);

function insideDoc(doc: TextDocument, lines: string[], p: Position): boolean {
  return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
}

function assertInside(text: string, range: Range, what: string): void {
  const doc = TextDocument.create('x:', 'x', 0, text);
  const lines = text.split(/\r\n|\r|\n/);
  assert.ok(insideDoc(doc, lines, range.start) && insideDoc(doc, lines, range.end), `${what} ${JSON.stringify(range)} outside the document (${lines.length} lines)`);
  assert.ok(doc.offsetAt(range.start) <= doc.offsetAt(range.end), `${what} ${JSON.stringify(range)} ends before it starts`);
}

function assertDiagnostics(text: string, uri: string, ds: Diagnostic[], where: string): void {
  for (const d of ds) {
    assertInside(text, d.range, `${where}: ${d.code}`);
    for (const r of d.relatedInformation ?? []) {
      if (r.location.uri === uri) assertInside(text, r.location.range, `${where}: ${d.code} related`);
    }
  }
}

/** The diagnostics of a fresh analysis of the text, as they come over the protocol. */
function fresh(text: string, format: 'txt' | 'md', uri: string): Diagnostic[] {
  return JSON.parse(JSON.stringify(toDiagnostics(analyze(text, { format }), uri)));
}

describe('a long random edit sequence through the server (property)', () => {
  let s: Session;
  before(async () => {
    s = await start();
  });
  after(() => s.shutdown());

  it('answers every request and keeps every diagnostic range inside the document after each edit', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(reportLike, fc.array(edit, { minLength: 30, maxLength: 30 }), async ({ text, format }, edits) => {
        const uri = `file:///tmp/jixiao-edits/${run++}/report.${format}`;
        await s.open(uri, text);
        const texts = new Map<number, string>([[1, text]]);
        assertDiagnostics(text, uri, await s.diagnostics(uri, 1), 'open');
        // As vscode-languageclient does: the last pull's resultId goes with the next pull, and an `unchanged`
        // answer leaves the list the client holds.
        let held: { resultId?: string; items: Diagnostic[] } = { items: [] };
        for (const [i, [where, del, ins]] of edits.entries()) {
          const doc = TextDocument.create(uri, 'jixiao', 0, s.text(uri));
          const n = doc.getText().length;
          const start = Math.floor((where / 10000) * n);
          const end = Math.min(n, start + del);
          const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
          const version = await s.change(uri, [{ range, text: ins }]);
          const now = s.text(uri);
          texts.set(version, now);
          const at = TextDocument.create(uri, 'jixiao', 0, now).positionAt(Math.min(start, now.length));
          const [hover, actions, pulled] = await Promise.all([
            s.request('textDocument/hover', { textDocument: { uri }, position: at }),
            s.request<CodeAction[] | null>('textDocument/codeAction', {
              textDocument: { uri },
              range: { start: at, end: at },
              context: { diagnostics: [] },
            }),
            s.request<{ kind: string; resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
              textDocument: { uri },
              previousResultId: held.resultId,
            }),
          ]);
          assert.ok(hover === null || typeof hover === 'object');
          assert.ok(actions === null || Array.isArray(actions));
          if (pulled.kind === 'unchanged') assert.equal(pulled.resultId, held.resultId, `edit ${i}: unchanged from another result`);
          else assert.equal(pulled.kind, 'full');
          held = { resultId: pulled.resultId, items: pulled.kind === 'full' ? (pulled.items ?? []) : held.items };
          assertDiagnostics(now, uri, held.items, `edit ${i} (pulled)`);
          assert.deepEqual(held.items, fresh(now, format, uri), `edit ${i} (pulled, ${pulled.kind}): not what a fresh analysis gives`);
          if (i % 10 === 9) await s.diagnostics(uri, version);
        }
        await s.diagnostics(uri, s.version(uri));
        const pushes = s.published.filter((p) => p.uri === uri);
        assert.ok(pushes.length >= 4, `pushed ${pushes.length} times`);
        for (const p of pushes) {
          assert.ok(p.version !== undefined && texts.has(p.version), `a push for an unknown version ${p.version}`);
          assertDiagnostics(texts.get(p.version)!, uri, p.diagnostics, `push of version ${p.version}`);
          assert.deepEqual(p.diagnostics, fresh(texts.get(p.version)!, format, uri), `push of version ${p.version}: not what a fresh analysis gives`);
        }
        await s.close(uri);
        assert.ok(s.alive(), `the server died; stderr:\n${s.stderr}`);
      }),
      { numRuns: 3, includeErrorInReport: true },
    );
  });
});
