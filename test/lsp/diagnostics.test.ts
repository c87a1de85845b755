// Diagnostics over the protocol: the same as the CLI's JSON, pushed after edits (debounced, stale versions
// dropped), pulled at once, per-document settings, which documents are checked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/analyze';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { positionOf, root, seedPath, type Session, start } from './session';

const seed = readFileSync(seedPath, 'utf8');
const seedUri = pathToFileURL(seedPath).href;

/** What `jixiao check --format json` prints for the seed (or the core's, when the CLI is not built). */
function cliDiagnostics(): unknown[] {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return JSON.parse(JSON.stringify(toDiagnostics(analyze(seed, { format: 'txt' }), seedUri)));
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', seedPath], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `cli failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as Array<{ file: string; diagnostics: unknown[] }>;
  assert.equal(out.length, 1);
  return out[0].diagnostics;
}

const rateReport = [
  '2023年度部门整体支出绩效自评报告',
  '',
  '1、 资产管理情况',
  '',
  '2023年年末资产总额122846.91万元，负债总额35646.56万元，净资产87200.35万元。截至2023年12月31日，固定资产账面原值487.4万元，在用资产362万元，资产使用率79.4%。',
  '',
].join('\n');

describe('diagnostics (push, pull, settings)', () => {
  let s: Session;
  before(async () => {
    s = await start();
  });
  after(async () => {
    await s.shutdown();
  });

  it('publishes for the seed exactly what `jixiao check --format json` prints', async () => {
    await s.open(seedUri, seed);
    const pushed = await s.diagnostics(seedUri, 1);
    const expected = cliDiagnostics();
    assert.ok(expected.length >= 7, `the seed has at least 7 findings, the CLI printed ${expected.length}`);
    assert.deepEqual(pushed, expected);
    const rate = pushed.find((d) => d.code === 'rate');
    assert.ok(rate, 'the 资产使用率 79.4% finding is there');
    assert.deepEqual(rate.range.start, positionOf(seed, '79.4%'));
  });

  it('CRLF text: ranges and hover positions agree with the editor’s lines', async () => {
    const uri = 'file:///tmp/jixiao-crlf/报告.txt';
    const crlf = seed.replace(/\n/g, '\r\n');
    await s.open(uri, crlf);
    const found = await s.diagnostics(uri, 1);
    const rate = found.find((d) => d.code === 'rate');
    assert.deepEqual(rate?.range.start, positionOf(crlf, '79.4%'));
    assert.deepEqual(
      found.map((d) => [d.code, d.range]),
      (await s.diagnostics(seedUri, 1)).map((d) => [d.code, d.range]),
      'same lines and characters as with LF',
    );
    const hover = await s.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(crlf, '79.4%', 1),
    });
    assert.ok(hover?.contents.value.includes('362 ÷ 487.4 = 74.27%'));
    await s.close(uri);
  });

  it('answers a pull request with the same diagnostics, at once', async () => {
    const pushed = await s.diagnostics(seedUri, 1);
    const pulled = await s.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: seedUri },
    });
    assert.equal(pulled.kind, 'full');
    assert.deepEqual(pulled.items, pushed);
  });

  it('after a sequence of incremental edits, equals a fresh open of the same text', async () => {
    const uri = 'file:///tmp/jixiao-edits/报告.txt';
    await s.open(uri, seed);
    await s.diagnostics(uri, 1);
    // Type a sentence, fix 79.4 → 74.27 in two steps, break the 三公 sentence further, delete a line.
    await s.change(uri, [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: '补充说明：无。\n' }]);
    const at = positionOf(s.text(uri), '79.4%');
    await s.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '74' }]);
    const at2 = positionOf(s.text(uri), '资产使用率74', 7);
    await s.change(uri, [{ range: { start: at2, end: at2 }, text: '.27' }]);
    const sanGong = positionOf(s.text(uri), '公务接待费2万元', 5);
    await s.change(uri, [
      { range: { start: sanGong, end: { line: sanGong.line, character: sanGong.character + 1 } }, text: '3' },
      { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' },
    ]);
    const version = s.version(uri);
    const edited = await s.diagnostics(uri, version);
    const finalText = s.text(uri);
    assert.ok(finalText.includes('资产使用率74.27%'));
    assert.equal(s.latest(uri)?.version, version);

    await s.close(uri);
    await s.open(uri, finalText);
    const fresh = await s.diagnostics(uri, 1);
    assert.deepEqual(edited, fresh);
    assert.ok(!fresh.some((d) => d.code === 'rate'), 'the corrected rate is no longer flagged');
    await s.close(uri);
  });

  it('debounces: a burst of edits yields one check, for the last version only', async () => {
    const uri = 'file:///tmp/jixiao-burst/报告.txt';
    await s.open(uri, rateReport);
    await s.diagnostics(uri, 1);
    const before = s.published.length;
    for (let i = 0; i < 5; i++) {
      await s.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }]);
    }
    await s.diagnostics(uri, 6);
    const runs = s.published.slice(before).filter((p) => p.uri === uri);
    assert.deepEqual(runs.map((p) => p.version), [6]);
    await s.close(uri);
  });

  it('clears a closed document’s diagnostics', async () => {
    const uri = 'file:///tmp/jixiao-close/报告.txt';
    await s.open(uri, rateReport);
    const found = await s.diagnostics(uri, 1);
    assert.ok(found.length > 0, 'the rate report has a finding');
    await s.close(uri);
    const deadline = Date.now() + 3000;
    while (s.latest(uri)?.diagnostics.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(s.latest(uri)?.diagnostics, []);
  });

  it('checks a Markdown report (title names a 自评报告) and leaves other Markdown alone', async () => {
    const md = 'file:///tmp/jixiao-md/report.md';
    await s.open(md, `# ${rateReport}`, 'markdown');
    const found = await s.diagnostics(md, 1);
    assert.ok(found.some((d) => d.code === 'rate'), JSON.stringify(found));

    const readme = 'file:///tmp/jixiao-md/README.md';
    await s.open(readme, '# 使用说明\n\n资产使用率79.4%。\n', 'markdown');
    const pulled = await s.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: readme } });
    assert.deepEqual(pulled.items, []);
    const hover = await s.request('textDocument/hover', { textDocument: { uri: readme }, position: { line: 2, character: 6 } });
    assert.equal(hover, null);
    assert.equal(s.latest(readme), undefined, 'nothing is published for a Markdown file that is not a report');
  });

  it('checks plain text whose first line is a report title, not other plain text', async () => {
    const report = 'file:///tmp/jixiao-plain/a.txt';
    await s.open(report, rateReport, 'plaintext');
    assert.ok((await s.diagnostics(report, 1)).some((d) => d.code === 'rate'));
    const notes = 'file:///tmp/jixiao-plain/notes.txt';
    await s.open(notes, '会议记录\n资产使用率79.4%，在用资产362万元，固定资产原值487.4万元。\n', 'plaintext');
    const pulled = await s.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: notes } });
    assert.deepEqual(pulled.items, []);
  });

  it('a request about a document that is not open gets an empty answer and the server lives on', async () => {
    const uri = 'file:///nowhere/unknown.txt';
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    assert.equal(await s.request('textDocument/hover', { textDocument: { uri }, position }), null);
    assert.deepEqual(await s.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepEqual(await s.request('textDocument/foldingRange', { textDocument: { uri } }), []);
    assert.deepEqual(await s.request('textDocument/completion', { textDocument: { uri }, position }), []);
    assert.deepEqual(await s.request('textDocument/inlayHint', { textDocument: { uri }, range }), []);
    assert.deepEqual(
      await s.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }),
      [],
    );
    const pulled = await s.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(pulled.items, []);
    // Positions far outside the document do not crash it either.
    const far = { line: 10_000, character: 10_000 };
    await s.request('textDocument/hover', { textDocument: { uri: seedUri }, position: far });
    await s.request('textDocument/completion', { textDocument: { uri: seedUri }, position: far });
    // Malformed requests make a feature throw inside: that request is answered with an error, the others go on.
    const internalError = (e: unknown) => (e as { code?: number }).code === -32603;
    await assert.rejects(s.request('textDocument/hover', { textDocument: { uri: seedUri } }), internalError);
    await assert.rejects(s.request('textDocument/codeAction', { textDocument: { uri: seedUri } }), internalError);
    await assert.rejects(s.request('textDocument/inlayHint', { textDocument: { uri: seedUri }, range: null }), internalError);
    assert.deepEqual(await s.request('jixiao/checkDocuments', { documents: [null, { uri: 5 }] }), []);
    assert.ok(s.alive());
    assert.ok((await s.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri } })).length > 0);
    assert.ok(s.stderr.includes('jixiao: hover failed'), 'the failure is logged');
  });
});

