// Which documents the VS Code client hands to the language server.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkedSchemes, documentSelector } from '../../../client/src/documentSelector';

describe('checkedSchemes', () => {
  it('files and untitled documents in an ordinary workspace (or none)', () => {
    assert.deepEqual(checkedSchemes([]), ['file', 'untitled', 'jixiao-doc']);
    assert.deepEqual(checkedSchemes(['file', 'file']), ['file', 'untitled', 'jixiao-doc']);
  });

  it('adds the scheme of a virtual workspace’s folders (Remote Repositories: vscode-vfs), once', () => {
    assert.deepEqual(checkedSchemes(['vscode-vfs', 'file', 'vscode-vfs']), ['file', 'untitled', 'jixiao-doc', 'vscode-vfs']);
    assert.deepEqual(checkedSchemes(['memfs']), ['file', 'untitled', 'jixiao-doc', 'memfs']);
  });

  it('never views of a file: git diffs, source control, output', () => {
    assert.deepEqual(checkedSchemes(['git', 'output', 'vscode-scm', 'pr']), ['file', 'untitled', 'jixiao-doc']);
  });
});

describe('documentSelector', () => {
  it('every filter names a scheme and a language: reports, Markdown and plain text; views of Word, Excel and PDF files as reports', () => {
    const selector = documentSelector(checkedSchemes([]));
    assert.deepEqual(selector, [
      { scheme: 'file', language: 'jixiao' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'jixiao' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'jixiao-doc', language: 'jixiao' },
    ]);
  });
});
