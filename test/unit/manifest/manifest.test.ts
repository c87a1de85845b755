// The manifest hangs together: every string it localises exists in both languages, every file it names
// exists, every command it contributes is registered by the client and the other way round, and the rule
// settings cover every rule of the catalogue.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { messageLanguages } from '../../../client/src/l10nBundle';
import { maxReportBytes } from '../../../server/src/io/readReport';
import { normalizeSettings } from '../../../server/src/lsp/settings';
import { rules } from '../../../server/src/rules/catalogue';
import { contractRuleIds, jixiaoLanguage, manifest, nlsEn, nlsZh, nlsKeys, root } from './manifest';

function clientSources(dir = join(root, 'client', 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? clientSources(p) : p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('manifest: localised strings', () => {
  it('every %key% of package.json has an English and a Chinese text', () => {
    const keys = nlsKeys(manifest);
    assert.ok(keys.length > 30, `only ${keys.length} localised strings`);
    for (const key of keys) {
      assert.ok(nlsEn[key]?.trim(), `package.nls.json lacks ${key}`);
      assert.ok(nlsZh[key]?.trim(), `package.nls.zh-cn.json lacks ${key}`);
    }
  });

  it('both nls files have the same keys, and none unused', () => {
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nlsEn).sort());
    const used = new Set(nlsKeys(manifest));
    assert.deepEqual(Object.keys(nlsEn).filter((k) => !used.has(k)), []);
  });

  it('the Chinese texts are Chinese and the English ones are not', () => {
    assert.equal(nlsZh['command.checkFile'], '检查当前报告');
    assert.equal(nlsZh['command.category'], '绩效 Jixiao');
    for (const [key, text] of Object.entries(nlsZh)) {
      if (key === 'config.template.chinese') continue; // an outline: 一、 / （一） / 1.
      assert.match(text, /[\u4e00-\u9fff]/, `${key} is not Chinese: ${text}`);
    }
    // On an English VS Code (code-server, intranet installs without the language pack) users still search the
    // command palette for 绩效, as the README says: the English titles carry both names.
    for (const key of Object.keys(nlsEn).filter((k) => k.startsWith('command.'))) {
      assert.match(nlsEn[key], /[A-Za-z]{3}/, `${key} has no English: ${nlsEn[key]}`);
      assert.match(nlsEn[key], /[\u4e00-\u9fff]/, `${key} has no Chinese: ${nlsEn[key]}`);
    }
    for (const nls of [nlsEn, nlsZh]) assert.match(nls['command.category'], /^绩效 Jixiao$/);
  });
});

describe('manifest: commands', () => {
  const contributed: Array<{ command: string; title: string; category: string }> = manifest.contributes.commands;

  it('every command has a localised title and the 绩效 / Jixiao category', () => {
    assert.deepEqual(
      contributed.map((c) => c.command).sort(),
      ['jixiao.checkFile', 'jixiao.checkWorkspace', 'jixiao.insertTemplate', 'jixiao.openDocument', 'jixiao.restartServer'],
    );
    for (const c of contributed) {
      assert.match(c.title, /^%command\.\w+%$/, c.command);
      assert.equal(c.category, '%command.category%', c.command);
    }
  });

  it('the client registers exactly the contributed commands', () => {
    const registered = clientSources()
      .flatMap((src) => [...src.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]))
      .sort();
    assert.deepEqual(registered, contributed.map((c) => c.command).sort());
  });

  it('menus name only contributed commands', () => {
    const names = new Set(contributed.map((c) => c.command));
    for (const [menu, entries] of Object.entries<Array<{ command: string }>>(manifest.contributes.menus)) {
      for (const e of entries) assert.ok(names.has(e.command), `${menu}: ${e.command}`);
    }
  });
});

describe('manifest: files it names', () => {
  it('grammar, snippets, language configuration, l10n folder, main and bins exist', () => {
    const paths = [
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
      manifest.l10n,
      manifest.main,
      ...Object.values<string>(manifest.bin),
    ];
    assert.ok(paths.length >= 8);
    for (const p of paths) assert.ok(existsSync(join(root, p)), `missing ${p}`);
  });

  it('snippets are contributed for jixiao and markdown, the grammar for jixiao', () => {
    assert.deepEqual(
      manifest.contributes.snippets.map((s: { language: string }) => s.language).sort(),
      ['jixiao', 'markdown'],
    );
    assert.deepEqual(manifest.contributes.grammars[0], {
      language: 'jixiao',
      scopeName: 'text.jixiao',
      path: './syntaxes/jixiao.tmLanguage.json',
    });
  });

  it('the language configuration parses and its word pattern keeps a decimal figure whole', () => {
    const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
    const words = '资产使用率79.4%，在用资产362万元，-68.75'.match(new RegExp(config.wordPattern, 'g'));
    assert.deepEqual(words, ['资产使用率', '79.4', '在用资产', '362', '万元', '-68.75']);
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  });
});

