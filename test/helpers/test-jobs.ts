// Job handlers and a table used only by the job-engine tests: each run records one row, so effects can be counted.
import { sql, type Kysely, type Migration } from 'kysely';
import { z } from 'zod';
import { defineJob } from '../../src/core/jobs/define.js';
import type { JobRegistry, RegisteredJob } from '../../src/core/jobs/types.js';

export const testMigrations: Record<string, Migration> = {
  '2026-11-22-9000-test-effects': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('test_effects')
        .addColumn('job_id', 'bigint', (c) => c.notNull())
        .addColumn('tag', 'text', (c) => c.notNull())
        .addColumn('worker', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};

/** Records `tag`; sleeps sleepMs first; throws while the attempt number is at most `fail`. */
export const recordPayload = z.object({ tag: z.string(), sleepMs: z.number().int().min(0).max(60_000).optional(), fail: z.number().int().optional() });
export const tagPayload = z.object({ tag: z.string() });

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.record': z.infer<typeof recordPayload>;
    'test.record-tx': z.infer<typeof recordPayload>;
    'test.rate-limited': z.infer<typeof tagPayload>;
    'test.permanent': z.infer<typeof tagPayload>;
  }
}

/** One row in test_effects: what ran, by which worker. */
export async function record(db: Kysely<any>, jobId: number, tag: string, worker: string) {
  await sql`insert into test_effects (job_id, tag, worker, at) values (${jobId}, ${tag}, ${worker}, ${Date.now()})`.execute(db);
}

/** Records its tag; sleeps sleepMs first; throws while attempts <= fail. */
const recordIo = defineJob('test.record', {
  schema: recordPayload,
  mode: 'io',
  maxAttempts: 3,
  backoff: { baseMs: 1000, capMs: 60_000 },
  async handle(p, ctx) {
    if (p.sleepMs) await new Promise((r) => setTimeout(r, p.sleepMs));
    if (ctx.job.attempts <= (p.fail ?? 0)) throw Object.assign(new Error(`planned failure ${ctx.job.attempts}`), { retryable: true });
    await record(ctx.db as Kysely<any>, ctx.job.id, p.tag, ctx.job.locked_by ?? '');
  },
});

/** Same, but inside the batch transaction: its row and its completion commit together. */
const recordTx = defineJob('test.record-tx', {
  schema: recordPayload,
  mode: 'transaction',
  maxAttempts: 3,
  backoff: { baseMs: 1000, capMs: 60_000 },
  async handle(p, ctx) {
    await record(ctx.db as Kysely<any>, ctx.job.id, p.tag, ctx.job.locked_by ?? '');
    // A worker process tells its test when it is in the middle of the job (test/integration/job-processes.test.ts).
    if (p.sleepMs && process.env.TEST_SAY_SLEEPING) process.stdout.write(`sleeping in job ${ctx.job.id}\n`);
    if (p.sleepMs) await new Promise((r) => setTimeout(r, p.sleepMs));
    if (ctx.job.attempts <= (p.fail ?? 0)) throw new Error(`planned failure ${ctx.job.attempts}`);
  },
});

/** Fails with a provider-style rate limit that asks to wait 90 s. */
const rateLimited = defineJob('test.rate-limited', {
  schema: tagPayload,
  mode: 'io',
  maxAttempts: 5,
  backoff: { baseMs: 1000, capMs: 60_000 },
  async handle() {
    throw Object.assign(new Error('429 from provider'), { retryable: true, retryAfterMs: 90_000 });
  },
});

/** Fails permanently (a 4xx that retrying cannot fix). */
const permanent = defineJob('test.permanent', {
  schema: tagPayload,
  mode: 'io',
  async handle() {
    throw Object.assign(new Error('rejected: bad list id'), { retryable: false });
  },
});

/** A registry of the given jobs by name, as assemble() builds it. */
export const registryOf = (...jobs: readonly RegisteredJob[]): JobRegistry => new Map(jobs.map((j) => [j.name, j]));

export const testJobs: JobRegistry = registryOf(recordIo, recordTx, rateLimited, permanent);

export async function effects(db: Kysely<any>): Promise<{ job_id: number; tag: string; worker: string }[]> {
  const r = await sql<{ job_id: number; tag: string; worker: string }>`select job_id, tag, worker from test_effects order by at, job_id`.execute(db);
  return r.rows.map((x) => ({ ...x, job_id: Number(x.job_id) }));
}
