// `npm run bench` (fourth part): signed ScaleV order.created webhooks in, one Mailketing call out per order, end to end.
//
// A configured workspace (webhook secret, Mailketing token, product lists for three SKUs) on a fresh database per
// dialect; the Mailketing simulator answers each call after 20 ms. N orders are sent at a fixed concurrency, then the
// bench waits until every order's Mailketing call has arrived. The server is `leadcycle start` as `npm start` runs it
// (compiled when dist/ is up to date). BENCH_ORDERS (default 5,000; 1,000 with BENCH_QUICK=1), BENCH_ORDER_CONNECTIONS
// (default 20), BENCH_ONLY=sqlite|postgres, BENCH_SERVER_ENV='A=1 B=2' (extra server settings, e.g.
// LEADCYCLE_FROM_SOURCE=1 to run the sources through tsx), BENCH_WORKERS=N (PostgreSQL only: `leadcycle web` and N
// `leadcycle worker` processes instead of one `leadcycle start`; the RSS figures are then the web process's and the
// workers' together), BENCH_CPU_PROF=<dir> (a V8 CPU profile of the server, written when it stops).
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createHmac } from 'node:crypto';
import { startMailketingSim, type MailketingSim } from '../sim/mailketing.js';
import { startScalevSim } from '../sim/scalev.js';
import { createApiToken } from '../src/core/auth/tokens.js';
import { systemClock } from '../src/core/clock.js';
import { openDatabase } from '../src/db/connect.js';
import type { Dialect } from '../src/db/database.js';
import { createBenchDatabase } from './databases.js';
import { runOnEachDatabase } from './each-database.js';
import { startServer, startWorkerProcess, type ServerProcess } from './server-process.js';

const quick = process.env.BENCH_QUICK === '1';
const ORDERS = Number(process.env.BENCH_ORDERS ?? (quick ? 1_000 : 5_000));
const CONNECTIONS = Number(process.env.BENCH_ORDER_CONNECTIONS ?? 20);
/** Separate worker processes beside one web process (PostgreSQL only); 0: one `leadcycle start`. */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 0);
const ANSWER_MS = 20;
/** Longest wait for the last Mailketing call after the last webhook was answered. */
const CALLS_LIMIT_MS = quick ? 60_000 : 180_000;
const TARGETS: Record<Dialect, number> = { sqlite: 2_000, postgres: 1_500 };
/** The three products of the simulator's seed store (Toko Berkah Herbal, 1287) that have a product list each. */
const SKUS = [
  { sku: 'MDH-SBW-500', product_id: '88231', product_name: 'Madu Hutan Sumbawa' },
  { sku: 'HBS-100', product_id: '88240', product_name: 'Habbatussauda Kapsul' },
  { sku: 'SDJ-100K', product_id: '88255', product_name: 'Sedekah Jariyah' },
] as const;

const extraEnv = Object.fromEntries(
  (process.env.BENCH_SERVER_ENV ?? '')
    .split(/\s+/)
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);

interface Prepared {
  readonly body: string;
  readonly signature: string;
  readonly email: string;
}

/** Every order built and signed before the clock starts, so the generator's own work stays out of the figures. */
async function prepareOrders(): Promise<{ orders: Prepared[]; secret: string; close(): Promise<void> }> {
  const scalev = await startScalevSim({ rateLimit: false });
  const orders: Prepared[] = [];
  const tag = Date.now().toString(36);
  for (let i = 0; i < ORDERS; i++) {
    const email = `pembeli.${tag}.${i}@contoh.co.id`;
    const order = scalev.createOrder({
      storeId: 1287,
      items: [{ sku: SKUS[i % SKUS.length]!.sku, quantity: 1 }],
      customer: { name: `Pembeli ${i}`, email, phone: `0812${String(10_000_000 + i).slice(-8)}` },
    });
    const body = JSON.stringify({ event: 'order.created', unique_id: `event_${tag}${String(i).padStart(12, '0')}`, timestamp: new Date().toISOString(), data: scalev.webhookData('order.created', order) });
    const signature = createHmac('sha256', scalev.signingSecret).update(body, 'utf8').digest('base64');
    orders.push({ body, signature, email });
    // The simulator keeps every order; the bench needs only the bytes.
    scalev.state.orders.length = 0;
  }
  return { orders, secret: scalev.signingSecret, close: () => scalev.close() };
}

function request(agent: http.Agent, url: URL, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, method, host: url.hostname, port: url.port, path, headers: { ...headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) }, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

