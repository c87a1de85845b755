// The analysis of each open document, computed at most once per version, settings and stored ignores.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analyze';
import { AnalysisAbandoned } from '../deadline';
import { reportFormat } from '../features/which-documents';
import type { StoredIgnore } from '../report/ignores';
import type { Analysis } from '../report/model';
import { analysisKey, type Settings } from './settings';

interface Entry {
  version: number;
  key: string;
  analysis: Analysis | undefined;
  /** The analysis ran past jixiao.analysisTimeBudgetMs and was given up (for this version and settings). */
  abandoned?: boolean;
}

/**
 * Test-only: JIXIAO_TEST_SLOW_MS=N makes every analysis spend N ms before it starts (inside its budget's time),
 * so the tests can see what an analysis over its budget does.
 */
const testSlowMs = Number(typeof process !== 'undefined' ? (process.env?.JIXIAO_TEST_SLOW_MS ?? 0) : 0) || 0;

export class Reports {
  private cache = new Map<string, Entry>();

  /** `ignoresOf`: the ignores kept outside the text of the report at a URI (its `.jixiao-ignore` entries). */
  constructor(readonly ignoresOf: (uri: string) => StoredIgnore[] = () => []) {}

  /**
   * The analysis of the document as it is now, or undefined when jixiao does not check this document (not a
   * report, or larger than jixiao.maxFileSize).
   */
  analysis(doc: TextDocument, settings: Settings): Analysis | undefined {
    const text = doc.getText();
    if (tooLarge(text, settings) !== undefined) return undefined;
    const format = reportFormat(doc.languageId, doc.uri, text);
    const ignores = format ? this.ignoresOf(doc.uri) : [];
    const key = `${format ?? '-'}|${analysisKey(settings)}|${ignores.length ? JSON.stringify(ignores) : ''}`;
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
    if (!format) {
      this.cache.set(doc.uri, { version: doc.version, key, analysis: undefined });
      return undefined;
    }
    const budget = settings.analysisTimeBudgetMs;
    const deadline = budget > 0 ? Date.now() + budget : undefined;
    if (testSlowMs) for (const until = Date.now() + testSlowMs; Date.now() < until; );
    try {
      const analysis = analyze(text, { format, rules: settings.rules, ignores, deadline });
      this.cache.set(doc.uri, { version: doc.version, key, analysis });
      return analysis;
    } catch (e) {
      if (!(e instanceof AnalysisAbandoned)) throw e;
      // Given up for this version: hovers and the like find no analysis rather than start it again.
      this.cache.set(doc.uri, { version: doc.version, key, analysis: undefined, abandoned: true });
      return undefined;
    }
  }

  /** Whether the analysis of the document as it is now was abandoned (over jixiao.analysisTimeBudgetMs). */
  abandoned(doc: TextDocument): boolean {
    const hit = this.cache.get(doc.uri);
    return hit?.version === doc.version && hit.abandoned === true;
  }

  isReport(doc: TextDocument): boolean {
    return reportFormat(doc.languageId, doc.uri, doc.getText()) !== undefined;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/** The size of the text in UTF-8 bytes when it is over jixiao.maxFileSize (then it is not analysed), else undefined. */
export function tooLarge(text: string, settings: Settings): number | undefined {
  const limit = settings.maxFileSize * 1024 * 1024;
  // Every UTF-16 unit is 1 to 3 UTF-8 bytes: most texts are decided without counting.
  if (text.length * 3 <= limit) return undefined;
  if (text.length > limit) return text.length;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limit ? bytes : undefined;
}
