// WAHA webhook verification against the signature test vector, and parsing of WAHA's example payloads.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RawWebhookRequest } from '../../core/inbox/types.js';
import { providerExampleBytes, signatureVectors } from '../../../test/fixtures/providers/index.js';
import { parse, verify } from './index.js';

const { secret: VECTOR_KEY, body: VECTOR_BODY, signature: VECTOR_SIGNATURE } = signatureVectors('waha').computed;

function example(name: string): Buffer {
  return providerExampleBytes('waha', name);
}

function request(body: Buffer | string, headers: Record<string, string> = {}): RawWebhookRequest {
  return { rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), headers, url: 'https://leadcycle.test/webhooks/waha', receivedAt: 0 };
}

function signed(body: Buffer | string, key: string): Record<string, string> {
  return { 'x-webhook-hmac': createHmac('sha512', key).update(body).digest('hex'), 'x-webhook-hmac-algorithm': 'sha512' };
}

describe('waha verify', () => {
  it('accepts the signature test vector exactly, with and without the algorithm header', () => {
    expect(verify(request(VECTOR_BODY, { 'x-webhook-hmac': VECTOR_SIGNATURE }), VECTOR_KEY)).toEqual({ ok: true, value: true });
    expect(
      verify(request(VECTOR_BODY, { 'x-webhook-hmac': VECTOR_SIGNATURE, 'x-webhook-hmac-algorithm': 'sha512' }), VECTOR_KEY),
    ).toEqual({ ok: true, value: true });
  });

  it('refuses a tampered body', () => {
    const tampered = VECTOR_BODY.replace('Halo kak', 'Halo kakak');
    expect(verify(request(tampered, { 'x-webhook-hmac': VECTOR_SIGNATURE }), VECTOR_KEY)).toEqual({
      ok: false,
      error: { reason: 'signature does not match' },
    });
  });

  it('refuses a wrong key', () => {
    expect(verify(request(VECTOR_BODY, { 'x-webhook-hmac': VECTOR_SIGNATURE }), 'other-key')).toEqual({
      ok: false,
      error: { reason: 'signature does not match' },
    });
  });

  it('refuses a missing header, another algorithm and an empty key', () => {
    expect(verify(request(VECTOR_BODY), VECTOR_KEY)).toEqual({ ok: false, error: { reason: 'missing X-Webhook-Hmac header' } });
    const sha256 = verify(request(VECTOR_BODY, { 'x-webhook-hmac': VECTOR_SIGNATURE, 'x-webhook-hmac-algorithm': 'sha256' }), VECTOR_KEY);
    expect(sha256.ok).toBe(false);
    expect(!sha256.ok && sha256.error.reason).toContain('X-Webhook-Hmac-Algorithm');
    expect(verify(request(VECTOR_BODY, signed(VECTOR_BODY, '')), '').ok).toBe(false);
  });

  it('verifies an example payload on its raw bytes', () => {
    const body = example('waha-message.json');
    expect(verify(request(body, signed(body, 'session-key')), 'session-key').ok).toBe(true);
  });
});

describe('waha parse', () => {
  it('reads an incoming text message', () => {
    expect(parse(request(example('waha-message.json')))).toEqual({
      ok: true,
      value: { eventId: 'evt_01jtf6x9q4m2k8r5v7w3n1c0hz', type: 'message', serialKey: 'chat:6281234567890@c.us' },
    });
  });

  it('reads an incoming image message', () => {
    expect(parse(request(example('waha-message.image.json')))).toEqual({
      ok: true,
      value: { eventId: 'evt_01jtf7b2c8d4e6f0g2h4j6k8m0', type: 'message', serialKey: 'chat:6281234567890@c.us' },
    });
  });

  it('reads session.status without a chat key', () => {
    expect(parse(request(example('waha-session.status.json')))).toEqual({
      ok: true,
      value: { eventId: 'evt_01jtf5zz0a1b2c3d4e5f6g7h8j', type: 'session.status', serialKey: undefined },
    });
  });

  it('falls back to session, event and payload.id when the envelope has no id (old builds)', () => {
    const oldBuild = { event: 'message', session: 'default', payload: { id: 'false_6281234567890@c.us_3EB0A1B2C3D4E5F6', from: '6281234567890@c.us', body: 'Halo kak' } };
    expect(parse(request(JSON.stringify(oldBuild)))).toEqual({
      ok: true,
      value: {
        eventId: 'default:message:false_6281234567890@c.us_3EB0A1B2C3D4E5F6',
        type: 'message',
        serialKey: 'chat:6281234567890@c.us',
      },
    });
  });

  it('keys our own messages by the chat they went to', () => {
    const body = JSON.stringify({
      id: 'evt_1',
      event: 'message.any',
      session: 'default',
      payload: { id: 'true_6281234567890@c.us_AA', from: '6281398765432@c.us', to: '6281234567890@c.us', fromMe: true },
    });
    expect(parse(request(body))).toEqual({
      ok: true,
      value: { eventId: 'evt_1', type: 'message.any', serialKey: 'chat:6281234567890@c.us' },
    });
  });

  it('refuses malformed JSON, a missing event and a missing id', () => {
    expect(parse(request('not json'))).toEqual({ ok: false, error: { reason: 'body is not valid JSON' } });
    expect(parse(request('{"id":"evt_1","payload":{}}'))).toEqual({ ok: false, error: { reason: 'missing event' } });
    const noId = parse(request('{"event":"session.status","session":"default","payload":{"status":"WORKING"}}'));
    expect(noId.ok).toBe(false);
    expect(!noId.ok && noId.error.reason).toMatch(/missing id.*payload\.id/);
  });

  it('refuses a message with no chat, naming payload.from, and still reads events that have none', () => {
    for (const event of ['message', 'message.any']) {
      const noFrom = parse(request(JSON.stringify({ id: 'evt_2', event, session: 'default', payload: { id: 'false_x', body: 'halo' } })));
      expect(noFrom.ok).toBe(false);
      expect(!noFrom.ok && noFrom.error.reason).toMatch(/^payload\.from: missing/);
    }
    const ack = parse(request(JSON.stringify({ id: 'evt_3', event: 'message.ack', session: 'default', payload: { id: 'true_x', ack: 3 } })));
    expect(ack).toEqual({ ok: true, value: { eventId: 'evt_3', type: 'message.ack', serialKey: undefined } });
  });
});
