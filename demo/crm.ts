// The CRM lifecycle part of `leadcycle demo`: Twilio, Recurrente and SMTP simulators, and a scripted day played through the API.
import { setTimeout as sleep } from 'node:timers/promises';
import { startRecurrenteSim, type RecurrenteSim } from '../sim/recurrente.js';
import { startSmtpSink, type SmtpSink } from '../sim/smtp.js';
import { startTwilioSim, type TwilioSim } from '../sim/twilio.js';
import { AGENCY, BUSINESSES, CAST, EMAIL_CAMPAIGN, PLAN, SITES, SMS_CAMPAIGN } from './crm-data.js';

/** Every wait asks this often, and at most a fixed number of times, so the demo never hangs on a step. */
const POLL_MS = 200;
const CAMPAIGNS_WAIT_MS = 30_000;
const OUTCOMES_WAIT_MS = 20_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface CrmSims {
  readonly twilio: TwilioSim;
  readonly recurrente: RecurrenteSim;
  readonly smtp: SmtpSink;
  /** A URL under PUBLIC_URL rewritten to the address the server listens at (the same unless PUBLIC_URL names a proxy or port 0). */
  local(url: string): string;
  /** Tells the sims where the server listens, once it does. */
  reachServerAt(listenUrl: string): void;
  close(): Promise<void>;
}

/** Starts the three simulators; Twilio sends its status callbacks by itself, signed for PUBLIC_URL. */
export async function startCrmSims(publicUrl: string): Promise<CrmSims> {
  let listenUrl = publicUrl;
  const local = (url: string) => (url === publicUrl || url.startsWith(`${publicUrl}/`) ? `${listenUrl}${url.slice(publicUrl.length)}` : url);
  const started: { close(): Promise<void> }[] = [];
  try {
    // Twilio signs the URL it was given (PUBLIC_URL…) and connects to the listen address, as it would through a proxy.
    const twilio = await startTwilioSim({ callbacks: 'auto', resolveUrl: local });
    started.push(twilio);
    const recurrente = await startRecurrenteSim();
    started.push(recurrente);
    const smtp = await startSmtpSink();
    started.push(smtp);
    return {
      twilio,
      recurrente,
      smtp,
      local,
      reachServerAt: (url) => {
        listenUrl = url;
      },
      close: async () => {
        await Promise.allSettled(started.map((s) => s.close()));
      },
    };
  } catch (error) {
    await Promise.allSettled(started.map((s) => s.close()));
    throw error;
  }
}

export interface CrmDayOptions {
  /** Where the server listens. */
  url: string;
  /** An owner API token. */
  token: string;
  sims: CrmSims;
  say: (line: string) => void;
  /** Aborted when the demo stops: every request and wait ends with it. */
  signal: AbortSignal;
}

interface Business {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  contact_status: string;
  website_status: string;
  subscription_status: string;
  opened_at: number | null;
  clicked_at: number | null;
  replied_at: number | null;
  purchased_at: number | null;
  unsubscribed_at: number | null;
  bounced_at: number | null;
}
interface Campaign {
  id: string;
  name: string;
  channel: string;
  status: string;
  figures: { audience: number; sent: number; delivered: number; bounced: number; failed: number; skipped: number } | null;
}
interface Funnel {
  stages: { key: string; count: number }[];
  contact_status: Record<string, number>;
  website_status: Record<string, number>;
  subscription_status: Record<string, number>;
}
interface Revenue {
  items: { campaign_name: string | null; amounts: { currency: string; amount_cents: number }[] }[];
}

type Api = <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>;

/**
 * The CRM lifecycle in one go: provider settings, 20 businesses, site progress, an email and an SMS campaign,
 * then replies, a STOP, a bounce, an open, a click, a payment and a cancelled subscription, and the funnel they make.
 */
