// A settings change: only jixiao.messageLanguage restarts the server; the other jixiao settings go to the running
// server, and other extensions' settings are none of its business.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restartsServer } from '../../../client/src/configurationReaction';

/** A change event as VS Code makes it: `changed` is the setting that changed; its parent sections are affected too. */
const change = (changed: string) => ({
  affectsConfiguration: (section: string) => changed === section || changed.startsWith(`${section}.`),
});

test('a change of the message language restarts the server', () => {
  assert.equal(restartsServer(change('jixiao.messageLanguage')), true);
});

test('other settings do not restart it', () => {
  for (const s of ['jixiao.rules', 'jixiao.run', 'jixiao.inlayHints.enabled', 'jixiao.template', 'editor.fontSize']) {
    assert.equal(restartsServer(change(s)), false, s);
  }
});
