// Code actions over the protocol, on the seed: the finding's own fix, ignoring a finding, fixing everything.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { seedPath, type Session, start } from './session';

const seed = readFileSync(seedPath, 'utf8');

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, 'one versioned document edit');
  const change = changes[0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
  assert.equal(change.textDocument.uri, uri);
  return change.edits;
}

describe('code actions on the seed', () => {
  let s: Session;
  before(async () => {
    s = await start();
  });
  after(async () => {
    await s.shutdown();
  });

  async function actionsAt(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    });
  }

  it('the quick fix for 79.4% writes 74.27% and the re-published diagnostics no longer have that finding', async () => {
    const uri = 'file:///tmp/jixiao-fix/seed.txt';
    await s.open(uri, seed);
    const before = await s.diagnostics(uri, 1);
    const rate = before.find((d) => d.code === 'rate');
    assert.ok(rate, 'the rate finding');
    const actions = await actionsAt(uri, rate);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred quick fix among ${actions.map((a) => a.title).join(' / ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics, [rate]);
    const version = await s.applyEdits(uri, editsOf(fix, uri));
    assert.ok(s.text(uri).includes('资产使用率74.27%'), 'the corrected text');
    const after = await s.diagnostics(uri, version);
    assert.equal(after.filter((d) => d.code === 'rate').length, 0);
    assert.equal(after.length, before.length - 1, 'only that finding went away');
    await s.close(uri);
  });

  it('ignoring a finding adds a visible jixiao-ignore marker to its line and the finding goes', async () => {
    const uri = 'file:///tmp/jixiao-ignore/seed.txt';
    await s.open(uri, seed);
    const before = await s.diagnostics(uri, 1);
    const sanGong = before.find((d) => d.code === 'sum-of-parts');
    assert.ok(sanGong, 'the 三公 finding');
    const actions = await actionsAt(uri, sanGong);
    const ignore = actions.find((a) => a.title.includes('jixiao-ignore'));
    assert.ok(ignore);
    const version = await s.applyEdits(uri, editsOf(ignore, uri));
    const line = s.text(uri).split('\n')[27];
    assert.ok(line.endsWith('公务接待费0.8351万元。 <!-- jixiao-ignore sum-of-parts -->'), line);
    const after = await s.diagnostics(uri, version);
    assert.ok(!after.some((d) => d.code === 'sum-of-parts'));
    assert.equal(after.length, before.length - 1);
    await s.close(uri);
  });

  it('fix all (source.fixAll.jixiao) applies every fix at once, without overlapping edits', async () => {
    const uri = 'file:///tmp/jixiao-fixall/seed.txt';
    await s.open(uri, seed);
    const before = await s.diagnostics(uri, 1);
    const fixable = before.filter((d) => (d.data as { fix?: unknown } | undefined)?.fix);
    assert.ok(fixable.length >= 2, `several fixable findings (${fixable.length})`);
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.jixiao']);
    const edits = editsOf(actions[0], uri);
    const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1].range.end;
      const cur = sorted[i].range.start;
      assert.ok(prev.line < cur.line || (prev.line === cur.line && prev.character <= cur.character), 'edits do not overlap');
    }
    // Every edit replaces a flagged figure (or fills a flagged blank cell): nothing else in the text changes.
    for (const e of edits) {
      assert.ok(
        before.some((d) => d.range.start.line === e.range.start.line && d.range.end.line === e.range.end.line),
        `edit on line ${e.range.start.line + 1} is on a finding`,
      );
    }
    const version = await s.applyEdits(uri, edits);
    const text = s.text(uri);
    assert.ok(text.includes('资产使用率74.27%'));
    assert.ok(text.includes('“三公”经费预算数3万元'));
    const after = await s.diagnostics(uri, version);
    // Left: the findings with no fix of their own (412.87 and the 合计 cells agree with other relations) or
    // whose fix would be computed from a flagged figure (基本支出's 预算调整 from 412.87), and the 合计's
    // 预算调整, which now awaits that one.
    assert.deepEqual(
      after.map((d) => `${d.range.start.line + 1} ${d.code}`),
      ['48 table-total', '49 table-blank-adjustment', '77 table-total', '249 table-total', '250 table-total'],
      `${before.length} findings before`,
    );

    // The quick-fix form of it is offered beside a fixable finding.
    const rate = before.find((d) => d.code === 'rate')!;
    await s.close(uri);
    await s.open(uri, seed);
    await s.diagnostics(uri, 1);
    const quick = await actionsAt(uri, rate, ['quickfix']);
    assert.ok(quick.some((a) => a.title === '修复本文件所有可自动修复的问题' && a.kind === 'quickfix'));
    assert.ok(!quick.some((a) => a.kind === 'source.fixAll.jixiao'), 'only quick fixes when only quick fixes are asked for');
    await s.close(uri);
  });

  it('a client that resolves edits lazily gets fix-all without an edit, then the edit on codeAction/resolve', async () => {
    const lazy = await start({
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
            resolveSupport: { properties: ['edit'] },
            dataSupport: true,
          },
        },
      },
    });
    try {
      const uri = 'file:///tmp/jixiao-lazy/seed.txt';
      await lazy.open(uri, seed);
      const actions = await lazy.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.equal(actions.length, 1);
      assert.equal(actions[0].edit, undefined);
      const resolved = await lazy.request<CodeAction>('codeAction/resolve', actions[0]);
      const version = await lazy.applyEdits(uri, editsOf(resolved, uri));
      assert.ok(lazy.text(uri).includes('资产使用率74.27%'));
      assert.ok(lazy.text(uri).includes('“三公”经费预算数3万元'));
      const left = await lazy.diagnostics(uri, version);
      assert.ok(!left.some((d) => d.code === 'rate' || d.code === 'sum-of-parts' || d.code === 'column-kind'), 'those fixed are gone');
    } finally {
      await lazy.shutdown();
    }
  });
});
