import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDelivery } from '../../src/core/deliveries/deliveries.js';
import { enqueueJob } from '../../src/core/jobs/enqueue.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { TEST_SECRET, testConnector, testModule } from '../helpers/test-module.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';
import { openLiveStream } from '../helpers/live-stream.js';

describe(`core API (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let owner: Record<string, string>;
  let staff: Record<string, string>;
  const secrets = new Map<string, string>();
  const seen: string[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t, { modules: [testModule(seen)], connectors: [testConnector(secrets)] });
    secrets.set(s.ctx.workspace.id, TEST_SECRET);
    owner = await s.ownerToken();
    staff = await s.tokenFor('staff');
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, [testModule(seen)], [testConnector(secrets)]).jobs, concurrency: 2, leaseMs: 10_000 }).drain();
  const webhook = (id: string, secret = TEST_SECRET) => {
    const body = JSON.stringify({ event: 'order.created', unique_id: id, data: { order_id: `O-${id}` } });
    return s.app.inject({
      method: 'POST',
      url: '/webhooks/scalev',
      payload: body,
      headers: { 'content-type': 'application/json', 'x-scalev-hmac-sha256': createHmac('sha256', secret).update(body).digest('base64') },
    });
  };

  it('lists stored events with their outcome, shows the raw body, and replays one through its handler', async () => {
    await webhook('event_api_1');
    await drain();
    const list = await s.app.inject({ method: 'GET', url: '/api/events?source=scalev', headers: owner });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((e: { provider_event_id: string }) => e.provider_event_id === 'event_api_1');
    expect(item).toMatchObject({ source: 'scalev', type: 'order.created', status: 'processed', outcome: 'handled order.created' });

    const one = await s.app.inject({ method: 'GET', url: `/api/events/${item.id}`, headers: owner });
    expect(JSON.parse(one.json().body)).toMatchObject({ unique_id: 'event_api_1' });

    const before = seen.filter((x) => x === 'event_api_1').length;
    const replay = await s.app.inject({ method: 'POST', url: `/api/events/${item.id}/replay`, headers: owner });
    expect(replay.statusCode).toBe(202);
    await drain();
    expect(seen.filter((x) => x === 'event_api_1').length).toBe(before + 1);
    expect((await s.app.inject({ method: 'POST', url: `/api/events/${item.id}/replay`, headers: staff })).statusCode).toBe(403);
  });

  it('shows rejected webhooks with their reason', async () => {
    await webhook('event_api_forged', 'not-the-secret');
    const res = await s.app.inject({ method: 'GET', url: '/api/webhook-rejections', headers: owner });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ source: 'scalev', status_code: 401, reason: 'signature does not match' });
  });

  it('lists dead jobs and retries one by hand, with an audit row', async () => {
    const id = await enqueueJob(s.ctx, s.ctx.workspace.id, 'delivery.send', { deliveryId: 'dlv_missing' }, { maxAttempts: 1 });
    await s.ctx.db.updateTable('jobs').set({ status: 'dead', last_error: 'provider down', attempts: 1 }).where('id', '=', id ?? -1).execute();
    const dead = await s.app.inject({ method: 'GET', url: '/api/jobs?status=dead', headers: owner });
    expect(dead.json().items.map((j: { id: number }) => j.id)).toContain(id);
    expect((await s.app.inject({ method: 'POST', url: `/api/jobs/${id}/retry`, headers: staff })).statusCode).toBe(403);
    const retried = await s.app.inject({ method: 'POST', url: `/api/jobs/${id}/retry`, headers: owner });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'queued', attempts: 0, max_attempts: 1 });
    const again = await s.app.inject({ method: 'POST', url: `/api/jobs/${id}/retry`, headers: owner });
    expect(again.statusCode).toBe(409);
    const audit = await s.app.inject({ method: 'GET', url: `/api/audit?subject_id=${id}`, headers: owner });
    expect(audit.json().items[0]).toMatchObject({ action: 'job.retry' });
  });

  it('retries a dead delivery by hand and refuses to resend a sent one', async () => {
    const { delivery } = await createDelivery(s.ctx, s.ctx.workspace.id, {
      module: 'test',
      channel: 'email-list',
      provider: 'nobody',
      target: 'list-1',
      payload: { email: 'a@b.id' },
      idempotencyKey: 'api-test-1',
    });
    await s.ctx.db.updateTable('deliveries').set({ status: 'dead', last_error: 'HTTP 500' }).where('id', '=', delivery.id).execute();
    const list = await s.app.inject({ method: 'GET', url: '/api/deliveries?status=dead', headers: owner });
    expect(list.json().items[0]).toMatchObject({ id: delivery.id, status: 'dead', last_error: 'HTTP 500' });
    const retried = await s.app.inject({ method: 'POST', url: `/api/deliveries/${delivery.id}/retry`, headers: owner });
    expect(retried.statusCode).toBe(200);
    expect(retried.json().status).toBe('queued');
    await s.ctx.db.updateTable('deliveries').set({ status: 'sent' }).where('id', '=', delivery.id).execute();
    const refused = await s.app.inject({ method: 'POST', url: `/api/deliveries/${delivery.id}/retry`, headers: owner });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('only failed, dead or cancelled');
  });

  it('changes the workspace time zone, naming a bad field in the error', async () => {
    const bad = await s.app.inject({ method: 'PUT', url: '/api/workspace', headers: owner, payload: { timezone: 'Mars/Olympus' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('body.timezone');
    const ok = await s.app.inject({ method: 'PUT', url: '/api/workspace', headers: owner, payload: { timezone: 'Asia/Makassar' } });
    expect(ok.json()).toMatchObject({ timezone: 'Asia/Makassar', slug: 'default' });
    expect((await s.app.inject({ method: 'PUT', url: '/api/workspace', headers: staff, payload: { name: 'x' } })).statusCode).toBe(403);
  });

  it('keeps business hours for WhatsApp sends: always open until set, bad days or times named', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/workspace', headers: owner })).json().business_hours).toEqual({ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' });
    const bad = await s.app.inject({ method: 'PUT', url: '/api/workspace', headers: owner, payload: { business_hours: { days: [0], start: '8:00', end: '21:00' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('body.business_hours');
    const hours = { days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '21:00' };
    const ok = await s.app.inject({ method: 'PUT', url: '/api/workspace', headers: owner, payload: { business_hours: hours } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().business_hours).toEqual(hours);
    expect((await s.app.inject({ method: 'GET', url: '/api/workspace', headers: staff })).json().business_hours).toEqual(hours);
  });

  it('answers /health, /ready with the queue lag, and /metrics in Prometheus format for owners only', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await s.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', pendingMigrations: [] });
    expect((await s.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await s.app.inject({ method: 'GET', url: '/metrics', headers: staff })).statusCode).toBe(403);
    const metrics = await s.app.inject({ method: 'GET', url: '/metrics', headers: owner });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/leadcycle_webhook_events_received_total\{source="scalev",result="accepted"\} \d+/);
    expect(metrics.body).toMatch(/leadcycle_webhook_events_rejected_total\{source="scalev",reason="signature"\} \d+/);
    expect(metrics.body).toMatch(/leadcycle_jobs\{status="dead"\} \d+/);
    expect(metrics.body).toContain('leadcycle_jobs_oldest_due_lag_seconds');
    expect(metrics.body).toContain('leadcycle_delivery_latency_seconds');
  });

  it('publishes an OpenAPI document listing the core routes', async () => {
    const doc = await s.app.inject({ method: 'GET', url: '/api/openapi.json', headers: owner });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    for (const p of ['/api/events', '/api/events/{id}/replay', '/api/jobs/{id}/retry', '/api/deliveries/{id}/retry', '/api/users', '/api/tokens', '/api/workspace']) {
      expect(paths).toContain(p);
    }
  });

  it('echoes a request id on every answer, including errors', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/jobs/999999', headers: owner });
    expect(res.statusCode).toBe(404);
    expect(res.headers['x-request-id']).toBe(res.json().error.requestId);
  });

  it('summarises what needs attention: failed and dead deliveries, dead jobs, refused webhooks', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/alerts', headers: staff });
    expect(res.statusCode).toBe(200);
    const alerts = res.json();
    expect(alerts.rejected_webhooks_last_day).toBeGreaterThanOrEqual(1);
    expect(alerts.latest_rejections[0]).toMatchObject({ source: 'scalev', status_code: 401 });
    expect(alerts).toHaveProperty('dead_jobs');
    expect(alerts).toHaveProperty('failed_deliveries');
  });

  it('streams a change event to a live dashboard when a webhook arrives', async () => {
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (s.app.server.address() as { port: number }).port;
    const live = await openLiveStream(`http://127.0.0.1:${port}/api/live`, owner);
    expect(live.response.headers.get('content-type')).toContain('text/event-stream');
    await live.readUntil(/event: ready/);
    await new Promise((r) => setTimeout(r, 1_200));
    await webhook('event_live_1');
    await live.readUntil(/event: change\ndata: .*"events"/);
    live.close();
    expect(live.text()).toMatch(/event: change\ndata: \{"kinds":\[[^\]]*"events"/);
    expect((await fetch(`http://127.0.0.1:${port}/api/live`)).status).toBe(401);
  });
});
