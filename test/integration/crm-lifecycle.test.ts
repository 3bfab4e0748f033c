// The CRM lifecycle end to end: businesses, Twilio and Recurrente webhooks, email and SMS campaigns, tracking, funnel, on a real server.
import type { AddressInfo } from 'node:net';
import { Webhook } from 'svix';
import twilioPackage from 'twilio';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRecurrenteSim, type RecurrenteSim } from '../../sim/recurrente.js';
import { startSmtpSink, type SmtpSink } from '../../sim/smtp.js';
import { startTwilioSim, twilioSignature, type TwilioSim } from '../../sim/twilio.js';
import { sql } from 'kysely';
import { createWorker } from '../../src/core/jobs/worker.js';
import { modules } from '../../src/modules/registry.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';
import { openLiveStream } from '../helpers/live-stream.js';

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

describe(`CRM lifecycle end to end (${testDialect()})`, () => {
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
  it('a person may move a final status only with a reason, which the timeline shows with their name', async () => {
    const id = await create({ name: 'Ferretería El Clavo', phone: '+50255554000' });
    await inbound('+50255554000', 'STOP');
    await sendAll();
    const noReason = await api('POST', `/api/v1/crm/businesses/${id}/status`, { field: 'contact_status', status: 'pending' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('reason');
    const bad = await api('POST', `/api/v1/crm/businesses/${id}/status`, { field: 'contact_status', status: 'sold', reason: 'typo' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('contact_status cannot be sold');
    const res = await api('POST', `/api/v1/crm/businesses/${id}/status`, { field: 'contact_status', status: 'replied', reason: 'called us back by phone, wants a quote' });
    expect(res.statusCode).toBe(200);
    expect(res.json().contact_status).toBe('replied');
    const b = await business(id);
    expect(b.timeline[0]).toMatchObject({ kind: 'status', from: 'unsubscribed', to: 'replied', cause: 'user', reason: 'called us back by phone, wants a quote' });
    expect(b.timeline[0]?.actor_name).toBe('token test owner');
    const audit = (await api('GET', `/api/audit?subject_id=${id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toContain('business.status');
  });

  it('the site generator drives website_status through the API, forward only', async () => {
    const id = await create({ name: 'Dulcería Rosa', email: 'rosa@dulceria.gt' });
    const step = async (type: string, extra: Record<string, unknown> = {}) => (await api('POST', `/api/v1/crm/businesses/${id}/events`, { type, ...extra })).json();
    expect((await step('site_generation_started')).business.website_status).toBe('generating');
    expect((await step('site_generation_completed')).business.website_status).toBe('generated');
    const deployed = await step('site_deployed', { site_url: 'https://rosa.sites.agency.test' });
    expect(deployed.business).toMatchObject({ website_status: 'deployed', site_url: 'https://rosa.sites.agency.test' });
    // A late "started" from a retried generator run never moves the site back.
    const late = await step('site_generation_started');
    expect(late).toMatchObject({ changed: false, business: { website_status: 'deployed' } });
    expect(late.note).toContain('would move back');
    const wrong = await api('POST', `/api/v1/crm/businesses/${id}/events`, { type: 'site_exploded' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('type');
  });

  it('creating and importing deduplicate on phone, then email; bad rows are reported by index and field', async () => {
    const first = await api('POST', '/api/v1/crm/businesses', { name: 'Óptica Visión', phone: '0812-3456-7000', email: 'info@vision.gt', city: 'Xela' });
    expect(first.statusCode).toBe(201);
    expect(first.json().business).toMatchObject({ phone: '+6281234567000', contact_status: 'pending', website_status: 'none', subscription_status: 'none' });
    const again = await api('POST', '/api/v1/crm/businesses', { name: 'Optica Vision (dup)', phone: '+62 812 3456 7000' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, created: false });
    const imported = await api('POST', '/api/v1/crm/businesses', {
      businesses: [
        { name: 'Same by email', email: 'INFO@vision.gt' },
        { name: 'New one', phone: '+50255557001', source: 'import' },
        { name: 'No way to reach' },
        { name: 'Bad phone', phone: '12' },
        { phone: '+50255557002' },
      ],
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ created: 1, duplicates: 1 });
    expect(imported.json().errors).toEqual([
      { index: 2, field: 'phone', message: expect.stringContaining('at least one way') },
      { index: 3, field: 'phone', message: expect.stringContaining('not a valid phone') },
      { index: 4, field: 'name', message: expect.any(String) },
    ]);
    // Phones are stored international; a search typed the local way finds them.
    const list = (await api('GET', '/api/v1/crm/businesses?q=0812-3456&limit=10')).json();
    expect(list.items.map((b: { name: string }) => b.name)).toEqual(['Óptica Visión']);
    const byCity = (await api('GET', '/api/v1/crm/businesses?city=xela')).json();
    expect(byCity.items.map((b: { name: string }) => b.name)).toEqual(['Óptica Visión']);
    const bySource = (await api('GET', '/api/v1/crm/businesses?source=import&contact_status=pending,emailed')).json();
    expect(bySource).toMatchObject({ items: [{ name: 'New one' }] });
    expect((await api('GET', '/api/v1/crm/businesses/count?source=import&contact_status=pending,emailed')).json()).toEqual({ total: 1, total_capped: false });
    expect((await api('GET', '/api/v1/crm/facets')).json()).toEqual({ cities: ['Xela'], sources: ['import'], owners: [] });
    const badFilter = await api('GET', '/api/v1/crm/businesses?contact_status=sleeping');
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().error.message).toContain('contact_status');
  });

  it('the list pages by cursor, newest first, and searches name, email and phone', async () => {
    for (let i = 0; i < 5; i++) {
      await create({ name: `Tienda ${i}`, phone: `+5025555800${i}` });
      s.ctx.clock.advance(1000);
    }
    const page1 = (await api('GET', '/api/v1/crm/businesses?limit=2')).json();
    expect(page1.items.map((b: { name: string }) => b.name)).toEqual(['Tienda 4', 'Tienda 3']);
    expect((await api('GET', '/api/v1/crm/businesses/count')).json()).toEqual({ total: 5, total_capped: false });
    const page2 = (await api('GET', `/api/v1/crm/businesses?limit=2&cursor=${page1.next_cursor}`)).json();
    expect(page2.items.map((b: { name: string }) => b.name)).toEqual(['Tienda 2', 'Tienda 1']);
    const page3 = (await api('GET', `/api/v1/crm/businesses?limit=2&cursor=${page2.next_cursor}`)).json();
    expect(page3).toMatchObject({ next_cursor: null, items: [{ name: 'Tienda 0' }] });
    expect((await api('GET', '/api/v1/crm/businesses?q=55558003')).json().items.map((b: { name: string }) => b.name)).toEqual(['Tienda 3']);
    expect((await api('GET', '/api/v1/crm/businesses/count?q=tienda%201')).json()).toEqual({ total: 1, total_capped: false });
    // The count takes the list's filters and refuses what the list refuses, naming the field.
    const badCount = await api('GET', '/api/v1/crm/businesses/count?website_status=online');
    expect(badCount.statusCode).toBe(400);
    expect(badCount.json().error.message).toContain('website_status');
  });

  it('out-of-order and repeated callbacks: every business ends where its newest news puts it, each change recorded once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await create({ name: `Negocio ${i}`, phone: `+5025555900${i}` }));
    twilio.failNumber('+50255559004');
    twilio.failNumber('+50255559005', 30008, 'failed');
    twilio.knobs.callbacks = 'auto';
    twilio.knobs.shuffle = true;
    twilio.knobs.repeat = 2;
    try {
      const cmp = await campaign({ name: 'Shuffled', channel: 'sms', body: 'Hola {{name}}' });
      await send(cmp);
      for (let i = 0; i < 10; i++) {
        await sendAll();
        await twilio.idle(5_000);
        const events = (await api('GET', '/api/events?limit=200')).json().items as { status: string }[];
        if (events.length > 0 && events.every((e) => e.status !== 'pending')) break;
      }
      await sendAll();
      const statuses = await Promise.all(ids.map(async (id) => (await business(id)).contact_status));
      expect(statuses).toEqual(['sms_sent', 'sms_sent', 'sms_sent', 'sms_sent', 'bounced', 'bounced']);
      for (const id of ids) {
        const changes = (await business(id)).timeline.filter((e) => e.kind === 'status');
        // pending → sms_sent, and for the failed ones → bounced: never twice, never back.
        expect(changes.length).toBe(id === ids[4] || id === ids[5] ? 2 : 1);
      }
      expect(await figures(cmp)).toMatchObject({ sent: 6, delivered: 4, bounced: 2 });
      const failed = (await business(ids[5]!)).timeline.find((e) => e.kind === 'status' && e.to === 'bounced');
      expect(failed?.detail).toBe('Twilio failed (error 30008)');
    } finally {
      Object.assign(twilio.knobs, { callbacks: 'manual', shuffle: false, repeat: 1 });
    }
  });

  it('bad signatures are refused with 401 on every webhook and logged with the reason; nothing is processed', async () => {
    const id = await create({ name: 'Zapatería Paso', phone: '+50255556000' });
    const stop = await twilio.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, { From: '+50255556000', To: '+14155550100', Body: 'STOP' }, { authToken: 'f'.repeat(32) });
    expect(stop.status).toBe(401);
    // Signed for another URL (a replay against another endpoint) is as bad as a wrong token.
    const params = { MessageSid: 'SMx', MessageStatus: 'delivered', To: '+50255556000' };
    const moved = await fetch(`${local}/webhooks/twilio/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(twilio.authToken, `${PUBLIC_URL}/webhooks/twilio/inbound`, params) },
      body: new URLSearchParams(params).toString(),
    });
    expect(moved.status).toBe(401);
    const forged = await recurrenteEvent('payment_intent.succeeded', { checkout: { metadata: { business_id: id } } }, { secret: `whsec_${Buffer.from('not the secret').toString('base64')}` });
    expect(forged.status).toBe(401);
    const stale = await recurrenteEvent('payment_intent.succeeded', { checkout: { metadata: { business_id: id } } }, { timestamp: nowSeconds() - 301 });
    expect(stale.status).toBe(401);
    await sendAll();
    expect((await business(id)).contact_status).toBe('pending');
    const rejections = (await api('GET', '/api/webhook-rejections')).json().items as { source: string; reason: string; status_code: number }[];
    expect(rejections.map((r) => [r.source, r.reason])).toEqual(expect.arrayContaining([
      ['twilio/inbound', 'signature does not match'],
      ['twilio/status', 'signature does not match'],
      ['recurrente', 'signature does not match'],
      ['recurrente', 'timestamp outside the 5-minute tolerance'],
    ]));
  });

  it("signatures made by the official twilio and svix packages are accepted, and a repeat is acknowledged without a second effect", async () => {
    const id = await create({ name: 'Librería Quetzal', phone: '+50255556100', email: 'libros@quetzal.gt' });
    const params = { MessageSid: 'SMofficial0000000000000000000001', AccountSid: twilio.accountSid, From: '+50255556100', To: '+14155550100', Body: 'Me interesa' };
    const url = `${PUBLIC_URL}/webhooks/twilio/inbound`;
    const post = () =>
      fetch(`${local}/webhooks/twilio/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioPackage.getExpectedTwilioSignature(twilio.authToken, url, params) },
        body: new URLSearchParams(params).toString(),
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const body = JSON.stringify({ id: 'pa_official1', event_type: 'payment_intent.succeeded', created_at: new Date(s.ctx.clock.now()).toISOString(), amount_in_cents: 9900, currency: 'USD', customer: { id: 'us_q', email: 'libros@quetzal.gt' } });
    const signedAt = new Date(s.ctx.clock.now());
    const signature = new Webhook(recurrente.secret).sign('msg_official_1', signedAt, body);
    const svix = await fetch(`${local}/webhooks/recurrente`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'svix-id': 'msg_official_1', 'svix-timestamp': String(Math.floor(signedAt.getTime() / 1000)), 'svix-signature': signature },
      body,
    });
    expect(svix.status).toBe(200);
    await sendAll();
    const b = await business(id);
    expect(b).toMatchObject({ contact_status: 'purchased', website_status: 'sold' });
    expect(b.timeline.filter((e) => e.kind === 'message' && e.direction === 'in')).toHaveLength(1);
  });

  it('opt-out is checked at send time: a STOP between the campaign start and its slot stops that message', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await create({ name: `Cliente ${i}`, phone: `+5025555610${i}` }));
    // 30 a minute: all three are handed out at once, two seconds apart; only the first is due now.
    const cmp = await campaign({ name: 'Slow', channel: 'sms', body: 'Hola', rate_per_minute: 30 });
    await send(cmp);
    await drain();
    expect(twilio.messages.length - sentBefore).toBe(1);
    // Cliente 2 says STOP before its turn, four seconds away.
    await inbound('+50255556102', 'STOP');
    await sendAll();
    expect(twilio.messages.slice(sentBefore).map((m) => m.to)).toEqual(['+50255556100', '+50255556101']);
    expect(await figures(cmp)).toMatchObject({ audience: 3, sent: 2, skipped: 1 });
    const recipients = (await api('GET', `/api/v1/crm/campaigns/${cmp}`)).json().recipients as { business_id: string; status: string; error: string }[];
    expect(recipients.find((r) => r.business_id === ids[2])).toMatchObject({ status: 'skipped', error: expect.stringMatching(/opted out|unsubscribed/) });
  });

  it('Twilio error 21610 on a send marks the number opted out and unsubscribed, and is not retried', async () => {
    const id = await create({ name: 'Pollo Feliz', phone: '+50255562000' });
    twilio.optOut('+50255562000');
    const cmp = await campaign({ name: 'Blocked', channel: 'sms', body: 'Hola' });
    await send(cmp);
    await sendAll();
    const b = await business(id);
    expect(b.contact_status).toBe('unsubscribed');
    expect(b.consents).toEqual([expect.objectContaining({ channel: 'sms', status: 'opted_out', source: 'twilio.21610' })]);
    const deliveries = (await api('GET', '/api/deliveries')).json().items as { status: string; attempts: number; last_error: string }[];
    expect(deliveries).toEqual([expect.objectContaining({ status: 'cancelled', attempts: 1, last_error: expect.stringContaining('21610') })]);
  });

  it('opens, clicks and the unsubscribe link: first open makes opened, a click clicked and redirects, unsubscribe needs the button', async () => {
    const id = await create({ name: 'Floristería Lirio', email: 'lirio@flores.gt' });
    const other = await create({ name: 'Otra', email: 'otra@flores.gt' });
    const cmp = await campaign({ name: 'Tracked', channel: 'email', subject: 'Hola', body: 'Mire: https://sites.agency.test/lirio' });
    await send(cmp);
    await sendAll();
    const mail = smtp.messages.find((m) => m.to[0] === 'lirio@flores.gt')!;
    const path = (pattern: RegExp) => (mail.html ?? '').match(pattern)?.[0].replace(PUBLIC_URL, '') ?? '';
    const pixel = await s.app.inject({ method: 'GET', url: path(/https:\/\/crm\.agency\.test\/t\/o\/[\w-]+\.gif/) });
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers['content-type']).toBe('image/gif');
    await s.app.inject({ method: 'GET', url: path(/https:\/\/crm\.agency\.test\/t\/o\/[\w-]+\.gif/) });
    await sendAll();
    expect((await business(id)).contact_status).toBe('opened');
    const click = await s.app.inject({ method: 'GET', url: path(/https:\/\/crm\.agency\.test\/t\/c\/[\w-]+/) });
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toBe('https://sites.agency.test/lirio');
    await sendAll();
    expect((await business(id)).contact_status).toBe('clicked');
    const unsubscribe = path(/https:\/\/crm\.agency\.test\/t\/u\/[\w-]+/);
    // A mail scanner following the link must not unsubscribe anyone.
    const page = await s.app.inject({ method: 'GET', url: unsubscribe });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<button');
    expect((await business(id)).contact_status).toBe('clicked');
    const confirm = await s.app.inject({ method: 'POST', url: unsubscribe, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(confirm.statusCode).toBe(200);
    const b = await business(id);
    expect(b.contact_status).toBe('unsubscribed');
    expect(b.consents).toEqual([expect.objectContaining({ channel: 'email', status: 'opted_out', source: 'email.unsubscribe' })]);
    expect((await business(other)).contact_status).toBe('emailed');
    expect(await figures(cmp)).toMatchObject({ sent: 2, opened: 1, clicked: 1, unsubscribed: 1 });
    expect((await s.app.inject({ method: 'GET', url: '/t/c/notatokenatall123' })).statusCode).toBe(404);
    // Unsubscribed people are out of every later audience.
    expect((await api('POST', '/api/v1/crm/audience/count', { audience: {}, channel: 'email' })).json().count).toBe(1);
  });

  it('pause holds waiting messages back; resume sends each remaining business exactly once', async () => {
    for (let i = 0; i < 5; i++) await create({ name: `Pausa ${i}`, email: `pausa${i}@example.gt` });
    // Twelve a minute: two are handed out at a time, five seconds apart.
    const cmp = await campaign({ name: 'Paused', channel: 'email', subject: 'Hola', body: 'Hola {{name}}', rate_per_minute: 12 });
    await send(cmp);
    await drain();
    expect(smtp.messages).toHaveLength(1);
    expect((await api('POST', `/api/v1/crm/campaigns/${cmp}/pause`)).json().status).toBe('paused');
    await sendAll();
    expect(smtp.messages).toHaveLength(1);
    // The second one reached its slot while paused: held, waiting, not skipped.
    const paused = (await api('GET', `/api/v1/crm/campaigns/${cmp}`)).json();
    expect(paused.figures).toMatchObject({ audience: 2, sent: 1, queued: 1, skipped: 0 });
    expect(paused.recipients.map((r: { status: string }) => r.status).sort()).toEqual(['paused', 'sent']);
    expect((await api('POST', `/api/v1/crm/campaigns/${cmp}/send`)).json().status).toBe('sending');
    await sendAll();
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(['pausa0@example.gt', 'pausa1@example.gt', 'pausa2@example.gt', 'pausa3@example.gt', 'pausa4@example.gt']);
    const c = (await api('GET', `/api/v1/crm/campaigns/${cmp}`)).json();
    expect(c).toMatchObject({ status: 'finished', figures: { audience: 5, sent: 5, skipped: 0 } });
    expect((await api('POST', `/api/v1/crm/campaigns/${cmp}/send`)).statusCode).toBe(409);
    expect((await api('DELETE', `/api/v1/crm/campaigns/${cmp}`)).statusCode).toBe(409);
  });

  it('campaign input is checked: unknown placeholders, a missing subject, and sending without SMTP settings name the field', async () => {
    const unknown = await api('POST', '/api/v1/crm/campaigns', { name: 'x', channel: 'email', subject: 'Hi {{first_name}}', body: 'b' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('subject: unknown placeholder {{first_name}}');
    const noSubject = await api('POST', '/api/v1/crm/campaigns', { name: 'x', channel: 'email', body: 'b' });
    expect(noSubject.statusCode).toBe(400);
    expect(noSubject.json().error.message).toContain('subject');
    const sms = await campaign({ name: 'Draft', channel: 'sms', body: 'Hola {{name}} de {{city}}' });
    await create({ name: 'Vista Previa', phone: '+50255563000', city: 'Cobán' });
    expect((await api('GET', `/api/v1/crm/campaigns/${sms}/preview`)).json()).toMatchObject({ subject: null, body: 'Hola Vista Previa de Cobán' });
    const edited = await api('PATCH', `/api/v1/crm/campaigns/${sms}`, { rate_per_minute: 30 });
    expect(edited.json().rate_per_minute).toBe(30);
    await api('PUT', '/api/settings/crm-lifecycle', { smtp_host: null });
    try {
      const email = await campaign({ name: 'No SMTP', channel: 'email', subject: 's', body: 'b' });
      const res = await api('POST', `/api/v1/crm/campaigns/${email}/send`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('smtp_host');
    } finally {
      await api('PUT', '/api/settings/crm-lifecycle', { smtp_host: smtp.host });
    }
    expect((await api('DELETE', `/api/v1/crm/campaigns/${sms}`)).statusCode).toBe(204);
  });

  it('settings mask secrets, name the webhook URLs, and refuse a malformed value by field', async () => {
    const res = (await api('GET', '/api/settings/crm-lifecycle')).json();
    expect(res.twilio_auth_token).not.toContain(twilio.authToken);
    expect(res.twilio_auth_token).toMatch(/•/);
    expect(res.recurrente_webhook_secret).not.toContain(recurrente.secret.slice(6));
    expect(res.webhook_urls).toEqual({ twilio_status: `${PUBLIC_URL}/webhooks/twilio/status`, twilio_inbound: `${PUBLIC_URL}/webhooks/twilio/inbound`, recurrente: `${PUBLIC_URL}/webhooks/recurrente` });
    // The Auth Token is the Twilio connector's setting: stored (sealed) in its namespace.
    const stored = await (t.db as any).selectFrom('settings').select('secrets').where('namespace', '=', 'twilio').executeTakeFirst();
    expect(stored.secrets).toEqual(expect.any(String));
    expect(stored.secrets).not.toContain(twilio.authToken);
    const bad = await api('PUT', '/api/settings/crm-lifecycle', { twilio_account_sid: 'nope', recurrente_webhook_secret: 'plain' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/twilio_account_sid/);
    const sales = await s.tokenFor('sales');
    expect((await api('GET', '/api/settings/crm-lifecycle', undefined, sales)).statusCode).toBe(403);
  });

  it('the funnel counts a cohort by the furthest milestone each business reached, with conversion rates', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await create({ name: `Embudo ${i}`, phone: `+5025556400${i}` }));
    const cmp = await campaign({ name: 'Funnel', channel: 'sms', body: 'Hola', audience: { q: 'embudo' } });
    await send(cmp);
    await sendAll();
    await inbound('+50255564000', 'Sí, me interesa');
    await inbound('+50255564001', 'Cuánto cuesta?');
    await sendAll();
    await recurrenteEvent('payment_intent.succeeded', { id: 'pa_funnel', checkout: { metadata: { business_id: ids[0] } } });
    await sendAll();
    const f = (await api('GET', `/api/v1/crm/funnel?from=${s.ctx.clock.now() - 3_600_000}`)).json();
    expect(f.stages).toEqual([
      { key: 'created', count: 4, rate_from_previous: null, rate_from_first: null },
      { key: 'contacted', count: 4, rate_from_previous: 1, rate_from_first: 1 },
      { key: 'engaged', count: 2, rate_from_previous: 0.5, rate_from_first: 0.5 },
      { key: 'replied', count: 2, rate_from_previous: 1, rate_from_first: 0.5 },
      { key: 'purchased', count: 1, rate_from_previous: 0.5, rate_from_first: 0.25 },
    ]);
    expect(f.contact_status).toMatchObject({ purchased: 1, replied: 1, sms_sent: 2 });
    expect(f.website_status).toMatchObject({ sold: 1, none: 3 });
    // A sale a person records by hand (the owner closed it by phone) counts at every stage before it, too.
    const byPhone = await create({ name: 'Embudo manual', phone: '+50255564009' });
    await api('POST', `/api/v1/crm/businesses/${byPhone}/status`, { field: 'contact_status', status: 'purchased', reason: 'closed by phone' });
    const after = (await api('GET', `/api/v1/crm/funnel?from=${s.ctx.clock.now() - 3_600_000}`)).json();
    expect(after.stages.map((st: { count: number }) => st.count)).toEqual([5, 5, 3, 3, 2]);
    const empty = (await api('GET', `/api/v1/crm/funnel?to=${s.ctx.clock.now() - 3_600_000}`)).json();
    expect(empty.stages[1]).toMatchObject({ count: 0, rate_from_previous: null });
  });
  it("a status update that fails never fails the send or the webhook that caused it; it is retried on its own (the seed's non-blocking rule)", async () => {
    const id = await create({ name: 'Barbería Don Tito', phone: '+50255565000' });
    // Make every history write fail, as a broken database object or a bug in the status code would.
    const breakHistory = async () => {
      if (t.dialect === 'postgres') {
        await sql`create or replace function crm_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'history is broken'; end $$`.execute(t.db);
        await sql`create trigger crm_test_refuse before insert on crm_status_changes for each row execute function crm_test_refuse()`.execute(t.db);
      } else {
        await sql`create trigger crm_test_refuse before insert on crm_status_changes begin select raise(abort, 'history is broken'); end`.execute(t.db);
      }
    };
    const mendHistory = async () => {
      await sql`drop trigger if exists crm_test_refuse ${sql.raw(t.dialect === 'postgres' ? 'on crm_status_changes' : '')}`.execute(t.db);
    };
    await breakHistory();
    try {
      const cmp = await campaign({ name: 'Broken history', channel: 'sms', body: 'Hola' });
      await send(cmp);
      await drain();
      const reply = await inbound('+50255565000', 'Me interesa');
      expect(reply.status).toBe(200);
      await drain();
      // The SMS went out once and is recorded as sent; the reply is stored; only the status waits.
      expect(twilio.messages.length - sentBefore).toBe(1);
      const delivery = (await api('GET', '/api/deliveries')).json().items[0];
      expect(delivery).toMatchObject({ status: 'sent', attempts: 1 });
      const event = (await api('GET', '/api/events')).json().items.find((e: { type: string }) => e.type === 'sms.inbound');
      expect(event).toMatchObject({ status: 'processed' });
      expect((await business(id)).contact_status).toBe('pending');
      const waiting = await (t.db as any).selectFrom('jobs').select(['name', 'attempts', 'last_error']).where('name', 'in', ['crm.sent', 'crm.status']).where('status', '=', 'queued').execute();
      expect(waiting.length).toBeGreaterThan(0);
      expect(waiting.every((j: { attempts: number; last_error: string }) => j.attempts >= 1 && j.last_error.includes('history is broken'))).toBe(true);
    } finally {
      await mendHistory();
    }
    await sendAll(60);
    const b = await business(id);
    expect(b.contact_status).toBe('replied');
    expect(b.timeline.filter((e) => e.kind === 'status').map((e) => e.to)).toEqual(['replied', 'sms_sent']);
    expect(twilio.messages.length - sentBefore).toBe(1);
  });
  it('the connection tests prove the Twilio credentials and the SMTP login, and say which one is wrong', async () => {
    const twilioOk = await api('POST', '/api/settings/test/twilio');
    expect(twilioOk.statusCode).toBe(200);
    expect(twilioOk.json().message).toContain('Leadcycle simulator is active');
    const smtpOk = await api('POST', '/api/settings/test/smtp');
    expect(smtpOk.statusCode).toBe(200);
    expect(smtpOk.json().message).toContain(`${smtp.host}:${smtp.port}`);
    await api('PUT', '/api/settings/crm-lifecycle', { twilio_auth_token: 'f'.repeat(32) });
    try {
      const wrong = await api('POST', '/api/settings/test/twilio');
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().error.message).toContain('Twilio rejected the Account SID and Auth Token');
    } finally {
      await api('PUT', '/api/settings/crm-lifecycle', { twilio_auth_token: twilio.authToken });
    }
    const guarded = await startSmtpSink({ user: 'agency', password: 'right-password' });
    try {
      await api('PUT', '/api/settings/crm-lifecycle', { smtp_port: guarded.port, smtp_user: 'agency', smtp_password: 'wrong-password' });
      const refused = await api('POST', '/api/settings/test/smtp');
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.message).toContain('The SMTP server rejected the user name and password');
      expect(refused.json().error.message).not.toContain('wrong-password');
    } finally {
      await api('PUT', '/api/settings/crm-lifecycle', { smtp_port: smtp.port, smtp_user: null, smtp_password: null });
      await guarded.close();
    }
  });
  it('a live dashboard hears a crm change when a business is added or its status moves', async () => {
    const live = await openLiveStream(`${local}/api/live`, owner);
    try {
      await live.readUntil(/event: ready/);
      // Let the first reading of the state settle, so the change below is one.
      await new Promise((r) => setTimeout(r, 1_200));
      await create({ name: 'En Vivo', email: 'vivo@example.gt' });
      await live.readUntil(/"crm"/);
      expect(live.text()).toMatch(/event: change\ndata: \{"kinds":\[[^\]]*"crm"/);
    } finally {
      live.close();
    }
  });
});
