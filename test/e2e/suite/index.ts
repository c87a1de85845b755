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
import './check-workspace';
// After the workspace check: the views it pushed findings for are opened, and each finding is listed once.
import './document-views';
import './message-language';

export function run(): Promise<void> {
  return runAll();
}
