// The extension-host log check of code-server.test.ts catches the warnings VS Code logs for jixiao, and only those.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { jixiaoLogProblems } from './exthost-log';

// Lines as VS Code 1.139's extension host wrote them before the client fixed them, and lines that are not ours.
const ours = [
  "2026-11-28 14:15:29.608 [warning] [jixiao.jixiao] Accessing a resource scoped configuration without providing a resource is not expected. To get the effective value for 'jixiao.rules', provide the URI of a resource or 'null' for any resource.",
  "2026-11-28 14:15:29.747 [info] Extension 'jixiao.jixiao' uses a document selector without scheme. Learn more about this: https://go.microsoft.com/fwlink/?linkid=872305",
  "2026-11-28 14:15:29.750 [warning] DiagnosticCollection with name 'jixiao' does already exist.",
];
const others = [
  "2026-11-28 14:15:29.384 [warning] Accessing a resource scoped configuration without providing a resource is not expected. To get the effective value for 'search.useIgnoreFiles', provide the URI of a resource or 'null' for any resource.",
  "2026-11-28 14:15:29.751 [warning] DiagnosticCollection with name 'markdown' does already exist.",
  "2026-11-28 14:21:11.344 [info] ExtensionService#_doActivateExtension jixiao.jixiao, startup: false, activationEvent: 'onLanguage:jixiao'",
];

test('the extension-host log check finds the jixiao warnings and nothing else', () => {
  assert.deepEqual(jixiaoLogProblems([others[0], ...ours, ...others.slice(1)].join('\n')), ours);
  assert.deepEqual(jixiaoLogProblems(others.join('\r\n')), []);
});
