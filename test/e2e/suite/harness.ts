// A tiny sequential test runner for the extension host: each test is logged with its name and pass/fail, and
// run() rejects when any failed (the extension host then exits non-zero, which the outer runner reports).
import * as vscode from 'vscode';

export type TestFn = () => Promise<void> | void;

const tests: { name: string; fn: TestFn }[] = [];

export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

export async function runAll(): Promise<void> {
  const failed: string[] = [];
  console.log(`[jixiao-e2e] running ${tests.length} tests in the extension host (VS Code ${vscode.version}, display language ${vscode.env.language})`);
  for (const { name, fn } of tests) {
    const started = Date.now();
    try {
      await fn();
      console.log(`[jixiao-e2e] ok   ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed.push(name);
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      console.log(`[jixiao-e2e] FAIL ${name} (${Date.now() - started} ms)\n${detail}`);
    }
  }
  console.log(`[jixiao-e2e] ${tests.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length) throw new Error(`${failed.length} of ${tests.length} extension-host tests failed: ${failed.join('; ')}`);
}
