// "Ignore" under the default ignore storage (`file`): the report's text is not touched (users paste it back into
// Word); the quick fix is one WorkspaceEdit that creates `.jixiao-ignore` beside the report, or adds a line to it,
// and the finding goes once the file is written. The entry survives edits elsewhere in the report.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultCapabilities, seedPath, type Session, start } from './session';

const seed = readFileSync(seedPath, 'utf8');

describe('ignore into .jixiao-ignore (the default)', () => {
  let s: Session;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-ignore-file-'));
    s = await start({
      capabilities: {
        ...defaultCapabilities,
        workspace: {
          configuration: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
      },
    });
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  async function ignoreAction(uri: string, d: Diagnostic): Promise<CodeAction> {
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const ignore = actions.find((a) => a.title.includes('.jixiao-ignore'));
    assert.ok(ignore, `an ignore action among ${actions.map((a) => a.title).join(' / ')}`);
    assert.ok(!actions.some((a) => a.title.includes('<!--') || a.title.includes('在本行加注')), 'no marker in the text is offered');
    return ignore;
  }

  /** Applies the action's edit to the ignore file on disk, as VS Code does (then saves it), and says so. */
  async function applyToDisk(action: CodeAction, ignoreUri: string, path: string): Promise<void> {
    const changes = action.edit?.documentChanges ?? [];
    const fileEdits = changes.filter((c): c is TextDocumentEdit => 'textDocument' in c);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // not created yet
    }
    const doc = TextDocument.create(ignoreUri, 'plaintext', 0, current);
    const edits: TextEdit[] = fileEdits.flatMap((c) => c.edits as TextEdit[]);
    writeFileSync(path, TextDocument.applyEdits(doc, edits));
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ignoreUri, type: current ? 2 : 1 }] });
  }

  async function published(uri: string, after: number, accept: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const mine = s.published.slice(after).filter((p) => p.uri === uri);
      const last = mine[mine.length - 1];
      if (last && accept(last.diagnostics)) return last.diagnostics;
      if (Date.now() > deadline) throw new Error(`no fitting diagnostics for ${uri}; stderr:\n${s.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('creates .jixiao-ignore beside the report, leaves the report alone, and the finding goes', async () => {
    const path = join(dir, '年度总结.txt');
    writeFileSync(path, seed);
    const uri = pathToFileURL(path).href;
    const ignorePath = join(dir, '.jixiao-ignore');
    const ignoreUri = pathToFileURL(ignorePath).href;
    await s.open(uri, seed, 'plaintext');
    const first = await s.diagnostics(uri, 1);
    const sanGong = first.find((d) => d.code === 'sum-of-parts');
    assert.ok(sanGong, 'the 三公 finding');

    const ignore = await ignoreAction(uri, sanGong);
    assert.equal(ignore.title, '忽略此问题（记入 .jixiao-ignore，报告正文不变）');
    const changes = ignore.edit?.documentChanges ?? [];
    assert.deepEqual(changes[0], { kind: 'create', uri: ignoreUri, options: { ignoreIfExists: true } } satisfies CreateFile);
    assert.equal(changes.length, 2);
    assert.equal((changes[1] as TextDocumentEdit).textDocument.uri, ignoreUri);
    assert.ok(!JSON.stringify(ignore.edit).includes(encodeURI('年度总结.txt')), 'no edit of the report');

    let mark = s.published.length;
    await applyToDisk(ignore, ignoreUri, ignorePath);
    const written = readFileSync(ignorePath, 'utf8');
    assert.match(written, /"file":"年度总结.txt","rule":"sum-of-parts","figure":"2"/);
    const after = await published(uri, mark, (d) => !d.some((x) => x.code === 'sum-of-parts'));
    assert.equal(after.length, first.length - 1, 'only that finding went away');
    assert.equal(s.text(uri), seed, 'the report is unchanged');

    // Lines added above: the entry still holds (it names the line's text, not its number).
    const version = await s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const moved = await s.diagnostics(uri, version);
    assert.ok(!moved.some((d) => d.code === 'sum-of-parts'), 'still ignored after an edit elsewhere');

    // A second ignore adds a line to the existing file: no create.
    const rate = moved.find((d) => d.code === 'rate');
    assert.ok(rate);
    const second = await ignoreAction(uri, rate);
    const secondChanges = second.edit?.documentChanges ?? [];
    assert.ok(!secondChanges.some((c) => 'kind' in c), 'the file exists: it is only edited');
    mark = s.published.length;
    await applyToDisk(second, ignoreUri, ignorePath);
    await published(uri, mark, (d) => !d.some((x) => x.code === 'rate'));
    assert.equal(readFileSync(ignorePath, 'utf8').split('\n').filter((l) => l.startsWith('{')).length, 2);
    await s.close(uri);
  });

  it('jixiao.ignoreStorage = inline marks the line, as before', async () => {
    s.settings = { ignoreStorage: 'inline' };
    try {
      const uri = pathToFileURL(join(dir, 'inline.txt')).href;
      await s.open(uri, seed);
      const d = (await s.diagnostics(uri, 1)).find((x) => x.code === 'rate')!;
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.ok(actions.some((a) => a.title === '忽略此问题（在本行加注 jixiao-ignore rate）'));
      assert.ok(!actions.some((a) => a.title.includes('.jixiao-ignore')));
      await s.close(uri);
    } finally {
      s.settings = undefined;
    }
  });
});