export async function playCrmDay(o: CrmDayOptions): Promise<void> {
  const { sims, say, signal } = o;
  const api = apiClient(o.url, o.token, signal);
  const crm = (line: string) => say(`crm: ${line}`);
  const waitUntil = (check: () => Promise<boolean>, limitMs: number) => poll(check, limitMs, signal);

  const settings = await api<{ webhook_urls: { twilio_inbound: string; recurrente: string } }>('PUT', '/api/settings/crm-lifecycle', {
    twilio_account_sid: sims.twilio.accountSid,
    twilio_auth_token: sims.twilio.authToken,
    twilio_from: AGENCY.twilioFrom,
    recurrente_webhook_secret: sims.recurrente.secret,
    smtp_host: sims.smtp.host,
    smtp_port: sims.smtp.port,
    smtp_secure: false,
    smtp_from: AGENCY.smtpFrom,
  });
  crm(`settings saved for ${AGENCY.name}: SMS from ${AGENCY.twilioFrom}, email from ${AGENCY.smtpFrom}`);

  const imported = await api<{ created: number; duplicates: number; items: { index: number; id: string }[]; errors: { index: number; field: string; message: string }[] }>(
    'POST', '/api/v1/crm/businesses', { businesses: BUSINESSES },
  );
  crm(`imported ${BUSINESSES.length} businesses from Indonesia and Guatemala (${imported.created} new, ${imported.duplicates} already known)`);
  for (const e of imported.errors) crm(`  row ${e.index} refused: ${e.field}: ${e.message}`);
  const ids = new Map(imported.items.map((i) => [BUSINESSES[i.index]?.name ?? '', i.id]));
  const idOf = (name: string) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`${name} was not imported`);
    return id;
  };
  const find = (name: string) => api<Business>('GET', `/api/v1/crm/businesses/${idOf(name)}`);

  for (const site of SITES) {
    let status = '';
    for (const type of site.events) {
      const body = { type, ...(type === 'site_deployed' && site.siteUrl ? { site_url: site.siteUrl } : {}) };
      status = (await api<{ business: Business }>('POST', `/api/v1/crm/businesses/${idOf(site.business)}/events`, body)).business.website_status;
    }
    crm(`site generator: ${site.business} → website ${status}${site.siteUrl ? ` at ${site.siteUrl}` : ''}`);
  }

  const unreachable = await find(CAST.unreachable);
  if (unreachable.phone) sims.twilio.failNumber(unreachable.phone);
  const email = await startCampaign(api, EMAIL_CAMPAIGN, crm);
  const sms = await startCampaign(api, SMS_CAMPAIGN, crm);
  const campaignDone = async (id: string) => {
    const c = await api<Campaign>('GET', `/api/v1/crm/campaigns/${id}`);
    const f = c.figures;
    const handled = f !== null && c.status === 'finished' && f.sent + f.failed + f.skipped >= f.audience;
    // An SMS is done when Twilio's last callback (delivered or undelivered) has been applied.
    return handled && (c.channel !== 'sms' || f.delivered + f.bounced >= f.sent);
  };
  if (!(await waitUntil(async () => (await campaignDone(email.id)) && (await campaignDone(sms.id)), CAMPAIGNS_WAIT_MS))) {
    crm(`(the campaigns were not finished after ${CAMPAIGNS_WAIT_MS / 1000} s; carrying on)`);
  }
  const sent = { email: await api<Campaign>('GET', `/api/v1/crm/campaigns/${email.id}`), sms: await api<Campaign>('GET', `/api/v1/crm/campaigns/${sms.id}`) };
  crm(`email campaign: ${sent.email.figures?.sent ?? 0} sent; the SMTP sink received ${sims.smtp.messages.length} messages`);
  crm(`SMS campaign: ${sent.sms.figures?.sent ?? 0} sent, ${sent.sms.figures?.delivered ?? 0} delivered, ${sent.sms.figures?.bounced ?? 0} bounced (${CAST.unreachable}: Twilio error 30003)`);

  // Email: a mail client loads one recipient's tracking pixel; another recipient clicks the link.
  const opener = await find(CAST.emailOpens);
  const pixel = trackingUrl(sims, opener.email, /src="([^"]*\/t\/o\/[^"]+)"/);
  if (pixel) crm(`${opener.name} opened the email (tracking pixel → ${(await fetch(sims.local(pixel), { signal: bounded(signal) })).status})`);
  const clicker = await find(CAST.emailClicks);
  const link = trackingUrl(sims, clicker.email, /href="([^"]*\/t\/c\/[^"]+)"/);
  if (link) {
    const click = await fetch(sims.local(link), { redirect: 'manual', signal: bounded(signal) });
    crm(`${clicker.name} clicked the link in the email (→ ${click.status} to ${click.headers.get('location') ?? '?'})`);
  }

  // SMS: two people answer, one says STOP; Twilio signs each for the inbound URL under PUBLIC_URL.
  for (const answer of [...CAST.smsReplies, CAST.smsStop]) {
    const b = await find(answer.business);
    if (!b.phone) continue;
    const d = await sims.twilio.sendInbound(settings.webhook_urls.twilio_inbound, { From: b.phone, To: AGENCY.twilioFrom, Body: answer.body });
    crm(`${b.name} answered the SMS: "${answer.body}" → webhook ${d.status}`);
  }

  // Recurrente: one business pays its first month through a checkout that names it; another subscribes, then cancels.
  const recurrenteUrl = sims.local(settings.webhook_urls.recurrente);
  const payer = await find(CAST.pays.business);
  const paid = await sims.recurrente.sendEvent(recurrenteUrl, 'payment_intent.succeeded', {
    amount_in_cents: CAST.pays.amountInCents,
    currency: CAST.pays.currency,
    customer: recurrenteCustomer(payer),
    checkout: { metadata: { tenant_id: 'webcepat', business_id: payer.id }, payment: { paymentable: { type: 'Subscription', id: recurrenteRef('su', payer.name) } } },
  });
  crm(`${payer.name} paid ${money(CAST.pays.currency, CAST.pays.amountInCents)} through Recurrente (payment_intent.succeeded) → webhook ${paid.status}`);
  const subscriber = await find(CAST.subscribesThenCancels);
  const subscription = {
    id: recurrenteRef('su', subscriber.name),
    customer: recurrenteCustomer(subscriber),
    checkout: { id: recurrenteRef('ch', subscriber.name), metadata: { tenant_id: 'webcepat', business_id: subscriber.id } },
    product: PLAN.product,
    price: PLAN.price,
    metadata: { tenant_id: 'webcepat' },
  };
  const created = await sims.recurrente.sendEvent(recurrenteUrl, 'subscription.create', subscription);
  crm(`${subscriber.name} subscribed to "${PLAN.product.name}" (subscription.create) → webhook ${created.status}`);
  // The newest event by created_at wins: the cancel goes out once the create is applied, so it is surely the newer one.
  await waitUntil(async () => (await find(subscriber.name)).subscription_status === 'active', OUTCOMES_WAIT_MS);
  const cancelled = await sims.recurrente.sendEvent(recurrenteUrl, 'subscription.cancel', subscription);
  crm(`${subscriber.name} cancelled it (subscription.cancel) → webhook ${cancelled.status}`);

  const contacted = (sent.email.figures?.sent ?? 0) + (sent.sms.figures?.sent ?? 0);
  const expected: [string, (b: Business) => boolean][] = [
    [CAST.unreachable, (b) => b.bounced_at !== null],
    [CAST.emailOpens, (b) => b.opened_at !== null],
    [CAST.emailClicks, (b) => b.clicked_at !== null],
    ...CAST.smsReplies.map((r): [string, (b: Business) => boolean] => [r.business, (b) => b.replied_at !== null]),
    [CAST.smsStop.business, (b) => b.unsubscribed_at !== null],
    [CAST.pays.business, (b) => b.purchased_at !== null],
    [CAST.subscribesThenCancels, (b) => b.subscription_status === 'cancelled'],
  ];
  const missing = async () => {
    const out: string[] = [];
    for (const [name, reached] of expected) if (!reached(await find(name))) out.push(name);
    const funnel = await api<Funnel>('GET', '/api/v1/crm/funnel');
    if ((funnel.stages.find((s) => s.key === 'contacted')?.count ?? 0) < contacted) out.push('the contacted count');
    return out;
  };
  if (!(await waitUntil(async () => (await missing()).length === 0, OUTCOMES_WAIT_MS))) {
    crm(`(still not applied after ${OUTCOMES_WAIT_MS / 1000} s: ${(await missing()).join(', ')})`);
  }

  const funnel = await api<Funnel>('GET', '/api/v1/crm/funnel');
  crm(`funnel (GET /api/v1/crm/funnel): ${funnel.stages.map((s) => `${s.count} ${s.key}`).join(' → ')}`);
  for (const field of ['contact_status', 'website_status', 'subscription_status'] as const) {
    const counts = Object.entries(funnel[field]).filter(([, n]) => n > 0);
    crm(`  ${field}: ${counts.map(([status, n]) => `${status} ${n}`).join(', ')}`);
  }
  const revenue = await api<Revenue>('GET', '/api/v1/crm/revenue');
  for (const item of revenue.items) {
    crm(`  revenue: ${item.amounts.map((a) => money(a.currency, a.amount_cents)).join(' + ')} from "${item.campaign_name ?? 'no campaign'}"`);
  }
}

