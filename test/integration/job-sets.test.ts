// The set form of transaction jobs (handleBatch): several claimed jobs of one name run as one set, their completions
// in one statement; a set that throws falls back to each job alone; a lease lost for one job undoes the set.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import pino from 'pino';
import { z } from 'zod';
import { getJob } from '../../src/core/jobs/admin.js';
import { defineJob } from '../../src/core/jobs/define.js';
import { enqueueJobs, jobSpec } from '../../src/core/jobs/enqueue.js';
import { JobInSetFailed } from '../../src/core/jobs/set-failure.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { effects, record, registryOf, testJobs, testMigrations } from '../helpers/test-jobs.js';

const setPayload = z.object({ tag: z.string(), poison: z.boolean().optional(), named: z.boolean().optional() });

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.set': z.infer<typeof setPayload>;
  }
}

describe(`the set form of transaction jobs (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let other: DatabaseHandle;
  let sets: string[][];
  let warnings: string[];
  /** Run once at the start of the next set, before it writes anything (a second worker's doing). */
  let beforeNextSet: (() => Promise<void>) | undefined;
  /** The tags `handle` (a job run alone) was called with. */
  let handled: string[];

  const setJob = defineJob('test.set', {
    schema: setPayload,
    mode: 'transaction',
    maxAttempts: 3,
    async handle(p, jc) {
      handled.push(p.tag);
      if (p.poison) throw new Error(`poison ${p.tag}`);
      await record(jc.db as Kysely<any>, jc.job.id, p.tag, 'alone');
    },
    async handleBatch(jobs, bc) {
      const act = beforeNextSet;
      beforeNextSet = undefined;
      await act?.();
      sets.push(jobs.map((j) => j.payload.tag));
      // One insert for the whole set, as a real set form does.
      const rows = jobs.map((j) => sql`(${j.ctx.job.id}, ${j.payload.tag}, 'set', ${Date.now()})`);
      await sql`insert into test_effects (job_id, tag, worker, at) values ${sql.join(rows)}`.execute(bc.db);
      const poisoned = jobs.find((j) => j.payload.poison);
      if (poisoned?.payload.named) throw new JobInSetFailed(poisoned.ctx, new Error(`poison ${poisoned.payload.tag}`));
      if (poisoned) throw new Error(`poison ${poisoned.payload.tag}`);
    },
  });
  const registry = registryOf(setJob, ...testJobs.values());

  beforeAll(async () => {
    t = await createTestDb(testMigrations);
    other = openDatabase(t.target);
  });
  afterAll(async () => {
    await other.close();
    await t.destroy();
  });
  beforeEach(async () => {
    ctx = await createTestContext(t);
    await t.db.deleteFrom('jobs').execute();
    await (t.db as any).deleteFrom('test_effects').execute();
    sets = [];
    warnings = [];
    beforeNextSet = undefined;
    handled = [];
  });

  const drain = () => {
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    return createWorker({ ctx: { ...ctx, logger }, registry, concurrency: 2, leaseMs: 30_000, workerId: 'worker-a' }).drain();
  };
  const enqueue = async (...payloads: z.infer<typeof setPayload>[]) => {
    const ids = await enqueueJobs(ctx, ctx.workspace.id, [...payloads.map((p) => jobSpec('test.set', p)), jobSpec('test.record-tx', { tag: 'other' })]);
    return ids.map((id) => Number(id));
  };
  const messages = () => warnings.map((w) => (JSON.parse(w) as { msg: string }).msg);
  const statusOf = async (id: number) => (await getJob(t.db, ctx.workspace.id, id)).status;

  it('runs the jobs of one name as one set, beside the other jobs of the batch, and marks each done', async () => {
    const [a, b, c, other] = await enqueue({ tag: 'a' }, { tag: 'b' }, { tag: 'c' });
    expect(await drain()).toBe(4);
    expect(sets).toEqual([['a', 'b', 'c']]);
    expect((await effects(t.db as any)).map((e) => `${e.tag}:${e.worker}`).sort()).toEqual(['a:set', 'b:set', 'c:set', 'other:worker-a']);
    for (const id of [a, b, c, other]) expect(await statusOf(id!)).toBe('done');
    expect(messages()).toEqual([]);
  });

  it('a lone job of the name runs through handle', async () => {
    const [a] = await enqueue({ tag: 'a' });
    await drain();
    expect(sets).toEqual([]);
    expect((await effects(t.db as any)).filter((e) => e.tag === 'a')).toEqual([{ job_id: a, tag: 'a', worker: 'alone' }]);
  });

  it('a set that throws leaves nothing of itself: each job runs alone, and only the bad one fails', async () => {
    const [a, bad, c] = await enqueue({ tag: 'a' }, { tag: 'bad', poison: true }, { tag: 'c' });
    await drain();
    expect(sets).toEqual([['a', 'bad', 'c']]);
    expect((await effects(t.db as any)).filter((e) => e.tag !== 'other').map((e) => `${e.tag}:${e.worker}`).sort()).toEqual(['a:alone', 'c:alone']);
    expect(await statusOf(a!)).toBe('done');
    expect(await statusOf(c!)).toBe('done');
    const failed = await getJob(t.db, ctx.workspace.id, bad!);
    expect(failed.status).toBe('queued');
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toBe('poison bad');
    expect(messages()).toContain('the set form failed; running each job alone');
  });

  it('a set that names its failing job records that failure without running the job again; the others run alone', async () => {
    const [a, bad, c] = await enqueue({ tag: 'a' }, { tag: 'bad', poison: true, named: true }, { tag: 'c' });
    await drain();
    expect(sets).toEqual([['a', 'bad', 'c']]);
    // A module that is down is asked once per attempt, not once in the set and again alone.
    expect(handled.sort()).toEqual(['a', 'c']);
    expect((await effects(t.db as any)).filter((e) => e.tag !== 'other').map((e) => `${e.tag}:${e.worker}`).sort()).toEqual(['a:alone', 'c:alone']);
    expect(await statusOf(a!)).toBe('done');
    expect(await statusOf(c!)).toBe('done');
    expect(await getJob(t.db, ctx.workspace.id, bad!)).toMatchObject({ status: 'queued', attempts: 1, last_error: 'poison bad' });
    expect(messages()).not.toContain('the set form failed; running each job alone');
  });

  // SQLite claims a batch in the transaction that commits its effects (one writer: no other connection can take a job
  // back meanwhile); PostgreSQL commits the claim first, so a lease can run out under a slow set.
  const itOnSqlite = testDialect() === 'sqlite' ? it : () => undefined;
  const itOnPostgres = testDialect() === 'postgres' ? it : () => undefined;

  itOnSqlite('on SQLite the set is claimed in its own transaction: until it commits, another connection sees its jobs still queued', async () => {
    const [a, b] = await enqueue({ tag: 'a' }, { tag: 'b' });
    let seen: string[] = [];
    beforeNextSet = async () => {
      const rows = await other.db.selectFrom('jobs').select('status').where('id', 'in', [a!, b!]).execute();
      seen = rows.map((r) => r.status);
    };
    await drain();
    expect(sets).toEqual([['a', 'b']]);
    expect(seen).toEqual(['queued', 'queued']);
    for (const id of [a, b]) expect(await getJob(t.db, ctx.workspace.id, id!)).toMatchObject({ status: 'done', attempts: 1 });
    expect(messages()).toEqual([]);
  });

  itOnPostgres('a lease lost for one job of the set: its effects are undone and it stays with its new owner; the others run', async () => {
    const [a, taken] = await enqueue({ tag: 'a' }, { tag: 'taken' });
    // Another worker took the job back after its lease ran out (through its own connection, before the set wrote).
    beforeNextSet = async () => {
      await other.db.updateTable('jobs').set({ locked_by: 'worker-b' }).where('id', '=', taken!).execute();
    };
    await drain();
    expect(sets).toEqual([['a', 'taken']]);
    expect((await effects(t.db as any)).filter((e) => e.tag !== 'other')).toEqual([{ job_id: a, tag: 'a', worker: 'alone' }]);
    expect(await statusOf(a!)).toBe('done');
    const lost = await getJob(t.db, ctx.workspace.id, taken!);
    expect(lost).toMatchObject({ status: 'running', locked_by: 'worker-b' });
    expect(messages()).toEqual(["lease lost before the batch committed; the job's effects were rolled back"]);
  });
});
