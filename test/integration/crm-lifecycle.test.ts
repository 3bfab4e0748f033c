// Seed 004 end to end: businesses, Twilio and Recurrente webhooks, email and SMS campaigns, tracking, funnel, on a real server.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRecurrenteSim, type RecurrenteSim } from '../../sim/recurrente.js';
import { startSmtpSink, type SmtpSink } from '../../sim/smtp.js';
import { startTwilioSim, type TwilioSim } from '../../sim/twilio.js';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const PUBLIC_URL = 'https://crm.agency.test';
const MINUTE = 60_000;

interface Business {
  id: string;
  contact_status: string;
  website_status: string;
  subscription_status: string;
  timeline: { kind: string; field?: string; from?: string; to?: string; cause?: string; detail?: string; direction?: string; body?: string | null; reason?: string | null; actor_name?: string | null }[];
  consents: { channel: string; status: string; source: string }[];
}

describe(`CRM lifecycle, seed 004 (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let twilio: TwilioSim;
  let recurrente: RecurrenteSim;
  let smtp: SmtpSink;
  let owner: Record<string, string>;
  let local: string;
  /** Twilio messages from earlier tests; the simulator keeps them all. */
  let sentBefore = 0;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    recurrente = await startRecurrenteSim();
    // Twilio signs the public URL it was given; the sim connects to the local server behind it, as a proxy would.
    twilio = await startTwilioSim({ callbacks: 'manual', resolveUrl: (url) => url.replace(PUBLIC_URL, local) });
    t = await createTestDb();
    s = await buildTestServer(t, { env: { PUBLIC_URL, TWILIO_API_URL: twilio.url } });
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

  beforeEach(async () => {
    for (const table of ['crm_businesses', 'crm_status_changes', 'crm_messages', 'crm_campaigns', 'crm_recipients', 'crm_tracking_links', 'crm_payments', 'consents', 'contacts', 'jobs', 'deliveries', 'inbox_events'] as const) {
      await (t.db as any).deleteFrom(table).execute();
    }
    smtp.clear();
    twilio.knobs.callbacks = 'manual';
    sentBefore = twilio.messages.length;
  });

  async function api(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = owner) {
    return s.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }
  const drain = () => createWorker({ ctx: s.ctx, registry: assemble(s.ctx, modules).jobs, concurrency: 4, leaseMs: 60_000 }).drain();
  /** Runs every job, moving the fake clock a minute at a time so throttled deliveries come due; bounded. */
  async function sendAll(maxMinutes = 30) {
    for (let i = 0; i < maxMinutes; i++) {
      await drain();
      const waiting = await (t.db as any).selectFrom('jobs').select('id').where('status', '=', 'queued').execute();
      if (waiting.length === 0) return;
      s.ctx.clock.advance(MINUTE);
    }
    throw new Error(`jobs still queued after ${maxMinutes} minutes`);
  }
  const business = async (id: string) => (await api('GET', `/api/v1/crm/businesses/${id}`)).json() as Business;
  const create = async (body: Record<string, unknown>) => {
    const res = await api('POST', '/api/v1/crm/businesses', body);
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const campaign = async (body: Record<string, unknown>) => {
    const res = await api('POST', '/api/v1/crm/campaigns', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const send = async (id: string) => {
    const res = await api('POST', `/api/v1/crm/campaigns/${id}/send`);
    expect(res.statusCode, res.body).toBe(200);
  };
  const lastSms = () => {
    const sms = twilio.messages.at(-1);
    if (!sms) throw new Error('the Twilio simulator has no message');
    return sms;
  };
  const figures = async (id: string) => (await api('GET', `/api/v1/crm/campaigns/${id}`)).json().figures as Record<string, number>;
  const inbound = (from: string, body: string, extra: Record<string, string> = {}) =>
    twilio.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, { From: from, To: '+14155550100', Body: body, ...extra });
  const nowSeconds = () => Math.floor(s.ctx.clock.now() / 1000);
  const recurrenteEvent = (type: string, data: Record<string, unknown>, options: Record<string, unknown> = {}) =>
    recurrente.sendEvent(`${local}/webhooks/recurrente`, type, data, { timestamp: nowSeconds(), ...options });

  it('Test 1, email campaign: the email goes out through SMTP and the business becomes emailed, caused by the campaign', async () => {
    const id = await create({ name: 'Panadería La Esperanza', email: 'Dueno@LaEsperanza.gt', city: 'Antigua', source: 'google-maps' });
    const cmp = await campaign({ name: 'Spring outreach', channel: 'email', subject: 'A website for {{name}}', body: 'Hola {{name}} in {{city}}!\nSee your draft: https://sites.agency.test/esperanza?x=1.\nReply any time.' });
    await send(cmp);
    await sendAll();
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual(['dueno@laesperanza.gt']);
    expect(mail.subject).toBe('A website for Panadería La Esperanza');
    expect(mail.text).toContain('Hola Panadería La Esperanza in Antigua!');
    // The link is rewritten through our server, the pixel and the unsubscribe link are ours.
    expect(mail.text).not.toContain('https://sites.agency.test/esperanza');
    expect(mail.html).toMatch(new RegExp(`${PUBLIC_URL}/t/c/[A-Za-z0-9_-]+`));
    expect(mail.html).toMatch(new RegExp(`<img src="${PUBLIC_URL}/t/o/[A-Za-z0-9_-]+\\.gif"`));
    expect(mail.headers['list-unsubscribe']).toMatch(new RegExp(`^<${PUBLIC_URL}/t/u/`));
    const b = await business(id);
    expect(b.contact_status).toBe('emailed');
    expect(b.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'status', field: 'contact_status', from: 'pending', to: 'emailed', cause: 'campaign', detail: 'email sent' })]));
    expect(await figures(cmp)).toMatchObject({ audience: 1, sent: 1, delivered: 1, bounced: 0 });
  });

  it('Test 2, SMS campaign: sms_sent on send, confirmed by a signed delivered callback to PUBLIC_URL', async () => {
    const id = await create({ name: 'Taller Mecánico Ruiz', phone: '+502 5555 1234' });
    const cmp = await campaign({ name: 'SMS wave', channel: 'sms', body: 'Hi {{name}}, we built you a website. Reply YES to see it.' });
    await send(cmp);
    await sendAll();
    expect(twilio.messages.length - sentBefore).toBe(1);
    const sms = lastSms();
    expect(sms).toMatchObject({ to: '+50255551234', from: '+14155550100', body: 'Hi Taller Mecánico Ruiz, we built you a website. Reply YES to see it.', statusCallback: `${PUBLIC_URL}/webhooks/twilio/status` });
    expect((await business(id)).contact_status).toBe('sms_sent');
    const [sent] = await twilio.sendStatus(sms.sid, 'sent');
    const [delivered] = await twilio.sendStatus(sms.sid, 'delivered');
    expect([sent?.status, delivered?.status]).toEqual([200, 200]);
    await sendAll();
    const b = await business(id);
    expect(b.contact_status).toBe('sms_sent');
    expect(b.timeline.filter((e) => e.kind === 'status')).toHaveLength(1);
    expect(b.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'message', direction: 'out', body: sms.body })]));
    const events = (await api('GET', '/api/events')).json().items as { type: string; outcome: string }[];
    expect(events.find((e) => e.type === 'sms.status.delivered')?.outcome).toMatch(/confirms sms_sent/);
    expect(await figures(cmp)).toMatchObject({ sent: 1, delivered: 1 });
  });

  it('Test 3, SMS reply: replied, the message is on the timeline; a late delivered callback leaves replied', async () => {
    const id = await create({ name: 'Farmacia Central', phone: '+50255552000' });
    const cmp = await campaign({ name: 'SMS', channel: 'sms', body: 'Hi {{name}}' });
    await send(cmp);
    await sendAll();
    const res = await inbound('+50255552000', 'Yes, interested! How much?');
    expect(res.status).toBe(200);
    expect(res.responseBody).toContain('<Response>');
    await sendAll();
    const [late] = await twilio.sendStatus(lastSms().sid, 'delivered');
    expect(late?.status).toBe(200);
    await sendAll();
    const b = await business(id);
    expect(b.contact_status).toBe('replied');
    expect(b.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'message', direction: 'in', body: 'Yes, interested! How much?' })]));
    expect(await figures(cmp)).toMatchObject({ replied: 1, delivered: 1 });
  });

  it('Test 4, SMS opt-out: STOP makes unsubscribed and records the consent; START gives consent back but leaves the status', async () => {
    const id = await create({ name: 'Hotel Casa Azul', phone: '+50255553000' });
    const res = await inbound('+50255553000', ' stop ');
    expect(res.status).toBe(200);
    await sendAll();
    let b = await business(id);
    expect(b.contact_status).toBe('unsubscribed');
    expect(b.consents).toEqual([expect.objectContaining({ channel: 'sms', status: 'opted_out', source: 'twilio.stop' })]);
    await inbound('+50255553000', 'START');
    await sendAll();
    b = await business(id);
    expect(b.contact_status).toBe('unsubscribed');
    expect(b.consents).toEqual([expect.objectContaining({ channel: 'sms', status: 'opted_in', source: 'twilio.start' })]);
  });

  it('Test 5, site purchase: a Recurrente payment for the business makes website sold and contact purchased, counted for the campaign', async () => {
    const id = await create({ name: 'Café Ixchel', email: 'cafe@ixchel.gt' });
    const cmp = await campaign({ name: 'Email', channel: 'email', subject: 'Hi', body: 'Your site: https://sites.agency.test/ixchel' });
    await send(cmp);
    await sendAll();
    const first = await recurrenteEvent('payment_intent.succeeded', { id: 'pa_site001', amount_in_cents: 250_000, currency: 'GTQ', checkout: { metadata: { business_id: id } }, customer: { id: 'us_ixchel', email: 'otra@persona.gt' } });
    expect(first.status).toBe(200);
    // The same payment announced again by its generic event changes nothing.
    await recurrenteEvent('intent.succeeded', { id: 'pa_site001', amount_in_cents: 250_000, currency: 'GTQ', checkout: { metadata: { business_id: id } } });
    await sendAll();
    const b = await business(id);
    expect(b).toMatchObject({ website_status: 'sold', contact_status: 'purchased' });
    expect(b.timeline.filter((e) => e.kind === 'payment')).toHaveLength(1);
    expect(await figures(cmp)).toMatchObject({ purchased: 1, revenue: [{ currency: 'GTQ', amount_cents: 250_000 }] });
    const revenue = (await api('GET', '/api/v1/crm/revenue')).json();
    expect(revenue.items).toEqual([{ campaign_id: cmp, campaign_name: 'Email', payments: 1, amounts: [{ currency: 'GTQ', amount_cents: 250_000 }] }]);
  });

  it('Test 6, subscription cancel: subscription_status follows the events and a cancellation archives the website', async () => {
    const id = await create({ name: 'Maria López Studio', email: 'maria.lopez@ejemplo.com.gt' });
    await api('POST', `/api/v1/crm/businesses/${id}/events`, { type: 'site_deployed', site_url: 'https://maria.sites.agency.test' });
    const at = (minutes: number) => new Date(s.ctx.clock.now() + minutes * MINUTE).toISOString();
    await recurrenteEvent('subscription.create', { created_at: at(0) });
    await sendAll();
    expect((await business(id)).subscription_status).toBe('active');
    await recurrenteEvent('subscription.cancel', { created_at: at(2) });
    // An older past_due delivered late must not overwrite the cancellation.
    await recurrenteEvent('subscription.past_due', { created_at: at(1) });
    await sendAll();
    const b = await business(id);
    expect(b).toMatchObject({ subscription_status: 'cancelled', website_status: 'archived' });
  });
});
