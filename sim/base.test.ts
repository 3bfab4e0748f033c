// Proves the simulator base with a real fetch client: routing, the request log, and every fault kind.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimServer, type SimServer } from './base.js';

const started: SimServer[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((sim) => sim.close()));
});

async function start(): Promise<SimServer> {
  const sim = await startSimServer({
    name: 'test',
    routes: [
      {
        method: 'GET',
        path: '/v3/stores/:storeId/products',
        handler: (req) => ({ status: 200, json: { storeId: req.params['storeId'], query: req.query } }),
      },
      {
        method: 'POST',
        path: '/Accounts/:sid/Messages.json',
        handler: (req) => ({ status: 201, json: { sid: req.params['sid'], form: req.form(), media: req.formParams().getAll('MediaUrl') } }),
      },
      {
        method: 'POST',
        path: '/api/sendText',
        handler: (req) => ({ status: 201, json: { got: req.json(), apiKey: req.headers['x-api-key'] ?? null } }),
      },
      { method: 'GET', path: '/text', handler: () => ({ status: 200, text: 'plain', headers: { 'X-Custom': 'yes' } }) },
      {
        method: 'GET',
        path: '/boom',
        handler: () => {
          throw new Error('handler exploded');
        },
      },
    ],
  });
  started.push(sim);
  return sim;
}

/** Polls a condition with a hard bound, so a broken sim fails the test instead of hanging it. */
async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('startSimServer routing', () => {
  it('listens on 127.0.0.1 and decodes params, query, json, form and headers', async () => {
    const sim = await start();
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const products = await fetch(`${sim.url}/v3/stores/store%20one/products?page_size=5&next_cursor=abc`);
    expect(products.status).toBe(200);
    expect(await products.json()).toEqual({ storeId: 'store one', query: { page_size: '5', next_cursor: 'abc' } });

    const form = new URLSearchParams([
      ['To', '+6281234567890'],
      ['Body', 'Halo kak'],
      ['MediaUrl', 'https://a.test/1.jpg'],
      ['MediaUrl', 'https://a.test/2.jpg'],
    ]);
    const created = await fetch(`${sim.url}/Accounts/AC123/Messages.json`, { method: 'POST', body: form });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({
      sid: 'AC123',
      form: { To: '+6281234567890', Body: 'Halo kak', MediaUrl: 'https://a.test/2.jpg' },
      media: ['https://a.test/1.jpg', 'https://a.test/2.jpg'],
    });

    const sent = await fetch(`${sim.url}/api/sendText`, {
      method: 'POST',
      headers: { 'X-Api-Key': 'k-123', 'content-type': 'application/json' },
      body: JSON.stringify({ chatId: '62812@c.us', text: 'hi' }),
    });
    expect(await sent.json()).toEqual({ got: { chatId: '62812@c.us', text: 'hi' }, apiKey: 'k-123' });

    const text = await fetch(`${sim.url}/text`);
    expect(text.headers.get('x-custom')).toBe('yes');
    expect(text.headers.get('content-type')).toContain('text/plain');
    expect(await text.text()).toBe('plain');
  });

  it('answers unknown routes and wrong methods with 404 JSON, and a throwing handler with 500', async () => {
    const sim = await start();
    const missing = await fetch(`${sim.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });

    const wrongMethod = await fetch(`${sim.url}/text`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(404);

    const boom = await fetch(`${sim.url}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.json()).toMatchObject({ message: 'handler exploded' });
  });

  it('records every request with lower-case headers, body and time, and clears the log', async () => {
    const sim = await start();
    const before = Date.now();
    await fetch(`${sim.url}/api/sendText?x=1`, { method: 'POST', headers: { 'X-Api-Key': 'k' }, body: '{"a":1}' });
    await fetch(`${sim.url}/nope`);
    expect(sim.requests).toHaveLength(2);
    const [first, second] = sim.requests;
    expect(first).toMatchObject({ method: 'POST', path: '/api/sendText', url: '/api/sendText?x=1', body: '{"a":1}' });
    expect(first?.headers['x-api-key']).toBe('k');
    expect(first?.time).toBeGreaterThanOrEqual(before);
    expect(second).toMatchObject({ method: 'GET', path: '/nope' });

    sim.clearRequests();
    expect(sim.requests).toHaveLength(0);
    await fetch(`${sim.url}/text`);
    expect(sim.requests).toHaveLength(1);
  });
});

