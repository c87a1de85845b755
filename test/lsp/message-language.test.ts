// The language of the server's messages: initializationOptions.locale (what the VS Code client's
// jixiao.messageLanguage chose) before InitializeParams.locale (the editor's display language); Chinese, the
// source language, when neither asks for another.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { rateReport, type StartOptions, start } from './session';

const chinese = {
  message: '资产使用率应为 74.27%（在用资产 362 ÷ 固定资产账面原值 487.4），文中为 79.4%，相差 5.13 个百分点',
  fix: '将 79.4% 改为 74.27%',
  hover: /文中为 79\.4%/,
};
const english = {
  message: '资产使用率 should be 74.27% (在用资产 362 ÷ 固定资产账面原值 487.4); the report says 79.4%, off by 5.13 percentage points',
  fix: 'Change 79.4% to 74.27%',
  hover: /the report says 79\.4%/,
};

/** The rate finding on 79.4% and the hover card there, as a client started with `options` gets them. */
async function rateFinding(options: StartOptions): Promise<{ diagnostic: Diagnostic; hover: string }> {
  const s = await start({ capabilities: { textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown'] } } }, ...options });
  try {
    const uri = 'file:///tmp/jixiao-language/报告.txt';
    await s.open(uri, rateReport);
    const found = await s.diagnostics(uri, 1);
    const diagnostic = found.find((d) => d.code === 'rate');
    assert.ok(diagnostic, `a rate finding among ${JSON.stringify(found)}`);
    const at = rateReport.split('\n')[4].indexOf('79.4') + 1;
    const hover = await s.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: at },
    });
    return { diagnostic, hover: hover?.contents.value ?? '' };
  } finally {
    await s.shutdown();
  }
}

function assertLanguage(got: { diagnostic: Diagnostic; hover: string }, want: typeof chinese): void {
  assert.equal(got.diagnostic.message, want.message);
  assert.equal((got.diagnostic.data as { fix?: { title: string } } | undefined)?.fix?.title, want.fix);
  assert.match(got.hover, want.hover);
}

describe('message language', () => {
  it('Chinese when the client names no locale', async () => {
    assertLanguage(await rateFinding({}), chinese);
  });

  it('English for an English editor (InitializeParams.locale "en")', async () => {
    assertLanguage(await rateFinding({ locale: 'en' }), english);
  });

  it('jixiao.messageLanguage "zh-cn" in an English VS Code: the client sends locale zh-cn, the messages are Chinese', async () => {
    const got = await rateFinding({
      locale: 'en',
      initializationOptions: { settings: { messageLanguage: 'zh-cn' }, locale: 'zh-cn' },
    });
    assertLanguage(got, chinese);
  });

  it('jixiao.messageLanguage "en" in a Chinese VS Code: the client sends locale en, the messages are English', async () => {
    const got = await rateFinding({
      locale: 'zh-cn',
      initializationOptions: { settings: { messageLanguage: 'en' }, locale: 'en' },
    });
    assertLanguage(got, english);
  });

  it('an empty initializationOptions.locale does not hide the editor’s', async () => {
    assertLanguage(await rateFinding({ locale: 'en', initializationOptions: { locale: '' } }), english);
  });
});
