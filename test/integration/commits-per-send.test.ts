// What one order and one WhatsApp reply cost in commits (each an fsync on SQLite, a flush on PostgreSQL), counted on
// the database driver itself (test/helpers/commit-counter.ts), so a change that adds commits to the path fails here.
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startMailketingSim } from '../../sim/mailketing.js';
import { startScalevSim } from '../../sim/scalev.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createCommitCounter, type CommitCounter } from '../helpers/commit-counter.js';
import { countedTestDb } from '../helpers/counted-test-db.js';
import { testDialect } from '../helpers/test-db.js';
import { buildTestServer } from '../helpers/test-server.js';
import { startHarness } from '../helpers/wa-assistant-harness.js';

const report = (what: string, c: CommitCounter, per = 1) =>
  // Printed for the README's figures (run with TEST_COMMITS=1); the assertions below are the guard.
  process.env.TEST_COMMITS === '1' &&
  console.log(`${testDialect()} ${what}: ${(c.commits() / per).toFixed(2)} commits (${(c.counts.transactions / per).toFixed(2)} transactions + ${(c.counts.autocommits / per).toFixed(2)} single writes), ${(c.counts.roundTrips / per).toFixed(1)} round trips`);

describe(`commits per order and per WhatsApp reply (${testDialect()})`, () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });

  it('an order webhook reaches its Mailketing call in a few commits, fewer each when orders arrive together', async () => {
    const counter = createCommitCounter();
    const scalev = await startScalevSim({ rateLimit: false });
    const mailketing = await startMailketingSim();
    closers.push(() => scalev.close(), () => mailketing.close());
    const t = await countedTestDb(counter);
    const s = await buildTestServer(t, { env: { SCALEV_API_URL: scalev.url, MAILKETING_API_URL: mailketing.apiBaseUrl } });
    closers.push(() => t.destroy(), () => s.app.close());
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    const webhookUrl = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}/webhooks/scalev`;
    const owner = await s.ownerToken();
    const api = (method: 'PUT' | 'POST', url: string, payload: Record<string, unknown>) => s.app.inject({ method, url, headers: owner, payload });
    expect((await api('PUT', '/api/settings/scalev-mailketing', { scalev_api_key: scalev.apiKey, scalev_webhook_secret: scalev.signingSecret, mailketing_api_token: mailketing.apiToken })).statusCode).toBe(200);
    expect((await api('POST', '/api/product-lists', { store_id: '1287', store_name: 'Toko Berkah Herbal', product_id: '88231', product_name: 'Madu Hutan Sumbawa', mailketing_list_followup: '42898', mailketing_list_closing: '42899', mailketing_list_not_closing: '43010' })).statusCode).toBe(201);
    const worker = createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 32, leaseMs: 60_000 });
    await worker.drain();
    let buyers = 0;
    const send = async (n: number) => {
      counter.reset();
      const orders = Array.from({ length: n }, () =>
        scalev.createOrder({ items: [{ sku: 'MDH-SBW-500', quantity: 1 }], customer: { email: `buyer${++buyers}@contoh.co.id` }, createdAt: new Date(s.ctx.clock.now()).toISOString() }),
      );
      const answers = await Promise.all(orders.map((o) => scalev.sendWebhook(webhookUrl, 'order.created', o)));
      expect(answers.map((a) => a.status)).toEqual(orders.map(() => 200));
      await worker.drain();
    };

    await send(1);
    report('one order, webhook to Mailketing call', counter);
    expect(mailketing.subscribers('42898')).toHaveLength(1);
    // The webhook's group commit, the event job's claim and its batch (one commit on SQLite, where a batch claims in
    // its own transaction), the send job's claim and its ending (the answer, the attempt and "done" together). Before
    // the io jobs' group commit: 7 (attempt and done on their own).
    expect(counter.commits()).toBeLessThanOrEqual(testDialect() === 'sqlite' ? 4 : 5);

    await send(20);
    report('20 orders at once, per order', counter, 20);
    expect(mailketing.subscribers('42898')).toHaveLength(21);
    // Webhooks and answers that arrive together share commits (on this idle test machine, few do): 4.15 before.
    expect(counter.commits() / 20).toBeLessThanOrEqual(2.5);
  });

  it('a WhatsApp message gets its reply (seen, typing, stop, text) in a handful of commits', async () => {
    const counter = createCommitCounter();
    const h = await startHarness(await countedTestDb(counter));
    closers.push(() => h.close());
    await h.reset();
    counter.reset();
    await h.say('6281211110001', 'Assalamualaikum, mau tanya paket umroh untuk 2 orang');
    await h.settle();
    report('one WhatsApp message to its reply', counter);
    expect(h.sim.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start', 'typing_stop', 'text']);
    expect(h.textsTo('6281211110001')).toHaveLength(1);
    // The webhook, the message's processing (claim, batch: one commit on SQLite), the turn (claim; its writes commit
    // with its end), and the four WAHA calls as one job (claim, ending with the answers and the sent message's id).
    // Before: 24; 13 with a job per call.
    expect(counter.commits()).toBeLessThanOrEqual(testDialect() === 'sqlite' ? 8 : 9);
    // Statements, each a round trip on PostgreSQL: 133 on SQLite and 125 on PostgreSQL before settings were kept in
    // the process for a second and a send job's steps shared their consent, session and owner checks; 118 and 110
    // after; 107 and 98 once the catalogue, prompts and A/B test were kept too, the worker probed once per look and
    // the reply's record took no savepoint of its own.
    expect(counter.counts.roundTrips).toBeLessThanOrEqual(108);
  });
});
