// Counts the SQL statements and transactions the worker spends per lead timer and per ScaleV order.created event
// (its processing job only: the deliveries it queues are left queued). Counts, not times: they do not depend on the
// machine's load. `node --import tsx bench/statements.ts`; DATABASE_URL=postgres://… counts on PostgreSQL.
// BENCH_STATEMENT_ITEMS (default 200) timers and as many orders. The CPU time of this process is printed beside them:
// on SQLite it is all of the work (the database runs in-process), and CPU time suffers less than wall time from a
// loaded machine.
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { createInboxWriter } from '../src/core/inbox/store.js';
import { createWorker } from '../src/core/jobs/worker.js';
import type { RegisteredJob } from '../src/core/jobs/types.js';
import type { Database } from '../src/db/database.js';
import { modules } from '../src/modules/registry.js';
import { assemble } from '../src/server/assemble.js';
import { createTestContext } from '../test/helpers/test-context.js';
import { createTestDb } from '../test/helpers/test-db.js';

const ITEMS = Number(process.env.BENCH_STATEMENT_ITEMS ?? 200);
const DAY = 24 * 60 * 60_000;

/** Statements seen, explicit transactions (begin) and statements run outside one (each its own transaction). */
const counts = { statements: 0, begins: 0, autocommit: 0 };
let inTransaction = false;
function log(event: LogEvent) {
  const text = event.query.sql.trim().toLowerCase();
  counts.statements++;
  if (text.startsWith('begin') || text.startsWith('start transaction')) {
    counts.begins++;
    inTransaction = true;
  } else if (text.startsWith('commit') || text.startsWith('rollback') && !text.startsWith('rollback to')) inTransaction = false;
  else if (!inTransaction) counts.autocommit++;
}

const t = await createTestDb();
const logged =
  t.target.kind === 'postgres'
    ? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: t.target.url, max: 2, types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) } }) }), log })
    : new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(t.target.file) }), log });
try {
  const base = await createTestContext(t);
  const ctx = { ...base, db: logged };
  const jobs = assemble(ctx, modules).jobs;
  const only = (name: string) => new Map([[name, jobs.get(name) as RegisteredJob]]);
  const now = ctx.clock.now();
  await logged
    .insertInto('scalev_product_lists')
    .values({
      id: 'pl_count', workspace_id: ctx.workspace.id, store_id: '1287', store_name: 'Toko Berkah Herbal', product_id: '88231', product_name: 'Madu Hutan Sumbawa',
      sku: 'MDH-SBW-500', variant_unique_ids: '[]', variant_skus: '["MDH-SBW-500"]', sales_person_id: null, sales_person_name: null, sales_person_email: null,
      sales_person_key: '', mailketing_list_followup: '1', mailketing_list_closing: '2', mailketing_list_not_closing: '3', not_closing_after: null, created_at: now, updated_at: now,
    })
    .execute();
  const inbox = createInboxWriter({ db: logged, dialect: ctx.dialect, clock: ctx.clock, subscribers: () => ['scalev-leads'] });
  await Promise.all(
    Array.from({ length: ITEMS }, (_, i) =>
      inbox.store({
        workspaceId: ctx.workspace.id,
        source: 'scalev',
        type: 'order.created',
        providerEventId: `evt_${i}`,
        rawBody: JSON.stringify({
          event: 'order.created',
          data: {
            order_id: `ORD-${i}`, payment_status: 'unpaid', created_at: new Date(now).toISOString(), store: { name: 'Toko Berkah Herbal' },
            destination_address: { name: `Pembeli ${i}`, email: `pembeli.${i}@contoh.co.id`, phone: `0812${String(10_000_000 + i).slice(-8)}` },
            orderlines: [{ product_name: 'Madu Hutan Sumbawa', variant_sku: 'MDH-SBW-500' }],
          },
        }),
        headers: {},
        receivedAt: now,
      }),
    ),
  );
  const measure = async (label: string, name: string) => {
    Object.assign(counts, { statements: 0, begins: 0, autocommit: 0 });
    const cpu = process.cpuUsage();
    const ran = await createWorker({ ctx, registry: only(name), concurrency: 1, leaseMs: 60_000 }).drain();
    const { user, system } = process.cpuUsage(cpu);
    const per = (n: number) => (n / Math.max(1, ran)).toFixed(2);
    console.log(`| ${label} | ${ran} | ${per(counts.statements)} | ${per(counts.begins + counts.autocommit)} | ${per((user + system) / 1000)} |`);
  };
  console.log(`## Statements per job, ${t.dialect} (worker batches of up to 200)\n| work | jobs run | statements per job | transactions per job | CPU ms per job (this process${t.dialect === 'postgres' ? '; not the database server' : ''}) |\n| --- | --- | --- | --- | --- |`);
  await measure('order.created processed (lead created, delivery and timer queued)', 'inbox.process');
  ctx.clock.advance(8 * DAY);
  await measure('lead timer fired (Follow Up → Not Closing, delivery queued)', 'scalev-leads.expire');
  const leads = await logged.selectFrom('scalev_leads').select((eb) => eb.fn.countAll<number>().as('n')).where('stage', '=', 'not_closing').executeTakeFirst();
  console.log(`\n${Number(leads?.n)} of ${ITEMS} leads in Not Closing at the end.`);
} finally {
  await logged.destroy();
  await t.destroy();
}
