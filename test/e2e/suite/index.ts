// The in-extension-host tests: loaded by VS Code (extensionTestsPath) under code-server or @vscode/test-electron;
// `run()` runs them in order and rejects when any fails. Bundled by test/e2e/bundle-suite.ts.
import { runAll } from './harness';
import './seed-diagnostics';
import './hover';
import './outline';
import './screenshots';
import './quick-fix';
import './snippet';
import './drafting';
import './language';
// Before the workspace check: the views it opened and closed stay open in VS Code without a tab, and the
// check must still list their findings (they are pushed; VS Code's client pulls only for tabs).
import './document-views';
import './check-workspace';
import './message-language';

export function run(): Promise<void> {
  return runAll();
}
