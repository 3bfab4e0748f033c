// Checks the WAHA simulator against WAHA's documented shapes (the examples in test/fixtures): API key, sends, session states, check-exists, limits, signed webhooks.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { providerExampleBytes, providerExampleObject } from '../test/fixtures/providers/index.js';
import { startSimServer, type SimServer } from './base.js';
import { startWahaSim, wahaWebhookSignature, type WahaSim, type WahaSimOptions } from './waha.js';

const KEY = 'waha_api_key_7f3c9e1a';
const HMAC = 'session-hmac-key-123';
const started: Array<SimServer | WahaSim> = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function sim(options: WahaSimOptions = {}): Promise<WahaSim> {
  const server = await startWahaSim({ apiKey: KEY, ...options });
  started.push(server);
  return server;
}

/** A bare webhook receiver; its request log keeps each request's headers and exact body. */
async function receiver(status = 200): Promise<SimServer> {
  const server = await startSimServer({ name: 'receiver', routes: [{ method: 'POST', path: '/hook', handler: () => ({ status, json: { ok: status < 300 } }) }] });
  started.push(server);
  return server;
}

async function call(server: WahaSim, method: 'GET' | 'POST', path: string, body?: unknown, key: string | null = KEY): Promise<{ status: number; headers: Headers; text: string; json: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers['x-api-key'] = key;
  const response = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

const example = (name: string) => providerExampleObject('waha', name);
const keysOf = (value: unknown) => Object.keys(value as Record<string, unknown>).sort();

describe('waha sim: API key', () => {
  it('answers 401 with the documented body without a key or with a wrong one, and takes the key as a query parameter too', async () => {
    const server = await sim();
    for (const key of [null, 'othersecret']) {
      const refused = await call(server, 'GET', '/api/sessions/default', undefined, key);
      expect(refused.status).toBe(401);
      expect(refused.json).toEqual({ message: 'Unauthorized', statusCode: 401 });
    }
    expect((await call(server, 'POST', '/api/sendText', example('waha-api.sendText.request.json'), 'wrong')).status).toBe(401);
    expect(server.messages).toHaveLength(0);
    const viaQuery = await fetch(`${server.url}/api/sessions/default?x-api-key=${KEY}`);
    expect(viaQuery.status).toBe(200);
  });
});

describe('waha sim: sending', () => {
  it('sendText answers 201 with the message shape of the documented answer', async () => {
    const server = await sim();
    const request = example('waha-api.sendText.request.json');
    const { status, json } = await call(server, 'POST', '/api/sendText', request);
    expect(status).toBe(201);
    const documented = example('waha-api.sendText.response.json');
    expect(keysOf(json)).toEqual(keysOf(documented));
    expect(json).toMatchObject({ from: documented['from'], fromMe: true, source: 'api', to: '6281234567890@c.us', body: request['text'], hasMedia: false, ack: 1, ackName: 'SERVER' });
    const id = (json as { id: string }).id;
    expect(id).toMatch(/^true_6281234567890@c\.us_3EB0[0-9A-F]{16}$/);
    expect(server.messages).toMatchObject([{ kind: 'text', id, session: 'default', chatId: '6281234567890@c.us', text: request['text'], request }]);
    expect(server.calls.map((c) => c.kind)).toEqual(['text']);
    expect(server.requests[0]?.headers['x-api-key']).toBe(KEY);
  });

  it('sendImage and sendFile take the documented bodies and record the file', async () => {
    const server = await sim();
    const image = await call(server, 'POST', '/api/sendImage', example('waha-api.sendImage.request.json'));
    const file = await call(server, 'POST', '/api/sendFile', example('waha-api.sendFile.request.json'));
    expect([image.status, file.status]).toEqual([201, 201]);
    expect(image.json).toMatchObject({ hasMedia: true, body: 'Madu Hutan Sumbawa 500 gr - Rp125.000', fromMe: true });
    expect(server.messages.map((m) => [m.kind, m.file, m.caption])).toEqual([
      ['image', { mimetype: 'image/jpeg', filename: 'madu-hutan-sumbawa.jpg', url: 'https://cdn.example.test/p/madu-sumbawa.jpg', data: undefined }, 'Madu Hutan Sumbawa 500 gr - Rp125.000'],
      ['file', { mimetype: 'application/pdf', filename: 'invoice-260504KXQMRT.pdf', url: 'https://cdn.example.test/invoice/260504KXQMRT.pdf', data: undefined }, 'Invoice pesanan Kakak'],
    ]);
  });

  it('refuses a file with both or neither of url and data, and a body without chatId, with the validation shape', async () => {
    const server = await sim();
    const both = await call(server, 'POST', '/api/sendImage', { session: 'default', chatId: '6281234567890@c.us', file: { mimetype: 'image/jpeg', url: 'https://a.test/x.jpg', data: 'AAAA' } });
    const neither = await call(server, 'POST', '/api/sendFile', { session: 'default', chatId: '6281234567890@c.us', file: { mimetype: 'application/pdf' } });
    const noChat = await call(server, 'POST', '/api/sendText', { session: 'default', text: 'x' });
    const plus = await call(server, 'POST', '/api/sendText', { session: 'default', chatId: '+6281234567890@c.us', text: 'x' });
    for (const refused of [both, neither, noChat, plus]) {
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(Array) as unknown });
    }
    expect(server.messages).toHaveLength(0);
  });

  it('takes bare digits as a person chat (WAHA adds @c.us) and a missing session as default', async () => {
    const server = await sim();
    expect((await call(server, 'POST', '/api/sendText', { chatId: '6281234567890', text: 'Halo' })).status).toBe(201);
    expect(server.messages[0]).toMatchObject({ chatId: '6281234567890@c.us', session: 'default' });
  });

  it('sendSeen answers 201 with an empty body; typing answers {result: true} and shows until stopped or a message goes out', async () => {
    const server = await sim();
    const seen = await call(server, 'POST', '/api/sendSeen', example('waha-api.sendSeen.request.json'));
    expect(seen).toMatchObject({ status: 201, text: '' });
    const start = await call(server, 'POST', '/api/startTyping', example('waha-api.startTyping.request.json'));
    expect(start).toMatchObject({ status: 201, json: { result: true } });
    expect(server.isTyping('6281234567890@c.us')).toBe(true);
    expect((await call(server, 'POST', '/api/stopTyping', example('waha-api.startTyping.request.json'))).json).toEqual({ result: true });
    expect(server.isTyping('6281234567890@c.us')).toBe(false);
    await call(server, 'POST', '/api/startTyping', example('waha-api.startTyping.request.json'));
    await call(server, 'POST', '/api/sendText', { chatId: '6281234567890@c.us', text: 'Siap kak' });
    expect(server.isTyping('6281234567890@c.us')).toBe(false);
    expect(server.calls.map((c) => c.kind)).toEqual(['seen', 'typing_start', 'typing_stop', 'typing_start', 'text']);
    expect(server.calls[0]?.messageIds).toEqual(['false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801']);
  });
});

