// The group commit of io jobs' endings: many deliveries' answers in one commit without giving up a guarantee (each
// call sent once with its key, a crash or a failed commit sends again with the same key, one job's bad write stays
// its own, a job whose lease was lost does not overwrite the new owner's run).
import type { Dialect, Kysely } from 'kysely';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { SimServer } from '../../sim/base.js';
import { createDelivery, getDelivery } from '../../src/core/deliveries/deliveries.js';
import { deliverySendJob, type DeliverySender } from '../../src/core/deliveries/send-job.js';
import { defineJob } from '../../src/core/jobs/define.js';
import { enqueueJob } from '../../src/core/jobs/enqueue.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { openDatabase } from '../../src/db/connect.js';
import type { Executor } from '../../src/db/database.js';
import type { CompletionSet } from '../../src/core/jobs/types.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { listSender, startListProvider } from '../helpers/list-provider.js';
import { record, registryOf, testMigrations } from '../helpers/test-jobs.js';

/** Both ending jobs' payload: a tag to write, and whether to make that write fail. */
const endingPayload = z.object({ tag: z.string(), breakWrite: z.boolean() });
declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.ending': z.infer<typeof endingPayload>;
    'test.ending-in-set': z.infer<typeof endingPayload>;
  }
}

/** What both ending jobs share besides their payload: io, three attempts. */
const endingOptions = { schema: endingPayload, mode: 'io', maxAttempts: 3, backoff: { baseMs: 1_000, capMs: 60_000 } } as const;

/** Writes its tag with its completion; `breakWrite` makes that write fail (a row the table refuses). */
const endingJob = defineJob('test.ending', {
  ...endingOptions,
  async handle(p, ctx) {
    await ctx.atCompletion(async (db) => {
      if (p.breakWrite) await sql`insert into test_effects (job_id, tag, worker, at) values (${ctx.job.id}, ${p.tag}, null, null)`.execute(db);
      else await record(db as Kysely<any>, ctx.job.id, p.tag, ctx.job.locked_by ?? '');
    });
  },
});

/** Each call of the set's write, with the tags it was given. */
const setCalls: string[][] = [];

/** Writes every item it is given in one insert; a `breakWrite` item's row is one the table refuses (no tag). */
const taggedSet: CompletionSet<{ jobId: number; tag: string; breakWrite: boolean }> = {
  async write(db, items) {
    setCalls.push(items.map((i) => i.tag));
    const rows = items.map((i) => sql`(${i.jobId}, ${i.breakWrite ? null : i.tag}, ${'set'}, cast(${0} as bigint))`);
    await sql`insert into test_effects (job_id, tag, worker, at) values ${sql.join(rows)}`.execute(db);
  },
};

const endingInSetJob = defineJob('test.ending-in-set', {
  ...endingOptions,
  async handle(p, ctx) {
    await ctx.atCompletionInSet(taggedSet, { jobId: ctx.job.id, tag: p.tag, breakWrite: p.breakWrite });
  },
});

/** Fails every COMMIT while armed, as a full disk or a lost connection would. */
function commitBreaker() {
  let armed = false;
  return {
    arm: () => void (armed = true),
    disarm: () => void (armed = false),
    wrap(dialect: Dialect): Dialect {
      return {
        createAdapter: () => dialect.createAdapter(),
        createIntrospector: (db) => dialect.createIntrospector(db),
        createQueryCompiler: () => dialect.createQueryCompiler(),
        createDriver() {
          const driver = dialect.createDriver();
          return Object.assign(Object.create(driver) as typeof driver, {
            init: () => driver.init(),
            acquireConnection: () => driver.acquireConnection(),
            beginTransaction: driver.beginTransaction.bind(driver),
            rollbackTransaction: driver.rollbackTransaction.bind(driver),
            releaseConnection: driver.releaseConnection.bind(driver),
            destroy: () => driver.destroy(),
            async commitTransaction(connection: Parameters<typeof driver.commitTransaction>[0]) {
              if (armed) {
                throw new Error('commit failed (planned)');
              }
              await driver.commitTransaction(connection);
            },
          });
        },
      };
    },
  };
}

