// `leadcycle demo`: runs the simulators beside a real server, configures a workspace against them, plays the CRM day and the orders.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startMailketingSim, type MailketingSim } from '../sim/mailketing.js';
import { startScalevSim, type ScalevSim } from '../sim/scalev.js';
import type { Config } from '../src/config.js';
import { createApiToken } from '../src/core/auth/tokens.js';
import { countUsers, createUser } from '../src/core/auth/users.js';
import { createWorker } from '../src/core/jobs/worker.js';
import { writeLinkedSettings } from '../src/core/provider-settings.js';
import { modules } from '../src/modules/registry.js';
import { createProductList } from '../src/modules/scalev-leads/product-lists/flow.js';
import { listProductLists } from '../src/modules/scalev-leads/product-lists/queries.js';
import { LEAD_PROVIDER_SETTINGS } from '../src/modules/scalev-leads/settings.js';
import { buildServer } from '../src/server/app.js';
import { assemble } from '../src/server/assemble.js';
import { openRuntime } from '../src/server/runtime.js';
import { playCrmDay, startCrmSims } from './crm.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
/** The demo is the same every time: it cycles through its baskets, names and sales people. */
const cycle = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
const NAMES = ['Siti Rahmawati', 'Agus Setiawan', 'Rina Marlina', 'Dedi Kurniawan', 'Yuni Astuti', 'Bayu Saputra', 'Fitri Handayani', 'Hendra Wijaya'];

