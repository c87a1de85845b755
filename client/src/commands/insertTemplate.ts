// Command jixiao.insertTemplate: pick a report skeleton, a section, a sentence or a table and insert it as a
// snippet (tab stops for the year, the department and every figure).
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { groupOrder, templateItems, type Outline, type SnippetEntry, type TemplateGroup, type TemplateItem } from '../templates';

function groupLabel(group: TemplateGroup): string {
  switch (group) {
    case 'skeleton':
      return l10n.t('报告框架');
    case 'section':
      return l10n.t('章节');
    case 'sentence':
      return l10n.t('句式');
    case 'table':
      return l10n.t('表格');
  }
}

async function readSnippets(extensionUri: vscode.Uri, file: string): Promise<Record<string, SnippetEntry>> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', file));
  return JSON.parse(new TextDecoder('utf-8').decode(bytes)) as Record<string, SnippetEntry>;
}

type Pick = vscode.QuickPickItem & { template?: TemplateItem };

function picks(items: TemplateItem[]): Pick[] {
  const out: Pick[] = [];
  for (const group of groupOrder) {
    const inGroup = items.filter((i) => i.group === group);
    if (inGroup.length === 0) continue;
    out.push({ label: groupLabel(group), kind: vscode.QuickPickItemKind.Separator });
    for (const template of inGroup) {
      out.push({ label: template.name, description: template.prefix, detail: template.description, template });
    }
  }
  return out;
}

/** Inserts into the active editor, or into a new jixiao document when none is open. Returns the snippet name. */
export async function insertTemplate(extensionUri: vscode.Uri, prefix?: string): Promise<string | undefined> {
  let editor = vscode.window.activeTextEditor;
  const markdown = editor?.document.languageId === 'markdown';
  // The document's own setting; with no editor (a new untitled document), the window's, on purpose (`null`).
  const outline = vscode.workspace.getConfiguration('jixiao', editor?.document ?? null).get<Outline>('template', 'arabic');
  let items: TemplateItem[];
  try {
    items = templateItems(await readSnippets(extensionUri, markdown ? 'markdown.json' : 'jixiao.json'), outline);
  } catch (error) {
    void vscode.window.showErrorMessage(l10n.t('读取模板失败：{0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  // A prefix (from a keybinding or a test) picks the template directly.
  let template = prefix === undefined ? undefined : items.find((i) => i.prefix === prefix);
  if (template === undefined) {
    const picked = await vscode.window.showQuickPick(picks(items), {
      title: l10n.t('插入报告模板'),
      placeHolder: l10n.t('选择报告框架、章节、句式或表格'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    template = picked?.template;
  }
  if (!template) return undefined;
  if (!editor) {
    const doc = await vscode.workspace.openTextDocument({ language: 'jixiao', content: '' });
    editor = await vscode.window.showTextDocument(doc);
  }
  // Word-pasted tables are TAB cells: an editor indenting with spaces would turn them into spaces.
  const tabs = /(^|\n)\t/.test(template.body);
  const insertSpaces = editor.options.insertSpaces;
  if (tabs && insertSpaces === true) editor.options = { ...editor.options, insertSpaces: false };
  try {
    await editor.insertSnippet(new vscode.SnippetString(template.body));
  } finally {
    if (tabs && insertSpaces === true) editor.options = { ...editor.options, insertSpaces: true };
  }
  return template.name;
}