describe('waha sim: sessions', () => {
  it('shows a session with its status, account and engine; the account only while WORKING', async () => {
    const server = await sim({ engine: 'NOWEB' });
    const working = await call(server, 'GET', '/api/sessions/default');
    expect(working.status).toBe(200);
    expect(working.json).toMatchObject({ name: 'default', status: 'WORKING', me: { id: '6281398765432@c.us', pushName: 'Toko Berkah Herbal' }, engine: { engine: 'NOWEB' } });
    await server.setStatus('SCAN_QR_CODE');
    expect((await call(server, 'GET', '/api/sessions/default')).json).toMatchObject({ status: 'SCAN_QR_CODE', me: null });
    expect(keysOf((await call(server, 'GET', '/api/sessions')).json)).toEqual(['0']);
  });

  it('a send on a session that is not WORKING answers the documented 422, wrapped or bare', async () => {
    const server = await sim();
    await server.setStatus('SCAN_QR_CODE');
    const wrapped = await call(server, 'POST', '/api/sendText', example('waha-api.sendText.request.json'));
    expect(wrapped.status).toBe(422);
    expect(wrapped.json).toEqual(example('waha-api.error.session-not-working.json'));
    server.knobs.notWorkingBody = 'bare';
    await server.setStatus('FAILED');
    const bare = await call(server, 'POST', '/api/startTyping', example('waha-api.startTyping.request.json'));
    expect(bare).toMatchObject({ status: 422, json: { session: 'default', status: 'FAILED', expected: ['WORKING'] } });
    expect(server.messages).toHaveLength(0);
    await server.setStatus('WORKING');
    expect((await call(server, 'POST', '/api/sendText', example('waha-api.sendText.request.json'))).status).toBe(201);
  });

  it('an unknown session is a 404, on the session route and on sends', async () => {
    const server = await sim({ sessions: { sales: { status: 'WORKING' } } });
    expect(await call(server, 'GET', '/api/sessions/default')).toMatchObject({ status: 404, json: { statusCode: 404, message: 'Session not found', error: 'Not Found' } });
    const send = await call(server, 'POST', '/api/sendText', { session: 'default', chatId: '6281234567890@c.us', text: 'x' });
    expect(send.status).toBe(404);
    expect(send.json).toMatchObject({ statusCode: 404, message: expect.stringContaining("We didn't find a session with name 'default'") as unknown });
    expect((await call(server, 'POST', '/api/sendText', { session: 'sales', chatId: '6281234567890@c.us', text: 'x' })).status).toBe(201);
    server.removeSession('sales');
    expect((await call(server, 'GET', '/api/sessions/sales')).status).toBe(404);
  });
});

