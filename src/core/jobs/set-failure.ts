// How a set form says which of its jobs failed, so that job's failure is recorded without running it a second time.
import type { JobContext } from './types.js';

/**
 * Thrown by a `handleBatch` that runs its jobs one after another and knows which one threw. The set is undone; the
 * named job's attempt is recorded as failed with `cause` (its handler is not called again in this attempt: a module
 * that is down is not asked twice), and every other job of the set runs alone.
 */
export class JobInSetFailed extends Error {
  constructor(
    /** The failing job's context, as handed to the set form. */
    readonly failed: JobContext,
    /** What the job threw: recorded as its failure (`cause`, as any Error's). */
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'JobInSetFailed';
  }
}
