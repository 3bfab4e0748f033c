// Recurrente simulator: webhook events in the flat payload shape, signed and retried exactly like Svix delivers them.
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { cancellableWaits, startSimServer, webhookPoster, type SimRoute, type SimServer } from './base.js';

// Written from Recurrente's and Svix's public documentation only. Where they are silent, ASSUMED says so in a
// comment. Of the REST API it serves what our server calls: `GET /api/subscriptions/{id}` (reconciliation). The
// subscriptions it knows are the ones its subscription events described, or ones a test set with setSubscription
// (a change at Recurrente whose webhook never arrived).

/** The event names the lifecycle work cares about (DOC catalog); any other string is sent with a minimal payload. */
export type RecurrenteSimEventType =
  | 'payment_intent.succeeded' | 'payment_intent.failed' | 'intent.succeeded' | 'intent.failed' | 'intent.pending' | 'intent.canceled'
  | 'subscription.create' | 'subscription.update' | 'subscription.past_due' | 'subscription.pause' | 'subscription.paused'
  | 'subscription.unpause' | 'subscription.reactivate' | 'subscription.cancel'
  | (string & {});

export interface RecurrenteSendOptions {
  /** svix-timestamp of the first attempt, in Unix seconds; defaults to now. Retries sign a fresh one, as Svix does. */
  timestamp?: number;
  /** svix-id; defaults to a fresh `msg_…`. */
  id?: string;
  /** Signs with another `whsec_…` secret (bad-signature tests). */
  secret?: string;
  /** Tokens put before the real one in svix-signature, e.g. `v1,…` under a rotated secret, or a `v2,…`. */
  extraSignatures?: readonly string[];
  /** Sends this svix-signature value instead of a computed one. */
  signature?: string;
  /** DOC: white-label Svix senders use `webhook-` header names; Recurrente uses `svix-`. */
  headerPrefix?: 'svix' | 'webhook';
  /** Delays in ms before each retry after a failed attempt (non-2xx or no answer); overrides the sim's schedule. */
  retrySchedule?: readonly number[];
}

/** One attempt to deliver one message. */
export interface RecurrenteDelivery {
  url: string;
  eventType: string;
  svixId: string;
  /** Unix seconds, as sent in svix-timestamp. */
  timestamp: number;
  rawBody: string;
  signature: string;
  headers: Record<string, string>;
  /** The secret this attempt was signed with. */
  secret: string;
  /** Copied to redeliveries, which sign again. */
  extraSignatures: readonly string[];
  /** 1 for the first attempt of a message; retries and redeliveries count on. */
  attempt: number;
  /** The receiver's HTTP status; 0 when the request failed (see `error`). */
  status: number;
  responseBody: string;
  responseHeaders: Record<string, string>;
  error: string | undefined;
  /** Epoch ms when the answer (or the failure) came back. */
  time: number;
}

export interface RecurrenteSimOptions {
  /** `whsec_<base64>`; a fresh random one by default. */
  secret?: string;
  port?: number;
  /**
   * Delays in ms between attempts after a failure. Default none (one attempt), so tests stay deterministic. Svix's
   * real schedule is immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; pass a compressed one such as [0, 50, 100].
   */
  retrySchedule?: readonly number[];
  /** `live_mode` in payloads (default false, as in test mode). */
  liveMode?: boolean;
  /** DOC key shapes: `pk_test_…` / `sk_test_…`; fresh random ones by default. */
  publicKey?: string;
  secretKey?: string;
}

/** The subscription object `GET /subscriptions/{id}` answers (ASSUMED: the fields the subscription events carry). */
export interface RecurrenteSimSubscription {
  id: string;
  /** OBS: `active`, `past_due`, `paused`, `cancelled`, `trialing`. */
  status: string;
  customer: { id: string; email: string; full_name: string };
  product: { id: string; name: string };
  current_period_start: string;
  current_period_end: string;
  cancelled_at: string | null;
  created_at: string;
  /** ASSUMED: when the status last changed. */
  updated_at: string;
  metadata: Record<string, unknown>;
}

