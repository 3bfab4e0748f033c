// ScaleV webhook verification against the signature test vector, and parsing of ScaleV's example payloads.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RawWebhookRequest } from '../../core/inbox/types.js';
import { providerExampleBytes, signatureVectors } from '../../../test/fixtures/providers/index.js';
import { parse, verify } from './index.js';

const { secret: VECTOR_SECRET, body: VECTOR_BODY, signature: VECTOR_SIGNATURE } = signatureVectors('scalev').computed;

function example(name: string): Buffer {
  return providerExampleBytes('scalev', name);
}

function request(body: Buffer | string, headers: Record<string, string> = {}): RawWebhookRequest {
  return { rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), headers, url: 'https://leadcycle.test/webhooks/scalev', receivedAt: 0 };
}

function sign(body: Buffer | string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

describe('scalev verify', () => {
  it('accepts the signature test vector exactly', () => {
    expect(verify(request(VECTOR_BODY, { 'x-scalev-hmac-sha256': VECTOR_SIGNATURE }), VECTOR_SECRET)).toEqual({ ok: true, value: true });
  });

  it('refuses a tampered body', () => {
    const tampered = VECTOR_BODY.replace('"data":{}', '"data":{"x":1}');
    expect(verify(request(tampered, { 'x-scalev-hmac-sha256': VECTOR_SIGNATURE }), VECTOR_SECRET)).toEqual({
      ok: false,
      error: { reason: 'signature does not match' },
    });
  });

  it('refuses a wrong secret', () => {
    const result = verify(request(VECTOR_BODY, { 'x-scalev-hmac-sha256': VECTOR_SIGNATURE }), 'another_secret');
    expect(result).toEqual({ ok: false, error: { reason: 'signature does not match' } });
  });

  it('refuses a missing header, a hex digest and an empty secret', () => {
    expect(verify(request(VECTOR_BODY), VECTOR_SECRET)).toEqual({
      ok: false,
      error: { reason: 'missing X-Scalev-Hmac-Sha256 header' },
    });
    const hex = createHmac('sha256', VECTOR_SECRET).update(VECTOR_BODY).digest('hex');
    expect(verify(request(VECTOR_BODY, { 'x-scalev-hmac-sha256': hex }), VECTOR_SECRET).ok).toBe(false);
    expect(verify(request(VECTOR_BODY, { 'x-scalev-hmac-sha256': sign(VECTOR_BODY, '') }), '').ok).toBe(false);
  });

  it('verifies an example payload on its raw bytes', () => {
    const body = example('scalev-order.created.json');
    expect(verify(request(body, { 'x-scalev-hmac-sha256': sign(body, 'shop-secret') }), 'shop-secret').ok).toBe(true);
  });
});

describe('scalev parse', () => {
  it('reads order.created', () => {
    expect(parse(request(example('scalev-order.created.json')))).toEqual({
      ok: true,
      value: { eventId: 'event_Q3mVt8LhN2pKx7WcRb5YzA1e', type: 'order.created', serialKey: 'order:260504KXQMRT' },
    });
  });

  it('reads the slim order.payment_status_changed and order.status_changed', () => {
    expect(parse(request(example('scalev-order.payment_status_changed.json')))).toEqual({
      ok: true,
      value: { eventId: 'event_Zk9Lm3Qp7Wx2Rt5Vb8Nc1Yd4', type: 'order.payment_status_changed', serialKey: 'order:260504KXQMRT' },
    });
    expect(parse(request(example('scalev-order.status_changed.json')))).toEqual({
      ok: true,
      value: { eventId: 'event_Tr6Yh2Kp9Lm4Qx7Wz1Vc5Nb8', type: 'order.status_changed', serialKey: 'order:260504KXQMRT' },
    });
  });

  it('gives the test_event without unique_id a stable id from the body hash', () => {
    const body = example('scalev-business.test_event.json');
    const first = parse(request(body));
    expect(first.ok && first.value.type).toBe('business.test_event');
    expect(first.ok && first.value.eventId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.ok && first.value.serialKey).toBeUndefined();
    expect(parse(request(body))).toEqual(first);
    expect(parse(request(VECTOR_BODY))).toEqual({
      ok: true,
      value: {
        eventId: 'sha256:e4c43e8faaaffa8c97bc5735cd69f2b5e005f18c43a02fcaa566c52a0a987bf0',
        type: 'business.test_event',
        serialKey: undefined,
      },
    });
  });

  it('refuses malformed JSON and a missing event', () => {
    expect(parse(request('{"event":'))).toEqual({ ok: false, error: { reason: 'body is not valid JSON' } });
    expect(parse(request('{"unique_id":"event_1","data":{}}'))).toEqual({ ok: false, error: { reason: 'missing event' } });
    expect(parse(request('[1,2]'))).toEqual({ ok: false, error: { reason: 'body is not a JSON object' } });
    expect(parse(request('{"event":"order.created","unique_id":7}')).ok).toBe(false);
  });
});
