// An analysis ended because the text it reads has changed since it started (a newer edit): its result would be
// thrown away, so it stops at its next step. See analyzeUnlessStale in analyze.ts.

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled: the document changed');
    this.name = 'AnalysisCancelled';
  }
}
