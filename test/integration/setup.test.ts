// GET /api/setup: the "Get started" checklist per module, provider tests recorded and made stale by a change, the public address warning.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailketingSim, type MailketingSim } from '../../sim/mailketing.js';
import { startScalevSim, type ScalevSim } from '../../sim/scalev.js';
import { publicUrlProblem } from '../../src/core/setup.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

interface Step { kind: string; key: string; done: boolean; provider: string | null; url: string | null; last_event_at: number | null }
interface Setup {
  public_url: string;
  public_url_problem: string | null;
  done: boolean;
  connected: boolean;
  modules: { module: string; done: boolean; steps: Step[] }[];
  providers: { provider: string; status: string; has_test: boolean; tested_at: number | null; error_code: string | null }[];
}

describe(`set-up checklist (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let scalev: ScalevSim;
  let mailketing: MailketingSim;
  let owner: Record<string, string>;
  let webhookUrl: string;

  beforeAll(async () => {
    scalev = await startScalevSim({ rateLimit: false });
    mailketing = await startMailketingSim();
    t = await createTestDb();
    s = await buildTestServer(t, { env: { SCALEV_API_URL: scalev.url, MAILKETING_API_URL: mailketing.apiBaseUrl } });
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    webhookUrl = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}/webhooks/scalev`;
    owner = await s.ownerToken();
  });
  afterAll(async () => {
    await s.app.close();
    await scalev.close();
    await mailketing.close();
    await t.destroy();
  });

  const api = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: Record<string, unknown>, headers = owner) =>
    s.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  const setup = async (headers = owner) => {
    const res = await api('GET', '/api/setup', undefined, headers);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Setup;
  };
  const step = (body: Setup, module: string, kind: string, key: string) => body.modules.find((m) => m.module === module)?.steps.find((x) => x.kind === kind && x.key === key);
  const status = (body: Setup, provider: string) => body.providers.find((p) => p.provider === provider)?.status;

  it('starts with every step open, nothing connected, and warns that a loopback PUBLIC_URL cannot be reached', async () => {
    const body = await setup(await s.tokenFor('staff'));
    expect(body.done).toBe(false);
    expect(body.connected).toBe(false);
    expect(body.public_url).toBe('http://127.0.0.1:3000');
    expect(body.public_url_problem).toBe('loopback');
    expect(body.modules.map((m) => m.module)).toEqual(['scalev-leads', 'crm-lifecycle']);
    expect(body.modules[0]?.steps.map((x) => `${x.kind}:${x.key}`)).toEqual(['provider:scalev', 'provider:mailketing', 'webhook:scalev', 'first_record:product_list']);
    expect(body.modules[1]?.steps.map((x) => `${x.kind}:${x.key}`)).toEqual(['provider:twilio', 'provider:smtp', 'provider:recurrente', 'webhook:twilio/inbound', 'webhook:recurrente', 'first_record:business']);
    expect(body.modules.flatMap((m) => m.steps).every((x) => !x.done)).toBe(true);
    expect(step(body, 'scalev-leads', 'webhook', 'scalev')).toMatchObject({ provider: 'scalev', url: 'http://127.0.0.1:3000/webhooks/scalev', last_event_at: null });
    expect(body.providers.every((p) => p.status === 'not_set')).toBe(true);
  });

  it('a provider is untested once saved, connected once its test passes, and untested again after any change', async () => {
    expect((await api('PUT', '/api/settings/providers/scalev', { api_key: scalev.apiKey, webhook_secret: scalev.signingSecret })).statusCode).toBe(200);
    let body = await setup();
    expect(body.connected).toBe(true);
    expect(status(body, 'scalev')).toBe('untested');

    s.ctx.clock.advance(1000);
    expect((await api('POST', '/api/settings/providers/scalev/test')).statusCode).toBe(200);
    body = await setup();
    expect(status(body, 'scalev')).toBe('connected');
    expect(body.providers.find((p) => p.provider === 'scalev')?.tested_at).toBe(s.ctx.clock.now());
    expect(step(body, 'scalev-leads', 'provider', 'scalev')?.done).toBe(true);

    // The old result must not stand for new settings: a replaced key is untested until tested again.
    expect((await api('PUT', '/api/settings/providers/scalev', { api_key: 'wrong-key-0000' })).statusCode).toBe(200);
    body = await setup();
    expect(status(body, 'scalev')).toBe('untested');
    expect(step(body, 'scalev-leads', 'provider', 'scalev')?.done).toBe(false);

    const failed = await api('POST', '/api/settings/providers/scalev/test');
    expect(failed.statusCode).toBe(422);
    body = await setup();
    expect(body.providers.find((p) => p.provider === 'scalev')).toMatchObject({ status: 'test_failed', error_code: 'provider_rejected_key' });
  });

  it("the module's own test routes count too, and a provider without a test is connected once saved", async () => {
    await api('PUT', '/api/settings/scalev-mailketing', { scalev_api_key: scalev.apiKey, mailketing_api_token: mailketing.apiToken });
    expect((await api('POST', '/api/settings/test/scalev')).statusCode).toBe(200);
    expect((await api('POST', '/api/settings/test/mailketing')).statusCode).toBe(200);
    await api('PUT', '/api/settings/providers/recurrente', { webhook_secret: 'whsec_dGVzdC1zZWNyZXQ=' });
    const body = await setup();
    expect(status(body, 'scalev')).toBe('connected');
    expect(status(body, 'mailketing')).toBe('connected');
    expect(status(body, 'recurrente')).toBe('connected');
    expect(status(body, 'twilio')).toBe('not_set');
  });

  it('the webhook step waits for the first event, then shows when the last one arrived; the first product list entry ends the module', async () => {
    s.ctx.clock.advance(60_000);
    const o = scalev.createOrder({ items: [{ sku: 'MDH-SBW-500', quantity: 1 }], createdAt: new Date(s.ctx.clock.now()).toISOString() });
    const sent = await scalev.sendWebhook(webhookUrl, 'order.created', o);
    expect(sent.status).toBe(200);
    let body = await setup();
    expect(step(body, 'scalev-leads', 'webhook', 'scalev')).toMatchObject({ done: true, last_event_at: s.ctx.clock.now() });
    expect(body.modules[0]?.done).toBe(false);

    const entry = await api('POST', '/api/product-lists', {
      store_id: '1287', store_name: 'Toko Berkah Herbal', product_id: '88231', product_name: 'Madu Hutan Sumbawa',
      mailketing_list_followup: '42898', mailketing_list_closing: '42899', mailketing_list_not_closing: '43010',
    });
    expect(entry.statusCode, entry.body).toBe(201);
    body = await setup();
    expect(step(body, 'scalev-leads', 'first_record', 'product_list')?.done).toBe(true);
    expect(body.modules[0]?.done).toBe(true);
    expect(body.done).toBe(false); // the CRM is not set up yet
  });

  it('names why a public address cannot be reached', () => {
    expect(publicUrlProblem('http://localhost:3000')).toBe('loopback');
    expect(publicUrlProblem('http://[::1]:3000')).toBe('loopback');
    expect(publicUrlProblem('http://192.168.1.20:3000')).toBe('private');
    expect(publicUrlProblem('http://leadcycle.example.com')).toBe('plain_http');
    expect(publicUrlProblem('https://abc123.ngrok-free.app')).toBeNull();
    expect(publicUrlProblem('https://leadcycle.example.com')).toBeNull();
  });
});
