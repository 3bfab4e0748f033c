// Slow and idle clients are cut off by the configured timeouts and caps, quietly, while /health keeps answering.
import net from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiToken } from '../../src/core/auth/tokens.js';
import { defineJob } from '../../src/core/jobs/define.js';
import { modules } from '../../src/modules/registry.js';
import type { ModuleDescriptor } from '../../src/server/module-routes.js';
import { buildServer } from '../../src/server/app.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestContext } from '../helpers/test-context.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';

declare module '../../src/core/jobs/types.js' {
  interface JobPayloads {
    'test.slow-upload': { uploadId: string };
  }
}

/** A module with one upload route, to send a slow file to. */
const uploadModule: ModuleDescriptor = {
  name: 'test-slow-upload',
  jobs: () => [defineJob('test.slow-upload', { schema: z.object({ uploadId: z.string() }), mode: 'io', async handle() {} })],
  uploads: [{ path: '/api/test/upload', purpose: 'test.slow', job: 'test.slow-upload', roles: ['owner'], accept: ['.csv'] }],
};

interface LogLine {
  level: number;
  msg: string;
  err?: { stack?: string };
}

/** A server on 127.0.0.1 with these settings, and every log line it writes (debug and up). */
async function startServer(t: TestDb, env: Record<string, string>) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  const base = await createTestContext(t, env);
  const ctx = { ...base, logger: pino({ level: 'debug' }, sink) };
  const app = await buildServer({ ctx, assembly: assemble(ctx, [...modules, uploadModule]) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const { token } = await createApiToken(ctx.db, ctx.clock, { workspaceId: ctx.workspace.id, name: 'slow', role: 'owner', createdBy: null });
  return { app, port, lines, token };
}

interface SlowClient {
  /** Resolves with ms from the first byte to the server closing the connection, and what the server answered. */
  closed: Promise<{ afterMs: number; answer: string }>;
  stop(): void;
}

/**
 * Connects (from `localAddress`), sends `head` at once, then `drip` one byte every `everyMs` (at most `maxBytes`
 * of it), and reports when the server closes the connection.
 */
function slowClient(port: number, o: { head: string; drip?: string; everyMs?: number; maxBytes?: number; localAddress?: string }): SlowClient {
  const socket = net.connect({ host: '127.0.0.1', port, ...(o.localAddress ? { localAddress: o.localAddress } : {}) });
  socket.setNoDelay(true);
  const started = Date.now();
  let answer = '';
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
  socket.on('error', () => undefined);
  socket.on('connect', () => {
    if (o.head) socket.write(o.head);
    if (o.drip) {
      timer = setInterval(() => {
        if (sent >= (o.maxBytes ?? 30) || socket.destroyed) return clearInterval(timer);
        socket.write(o.drip?.[sent % (o.drip?.length ?? 1)] ?? 'x');
        sent += 1;
      }, o.everyMs ?? 1_000);
    }
  });
  const closed = new Promise<{ afterMs: number; answer: string }>((resolve) =>
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ afterMs: Date.now() - started, answer });
    }),
  );
  return { closed, stop: () => socket.destroy() };
}

const webhookHead = (port: number, length: number, path = '/webhooks/scalev') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

async function health(port: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2_000) });
  await res.arrayBuffer();
  return res.status;
}

/** Asks /health every 200 ms until `until` settles; returns every status seen. */
async function healthWhile(port: number, until: Promise<unknown>): Promise<number[]> {
  const statuses: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  for (let i = 0; i < 100 && !done; i += 1) {
    statuses.push(await health(port).catch(() => 0));
    await new Promise((r) => setTimeout(r, 200));
  }
  return statuses;
}

