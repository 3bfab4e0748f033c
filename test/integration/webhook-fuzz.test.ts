// Property-based fuzzing of every webhook route through Fastify inject against a real test database: hostile bodies
// signed correctly (so the parser is reached) answer 2xx or 4xx, never 5xx; nothing unsigned is ever stored.
//
// FUZZ_RUNS (default 10000) inputs per route, sent BATCH at a time, each route bounded to FUZZ_SECONDS (default 10),
// so the file stays under a minute on a busy machine: it stops at whichever comes first and prints how many inputs
// it tried (at least FLOOR, or it fails). Every input tried must hold the properties.
// Commits are made without waiting for the disk (SQLite synchronous=OFF, PostgreSQL synchronous_commit=off): this file
// tests what the routes answer, not durability, which the inbox's own tests cover.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerExampleFields, providerExampleObject } from '../fixtures/providers/index.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';
import { configureWebhookSecrets, scalevSignature, svixHeaders, twilioSignature, wahaSignature } from '../helpers/webhook-signing.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 10);
/** Fewer inputs than this within the time means the generators or the server are broken, not just a slow machine. */
const FLOOR = Math.min(RUNS, 100);
/** Requests sent at once per generated case. */
const BATCH = 50;
const PUBLIC_URL = 'http://127.0.0.1:3000';

/** Precomputed, so ten thousand runs do not each build 100 KB. */
const HUGE = 'x'.repeat(100_000);
const HUGE_LINES = 'a\r\n'.repeat(20_000);

/** Strings a hostile or broken sender might put anywhere: control characters, separators, huge, markup, any code point. */
const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', ' ', '\r', '\n', '\t', '\u0000', '\u0007', '\u007f', '\u0085', '\u2028', '€', '𝓧'), maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\r\n', '\u0000', 'XX-1', 'usd', 'GTQ', 'IDR', '<script>alert(1)</script>', "'; drop table jobs; --", '{{name}}', '../../etc/passwd', HUGE, HUGE_LINES) },
);
/** Any JSON value a field could hold instead of the expected one. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-1, 0, 1.5, 2 ** 53, 1e15, 1e300, -1e300)) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [1, 'a'], { id: '\r\n' }) },
);
/** A field replaced by a hostile value, or left as the example has it (undefined). */
const maybe = fc.option(hostileValue, { nil: undefined, freq: 2 });
/** Number literals JSON.stringify never writes: Infinity after parsing, negative zero, precision loss. */
const numberLiterals = ['1e400', '-1e400', '-0', '1e-400', '123456789012345678901234567890'];

/** Well-formed content types only; malformed ones are another property (they answer 4xx after the content-type fix). */
const contentType = (main: string) =>
  fc.constantFrom(main, `${main}; charset=utf-8`, `${main}; charset=UTF-8`, `${main.toUpperCase()}; charset=iso-8859-1`, 'text/plain', 'application/octet-stream');

/** Extra request headers a proxy or a prober might add (names and values HTTP allows). */
const extraHeaders = fc.dictionary(
  fc.constantFrom('x-forwarded-for', 'x-request-id', 'user-agent', 'accept', 'x-custom', 'content-language'),
  fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', ';', '=', ',', '/', '"', '\t'), maxLength: 60 }),
  { maxKeys: 3 },
);

/** How the request is signed: right (the parser must cope), wrong, missing, or for an unknown workspace slug. */
const signing = fc.constantFrom('valid', 'valid', 'valid', 'valid', 'valid', 'valid', 'wrong', 'missing', 'unknown-slug');
type Signing = 'valid' | 'wrong' | 'missing' | 'unknown-slug';

/** Replaces the fields given (undefined keeps the example's), then writes JSON, sometimes with a literal JSON cannot round-trip. */
function mutatedJson(base: Record<string, unknown>, fields: Record<string, unknown>, literal: string | undefined): string {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) merged[key] = value;
  const text = JSON.stringify(merged);
  return literal === undefined ? text : text.replace(/:(-?\d+(\.\d+)?)([,}])/, `:${literal}$3`);
}

