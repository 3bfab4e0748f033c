// A flood of refused webhooks: the first few per source and minute are stored one by one, the rest as one counted
// row, while /metrics and the alerts count every one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';
import { configureWebhookSecrets } from '../helpers/webhook-signing.js';

const PER_MINUTE = 5;
const FLOOD = 60;

describe(`rejected webhooks are sampled per minute (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let owner: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t, { env: { REJECTIONS_STORED_PER_MINUTE: String(PER_MINUTE) } });
    owner = await s.ownerToken();
    await configureWebhookSecrets(s.app, owner);
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const badSignature = (i: number) =>
    s.app.inject({
      method: 'POST',
      url: '/webhooks/scalev',
      headers: { 'content-type': 'application/json', 'x-scalev-hmac-sha256': 'bm90IHRoZSBzaWduYXR1cmU=' },
      payload: JSON.stringify({ event: 'order.created', unique_id: `evt_flood_${i}`, data: {} }),
    });
  const rows = () => t.db.selectFrom('webhook_rejections').select(['reason', 'count']).where('source', '=', 'scalev').orderBy('id').execute();

  it('stores the first ones in full, counts the rest into one row when the minute ends, and /metrics counts all', async () => {
    for (let i = 0; i < FLOOD; i++) expect((await badSignature(i)).statusCode).toBe(401);
    expect(await rows()).toHaveLength(PER_MINUTE);

    s.ctx.clock.advance(61_000);
    expect((await badSignature(FLOOD)).statusCode).toBe(401);
    const stored = await rows();
    expect(stored).toHaveLength(PER_MINUTE + 2);
    const counted = stored.find((r) => r.count > 1);
    expect(counted?.count).toBe(FLOOD - PER_MINUTE);
    expect(counted?.reason).toContain(`${FLOOD - PER_MINUTE} more like this in one minute`);
    expect(stored.reduce((sum, r) => sum + Number(r.count), 0)).toBe(FLOOD + 1);

    const metrics = await s.app.inject({ method: 'GET', url: '/metrics', headers: owner });
    expect(metrics.body).toMatch(new RegExp(`leadcycle_webhook_events_rejected_total\\{source="scalev",reason="signature"\\} ${FLOOD + 1}\\b`));
    const alerts = await s.app.inject({ method: 'GET', url: '/api/alerts', headers: owner });
    expect(alerts.json().rejected_webhooks_last_day).toBe(FLOOD + 1);
    const listed = await s.app.inject({ method: 'GET', url: '/api/webhook-rejections', headers: owner });
    expect(listed.json().items.map((r: { count: number }) => r.count).sort((a: number, b: number) => b - a)[0]).toBe(FLOOD - PER_MINUTE);
  });

  it('writes a minute still counting when the server stops', async () => {
    s.ctx.clock.advance(61_000);
    const before = (await rows()).length;
    for (let i = 0; i < PER_MINUTE + 3; i++) await badSignature(1000 + i);
    expect((await rows()).length).toBe(before + PER_MINUTE);
    await s.app.close();
    const after = await rows();
    expect(after.length).toBe(before + PER_MINUTE + 1);
    expect(after.some((r) => Number(r.count) === 3)).toBe(true);
  });
});
