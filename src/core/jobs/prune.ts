// Periodic clean-up of finished job rows: the events, deliveries and stage history are the record, not the queue.
import { z } from 'zod';
import { defineJob } from './define.js';

/** Done and cancelled jobs are kept this long for inspection, then deleted. Dead jobs are kept until retried. */
export const FINISHED_JOB_RETENTION_MS = 14 * 24 * 60 * 60_000;

export const pruneJobsPayload = z.strictObject({});

declare module './types.js' {
  interface JobPayloads {
    'core.prune-jobs': z.infer<typeof pruneJobsPayload>;
  }
}

export const pruneJobsJob = defineJob('core.prune-jobs', {
  schema: pruneJobsPayload,
  mode: 'io',
  repeat: { everyMs: 6 * 60 * 60_000, payload: {} },
  async handle(_payload, ctx) {
    const before = ctx.app.clock.now() - FINISHED_JOB_RETENTION_MS;
    // Bounded batches keep each delete short, so ingest never waits behind a long one.
    for (let round = 0; round < 100; round++) {
      const ids = await ctx.db
        .selectFrom('jobs')
        .select('id')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('status', 'in', ['done', 'cancelled'])
        .where('finished_at', '<', before)
        .limit(5_000)
        .execute();
      if (ids.length === 0) break;
      await ctx.db.deleteFrom('jobs').where('id', 'in', ids.map((r) => r.id)).execute();
      if (ids.length < 5_000) break;
    }
  },
});
