// Batch sizing (hand-written core): how many transaction jobs the running worker claims at once.
/**
 * How many transaction jobs fit in the budget, from the time recent batches took per job (a moving average, so one
 * slow batch does not shrink the next ones to a single job). The first batch is small: its cost is not known yet.
 */
export function createBatchCost(most: number, budgetMs: number): { limit(): number; observe(jobs: number, ms: number): void } {
  let msPerJob: number | undefined;
  return {
    limit: () => {
      if (budgetMs === Number.POSITIVE_INFINITY) return most;
      return msPerJob === undefined ? Math.min(most, 16) : Math.max(1, Math.min(most, Math.floor(budgetMs / Math.max(msPerJob, 0.01))));
    },
    observe(jobs, ms) {
      const each = ms / jobs;
      msPerJob = msPerJob === undefined ? each : msPerJob * 0.7 + each * 0.3;
    },
  };
}
