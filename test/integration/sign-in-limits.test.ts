// Password spraying: one address trying many emails is stopped, and password hashes run a bounded number at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/core/auth/users.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const PASSWORD = 'a long enough password';

describe(`sign-in limits (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer | undefined;

  beforeAll(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await s?.app.close();
    s = undefined;
  });
  afterAll(async () => t.destroy());

  const login = (server: TestServer, email: string, password: string, remoteAddress = '203.0.113.7') =>
    server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

  it('answers 429 with Retry-After to one address trying many emails, while other addresses still sign in', async () => {
    const server = (s = await buildTestServer(t, { env: { LOGIN_ATTEMPTS_PER_MINUTE: '10', LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '5' } }));
    await createUser(t.db, server.ctx.clock, { workspaceId: server.ctx.workspace.id, email: 'rina@example.test', password: PASSWORD, role: 'staff', actor: { type: 'system' } });
    const answers: number[] = [];
    for (let i = 0; i < 20; i += 1) answers.push((await login(server, `person${i}@example.test`, 'Password123!')).statusCode);
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.slice(5)).toEqual(Array(15).fill(429));
    const limited = await login(server, 'rina@example.test', PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    // Someone else, from another address, is not held up by the sprayer.
    expect((await login(server, 'rina@example.test', PASSWORD, '198.51.100.20')).statusCode).toBe(200);
    // The window passes: the address may try again.
    server.ctx.clock.advance(60_000);
    expect((await login(server, 'rina@example.test', PASSWORD)).statusCode).toBe(200);
  });

  it('runs a bounded number of password checks at once: a burst beyond the queue gets 429, never a 5xx', async () => {
    const server = (s = await buildTestServer(t, { env: { LOGIN_HASHES_AT_ONCE: '1', LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000' } }));
    // 40 sign-ins from 40 addresses at once: one hashes, 8 wait, the rest are turned away.
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login(server, `user${i}@example.test`, 'wrong password', `192.0.2.${i + 1}`)));
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.every((code) => code === 401 || code === 429)).toBe(true);
    const turnedAway = burst.filter((r) => r.statusCode === 429);
    expect(turnedAway.length).toBeGreaterThanOrEqual(40 - 9);
    for (const r of turnedAway) {
      expect(r.json().error.message).toMatch(/at once/);
      expect(r.headers['retry-after']).toBe('1');
    }
    // Slots are given back: a later sign-in is checked normally.
    await createUser(t.db, server.ctx.clock, { workspaceId: server.ctx.workspace.id, email: 'budi@example.test', password: PASSWORD, role: 'staff', actor: { type: 'system' } });
    expect((await login(server, 'budi@example.test', PASSWORD, '192.0.2.200')).statusCode).toBe(200);
  });
});