export interface RecurrenteSim extends SimServer {
  readonly secret: string;
  /** The API keys `GET /api/subscriptions/{id}` accepts. */
  readonly publicKey: string;
  readonly secretKey: string;
  /** The subscriptions the API knows, by id: filled by subscription events sent and by setSubscription. */
  readonly subscriptions: ReadonlyMap<string, RecurrenteSimSubscription>;
  /** Changes (or creates) a subscription at "Recurrente" without sending any webhook: the lost callback. */
  setSubscription(id: string, change: Partial<Omit<RecurrenteSimSubscription, 'id'>>): RecurrenteSimSubscription;
  /** Every attempt made, oldest first. */
  readonly deliveries: readonly RecurrenteDelivery[];
  /** The JSON body Recurrente would send for this event, `data` deep-merged over the defaults, without sending it. */
  payload(eventType: RecurrenteSimEventType, data?: Record<string, unknown>): Record<string, unknown>;
  /** Signs and POSTs the event; retries on failure per the schedule. Resolves with the last attempt. */
  sendEvent(url: string, eventType: RecurrenteSimEventType, data?: Record<string, unknown>, options?: RecurrenteSendOptions): Promise<RecurrenteDelivery>;
  /**
   * Sends a delivered message again, as a Svix retry or a manual resend does: same svix-id and body bytes, signed with
   * a fresh timestamp, as Svix does. Pass `timestamp: previous.timestamp` to replay the identical request instead.
   */
  redeliver(previous: RecurrenteDelivery, options?: { timestamp?: number }): Promise<RecurrenteDelivery>;
}

const API_VERSION = '2024-04-24';
const PAYMENT_FAMILIES = /^(payment_intent|intent|bank_transfer_intent|crypto_intent|balance_intent|cash_intent)\./;
const SECRET_PREFIX = 'whsec_';

// Fixture ids and people from examples/recurrente-*.json, so default events describe one customer's subscription.
const CUSTOMER = { id: 'us_k3v9x2pq', email: 'maria.lopez@ejemplo.com.gt', full_name: 'María López' };
const CHECKOUT_ID = 'ch_w8n5r2kd';
const METADATA = { tenant_id: 'tokoberkahherbal', plan: 'membresia-mensual' };
const SUBSCRIPTION_ID = 'su_7hq2m4xt';
const PRODUCT = { id: 'prod_b6t1z9ye', name: 'Membresía Mensual' };
const PRICE = { id: 'price_c4p8s3mw', amount_in_cents: 15_000, currency: 'GTQ', billing_interval: 'month', billing_interval_count: 1 };

/** OBS status values; ASSUMED mapping from verb-style event names to the subscription's status after the event. */
const SUBSCRIPTION_STATUS: Readonly<Record<string, string>> = {
  create: 'active', update: 'active', past_due: 'past_due', pause: 'paused', paused: 'paused', unpause: 'active', reactivate: 'active', cancel: 'cancelled',
};

