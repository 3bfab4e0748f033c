// Recurrente (Svix) webhook verification against Svix's signature vectors, the 5-minute window, and the example payloads.
import { createHmac } from 'node:crypto';
import { Webhook } from 'svix';
import { describe, expect, it } from 'vitest';
import type { RawWebhookRequest } from '../../core/inbox/types.js';
import { providerExampleBytes, signatureVectors } from '../../../test/fixtures/providers/index.js';
import { parse, verify } from './index.js';

const { library: LIBRARY_VECTOR, computed: CONTRACT_VECTOR } = signatureVectors('svix');

type Vector = typeof CONTRACT_VECTOR;

function example(name: string): Buffer {
  return providerExampleBytes('recurrente', name);
}

function request(body: Buffer | string, headers: Record<string, string>, receivedAt: number): RawWebhookRequest {
  return { rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), headers, url: 'https://leadcycle.test/webhooks/recurrente', receivedAt };
}

/** The vector as it arrives, received at its own signing time (the library vector is years old). */
function vectorRequest(vector: Vector, overrides: Partial<Record<string, string>> = {}, receivedAt = Number(vector.timestamp) * 1000) {
  const headers: Record<string, string> = { 'svix-id': vector.id, 'svix-timestamp': vector.timestamp, 'svix-signature': vector.signature };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return request(vector.body, headers, receivedAt);
}

function sign(secret: string, id: string, timestamp: string, body: Buffer | string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64')}`;
}

describe('recurrente verify', () => {
  it('accepts the Svix library vector exactly', () => {
    expect(verify(vectorRequest(LIBRARY_VECTOR), LIBRARY_VECTOR.secret)).toEqual({ ok: true, value: true });
  });

  it('accepts the computed vector exactly, also under the webhook- header names', () => {
    expect(verify(vectorRequest(CONTRACT_VECTOR), CONTRACT_VECTOR.secret)).toEqual({ ok: true, value: true });
    const whiteLabel = request(
      CONTRACT_VECTOR.body,
      { 'webhook-id': CONTRACT_VECTOR.id, 'webhook-timestamp': CONTRACT_VECTOR.timestamp, 'webhook-signature': CONTRACT_VECTOR.signature },
      Number(CONTRACT_VECTOR.timestamp) * 1000,
    );
    expect(verify(whiteLabel, CONTRACT_VECTOR.secret)).toEqual({ ok: true, value: true });
  });

  it('accepts when any v1 token matches (secret rotation) and ignores other versions', () => {
    const header = `v2,${CONTRACT_VECTOR.signature.slice(3)} v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= ${CONTRACT_VECTOR.signature}`;
    expect(verify(vectorRequest(CONTRACT_VECTOR, { 'svix-signature': header }), CONTRACT_VECTOR.secret).ok).toBe(true);
    const onlyV2 = `v2,${CONTRACT_VECTOR.signature.slice(3)}`;
    expect(verify(vectorRequest(CONTRACT_VECTOR, { 'svix-signature': onlyV2 }), CONTRACT_VECTOR.secret).ok).toBe(false);
  });

  it('enforces the 5-minute tolerance in both directions', () => {
    const signedAt = Number(CONTRACT_VECTOR.timestamp) * 1000;
    expect(verify(vectorRequest(CONTRACT_VECTOR, {}, signedAt + 300_000), CONTRACT_VECTOR.secret).ok).toBe(true);
    expect(verify(vectorRequest(CONTRACT_VECTOR, {}, signedAt - 300_000), CONTRACT_VECTOR.secret).ok).toBe(true);
    for (const receivedAt of [signedAt + 301_000, signedAt - 301_000]) {
      expect(verify(vectorRequest(CONTRACT_VECTOR, {}, receivedAt), CONTRACT_VECTOR.secret)).toEqual({
        ok: false,
        error: { reason: 'timestamp outside the 5-minute tolerance' },
      });
    }
  });

  it('accepts what the official svix package signs, and refuses it once tampered', () => {
    const body = example('recurrente-payment_intent.succeeded.json').toString('utf8');
    const signedAt = new Date(1_780_000_000_000);
    const signature = new Webhook(CONTRACT_VECTOR.secret).sign('msg_2xOfficialSvix', signedAt, body);
    const headers = { 'svix-id': 'msg_2xOfficialSvix', 'svix-timestamp': '1780000000', 'svix-signature': signature };
    expect(verify(request(body, headers, signedAt.getTime() + 1_000), CONTRACT_VECTOR.secret)).toEqual({ ok: true, value: true });

    const tampered = body.replace('"amount_in_cents": 15000', '"amount_in_cents": 1');
    expect(tampered).not.toBe(body);
    expect(verify(request(tampered, headers, signedAt.getTime() + 1_000), CONTRACT_VECTOR.secret)).toEqual({
      ok: false,
      error: { reason: 'signature does not match' },
    });
  });

  it('refuses a tampered body, id or timestamp', () => {
    const tampered = { ...CONTRACT_VECTOR, body: CONTRACT_VECTOR.body.replace('su_test123', 'su_test124') };
    expect(verify(vectorRequest(tampered), CONTRACT_VECTOR.secret)).toEqual({ ok: false, error: { reason: 'signature does not match' } });
    expect(verify(vectorRequest(CONTRACT_VECTOR, { 'svix-id': 'msg_other' }), CONTRACT_VECTOR.secret).ok).toBe(false);
    expect(verify(vectorRequest(CONTRACT_VECTOR, { 'svix-timestamp': '1780000001' }), CONTRACT_VECTOR.secret).ok).toBe(false);
  });

  it('refuses a wrong secret, including the right one used as a literal string', () => {
    expect(verify(vectorRequest(CONTRACT_VECTOR), LIBRARY_VECTOR.secret)).toEqual({ ok: false, error: { reason: 'signature does not match' } });
    const literal = createHmac('sha256', CONTRACT_VECTOR.secret)
      .update(`${CONTRACT_VECTOR.id}.${CONTRACT_VECTOR.timestamp}.${CONTRACT_VECTOR.body}`)
      .digest('base64');
    expect(verify(vectorRequest(CONTRACT_VECTOR, { 'svix-signature': `v1,${literal}` }), CONTRACT_VECTOR.secret).ok).toBe(false);
  });

  it('refuses missing headers, a non-numeric timestamp and an empty secret', () => {
    for (const name of ['svix-id', 'svix-timestamp', 'svix-signature']) {
      expect(verify(vectorRequest(CONTRACT_VECTOR, { [name]: undefined }), CONTRACT_VECTOR.secret)).toEqual({
        ok: false,
        error: { reason: `missing ${name} header` },
      });
    }
    expect(verify(vectorRequest(CONTRACT_VECTOR, { 'svix-timestamp': '17800e5' }), CONTRACT_VECTOR.secret).ok).toBe(false);
    expect(verify(vectorRequest(CONTRACT_VECTOR), 'whsec_').ok).toBe(false);
  });

  it('verifies an example payload on its raw bytes', () => {
    const body = example('recurrente-subscription.cancel.json');
    const headers = { 'svix-id': 'msg_1', 'svix-timestamp': '1780000000', 'svix-signature': sign(CONTRACT_VECTOR.secret, 'msg_1', '1780000000', body) };
    expect(verify(request(body, headers, 1_780_000_010_000), CONTRACT_VECTOR.secret).ok).toBe(true);
  });
});