describe('waha sim: check-exists', () => {
  it('answers per number: active with its chat id, inactive without one, failing with a 500; unknown numbers follow the knob', async () => {
    const server = await sim();
    server.setNumber('+6281200000001', 'inactive');
    server.setNumber('5511987654321', 'active', '551187654321@c.us');
    server.setNumber('6281200000002', 'failing');
    const ask = (phone: string) => call(server, 'GET', `/api/contacts/check-exists?phone=${phone}&session=default`);
    expect((await ask('6281234567890')).json).toEqual({ numberExists: true, chatId: '6281234567890@c.us' });
    expect((await ask('6281200000001')).json).toEqual({ numberExists: false });
    expect((await ask('5511987654321')).json).toEqual({ numberExists: true, chatId: '551187654321@c.us' });
    const failing = await ask('6281200000002');
    expect(failing.status).toBe(500);
    expect(failing.json).toMatchObject({ statusCode: 500, request: { path: '/api/contacts/check-exists' } });
    expect(failing.text).not.toContain(KEY);
    server.knobs.unknownNumbers = 'inactive';
    expect((await ask('6281299999999')).json).toEqual({ numberExists: false });
    expect(server.calls.filter((c) => c.kind === 'check_exists').map((c) => c.chatId)).toEqual(['6281234567890', '6281200000001', '5511987654321', '6281200000002', '6281299999999']);
  });

  it('is refused on a session that is not WORKING', async () => {
    const server = await sim();
    await server.setStatus('STARTING');
    expect((await call(server, 'GET', '/api/contacts/check-exists?phone=6281234567890&session=default')).status).toBe(422);
  });
});

describe('waha sim: limits and faults', () => {
  it('answers 429 with Retry-After above the rate limit, and accepts again once the window has passed', async () => {
    const server = await sim({ rateLimit: { requests: 2, windowMs: 300 } });
    const send = () => call(server, 'POST', '/api/sendText', { chatId: '6281234567890@c.us', text: 'x' });
    expect([(await send()).status, (await send()).status]).toEqual([201, 201]);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.json).toMatchObject({ statusCode: 429 });
    expect(server.messages).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await send()).status).toBe(201);
  });

  it('keeps the base faults: an injected 503 on one route, then normal answers', async () => {
    const server = await sim();
    server.fail({ match: { path: '/api/sendText' }, times: 1, fault: { kind: 'status', status: 503 } });
    expect((await call(server, 'POST', '/api/sendText', { chatId: '6281234567890@c.us', text: 'x' })).status).toBe(503);
    expect((await call(server, 'POST', '/api/sendText', { chatId: '6281234567890@c.us', text: 'x' })).status).toBe(201);
    expect(server.messages).toHaveLength(1);
  });
});