describe(`webhook fuzzing (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let counter = 0;
  let inputs = 0;
  const failures: string[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    if (t.dialect === 'sqlite') await sql`pragma synchronous = off`.execute(t.db);
    else await sql.raw(`alter database ${new URL(t.env['DATABASE_URL'] ?? '').pathname.slice(1)} set synchronous_commit = off`).execute(t.db);
    s = await buildTestServer(t, { env: { PUBLIC_URL } });
    await configureWebhookSecrets(s.app, await s.ownerToken());
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const storedCount = async () => Number((await sql<{ n: number | string }>`select count(*) as n from inbox_events`.execute(t.db)).rows[0]?.n ?? 0);
  /** The check in flight: a time limit stops fast-check waiting for it, so the next route waits for it instead. */
  let inFlight: Promise<unknown> = Promise.resolve();

  interface Case {
    path: string;
    body: Buffer;
    headers: Record<string, string>;
    signing: Signing;
  }

  /**
   * A batch of requests sent at once (as a provider's retries and a prober's would arrive), so the inbox's group
   * commit serves many per commit. Every answer is 2xx or 4xx; only correctly signed requests may get a 2xx; every
   * unsigned one (wrong, missing, unknown workspace) gets 401; and the batch adds no more stored events than 2xx answers.
   */
  function check(batch: readonly Case[]): Promise<boolean> {
    // The whole check, its counts included: a check the time limit left running must not count the next route's events.
    const running = checkBatch(batch);
    inFlight = running.catch(() => undefined);
    return running;
  }

  async function checkBatch(batch: readonly Case[]): Promise<boolean> {
    const before = await storedCount();
    const answers = await Promise.all(batch.map((c) => s.app.inject({ method: 'POST', url: c.signing === 'unknown-slug' ? `${c.path}/no-such-workspace` : c.path, payload: c.body, headers: c.headers })));
    let acknowledged = 0;
    let good = true;
    answers.forEach((res, i) => {
      const c = batch[i] as Case;
      if (res.statusCode >= 500) failures.push(`${res.statusCode} ${c.path} ${res.body.slice(0, 200)}`);
      if (res.statusCode >= 200 && res.statusCode < 300) acknowledged += 1;
      const fine = c.signing === 'valid' ? res.statusCode === 200 || (res.statusCode >= 400 && res.statusCode < 500) : res.statusCode === 401;
      if (!fine) {
        failures.push(`${c.signing} ${c.path} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
        good = false;
      }
    });
    inputs += batch.length;
    const added = (await storedCount()) - before;
    if (added > acknowledged) failures.push(`${added} events stored for ${acknowledged} acknowledged requests`);
    // Thrown rather than returned, so the report says what went wrong and not only which input.
    if (!good || added > acknowledged || failures.length > 0) throw new Error(failures.join('\n'));
    return true;
  }

  const run = async (name: string, arbitrary: fc.Arbitrary<Case>) => {
    await inFlight;
    const started = Date.now();
    inputs = 0;
    await fc.assert(fc.asyncProperty(fc.array(arbitrary, { minLength: BATCH, maxLength: BATCH }), check), {
      numRuns: Math.ceil(RUNS / BATCH),
      interruptAfterTimeLimit: SECONDS * 1000,
      markInterruptAsFailure: false,
    });
    console.log(`fuzz ${name}: ${inputs} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(failures).toEqual([]);
    expect(inputs).toBeGreaterThanOrEqual(FLOOR);
  };

  const sign = (s2: Signing, valid: () => Record<string, string>, wrong: () => Record<string, string>) =>
    s2 === 'missing' ? {} : s2 === 'wrong' ? wrong() : valid();

  it(`POST /webhooks/scalev: ${RUNS} inputs, never 5xx, nothing unsigned stored`, async () => {
    const base = providerExampleObject('scalev', 'scalev-order.created.json');
    const data = base['data'] as Record<string, unknown>;
    const body = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .record({ event: fc.option(fc.constantFrom('order.created', 'order.payment_status_changed', 'business.test_event', 'order.status_changed'), { nil: undefined, freq: 3 }), eventHostile: maybe, unique_id: maybe, order_id: maybe, name: maybe, phone: maybe, store: maybe, payment_status: maybe, literal: fc.option(fc.constantFrom(...numberLiterals), { nil: undefined, freq: 4 }) })
          .map((f) => {
            const address = { ...(data['destination_address'] as Record<string, unknown>), ...(f.name !== undefined ? { name: f.name } : {}), ...(f.phone !== undefined ? { phone: f.phone } : {}) };
            const d = { ...data, destination_address: address, ...(f.order_id !== undefined ? { order_id: f.order_id } : {}), ...(f.store !== undefined ? { store: f.store } : {}), ...(f.payment_status !== undefined ? { payment_status: f.payment_status } : {}) };
            return mutatedJson(base, { event: f.eventHostile ?? f.event, unique_id: f.unique_id ?? `event_fuzz_${++counter}`, data: d }, f.literal);
          }),
      },
      { weight: 2, arbitrary: fc.json() },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
    );
    await run('scalev', fc.record({ body, type: contentType('application/json'), extra: extraHeaders, signing }).map((r) => {
      const bytes = Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
      const headers = { ...r.extra, 'content-type': r.type, ...sign(r.signing as Signing, () => ({ 'x-scalev-hmac-sha256': scalevSignature(bytes) }), () => ({ 'x-scalev-hmac-sha256': scalevSignature(Buffer.concat([bytes, Buffer.from(' ')])) })) };
      return { path: '/webhooks/scalev', body: bytes, headers, signing: r.signing as Signing };
    }));
  }, (SECONDS + 30) * 1000);

  for (const [path, example] of [
    ['/webhooks/twilio/status', 'twilio-status-callback.json'],
    ['/webhooks/twilio/inbound', 'twilio-inbound-message.json'],
  ] as const) {
    it(`POST ${path}: ${RUNS} inputs, never 5xx, nothing unsigned stored`, async () => {
      const base = providerExampleFields('twilio', example);
      const field = fc.oneof(fc.constantFrom('MessageSid', 'MessageStatus', 'From', 'To', 'Body', 'ErrorCode', 'OptOutType', 'NumMedia', 'AccountSid'), fc.string({ maxLength: 12 }));
      const params = fc
        .record({ changes: fc.dictionary(field, hostileText.map(String), { maxKeys: 4 }), drop: fc.subarray(Object.keys(base), { maxLength: 2 }), status: fc.option(fc.constantFrom('queued', 'sent', 'delivered', 'failed', 'undelivered', 'read'), { nil: undefined }) })
        .map((r) => {
          const p: Record<string, string> = { ...base, MessageSid: `SM${(++counter).toString(16).padStart(32, '0')}`, ...(r.status ? { MessageStatus: r.status } : {}), ...r.changes };
          for (const name of r.drop) delete p[name];
          return p;
        });
      await run(path, fc.record({ params, type: contentType('application/x-www-form-urlencoded'), extra: extraHeaders, signing }).map((r) => {
        const body = Buffer.from(new URLSearchParams(r.params).toString());
        const signature = (params: Record<string, string>) => ({ 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${path}`, params) });
        const headers = { ...r.extra, 'content-type': r.type, ...sign(r.signing as Signing, () => signature(r.params), () => signature({ ...r.params, extra: '1' })) };
        return { path, body, headers, signing: r.signing as Signing };
      }));
    }, (SECONDS + 30) * 1000);
  }

  it(`POST /webhooks/recurrente: ${RUNS} inputs, never 5xx, nothing unsigned stored`, async () => {
    const base = providerExampleObject('recurrente', 'recurrente-payment_intent.succeeded.json');
    const body = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .record({ event_type: fc.oneof(fc.constantFrom('payment_intent.succeeded', 'intent.succeeded', 'subscription.create', 'subscription.cancel', 'subscription.past_due'), hostileText), id: maybe, amount_in_cents: maybe, amount: maybe, currency: maybe, customer: maybe, customer_email: maybe, subscription_id: maybe, metadata: maybe, created_at: maybe, wrap: fc.boolean(), literal: fc.option(fc.constantFrom(...numberLiterals), { nil: undefined, freq: 4 }) })
          .map(({ wrap, literal, event_type, ...fields }) => {
            const resource = JSON.parse(mutatedJson(base, fields, undefined)) as Record<string, unknown>;
            const text = JSON.stringify(wrap ? { event_type, data: resource } : { ...resource, event_type });
            return literal === undefined ? text : text.replace(/:(-?\d+(\.\d+)?)([,}])/, `:${literal}$3`);
          }),
      },
      { weight: 2, arbitrary: fc.json() },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
    );
    /** svix-id: printable ASCII (what a header may carry), sometimes long. */
    const svixId = fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }).map((v) => v.replace(/[^\x21-\x7e]/g, 'x')), fc.constant(`msg_${'y'.repeat(400)}`));
    await run('recurrente', fc.record({ body, id: svixId, skew: fc.constantFrom(0, 0, 0, 30, -30, 299, 100_000), type: contentType('application/json'), extra: extraHeaders, signing }).map((r) => {
      const bytes = Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
      const id = `${r.id}_${++counter}`;
      const at = Math.floor(s.ctx.clock.now() / 1000) + r.skew;
      const headers = { ...r.extra, 'content-type': r.type, ...sign(r.signing as Signing, () => svixHeaders(bytes, id, at), () => ({ ...svixHeaders(bytes, id, at), 'svix-id': `${id}x` })) };
      return { path: '/webhooks/recurrente', body: bytes, headers, signing: r.signing as Signing };
    }));
  }, (SECONDS + 30) * 1000);

  it(`POST /webhooks/waha: ${RUNS} inputs, never 5xx, nothing unsigned stored`, async () => {
    const base = providerExampleObject('waha', 'waha-message.json');
    const body = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .record({ event: fc.oneof(fc.constantFrom('message', 'message.any', 'message.ack', 'session.status'), hostileText), id: maybe, session: maybe, payload: fc.option(fc.oneof(hostileValue, fc.record({ id: hostileValue, from: hostileValue, to: hostileValue, fromMe: hostileValue, body: hostileValue })), { nil: undefined }), literal: fc.option(fc.constantFrom(...numberLiterals), { nil: undefined, freq: 4 }) })
          .map(({ literal, ...fields }) => mutatedJson({ ...base, id: `evt_fuzz_${++counter}` }, fields, literal)),
      },
      { weight: 2, arbitrary: fc.json() },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
    );
    await run('waha', fc.record({ body, type: contentType('application/json'), extra: extraHeaders, signing }).map((r) => {
      const bytes = Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
      const headers = { ...r.extra, 'content-type': r.type, ...sign(r.signing as Signing, () => ({ 'x-webhook-hmac': wahaSignature(bytes), 'x-webhook-hmac-algorithm': 'sha512' }), () => ({ 'x-webhook-hmac': wahaSignature(`${bytes.toString('latin1')}!`) })) };
      return { path: '/webhooks/waha', body: bytes, headers, signing: r.signing as Signing };
    }));
  }, (SECONDS + 30) * 1000);
  it('a malformed Content-Type answers 4xx on every webhook route, never 5xx, and stores nothing', async () => {
    // The route before may have left a check running past its time limit; its batch must not count as stored here.
    await inFlight;
    const before = await storedCount();
    const malformed = fc.constantFrom('x', 'text', 'a/b/c', 'application/json, text/plain', '/', 'application/', ';', 'application/json;;', 'text/plain; charset');
    const paths = fc.constantFrom('/webhooks/scalev', '/webhooks/twilio/status', '/webhooks/twilio/inbound', '/webhooks/recurrente', '/webhooks/waha');
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(paths, malformed, fc.string({ maxLength: 200 }), async (path, type, body) => {
        sent++;
        const res = await s.app.inject({ method: 'POST', url: path, payload: body, headers: { 'content-type': type } });
        return res.statusCode >= 400 && res.statusCode < 500;
      }),
      { numRuns: 2_000, interruptAfterTimeLimit: 10_000 },
    );
    expect(sent).toBeGreaterThanOrEqual(FLOOR);
    expect(await storedCount()).toBe(before);
  }, 40_000);
});
