// Which files are reports: the jixiao language's file-name patterns and its `firstLine` title expression
// (used by VS Code for files without an extension, and by the client for .txt files opened as plain text).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  firstTextLine,
  globToRegExp,
  hasReportTitle,
  isReportFileName,
  languageIdForPath,
  mayBeReport,
  type ReportPatterns,
} from '../../../client/src/reportFiles';
import { jixiaoLanguage, root } from './manifest';

const patterns: ReportPatterns = { filenamePatterns: jixiaoLanguage.filenamePatterns, firstLine: jixiaoLanguage.firstLine };
const firstLine = new RegExp(jixiaoLanguage.firstLine);
const fixture = (name: string) => readFileSync(join(root, 'test', 'fixtures', name), 'utf8');

describe('firstLine', () => {
  it('VS Code accepts it: it starts with ^ and compiles', () => {
    assert.ok(jixiaoLanguage.firstLine.startsWith('^'));
  });

  it('matches report titles: the seed, the fixtures, other usual forms', () => {
    const titles = [
      fixture('seed-hengshan.txt').split('\n')[0],
      '2023年度部门整体支出绩效自评报告',
      '  2022年度衡山县教育局部门整体支出绩效自评报告',
      '关于2023年度部门整体支出绩效自评的报告',
      '2023年度项目支出绩效自评报告',
      '市卫生健康委员会2023年度部门整体支出绩效评价报告',
      '2023年部门整体支出绩效自评表',
    ];
    for (const t of titles) assert.match(t, firstLine);
    assert.equal(fixture('seed-hengshan.txt').split('\n')[0], '2023年度部门整体支出绩效自评报告');
  });

  it('does not match ordinary sentences, headings or unrelated titles', () => {
    const others = [
      '我们按要求完成了绩效自评报告的编写。',
      '根据《关于开展2023年度部门整体支出绩效自评工作的通知》要求，我局开展了自评。',
      '1、 单位基本情况',
      '2023年度部门决算报告',
      '会议纪要',
      '',
    ];
    for (const t of others) assert.doesNotMatch(t, firstLine, t);
  });

  it('is read from the first non-blank line, past a BOM and a Markdown #', () => {
    assert.equal(firstTextLine('\uFEFF\n\n# 2023年度部门整体支出绩效自评报告\n正文'), '2023年度部门整体支出绩效自评报告');
    assert.ok(hasReportTitle(fixture('weijian-2023.md'), patterns));
    assert.ok(hasReportTitle(fixture('seed-hengshan.txt'), patterns));
    assert.ok(!hasReportTitle('会议纪要\n2023年度部门整体支出绩效自评报告', patterns));
  });
});

describe('file names', () => {
  it('the manifest globs match report names, case-insensitively', () => {
    for (const name of ['2023年自评报告.txt', '教育局绩效.txt', 'report.jixiao.txt', 'a/b/X.JIXIAO.TXT', 'd:\\报告\\部门绩效自评.txt']) {
      assert.ok(isReportFileName(name, patterns), name);
    }
    for (const name of ['notes.txt', '自评报告.md', '绩效.txt.bak', 'jixiao.txt']) {
      assert.ok(!isReportFileName(name, patterns), name);
    }
    assert.match('a.b.txt', globToRegExp('*.b.txt'));
    assert.doesNotMatch('axb.txt', globToRegExp('a.b.txt'));
  });

  it('the language a file opens with', () => {
    assert.equal(languageIdForPath('/w/2023绩效.txt', patterns), 'jixiao');
    assert.equal(languageIdForPath('/w/report.md', patterns), 'markdown');
    assert.equal(languageIdForPath('/w/notes.txt', patterns), 'plaintext');
  });

  it('a workspace check sends reports and leaves unrelated text out', () => {
    assert.ok(mayBeReport('/w/a.txt', fixture('nongye-2021-pdf.txt'), patterns));
    assert.ok(mayBeReport('/w/自评报告.txt', 'anything', patterns));
    assert.ok(mayBeReport('/w/x.md', '# 说明\n\n本文为2023年度绩效自评的附件。', patterns));
    assert.ok(!mayBeReport('/w/README.md', '# jixiao\n\nChecks reports.', patterns));
    assert.ok(!mayBeReport('/w/todo.txt', '买菜\n交电费', patterns));
  });
});
