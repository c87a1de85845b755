// The analysis of each open document, computed at most once per version, settings and stored ignores.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, analyzeUnlessStale } from '../analyze';
import { AnalysisAbandoned } from '../deadline';
import { reportFormat } from '../features/which-documents';
import { IncrementalAnalysis } from '../incremental/session';
import type { StoredIgnore } from '../report/ignores';
import type { Analysis, AnalyzeOptions } from '../report/model';
import { analysisKey, type Settings } from './settings';

interface Entry {
  version: number;
  key: string;
  analysis: Analysis | undefined;
  /** The analysis ran past jixiao.analysisTimeBudgetMs and was given up (for this version and settings). */
  abandoned?: boolean;
}

interface Job {
  text: string;
  key: string;
  options: AnalyzeOptions;
}

/**
 * Test-only: JIXIAO_TEST_SLOW_MS=N makes every analysis spend N ms before it starts (inside its budget's time),
 * so the tests can see what an analysis over its budget does.
 */
const testSlowMs = Number(typeof process !== 'undefined' ? (process.env?.JIXIAO_TEST_SLOW_MS ?? 0) : 0) || 0;

export class Reports {
  private cache = new Map<string, Entry>();
  /** Per open document, the blocks and relations an edit leaves as they were (issue #12). */
  private incremental = new Map<string, IncrementalAnalysis>();

  /** `ignoresOf`: the ignores kept outside the text of the report at a URI (its `.jixiao-ignore` entries). */
  constructor(readonly ignoresOf: (uri: string) => StoredIgnore[] = () => []) {}

  /**
   * The analysis of the document as it is now, or undefined when jixiao does not check this document (not a
   * report, or larger than jixiao.maxFileSize).
   */
  analysis(doc: TextDocument, settings: Settings): Analysis | undefined {
    const job = this.job(doc, settings);
    if (!('text' in job)) return job.analysis;
    try {
      return this.done(doc, job, analyze(job.text, job.options, this.incrementalOf(doc.uri)));
    } catch (e) {
      return this.failed(doc, job, e);
    }
  }

  /**
   * analysis(), letting newer edits in between the analysis's steps: when the document has changed since it
   * started (`doc.version` is no longer `version`), it ends with AnalysisCancelled and caches nothing.
   */
  async currentAnalysis(doc: TextDocument, settings: Settings, current: () => number | undefined): Promise<Analysis | undefined> {
    const job = this.job(doc, settings);
    if (!('text' in job)) return job.analysis;
    const version = doc.version;
    try {
      const analysis = await analyzeUnlessStale(job.text, job.options, () => current() !== version, this.incrementalOf(doc.uri));
      // Finished in its last step while a newer edit came in: its result answers this request, but is not kept.
      return current() === version ? this.done(doc, job, analysis, version) : analysis;
    } catch (e) {
      return this.failed(doc, job, e, version);
    }
  }

  /** The cached analysis of this version and settings, or what to analyse. */
  private job(doc: TextDocument, settings: Settings): { analysis: Analysis | undefined } | Job {
    const text = doc.getText();
    if (tooLarge(text, settings) !== undefined) return { analysis: undefined };
    const format = reportFormat(doc.languageId, doc.uri, text);
    const ignores = format ? this.ignoresOf(doc.uri) : [];
    const key = `${format ?? '-'}|${analysisKey(settings)}|${ignores.length ? JSON.stringify(ignores) : ''}`;
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key) return { analysis: hit.analysis };
    // The analysis of an older version is of no more use: let it go before the new one is built, so that at most
    // one analysis of the document is held at its peak (1 MB report: the server's peak RSS 421 MB → 280 MB).
    // It is no longer valid either: the next parse moves the blocks it keeps from it (incremental/blocks.ts).
    if (hit) this.cache.delete(doc.uri);
    if (!format) {
      this.cache.set(doc.uri, { version: doc.version, key, analysis: undefined });
      return { analysis: undefined };
    }
    return { text, key, options: { format, rules: settings.rules, ignores, deadline: startBudget(settings) } };
  }

  /**
   * A text that is no open document (jixiao/checkDocuments) analysed within jixiao.analysisTimeBudgetMs; undefined
   * when the analysis was abandoned over it. Not cached.
   */
  analyzeText(text: string, options: Omit<AnalyzeOptions, 'deadline'>, settings: Settings): Analysis | undefined {
    const deadline = startBudget(settings);
    try {
      return analyze(text, { ...options, deadline });
    } catch (e) {
      if (e instanceof AnalysisAbandoned) return undefined;
      throw e;
    }
  }

  private incrementalOf(uri: string): IncrementalAnalysis {
    let state = this.incremental.get(uri);
    if (!state) this.incremental.set(uri, (state = new IncrementalAnalysis()));
    return state;
  }

  private done(doc: TextDocument, job: Job, analysis: Analysis, version = doc.version): Analysis {
    this.cache.set(doc.uri, { version, key: job.key, analysis });
    return analysis;
  }

  private failed(doc: TextDocument, job: Job, e: unknown, version = doc.version): undefined {
    if (!(e instanceof AnalysisAbandoned)) throw e;
    // Given up for this version: hovers and the like find no analysis rather than start it again.
    this.cache.set(doc.uri, { version, key: job.key, analysis: undefined, abandoned: true });
    return undefined;
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
    this.incremental.delete(uri);
  }
}

/** The deadline of an analysis starting now under jixiao.analysisTimeBudgetMs (undefined: no limit). */
function startBudget(settings: Settings): number | undefined {
  const budget = settings.analysisTimeBudgetMs;
  const deadline = budget > 0 ? Date.now() + budget : undefined;
  if (testSlowMs) for (const until = Date.now() + testSlowMs; Date.now() < until; );
  return deadline;
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