/** Creates the campaign as a draft, says whom it reaches, and starts it. */
async function startCampaign(api: Api, input: { name: string; channel: string; audience: { owner: string }; rate_per_minute: number }, say: (line: string) => void): Promise<Campaign> {
  const { count } = await api<{ count: number }>('POST', '/api/v1/crm/audience/count', { audience: input.audience, channel: input.channel });
  const draft = await api<Campaign>('POST', '/api/v1/crm/campaigns', input);
  const started = await api<Campaign>('POST', `/api/v1/crm/campaigns/${draft.id}/send`);
  say(`${input.channel === 'sms' ? 'SMS' : 'email'} campaign "${input.name}" sending to ${count} businesses of ${input.audience.owner}, ${input.rate_per_minute} a minute`);
  return started;
}

/** The tracking URL matched by `pattern` in the HTML of the last email the SMTP sink received for `email`. */
function trackingUrl(sims: CrmSims, email: string | null, pattern: RegExp): string | undefined {
  const mail = sims.smtp.messages.filter((m) => email !== null && m.to.includes(email)).at(-1);
  return pattern.exec(mail?.html ?? '')?.[1];
}

/** Recurrente ids of the demo are fixed per business, so a second run refers to the same customer and subscription. */
function recurrenteRef(prefix: 'us' | 'su' | 'ch', name: string): string {
  return `${prefix}_webcepat${String(BUSINESSES.findIndex((b) => b.name === name)).padStart(3, '0')}`;
}

function recurrenteCustomer(b: Business): { id: string; email: string | null; full_name: string } {
  return { id: recurrenteRef('us', b.name), email: b.email, full_name: b.name };
}

function money(currency: string, cents: number): string {
  return `${currency} ${(cents / 100).toFixed(2)}`;
}

function apiClient(url: string, token: string, signal: AbortSignal): Api {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method,
      signal: bounded(signal),
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  };
}

/** The demo's signal, also ending after REQUEST_TIMEOUT_MS: no request waits longer. */
function bounded(signal: AbortSignal): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
}

/** Asks `check` every POLL_MS, at most `limitMs / POLL_MS` times; false when it never said yes. */
async function poll(check: () => Promise<boolean>, limitMs: number, signal: AbortSignal): Promise<boolean> {
  for (let i = 0; i < Math.ceil(limitMs / POLL_MS); i += 1) {
    if (await check()) return true;
    await sleep(POLL_MS, undefined, { signal });
  }
  return false;
}