describe(`io jobs' endings in group commits (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let sim: SimServer;
  let db: Kysely<any>;
  const breaker = commitBreaker();
  let closeBroken: () => Promise<void>;

  beforeAll(async () => {
    t = await createTestDb(testMigrations);
    const broken = openDatabase(t.target, { wrapDialect: (d) => breaker.wrap(d) });
    closeBroken = broken.close;
    db = broken.db;
    sim = await startListProvider();
  });
  afterAll(async () => {
    await sim.close();
    await closeBroken();
    await t.destroy();
  });
  beforeEach(async () => {
    ctx = { ...(await createTestContext({ ...t, db } as TestDb)) };
    for (const table of ['jobs', 'deliveries', 'test_effects']) await db.deleteFrom(table).execute();
    sim.clearRequests();
  });

  const sender = (): DeliverySender => listSender(sim);
  const registry = () => registryOf(deliverySendJob(new Map([['list', sender()]])), endingJob, endingInSetJob);
  const worker = (id = 'w1') => createWorker({ ctx, registry: registry(), concurrency: 16, leaseMs: 30_000, workerId: id });
  const create = (key: string) =>
    ctx.db.transaction().execute(async (trx) =>
      (await createDelivery({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, ctx.workspace.id, { module: 'test', channel: 'email-list', provider: 'list', target: 'list-42', payload: { email: `${key}@shop.id` }, idempotencyKey: key })).delivery,
    );
  const keysSent = () => sim.requests.map((r) => r.headers['idempotency-key']).sort();

  it('deliveries sent together are each called once with their own key, and record answer and attempt', async () => {
    const made = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => create(`lead_${k}:followup`)));
    await worker().drain();
    expect(keysSent()).toEqual(made.map((d) => d.idempotency_key).sort());
    for (const d of made) expect(await getDelivery(db, ctx.workspace.id, d.id)).toMatchObject({ status: 'sent', attempts: 1 });
    const jobs = await db.selectFrom('jobs').select(['status', 'attempts']).where('name', '=', 'delivery.send').execute();
    expect(jobs).toEqual(made.map(() => ({ status: 'done', attempts: 1 })));
  });

  it('a commit that fails gives the jobs back; run again, each delivery is called again with the same key and recorded once', async () => {
    const made = await Promise.all(['g', 'h', 'i'].map((k) => create(`lead_${k}:closing`)));
    breaker.arm();
    await worker().drain({ maxRounds: 1 }).finally(breaker.disarm);
    // The calls happened, the answers did not commit: the deliveries wait, their jobs are queued with the attempt counted.
    expect(sim.requests).toHaveLength(3);
    for (const d of made) expect((await getDelivery(db, ctx.workspace.id, d.id)).status).toBe('queued');
    expect(await db.selectFrom('jobs').select(['status', 'attempts']).where('name', '=', 'delivery.send').execute()).toEqual(made.map(() => ({ status: 'queued', attempts: 1 })));
    await worker().drain();
    const keys = made.map((d) => d.idempotency_key).sort();
    expect(keysSent()).toEqual([...keys, ...keys].sort());
    for (const d of made) expect(await getDelivery(db, ctx.workspace.id, d.id)).toMatchObject({ status: 'sent', attempts: 1 });
    // Sent now: no later run calls again.
    await db.updateTable('jobs').set({ status: 'queued', run_at: ctx.clock.now() }).where('name', '=', 'delivery.send').execute();
    await worker().drain();
    expect(sim.requests).toHaveLength(6);
  });

  it('a crash between the call and its commit leaves the delivery queued: after the lease expires it is called again with the same key', async () => {
    const d = await create('lead_j:followup');
    // The first worker called the provider and died before its ending committed: the job is running under its lease.
    await sender()(d, {} as never);
    await db.updateTable('jobs').set({ status: 'running', locked_by: 'dead-worker', locked_until: ctx.clock.now() + 30_000, attempts: 1 }).where('name', '=', 'delivery.send').execute();
    await worker().drain();
    expect(sim.requests).toHaveLength(1);
    ctx.clock.advance(31_000);
    await worker().drain();
    expect(keysSent()).toEqual([d.idempotency_key, d.idempotency_key]);
    expect(await getDelivery(db, ctx.workspace.id, d.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await db.selectFrom('jobs').select(['status', 'attempts']).where('name', '=', 'delivery.send').execute()).toEqual([{ status: 'done', attempts: 2 }]);
  });

  it("one job's failing completion write is recorded as its failure without undoing the others in the same commit", async () => {
    const target = { db, dialect: ctx.dialect, clock: ctx.clock };
    for (const [tag, breakWrite] of [['ok-1', false], ['bad', true], ['ok-2', false]] as const) await enqueueJob(target, ctx.workspace.id, 'test.ending', { tag, breakWrite });
    await worker().drain({ maxRounds: 1 });
    expect((await db.selectFrom('test_effects').select('tag').orderBy('tag').execute()).map((r) => r.tag)).toEqual(['ok-1', 'ok-2']);
    const jobs = await db.selectFrom('jobs').select(['payload', 'status', 'last_error']).orderBy('id').execute();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'queued', 'done']);
    expect(jobs[1]?.last_error).toBeTruthy();
  });

  it("the items of jobs ending together go to their set's write in one call, and are each recorded", async () => {
    const target = { db, dialect: ctx.dialect, clock: ctx.clock };
    for (const tag of ['s-1', 's-2', 's-3']) await enqueueJob(target, ctx.workspace.id, 'test.ending-in-set', { tag, breakWrite: false });
    setCalls.length = 0;
    await worker().drain({ maxRounds: 1 });
    expect(setCalls).toEqual([['s-1', 's-2', 's-3']]);
    expect((await db.selectFrom('test_effects').select('tag').orderBy('tag').execute()).map((r) => r.tag)).toEqual(['s-1', 's-2', 's-3']);
    expect((await db.selectFrom('jobs').select('status').execute()).map((j) => j.status)).toEqual(['done', 'done', 'done']);
  });

  it("one bad item in a set fails only its own job: the group is written again, each job's item alone", async () => {
    const target = { db, dialect: ctx.dialect, clock: ctx.clock };
    for (const [tag, breakWrite] of [['s-ok-1', false], ['s-bad', true], ['s-ok-2', false]] as const) await enqueueJob(target, ctx.workspace.id, 'test.ending-in-set', { tag, breakWrite });
    setCalls.length = 0;
    await worker().drain({ maxRounds: 1 });
    expect(setCalls).toEqual([['s-ok-1', 's-bad', 's-ok-2'], ['s-ok-1'], ['s-bad'], ['s-ok-2']]);
    expect((await db.selectFrom('test_effects').select('tag').orderBy('tag').execute()).map((r) => r.tag)).toEqual(['s-ok-1', 's-ok-2']);
    const jobs = await db.selectFrom('jobs').select(['status', 'last_error']).orderBy('id').execute();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'queued', 'done']);
    expect(jobs[1]?.last_error).toBeTruthy();
  });

  it("a module's failing record of a send is undone and logged alone: every send stays recorded, the other records stay", async () => {
    const made = await Promise.all(['k', 'l', 'm'].map((k) => create(`lead_${k}:record`)));
    const badId = made[1]?.id;
    const hooks = new Map([['test', {
      recordSent: (delivery: { id: string }, _result: unknown, jc: { job: { id: number } }) => async (db: Executor) => {
        // The bad one writes a row the table refuses (tag is required), as a module's bug would.
        if (delivery.id === badId) await sql`insert into test_effects (job_id, tag, worker, at) values (${jc.job.id}, null, null, null)`.execute(db);
        else await record(db as Kysely<any>, jc.job.id, `recorded ${delivery.id}`, '');
      },
    }]]);
    const errors: string[] = [];
    ctx = { ...ctx, logger: pino({ level: 'error' }, { write: (line: string) => void errors.push((JSON.parse(line) as { msg: string }).msg) }) };
    await createWorker({ ctx, registry: registryOf(deliverySendJob(new Map([['list', sender()]]), hooks as never)), concurrency: 16, leaseMs: 30_000, workerId: 'w1' }).drain();
    expect(sim.requests).toHaveLength(3);
    for (const d of made) expect(await getDelivery(db, ctx.workspace.id, d.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await db.selectFrom('jobs').select('status').where('name', '=', 'delivery.send').execute()).toEqual(made.map(() => ({ status: 'done' })));
    const tags = (await db.selectFrom('test_effects').select('tag').orderBy('tag').execute()).map((r) => r.tag);
    expect(tags).toEqual(made.filter((d) => d.id !== badId).map((d) => `recorded ${d.id}`).sort());
    expect(errors).toContain('recordSent hook failed; the send is recorded without it');
  });

  it('a job whose lease was lost keeps its written answer but is not marked done by the old worker', async () => {
    const target = { db, dialect: ctx.dialect, clock: ctx.clock };
    await enqueueJob(target, ctx.workspace.id, 'test.ending', { tag: 'late', breakWrite: false });
    // Another worker takes the job over while the first one's ending waits: simulated by moving the lock before the flush.
    const original = registry().get('test.ending')!;
    const stealing = registryOf({ ...original, run: async (payload, jc) => {
      await original.run(payload, jc);
      await db.updateTable('jobs').set({ locked_by: 'new-owner' }).where('id', '=', jc.job.id).execute();
    } });
    await createWorker({ ctx, registry: stealing, concurrency: 4, leaseMs: 30_000, workerId: 'slow' }).drain({ maxRounds: 1 });
    expect((await db.selectFrom('test_effects').select('tag').execute()).map((r) => r.tag)).toEqual(['late']);
    expect(await db.selectFrom('jobs').select(['status', 'locked_by']).executeTakeFirst()).toEqual({ status: 'running', locked_by: 'new-owner' });
  });
});
