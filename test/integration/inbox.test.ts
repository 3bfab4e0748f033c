import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../src/core/jobs/worker.js';
import { createWorkspace } from '../../src/core/workspaces.js';
import { buildServer } from '../../src/server/app.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { createTestContext, type TestContext } from '../helpers/test-context.js';
import { TEST_SECRET, testConnector, testModule } from '../helpers/test-module.js';

const sign = (body: string, secret = TEST_SECRET) => createHmac('sha256', secret).update(body).digest('base64');
const orderBody = (id: string) =>
  JSON.stringify({ event: 'order.created', unique_id: id, timestamp: '2026-05-01T08:00:00.000000Z', data: { order_id: `ORD-${id}` } });

describe(`webhook inbox (${testDialect()})`, () => {
  let t: TestDb;
  let ctx: TestContext;
  let app: FastifyInstance;
  const seen: string[] = [];
  const secrets = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDb();
    ctx = await createTestContext(t, { WEBHOOK_BODY_LIMIT: '4096' });
    secrets.set(ctx.workspace.id, TEST_SECRET);
    const shop2 = await createWorkspace(t.db, ctx.clock, { slug: 'shop2', name: 'Shop 2' });
    secrets.set(shop2.id, 'other-secret');
    app = await buildServer({ ctx, assembly: assemble(ctx, [testModule(seen)], [testConnector(secrets)]) });
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: path, payload: body, headers: { 'content-type': 'application/json', ...headers } });

  it('stores a validly signed event with its job before answering 200, then processes it', async () => {
    const body = orderBody('event_valid1');
    const res = await post('/webhooks/scalev', body, { 'x-scalev-hmac-sha256': sign(body) });
    expect(res.statusCode).toBe(200);
    const { eventId } = res.json() as { eventId: string };
    const stored = await t.db.selectFrom('inbox_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(stored.raw_body).toBe(body);
    expect(stored.type).toBe('order.created');
    expect(stored.serial_key).toBe('order:ORD-event_valid1');
    expect(JSON.parse(stored.headers)).toEqual({ 'content-type': 'application/json' });
    const job = await t.db.selectFrom('jobs').selectAll().where('name', '=', 'inbox.process').where('payload', 'like', `%${eventId}%`).executeTakeFirstOrThrow();
    expect(job.status).toBe('queued');

    await createWorker({ ctx, registry: assemble(ctx, [testModule(seen)], [testConnector(secrets)]).jobs, concurrency: 1, leaseMs: 10_000 }).drain();
    const processed = await t.db.selectFrom('inbox_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(processed.status).toBe('processed');
    expect(processed.outcome).toBe('handled order.created');
  });

  it('answers 200 to a repeated event id and stores and processes it only once', async () => {
    const body = orderBody('event_dup');
    const first = await post('/webhooks/scalev', body, { 'x-scalev-hmac-sha256': sign(body) });
    const again = await Promise.all([1, 2, 3].map(() => post('/webhooks/scalev', body, { 'x-scalev-hmac-sha256': sign(body) })));
    expect(first.statusCode).toBe(200);
    for (const r of again) {
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ status: 'duplicate', eventId: first.json().eventId });
    }
    const rows = await t.db.selectFrom('inbox_events').select('id').where('provider_event_id', '=', 'event_dup').execute();
    expect(rows).toHaveLength(1);
    const before = seen.length;
    await createWorker({ ctx, registry: assemble(ctx, [testModule(seen)], [testConnector(secrets)]).jobs, concurrency: 1, leaseMs: 10_000 }).drain();
    expect(seen.slice(before).filter((id) => id === 'event_dup')).toHaveLength(1);
  });

  it('refuses a bad or missing signature with 401, stores nothing, and logs the reason', async () => {
    const body = orderBody('event_forged');
    const bad = await post('/webhooks/scalev', body, { 'x-scalev-hmac-sha256': sign(body, 'wrong-secret') });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.message).toMatch(/signature/);
    const missing = await post('/webhooks/scalev', body);
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.message).toMatch(/X-Scalev-Hmac-Sha256/i);
    const stored = await t.db.selectFrom('inbox_events').select('id').where('provider_event_id', '=', 'event_forged').execute();
    expect(stored).toEqual([]);
    const rejections = await t.db.selectFrom('webhook_rejections').selectAll().where('workspace_id', '=', ctx.workspace.id).execute();
    expect(rejections.map((r) => r.status_code)).toEqual(expect.arrayContaining([401, 401]));
    expect(rejections.some((r) => /signature/.test(r.reason))).toBe(true);
  });

  it('answers 400 to a signed but malformed JSON body', async () => {
    const body = '{"event": "order.created", "unique_id": ';
    const res = await post('/webhooks/scalev', body, { 'x-scalev-hmac-sha256': sign(body) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/JSON/);
  });

  it('answers 413 to a body over the limit and logs it', async () => {
    const body = JSON.stringify({ event: 'order.created', unique_id: 'event_big', data: { pad: 'x'.repeat(5000) } });
    const res = await post('/webhooks/scalev', body, { 'x-scalev-hmac-sha256': sign(body) });
    expect(res.statusCode).toBe(413);
    const rej = await t.db.selectFrom('webhook_rejections').selectAll().where('status_code', '=', 413).execute();
    expect(rej).toHaveLength(1);
  });

  it('routes /webhooks/<source>/<slug> to that workspace and checks its own secret', async () => {
    const body = orderBody('event_shop2');
    const wrong = await post('/webhooks/scalev/shop2', body, { 'x-scalev-hmac-sha256': sign(body) });
    expect(wrong.statusCode).toBe(401);
    const right = await post('/webhooks/scalev/shop2', body, { 'x-scalev-hmac-sha256': sign(body, 'other-secret') });
    expect(right.statusCode).toBe(200);
    const noSource = await post('/webhooks/nothing', body);
    expect(noSource.statusCode).toBe(404);
  });

  it('answers an unknown workspace slug exactly as a bad signature, so slugs cannot be probed', async () => {
    const body = orderBody('event_probe');
    const answer = (r: { statusCode: number; json(): unknown }) => {
      const { error } = r.json() as { error: Record<string, unknown> };
      const { requestId: _ignored, ...rest } = error;
      return { status: r.statusCode, error: rest };
    };
    for (const headers of [{ 'x-scalev-hmac-sha256': sign(body, 'guess') }, {}] as Record<string, string>[]) {
      const known = await post('/webhooks/scalev/shop2', body, headers);
      const unknown = await post('/webhooks/scalev/nope', body, headers);
      expect(known.statusCode).toBe(401);
      expect(answer(unknown)).toEqual(answer(known));
      expect(unknown.headers['content-type']).toBe(known.headers['content-type']);
    }
    // A workspace that has not set its secret yet answers the same too (its true reason is in its own log).
    const bare = await createWorkspace(t.db, ctx.clock, { slug: 'bare', name: 'Bare' });
    const unset = await post('/webhooks/scalev/bare', body, { 'x-scalev-hmac-sha256': sign(body, 'guess') });
    const unknown = await post('/webhooks/scalev/nope', body, { 'x-scalev-hmac-sha256': sign(body, 'guess') });
    expect(answer(unset)).toEqual(answer(unknown));
    const logged = await t.db.selectFrom('webhook_rejections').select('reason').where('workspace_id', '=', bare.id).execute();
    expect(logged.map((r) => r.reason)).toEqual([expect.stringMatching(/no scalev webhook secret is configured/)]);
    const stored = await t.db.selectFrom('inbox_events').select('id').where('provider_event_id', '=', 'event_probe').execute();
    expect(stored).toEqual([]);
  });

  it('acknowledges nothing it has not stored: every 200 of a burst is a stored row', async () => {
    const bodies = Array.from({ length: 200 }, (_, i) => orderBody(`event_burst_${i}`));
    const results = await Promise.all(bodies.map((b) => post('/webhooks/scalev', b, { 'x-scalev-hmac-sha256': sign(b) })));
    const acked = results.filter((r) => r.statusCode === 200).map((r) => (r.json() as { eventId: string }).eventId);
    expect(acked).toHaveLength(200);
    const stored = await t.db.selectFrom('inbox_events').select('id').where('id', 'in', acked).execute();
    expect(stored).toHaveLength(200);
    const jobs = await t.db.selectFrom('jobs').select('id').where('name', '=', 'inbox.process').where('status', '=', 'queued').execute();
    expect(jobs.length).toBeGreaterThanOrEqual(200);
  });
});
