// `npm run bench` (second part): the lead dashboard's reads at 1,000,000 leads — counts per stage and filtered list pages.
import { sql } from 'kysely';
import { getStageCounts } from '../src/core/lifecycle/moves.js';
import { ensureDefaultWorkspace } from '../src/core/workspaces.js';
import { systemClock } from '../src/core/clock.js';
import { openDatabase } from '../src/db/connect.js';
import type { Dialect } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { modules } from '../src/modules/registry.js';
import { listLeads } from '../src/modules/scalev-leads/queries.js';
import { leadPipeline } from '../src/modules/scalev-leads/pipeline.js';
import type { LeadRow } from '../src/modules/scalev-leads/tables.js';
import { leadStats } from '../src/modules/scalev-leads/queries.js';
import { moduleMigrations } from '../src/server/assemble.js';
import { createBenchDatabase, postgresUnreachable } from './databases.js';

const LEADS = Number(process.env.BENCH_LEADS ?? 1_000_000);
const ROUNDS = 300;
const STAGES = ['follow_up', 'closing', 'not_closing'] as const;
const ENTRIES = Array.from({ length: 20 }, (_, i) => `pl_bench${String(i).padStart(2, '0')}`);
const SALES = Array.from({ length: 6 }, (_, i) => `cs${i}@toko.co.id`);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
async function time(rounds: number, fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number; p99: number }> {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), p99: quantile(ms, 0.99) };
}
const f = (n: number) => `${n.toFixed(2)} ms`;

async function run(dialect: Dialect): Promise<void> {
  const bench = await createBenchDatabase(dialect);
  const handle = openDatabase(bench.target);
  try {
    await migrateToLatest(handle.db, handle.dialect, moduleMigrations(modules, handle.dialect));
    const ws = (await ensureDefaultWorkspace(handle.db, systemClock)).id;
    const AMOUNT_CENTS = 249_813_00;
    const start = Date.now() - 365 * 24 * 60 * 60_000;
    const loadStart = performance.now();
    const counts = new Map<string, number>();
    for (let base = 0; base < LEADS; base += 5_000) {
      const rows: LeadRow[] = [];
      for (let i = base; i < Math.min(LEADS, base + 5_000); i++) {
        const stage = STAGES[i % 7 < 3 ? 0 : i % 7 < 5 ? 1 : 2] as string;
        const entry = ENTRIES[i % ENTRIES.length] as string;
        const sales = SALES[i % SALES.length] as string;
        const created = start + Math.floor((i / LEADS) * 365 * 24 * 60 * 60_000);
        const key = `${entry}|${sales}|${stage}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        rows.push({
          id: `lead_${String(i).padStart(10, '0')}`,
          workspace_id: ws,
          contact_id: null,
          product_list_id: entry,
          order_id: `ORD${i}`,
          order_pk: null,
          store_name: 'Toko Berkah Herbal',
          product_name: 'Madu Hutan Sumbawa',
          customer_name: `Pelanggan ${i}`,
          customer_email: `pelanggan${i}@contoh.co.id`,
          customer_phone: `+62812${String(i).padStart(8, '0')}`,
          sales_person_name: null,
          sales_person_email: sales,
          amount_cents: AMOUNT_CENTS,
          currency: 'IDR',
          stage,
          mailketing_list_id: null,
          search_text: `pelanggan ${i} pelanggan${i}@contoh.co.id +62812${String(i).padStart(8, '0')}`,
          order_created_at: created,
          paid_at: null,
          not_closing_at: null,
          expires_at: null,
          last_checked_at: null,
          created_at: created,
          updated_at: created,
        });
      }
      await handle.db.transaction().execute(async (trx) => {
        for (let k = 0; k < rows.length; k += 500) await trx.insertInto('scalev_leads').values(rows.slice(k, k + 500)).execute();
      });
    }
    // The counters every move keeps, as they would stand after these leads.
    for (const stage of STAGES) {
      const n = [...counts].filter(([k]) => k.endsWith(`|${stage}`)).reduce((a, [, v]) => a + v, 0);
      await handle.db.insertInto('stage_counts').values({ workspace_id: ws, pipeline: leadPipeline.name, stage, count: n }).execute();
    }
    for (const [key, n] of counts) {
      const [entry, sales, stage] = key.split('|') as [string, string, string];
      await handle.db.insertInto('scalev_lead_counts').values({ workspace_id: ws, product_list_id: entry, sales_person_key: sales, stage, count: n, value_cents: n * AMOUNT_CENTS }).execute();
    }
    await sql`analyze`.execute(handle.db);
    const loadSeconds = (performance.now() - loadStart) / 1000;

    const stageCounts = await time(ROUNDS, () => getStageCounts(handle.db, ws, leadPipeline));
    const stats = await time(ROUNDS, () => leadStats(handle.db, ws));
    const filters = [
      (i: number) => ({ stage: STAGES[i % 3] }),
      (i: number) => ({ productListId: ENTRIES[i % ENTRIES.length] }),
      (i: number) => ({ salesPersonEmail: SALES[i % SALES.length] }),
      (i: number) => ({ stage: STAGES[i % 3], from: start + (i % 300) * 24 * 60 * 60_000 }),
    ];
    const page = await time(ROUNDS, (i) => listLeads(handle.db, ws, { limit: 50, ...(filters[i % filters.length] as (n: number) => object)(i) }));
    const firstPage = await listLeads(handle.db, ws, { limit: 50, stage: 'closing' });
    const last = firstPage[firstPage.length - 1];
    const nextPage = await time(ROUNDS, () => listLeads(handle.db, ws, { limit: 50, stage: 'closing', ...(last ? { before: `${last.created_at}:${last.id}` } : {}) }));

    console.log(`\n## ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${LEADS.toLocaleString('en')} leads (loaded in ${loadSeconds.toFixed(1)} s), ${ROUNDS} rounds each`);
    console.log('| measure | p50 | p95 | p99 | target |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| counts per stage (stage_counts) | ${f(stageCounts.p50)} | ${f(stageCounts.p95)} | ${f(stageCounts.p99)} | p95 ≤ 5 ms: ${stageCounts.p95 <= 5 ? 'met' : 'MISSED'} |`);
    console.log(`| whole stats answer (counts, per product, per sales person, recent) | ${f(stats.p50)} | ${f(stats.p95)} | ${f(stats.p99)} | |`);
    console.log(`| filtered lead-list page (stage, product, sales person or date; 50 rows) | ${f(page.p50)} | ${f(page.p95)} | ${f(page.p99)} | p99 ≤ 10 ms: ${page.p99 <= 10 ? 'met' : 'MISSED'} |`);
    console.log(`| next page by cursor (stage filter) | ${f(nextPage.p50)} | ${f(nextPage.p95)} | ${f(nextPage.p99)} | |`);
  } finally {
    await handle.close();
    await bench.destroy();
  }
}

await run('sqlite');
const unreachable = await postgresUnreachable();
if (unreachable) console.log(`\nPostgreSQL skipped: ${unreachable}`);
else await run('postgres');
