// A malformed Content-Type on a webhook is the caller's mistake: 415 with the reason and a rejection row, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const BAD_TYPES = ['x', 'text', 'a/b/c', 'application/json, text/plain', 'application/', '/json'];

describe(`webhook routes and a malformed Content-Type (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let routes: string[];

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t);
    // Every source the registered connectors serve, under the default workspace and under a slug.
    routes = assemble(s.ctx, modules).webhookSources.map((source) => `/webhooks/${source.name}`);
    expect(routes.length).toBeGreaterThanOrEqual(4);
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  it('answers 415 naming the header on every webhook route, and records each as a rejection', async () => {
    for (const url of routes) {
      for (const type of BAD_TYPES) {
        const res = await s.app.inject({ method: 'POST', url, payload: '{"event":"x"}', headers: { 'content-type': type } });
        expect({ url, type, status: res.statusCode }).toEqual({ url, type, status: 415 });
        expect(res.json().error).toMatchObject({ code: 'unsupported_media_type' });
        expect(res.json().error.message).toContain(`Content-Type ${JSON.stringify(type)}`);
      }
    }
    const rows = await t.db.selectFrom('webhook_rejections').selectAll().where('workspace_id', '=', s.ctx.workspace.id).execute();
    expect(rows.filter((r) => r.status_code === 415)).toHaveLength(routes.length * BAD_TYPES.length);
    expect(rows.every((r) => /Content-Type/.test(r.reason))).toBe(true);
    const listed = await s.app.inject({ method: 'GET', url: '/api/webhook-rejections', headers: await s.ownerToken() });
    expect(listed.statusCode).toBe(200);
    expect(JSON.stringify(listed.json())).toContain('is not a single media type');
  });

  it('counts them in /metrics by source, and a probed path under one "unknown" label', async () => {
    await s.app.inject({ method: 'POST', url: '/webhooks/no-such-source', payload: '{}', headers: { 'content-type': 'x' } });
    const metrics = await s.app.inject({ method: 'GET', url: '/metrics', headers: await s.tokenFor('owner') });
    const lines = metrics.body.split('\n').filter((l) => l.startsWith('leadcycle_webhook_events_rejected_total{'));
    for (const url of routes) {
      const source = url.slice('/webhooks/'.length);
      expect(lines).toContain(`leadcycle_webhook_events_rejected_total{source="${source}",reason="content_type"} ${BAD_TYPES.length}`);
    }
    expect(lines).toContain('leadcycle_webhook_events_rejected_total{source="unknown",reason="content_type"} 1');
    expect(metrics.body).not.toContain('no-such-source');
  });

  it('the public unsubscribe POST refuses them with a 4xx too', async () => {
    for (const type of BAD_TYPES) {
      const res = await s.app.inject({ method: 'POST', url: '/t/u/some-token', payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': type } });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
  });

  it('still takes a missing Content-Type to the signature check (401), not a 500', async () => {
    for (const url of routes) {
      const res = await s.app.inject({ method: 'POST', url, payload: Buffer.from('{"event":"x"}') });
      expect(res.statusCode).toBe(401);
    }
  });
});
