// Which documents jixiao checks: the jixiao language always, Markdown and plain text only when they are reports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportFormat } from '../../../server/src/features/which-documents';

describe('which documents are checked', () => {
  it('a jixiao document always; as Markdown when the file is .md', () => {
    assert.equal(reportFormat('jixiao', 'file:///a/notes.txt', '随便什么'), 'txt');
    assert.equal(reportFormat('jixiao', 'file:///a/报告.md', ''), 'md');
  });

  it('Markdown whose title or first heading names a 自评报告', () => {
    assert.equal(reportFormat('markdown', 'file:///r.md', '# 2023年度部门整体支出绩效自评报告\n\n正文'), 'md');
    assert.equal(reportFormat('markdown', 'file:///r.md', '---\ntitle: x\n---\n\n## 项目支出绩效自评报告\n'), 'md');
    assert.equal(reportFormat('markdown', 'file:///r.md', '前言\n\n# 2023年绩效报告\n'), 'md');
    assert.equal(reportFormat('markdown', 'file:///r.md', '# 使用说明\n\n绩效自评报告写法见下。'), undefined);
    assert.equal(reportFormat('markdown', 'file:///r.md', '# 绩效考核办法\n'), undefined, '绩效 without 自评 or 报告');
  });

  it('plain text whose first non-empty line looks like a report title', () => {
    assert.equal(reportFormat('plaintext', 'file:///a.txt', '\n\n2023年度部门整体支出绩效自评报告\n1、 单位基本情况'), 'txt');
    assert.equal(reportFormat('plaintext', 'file:///a.txt', '会议纪要\n2023年度部门整体支出绩效自评报告'), undefined);
  });

  it('other languages are left alone', () => {
    assert.equal(reportFormat('typescript', 'file:///a.ts', '// 2023年度部门整体支出绩效自评报告'), undefined);
  });
});
