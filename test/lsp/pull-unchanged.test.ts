// A pull whose document's diagnostics are what the client already holds is answered `unchanged` (LSP 3.17), so
// that the list (3 MB of JSON at 1 MB of report) is not written and read again after every edit (issue #12). The
// client sends the resultId of the answer it holds, as vscode-languageclient does; anything else gets the full list.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { positionOf, rateReport, start } from './session';

type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };

describe('pull answers: full or unchanged', () => {
  it('answers unchanged while the findings the client holds stand, and the full list when they move', async () => {
    const s = await start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    const uri = 'file:///tmp/jixiao-pull-unchanged/报告.txt';
    const pull = (previousResultId?: string) => s.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
    try {
      await s.open(uri, rateReport);
      const first = await pull();
      assert.equal(first.kind, 'full');
      assert.deepEqual(first.kind === 'full' && first.items.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['rate 4:45']);
      const id = first.resultId;
      assert.ok(id, 'a full answer carries a resultId');

      // The same text pulled again, and an edit on a line without findings: the client's list stands.
      assert.deepEqual(await pull(id), { kind: 'unchanged', resultId: id });
      await s.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: ' ' }]);
      assert.deepEqual(await pull(id), { kind: 'unchanged', resultId: id });

      // Without the id, or with another, the full list.
      const anew = await pull();
      assert.equal(anew.kind, 'full');
      assert.deepEqual(anew.kind === 'full' && anew.items, first.kind === 'full' && first.items);
      assert.equal((await pull('no-such-result')).kind, 'full');

      // A space before the finding on its line moves it: the full list, at the new place.
      const held = anew.resultId;
      await s.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: ' ' }]);
      const moved = await pull(held);
      assert.equal(moved.kind, 'full');
      assert.notEqual(moved.resultId, held);
      assert.deepEqual(moved.kind === 'full' && moved.items.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['rate 4:46']);

      // The slip corrected: the finding is gone, the client is told so.
      const at = positionOf(s.text(uri), '79.4');
      await s.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '74.27' }]);
      const fixed = await pull(moved.resultId);
      assert.deepEqual(fixed.kind === 'full' && fixed.items, []);
    } finally {
      await s.shutdown();
    }
  });

  it('after the document is closed and opened again, answers the full list', async () => {
    const s = await start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    const uri = 'file:///tmp/jixiao-pull-reopen/报告.txt';
    try {
      await s.open(uri, rateReport);
      const first = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
      await s.close(uri);
      await s.open(uri, rateReport);
      const again = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.equal(again.kind, 'full');
      assert.equal(again.kind === 'full' && again.items.length, 1);
    } finally {
      await s.shutdown();
    }
  });
});