describe('startSimServer faults', () => {
  it('status: answers the injected status and body instead of the route', async () => {
    const sim = await start();
    sim.fail({ fault: { kind: 'status', status: 503, body: { message: 'down' } } });
    const res = await fetch(`${sim.url}/text`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ message: 'down' });

    sim.fail({ match: { path: '/api/sendText' }, fault: { kind: 'status', status: 500, body: 'not json' } });
    sim.clearFaults();
    sim.fail({ match: { path: '/api/sendText' }, fault: { kind: 'status', status: 500, body: 'not json' } });
    const text = await fetch(`${sim.url}/api/sendText`, { method: 'POST', body: '{}' });
    expect(text.status).toBe(500);
    expect(await text.text()).toBe('not json');
  });

  it('rate_limit: answers 429 with Retry-After in seconds', async () => {
    const sim = await start();
    sim.fail({ fault: { kind: 'rate_limit', retryAfterSeconds: 7 } });
    const res = await fetch(`${sim.url}/text`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    await res.body?.cancel();
  });

  it('delay: answers normally after the delay', async () => {
    const sim = await start();
    sim.fail({ fault: { kind: 'delay', ms: 150 } });
    const before = Date.now();
    const res = await fetch(`${sim.url}/text`);
    expect(await res.text()).toBe('plain');
    expect(Date.now() - before).toBeGreaterThanOrEqual(140);
  });

  it('hang: never answers, so the client times out', async () => {
    const sim = await start();
    sim.fail({ fault: { kind: 'hang' } });
    const failure = await fetch(`${sim.url}/text`, { signal: AbortSignal.timeout(200) }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).toBe('TimeoutError');
    expect(sim.requests).toHaveLength(1);
  });

  it('drop: destroys the socket without a response', async () => {
    const sim = await start();
    sim.fail({ times: 1, fault: { kind: 'drop' } });
    await expect(fetch(`${sim.url}/text`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow(/fetch failed/);
    const after = await fetch(`${sim.url}/text`);
    expect(after.status).toBe(200);
    await after.body?.cancel();
  });

  it('times: the fault expires after the given number of matching requests', async () => {
    const sim = await start();
    sim.fail({ times: 2, fault: { kind: 'status', status: 500 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await fetch(`${sim.url}/text`);
      await res.body?.cancel();
      statuses.push(res.status);
    }
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  it('match: applies only to the matching method and path (exact or RegExp), first rule first', async () => {
    const sim = await start();
    sim.fail({ match: { method: 'post', path: /^\/Accounts\/[^/]+\/Messages\.json$/ }, times: 1, fault: { kind: 'status', status: 429 } });
    sim.fail({ match: { path: '/text' }, fault: { kind: 'status', status: 502 } });
    sim.fail({ match: { path: '/text' }, fault: { kind: 'status', status: 504 } });

    const other = await fetch(`${sim.url}/v3/stores/s/products`);
    expect(other.status).toBe(200);
    await other.body?.cancel();
    const getMessages = await fetch(`${sim.url}/Accounts/AC1/Messages.json`);
    expect(getMessages.status).toBe(404);
    await getMessages.body?.cancel();
    const postMessages = await fetch(`${sim.url}/Accounts/AC1/Messages.json`, { method: 'POST', body: 'To=1' });
    expect(postMessages.status).toBe(429);
    await postMessages.body?.cancel();
    const text = await fetch(`${sim.url}/text`);
    expect(text.status).toBe(502);
    await text.body?.cancel();
  });

  it('close() ends a hanging request and a pending delay', async () => {
    const sim = await start();
    sim.fail({ match: { path: '/text' }, fault: { kind: 'hang' } });
    sim.fail({ match: { path: '/v3/stores/s/products' }, fault: { kind: 'delay', ms: 20_000 } });
    const before = Date.now();
    const hanging = fetch(`${sim.url}/text`, { signal: AbortSignal.timeout(10_000) }).then(
      () => 'answered',
      (thrown: unknown) => (thrown instanceof Error ? thrown.name : 'unknown'),
    );
    const delayed = fetch(`${sim.url}/v3/stores/s/products`, { signal: AbortSignal.timeout(10_000) }).then(
      () => 'answered',
      (thrown: unknown) => (thrown instanceof Error ? thrown.name : 'unknown'),
    );
    await waitFor(() => sim.requests.length === 2);
    await sim.close();
    expect(await hanging).toBe('TypeError');
    expect(await delayed).toBe('TypeError');
    expect(Date.now() - before).toBeLessThan(5_000);
  });
});
