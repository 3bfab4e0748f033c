// Job handlers and a table used only by the job-engine tests: each run records one row, so effects can be counted.
import { sql, type Kysely, type Migration } from 'kysely';
import { z } from 'zod';
import type { JobDefinition, JobRegistry } from '../../src/core/jobs/types.js';

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

const payload = z.object({ tag: z.string(), sleepMs: z.number().int().min(0).max(60_000).default(0), fail: z.number().int().default(0) });
type Payload = z.infer<typeof payload>;

async function record(db: Kysely<any>, jobId: number, tag: string, worker: string) {
  await sql`insert into test_effects (job_id, tag, worker, at) values (${jobId}, ${tag}, ${worker}, ${Date.now()})`.execute(db);
}

/** Records its tag; sleeps sleepMs first; throws while attempts <= fail. */
const recordIo: JobDefinition<Payload> = {
  schema: payload,
  mode: 'io',
  maxAttempts: 3,
  backoff: { baseMs: 1000, capMs: 60_000 },
  async handle(p, ctx) {
    if (p.sleepMs > 0) await new Promise((r) => setTimeout(r, p.sleepMs));
    if (ctx.job.attempts <= p.fail) throw Object.assign(new Error(`planned failure ${ctx.job.attempts}`), { retryable: true });
    await record(ctx.db as Kysely<any>, ctx.job.id, p.tag, ctx.job.locked_by ?? '');
  },
};

/** Same, but inside the batch transaction: its row and its completion commit together. */
const recordTx: JobDefinition<Payload> = {
  schema: payload,
  mode: 'transaction',
  maxAttempts: 3,
  backoff: { baseMs: 1000, capMs: 60_000 },
  async handle(p, ctx) {
    await record(ctx.db as Kysely<any>, ctx.job.id, p.tag, ctx.job.locked_by ?? '');
    if (p.sleepMs > 0) await new Promise((r) => setTimeout(r, p.sleepMs));
    if (ctx.job.attempts <= p.fail) throw new Error(`planned failure ${ctx.job.attempts}`);
  },
};

/** Fails with a provider-style rate limit that asks to wait 90 s. */
const rateLimited: JobDefinition<{ tag: string }> = {
  schema: z.object({ tag: z.string() }),
  mode: 'io',
  maxAttempts: 5,
  backoff: { baseMs: 1000, capMs: 60_000 },
  async handle() {
    throw Object.assign(new Error('429 from provider'), { retryable: true, retryAfterMs: 90_000 });
  },
};

/** Fails permanently (a 4xx that retrying cannot fix). */
const permanent: JobDefinition<{ tag: string }> = {
  schema: z.object({ tag: z.string() }),
  mode: 'io',
  async handle() {
    throw Object.assign(new Error('rejected: bad list id'), { retryable: false });
  },
};

export const testJobs: JobRegistry = new Map<string, JobDefinition<never>>([
  ['test.record', recordIo as JobDefinition<never>],
  ['test.record-tx', recordTx as JobDefinition<never>],
  ['test.rate-limited', rateLimited as JobDefinition<never>],
  ['test.permanent', permanent as JobDefinition<never>],
]);

export async function effects(db: Kysely<any>): Promise<{ job_id: number; tag: string; worker: string }[]> {
  const r = await sql<{ job_id: number; tag: string; worker: string }>`select job_id, tag, worker from test_effects order by at, job_id`.execute(db);
  return r.rows.map((x) => ({ ...x, job_id: Number(x.job_id) }));
}
