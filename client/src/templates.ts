// The insert-template quick pick, from the snippet files (snippets/jixiao.json, snippets/markdown.json): one
// source for completion-as-you-type and for the command. Plain logic, no vscode.

export type TemplateGroup = 'skeleton' | 'section' | 'sentence' | 'table';

export interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

export interface TemplateItem {
  /** The snippet's name in the file. */
  name: string;
  group: TemplateGroup;
  description: string;
  /** The snippet text, ready for a SnippetString. */
  body: string;
  /** Its first prefix, e.g. `jx-table-overall`. */
  prefix: string;
}

export type Outline = 'arabic' | 'chinese';

const groups: Array<[RegExp, TemplateGroup]> = [
  [/^jx-skeleton-/, 'skeleton'],
  [/^jx-section-/, 'section'],
  [/^jx-sentence-/, 'sentence'],
  [/^jx-(table|row)-/, 'table'],
];

export const groupOrder: TemplateGroup[] = ['skeleton', 'section', 'sentence', 'table'];

/**
 * Section headings carry their marker as a choice: the seed outline's first (`${1|3.,（三）|}`), the 一、 outline's
 * second. For the 一、 outline, offer its marker first.
 */
export function preferOutline(body: string, outline: Outline): string {
  if (outline === 'arabic') return body;
  return body.replace(/\$\{(\d+)\|([^,|]+),([^,|]+)\|\}/g, '${$1|$3,$2|}');
}

export function templateItems(snippets: Record<string, SnippetEntry>, outline: Outline): TemplateItem[] {
  const items: TemplateItem[] = [];
  for (const [name, entry] of Object.entries(snippets)) {
    const prefix = Array.isArray(entry.prefix) ? entry.prefix[0] : entry.prefix;
    const group = groups.find(([re]) => re.test(prefix ?? ''))?.[1];
    if (!group || prefix === undefined) continue;
    const body = Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
    items.push({ name, group, prefix, description: entry.description ?? '', body: preferOutline(body, outline) });
  }
  const rank = (item: TemplateItem) => {
    const g = groupOrder.indexOf(item.group) * 2;
    // The skeleton of the configured outline comes first.
    return item.group === 'skeleton' && !item.prefix.endsWith(`-${outline}`) ? g + 1 : g;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