describe(`slow and idle clients (${testDialect()})`, () => {
  let t: TestDb;
  let app: FastifyInstance | undefined;
  const clients: SlowClient[] = [];

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.stop();
    await app?.close();
    app = undefined;
  });
  afterAll(async () => t.destroy());

  it('cuts off a webhook body sent one byte a second within the body timeout, logs it once at debug, and /health answers throughout', async () => {
    const s = await startServer(t, { BODY_TIMEOUT_SECONDS: '2', REQUEST_TIMEOUT_SECONDS: '30', HEADERS_TIMEOUT_SECONDS: '5' });
    app = s.app;
    const slow = slowClient(s.port, { head: webhookHead(s.port, 100), drip: '{"event":"order.created"}', everyMs: 1_000, maxBytes: 30 });
    clients.push(slow);
    const statuses = await healthWhile(s.port, slow.closed);
    const { afterMs } = await slow.closed;
    expect(afterMs).toBeGreaterThanOrEqual(1_900);
    expect(afterMs).toBeLessThan(6_000);
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.every((code) => code === 200)).toBe(true);

    await new Promise((r) => setTimeout(r, 200));
    const about = s.lines.filter((l) => /body/.test(l.msg) && l.level === 20);
    expect(about).toHaveLength(1);
    expect(s.lines.filter((l) => l.level >= 40)).toEqual([]);
    expect(s.lines.some((l) => l.err?.stack !== undefined)).toBe(false);
  });

  it('cuts off a JSON API body the same way, and a client that gives up mid-body leaves no error in the log', async () => {
    const s = await startServer(t, { BODY_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '30', HEADERS_TIMEOUT_SECONDS: '5' });
    app = s.app;
    const login = `POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"email":`;
    const slow = slowClient(s.port, { head: login, drip: 'a', everyMs: 700, maxBytes: 30 });
    clients.push(slow);
    expect((await slow.closed).afterMs).toBeLessThan(5_000);

    // 20 uploads abandoned halfway: the client closes its socket.
    for (let i = 0; i < 20; i += 1) {
      const quitter = slowClient(s.port, { head: `${webhookHead(s.port, 1000)}{"event":` });
      await new Promise((r) => setTimeout(r, 30));
      quitter.stop();
      await quitter.closed;
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(s.lines.filter((l) => l.level >= 40)).toEqual([]);
    expect(s.lines.some((l) => l.err?.stack !== undefined)).toBe(false);
    // At most one line per abandoned request, all at debug level.
    const aboutBodies = s.lines.filter((l) => /body/.test(l.msg));
    expect(aboutBodies.length).toBeLessThanOrEqual(21);
    expect(aboutBodies.every((l) => l.level === 20)).toBe(true);
    expect(await health(s.port)).toBe(200);
  });

  it('closes connections that send no headers, or headers too slowly, within the headers timeout', async () => {
    const s = await startServer(t, { HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '30' });
    app = s.app;
    const idle = slowClient(s.port, { head: '' });
    const dribble = slowClient(s.port, { head: 'GET /health HTTP/1.1\r\n', drip: 'X-Slow: y\r\n', everyMs: 500, maxBytes: 60 });
    clients.push(idle, dribble);
    const [a, b] = await Promise.all([idle.closed, dribble.closed]);
    expect(a.afterMs).toBeLessThan(5_000);
    expect(b.afterMs).toBeLessThan(5_000);
    expect(b.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off an upload by the whole-request timeout (uploads have no body deadline)', async () => {
    const s = await startServer(t, { BODY_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '3', HEADERS_TIMEOUT_SECONDS: '1' });
    app = s.app;
    const head =
      `POST /api/test/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${s.token}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 5000\r\n\r\n` +
      `--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    const slow = slowClient(s.port, { head, drip: 'a,b\n', everyMs: 300, maxBytes: 100 });
    clients.push(slow);
    const { afterMs } = await slow.closed;
    expect(afterMs).toBeLessThan(8_000);
  });

  it('closes connections over the per-address cap at once; other addresses still get answers', async () => {
    const s = await startServer(t, { MAX_CONNECTIONS_PER_ADDRESS: '5', HEADERS_TIMEOUT_SECONDS: '20', REQUEST_TIMEOUT_SECONDS: '30' });
    app = s.app;
    const held = Array.from({ length: 5 }, () => slowClient(s.port, { head: 'GET /health HTTP/1.1\r\n', localAddress: '127.0.0.2' }));
    clients.push(...held);
    await new Promise((r) => setTimeout(r, 300));
    const extra = slowClient(s.port, { head: 'GET /health HTTP/1.1\r\n', localAddress: '127.0.0.2' });
    clients.push(extra);
    expect((await extra.closed).afterMs).toBeLessThan(2_000);
    expect(await health(s.port)).toBe(200);
    // The five held ones are still open.
    const stillOpen = await Promise.race([Promise.any(held.map((c) => c.closed)).then(() => false), new Promise((r) => setTimeout(() => r(true), 300))]);
    expect(stillOpen).toBe(true);
  });

  it('holds 200 slow and idle connections and still answers /health, then cuts them all off', async () => {
    const s = await startServer(t, { BODY_TIMEOUT_SECONDS: '4', HEADERS_TIMEOUT_SECONDS: '4', REQUEST_TIMEOUT_SECONDS: '30', MAX_CONNECTIONS_PER_ADDRESS: '0' });
    app = s.app;
    const crowd = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0
        ? slowClient(s.port, { head: webhookHead(s.port, 500), drip: '{', everyMs: 1_000, maxBytes: 20, localAddress: '127.0.0.2' })
        : slowClient(s.port, { head: '', localAddress: '127.0.0.2' }),
    );
    clients.push(...crowd);
    await new Promise((r) => setTimeout(r, 500));
    const during: number[] = [];
    for (let i = 0; i < 5; i += 1) during.push(await health(s.port));
    expect(during).toEqual([200, 200, 200, 200, 200]);
    const ends = await Promise.all(crowd.map((c) => c.closed));
    expect(Math.max(...ends.map((e) => e.afterMs))).toBeLessThan(12_000);
    expect(await health(s.port)).toBe(200);
    expect(s.lines.filter((l) => l.level >= 40)).toEqual([]);
  });
});
