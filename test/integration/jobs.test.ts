import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cancelJobsByKey, enqueueJob, enqueueJobs, jobSpec, type JobSpec } from '../../src/core/jobs/enqueue.js';
import { defineJob } from '../../src/core/jobs/define.js';
import { getJob, retryJob } from '../../src/core/jobs/admin.js';
import { claimJobs, recoverExpiredLeases, releaseJobs, SUPERSEDED } from '../../src/core/jobs/claim.js';
import { createWorker, ensureRepeatingJobs } from '../../src/core/jobs/worker.js';
import { FINISHED_JOB_RETENTION_MS, pruneJobsJob } from '../../src/core/jobs/prune.js';
import type { JobRegistry } from '../../src/core/jobs/types.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { effects, record, registryOf, tagPayload, testJobs, testMigrations } from '../helpers/test-jobs.js';

const periodicPayload = z.object({ scope: z.string() });
const progressPayload = z.object({ total: z.number() });
const keyedPayload = z.object({ tag: z.string(), requeueThenFail: z.boolean().optional() });

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.track': z.infer<typeof tagPayload>;
    'test.periodic': z.infer<typeof periodicPayload>;
    'test.progress-tx': z.infer<typeof progressPayload>;
    'test.progress-io': z.infer<typeof progressPayload>;
    'test.keyed': z.infer<typeof keyedPayload>;
  }
}

