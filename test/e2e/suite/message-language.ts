// jixiao.messageLanguage: switching it to the other language restarts the language server in that language — the
// findings and the hover cards change — and switching it back restores the first.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { SEED_FINDINGS } from './expected';
import { hoverText } from './hover';
import { shotsDir } from './config';
import { screenshot } from './screenshot';
import { assertMessageLanguage, expectedMessageLanguage, expectedRange, isProblem, openSeed, positionIn, type MessageLanguage } from './seed';
import { codeOf, settledDiagnostics, until } from './wait';

/** How the rate finding on 79.4% and its hover card say "the report says 79.4%" in each language. */
const saysReport: Record<MessageLanguage, RegExp> = { zh: /文中为 79\.4%/, en: /the report says 79\.4%/ };

test('changing jixiao.messageLanguage restarts the server in the other language, and back', async () => {
  const { doc } = await openSeed();
  const config = () => vscode.workspace.getConfiguration('jixiao', null);
  const range = expectedRange(doc, SEED_FINDINGS.find((f) => f.code === 'rate')!);
  const rateMessage = () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'rate' && d.range.isEqual(range))?.message ?? '';
  const inLanguage = async (lang: MessageLanguage) => {
    const message = await until(`the rate finding in ${lang}`, rateMessage, (m) => saysReport[lang].test(m), 30_000);
    assertMessageLanguage(message, lang);
    const hover = await hoverText(doc.uri, positionIn(doc, 35, '79.4', '资产使用率'));
    assert.match(hover, saysReport[lang], `the hover card on 79.4% in ${lang}:\n${hover}`);
    const all = await settledDiagnostics(doc.uri, (d) => d.filter(isProblem).length === SEED_FINDINGS.length);
    for (const d of all.filter(isProblem)) assertMessageLanguage(d.message, lang);
  };

  const first = expectedMessageLanguage();
  await inLanguage(first);
  const before = config().inspect<string>('messageLanguage')?.globalValue;
  const other: MessageLanguage = first === 'zh' ? 'en' : 'zh';
  try {
    await config().update('messageLanguage', other === 'zh' ? 'zh-cn' : 'en', vscode.ConfigurationTarget.Global);
    await inLanguage(other);
    if (shotsDir) {
      // The restart is silent: no "Sending notification workspace/didChangeConfiguration failed", no
      // "Starting server failed" toast.
      const r = await screenshot({ name: 'message-language-switched', waitFor: '.monaco-workbench' });
      assert.ok(r.found, r.error);
      assert.doesNotMatch(r.text, /Sending notification|Starting server failed|Server process exited|服务器启动失败/, 'an error pop-up after the switch');
    }
    console.log(`[jixiao-e2e] switched jixiao.messageLanguage ${before ?? '(unset)'} → ${config().get('messageLanguage')}: ${rateMessage()}`);
  } finally {
    await config().update('messageLanguage', before, vscode.ConfigurationTarget.Global);
  }
  await inLanguage(first);
});
