// Chinese first, English via l10n: every message of the server, the CLI and the client has an English
// translation with the same placeholders, and the exported bundle (`npm run l10n`) is current.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { bundleFileCandidates } from '../../../client/src/l10nBundle';
import { readJson, root } from './manifest';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const exporter = require('../../../scripts/l10n-export.mjs') as {
  exportBundle(): Promise<Record<string, string | { message: string }>>;
  asExtractable(source: string): string;
};

const cjk = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

let exported: Record<string, string | { message: string }>;
before(async () => {
  exported = await exporter.exportBundle();
});

describe('message bundles', () => {
  it('l10n/bundle.l10n.json is what `npm run l10n` exports from server/src and client/src', () => {
    const committed = readJson('l10n/bundle.l10n.json');
    const added = Object.keys(exported).filter((k) => !(k in committed));
    const removed = Object.keys(committed).filter((k) => !(k in exported));
    assert.deepEqual({ added, removed }, { added: [], removed: [] }, 'run `npm run l10n`');
    assert.ok(Object.keys(exported).length >= 30, `only ${Object.keys(exported).length} messages found`);
  });

  it('the export finds the server’s wrapped t(…) calls and the client’s l10n.t(…) calls', () => {
    assert.ok('绩效：{0} 处问题' in exported, 'client message');
    const ruleMessages = Object.keys(exported).filter((k) => /应为/.test(k));
    assert.ok(ruleMessages.length > 0, 'no rule message exported');
  });

  it('every message has an English translation with the same placeholders', () => {
    const english = readJson<Record<string, string>>('l10n/bundle.l10n.en.json');
    const missing = Object.keys(exported).filter((k) => typeof english[k] !== 'string' || english[k].trim() === '');
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.en.json');
    for (const key of Object.keys(exported)) {
      assert.equal(placeholders(english[key]), placeholders(key), `placeholders differ: ${key} → ${english[key]}`);
      // Quoted report words (其中, 优/良/中/差, a marker style) may stay; the sentence around them may not.
      assert.ok(cjk(english[key]) < cjk(key) || cjk(key) === 0, `not translated: ${key} → ${english[key]}`);
    }
  });

  it('the English bundle holds no stale messages', () => {
    const english = readJson<Record<string, string>>('l10n/bundle.l10n.en.json');
    assert.deepEqual(Object.keys(english).filter((k) => !(k in exported)), []);
  });
});

describe('asExtractable', () => {
  it('shows the wrapper’s calls to the extractor as l10n.t, leaving other calls alone', () => {
    const src = "import { t } from '../l10n';\nconst a = t('合计 {0}', x);\nfoo.t('x'); format('y'); it('z');";
    const out = exporter.asExtractable(src);
    assert.match(out, /l10n\.t\('合计 \{0\}', x\)/);
    assert.match(out, /foo\.t\('x'\)/);
    assert.match(out, /it\('z'\)/);
    assert.match(exporter.asExtractable("import { t as tr } from './l10n.js';\ntr('a')"), /l10n\.t\('a'\)/);
    assert.equal(exporter.asExtractable("import { t } from 'somewhere';\nt('a')"), "import { t } from 'somewhere';\nt('a')");
  });
});

describe('bundleFileCandidates', () => {
  it('Chinese needs no bundle; another language takes its own (locale, then language), else Chinese stands', () => {
    assert.deepEqual(bundleFileCandidates('zh-cn'), []);
    assert.deepEqual(bundleFileCandidates('zh-tw'), []);
    assert.deepEqual(bundleFileCandidates(''), []);
    assert.deepEqual(bundleFileCandidates('en'), ['bundle.l10n.en.json']);
    assert.deepEqual(bundleFileCandidates('en-US'), ['bundle.l10n.en-us.json', 'bundle.l10n.en.json']);
    assert.deepEqual(bundleFileCandidates('de'), ['bundle.l10n.de.json']);
  });

  it('the English bundle exists where the client and the server look for it', () => {
    assert.doesNotThrow(() => JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.en.json'), 'utf8')));
  });
});