describe(`jobs and timers (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;

  beforeAll(async () => {
    t = await createTestDb(testMigrations);
  });
  afterAll(async () => t.destroy());
  beforeEach(async () => {
    ctx = await createTestContext(t);
    await t.db.deleteFrom('jobs').execute();
    await (t.db as any).deleteFrom('test_effects').execute();
  });

  const worker = (registry: JobRegistry = testJobs, concurrency = 4) =>
    createWorker({ ctx, registry, concurrency, leaseMs: 30_000, pollMs: 50 });

  it('runs jobs that share a serial key one at a time, in enqueue order, and other keys in parallel', async () => {
    const running = new Map<string, number>();
    let maxPerKey = 0;
    let maxOverall = 0;
    let overall = 0;
    const order: string[] = [];
    const track = defineJob('test.track', {
      schema: tagPayload,
      mode: 'io',
      async handle(p, jc) {
        const key = jc.job.serial_key ?? '';
        running.set(key, (running.get(key) ?? 0) + 1);
        overall++;
        maxPerKey = Math.max(maxPerKey, running.get(key) ?? 0);
        maxOverall = Math.max(maxOverall, overall);
        await new Promise((r) => setTimeout(r, 30));
        order.push(p.tag);
        running.set(key, (running.get(key) ?? 0) - 1);
        overall--;
      },
    });
    const registry = registryOf(track);
    const specs: JobSpec[] = [];
    for (let i = 0; i < 5; i++) {
      specs.push(jobSpec('test.track', { tag: `a${i}` }, { serialKey: 'contact:a' }));
      specs.push(jobSpec('test.track', { tag: `b${i}` }, { serialKey: 'contact:b' }));
    }
    await enqueueJobs(ctx, ctx.workspace.id, specs);
    const ran = await worker(registry, 4).drain();
    expect(ran).toBe(10);
    expect(maxPerKey).toBe(1);
    expect(maxOverall).toBe(2);
    expect(order.filter((x) => x.startsWith('a'))).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(order.filter((x) => x.startsWith('b'))).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
  });

  it('does not let a future timer block due work of the same key', async () => {
    await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'timer' }, { serialKey: 'k', runAt: ctx.clock.now() + 3_600_000 });
    await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'now' }, { serialKey: 'k' });
    await worker().drain();
    expect((await effects(t.db as any)).map((e) => e.tag)).toEqual(['now']);
  });

  it('fires a timer at its time and not before', async () => {
    const due = ctx.clock.now() + 7 * 24 * 3_600_000;
    await enqueueJob(ctx, ctx.workspace.id, 'test.record-tx', { tag: 'expire' }, { runAt: due, jobKey: 'lead-expiry:1' });
    const w = worker();
    ctx.clock.set(due - 1);
    expect(await w.drain()).toBe(0);
    ctx.clock.set(due);
    expect(await w.drain()).toBe(1);
    expect((await effects(t.db as any)).map((e) => e.tag)).toEqual(['expire']);
  });

  it('replaces a queued job with the same key (a moved timer, a debounce) and cancels by key', async () => {
    const now = ctx.clock.now();
    const first = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'v1' }, { jobKey: 'turn:chat1', runAt: now + 5_000 });
    const second = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'v2' }, { jobKey: 'turn:chat1', runAt: now + 8_000 });
    expect(second).toBe(first);
    const kept = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'v3' }, { jobKey: 'turn:chat1', onKeyConflict: 'keep' });
    expect(kept).toBeUndefined();
    // `none` promises the key is new; a queued job holding it is an error, not a silent second job.
    await expect(enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'v4' }, { jobKey: 'turn:chat1', onKeyConflict: 'none' })).rejects.toThrow();
    ctx.clock.advance(5_000);
    expect(await worker().drain()).toBe(0);
    ctx.clock.advance(3_000);
    await worker().drain();
    expect((await effects(t.db as any)).map((e) => e.tag)).toEqual(['v2']);

    await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'expiry' }, { jobKey: 'lead-expiry:9', runAt: ctx.clock.now() + 1000 });
    expect(await cancelJobsByKey(ctx, ctx.workspace.id, 'lead-expiry:9')).toBe(1);
    ctx.clock.advance(2000);
    expect(await worker().drain()).toBe(0);
  });

  it('keyed jobs given together behave as if given one by one: a repeated key moves its job, `keep` leaves a queued one', async () => {
    const now = ctx.clock.now();
    const queued = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'old-b' }, { jobKey: 'turn:b', runAt: now + 1_000 });
    const ids = await enqueueJobs(ctx, ctx.workspace.id, [
      jobSpec('test.record', { tag: 'a1' }, { jobKey: 'turn:a', runAt: now + 5_000 }),
      jobSpec('test.record', { tag: 'kept-b' }, { jobKey: 'turn:b', onKeyConflict: 'keep' }),
      jobSpec('test.record', { tag: 'c' }, { jobKey: 'turn:c', onKeyConflict: 'keep', runAt: now + 2_000 }),
      jobSpec('test.record', { tag: 'a2' }, { jobKey: 'turn:a', runAt: now + 3_000 }),
      jobSpec('test.record', { tag: 'plain' }),
    ]);
    const [a1, keptB, c, a2, plain] = ids;
    expect(a2).toBe(a1);
    expect(keptB).toBeUndefined();
    expect(new Set([a1, c, plain, queued]).size).toBe(4);
    const rows = await t.db.selectFrom('jobs').select(['job_key', 'payload', 'run_at']).where('status', '=', 'queued').execute();
    expect(rows.map((r) => [r.job_key ?? '', JSON.parse(r.payload).tag, Number(r.run_at) - now]).sort()).toEqual([
      ['', 'plain', 0],
      ['turn:a', 'a2', 3_000],
      ['turn:b', 'old-b', 1_000],
      ['turn:c', 'c', 2_000],
    ]);
  });

  it('cancels a failed keyed job instead of queueing it again when a newer job with its key was queued meanwhile', async () => {
    const keyed = defineJob('test.keyed', {
      schema: keyedPayload,
      mode: 'io',
      async handle(p, jc) {
        if (p.requeueThenFail) {
          // Someone moves the timer (or retries the delivery) while this attempt runs, and then the attempt fails.
          await enqueueJob(jc.app, jc.workspaceId, 'test.keyed', { tag: 'newer' }, { jobKey: jc.job.job_key });
          throw new Error('provider timed out');
        }
        await record(jc.db as any, jc.job.id, p.tag, '');
      },
    });
    const first = await enqueueJob(ctx, ctx.workspace.id, 'test.keyed', { tag: 'older', requeueThenFail: true }, { jobKey: 'turn:chat2' });
    if (first === undefined) throw new Error('no id');
    await worker(registryOf(keyed)).drain();
    const older = await getJob(t.db, ctx.workspace.id, first);
    expect(older.status).toBe('cancelled');
    expect(older.last_error).toContain('provider timed out');
    expect(older.last_error).toContain(SUPERSEDED);
    expect((await effects(t.db as any)).map((e) => e.tag)).toEqual(['newer']);
  });

  const claim = async (workerId: string) => claimJobs(ctx.db, ctx.dialect, { workerId, now: ctx.clock.now(), leaseMs: 1_000, limit: 10, names: ['test.record'] });
  const statusOf = async (id: number | undefined) => (await getJob(t.db, ctx.workspace.id, id ?? -1)).status;

  it('gives a keyed job back to the queue on lease expiry or release only when no newer job holds its key', async () => {
    const expired = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'a' }, { jobKey: 'k:expired' });
    const released = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'b' }, { jobKey: 'k:released' });
    const alone = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'c' }, { jobKey: 'k:alone' });
    expect(await claim('gone')).toHaveLength(3);
    await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'a2' }, { jobKey: 'k:expired' });
    await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'b2' }, { jobKey: 'k:released' });
    await releaseJobs(ctx.db, { workerId: 'gone', ids: [released ?? -1], now: ctx.clock.now() });
    ctx.clock.advance(2_000);
    expect(await recoverExpiredLeases(ctx.db, ctx.clock.now())).toBe(2);
    expect([await statusOf(expired), await statusOf(released), await statusOf(alone)]).toEqual(['cancelled', 'cancelled', 'queued']);
    await worker().drain();
    expect((await effects(t.db as any)).map((e) => e.tag).sort()).toEqual(['a2', 'b2', 'c']);
  });

  it('when two jobs with one key both lose their lease, only the newer goes back to the queue', async () => {
    const older = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'older' }, { jobKey: 'k:both' });
    expect(await claim('gone-1')).toHaveLength(1);
    const newer = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'newer' }, { jobKey: 'k:both' });
    expect(await claim('gone-2')).toHaveLength(1);
    ctx.clock.advance(2_000);
    expect(await recoverExpiredLeases(ctx.db, ctx.clock.now())).toBe(2);
    expect([await statusOf(older), await statusOf(newer)]).toEqual(['cancelled', 'queued']);
    expect((await getJob(t.db, ctx.workspace.id, older ?? -1)).last_error).toBe(SUPERSEDED);
  });

  it('retries with exponential backoff, then goes dead after the last attempt, and a manual retry runs it again', async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'flaky', fail: 99 });
    if (id === undefined) throw new Error('no id');
    const w = worker();
    await w.drain();
    let job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('queued');
    expect(job.attempts).toBe(1);
    // random() is 0.5 in tests: base 1000 ms × 2^0 × 0.75
    expect(job.run_at - ctx.clock.now()).toBe(750);
    expect(job.last_error).toContain('planned failure 1');

    ctx.clock.advance(750);
    await w.drain();
    job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.run_at - ctx.clock.now()).toBe(1500);

    ctx.clock.advance(1500);
    await w.drain();
    job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('dead');
    expect(job.attempts).toBe(3);
    ctx.clock.advance(3_600_000);
    expect(await w.drain()).toBe(0);

    await retryJob(t.db, ctx.clock, ctx.workspace.id, id);
    await t.db.updateTable('jobs').set({ payload: JSON.stringify({ tag: 'flaky', fail: 0 }) }).where('id', '=', id).execute();
    await w.drain();
    expect((await getJob(t.db, ctx.workspace.id, id)).status).toBe('done');
    expect((await effects(t.db as any)).map((e) => e.tag)).toEqual(['flaky']);
  });

  it("honours a provider's Retry-After when it asks for longer than the backoff", async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.rate-limited', { tag: 'x' });
    if (id === undefined) throw new Error('no id');
    await worker().drain();
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('queued');
    expect(job.run_at - ctx.clock.now()).toBe(90_000);
  });

  it('makes a job dead at once on a permanent error', async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.permanent', { tag: 'x' });
    if (id === undefined) throw new Error('no id');
    await worker().drain();
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('dead');
    expect(job.attempts).toBe(1);
    expect(job.last_error).toContain('bad list id');
  });

  it('rolls back the effects of a failed transaction job but keeps those of its batch neighbours', async () => {
    await enqueueJobs(ctx, ctx.workspace.id, [
      { name: 'test.record-tx', payload: { tag: 'ok1' } },
      { name: 'test.record-tx', payload: { tag: 'bad', fail: 1 } },
      { name: 'test.record-tx', payload: { tag: 'ok2' } },
    ]);
    await worker().drain();
    expect((await effects(t.db as any)).map((e) => e.tag).sort()).toEqual(['ok1', 'ok2']);
    ctx.clock.advance(60_000);
    await worker().drain();
    expect((await effects(t.db as any)).map((e) => e.tag).sort()).toEqual(['bad', 'ok1', 'ok2']);
  });

  it('marks a job whose payload no longer parses as dead instead of crashing the worker', async () => {
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.record', { tag: 'x' });
    if (id === undefined) throw new Error('no id');
    // As if the job's schema had changed since it was queued.
    await t.db.updateTable('jobs').set({ payload: JSON.stringify({ nope: true }) }).where('id', '=', id).execute();
    await worker().drain();
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('dead');
    expect(job.last_error).toContain('tag');
  });

  it('keeps one run of a periodic job queued per workspace and schedules the next after each run, even a failed one', async () => {
    let runs = 0;
    const periodic = defineJob('test.periodic', {
      schema: periodicPayload,
      mode: 'io',
      maxAttempts: 1,
      repeat: { everyMs: 30 * 60_000, payload: { scope: 'all' } },
      async handle() {
        runs++;
        if (runs === 2) throw new Error('provider down');
      },
    });
    const registry = registryOf(periodic);
    await ensureRepeatingJobs(ctx, registry);
    await ensureRepeatingJobs(ctx, registry);
    const queued = () => t.db.selectFrom('jobs').selectAll().where('name', '=', 'test.periodic').where('status', '=', 'queued').execute();
    expect(await queued()).toHaveLength(1);
    const w = worker(registry);
    for (let i = 0; i < 3; i++) {
      ctx.clock.advance(30 * 60_000);
      expect(await w.drain()).toBe(1);
      const next = await queued();
      expect(next).toHaveLength(1);
      expect(next[0]?.run_at).toBe(ctx.clock.now() + 30 * 60_000);
    }
    expect(runs).toBe(3);
  });

  it('deletes finished jobs after the retention period but keeps dead ones', async () => {
    const old = ctx.clock.now();
    const [done, dead] = await enqueueJobs(ctx, ctx.workspace.id, [
      { name: 'test.record', payload: { tag: 'a' } },
      { name: 'test.permanent', payload: { tag: 'b' } },
    ]);
    await worker().drain();
    ctx.clock.set(old + FINISHED_JOB_RETENTION_MS + 1);
    await enqueueJob(ctx, ctx.workspace.id, 'core.prune-jobs', {});
    await worker(registryOf(...testJobs.values(), pruneJobsJob)).drain();
    const left = await t.db.selectFrom('jobs').select(['id', 'status']).where('id', 'in', [done ?? -1, dead ?? -1]).execute();
    expect(left).toEqual([{ id: dead, status: 'dead' }]);
  });

  it('stores the progress a transaction job reports, with its work, when its batch commits', async () => {
    const progressTx = defineJob('test.progress-tx', {
      schema: progressPayload,
      mode: 'transaction',
      async handle({ total }, jc) {
        // On SQLite the batch holds the only connection: progress written beside it would wait for ever.
        for (let done = 1; done <= total; done++) await jc.reportProgress(done, total);
      },
    });
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.progress-tx', { total: 3 });
    if (id === undefined) throw new Error('no id');
    expect(await worker(registryOf(progressTx)).drain()).toBe(1);
    const job = await getJob(t.db, ctx.workspace.id, id);
    expect(job.status).toBe('done');
    expect(JSON.parse(job.progress ?? 'null')).toEqual({ done: 3, total: 3 });
  });

  it("shows an io job's progress while it is still running", async () => {
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const progressIo = defineJob('test.progress-io', {
      schema: progressPayload,
      mode: 'io',
      async handle({ total }, jc) {
        await jc.reportProgress(1, total);
        await finished;
        await jc.reportProgress(total, total);
      },
    });
    const id = await enqueueJob(ctx, ctx.workspace.id, 'test.progress-io', { total: 4 });
    if (id === undefined) throw new Error('no id');
    const drained = worker(registryOf(progressIo)).drain();
    const progress = async () => JSON.parse((await getJob(t.db, ctx.workspace.id, id)).progress ?? 'null') as unknown;
    for (let i = 0; i < 200 && (await progress()) === null; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await progress()).toEqual({ done: 1, total: 4 });
    expect((await getJob(t.db, ctx.workspace.id, id)).status).toBe('running');
    finish();
    await drained;
    expect(await progress()).toEqual({ done: 4, total: 4 });
  });

  it('wakes an idle worker in the same process as soon as a job is enqueued', async () => {
    const w = createWorker({ ctx: { ...ctx, clock: { now: () => Date.now() } }, registry: testJobs, concurrency: 2, leaseMs: 30_000, pollMs: 60_000 });
    await w.start();
    try {
      await new Promise((r) => setTimeout(r, 50));
      const started = Date.now();
      await enqueueJob({ ...ctx, clock: { now: () => Date.now() } }, ctx.workspace.id, 'test.record', { tag: 'wake' });
      for (let i = 0; i < 100 && (await effects(t.db as any)).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect((await effects(t.db as any)).map((e) => e.tag)).toEqual(['wake']);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await w.stop(1_000);
    }
  });
});