describe('jixiao/checkDocuments and jixiao/status (the VS Code client’s commands)', () => {
  it('checks documents that are not open, publishes their diagnostics, and counts them', async () => {
    const s = await start();
    try {
      const closed = 'file:///tmp/jixiao-ws/a.txt';
      const notReport = 'file:///tmp/jixiao-ws/notes.txt';
      const result = await s.request<Array<{ uri: string; count: number }>>('jixiao/checkDocuments', {
        documents: [
          { uri: closed, text: rateReport, languageId: 'plaintext' },
          { uri: notReport, text: '会议记录\n资产使用率79.4%。\n', languageId: 'plaintext' },
        ],
      });
      assert.deepEqual(result, [{ uri: closed, count: 1 }]);
      const pushed = await s.diagnostics(closed, 0);
      assert.deepEqual(pushed.map((d) => d.code), ['rate']);
      assert.equal(s.latest(notReport), undefined);
      assert.deepEqual(
        s.statuses.filter((x) => x.uri === closed).map((x) => x.state),
        ['running', 'idle'],
      );
      // An open document is checked as it is in the editor, whatever text is sent.
      await s.open(seedUri, seed);
      await s.diagnostics(seedUri, 1);
      const open = await s.request<Array<{ uri: string; count: number }>>('jixiao/checkDocuments', {
        documents: [{ uri: seedUri, text: '', languageId: 'jixiao' }],
      });
      assert.deepEqual(open, [{ uri: seedUri, count: cliDiagnostics().length }]);
    } finally {
      await s.shutdown();
    }
  });

  it('each finished check says which version it counted and how many findings of each kind', async () => {
    const s = await start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    try {
      const uri = 'file:///tmp/jixiao-ws-status/a.txt';
      await s.open(uri, rateReport);
      await s.change(uri, [{ text: rateReport + '\n总支出10万元，其中：基本支出3万元，项目支出5万元。\n' }]);
      const pulled = await s.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(pulled.items.length, 2);
      const idle = s.statuses.filter((x) => x.uri === uri && x.state === 'idle');
      // The pull after the change counted version 2: two errors (rate, sum-of-parts), before the client has them.
      assert.deepEqual(idle.at(-1), { uri, state: 'idle', version: 2, counts: { errors: 2, warnings: 0, others: 0 } });
    } finally {
      await s.shutdown();
    }
  });

  it('with a pulling client: pushes for closed documents, and clears that copy when the document is opened', async () => {
    const s = await start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    try {
      const uri = 'file:///tmp/jixiao-ws-pull/a.txt';
      await s.request('jixiao/checkDocuments', { documents: [{ uri, text: rateReport, languageId: 'jixiao' }] });
      assert.equal((await s.diagnostics(uri, 0)).length, 1);
      await s.open(uri, rateReport);
      const deadline = Date.now() + 3000;
      while (s.latest(uri)?.diagnostics.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(s.latest(uri)?.diagnostics, [], 'the pushed copy is cleared: the client pulls open documents');
      const pulled = await s.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(pulled.items.map((d) => d.code), ['rate']);
    } finally {
      await s.shutdown();
    }
  });

  it('with a pulling client: a document open but shown in no tab is pushed, as it is in the editor; pulled again, that copy goes', async () => {
    // VS Code keeps a closed editor's document open a while, and its client pulls only for documents in tabs: a
    // workspace check counted such a report's findings, and the Problems panel listed none.
    const s = await start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    try {
      const uri = 'file:///tmp/jixiao-ws-untabbed/a.txt';
      await s.open(uri, rateReport);
      const result = await s.request('jixiao/checkDocuments', { documents: [{ uri, text: 'stale', languageId: 'jixiao', shown: false }] });
      assert.deepEqual(result, [{ uri, count: 1 }]);
      assert.deepEqual((await s.diagnostics(uri, 0)).map((d) => d.code), ['rate'], 'pushed, from the text in the editor');
      const pulled = await s.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(pulled.items.map((d) => d.code), ['rate']);
      const deadline = Date.now() + 3000;
      while (s.latest(uri)?.diagnostics.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(s.latest(uri)?.diagnostics, [], 'the pushed copy is cleared once the client pulls (the document is shown)');
      // Shown (or from a client that says nothing): checked as open, for the client to pull; nothing pushed.
      const before = s.published.length;
      await s.request('jixiao/checkDocuments', { documents: [{ uri, text: '', languageId: 'jixiao' }] });
      assert.equal(s.published.slice(before).filter((p) => p.uri === uri && p.diagnostics.length > 0).length, 0);
    } finally {
      await s.shutdown();
    }
  });
});

describe('diagnostics follow the jixiao.* settings', () => {
  it('reads the VS Code client’s initializationOptions {settings, locale}', async () => {
    const s = await start({
      capabilities: { textDocument: { publishDiagnostics: {} } },
      initializationOptions: { settings: { rules: { rate: 'off' } }, locale: 'zh-cn' },
    });
    try {
      const uri = 'file:///tmp/jixiao-init/报告.txt';
      await s.open(uri, rateReport);
      assert.deepEqual(await s.diagnostics(uri, 1), []);
    } finally {
      await s.shutdown();
    }
  });

  it('turns a rule off and changes a severity (workspace/configuration)', async () => {
    const s = await start({ settings: { rules: { rate: 'off', 'sum-of-parts': 'hint' } } });
    try {
      const uri = 'file:///tmp/jixiao-settings/报告.txt';
      await s.open(uri, rateReport);
      const found = await s.diagnostics(uri, 1);
      assert.ok(!found.some((d) => d.code === 'rate'), 'rate is off');
      // Back to the defaults: the client announces the change, the server re-reads and re-checks.
      s.settings = {};
      await s.notify('workspace/didChangeConfiguration', { settings: null });
      const deadline = Date.now() + 3000;
      while (!s.latest(uri)?.diagnostics.some((d) => d.code === 'rate') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(s.latest(uri)?.diagnostics.some((d) => d.code === 'rate'), 'rate is back on');
    } finally {
      await s.shutdown();
    }
  });

  it('uses the defaults for a client without workspace/configuration (Neovim), and settings it pushes', async () => {
    const s = await start({
      capabilities: { textDocument: { publishDiagnostics: {} } },
      initializationOptions: { jixiao: { rules: { rate: 'warning' } } },
    });
    try {
      await s.open(seedUri, seed);
      const found = await s.diagnostics(seedUri, 1);
      const rate = found.find((d) => d.code === 'rate');
      assert.equal(rate?.severity, 2, 'initializationOptions set rate to warning');
      await s.notify('workspace/didChangeConfiguration', { settings: { jixiao: {} } });
      const deadline = Date.now() + 3000;
      while (s.latest(seedUri)?.diagnostics.find((d) => d.code === 'rate')?.severity !== 1 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.deepEqual(s.latest(seedUri)?.diagnostics, cliDiagnostics());
    } finally {
      await s.shutdown();
    }
  });

  it('on save mode: edits do not re-check, saving does', async () => {
    const s = await start({ settings: { run: 'onSave' } });
    try {
      const uri = 'file:///tmp/jixiao-save/报告.txt';
      await s.open(uri, rateReport);
      assert.ok((await s.diagnostics(uri, 1)).some((d) => d.code === 'rate'));
      const at = positionOf(rateReport, '79.4');
      await s.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '74.27' }]);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(s.latest(uri)?.version, 1, 'no check before saving');
      await s.notify('textDocument/didSave', { textDocument: { uri } });
      const after = await s.diagnostics(uri, 2);
      assert.ok(!after.some((d) => d.code === 'rate'));
    } finally {
      await s.shutdown();
    }
  });

  it('does not push to a client that pulls (no duplicate diagnostics); pulls are answered', async () => {
    const s = await start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    try {
      await s.open(seedUri, seed);
      const pulled = await s.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: seedUri } });
      assert.deepEqual(pulled.items, cliDiagnostics());
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(s.published.length, 0);
    } finally {
      await s.shutdown();
    }
  });
});
