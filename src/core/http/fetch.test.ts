// Runs requestFetch against a real local HTTP server: what a client library reads from it must be what fetch gives.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimServer, type SimServer } from '../../../sim/base.js';
import { requestFetch } from './fetch.js';

let sim: SimServer;

beforeAll(async () => {
  sim = await startSimServer({
    name: 'fetch-test',
    routes: [
      {
        method: 'POST',
        path: '/echo',
        handler: (req) => ({
          status: 201,
          headers: { 'x-request-id': 'req_1', 'retry-after': '7' },
          json: { method: req.method, body: req.text, contentType: req.headers['content-type'] ?? null, auth: req.headers['authorization'] ?? null },
        }),
      },
      { method: 'DELETE', path: '/gone', handler: () => ({ status: 204 }) },
      { method: 'GET', path: '/teapot', handler: () => ({ status: 418, text: 'no coffee' }) },
    ],
  });
});

afterEach(() => sim.clearFaults());
afterAll(async () => {
  await sim.close();
});

describe('requestFetch', () => {
  it('sends the method, headers and string body, and answers a Response with the status, headers and body', async () => {
    const headers = new Headers({ 'content-type': 'application/json', authorization: 'Bearer sk-test' });
    const response = await requestFetch(`${sim.url}/echo`, { method: 'POST', headers, body: '{"hello":"dunia"}' });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ method: 'POST', body: '{"hello":"dunia"}', contentType: 'application/json', auth: 'Bearer sk-test' });
  });

  it('takes headers as a plain object and a URL object, and gives an error status as it is', async () => {
    const response = await requestFetch(new URL(`${sim.url}/teapot`), { headers: { accept: 'text/plain' } });
    expect(response.status).toBe(418);
    expect(response.ok).toBe(false);
    expect(await response.text()).toBe('no coffee');
  });

  it('answers a 204 with no body instead of failing to build the Response', async () => {
    const response = await requestFetch(`${sim.url}/gone`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('rejects with an AbortError when the signal aborts a call the server holds, and does not wait for it', async () => {
    sim.fail({ match: { path: '/echo' }, fault: { kind: 'hang' } });
    const started = Date.now();
    const error = await requestFetch(`${sim.url}/echo`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(150) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toMatch(/AbortError|TimeoutError/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('rejects when the server drops the connection, as fetch does', async () => {
    sim.fail({ match: { path: '/echo' }, fault: { kind: 'drop' } });
    await expect(requestFetch(`${sim.url}/echo`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('refuses a body it cannot send, and a Request object, by name', async () => {
    await expect(requestFetch(`${sim.url}/echo`, { method: 'POST', body: new URLSearchParams({ a: '1' }) })).rejects.toThrow(/only a string or bytes/);
    await expect(requestFetch(new Request(`${sim.url}/echo`))).rejects.toThrow(/Request object/);
  });
});
