// The CRM's seed gaps end to end against the simulators: one payment under two event ids, the seed's
// subscription.cancelled, a log line for every status change, and a Twilio 21610 as the campaign's unsubscribe.
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRecurrenteSim, type RecurrenteSim } from '../../sim/recurrente.js';
import { startSmtpSink, type SmtpSink } from '../../sim/smtp.js';
import { startTwilioSim, type TwilioSim } from '../../sim/twilio.js';
import { enqueueJob } from '../../src/core/jobs/enqueue.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const PUBLIC_URL = 'https://crm.agency.test';
const MINUTE = 60_000;

interface LogLine { msg: string; business_id?: string; field?: string; from?: string; to?: string; cause?: string }

describe(`CRM: seed gaps (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let twilio: TwilioSim;
  let recurrente: RecurrenteSim;
  let smtp: SmtpSink;
  let owner: Record<string, string>;
  let local: string;
  const logs: LogLine[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    recurrente = await startRecurrenteSim();
    twilio = await startTwilioSim({ callbacks: 'manual', resolveUrl: (url) => url.replace(PUBLIC_URL, local) });
    t = await createTestDb();
    s = await buildTestServer(t, { env: { PUBLIC_URL, TWILIO_API_URL: twilio.url } });
    // Every log line of the server and its jobs, as the JSON a log collector would receive.
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { for (const line of chunk.toString('utf8').split('\n')) if (line) logs.push(JSON.parse(line) as LogLine); done(); } });
    (s.ctx as { logger: pino.Logger }).logger = pino({ level: 'info' }, sink);
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    local = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
    owner = await s.ownerToken();
    await api('PUT', '/api/settings/crm-lifecycle', {
      twilio_account_sid: twilio.accountSid,
      twilio_auth_token: twilio.authToken,
      twilio_from: '+14155550100',
      recurrente_webhook_secret: recurrente.secret,
      smtp_host: smtp.host,
      smtp_port: smtp.port,
      smtp_from: 'Web Agency <hello@agency.test>',
      send_rate_per_minute: 600,
    });
  });
  afterAll(async () => {
    await s.app.close();
    await twilio.close();
    await recurrente.close();
    await smtp.close();
    await t.destroy();
  });
  beforeEach(() => {
    logs.length = 0;
  });

  async function api(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
    return s.app.inject({ method, url, headers: owner, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
  async function sendAll(maxMinutes = 30) {
    for (let i = 0; i < maxMinutes; i++) {
      await drain();
      // The reconciliation round queues its own next run: that one is not work left over.
      const waiting = await (t.db as any).selectFrom('jobs').select('id').where('status', '=', 'queued').where('name', '!=', 'crm.reconcile').execute();
      if (waiting.length === 0) return;
      s.ctx.clock.advance(MINUTE);
    }
    throw new Error(`jobs still queued after ${maxMinutes} minutes`);
  }
  const create = async (body: Record<string, unknown>) => {
    const res = await api('POST', '/api/v1/crm/businesses', body);
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const business = async (id: string) => (await api('GET', `/api/v1/crm/businesses/${id}`)).json() as Record<string, string> & { timeline: { kind: string }[] };
  const recurrenteEvent = (type: string, data: Record<string, unknown>) =>
    recurrente.sendEvent(`${local}/webhooks/recurrente`, type, data, { timestamp: Math.floor(s.ctx.clock.now() / 1000) });
  const statusLines = (businessId: string) => logs.filter((l) => l.business_id === businessId && l.from !== undefined).map((l) => [l.field, l.from, l.to, l.cause]);

  it('6. one payment announced by payment_intent.succeeded and intent.succeeded under different ids is recorded once', async () => {
    const id = await create({ name: 'Café Doble', email: 'doble@cafe.gt' });
    const checkout = { metadata: { business_id: id }, payment: { id: 'pa_once0001' } };
    expect((await recurrenteEvent('payment_intent.succeeded', { id: 'pa_once0001', amount_in_cents: 90_000, checkout })).status).toBe(200);
    // The generic event names the intent by another id; the checkout's payment is the same.
    expect((await recurrenteEvent('intent.succeeded', { id: 'in_x8f2k1', amount_in_cents: 90_000, checkout })).status).toBe(200);
    await sendAll();
    expect((await business(id)).timeline.filter((e) => e.kind === 'payment')).toHaveLength(1);
    const revenue = (await api('GET', '/api/v1/crm/revenue')).json();
    const total = (revenue.items as { amounts: { amount_cents: number }[] }[]).flatMap((i) => i.amounts).reduce((sum, a) => sum + a.amount_cents, 0);
    expect(total).toBe(90_000);
  });

  it('7. subscription.cancelled (the seed’s spelling) cancels like subscription.cancel and archives the site', async () => {
    const id = await create({ name: 'Estudio Cancelado', email: 'cancel@estudio.gt' });
    await api('POST', `/api/v1/crm/businesses/${id}/events`, { type: 'site_deployed', site_url: 'https://cancel.sites.agency.test' });
    await recurrenteEvent('subscription.create', { id: 'su_cancelled01', checkout: { metadata: { business_id: id } } });
    await sendAll();
    expect((await business(id)).subscription_status).toBe('active');
    const res = await recurrenteEvent('subscription.cancelled', { id: 'su_cancelled01', checkout: { metadata: { business_id: id } } });
    expect(res.status).toBe(200);
    await sendAll();
    expect(await business(id)).toMatchObject({ subscription_status: 'cancelled', website_status: 'archived' });
  });

  it('8. every status change is one JSON log line with business id, field, from, to and cause, from every path', async () => {
    const id = await create({ name: 'Panadería Log', email: 'log@panaderia.gt' });
    // A site event, a campaign send, an open, a hand change and the unsubscribe link.
    await api('POST', `/api/v1/crm/businesses/${id}/events`, { type: 'site_generation_started' });
    const cmp = (await api('POST', '/api/v1/crm/campaigns', { name: 'Logged', channel: 'email', subject: 'Hola', body: 'Mire: https://sites.agency.test/log' })).json().id as string;
    await api('POST', `/api/v1/crm/campaigns/${cmp}/send`);
    await sendAll();
    const html = smtp.messages.find((m) => m.to[0] === 'log@panaderia.gt')?.html ?? '';
    const pixel = html.match(/https:\/\/crm\.agency\.test\/t\/o\/[\w-]+\.gif/)?.[0].replace(PUBLIC_URL, '') ?? '';
    await s.app.inject({ method: 'GET', url: pixel });
    await sendAll();
    await api('POST', `/api/v1/crm/businesses/${id}/status`, { field: 'contact_status', status: 'replied', reason: 'she phoned us back' });
    const unsubscribe = html.match(/https:\/\/crm\.agency\.test\/t\/u\/[\w-]+/)?.[0].replace(PUBLIC_URL, '') ?? '';
    await s.app.inject({ method: 'POST', url: unsubscribe });
    await sendAll();

    expect(statusLines(id)).toEqual([
      ['website_status', 'none', 'generating', 'site_event'],
      ['contact_status', 'pending', 'emailed', 'campaign_send'],
      ['contact_status', 'emailed', 'opened', 'tracking'],
      ['contact_status', 'opened', 'replied', 'person'],
      ['contact_status', 'replied', 'unsubscribed', 'opt_out'],
    ]);
    // The seed's own check: "look for contact_status = emailed in the logs".
    expect(logs.some((l) => l.business_id === id && l.msg.includes('contact_status = emailed'))).toBe(true);
  });

  it('Bahasa Indonesia: every status change on the timeline, and each connection test, comes with a code the dashboard words', async () => {
    const id = await create({ name: 'Panadería Notas', email: 'notas@panaderia.gt' });
    await api('POST', `/api/v1/crm/businesses/${id}/events`, { type: 'site_deployed' });
    const cmp = (await api('POST', '/api/v1/crm/campaigns', { name: 'Noted', channel: 'email', subject: 'Hola', body: 'Mire: https://sites.agency.test/notas' })).json().id as string;
    await api('POST', `/api/v1/crm/campaigns/${cmp}/send`);
    await sendAll();
    await api('POST', `/api/v1/crm/businesses/${id}/status`, { field: 'contact_status', status: 'replied', reason: 'she phoned us back' });
    const timeline = (await api('GET', `/api/v1/crm/businesses/${id}`)).json().timeline as Array<{ kind: string; to?: string; notes?: unknown }>;
    const changes = timeline.filter((e) => e.kind === 'status').map((e) => [e.to, e.notes]);
    expect(changes).toEqual([
      ['replied', [{ code: 'crm_change.by_hand' }]],
      ['emailed', [{ code: 'crm_change.sent', values: { channel: 'email' } }]],
      ['deployed', [{ code: 'crm_change.site_event', values: { event: 'site_deployed' } }]],
    ]);
    const twilioTest = await api('POST', '/api/settings/test/twilio');
    expect(twilioTest.statusCode).toBe(200);
    expect(twilioTest.json().notes).toEqual([{ code: 'crm_test.twilio_ok' }]);
    const smtpTest = await api('POST', '/api/settings/test/smtp');
    expect(smtpTest.json().notes).toEqual([{ code: 'crm_test.smtp_ok' }]);
  });

  it('9. a Twilio 21610 on a send counts as the campaign’s unsubscribe', async () => {
    const id = await create({ name: 'Pollo Bloqueado', phone: '+50255563000' });
    twilio.optOut('+50255563000');
    const cmp = (await api('POST', '/api/v1/crm/campaigns', { name: 'Blocked SMS', channel: 'sms', body: 'Hola' })).json().id as string;
    await api('POST', `/api/v1/crm/campaigns/${cmp}/send`);
    await sendAll();
    expect((await business(id)).contact_status).toBe('unsubscribed');
    expect((await api('GET', `/api/v1/crm/campaigns/${cmp}`)).json().figures).toMatchObject({ unsubscribed: 1 });
    expect(statusLines(id)).toEqual([['contact_status', 'pending', 'unsubscribed', 'opt_out']]);
  });

  it('12. reconciliation asks Twilio about messages whose callback never came, applies the answer by the callback rules, audited as healed', async () => {
    const delivered = await create({ name: 'Tienda Callada', phone: '+50255564000' });
    const bounced = await create({ name: 'Tienda Perdida', phone: '+50255564001' });
    const waiting = await create({ name: 'Tienda Lenta', phone: '+50255564002' });
    const cmp = (await api('POST', '/api/v1/crm/campaigns', { name: 'Quiet SMS', channel: 'sms', body: 'Hola' })).json().id as string;
    await api('POST', `/api/v1/crm/campaigns/${cmp}/send`);
    await sendAll();
    const sid = (phone: string) => twilio.messages.filter((m) => m.to === phone).at(-1)?.sid ?? '';
    // Twilio moved on, but no callback reached us.
    twilio.setStatus(sid('+50255564000'), 'delivered');
    twilio.setStatus(sid('+50255564001'), 'undelivered', 30003);
    const asked = () => twilio.requests.filter((r) => r.method === 'GET' && /\/Messages\/SM\w+\.json$/.test(r.path)).length;

    // Too early: nobody is asked yet.
    await enqueueJob(s.ctx, s.ctx.workspace.id, 'crm.reconcile', {});
    await sendAll();
    expect(asked()).toBe(0);

    // The round queued its next run a quarter of an hour on; half an hour later the messages are due.
    s.ctx.clock.advance(31 * MINUTE);
    await sendAll();
    expect(asked()).toBe(3);
    expect((await business(delivered)).contact_status).toBe('sms_sent');
    expect((await business(bounced)).contact_status).toBe('bounced');
    expect((await business(waiting)).contact_status).toBe('sms_sent');
    expect((await api('GET', `/api/v1/crm/campaigns/${cmp}`)).json().figures).toMatchObject({ delivered: 1, bounced: 1 });
    const audit = (await api('GET', '/api/audit')).json().items as { action: string; after: { status?: string } | null }[];
    expect(audit.filter((a) => a.action === 'message.healed').map((a) => a.after?.status).sort()).toEqual(['delivered', 'undelivered']);

    // A message just asked about is not asked again in the next round.
    s.ctx.clock.advance(16 * MINUTE);
    await sendAll();
    expect(asked()).toBe(3);
  });
});