describe('waha sim: webhooks', () => {
  it('signs with the documented algorithm (the test vector)', () => {
    const vector = providerExampleObject('waha', 'signature-vectors.json')['computed'] as { secret: string; body: string; signature: string };
    expect(wahaWebhookSignature(vector.secret, vector.body)).toBe(vector.signature);
    const body = providerExampleBytes('waha', 'waha-message.json');
    expect(wahaWebhookSignature('k', body)).toBe(createHmac('sha512', 'k').update(body).digest('hex'));
  });

  it('posts a customer message in the envelope and payload of the example, signed with the session key', async () => {
    const hook = await receiver();
    const server = await sim({ sessions: { default: { metadata: { tenant: 'tokoberkahherbal' }, webhooks: [{ url: `${hook.url}/hook`, events: ['message'], hmacKey: HMAC }] } } });
    const { id, deliveries } = await server.sendMessage({ from: '+6281234567890', body: 'Halo kak, pesanan madu saya sudah dikirim belum ya?' });
    expect(id).toMatch(/^false_6281234567890@c\.us_3EB0[0-9A-F]{16}$/);
    expect(deliveries).toHaveLength(1);
    const request = hook.requests[0];
    const envelope = JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
    const documented = example('waha-message.json');
    expect(keysOf(envelope)).toEqual(keysOf(documented));
    expect(keysOf(envelope['payload'])).toEqual(keysOf(documented['payload']));
    expect(envelope).toMatchObject({ event: 'message', session: 'default', metadata: { tenant: 'tokoberkahherbal' }, me: documented['me'], engine: 'WEBJS' });
    expect(envelope['id']).toMatch(/^evt_[0-9a-z]{26}$/);
    expect(envelope['payload']).toMatchObject({ id, from: '6281234567890@c.us', to: '6281398765432@c.us', fromMe: false, source: 'app', hasMedia: false, media: null });
    expect((envelope['payload'] as { timestamp: number }).timestamp).toBeLessThan(1e11);
    expect(request?.headers['x-webhook-hmac']).toBe(createHmac('sha512', HMAC).update(request?.body ?? '').digest('hex'));
    expect(request?.headers).toMatchObject({ 'x-webhook-hmac-algorithm': 'sha512', 'content-type': 'application/json', 'user-agent': expect.stringMatching(/^WAHA\//) as unknown });
    expect(Number(request?.headers['x-webhook-timestamp'])).toBeGreaterThan(1e12);
    expect(request?.headers['x-webhook-request-id']).toBeTruthy();
  });

  it('serves an incoming message’s media with the API key, and the documented 404 for an unknown file', async () => {
    const hook = await receiver();
    const server = await sim();
    await server.sendMessage({ from: '6281234567890@c.us', body: 'Ini bukti transfernya kak', media: { mimetype: 'image/jpeg', content: 'jpeg-bytes' } }, { url: `${hook.url}/hook` });
    const payload = (JSON.parse(hook.requests[0]?.body ?? '{}') as { payload: { media: { url: string }; hasMedia: boolean } }).payload;
    expect(payload.hasMedia).toBe(true);
    expect(keysOf(payload.media)).toEqual(keysOf((example('waha-message.image.json')['payload'] as { media: unknown }).media));
    const path = new URL(payload.media.url).pathname;
    expect((await call(server, 'GET', path)).text).toBe('jpeg-bytes');
    expect((await call(server, 'GET', path, undefined, null)).status).toBe(401);
    expect((await call(server, 'GET', '/api/files/default/gone.jpeg')).json).toMatchObject({ error: { code: 404, key: 'FILE_NOT_FOUND' } });
  });

  it('posts session.status on a status change, with the last three statuses as in the example', async () => {
    const hook = await receiver();
    const server = await sim({ sessions: { default: { status: 'STOPPED', webhooks: [{ url: `${hook.url}/hook`, events: ['session.status'], hmacKey: HMAC }] } } });
    await server.setStatus('STARTING');
    await server.setStatus('WORKING');
    const envelope = JSON.parse(hook.requests[1]?.body ?? '{}') as Record<string, unknown>;
    const documented = example('waha-session.status.json');
    expect(keysOf(envelope)).toEqual(keysOf(documented));
    expect(keysOf(envelope['payload'])).toEqual(keysOf(documented['payload']));
    expect((envelope['payload'] as { statuses: Array<{ status: string }> }).statuses.map((s) => s.status)).toEqual(['STOPPED', 'STARTING', 'WORKING']);
    expect(server.deliveries.map((d) => d.event)).toEqual(['session.status', 'session.status']);
  });

  it('sends message.ack automatically after a send when asked to, and on demand', async () => {
    const hook = await receiver();
    const server = await sim({ ackSteps: ['DEVICE', 'READ'], sessions: { default: { webhooks: [{ url: `${hook.url}/hook`, events: ['message.ack'] }] } } });
    const sent = await call(server, 'POST', '/api/sendText', { chatId: '6281234567890@c.us', text: 'Halo' });
    await server.idle();
    const acks = hook.requests.map((r) => (JSON.parse(r.body) as { payload: { ack: number; ackName: string; id: string } }).payload);
    expect(acks.map((a) => [a.ack, a.ackName])).toEqual([[2, 'DEVICE'], [3, 'READ']]);
    expect(acks[0]).toMatchObject({ id: (sent.json as { id: string }).id, fromMe: true, participant: null });
    expect(server.messages[0]?.ack).toBe(3);
    expect(hook.requests[0]?.headers['x-webhook-hmac']).toBeUndefined();
    await server.sendAck((sent.json as { id: string }).id, 'PLAYED');
    expect(server.messages[0]?.ack).toBe(4);
  });

  it('retries a failed webhook with identical bytes and signature, and redelivers on demand', async () => {
    const hook = await receiver(500);
    const server = await sim({ sessions: { default: { webhooks: [{ url: `${hook.url}/hook`, events: ['*'], hmacKey: HMAC, retries: { attempts: 2, delayMs: 10 } }] } } });
    const { deliveries } = await server.sendMessage({ from: '+6281234567890', body: 'P' });
    expect(deliveries.map((d) => [d.attempt, d.status])).toEqual([[1, 500], [2, 500], [3, 500]]);
    expect(new Set(hook.requests.map((r) => r.body)).size).toBe(1);
    expect(new Set(hook.requests.map((r) => r.headers['x-webhook-hmac'])).size).toBe(1);
    const first = deliveries[0];
    if (first === undefined) throw new Error('no delivery');
    const again = await server.redeliver(first);
    expect(again).toMatchObject({ rawBody: first.rawBody, attempt: 2, status: 500 });
    expect(hook.requests).toHaveLength(4);
  });

  it('can leave the envelope id out (old builds), sign with another key, or not sign at all', async () => {
    const hook = await receiver();
    const server = await sim();
    const url = `${hook.url}/hook`;
    await server.sendMessage({ from: '+6281234567890', body: 'a' }, { url, omitId: true, hmacKey: 'other' });
    await server.sendMessage({ from: '+6281234567890', body: 'b' }, { url });
    const [first, second] = hook.requests;
    expect(JSON.parse(first?.body ?? '{}')).not.toHaveProperty('id');
    expect(first?.headers['x-webhook-hmac']).toBe(wahaWebhookSignature('other', first?.body ?? ''));
    expect(second?.headers['x-webhook-hmac']).toBeUndefined();
    await expect(server.postEvent('message', {}, {})).rejects.toThrow(/no webhook/);
  });
});