export async function startRecurrenteSim(options: RecurrenteSimOptions = {}): Promise<RecurrenteSim> {
  const secret = options.secret ?? `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
  const liveMode = options.liveMode ?? false;
  const deliveries: RecurrenteDelivery[] = [];
  const { wait, cancel: cancelWaits } = cancellableWaits();
  const poster = webhookPoster();
  let closed = false;
  const publicKey = options.publicKey ?? `pk_test_${alnum(24)}`;
  const secretKey = options.secretKey ?? `sk_test_${alnum(24)}`;
  const subscriptions = new Map<string, RecurrenteSimSubscription>();

  const setSubscription: RecurrenteSim['setSubscription'] = (id, change) => {
    const nowIso = new Date().toISOString();
    const current = subscriptions.get(id) ?? subscriptionFromEvent(defaults('subscription.create', liveMode, Date.now()));
    const next: RecurrenteSimSubscription = {
      ...current,
      ...change,
      id,
      cancelled_at: change.cancelled_at !== undefined ? change.cancelled_at : change.status === 'cancelled' ? nowIso : current.cancelled_at,
      updated_at: change.updated_at ?? nowIso,
    };
    subscriptions.set(id, next);
    return next;
  };

  const getSubscription: SimRoute = {
    method: 'GET',
    path: '/api/subscriptions/:id',
    handler: (req) => {
      if (!authorized(req.headers, publicKey, secretKey)) return { status: 401, json: { message: 'Unauthorized' } };
      const found = subscriptions.get(req.params['id'] ?? '');
      return found === undefined ? { status: 404, json: { message: 'Not found' } } : { status: 200, json: found };
    },
  };
  const server = await startSimServer({ name: 'recurrente', routes: [getSubscription], ...(options.port === undefined ? {} : { port: options.port }) });


  const payload: RecurrenteSim['payload'] = (eventType, data = {}) => {
    const base = defaults(eventType, liveMode, Date.now());
    // OBS: a payment event's id is its checkout's payment id; a test that names the one names the other.
    const checkout = base['checkout'];
    if (typeof data['id'] === 'string' && PAYMENT_FAMILIES.test(eventType) && isPlainObject(checkout) && isPlainObject(checkout['payment'])) {
      base['checkout'] = { ...checkout, payment: { ...checkout['payment'], id: data['id'] } };
    }
    return deepMerge(base, data);
  };

  interface Attempt {
    url: string; eventType: string; svixId: string; rawBody: string; timestamp: number; secret: string;
    extraSignatures: readonly string[]; signature: string | undefined; prefix: 'svix' | 'webhook'; attempt: number;
  }

  const attemptOnce = async (a: Attempt): Promise<RecurrenteDelivery> => {
    const signature = a.signature ?? [...a.extraSignatures, svixSignature(a.secret, a.svixId, a.timestamp, a.rawBody)].join(' ');
    // DOC: POST, application/json. ASSUMED user agent.
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'Svix-Webhooks/1.0 (recurrente-sim)',
      [`${a.prefix}-id`]: a.svixId,
      [`${a.prefix}-timestamp`]: String(a.timestamp),
      [`${a.prefix}-signature`]: signature,
    };
    const base = {
      url: a.url, eventType: a.eventType, svixId: a.svixId, timestamp: a.timestamp, rawBody: a.rawBody, signature, headers,
      secret: a.secret, extraSignatures: a.extraSignatures, attempt: a.attempt,
    };
    // DOC: an answer later than 15 s counts as a failure, and 3xx is a failure, so redirects are not followed.
    const delivery: RecurrenteDelivery = { ...base, ...(await poster.post(a.url, { headers, body: a.rawBody, timeoutMs: 15_000 })) };
    deliveries.push(delivery);
    return delivery;
  };

  /** DOC: success is any 2xx; `webhook-delivery: abort-message` stops the retries of that message. */
  const deliver = async (first: Attempt, schedule: readonly number[]): Promise<RecurrenteDelivery> => {
    let delivery = await attemptOnce(first);
    for (const delay of schedule) {
      const succeeded = delivery.status >= 200 && delivery.status <= 299;
      if (succeeded || delivery.responseHeaders['webhook-delivery'] === 'abort-message' || closed) break;
      await wait(delay);
      if (closed) break;
      delivery = await attemptOnce({ ...first, timestamp: nowSeconds(), attempt: delivery.attempt + 1 });
    }
    return delivery;
  };

  return {
    ...server,
    close: async () => {
      closed = true;
      cancelWaits();
      poster.abortAll();
      await server.close();
    },
    secret,
    publicKey,
    secretKey,
    subscriptions,
    setSubscription,
    deliveries,
    payload,
    sendEvent: (url, eventType, data, opts = {}) => {
      const body = payload(eventType, data);
      // Recurrente's own record changes before it tells anyone, so the API already answers the new state.
      if (eventType.startsWith('subscription.') && typeof body['id'] === 'string') {
        const known = subscriptionFromEvent(body);
        subscriptions.set(known.id, { ...known, created_at: subscriptions.get(known.id)?.created_at ?? known.created_at });
      }
      // Serialized once: every attempt carries these exact bytes (Svix signs bytes: never re-serialize).
      const rawBody = JSON.stringify(body);
      const first: Attempt = {
        url, eventType, svixId: opts.id ?? `msg_${alnum(27)}`, rawBody, timestamp: opts.timestamp ?? nowSeconds(),
        secret: opts.secret ?? secret, extraSignatures: opts.extraSignatures ?? [], signature: opts.signature,
        prefix: opts.headerPrefix ?? 'svix', attempt: 1,
      };
      return deliver(first, opts.retrySchedule ?? options.retrySchedule ?? []);
    },
    redeliver: (previous, opts = {}) =>
      attemptOnce({
        url: previous.url, eventType: previous.eventType, svixId: previous.svixId, rawBody: previous.rawBody,
        timestamp: opts.timestamp ?? nowSeconds(), secret: previous.secret, extraSignatures: previous.extraSignatures,
        // A replay of the same timestamp resends the very header that was sent, even a deliberately wrong one.
        signature: opts.timestamp === previous.timestamp ? previous.signature : undefined,
        prefix: previous.headers['webhook-id'] === undefined ? 'svix' : 'webhook',
        attempt: previous.attempt + 1,
      }),
  };
}

/**
 * DOC (docs.svix.com): `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the base64-decoded part of the
 * secret after `whsec_`. Exported so tests can sign requests of their own the same way.
 */
export function svixSignature(secret: string, id: string, timestamp: number | string, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}

/**
 * DOC: `Authorization: Bearer sk_…` with `X-Public-Key: pk_…` (docs page); OBS: `X-SECRET-KEY` alone (official
 * plugin) or with `X-PUBLIC-KEY` (community clients). ASSUMED: any of these forms passes when every key sent is right.
 */
function authorized(headers: Readonly<Record<string, string>>, publicKey: string, secretKey: string): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers['authorization'] ?? '')?.[1];
  const secrets = [bearer, headers['x-secret-key']].filter((v): v is string => v !== undefined);
  if (secrets.length === 0 || secrets.some((v) => v !== secretKey)) return false;
  const pub = headers['x-public-key'];
  return pub === undefined || pub === publicKey;
}

