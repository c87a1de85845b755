// jixiao.messageLanguage → the locale of the messages, and the bundle that locale takes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleFileCandidates, messageLocale } from '../../../client/src/l10nBundle';

describe('messageLocale', () => {
  it('"zh-cn" is Chinese under an English VS Code: no bundle, the Chinese source strings', () => {
    assert.equal(messageLocale('zh-cn', 'en'), 'zh-cn');
    assert.deepEqual(bundleFileCandidates(messageLocale('zh-cn', 'en')), []);
  });

  it('"en" is English under a Chinese VS Code', () => {
    assert.equal(messageLocale('en', 'zh-cn'), 'en');
    assert.deepEqual(bundleFileCandidates(messageLocale('en', 'zh-cn')), ['bundle.l10n.en.json']);
  });

  it('"auto" follows VS Code’s display language', () => {
    assert.equal(messageLocale('auto', 'en'), 'en');
    assert.equal(messageLocale('auto', 'zh-cn'), 'zh-cn');
    assert.equal(messageLocale('auto', 'de'), 'de');
  });

  it('unset or a wrong value counts as "auto"', () => {
    assert.equal(messageLocale(undefined, 'en'), 'en');
    assert.equal(messageLocale('chinese', 'en'), 'en');
    assert.equal(messageLocale('ZH-CN', 'zh-tw'), 'zh-tw');
    assert.equal(messageLocale(7, 'en-us'), 'en-us');
    assert.equal(messageLocale('auto', undefined), '');
  });
});
