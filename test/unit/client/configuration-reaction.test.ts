// A settings change: jixiao.messageLanguage restarts the server and sends it nothing (a notification to the
// client being stopped showed "Sending notification workspace/didChangeConfiguration failed"); other jixiao
// settings go to the running server; other extensions' settings are none of its business.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configurationReaction } from '../../../client/src/configurationReaction';

/** A change event as VS Code makes it: `changed` is the setting that changed; its parent sections are affected too. */
const change = (changed: string) => ({
  affectsConfiguration: (section: string) => changed === section || changed.startsWith(`${section}.`),
});

test('a change of the message language restarts the server, with no notification', () => {
  assert.equal(configurationReaction(change('jixiao.messageLanguage')), 'restart');
});

test('other jixiao settings are sent to the running server', () => {
  for (const s of ['jixiao.rules', 'jixiao.run', 'jixiao.inlayHints.enabled', 'jixiao.template']) {
    assert.equal(configurationReaction(change(s)), 'notify', s);
  }
});

test('settings of others are ignored', () => {
  assert.equal(configurationReaction(change('editor.fontSize')), 'none');
  assert.equal(configurationReaction(change('jixiaoOther.x')), 'none');
});
