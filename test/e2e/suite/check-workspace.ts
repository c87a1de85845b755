// "Check all reports in the workspace": the reports not open get their findings too (pushed by the server into the
// client's 'jixiao-workspace' collection), open ones keep theirs (pulled), and no finding is ever listed twice — also
// after a checked report is opened (its pushed copy makes way for the pulled one).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { openSeed } from './seed';
import { codeOf, settledDiagnostics } from './wait';

interface Summary {
  reports: { uri: string; count: number }[];
  findings: number;
}

const jixiao = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jixiao');
const key = (d: vscode.Diagnostic) => `${d.range.start.line}:${d.range.start.character} [${String(codeOf(d))}] ${d.message}`;

/** The findings of `uri` once there are `count` of them, each listed once. */
async function listedOnce(uri: vscode.Uri, count: number): Promise<void> {
  await settledDiagnostics(uri, () => jixiao(uri).length === count, { quietMs: 800, capMs: 20_000 }).catch((e) => {
    throw new Error(`${uri.path}: ${jixiao(uri).length} findings listed, the check counted ${count}\n${jixiao(uri).map(key).join('\n')}\n${e}`);
  });
  const keys = jixiao(uri).map(key);
  assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], `${uri.path}: findings listed twice`);
}

test('jixiao.checkWorkspace lists every report’s findings once, also after one is opened', async () => {
  const { doc: seed } = await openSeed();
  await settledDiagnostics(seed.uri, (d) => d.length > 0);
  const summary = await vscode.commands.executeCommand<Summary | undefined>('jixiao.checkWorkspace');
  assert.ok(summary, 'the command returns its summary');
  const names = summary.reports.map((r) => decodeURIComponent(r.uri.replace(/^.*\//, '')));
  for (const example of [
    '2022-白沙县住房和城乡建设局-部门整体支出绩效自评报告.txt',
    '2023-衡山高新区-部门整体支出绩效自评报告.txt',
    // the seed as handed in (送审/): Word and PDF, checked as their read-only views
    '2023-衡山高新区-部门整体支出绩效自评报告.docx',
    '2023-衡山高新区-部门整体支出绩效自评报告.pdf',
  ]) {
    assert.ok(names.includes(example), `${example} among the checked reports: ${names.join(', ')}`);
  }
  assert.ok(summary.findings > 0);
  for (const r of summary.reports) await listedOnce(vscode.Uri.parse(r.uri), r.count);

  const closed = summary.reports.find((r) => r.count > 0 && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === r.uri));
  assert.ok(closed, `a report with findings that was not open: ${JSON.stringify(summary.reports)}`);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(closed.uri));
  await vscode.window.showTextDocument(doc, { preview: false });
  await listedOnce(doc.uri, closed.count);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});
