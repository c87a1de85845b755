// Tokenises text with the jixiao TextMate grammar, as VS Code does (vscode-textmate + vscode-oniguruma).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { root } from './manifest';

export interface Token {
  text: string;
  scopes: string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

function load(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'text.jixiao') return null;
        const path = join(root, 'syntaxes', 'jixiao.tmLanguage.json');
        return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
      },
    });
    const g = await registry.loadGrammar('text.jixiao');
    if (!g) throw new Error('grammar text.jixiao did not load');
    return g;
  })();
  return grammar;
}

/** Tokens of every line, the document's lines tokenised in order (multi-line rules carry over). */
export async function tokenizeLines(lines: string[]): Promise<Token[][]> {
  const g = await load();
  let stack = textmate.INITIAL;
  return lines.map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the first token whose text is exactly `text`; fails the caller's test when there is none. */
export function scopesOf(tokens: Token[], text: string): string[] {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${JSON.stringify(text)} among ${JSON.stringify(tokens.map((x) => x.text))}`);
  return t.scopes;
}
