// `年度总结.txt` made in the Explorer opens as plain text and is titled afterwards: once the server checks it, the
// client switches it to the jixiao language (highlighting, snippets, editor defaults) without asking, once per
// opened document; a user who switches it back keeps plain text for that file, remembered across sessions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LanguageChoices } from '../../../client/src/languageChoices';

function memory(initial: string[] = []) {
  let saved = [...initial];
  return { load: () => saved, save: (uris: readonly string[]) => void (saved = [...uris]), get saved() { return saved; } };
}

const report = 'file:///home/u/%E5%B9%B4%E5%BA%A6%E6%80%BB%E7%BB%93.txt';

describe('language of the plain-text files jixiao checks', () => {
  it('a plain-text file the server checks is switched to jixiao, once; one it does not check stays plain', () => {
    const c = new LanguageChoices(memory());
    assert.equal(c.shouldSwitch(report, 'plaintext', false), false, 'not (yet) checked: left alone');
    assert.equal(c.shouldSwitch(report, 'plaintext', true), true, 'checked: switched');
    c.didSwitch(report);
    assert.equal(c.shouldSwitch(report, 'plaintext', true), false, 'not twice while open');
    assert.equal(c.shouldSwitch('file:///home/u/notes.md', 'markdown', true), false, 'only plain text');
  });

  it('switched back by the user: never switched again, also in the next session', () => {
    const store = memory();
    const c = new LanguageChoices(store);
    c.didSwitch(report);
    c.languageChanged(report, 'jixiao', 'plaintext');
    assert.deepEqual(store.saved, [report]);
    c.closed(report);
    assert.equal(c.shouldSwitch(report, 'plaintext', true), false);
    assert.equal(new LanguageChoices(store).shouldSwitch(report, 'plaintext', true), false, 'remembered');
  });

  it('closed and opened again (not switched back): it is switched again; failures may be retried', () => {
    const store = memory();
    const c = new LanguageChoices(store);
    c.didSwitch(report);
    c.closed(report);
    assert.equal(c.shouldSwitch(report, 'plaintext', true), true);
    c.didSwitch(report);
    c.switchFailed(report);
    assert.equal(c.shouldSwitch(report, 'plaintext', true), true);
    c.languageChanged(report, 'plaintext', 'markdown');
    assert.deepEqual(store.saved, [], 'only a switch back from jixiao to plain text is a choice to remember');
  });
});
