// The connector and module the benchmarks add to the real ones: a ScaleV-style webhook source and a sink sender; a contact
// per order and an expiry timer.
import { sql, type Kysely, type Migration } from 'kysely';
import { z } from 'zod';
import { parse as parseScalev, verify as verifyScalev } from '../src/connectors/scalev/index.js';
import { systemActor } from '../src/core/audit.js';
import { findOrCreateContact } from '../src/core/contacts/contacts.js';
import { createDeliveries, type NewDelivery } from '../src/core/deliveries/deliveries.js';
import type { DeliverySender } from '../src/core/deliveries/send-job.js';
import type { EventHandler } from '../src/core/inbox/process.js';
import { defineJob } from '../src/core/jobs/define.js';
import { applyMoves } from '../src/core/lifecycle/moves.js';
import { definePipeline } from '../src/core/lifecycle/pipeline.js';
import type { ModuleDescriptor } from '../src/server/module-routes.js';
import type { ConnectorDescriptor } from '../src/core/connector.js';
import type { AppContext } from '../src/core/context.js';
import type { Database, Executor } from '../src/db/database.js';
import { millisType } from '../src/db/dialect.js';

/** The ScaleV signing secret of the `bench` webhook source (the load generator signs with it). */
export const BENCH_SECRET = 'sv_bench_signing_secret';
export const BENCH_SOURCE = 'bench';
export const BENCH_JOB = 'bench.expire';
export const BENCH_TABLE = 'bench_subjects';

const expirePayload = z.object({ subjectId: z.string() });

declare module '../src/core/jobs/types.js' {
  interface JobPayloads {
    'bench.expire': z.infer<typeof expirePayload>;
  }
}

type BenchTables = {
  bench_subjects: { id: string; workspace_id: string; stage: string; created_at: number; updated_at: number };
};

const benchDb = (db: Executor) => (db as Kysely<Database>).withTables<BenchTables>();

export const benchPipeline = definePipeline({
  name: 'bench.subject',
  stages: ['waiting', 'expired'],
  initial: 'waiting',
  moves: { waiting: ['expired'] },
  terminal: ['expired'],
  neverBackwards: true,
});

/** The delivery a subject's expiry sends. */
const expiredDelivery = (subjectId: string): NewDelivery => ({
  module: 'bench',
  channel: 'email-list',
  provider: 'bench-sink',
  target: 'list:expired',
  payload: { list: 'expired', subjectId },
  idempotencyKey: `${subjectId}:expired`,
  subjectType: 'bench.subject',
  subjectId,
});

/**
 * Re-reads its subject; if still waiting: stage moved (row + history + counts), delivery queued. Alone, in one
 * savepoint; in a batch, as a set per workspace: one query per step, as a lead timer does.
 */
const expireJob = defineJob(BENCH_JOB, {
  schema: expirePayload,
  mode: 'transaction',
  async handle({ subjectId }, ctx) {
    await expireSubjects(ctx.db, ctx.app, ctx.workspaceId, [subjectId]);
  },
  async handleBatch(jobs, ctx) {
    const byWorkspace = new Map<string, string[]>();
    for (const job of jobs) byWorkspace.set(job.ctx.workspaceId, [...(byWorkspace.get(job.ctx.workspaceId) ?? []), job.payload.subjectId]);
    for (const [workspaceId, ids] of byWorkspace) await expireSubjects(ctx.db, ctx.app, workspaceId, ids);
  },
});

async function expireSubjects(trx: Executor, app: Pick<AppContext, 'clock' | 'dialect' | 'jobSignal'>, workspaceId: string, subjectIds: readonly string[]): Promise<void> {
  const db = benchDb(trx);
  const { clock, dialect, jobSignal } = app;
  const rows = await db.selectFrom('bench_subjects').select(['id', 'stage']).where('workspace_id', '=', workspaceId).where('id', 'in', [...subjectIds]).execute();
  const waiting = rows.filter((r) => r.stage === 'waiting').map((r) => r.id);
  if (waiting.length === 0) return;
  await db.updateTable('bench_subjects').set({ stage: 'expired', updated_at: clock.now() }).where('workspace_id', '=', workspaceId).where('id', 'in', waiting).execute();
  await applyMoves(trx, clock, benchPipeline, waiting.map((subjectId) => ({ workspaceId, subjectId, from: 'waiting' as const, to: 'expired' as const, cause: 'timer.expired', actor: systemActor })));
  await createDeliveries({ db: trx, dialect, clock, jobSignal }, workspaceId, waiting.map(expiredDelivery));
}

/** Finds or creates the buyer's contact from the order's destination address. */
const onOrder: EventHandler = async (event, ctx) => {
  const body = JSON.parse(event.raw_body) as { data?: { destination_address?: { phone?: string; email?: string; name?: string } } };
  const address = body.data?.destination_address ?? {};
  const { created } = await findOrCreateContact(ctx.db, ctx.app, {
    workspaceId: ctx.workspaceId,
    country: 'ID',
    phone: address.phone,
    email: address.email,
    name: address.name,
  });
  return { status: 'processed', outcome: created ? 'contact created' : 'contact found' };
};

/** Accepts every delivery at once: the delivery jobs run (and record "sent") without leaving the machine. */
const sinkSender: DeliverySender = async () => ({ response: { accepted: true } });

function migrations(dialect: 'sqlite' | 'postgres'): Record<string, Migration> {
  const ms = millisType(dialect);
  return {
    '2026-11-22-9100-bench': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable(BENCH_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('workspace_id', 'text', (c) => c.notNull())
          .addColumn('stage', 'text', (c) => c.notNull())
          .addColumn('created_at', ms, (c) => c.notNull())
          .addColumn('updated_at', ms, (c) => c.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await sql`drop table ${sql.table(BENCH_TABLE)}`.execute(db);
      },
    },
  };
}

export function benchModule(): ModuleDescriptor {
  return {
    name: 'bench',
    migrations,
    jobs: () => [expireJob],
    eventHandlers: () => ({ [BENCH_SOURCE]: onOrder }),
  };
}

/** The provider `bench-sink`: the `bench` webhook source (signed like ScaleV, one fixed secret) and a sender that accepts all. */
export function benchConnector(): ConnectorDescriptor {
  return {
    provider: 'bench-sink',
    title: 'Benchmark sink',
    fields: z.object({}),
    secretFields: [],
    sender: () => sinkSender,
    webhooks: () => [
      {
        name: BENCH_SOURCE,
        provider: 'bench-sink',
        keepHeaders: ['content-type', 'x-scalev-app-id'],
        secret: async () => BENCH_SECRET,
        verify: verifyScalev,
        parse: parseScalev,
      },
    ],
  };
}
