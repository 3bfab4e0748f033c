// Runs the shared transport against a real local HTTP server and checks how each outcome is classified; also the HMAC helpers.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startSimServer, type SimServer } from '../../../sim/base.js';
import { hmacBase64, hmacHex, safeEqual, sha256Hex } from './signatures.js';
import { createHttpClient, parseRetryAfter, ProviderError, type HttpClient } from './transport.js';

const itemSchema = z.object({ id: z.string(), count: z.number() });

let sim: SimServer;
let client: HttpClient;

beforeAll(async () => {
  sim = await startSimServer({
    name: 'transport-test',
    routes: [
      { method: 'GET', path: '/item', handler: (req) => ({ status: 200, json: { id: req.query['id'] ?? 'none', count: 3 } }) },
      { method: 'GET', path: '/wrong-shape', handler: () => ({ status: 200, json: { id: 42 } }) },
      { method: 'GET', path: '/html', handler: () => ({ status: 200, text: '<html>Access denied</html>' }) },
      { method: 'POST', path: '/empty', handler: () => ({ status: 201 }) },
      {
        method: 'POST',
        path: '/echo',
        handler: (req) => ({
          status: 200,
          json: { contentType: req.headers['content-type'] ?? null, body: req.text, idem: req.headers['idempotency-key'] ?? null },
        }),
      },
      {
        method: 'POST',
        path: '/echo-error',
        handler: (req) => ({ status: 400, json: { message: 'bad request', youSent: req.text, auth: req.headers['authorization'] ?? null } }),
      },
    ],
  });
  client = createHttpClient({ timeoutMs: 2_000, userAgent: 'leadcycle-test' });
});

afterEach(() => {
  sim.clearFaults();
  sim.clearRequests();
});

afterAll(async () => {
  await sim.close();
});

