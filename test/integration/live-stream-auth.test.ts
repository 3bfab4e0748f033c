// An open GET /api/live stream checks its credentials again and closes once they no longer hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../../src/core/auth/tokens.js';
import { createUser, updateUser } from '../../src/core/auth/users.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { openLiveStream, type LiveStream } from '../helpers/live-stream.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const PASSWORD = 'a long enough password';

describe(`live stream re-checks its credentials (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  let base: string;

  beforeAll(async () => {
    t = await createTestDb();
    s = await buildTestServer(t, { env: { LIVE_AUTH_CHECK_SECONDS: '1' } });
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(s.app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  /** Reads until the server ends the stream (or 10 s pass); returns how long that took. */
  async function untilEnded(live: LiveStream): Promise<number> {
    const started = Date.now();
    await live.readUntil(/a pattern that never comes/);
    return Date.now() - started;
  }

  async function signedInUser(email: string) {
    const user = await createUser(t.db, s.ctx.clock, { workspaceId: s.ctx.workspace.id, email, password: PASSWORD, role: 'staff', actor: { type: 'system' } });
    const res = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'lc_session');
    return { user, headers: { cookie: `lc_session=${cookie?.value ?? ''}` } };
  }

  it('closes a token\'s stream within the check interval once the token is revoked mid-stream', async () => {
    const { id, token } = await createApiToken(t.db, s.ctx.clock, { workspaceId: s.ctx.workspace.id, name: 'wallboard', role: 'marketing', createdBy: null });
    const live = await openLiveStream(`${base}/api/live`, { authorization: `Bearer ${token}` });
    await live.readUntil(/event: ready/);
    // It stays open across several checks while the token is good.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(live.text()).not.toContain('event: closed');

    await revokeApiToken(t.db, s.ctx.clock, { workspaceId: s.ctx.workspace.id, id, actor: { type: 'system' } });
    const tookMs = await untilEnded(live);
    expect(live.text()).toContain('event: closed\ndata: {"reason":"unauthorized"}');
    expect(tookMs).toBeLessThan(4_000);
    expect((await fetch(`${base}/api/live`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });

  it('closes a session\'s stream when its user is disabled', async () => {
    const { user, headers } = await signedInUser('dina@example.test');
    const live = await openLiveStream(`${base}/api/live`, headers);
    await live.readUntil(/event: ready/);
    await updateUser(t.db, s.ctx.clock, { workspaceId: s.ctx.workspace.id, userId: user.id, changes: { disabled: true }, actor: { type: 'system' } });
    expect(await untilEnded(live)).toBeLessThan(4_000);
    expect(live.text()).toContain('event: closed');
  });

  it('closes a session\'s stream when the session expires', async () => {
    const { headers } = await signedInUser('eko@example.test');
    const live = await openLiveStream(`${base}/api/live`, headers);
    await live.readUntil(/event: ready/);
    s.ctx.clock.advance(15 * 24 * 3_600_000);
    expect(await untilEnded(live)).toBeLessThan(4_000);
    expect(live.text()).toContain('event: closed');
  });
});