describe('recurrente parse', () => {
  const headers = { 'svix-id': 'msg_2xExample', 'svix-timestamp': '1780000000', 'svix-signature': 'v1,x' };

  it('reads subscription.cancel, keyed by customer', () => {
    expect(parse(request(example('recurrente-subscription.cancel.json'), headers, 0))).toEqual({
      ok: true,
      value: { eventId: 'msg_2xExample', type: 'subscription.cancel', serialKey: 'customer:us_k3v9x2pq' },
    });
  });

  it('reads payment_intent.succeeded with the same customer key', () => {
    expect(parse(request(example('recurrente-payment_intent.succeeded.json'), headers, 0))).toEqual({
      ok: true,
      value: { eventId: 'msg_2xExample', type: 'payment_intent.succeeded', serialKey: 'customer:us_k3v9x2pq' },
    });
  });

  it('falls back to the subscription id, and reads the wrapped `data` shape', () => {
    expect(parse(request(CONTRACT_VECTOR.body, headers, 0))).toEqual({
      ok: true,
      value: { eventId: 'msg_2xExample', type: 'subscription.cancel', serialKey: 'subscription:su_test123' },
    });
    const wrapped = '{"event_type":"intent.succeeded","data":{"id":"pa_1","customer":{"id":"us_9"}}}';
    expect(parse(request(wrapped, { 'webhook-id': 'msg_w' }, 0))).toEqual({
      ok: true,
      value: { eventId: 'msg_w', type: 'intent.succeeded', serialKey: 'customer:us_9' },
    });
    expect(parse(request('{"event_type":"intent.failed","id":"pa_2"}', headers, 0))).toEqual({
      ok: true,
      value: { eventId: 'msg_2xExample', type: 'intent.failed', serialKey: undefined },
    });
  });

  it('refuses malformed JSON, a missing event_type and a missing svix-id', () => {
    expect(parse(request('{"event_type":', headers, 0))).toEqual({ ok: false, error: { reason: 'body is not valid JSON' } });
    expect(parse(request('{"id":"su_1"}', headers, 0))).toEqual({ ok: false, error: { reason: 'missing event_type' } });
    expect(parse(request(CONTRACT_VECTOR.body, {}, 0))).toEqual({ ok: false, error: { reason: 'missing svix-id header' } });
  });
});