describe('manifest: language, activation, capabilities', () => {
  it('declares the jixiao language with its names and file patterns', () => {
    assert.deepEqual(jixiaoLanguage.aliases.slice(0, 2), ['绩效自评报告', 'Performance self-evaluation report']);
    assert.deepEqual(jixiaoLanguage.filenamePatterns, ['*自评报告*.txt', '*绩效*.txt', '*.jixiao.txt']);
  });

  it('activates on reports, Markdown and plain text (and a restored view of a Word/Excel/PDF file), and supports untrusted and virtual workspaces', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:jixiao',
      'onLanguage:markdown',
      'onLanguage:plaintext',
      'onFileSystem:jixiao-doc',
    ]);
    assert.deepEqual(manifest.capabilities, {
      untrustedWorkspaces: { supported: true, description: '%capabilities.untrustedWorkspaces%' },
      virtualWorkspaces: true,
    });
    // What Restricted Mode is told: nothing is executed or fetched (issue #13).
    assert.match(nlsZh['capabilities.untrustedWorkspaces'], /不会被执行或下载/);
    assert.match(nlsEn['capabilities.untrustedWorkspaces'], /is ever executed or fetched/);
  });

  it('keeps TAB table cells as TABs in jixiao documents', () => {
    assert.equal(manifest.contributes.configurationDefaults['[jixiao]']['editor.insertSpaces'], false);
  });

  it('in jixiao documents, typing prose pops no suggestion and Enter always starts a new line', () => {
    // Chinese is typed through an input method that shows its own candidates; word and snippet suggestions on top
    // of it are noise, and Enter accepting one replaced a heading typed by the user with a snippet (issue #9).
    const defaults = manifest.contributes.configurationDefaults['[jixiao]'];
    assert.deepEqual(defaults['editor.quickSuggestions'], { other: 'off', comments: 'off', strings: 'off' });
    assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
    assert.equal(defaults['editor.acceptSuggestionOnEnter'], 'off');
  });

  it('packages with vsce after building, and keeps the CLI bins', () => {
    assert.equal(manifest.scripts['vscode:prepublish'], 'node esbuild.mjs');
    assert.match(manifest.scripts.package, /^vsce package --no-dependencies\b/);
    assert.deepEqual(Object.keys(manifest.bin).sort(), ['jixiao', 'jixiao-language-server']);
  });
});