async function failureOf(promise: ReturnType<HttpClient['request']>): Promise<ProviderError> {
  const result = await promise;
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('createHttpClient', () => {
  it('returns the status and the schema-checked body, with query, user agent and idempotency key', async () => {
    const result = await client.request({
      method: 'GET',
      url: `${sim.url}/item`,
      query: { id: 'abc', skip: undefined },
      schema: itemSchema,
      idempotencyKey: 'delivery_1',
    });
    expect(result).toEqual({ ok: true, value: { status: 200, body: { id: 'abc', count: 3 } } });
    const sent = sim.requests[0];
    expect(sent?.url).toBe('/item?id=abc');
    expect(sent?.headers['user-agent']).toBe('leadcycle-test');
    expect(sent?.headers['idempotency-key']).toBe('delivery_1');
  });

  it('sends json and form bodies with their content types; repeated form values repeat', async () => {
    const echo = z.object({ contentType: z.string().nullable(), body: z.string(), idem: z.string().nullable() });
    const json = await client.request({ method: 'POST', url: `${sim.url}/echo`, json: { a: 1 }, schema: echo });
    expect(json.ok && json.value.body).toMatchObject({ contentType: 'application/json', body: '{"a":1}' });

    const form = await client.request({
      method: 'POST',
      url: `${sim.url}/echo`,
      form: { To: '+62 812', MediaUrl: ['https://a.test/1', 'https://a.test/2'] },
      schema: echo,
    });
    expect(form.ok && form.value.body.contentType).toContain('application/x-www-form-urlencoded');
    expect(form.ok && form.value.body.body).toBe('To=%2B62+812&MediaUrl=https%3A%2F%2Fa.test%2F1&MediaUrl=https%3A%2F%2Fa.test%2F2');
  });

  it('checks an empty body as undefined', async () => {
    const result = await client.request({ method: 'POST', url: `${sim.url}/empty`, schema: z.undefined() });
    expect(result).toEqual({ ok: true, value: { status: 201, body: undefined } });
  });

  it('500 is a retryable server error carrying the response body', async () => {
    sim.fail({ fault: { kind: 'status', status: 500, body: { error: 'boom' } } });
    const error = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'server', status: 500, retryable: true, responseBody: '{"error":"boom"}' });
    expect(error.message).toBe(`GET ${sim.url}/item answered HTTP 500`);
  });

  it('429 with Retry-After: 7 is rate_limited with retryAfterMs 7000', async () => {
    sim.fail({ fault: { kind: 'rate_limit', retryAfterSeconds: 7 } });
    const error = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema }));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryable: true, retryAfterMs: 7_000 });
  });

  it('401 is auth and 422 is rejected, neither retryable', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 401, body: { message: 'Unauthorized' } } });
    const auth = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema }));
    expect(auth).toMatchObject({ kind: 'auth', status: 401, retryable: false });

    sim.fail({ times: 1, fault: { kind: 'status', status: 422, body: { message: 'Session status is not as expected' } } });
    const rejected = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema }));
    expect(rejected).toMatchObject({ kind: 'rejected', status: 422, retryable: false });
  });

  it('408 is retryable', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 408 } });
    const error = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema }));
    expect(error).toMatchObject({ status: 408, retryable: true });
  });

  it('a hang past the timeout is a retryable timeout', async () => {
    sim.fail({ fault: { kind: 'hang' } });
    const before = Date.now();
    const error = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema, timeoutMs: 150 }));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(error.status).toBeUndefined();
    expect(Date.now() - before).toBeLessThan(1_500);
  });

  it('a destroyed socket is a retryable network error', async () => {
    sim.fail({ fault: { kind: 'drop' } });
    const error = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema }));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(error.status).toBeUndefined();
  });

  it('a refused connection is a retryable network error', async () => {
    const gone = await startSimServer({ name: 'gone', routes: [] });
    const url = gone.url;
    await gone.close();
    const error = await failureOf(client.request({ method: 'GET', url: `${url}/item`, schema: itemSchema }));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('a 2xx body of the wrong shape, or not JSON, is invalid_response', async () => {
    const shape = await failureOf(client.request({ method: 'GET', url: `${sim.url}/wrong-shape`, schema: itemSchema }));
    expect(shape).toMatchObject({ kind: 'invalid_response', status: 200, retryable: false, responseBody: '{"id":42}' });
    expect(shape.message).toContain('id, count');

    const html = await failureOf(client.request({ method: 'GET', url: `${sim.url}/html`, schema: itemSchema }));
    expect(html).toMatchObject({ kind: 'invalid_response', retryable: false });
    expect(html.message).toContain('not valid JSON');
  });

  it('truncates the response body to 2,000 characters', async () => {
    sim.fail({ fault: { kind: 'status', status: 503, body: 'x'.repeat(5_000) } });
    const error = await failureOf(client.request({ method: 'GET', url: `${sim.url}/item`, schema: itemSchema }));
    expect(error.responseBody).toHaveLength(2_000);
  });

  it('keeps credentials out of the message and scrubs them from an echoed body', async () => {
    const error = await failureOf(
      client.request({
        method: 'POST',
        url: `${sim.url}/echo-error`,
        query: { 'x-api-key': 'query-secret-123' },
        headers: { Authorization: 'Bearer sk_live_abcdef123456' },
        form: { api_token: 'mk-token-987654', email: 'siti@example.test' },
        schema: itemSchema,
      }),
    );
    expect(error).toMatchObject({ kind: 'rejected', status: 400 });
    const everything = `${error.message} ${error.url} ${error.responseBody ?? ''} ${JSON.stringify(error)}`;
    expect(everything).not.toContain('query-secret-123');
    expect(everything).not.toContain('sk_live_abcdef123456');
    expect(everything).not.toContain('mk-token-987654');
    expect(error.responseBody).toContain('siti%40example.test');
    expect(error.responseBody).toContain('[redacted]');
    expect(error.message).toBe(`POST ${sim.url}/echo-error answered HTTP 400`);
  });

  it('refuses json and form together as a programming error', async () => {
    await expect(
      client.request({ method: 'POST', url: `${sim.url}/echo`, json: {}, form: {}, schema: itemSchema }),
    ).rejects.toThrow(/json or form/);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta seconds and HTTP dates, and ignores junk', () => {
    const now = Date.parse('2026-05-04T05:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter('Mon, 04 May 2026 05:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 04 May 2026 04:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('turns an HTTP-date Retry-After into a delay from the injected clock', async () => {
    const fixed = createHttpClient({ timeoutMs: 2_000, now: () => Date.parse('2026-05-04T05:00:00Z') });
    const dated = await startSimServer({
      name: 'dated',
      routes: [{ method: 'GET', path: '/x', handler: () => ({ status: 503, headers: { 'Retry-After': 'Mon, 04 May 2026 05:01:00 GMT' } }) }],
    });
    try {
      const error = await failureOf(fixed.request({ method: 'GET', url: `${dated.url}/x`, schema: itemSchema }));
      expect(error).toMatchObject({ kind: 'server', retryable: true, retryAfterMs: 60_000 });
    } finally {
      await dated.close();
    }
  });
});

describe('signature helpers', () => {
  it('computes HMACs as base64 and hex (RFC 4231 test case 2)', () => {
    const expectedHex = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(hmacHex('sha256', 'Jefe', 'what do ya want for nothing?')).toBe(expectedHex);
    expect(hmacBase64('sha256', Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?'))).toBe(
      Buffer.from(expectedHex, 'hex').toString('base64'),
    );
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('safeEqual compares exactly and answers false on different lengths without throwing', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'a')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('é', 'e\u0301')).toBe(false);
  });
});
