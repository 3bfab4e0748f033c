// Provider settings routes: masked reads, validated writes, connection tests, and one record shared with the module routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailketingSim, type MailketingSim } from '../../sim/mailketing.js';
import { startScalevSim, type ScalevSim } from '../../sim/scalev.js';
import { startWahaSim } from '../../sim/waha.js';
import { listAudit } from '../../src/core/audit.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

interface Field {
  name: string;
  secret: boolean;
  value: string | number | boolean | null;
  default: string | number | boolean | null;
}
interface ProviderView {
  provider: string;
  title: string;
  configured: boolean;
  has_test: boolean;
  fields: Field[];
  webhook_urls: Record<string, string>;
}

const field = (view: ProviderView, name: string) => view.fields.find((f) => f.name === name);

describe(`provider settings (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let scalev: ScalevSim;
  let mailketing: MailketingSim;
  let owner: Record<string, string>;

  beforeAll(async () => {
    scalev = await startScalevSim({ rateLimit: false });
    mailketing = await startMailketingSim();
    t = await createTestDb();
    s = await buildTestServer(t, { env: { SCALEV_API_URL: scalev.url, MAILKETING_API_URL: mailketing.apiBaseUrl, WAHA_URL: 'http://127.0.0.1:3999' } });
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

  it('lists every provider with its fields, defaults from the environment, and nothing configured yet', async () => {
    const res = await api('GET', '/api/settings/providers');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: ProviderView[]; next_cursor: string | null };
    expect(body.items.map((p) => p.provider)).toEqual(['scalev', 'mailketing', 'twilio', 'smtp', 'recurrente', 'waha']);
    expect(body.next_cursor).toBeNull();
    const waha = body.items.find((p) => p.provider === 'waha');
    expect(waha).toMatchObject({ title: 'WAHA (WhatsApp HTTP API)', configured: false, webhook_urls: { waha: 'http://127.0.0.1:3000/webhooks/waha' } });
    expect(waha && field(waha, 'base_url')).toMatchObject({ secret: false, value: 'http://127.0.0.1:3999', default: 'http://127.0.0.1:3999' });
    expect(waha && field(waha, 'session')).toMatchObject({ value: 'default', default: 'default' });
    expect(waha && field(waha, 'api_key')).toMatchObject({ secret: true, value: null });
    expect(waha && field(waha, 'webhook_hmac_key')).toMatchObject({ secret: true, value: null });

    const page = (await api('GET', '/api/settings/providers?limit=2')).json() as { items: ProviderView[]; next_cursor: string | null };
    expect(page.items.map((p) => p.provider)).toEqual(['scalev', 'mailketing']);
    const next = (await api('GET', `/api/settings/providers?limit=2&cursor=${page.next_cursor ?? ''}`)).json() as { items: ProviderView[] };
    expect(next.items.map((p) => p.provider)).toEqual(['twilio', 'smtp']);
  });

  it('writes a provider: a value replaces a secret, absent keeps it, null or empty removes it; secrets are masked and sealed', async () => {
    const put = await api('PUT', '/api/settings/providers/waha', { base_url: 'http://waha.internal:3000', session: 'shop', api_key: 'waha-key-0123456789', webhook_hmac_key: 'hmac-key-abcdef' });
    expect(put.statusCode, put.body).toBe(200);
    const view = put.json() as ProviderView;
    expect(view.configured).toBe(true);
    expect(field(view, 'base_url')?.value).toBe('http://waha.internal:3000');
    expect(field(view, 'api_key')?.value).toBe('••••••6789');
    expect(JSON.stringify(view)).not.toContain('waha-key-0123456789');
    const row = await t.db.selectFrom('settings').selectAll().where('workspace_id', '=', s.ctx.workspace.id).where('namespace', '=', 'waha').executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('waha-key-0123456789');

    const kept = (await api('PUT', '/api/settings/providers/waha', { session: 'other', webhook_hmac_key: '' })).json() as ProviderView;
    expect(field(kept, 'api_key')?.value).toBe('••••••6789');
    expect(field(kept, 'webhook_hmac_key')?.value).toBeNull();
    expect(field(kept, 'session')?.value).toBe('other');
    const cleared = (await api('PUT', '/api/settings/providers/waha', { base_url: null, api_key: null })).json() as ProviderView;
    expect(field(cleared, 'base_url')?.value).toBe('http://127.0.0.1:3999');
    expect(field(cleared, 'api_key')?.value).toBeNull();
    expect((await listAudit(t.db, s.ctx.workspace.id, { subjectId: 'waha' })).length).toBe(3);
  });

  it('refuses an unknown field, a bad value and an unknown provider, and is for managers only', async () => {
    const unknown = await api('PUT', '/api/settings/providers/twilio', { auth_tokn: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('auth_tokn'), details: { field: 'auth_tokn' } });
    const bad = await api('PUT', '/api/settings/providers/twilio', { account_sid: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/account_sid: must be a Twilio Account SID/);
    expect((await api('GET', '/api/settings/providers/nobody')).statusCode).toBe(404);
    expect((await api('PUT', '/api/settings/providers/nobody', {})).statusCode).toBe(404);
    const marketing = await s.tokenFor('marketing');
    expect((await api('GET', '/api/settings/providers', undefined, marketing)).statusCode).toBe(403);
    expect((await api('PUT', '/api/settings/providers/waha', { session: 'x' }, marketing)).statusCode).toBe(403);
  });

  it("runs the connector's test; a provider without one, or an unknown one, says so", async () => {
    const missing = await api('POST', '/api/settings/providers/scalev/test');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/ScaleV API key is not set: add api_key/);
    await api('PUT', '/api/settings/providers/scalev', { api_key: scalev.apiKey });
    const ok = await api('POST', '/api/settings/providers/scalev/test');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, message: expect.stringMatching(/ScaleV answered: \d+ store/) });
    await api('PUT', '/api/settings/providers/scalev', { api_key: 'sk_wrong' });
    const rejected = await api('POST', '/api/settings/providers/scalev/test');
    expect(rejected.statusCode).toBe(422);
    const none = await api('POST', '/api/settings/providers/recurrente/test');
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toMatch(/no connection test/);
    expect((await api('POST', '/api/settings/providers/nobody/test')).statusCode).toBe(404);
  });

  it('tests WAHA: the session WORKING, or what to do when it is not, or a refused key', async () => {
    const waha = await startWahaSim({ apiKey: 'waha-key-for-test' });
    try {
      await api('PUT', '/api/settings/providers/waha', { base_url: waha.url, session: 'default', api_key: 'waha-key-for-test' });
      const working = await api('POST', '/api/settings/providers/waha/test');
      expect(working.statusCode, working.body).toBe(200);
      expect(working.json()).toEqual({ ok: true, message: 'session default is WORKING' });
      await waha.setStatus('SCAN_QR_CODE');
      const qr = await api('POST', '/api/settings/providers/waha/test');
      expect(qr.statusCode).toBe(502);
      expect(qr.json().error.message).toMatch(/SCAN_QR_CODE, not WORKING: .*scan the QR code/);
      await api('PUT', '/api/settings/providers/waha', { api_key: 'not-the-key' });
      const refused = await api('POST', '/api/settings/providers/waha/test');
      expect(refused.statusCode).toBe(422);
      expect(refused.body).not.toContain('not-the-key');
    } finally {
      await waha.close();
    }
  });

  it("the module's settings route and the provider's route read and write the same record", async () => {
    // Written through the module route, seen by the provider route.
    await api('PUT', '/api/settings/scalev-mailketing', { scalev_api_key: scalev.apiKey, mailketing_api_token: mailketing.apiToken, not_closing_after: 'P3D' });
    const sv = (await api('GET', '/api/settings/providers/scalev')).json() as ProviderView;
    expect(field(sv, 'api_key')?.value).toBe(`••••••${scalev.apiKey.slice(-4)}`);
    expect((await api('POST', '/api/settings/providers/mailketing/test')).json()).toMatchObject({ ok: true });
    // Written through the provider route, seen (and used) by the module route.
    await api('PUT', '/api/settings/providers/scalev', { webhook_secret: 'sv_from_provider_route' });
    await api('PUT', '/api/settings/providers/mailketing', { api_token: null });
    const lead = (await api('GET', '/api/settings/scalev-mailketing')).json();
    expect(lead).toMatchObject({ scalev_webhook_secret: '••••••oute', mailketing_api_token: null, not_closing_after: 'P3D' });
    expect((await api('POST', '/api/settings/test/mailketing')).json().error.message).toMatch(/Mailketing API token is not set/);
    // Module-only values stay in the module's namespace.
    const own = await t.db.selectFrom('settings').select('data').where('workspace_id', '=', s.ctx.workspace.id).where('namespace', '=', 'scalev-mailketing').executeTakeFirstOrThrow();
    expect(JSON.parse(own.data)).toEqual({ not_closing_after: 'P3D' });

    await api('PUT', '/api/settings/crm-lifecycle', { twilio_account_sid: `AC${'1'.repeat(32)}`, twilio_auth_token: 'tw-token-123456', smtp_host: 'mail.shop.test', smtp_port: 2525, send_rate_per_minute: 120 });
    const tw = (await api('GET', '/api/settings/providers/twilio')).json() as ProviderView;
    expect(field(tw, 'account_sid')?.value).toBe(`AC${'1'.repeat(32)}`);
    expect(field(tw, 'auth_token')?.value).toBe('••••••3456');
    const smtp = (await api('GET', '/api/settings/providers/smtp')).json() as ProviderView;
    expect(field(smtp, 'port')?.value).toBe(2525);
    await api('PUT', '/api/settings/providers/smtp', { host: 'relay.shop.test', secure: true });
    await api('PUT', '/api/settings/providers/recurrente', { webhook_secret: 'whsec_c2VjcmV0' });
    const crm = (await api('GET', '/api/settings/crm-lifecycle')).json();
    expect(crm).toMatchObject({ smtp_host: 'relay.shop.test', smtp_secure: true, smtp_port: 2525, send_rate_per_minute: 120, twilio_auth_token: '••••••3456' });
    expect(crm.recurrente_webhook_secret).toMatch(/^••••••/);
    const crmOwn = await t.db.selectFrom('settings').select(['data', 'secrets']).where('workspace_id', '=', s.ctx.workspace.id).where('namespace', '=', 'crm-lifecycle').executeTakeFirstOrThrow();
    expect(JSON.parse(crmOwn.data)).toEqual({ send_rate_per_minute: 120 });
    expect(crmOwn.secrets).toBeNull();
  });
});
