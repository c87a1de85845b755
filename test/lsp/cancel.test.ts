// Typing never queues work (issue #12): an edit that arrives while the server is checking an older version ends
// that check at its next step. The pull for the older version is answered with ServerCancelled (retrigger), the
// pull for the newer version with its diagnostics.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { seedPath, start } from './session';

interface Pulled {
  items: Array<{ code?: unknown; range: unknown; message: string }>;
}

describe('a newer edit cancels the check in progress', () => {
  it('the pull for the outdated version is cancelled; the newer one is answered', async () => {
    const seed = readFileSync(seedPath, 'utf8');
    const title = seed.slice(0, seed.indexOf('\n') + 1);
    // Long enough that its analysis has many steps left when the next edit arrives.
    const text = title + seed.slice(title.length).repeat(40);
    const s = await start();
    const uri = 'file:///tmp/jixiao-cancel/2023-部门整体支出绩效自评报告.txt';
    try {
      await s.open(uri, text);
      const pull = () => s.request<Pulled>('textDocument/diagnostic', { textDocument: { uri } });
      const first = await pull();
      assert.ok(first.items.length > 0);
      const at = { line: 2, character: 0 };
      // Sent back to back, as typing does: a space in, then out again.
      void s.change(uri, [{ range: { start: at, end: at }, text: ' ' }]);
      const outdated = pull();
      void s.change(uri, [{ range: { start: at, end: { line: 2, character: 1 } }, text: '' }]);
      const current = pull();
      await assert.rejects(outdated, (e: { code?: number; data?: unknown }) => {
        assert.equal(e.code, -32802); // LSPErrorCodes.ServerCancelled
        assert.deepEqual(e.data, { retriggerRequest: true });
        return true;
      });
      assert.deepEqual((await current).items, first.items);
    } finally {
      await s.shutdown();
    }
  });
});
