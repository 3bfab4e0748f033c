// `npm run bench` (sixth part): the pharmacy's contact-sheet import at 10,000 rows, and 10,000 refill reminders due at the opening hour.
//
// Both run `leadcycle start` (the real server) on a fresh database per scenario and dialect, with the WAHA simulator
// as its WAHA.
// - Import: an xlsx built with exceljs (title lines, six phone formats, repeats, bad and blank rows, a WhatsApp
//   column so no number waits for a paced check-exists) posted to POST /api/customers/upload-contacts and polled
//   until done; the materials for the new WhatsApp numbers go out meanwhile, as they would (always open).
// - Refills: the server has no fake clock, so the opening is made real: business hours are set to open at the next
//   whole minute at least BENCH_OPENING_LEAD_S (default 75) seconds away, then 10,000 customers buy a 3-day medicine
//   (the module's own quick-purchase write, run from the bench process in batches while the server is stopped, so
//   seeding is quick): each has a refill reminder for today, which the server turns into a WhatsApp delivery waiting for the opening. From the
//   opening, the bench watches the simulator, limited to BENCH_WAHA_RATE (default 100) calls a second, until every
//   customer has their message, and checks that nobody got two.
//
// BENCH_SHEET_ROWS / BENCH_REMINDERS (default 10,000; 1,000 with BENCH_QUICK=1), BENCH_ONLY=sqlite|postgres.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { startWahaSim, type WahaSim } from '../sim/waha.js';
import { systemClock } from '../src/core/clock.js';
import { createJobSignal } from '../src/core/context.js';
import { contactMergeHooksOf } from '../src/core/module.js';
import { createSecretBox } from '../src/core/secrets.js';
import { createReadCache } from '../src/core/read-cache.js';
import { openDatabase } from '../src/db/connect.js';
import type { Dialect } from '../src/db/database.js';
import { inTransaction } from '../src/db/transaction.js';
import { recordQuickPurchase } from '../src/modules/pharmacy/customers/flow.js';
import { modules } from '../src/modules/registry.js';
import { buildContactSheet } from './contact-sheet.js';
import { createBenchDatabase, type BenchDatabase } from './databases.js';
import { runOnEachDatabase } from './each-database.js';
import { int, mb, sleep, startProductServer, waitUntil, watchRss, type ProductServer } from './product-server.js';

const quick = process.env.BENCH_QUICK === '1';
const SHEET_ROWS = Number(process.env.BENCH_SHEET_ROWS ?? (quick ? 1_000 : 10_000));
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? (quick ? 1_000 : 10_000));
const WAHA_RATE = Number(process.env.BENCH_WAHA_RATE ?? 100);
const OPENING_LEAD_S = Number(process.env.BENCH_OPENING_LEAD_S ?? 75);
const IMPORT_LIMIT_MS = 300_000;
const TARGET_IMPORT_MS = 10_000;
const TARGET_RSS = 200 * 2 ** 20;
const API_KEY = 'bench-waha-api-key';
const SEED_BATCH = 250;

async function useWaha(s: ProductServer, sim: WahaSim): Promise<void> {
  await s.api('PUT', '/api/settings/providers/waha', { base_url: sim.url, session: 'default', api_key: API_KEY });
}

interface UploadView {
  upload_id: string;
  status: string;
  error: string | null;
  result: { rows: number; imported: number; merged_in_file: number; merged_existing: number; invalid: unknown[]; whatsapp_active: number; whatsapp_inactive: number; materials_queued: number } | null;
}

