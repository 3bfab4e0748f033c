// The helper thread's exchanges against real local servers: whole answers, bytes as sent, the timeout, an abort, a refused connection, a stopped thread.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, stopExchangeThread, THREAD_STOPPED, type Exchange } from './exchange.js';

let server: Server;
let base: string;
/** Requests whose connection the client closed before an answer (a timeout or an abort reached the socket). */
const closedEarly: string[] = [];
/** Every request's path, as it arrives. */
const arrived: string[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    arrived.push(req.url ?? '');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url === '/echo') {
        res.writeHead(201, { 'content-type': 'application/json', 'retry-after': '7', 'set-cookie': ['a=1', 'b=2'] });
        res.end(JSON.stringify({ method: req.method, key: req.headers['x-api-key'] ?? null, hex: body.toString('hex') }));
        return;
      }
      // Headers at once, then nothing: only the timeout or an abort ends the wait.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
      res.on('close', () => closedEarly.push(req.url ?? ''));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await stopExchangeThread();
});

const call = (path: string, extra: Partial<Exchange> = {}): Exchange => ({ method: 'GET', url: `${base}${path}`, headers: {}, body: null, timeoutMs: 5_000, maxRedirections: 0, ...extra });

describe('exchange on the helper thread', () => {
  it('answers the status, every header and the whole body; a body of bytes arrives byte for byte', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    const answer = await exchange(call('/echo', { method: 'POST', headers: { 'x-api-key': 'key_1' }, body: bytes }));
    if (!answer.ok) throw new Error(answer.reason);
    expect(answer.status).toBe(201);
    expect(answer.headers['retry-after']).toBe('7');
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(JSON.parse(answer.text)).toEqual({ method: 'POST', key: 'key_1', hex: '00ff0a0d80' });
  });

  it('a server that sends its headers and then stalls ends in the timeout, and the connection is closed', async () => {
    const started = Date.now();
    const answer = await exchange(call('/stall-timeout', { timeoutMs: 300 }));
    expect(answer).toEqual({ ok: false, timedOut: true, reason: expect.any(String) });
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect.poll(() => closedEarly).toContain('/stall-timeout');
  });

  it("the caller's signal aborts a call in flight: a failure that is not a timeout", async () => {
    const controller = new AbortController();
    const pending = exchange(call('/stall-abort'), controller.signal);
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toMatchObject({ ok: false, timedOut: false });
    await expect.poll(() => closedEarly).toContain('/stall-abort');
    // A signal aborted before the call: never answered by the server either.
    expect(await exchange(call('/never-sent'), AbortSignal.abort())).toMatchObject({ ok: false, timedOut: false });
    expect(arrived).not.toContain('/never-sent');
  });

  it("a refused connection says the socket's own code", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await exchange(call('/', { url: `http://127.0.0.1:${port}/` }))).toEqual({ ok: false, timedOut: false, reason: 'ECONNREFUSED' });
  });

  it('a thread that stops fails its calls in flight as network failures, and the next call starts a new one', async () => {
    const pending = exchange(call('/stall-stop'));
    await expect.poll(() => arrived).toContain('/stall-stop');
    await stopExchangeThread();
    expect(await pending).toEqual({ ok: false, timedOut: false, reason: THREAD_STOPPED });
    const again = await exchange(call('/echo', { method: 'POST', body: 'hi' }));
    expect(again).toMatchObject({ ok: true, status: 201 });
  });
});
