// The status-bar text users see for the active report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusFor, statusText } from '../../../client/src/statusText';

describe('statusText', () => {
  it('a spinner while a check runs', () => {
    assert.equal(statusText({ errors: 2, warnings: 0, others: 0 }, true).text, '$(sync~spin) 绩效：检查中…');
  });

  it('the finding count, with an icon for the worst severity and a breakdown in the tooltip', () => {
    const s = statusText({ errors: 2, warnings: 5, others: 1 }, false);
    assert.equal(s.text, '$(error) 绩效：8 处问题');
    assert.match(s.tooltip, /^错误 2，警告 5，其他 1\n/);
    assert.equal(statusText({ errors: 0, warnings: 3, others: 0 }, false).text, '$(warning) 绩效：3 处问题');
    assert.equal(statusText({ errors: 0, warnings: 0, others: 1 }, false).text, '$(info) 绩效：1 处问题');
  });

  it('no finding', () => {
    assert.equal(statusText({ errors: 0, warnings: 0, others: 0 }, false).text, '$(pass) 绩效：无问题');
  });
});

describe('statusFor: no all-clear before the findings of this version are counted', () => {
  const none = { errors: 0, warnings: 0, others: 0 };
  const three = { errors: 3, warnings: 0, others: 0 };

  it('after an edit, while VS Code still holds the old (empty) findings, the check shows as running', () => {
    // A 500 KB paste: version 7 in the editor, the server counted version 6, the collection is still empty.
    const s = statusFor({ docVersion: 7, running: false, checked: { version: 6, counts: none }, runMode: 'onType', collection: none });
    assert.equal(s.text, '$(sync~spin) 绩效：检查中…');
  });

  it("the server's count for the version in the editor, even before VS Code has pulled it", () => {
    const s = statusFor({ docVersion: 7, running: false, checked: { version: 7, counts: three }, runMode: 'onType', collection: none });
    assert.equal(s.text, '$(error) 绩效：3 处问题');
  });

  it('all clear only when the count for this very version is zero', () => {
    const s = statusFor({ docVersion: 7, running: false, checked: { version: 7, counts: none }, runMode: 'onType', collection: three });
    assert.equal(s.text, '$(pass) 绩效：无问题');
  });

  it('never checked yet: running, not all clear', () => {
    assert.equal(statusFor({ docVersion: 1, running: false, runMode: 'onType', collection: none }).text, '$(sync~spin) 绩效：检查中…');
  });

  it('findings of a workspace check of the file, before the server saw it open', () => {
    assert.equal(statusFor({ docVersion: 1, running: false, runMode: 'onType', collection: three }).text, '$(error) 绩效：3 处问题');
  });

  it('an analysis given up over its time budget: the bar says so, the tooltip says why', () => {
    const why = '检查用时超过了 10 秒的上限，jixiao 放弃了对这一版本的检查（修改后会重新检查）；可在设置 jixiao.analysisTimeBudgetMs 中调整上限';
    const one = { errors: 0, warnings: 0, others: 1 };
    const s = statusFor({ docVersion: 7, running: false, checked: { version: 7, counts: one, abandoned: why }, runMode: 'onType', collection: one });
    assert.deepEqual(s, { text: '$(watch) 绩效：检查超时', tooltip: why });
    // The next version, checked in time, shows its findings again.
    const next = statusFor({ docVersion: 8, running: false, checked: { version: 8, counts: three }, runMode: 'onType', collection: one });
    assert.equal(next.text, '$(error) 绩效：3 处问题');
  });

  it('on save: the last check stands while the user types', () => {
    const s = statusFor({ docVersion: 9, running: false, checked: { version: 4, counts: three }, runMode: 'onSave', collection: three });
    assert.equal(s.text, '$(error) 绩效：3 处问题');
  });
});

describe('statusText in English', () => {
  it('"Jixiao: 1 finding" in the singular, "Jixiao: 2 findings" in the plural', async () => {
    const l10n = await import('@vscode/l10n');
    const { readFileSync } = await import('node:fs');
    l10n.config({ contents: JSON.parse(readFileSync('l10n/bundle.l10n.en.json', 'utf8')) });
    try {
      assert.equal(statusText({ errors: 1, warnings: 0, others: 0 }, false).text, '$(error) Jixiao: 1 finding');
      assert.equal(statusText({ errors: 1, warnings: 1, others: 0 }, false).text, '$(error) Jixiao: 2 findings');
    } finally {
      l10n.config({ contents: {} });
    }
  });
});