async function importScenario(dialect: Dialect): Promise<void> {
  const sheet = await buildContactSheet(SHEET_ROWS);
  const sim = await startWahaSim({ apiKey: API_KEY });
  const bench = await createBenchDatabase(dialect);
  let server: ProductServer | undefined;
  try {
    server = await startProductServer(bench, { WAHA_URL: sim.url });
    await useWaha(server, sim);
    await sleep(500);
    const rss = watchRss(server.process);
    const started = performance.now();
    const form = new FormData();
    form.append('file', new Blob([sheet.xlsx], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'kontak-pelanggan.xlsx');
    const res = await fetch(`${server.process.url}/api/customers/upload-contacts`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` }, body: form, signal: AbortSignal.timeout(60_000) });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${(await res.text()).slice(0, 300)}`);
    const acceptedMs = performance.now() - started;
    const { upload_id: uploadId } = (await res.json()) as { upload_id: string };
    const s = server;
    let view: UploadView | undefined;
    let slowestPollMs = 0;
    const finished = await waitUntil(async () => {
      const asked = performance.now();
      // A poll the busy server answers late is only late: the next one asks again.
      view = await s.api<UploadView>('GET', `/api/customers/uploads/${uploadId}`).catch(() => view);
      slowestPollMs = Math.max(slowestPollMs, performance.now() - asked);
      return view?.status === 'done' || view?.status === 'failed';
    }, IMPORT_LIMIT_MS, 100);
    const elapsed = performance.now() - started;
    // The materials keep going out after the import; the peak is read once it is done.
    const peak = rss.stop();
    const r = view?.result;
    const e = sheet.expected;
    const report = r
      ? `${int(r.rows)} rows: ${int(r.imported)} imported, ${int(r.merged_in_file)} merged in the file, ${r.invalid.length} invalid, ${int(r.whatsapp_active)} WhatsApp / ${int(r.whatsapp_inactive)} not, ${int(r.materials_queued)} materials queued`
      : `no result (${view?.status ?? 'no answer'}${view?.error ? `: ${view.error}` : ''})`;
    const correct = r !== null && r !== undefined && r.rows === e.rows && r.imported === e.imported && r.merged_in_file === e.mergedInFile && r.invalid.length === e.invalid && r.whatsapp_active === e.active && r.whatsapp_inactive === e.inactive;
    console.log(`\n## ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: contact sheet, ${int(SHEET_ROWS)} rows (${(sheet.xlsx.length / 1024).toFixed(0)} KB xlsx)`);
    console.log('| measure | figure | target |');
    console.log('| --- | --- | --- |');
    console.log(`| upload answered 202 | ${acceptedMs.toFixed(0)} ms | |`);
    console.log(`| upload → done | ${finished ? `${(elapsed / 1000).toFixed(2)} s, ${int(SHEET_ROWS / (elapsed / 1000))} rows/s` : `not done in ${IMPORT_LIMIT_MS / 1000} s`} | < ${TARGET_IMPORT_MS / 1000} s: ${finished && elapsed < TARGET_IMPORT_MS ? 'met' : 'MISSED'} |`);
    console.log(`| report | ${report} | as built (${int(e.imported)} / ${int(e.mergedInFile)} / ${e.invalid} / ${int(e.active)} / ${int(e.inactive)}): ${correct ? 'met' : 'MISSED'} |`);
    console.log(`| slowest progress poll (GET /api/customers/uploads/{id}) | ${int(slowestPollMs)} ms | |`);
    console.log(`| server RSS before / peak during the import | ${mb(rss.first)} / ${mb(peak)} | peak < 200 MB: ${peak < TARGET_RSS ? 'met' : 'MISSED'} |`);
    console.log('| note | no WhatsApp column: each new number is checked with WAHA at whatsapp_checks_per_second (default 10/s, at most 50/s), so 10,000 new numbers take 1,000 s by design | |');
  } finally {
    await server?.process.stop();
    await sim.close();
    await bench.destroy();
  }
}

/** The local wall time `HH:MM` and day of `ms` in `timezone`. */
function localTime(ms: number, timezone: string): { hhmm: string; day: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return { hhmm: `${parts['hour']}:${parts['minute']}`, day: `${parts['year']}-${parts['month']}-${parts['day']}` };
}

/** 10,000 customers, each with one 3-day medicine: a refill reminder due today. Written with the module's own function. */
async function seedPurchases(bench: BenchDatabase, count: number, timezone: string): Promise<void> {
  const handle = openDatabase(bench.target);
  try {
    const ws = await handle.db.selectFrom('workspaces').select(['id', 'country']).where('slug', '=', 'default').executeTakeFirstOrThrow();
    const deps = {
      clock: systemClock,
      dialect: handle.dialect,
      jobSignal: createJobSignal(),
      secrets: createSecretBox(Buffer.from(bench.env['LEADCYCLE_SECRET_KEY'] ?? randomBytes(32).toString('hex'), 'hex')),
      readCache: createReadCache(),
      contactMergeHooks: contactMergeHooksOf(modules),
    };
    for (let start = 0; start < count; start += SEED_BATCH) {
      await inTransaction(handle.db, async (trx) => {
        for (let i = start; i < Math.min(count, start + SEED_BATCH); i++) {
          await recordQuickPurchase(trx, deps, { workspaceId: ws.id, country: ws.country ?? 'ID', timezone, createdBy: null }, {
            phone: `0815${String(20_000_000 + i).padStart(8, '0')}`,
            name: `Pelanggan ${i + 1}`,
            items: [{ medicine_name: 'Amlodipine 5 mg', generic_name: 'amlodipine', quantity: 30, unit_price: 1_500, is_generic: true, is_prescription: true, duration_days: 3 }],
          });
        }
      });
    }
  } finally {
    await handle.close();
  }
}

async function remindersScenario(dialect: Dialect): Promise<void> {
  const sim = await startWahaSim({ apiKey: API_KEY, rateLimit: { requests: WAHA_RATE, windowMs: 1_000 } });
  const bench = await createBenchDatabase(dialect);
  let server: ProductServer | undefined;
  try {
    server = await startProductServer(bench, { WAHA_URL: sim.url });
    await useWaha(server, sim);
    const { timezone } = await server.api<{ timezone: string }>('GET', '/api/workspace');
    const opening = Math.ceil((Date.now() + OPENING_LEAD_S * 1_000) / 60_000) * 60_000;
    const open = localTime(opening, timezone);
    if (open.day !== localTime(Date.now(), timezone).day) {
      console.log(`\n## ${dialect}: refill reminders skipped: the next opening minute (${open.hhmm} in ${timezone}) falls on another local day; run again in a few minutes`);
      return;
    }
    await server.api('PUT', '/api/workspace', { business_hours: { days: [1, 2, 3, 4, 5, 6, 7], start: open.hhmm, end: '24:00' } });
    // Seeded while no server runs: beside it, a second writer on the SQLite file fails with SQLITE_BUSY.
    await server.process.stop();
    const seedStarted = performance.now();
    await seedPurchases(bench, REMINDERS, timezone);
    const seeded = performance.now();
    const seedMs = seeded - seedStarted;
    // With the reminders' jobs waiting, the worker runs first and /health may answer late (SQLite: minutes).
    server = await startProductServer(bench, { WAHA_URL: sim.url }, { startTimeoutMs: Math.max(60_000, opening - Date.now()) });
    const handle = openDatabase(bench.target);
    let waiting = 0;
    let queuedMs: number | undefined;
    try {
      const count = async () => Number((await handle.db.selectFrom('deliveries').select(sql<number>`count(*)`.as('n')).where('module', '=', 'pharmacy').executeTakeFirst())?.n ?? 0);
      if (await waitUntil(async () => (waiting = await count()) >= REMINDERS, Math.max(0, opening - Date.now()), 250)) queuedMs = performance.now() - seeded;
    } finally {
      await handle.close();
    }
    // Seeding and the server's restart can overrun the opening on a busy machine; sends after it are not early.
    const lateStart = Date.now() > opening;
    const early = sim.calls.filter((c) => c.kind === 'text' && c.time < opening).length;
    await sleep(Math.max(0, opening - Date.now()));
    const rss = watchRss(server.process);
    const texts = () => sim.messages.length;
    const limitMs = Math.ceil(REMINDERS / WAHA_RATE) * 1_000 * 3 + 120_000;
    const all = await waitUntil(() => texts() >= REMINDERS, limitMs, 100);
    // A moment more, so a second message to anyone would be seen too.
    await sleep(3_000);
    const peak = rss.stop();
    const sent = sim.calls.filter((c) => c.kind === 'text');
    const times = sent.map((c) => c.time).sort((a, b) => a - b);
    const first = times[0] ?? Number.NaN;
    const last = times[Math.min(REMINDERS, times.length) - 1] ?? Number.NaN;
    const perChat = new Map<string, number>();
    for (const c of sent) perChat.set(c.chatId, (perChat.get(c.chatId) ?? 0) + 1);
    const twice = [...perChat.values()].filter((n) => n > 1).length;
    const refused = sim.requests.filter((r) => r.path === '/api/sendText').length - sent.length;
    const allMs = last - opening;
    console.log(`\n## ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${int(REMINDERS)} refill reminders due at the opening (${open.hhmm} ${timezone}), WAHA limited to ${WAHA_RATE} calls/s`);
    console.log('| measure | figure | target |');
    console.log('| --- | --- | --- |');
    console.log(`| seeding: ${int(REMINDERS)} quick purchases (bench process, ${SEED_BATCH} per transaction) | ${(seedMs / 1000).toFixed(2)} s | |`);
    console.log(`| deliveries waiting for the opening | ${int(waiting)}${queuedMs === undefined ? ' (not all before the opening)' : `, all within ${(queuedMs / 1000).toFixed(2)} s of the seeding's end (restart included)`}; ${early} sent before it${lateStart ? ' (the seeding overran the opening: the figures below start late)' : ''} | ${int(REMINDERS)}, none early: ${waiting >= REMINDERS && early === 0 ? 'met' : 'MISSED'} |`);
    console.log(`| opening → all sent | ${all ? `${(allMs / 1000).toFixed(2)} s (first after ${int(first - opening)} ms)` : `${int(sent.length)} of ${int(REMINDERS)} in ${limitMs / 1000} s`} | ≈ ${(REMINDERS / WAHA_RATE).toFixed(0)} s at the limit |`);
    console.log(`| rate | ${all ? `${int(REMINDERS / (allMs / 1000))}/s` : 'n/a'} (${int(refused)} calls refused with 429) | ${WAHA_RATE}/s |`);
    console.log(`| customers messaged / twice | ${int(perChat.size)} / ${twice} | ${int(REMINDERS)} / 0: ${perChat.size === REMINDERS && twice === 0 ? 'met' : 'MISSED'} |`);
    console.log(`| server RSS at the opening / peak | ${mb(rss.first)} / ${mb(peak)} | |`);
  } finally {
    await server?.process.stop();
    await sim.close();
    await bench.destroy();
  }
}

await runOnEachDatabase('Pharmacy', 25, async (dialect) => {
  // BENCH_PHARMACY=import or =reminders runs one part.
  const parts = (process.env.BENCH_PHARMACY ?? 'import,reminders').split(',');
  if (parts.includes('import')) await importScenario(dialect);
  if (parts.includes('reminders')) await remindersScenario(dialect);
});