/** Plays the CRM day, then `base.demo.orders` orders, one every `base.demo.intervalMs` (DEMO_* settings), then keeps serving. */
export async function runDemo(base: Config): Promise<void> {
  const options = base.demo;
  const scalev: ScalevSim = await startScalevSim({ rateLimit: false });
  const mailketing: MailketingSim = await startMailketingSim();
  const crm = await startCrmSims(base.publicUrl);
  // A demo never touches the real data folder, and talks to the simulators instead of the real providers.
  const dataDir = base.database.kind === 'sqlite' ? path.join(base.dataDir, 'demo') : base.dataDir;
  const config: Config = {
    ...base,
    dataDir,
    database: base.database.kind === 'sqlite' ? { kind: 'sqlite', file: path.join(dataDir, 'leadcycle.db') } : base.database,
    providers: { ...base.providers, scalev: scalev.url, mailketing: mailketing.apiBaseUrl, twilio: crm.twilio.url },
  };
  const runtime = await openRuntime(config, modules);
  const { ctx } = runtime;
  const ws = runtime.defaultWorkspace.id;
  const assembly = assemble(ctx, modules);
  const server = await buildServer({ ctx, assembly });
  await server.listen({ port: config.port, host: config.host });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  crm.reachServerAt(url);
  const worker = createWorker({ ctx, registry: assembly.jobs, concurrency: config.worker.concurrency, leaseMs: config.worker.leaseMs, batchBudgetMs: config.worker.batchBudgetMs });
  await worker.start();

  const password = randomBytes(9).toString('base64url');
  if ((await countUsers(ctx.db, ws)) === 0) {
    await createUser(ctx.db, ctx.clock, { workspaceId: ws, email: 'demo@leadcycle.local', password, role: 'owner', name: 'Demo Owner', actor: { type: 'system', id: 'demo' } });
  }
  const { token } = await createApiToken(ctx.db, ctx.clock, { workspaceId: ws, name: 'demo', role: 'owner', createdBy: null });
  await writeLinkedSettings(ctx, ctx.db, LEAD_PROVIDER_SETTINGS, {
    workspaceId: ws,
    data: { not_closing_after: options.notClosingAfter },
    secrets: { scalev_api_key: scalev.apiKey, scalev_webhook_secret: scalev.signingSecret, mailketing_api_token: mailketing.apiToken },
    actor: { type: 'system', id: 'demo' },
  });
  if ((await listProductLists(ctx.db, ws)).length === 0) {
    const store = { store_id: '1287', store_name: 'Toko Berkah Herbal' };
    await createProductList(ctx.db, ctx.clock, ws, { ...store, product_id: '88231', product_name: 'Madu Hutan Sumbawa', sku: 'MDH-SBW-500', mailketing_list_followup: '42898', mailketing_list_closing: '42899', mailketing_list_not_closing: '43010' });
    await createProductList(ctx.db, ctx.clock, ws, {
      ...store,
      product_id: '88255',
      product_name: 'Sedekah Jariyah',
      sales_person_id: '5521',
      sales_person_name: 'Dewi Lestari',
      sales_person_email: 'dewi.lestari@tokoberkahherbal.co.id',
      mailketing_list_followup: '43011',
      mailketing_list_closing: '43012',
      mailketing_list_not_closing: '43010',
    });
  }

  say(`Leadcycle demo is running at ${url}`);
  say(`  sign in: demo@leadcycle.local / ${password} (new demo data folder only)`);
  say(`  API token (owner): ${token}`);
  say(`  simulated ScaleV at ${scalev.url}, Mailketing at ${mailketing.url}; unpaid leads move to Not Closing after ${options.notClosingAfter}`);
  say(`  simulated Twilio at ${crm.twilio.url}, Recurrente at ${crm.recurrente.url}, SMTP sink at ${crm.smtp.host}:${crm.smtp.port}`);
  say(`  try: curl -H "Authorization: Bearer ${token}" ${url}/api/scalev-leads/stats`);

  let stopping = false;
  const stopped = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    stopped.abort();
    for (const t of timers) clearTimeout(t);
    await server.close();
    await worker.stop(config.worker.shutdownGraceMs);
    await runtime.close();
    await scalev.close();
    await mailketing.close();
    await crm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());

  // The CRM day takes a few seconds; the orders start after it, so the two stories print one after the other.
  await playCrmDay({ url, token, sims: crm, say, signal: stopped.signal }).catch((e: unknown) => {
    if (!stopping) say(`  (CRM demo step failed: ${e instanceof Error ? e.message : String(e)})`);
  });
  if (!stopping) say(`  try: curl -H "Authorization: Bearer ${token}" ${url}/api/v1/crm/funnel`);

  const later = (ms: number, fn: () => Promise<void>) => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!stopping) void fn().catch((e: unknown) => say(`  (demo step failed: ${e instanceof Error ? e.message : String(e)})`));
    }, ms);
    timers.add(t);
  };

  const webhookUrl = `${url}/webhooks/scalev`;
  const sedekahVariant = scalev.state.products.find((p) => p.id === 88255)?.variants[0]?.uniqueId;
  // Mostly honey (matched by SKU), some donations (matched by variant id, Dewi's only), some coffee (no entry).
  const baskets: readonly { storeId: number; items?: { sku?: string; variantUniqueId?: string; quantity?: number }[] }[] = [
    { storeId: 1287, items: [{ sku: 'MDH-SBW-500', quantity: 1 }] },
    { storeId: 1287, items: [{ sku: 'MDH-SBW-1000', quantity: 2 }] },
    { storeId: 1287, items: [{ sku: 'MDH-SBW-500', quantity: 3 }] },
    { storeId: 1287, ...(sedekahVariant ? { items: [{ variantUniqueId: sedekahVariant }] } : {}) },
    { storeId: 1302 },
  ];
  const playOrder = async (n: number) => {
    const order = scalev.createOrder({
      ...cycle(baskets, n),
      customer: { name: cycle(NAMES, n), email: `pelanggan${n}@contoh.co.id`, phone: `08${String(1_200_000_000 + n * 7_919)}` },
      handler: cycle(['dewi.lestari@tokoberkahherbal.co.id', 'rizky.pratama@tokoberkahherbal.co.id'], Math.floor(n / 5)),
    });
    const sent = await scalev.sendWebhook(webhookUrl, 'order.created', order);
    say(`order ${order.orderId} (${order.customer.name}) → webhook ${sent.status}`);
    // About half pay, a few seconds to a few minutes later; the rest move to Not Closing when their timer fires.
    if (n % 9 < 5) {
      later(3_000 + (n % 4) * 2_500, async () => {
        scalev.setPaymentStatus(order.orderId, 'paid');
        const paid = await scalev.sendWebhook(webhookUrl, 'order.payment_status_changed', order);
        say(`order ${order.orderId} paid → webhook ${paid.status}`);
      });
    }
  };
  for (let n = 0; n < options.orders; n++) later(n * options.intervalMs, () => playOrder(n));
}
