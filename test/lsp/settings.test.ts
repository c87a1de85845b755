// Reading the jixiao.* settings and the message bundle: wrong values fall back to defaults, never throw.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { bundleCandidates, loadL10nBundle } from '../../server/src/lsp/l10n-bundle';
import { defaultSettings, normalizeSettings } from '../../server/src/lsp/settings';
import { t } from '../../server/src/l10n';

describe('settings', () => {
  it('VS Code’s nested form', () => {
    assert.deepEqual(
      normalizeSettings({ rules: { rate: 'off', share: 'hint' }, run: 'onSave', inlayHints: { enabled: false }, template: 'chinese', ignoreStorage: 'inline' }),
      { rules: { rate: 'off', share: 'hint' }, run: 'onSave', inlayHints: false, template: 'chinese', ignoreStorage: 'inline', maxFileSize: 16, analysisTimeBudgetMs: 10_000 },
    );
  });

  it('dotted keys, as some clients send them', () => {
    assert.equal(normalizeSettings({ 'inlayHints.enabled': false }).inlayHints, false);
  });

  it('wrong values fall back to the defaults', () => {
    assert.deepEqual(normalizeSettings({ rules: { rate: 'loud', share: 3 }, run: 'sometimes', inlayHints: 'yes', template: 7 }), defaultSettings);
    assert.deepEqual(normalizeSettings(null), defaultSettings);
    assert.deepEqual(normalizeSettings([1, 2]), defaultSettings);
    assert.deepEqual(normalizeSettings({ rules: ['rate'] }).rules, {});
  });
});

describe('message bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-l10n-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('Chinese needs no bundle; others try the full locale, then the language', () => {
    assert.deepEqual(bundleCandidates('zh-cn'), []);
    assert.deepEqual(bundleCandidates(''), []);
    assert.deepEqual(bundleCandidates('en-US'), ['bundle.l10n.en-us.json', 'bundle.l10n.en.json']);
  });

  it('a missing or broken bundle leaves Chinese; a present one is used', () => {
    assert.equal(loadL10nBundle('fr', dir), undefined);
    writeFileSync(join(dir, 'bundle.l10n.de.json'), '{ not json');
    assert.equal(loadL10nBundle('de', dir), undefined);
    assert.equal(t('合计'), '合计');
    writeFileSync(join(dir, 'bundle.l10n.en.json'), JSON.stringify({ 合计: 'Total' }));
    assert.equal(loadL10nBundle('en-gb', dir), join(dir, 'bundle.l10n.en.json'));
    assert.equal(t('合计'), 'Total');
  });
});
