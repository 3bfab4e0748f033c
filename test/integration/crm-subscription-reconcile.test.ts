// Recurrente reconciliation end to end: a subscription that changed at Recurrente while its webhook was lost is read
// back by the hourly round (fake clock) and healed through the webhook's rules; outages and missing keys change nothing.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecurrenteSim, type RecurrenteSim } from '../../sim/recurrente.js';
import { createWorker, ensureRepeatingJobs } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const HOUR = 60 * 60_000;
const ASKED = /^\/api\/subscriptions\/su_\w+$/;

describe(`CRM: Recurrente subscription reconciliation (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let recurrente: RecurrenteSim;
  let owner: Record<string, string>;
  let local: string;

  beforeAll(async () => {
    recurrente = await startRecurrenteSim();
    t = await createTestDb();
    s = await buildTestServer(t);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    local = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
    expect((await api('PUT', '/api/settings/crm-lifecycle', { recurrente_webhook_secret: recurrente.secret })).statusCode).toBe(200);
    const keys = await api('PUT', '/api/settings/providers/recurrente', { base_url: `${recurrente.url}/api`, public_key: recurrente.publicKey, secret_key: recurrente.secretKey });
    expect(keys.statusCode).toBe(200);
    // The secret key is sealed: the settings show it masked.
    expect(JSON.stringify(keys.json())).not.toContain(recurrente.secretKey);
    // As at server start: every periodic job gets its first run queued, an hour on for this one.
    await ensureRepeatingJobs(s.ctx, assemble(s.ctx, modules).jobs);
  });
  afterAll(async () => {
    await s.app.close();
    await recurrente.close();
    await t.destroy();
  });

  async function api(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    return s.app.inject({ method, url, headers: owner, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 2, leaseMs: 60_000 }).drain();
  const business = async (id: string) => (await api('GET', `/api/v1/crm/businesses/${id}`)).json() as Record<string, string>;
  const asked = () => recurrente.requests.filter((r) => r.method === 'GET' && ASKED.test(r.path)).map((r) => r.path.slice('/api/subscriptions/'.length));
  const healedAudit = async () =>
    ((await api('GET', '/api/audit')).json().items as { action: string; subject_id: string; after: { subscription_status?: string } | null }[]).filter((a) => a.action === 'subscription.healed');

  /** A business with a live subscription that Recurrente announced by webhook at the fake clock's now. */
  async function subscribed(name: string, subscriptionId: string): Promise<string> {
    const res = await api('POST', '/api/v1/crm/businesses', { name, email: `${subscriptionId}@tienda.gt` });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    await api('POST', `/api/v1/crm/businesses/${id}/events`, { type: 'site_deployed', site_url: `https://${subscriptionId}.sites.agency.test` });
    const created = new Date(s.ctx.clock.now()).toISOString();
    const sent = await recurrente.sendEvent(`${local}/webhooks/recurrente`, 'subscription.create', { id: subscriptionId, created_at: created, checkout: { metadata: { business_id: id } } }, { timestamp: Math.floor(s.ctx.clock.now() / 1000) });
    expect(sent.status).toBe(200);
    await drain();
    expect((await business(id)).subscription_status).toBe('active');
    return id;
  }
  /** Runs what is due: the hourly round, once the clock has moved an hour since the last one. */
  const round = drain;

  it('heals a subscription cancelled at Recurrente whose webhook never came; an unchanged one stays and is not asked again for a day', async () => {
    const lost = await subscribed('Tienda Perdida', 'su_lost0001');
    const steady = await subscribed('Tienda Firme', 'su_steady01');
    recurrente.setSubscription('su_lost0001', { status: 'cancelled' });

    // Events an hour old are fresh: nobody is asked.
    s.ctx.clock.advance(HOUR);
    await round();
    expect(asked()).toEqual([]);

    s.ctx.clock.advance(24 * HOUR);
    await round();
    expect(asked().sort()).toEqual(['su_lost0001', 'su_steady01']);
    expect(await business(lost)).toMatchObject({ subscription_status: 'cancelled', website_status: 'archived' });
    expect(await business(steady)).toMatchObject({ subscription_status: 'active', website_status: 'deployed' });
    const audit = await healedAudit();
    expect(audit.map((a) => [a.subject_id, a.after?.subscription_status])).toEqual([[lost, 'cancelled']]);

    // The confirmed one counts as heard from now; the cancelled one is no longer live: the next rounds ask nobody.
    recurrente.clearRequests();
    s.ctx.clock.advance(HOUR);
    await round();
    expect(asked()).toEqual([]);
  });

  it('a 5xx from Recurrente stops the round with nothing changed; a later round heals', async () => {
    const id = await subscribed('Tienda Caída', 'su_outage01');
    s.ctx.clock.advance(60_000);
    const queue = await subscribed('Tienda Siguiente', 'su_queued01');
    recurrente.setSubscription('su_outage01', { status: 'past_due' });
    recurrente.setSubscription('su_queued01', { status: 'paused' });
    s.ctx.clock.advance(25 * HOUR);
    recurrente.clearRequests();
    recurrente.fail({ match: { path: '/api/subscriptions/su_outage01' }, times: 1, fault: { kind: 'status', status: 503 } });
    await round();
    // Oldest first: the confirmed one, then the refused question; the round stopped there and the next one waited.
    expect(asked()).toEqual(['su_steady01', 'su_outage01']);
    expect((await business(id)).subscription_status).toBe('active');
    expect((await business(queue)).subscription_status).toBe('active');
    expect((await healedAudit()).filter((a) => a.subject_id === id)).toEqual([]);

    s.ctx.clock.advance(HOUR);
    await round();
    expect(asked()).toEqual(['su_steady01', 'su_outage01', 'su_outage01', 'su_queued01']);
    expect((await business(id)).subscription_status).toBe('past_due');
    expect((await business(queue)).subscription_status).toBe('paused');
    expect((await healedAudit()).filter((a) => a.subject_id === id).map((a) => a.after?.subscription_status)).toEqual(['past_due']);
  });

  it('without a Recurrente secret key the round asks nothing and changes nothing', async () => {
    const id = await subscribed('Tienda Sin Llaves', 'su_nokeys01');
    recurrente.setSubscription('su_nokeys01', { status: 'cancelled' });
    expect((await api('PUT', '/api/settings/providers/recurrente', { secret_key: null })).statusCode).toBe(200);
    recurrente.clearRequests();
    s.ctx.clock.advance(25 * HOUR);
    await round();
    expect(recurrente.requests).toEqual([]);
    expect((await business(id)).subscription_status).toBe('active');
  });
});
