// Incremental analysis of one open document (issue #12: an edit costs what it touches). The same analysis as
// analyze(), through its hooks: the parse uses again the paragraphs and tables whose text is unchanged since the
// last analysis of this document (blocks.ts), and the rules that read each table on its own give a kept table's
// relations again (rule-memo.ts). The findings are those of a fresh analyze() of the same text, byte for byte
// (test/unit/incremental/incremental.test.ts checks it after every edit of long random edit sequences).
//
// One per document: a parse moves the blocks it keeps, so the report of the previous analysis of the document
// is no longer valid once the next has started. The language server drops it before (lsp/reports.ts).
import type { AnalysisHooks } from '../analyze';
import type { Report } from '../report/model';
import { parseReport } from '../report/parse';
import type { Rule, RuleOutput } from '../rules/rule';
import { BlockCache } from './blocks';
import { runByTable, TABLE_LOCAL } from './rule-memo';

export class IncrementalAnalysis implements AnalysisHooks {
  readonly blocks = new BlockCache();
  private readonly builders = {
    paragraph: this.blocks.paragraph.bind(this.blocks),
    table: this.blocks.table.bind(this.blocks),
  };

  parse(text: string, format: Report['format']): Report {
    this.blocks.begin();
    let done = false;
    try {
      const report = parseReport(text, format, this.builders);
      done = true;
      return report;
    } finally {
      if (done) this.blocks.end();
      else this.blocks.abandon();
    }
  }

  run(rule: Rule, report: Report, out: RuleOutput): void {
    if (TABLE_LOCAL.has(rule.id)) runByTable(rule, report, out, this.blocks);
    else rule.run(report, out);
  }
}
