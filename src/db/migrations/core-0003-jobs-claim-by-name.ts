// The claim index by job name: a worker asking for delivery jobs reads only queued delivery jobs, never a timer backlog.
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The worker claims io jobs (provider calls) and transaction jobs separately, each by its names, oldest due first.
 * With only (run_at, id) indexed, a claim for `delivery.send` walked every due timer ahead of it (100,000 due
 * expiries in front of the first delivery). Partial on queued rows, like jobs_due, so finished jobs cost nothing.
 */
export const jobsClaimByName: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createIndex('jobs_due_by_name')
      .on('jobs')
      .columns(['name', 'run_at', 'id'])
      .where(sql<boolean>`status = 'queued'`)
      .execute();
  },
};
