// A time budget for one analysis (jixiao.analysisTimeBudgetMs in the server). The analysis looks at the clock
// between its steps — after parsing, before each rule, before sorting out the findings — and gives up with
// AnalysisAbandoned once it is past its deadline. A step already running is not interrupted: the budget bounds
// the time to the end of the step in which it runs out.

export class AnalysisAbandoned extends Error {
  constructor() {
    super('analysis abandoned: over its time budget');
    this.name = 'AnalysisAbandoned';
  }
}

/** Throws AnalysisAbandoned when `deadline` (a Date.now() time) has passed; nothing when there is none. */
export function checkDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && Date.now() > deadline) throw new AnalysisAbandoned();
}