async function configure(server: ServerProcess, token: string, mailketing: MailketingSim, secret: string): Promise<void> {
  const agent = new http.Agent({ keepAlive: false });
  const url = new URL(server.url);
  const api = async (method: string, path: string, payload: unknown) => {
    const res = await request(agent, url, method, path, { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, JSON.stringify(payload));
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 300)}`);
  };
  await api('PUT', '/api/settings/scalev-mailketing', { scalev_api_key: 'sk_bench_unused', scalev_webhook_secret: secret, mailketing_api_token: mailketing.apiToken, not_closing_after: 'P7D' });
  for (const product of SKUS) {
    const [followup, closing, notClosing] = ['Follow Up', 'Closing', 'Not Closing'].map((stage) => String(mailketing.addList(`${stage} - ${product.product_name}`).listId));
    await api('POST', '/api/product-lists', {
      store_id: '1287',
      store_name: 'Toko Berkah Herbal',
      product_id: product.product_id,
      product_name: product.product_name,
      sku: product.sku,
      mailketing_list_followup: followup,
      mailketing_list_closing: closing,
      mailketing_list_not_closing: notClosing,
    });
  }
  agent.destroy();
}

const percentile = (sorted: Float64Array, p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Jobs by name, status and attempts, with an error of each group: where an order that was never called got stuck. */
async function printJobStates(target: Parameters<typeof openDatabase>[0]): Promise<void> {
  const handle = openDatabase(target);
  try {
    const rows = await handle.db
      .selectFrom('jobs')
      .select(['name', 'status', 'attempts', (eb) => eb.fn.count<number>('id').as('n'), (eb) => eb.fn.max('last_error').as('error')])
      .groupBy(['name', 'status', 'attempts'])
      .orderBy('name')
      .execute();
    for (const r of rows) console.log(`jobs: ${r.name} ${r.status} attempts=${r.attempts} × ${Number(r.n)}${r.error ? ` (${String(r.error).slice(0, 200)})` : ''}`);
  } finally {
    await handle.close();
  }
}

/** CPU time (user + system) a process has used so far, ms, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ", in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time of every PostgreSQL server process so far, ms: the database's share of the work. */
function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuMsOf(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

async function run(dialect: Dialect): Promise<void> {
  const prepared = await prepareOrders();
  const mailketing = await startMailketingSim();
  mailketing.fail({ match: { method: 'POST', path: '/api/v1/addsubtolist' }, fault: { kind: 'delay', ms: ANSWER_MS } });
  const bench = await createBenchDatabase(dialect);
  let server: ServerProcess | undefined;
  const workers: ServerProcess[] = [];
  let peakTimer: NodeJS.Timeout | undefined;
  try {
    const env = { ...bench.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn', MAILKETING_API_URL: mailketing.apiBaseUrl, ...extraEnv };
    const split = WORKERS > 0 && dialect === 'postgres';
    server = await startServer(env, { entry: 'leadcycle', command: split ? 'web' : 'start', ...(process.env.BENCH_CPU_PROF ? { cpuProfDir: process.env.BENCH_CPU_PROF } : {}) });
    if (split) for (let i = 0; i < WORKERS; i++) workers.push(await startWorkerProcess(env));
    const processes = [server, ...workers];
    const rssOfAll = () => processes.reduce((sum, p) => sum + p.rss(), 0);
    const handle = openDatabase(bench.target);
    let token: string;
    try {
      const ws = await handle.db.selectFrom('workspaces').select('id').where('slug', '=', 'default').executeTakeFirstOrThrow();
      token = (await createApiToken(handle.db, systemClock, { workspaceId: ws.id, name: 'bench', role: 'owner', createdBy: null })).token;
    } finally {
      await handle.close();
    }
    await configure(server, token, mailketing, prepared.secret);
    mailketing.clearRequests();
    await sleep(1_000);
    const idleRss = rssOfAll();
    let peakRss = idleRss;
    peakTimer = setInterval(() => {
      try {
        peakRss = Math.max(peakRss, rssOfAll());
      } catch {
        // The process is gone; the figure so far stands.
      }
    }, 50);

    const cpuBefore = processes.map((p) => cpuMsOf(p.pid));
    const databaseCpuBefore = dialect === 'postgres' ? postgresCpuMs() : 0;
    const calls = () => mailketing.requests.reduce((n, r) => n + (r.path === '/api/v1/addsubtolist' ? 1 : 0), 0);
    const url = new URL(server.url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const latencies = new Float64Array(ORDERS);
    let next = 0;
    let failed = 0;
    let firstFailure: string | undefined;
    const start = performance.now();
    const startEpoch = Date.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < prepared.orders.length) {
          const i = next++;
          const order = prepared.orders[i]!;
          const sent = performance.now();
          try {
            const res = await request(agent, url, 'POST', '/webhooks/scalev', { 'content-type': 'application/json', 'x-scalev-hmac-sha256': order.signature }, order.body);
            if (res.status !== 200) {
              failed++;
              firstFailure ??= `${res.status} ${res.text.slice(0, 200)}`;
            }
          } catch (error) {
            failed++;
            firstFailure ??= error instanceof Error ? error.message : String(error);
          }
          latencies[i] = performance.now() - sent;
        }
      }),
    );
    const sendMs = performance.now() - start;
    agent.destroy();
    const deadline = performance.now() + CALLS_LIMIT_MS;
    while (calls() < ORDERS - failed && performance.now() < deadline) await sleep(20);
    // A moment more, so a second call for any order would be counted too.
    await sleep(500);
    clearInterval(peakTimer);
    const serverCpuMs = processes.reduce((sum, p, i) => sum + cpuMsOf(p.pid) - (cpuBefore[i] ?? 0), 0);
    const databaseCpuMs = dialect === 'postgres' ? postgresCpuMs() - databaseCpuBefore : 0;
    const made = mailketing.requests.filter((r) => r.path === '/api/v1/addsubtolist');
    const lastCall = Math.max(...made.map((r) => r.time));
    const endToEndMs = lastCall - startEpoch;
    const emails = new Set(made.map((r) => new URLSearchParams(r.body).get('email') ?? ''));
    const missing = prepared.orders.filter((o) => !emails.has(o.email)).length;
    const sorted = latencies.slice().sort();
    const accepted = ORDERS - failed;
    const target = TARGETS[dialect];
    const perSecond = (ORDERS - missing) / (endToEndMs / 1000);
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
    console.log(`\n## ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${ORDERS.toLocaleString('en')} orders, ${CONNECTIONS} connections, Mailketing answering in ${ANSWER_MS} ms`);
    if (split) console.log(`processes: leadcycle web and ${WORKERS} leadcycle worker${WORKERS > 1 ? 's' : ''} (RSS below is all of them together)`);
    if (Object.keys(extraEnv).length > 0) console.log(`server settings: ${Object.entries(extraEnv).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    console.log('| measure | figure | target |');
    console.log('| --- | --- | --- |');
    console.log(`| webhooks accepted | ${Math.round(accepted / (sendMs / 1000)).toLocaleString('en')}/s (${accepted} of ${ORDERS} in ${(sendMs / 1000).toFixed(2)} s${failed ? `; first failure: ${firstFailure}` : ''}) | |`);
    console.log(`| webhook answer p50 / p99 | ${percentile(sorted, 50).toFixed(1)} ms / ${percentile(sorted, 99).toFixed(1)} ms | |`);
    console.log(`| end to end (first webhook sent → last Mailketing call) | ${Math.round(perSecond).toLocaleString('en')} orders/s (${(endToEndMs / 1000).toFixed(2)} s) | ≥ ${target.toLocaleString('en')}/s: ${perSecond >= target ? 'met' : 'MISSED'} |`);
    console.log(`| Mailketing calls made / orders | ${made.length} / ${ORDERS} (${missing} orders never called, ${made.length - emails.size} repeated calls) | equal: ${made.length === ORDERS && missing === 0 ? 'met' : 'MISSED'} |`);
    console.log(`| CPU per order: server${dialect === 'postgres' ? ' / PostgreSQL' : ''} (from the first webhook to the last call) | ${(serverCpuMs / ORDERS).toFixed(2)} ms${dialect === 'postgres' ? ` / ${(databaseCpuMs / ORDERS).toFixed(2)} ms` : ''} | |`);
    console.log(`| server RSS idle (configured) / peak | ${mb(idleRss)} / ${mb(peakRss)} | ≤ 90 / ≤ 150 MB |`);
    console.log(`| server start (migrations, listen, worker) | ${server.startMs.toFixed(0)} ms | < 1,000 ms |`);
    // A run where an order was not called, or called twice, says where its work stands before the database goes.
    if (missing > 0 || made.length !== ORDERS) await printJobStates(bench.target);
  } finally {
    if (peakTimer) clearInterval(peakTimer);
    for (const worker of workers) await worker.stop();
    await server?.stop();
    await mailketing.close();
    await prepared.close();
    await bench.destroy();
  }
}

await runOnEachDatabase('Order flow end to end', 10, run);