describe('manifest: settings', () => {
  const properties = manifest.contributes.configuration.properties;

  it('contributes the settings the server reads', () => {
    assert.deepEqual(Object.keys(properties).sort(), [
      'jixiao.analysisTimeBudgetMs',
      'jixiao.ignoreStorage',
      'jixiao.inlayHints.enabled',
      'jixiao.maxFileSize',
      'jixiao.messageLanguage',
      'jixiao.rules',
      'jixiao.run',
      'jixiao.template',
      'jixiao.trace.server',
    ]);
    assert.deepEqual(properties['jixiao.run'].enum, ['onType', 'onSave']);
    assert.equal(properties['jixiao.run'].default, 'onType');
    assert.equal(properties['jixiao.inlayHints.enabled'].default, true);
    assert.deepEqual(properties['jixiao.template'].enum, ['arabic', 'chinese']);
    assert.equal(properties['jixiao.template'].default, 'arabic');
  });

  it('jixiao.maxFileSize: in MB, the default of the server and of the command line', () => {
    const p = properties['jixiao.maxFileSize'];
    assert.equal(p.type, 'number');
    assert.equal(p.default, maxReportBytes / 1024 / 1024);
    assert.equal(normalizeSettings({}).maxFileSize, p.default);
    assert.equal(normalizeSettings({ maxFileSize: 2.5 }).maxFileSize, 2.5);
    for (const bad of [0, -1, 'big', Infinity]) assert.equal(normalizeSettings({ maxFileSize: bad }).maxFileSize, p.default);
    assert.match(nlsZh['config.maxFileSize'], /--max-size/);
    assert.match(nlsEn['config.maxFileSize'], /--max-size/);
  });

  it('jixiao.analysisTimeBudgetMs: in ms, the server’s default, 0 for no limit, nonsense falls back', () => {
    const p = properties['jixiao.analysisTimeBudgetMs'];
    assert.equal(p.type, 'number');
    assert.equal(p.default, normalizeSettings({}).analysisTimeBudgetMs);
    assert.equal(normalizeSettings({ analysisTimeBudgetMs: 0 }).analysisTimeBudgetMs, 0);
    assert.equal(normalizeSettings({ analysisTimeBudgetMs: 2500 }).analysisTimeBudgetMs, 2500);
    for (const bad of [-1, 'slow', Infinity]) assert.equal(normalizeSettings({ analysisTimeBudgetMs: bad }).analysisTimeBudgetMs, p.default);
  });

  it('jixiao.ignoreStorage: file by default (the text pasted back into Word stays clean), or inline', () => {
    const p = properties['jixiao.ignoreStorage'];
    assert.deepEqual(p.enum, ['file', 'inline']);
    assert.equal(p.default, 'file');
    assert.equal(p.scope, 'resource');
    assert.deepEqual(p.enumDescriptions, ['%config.ignoreStorage.file%', '%config.ignoreStorage.inline%']);
    assert.match(nlsZh['config.ignoreStorage'], /Word/, 'says why file is the default');
    assert.match(nlsEn['config.ignoreStorage'], /Word/);
    assert.match(nlsZh['config.ignoreStorage'], /命令行/, 'says the command line honours it too');
  });

  it('jixiao.messageLanguage: auto (the default, VS Code’s display language), always Chinese, always English', () => {
    const p = properties['jixiao.messageLanguage'];
    assert.deepEqual(p.enum, ['auto', 'zh-cn', 'en']);
    assert.deepEqual(p.enum, [...messageLanguages], 'the values the client understands (client/src/l10nBundle.ts)');
    assert.equal(p.default, 'auto');
    // One language server per window: the language is a window setting (user or workspace), not per folder.
    assert.equal(p.scope, 'window');
    assert.equal(p.description, '%config.messageLanguage%');
    assert.deepEqual(p.enumDescriptions, ['%config.messageLanguage.auto%', '%config.messageLanguage.zh-cn%', '%config.messageLanguage.en%']);
    assert.match(nlsEn['config.messageLanguage.zh-cn'], /^Always Chinese/);
    assert.match(nlsZh['config.messageLanguage.zh-cn'], /^始终使用简体中文/);
    assert.match(nlsEn['config.messageLanguage.en'], /^Always English/);
    assert.match(nlsZh['config.messageLanguage.en'], /^始终使用英文/);
    assert.match(nlsZh['config.messageLanguage'], /重新启动/, 'says that changing it restarts the server');
  });

  it('the client reads jixiao settings with a scope (a document, or null for the window on purpose)', () => {
    // Without one VS Code logs "Accessing a resource scoped configuration without providing a resource".
    const calls = clientSources().flatMap((src) => [...src.matchAll(/getConfiguration\(([^)]*)\)/g)].map((m) => m[1].trim()));
    assert.ok(calls.length >= 2, `getConfiguration calls found: ${calls.length}`);
    for (const args of calls) assert.match(args, /^'jixiao',\s*\S/, `getConfiguration(${args}) names no scope`);
  });

  it('jixiao.rules lists every rule id of the contract, each off or a severity', () => {
    const schema = properties['jixiao.rules'];
    assert.deepEqual(Object.keys(schema.properties).sort(), [...contractRuleIds].sort());
    for (const [id, p] of Object.entries<{ enum: string[]; description: string }>(schema.properties)) {
      assert.deepEqual(p.enum, ['off', 'error', 'warning', 'information', 'hint'], id);
      assert.equal(p.description, `%config.rules.${id}%`);
    }
  });

  it('jixiao.rules covers every rule in the catalogue', () => {
    const schemaIds = new Set(Object.keys(properties['jixiao.rules'].properties));
    const missing = rules.map((r) => r.id).filter((id) => !schemaIds.has(id));
    assert.deepEqual(missing, [], `rules without a setting: ${missing.join(', ')}`);
  });
});

describe('packaging', () => {
  it('.vscodeignore ships only the bundles and the declarative files', () => {
    const lines = readFileSync(join(root, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', 'starts by leaving everything out');
    const kept = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    for (const needed of ['dist/client.js', 'dist/server.js', 'dist/documents.js', 'dist/pdf.js', 'syntaxes/**', 'snippets/*.json', 'l10n/*.json']) {
      assert.ok(kept.includes(needed), `.vscodeignore does not keep ${needed}`);
    }
    assert.ok(!kept.some((k) => /src|test|node_modules|\.map/.test(k)), `keeps sources: ${kept.join(' ')}`);
  });

  it('the two bundles the .vsix carries stay under 1 MB together (built by node esbuild.mjs)', () => {
    const size = (f: string) => statSync(join(root, 'dist', f)).size;
    const total = size('client.js') + size('server.js');
    assert.ok(total < 1024 * 1024, `dist/client.js + dist/server.js = ${total} bytes`);
  });

  it('the .vsix is ignored by git', () => {
    assert.match(readFileSync(join(root, '.gitignore'), 'utf8'), /^\*\.vsix$/m);
  });
});