/** The subscription object as the API would answer it, from a subscription event's payload. */
function subscriptionFromEvent(event: Record<string, unknown>): RecurrenteSimSubscription {
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const createdAt = text(event['created_at'], new Date().toISOString());
  const customer = isPlainObject(event['customer']) ? event['customer'] : {};
  const product = isPlainObject(event['product']) ? event['product'] : {};
  return {
    id: text(event['id'], SUBSCRIPTION_ID),
    status: text(event['status'], 'active'),
    customer: { id: text(customer['id'], CUSTOMER.id), email: text(customer['email'], CUSTOMER.email), full_name: text(customer['full_name'], CUSTOMER.full_name) },
    product: { id: text(product['id'], PRODUCT.id), name: text(product['name'], PRODUCT.name) },
    current_period_start: text(event['current_period_start'], createdAt),
    current_period_end: text(event['current_period_end'], createdAt),
    cancelled_at: typeof event['cancelled_at'] === 'string' ? event['cancelled_at'] : null,
    created_at: createdAt,
    updated_at: createdAt,
    metadata: isPlainObject(event['metadata']) ? event['metadata'] : {},
  };
}

/** The flat shape (what the official plugin parses), keys in the examples' order. */
function defaults(eventType: string, liveMode: boolean, nowMs: number): Record<string, unknown> {
  const head = { event_type: eventType, api_version: API_VERSION, created_at: new Date(nowMs).toISOString(), live_mode: liveMode };
  if (PAYMENT_FAMILIES.test(eventType)) {
    const id = `pa_${alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    const succeeded = eventType.endsWith('.succeeded');
    return {
      id, ...head,
      // ASSUMED failure text; OBS: null on success.
      failure_reason: eventType.endsWith('.failed') ? 'Tarjeta rechazada' : null,
      amount_in_cents: PRICE.amount_in_cents, currency: PRICE.currency, fee: 675, customer: { ...CUSTOMER },
      checkout: {
        // ASSUMED: a checkout stays `unpaid` until its payment succeeds.
        id: CHECKOUT_ID, status: succeeded ? 'paid' : 'unpaid',
        // ASSUMED: a subscription charge names its subscription as paymentable.
        payment: { id, paymentable: { type: 'Subscription', id: SUBSCRIPTION_ID } },
        payment_method: { id: 'pay_m_9x3c5v7b', type: 'card', card: { last4: '4242', network: 'visa' } },
        metadata: { ...METADATA },
      },
    };
  }
  const verb = eventType.startsWith('subscription.') ? eventType.slice('subscription.'.length) : undefined;
  if (verb !== undefined) {
    // ASSUMED shape (subscription.cancel is undocumented); the period is the current month.
    const start = new Date(nowMs);
    start.setUTCHours(0, 0, 0, 0);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    return {
      id: SUBSCRIPTION_ID, ...head, status: SUBSCRIPTION_STATUS[verb] ?? 'active', customer: { ...CUSTOMER },
      checkout: { id: CHECKOUT_ID, metadata: { ...METADATA } }, product: { ...PRODUCT }, price: { ...PRICE },
      current_period_start: start.toISOString(), current_period_end: end.toISOString(),
      cancelled_at: verb === 'cancel' ? new Date(nowMs - 1_000).toISOString() : null,
      metadata: { tenant_id: METADATA.tenant_id },
    };
  }
  // ASSUMED: other events carry at least the head; tests add what they need through `data`.
  return { id: `evt_${alnum(12)}`, ...head };
}

/** Plain objects merge key by key; anything else (arrays, null, scalars) replaces. */
function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function alnum(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)] ?? 'x';
  return out;
}
