// Sign-in, sessions with CSRF, API tokens, roles and user management through the real HTTP server.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFirstOwner, createUser } from '../../src/core/auth/users.js';
import { AppError } from '../../src/core/errors.js';
import { moduleMigrations } from '../../src/server/assemble.js';
import { crmLifecycleModule } from '../../src/modules/crm-lifecycle/index.js';
import { modules } from '../../src/modules/registry.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

const PASSWORD = 'a long enough password';

describe(`auth (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;

  beforeAll(async () => {
    t = await createTestDb(moduleMigrations(modules, testDialect()));
  });
  afterAll(async () => t.destroy());

  beforeEach(async () => {
    for (const table of ['sessions', 'api_tokens', 'users', 'audit_log'] as const) await t.db.deleteFrom(table).execute();
    s = await buildTestServer(t, { env: { LOGIN_ATTEMPTS_PER_MINUTE: '3' } });
  });
  afterEach(async () => s.app.close());

  async function addUser(email: string, role: 'owner' | 'admin' | 'staff', password = PASSWORD) {
    return createUser(t.db, s.ctx.clock, { workspaceId: s.ctx.workspace.id, email, password, role, actor: { type: 'system' } });
  }

  async function login(email: string, password = PASSWORD) {
    const res = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const cookie = res.cookies.find((c) => c.name === 'lc_session');
    const body = res.json<{ csrf_token: string; user: { id: string; role: string } }>();
    return { res, cookie, body, cookies: { lc_session: cookie?.value ?? '' } };
  }

  it('first-run setup creates the owner, signs them in, and then closes', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({ needs_setup: true });

    const res = await s.app.inject({ method: 'POST', url: '/api/auth/setup', payload: { email: 'Boss@Example.test ', password: PASSWORD, name: 'Boss' } });
    expect(res.statusCode).toBe(400); // a trailing space is not an email

    const ok = await s.app.inject({ method: 'POST', url: '/api/auth/setup', payload: { email: 'Boss@Example.test', password: PASSWORD, name: 'Boss' } });
    expect(ok.statusCode).toBe(201);
    const body = ok.json<{ user: { email: string; role: string }; csrf_token: string }>();
    expect(body.user).toMatchObject({ email: 'boss@example.test', role: 'owner', name: 'Boss' });
    const cookie = ok.cookies.find((c) => c.name === 'lc_session');
    expect(cookie?.httpOnly).toBe(true);

    const me = await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { lc_session: cookie?.value ?? '' } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ kind: 'session', role: 'owner', csrf_token: body.csrf_token, workspace: { slug: 'default' } });

    expect((await s.app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({ needs_setup: false });
    const again = await s.app.inject({ method: 'POST', url: '/api/auth/setup', payload: { email: 'intruder@example.test', password: PASSWORD } });
    expect(again.statusCode).toBe(409);
  });

  it('setup is refused once an owner exists, also under concurrent calls', async () => {
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((x) =>
        s.app.inject({ method: 'POST', url: '/api/auth/setup', payload: { email: `${x}@example.test`, password: PASSWORD } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const owners = await t.db.selectFrom('users').select('role').execute();
    expect(owners).toEqual([{ role: 'owner' }]);
  });

  it('a second setup waits for an uncommitted first one, then is refused', async () => {
    const workspaceId = s.ctx.workspace.id;
    const input = (email: string) => ({ workspaceId, email, password: PASSWORD });
    let second: Promise<unknown> = Promise.resolve();
    await t.db.transaction().execute(async (trx) => {
      await createFirstOwner(trx, s.ctx.clock, input('first@example.test'));
      second = createFirstOwner(t.db, s.ctx.clock, input('second@example.test')).then(
        () => 'created',
        (error: unknown) => (error instanceof AppError ? error.code : error),
      );
      // Give the second call time to count users while the first insert is still uncommitted.
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await second).toBe('conflict');
    expect(await t.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'first@example.test' }]);
  });

  it('login sets an HttpOnly SameSite=Strict cookie that /api/auth/me accepts', async () => {
    await addUser('Ana@Example.test', 'admin');
    const { res, cookie, body, cookies } = await login('ana@example.test');
    expect(res.statusCode).toBe(200);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 14 * 24 * 3600 });
    expect(cookie?.secure).toBeFalsy();
    expect(body.user).toMatchObject({ role: 'admin' });
    expect(JSON.stringify(body)).not.toContain('scrypt');

    const me = await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies });
    expect(me.json()).toMatchObject({ kind: 'session', role: 'admin', user: { email: 'ana@example.test' }, csrf_token: body.csrf_token });

    // Only the sha256 of the cookie is stored.
    const stored = await t.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((r) => r.id)).toEqual([createHash('sha256').update(cookies.lc_session).digest('hex')]);
  });

  it('/api/auth/me names the modules this server runs, in registry order, so the dashboard shows only theirs', async () => {
    await addUser('mods@example.test', 'staff');
    const all = await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies: (await login('mods@example.test')).cookies });
    expect(all.json<{ modules: unknown }>().modules).toEqual(modules.map((m) => ({ name: m.name, description: m.description ?? null })));
    expect(modules.map((m) => m.name)).toEqual(['scalev-leads', 'crm-lifecycle', 'wa-assistant', 'pharmacy']);

    await s.app.close();
    s = await buildTestServer(t, { modules: [crmLifecycleModule] });
    const one = await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: await s.tokenFor('staff') });
    expect(one.json<{ modules: unknown }>().modules).toEqual([{ name: 'crm-lifecycle', description: crmLifecycleModule.description }]);
  });

  it('marks the cookie Secure when the public URL is https', async () => {
    await s.app.close();
    s = await buildTestServer(t, { env: { PUBLIC_URL: 'https://crm.example.test' } });
    await addUser('sec@example.test', 'staff');
    const { cookie } = await login('sec@example.test');
    expect(cookie?.secure).toBe(true);
  });

  it('a session needs x-csrf-token on unsafe methods; a Bearer token does not', async () => {
    await addUser('ana@example.test', 'admin');
    const { body, cookies } = await login('ana@example.test');
    const payload = { name: 'zapier', role: 'staff' };

    const without = await s.app.inject({ method: 'POST', url: '/api/tokens', cookies, payload });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'forbidden', message: 'missing or wrong x-csrf-token header' } });
    const wrong = await s.app.inject({ method: 'POST', url: '/api/tokens', cookies, payload, headers: { 'x-csrf-token': 'nope' } });
    expect(wrong.statusCode).toBe(403);
    const withIt = await s.app.inject({ method: 'POST', url: '/api/tokens', cookies, payload, headers: { 'x-csrf-token': body.csrf_token } });
    expect(withIt.statusCode).toBe(201);
    // GET needs none.
    expect((await s.app.inject({ method: 'GET', url: '/api/tokens', cookies })).statusCode).toBe(200);

    const bearer = await s.ownerToken();
    expect((await s.app.inject({ method: 'POST', url: '/api/tokens', headers: bearer, payload })).statusCode).toBe(201);
  });

  it('logout ends the session and clears the cookie', async () => {
    await addUser('ana@example.test', 'staff');
    const { body, cookies } = await login('ana@example.test');
    const out = await s.app.inject({ method: 'POST', url: '/api/auth/logout', cookies, headers: { 'x-csrf-token': body.csrf_token } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'lc_session')?.value).toBe('');
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(401);
  });

  it('sessions expire after 14 days', async () => {
    await addUser('ana@example.test', 'staff');
    const { cookies } = await login('ana@example.test');
    s.ctx.clock.advance(14 * 24 * 3600 * 1000 - 1);
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(200);
    s.ctx.clock.advance(1);
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(401);
  });

  it('a wrong password, an unknown email and a disabled user all get the same 401', async () => {
    const owner = await s.ownerToken();
    const user = await addUser('ana@example.test', 'staff');
    const wrong = await login('ana@example.test', 'not the password');
    const unknown = await login('nobody@example.test');
    for (const r of [wrong, unknown]) {
      expect(r.res.statusCode).toBe(401);
      expect(r.res.json()).toMatchObject({ error: { code: 'unauthorized', message: 'email or password is wrong' } });
      expect(r.cookie).toBeUndefined();
    }
    const { cookies } = await login('ana@example.test');
    const patch = await s.app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: owner, payload: { disabled: true } });
    expect(patch.json()).toMatchObject({ disabled: true });
    // The live session ends too, and signing in again is refused.
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(401);
    expect((await login('ana@example.test')).res.statusCode).toBe(401);
  });

  it('rate-limits sign-in per address and email, with Retry-After', async () => {
    await addUser('ana@example.test', 'staff');
    for (let i = 0; i < 3; i += 1) expect((await login('ana@example.test', 'wrong password')).res.statusCode).toBe(401);
    const limited = await login('ANA@example.test');
    expect(limited.res.statusCode).toBe(429);
    expect(limited.res.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(limited.res.headers['retry-after'])).toBeGreaterThan(0);
    // Another email from the same address is counted separately.
    expect((await login('other@example.test')).res.statusCode).toBe(401);
    s.ctx.clock.advance(60_000);
    expect((await login('ana@example.test')).res.statusCode).toBe(200);
  });

  it('stores only the hash of an API token, and a revoked token stops working', async () => {
    const owner = await s.ownerToken();
    const created = await s.app.inject({ method: 'POST', url: '/api/tokens', headers: owner, payload: { name: 'n8n', role: 'marketing' } });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    expect(token).toMatch(/^lc_[A-Za-z0-9_-]{43}$/);

    const rows = await t.db.selectFrom('api_tokens').selectAll().where('id', '=', id).execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));

    const list = await s.app.inject({ method: 'GET', url: '/api/tokens', headers: owner });
    expect(list.body).not.toContain(token);
    expect(list.body).not.toContain(rows[0]?.token_hash);

    const mine = { authorization: `Bearer ${token}` };
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: mine })).json()).toMatchObject({
      kind: 'token',
      role: 'marketing',
      token: { id, name: 'n8n' },
    });
    expect((await s.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: owner })).statusCode).toBe(204);
    const after = await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: mine });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'unauthorized', message: 'sign in or send an API token' } });
    expect((await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer lc_made_up' } })).statusCode).toBe(401);
  });

  it('writes last_used_at at most once a minute per token', async () => {
    const owner = await s.ownerToken();
    const lastUsed = async () => (await t.db.selectFrom('api_tokens').select('last_used_at').where('created_by', 'is not', null).executeTakeFirstOrThrow()).last_used_at;
    await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: owner });
    const first = await lastUsed();
    expect(first).toBe(s.ctx.clock.now());
    s.ctx.clock.advance(30_000);
    await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: owner });
    expect(await lastUsed()).toBe(first);
    s.ctx.clock.advance(30_000);
    await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: owner });
    expect(await lastUsed()).toBe(s.ctx.clock.now());
  });

  it('enforces roles: staff cannot manage users or tokens, admin cannot make owners', async () => {
    const staff = await s.tokenFor('staff');
    const admin = await s.tokenFor('admin');
    const owner = await s.ownerToken();
    const forbidden = await s.app.inject({ method: 'GET', url: '/api/users', headers: staff });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ error: { message: 'your role staff cannot do this' } });
    expect((await s.app.inject({ method: 'POST', url: '/api/tokens', headers: staff, payload: { name: 'x', role: 'staff' } })).statusCode).toBe(403);

    const newOwner = { email: 'co@example.test', password: PASSWORD, role: 'owner' };
    expect((await s.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: newOwner })).statusCode).toBe(403);
    expect((await s.app.inject({ method: 'POST', url: '/api/tokens', headers: admin, payload: { name: 'x', role: 'owner' } })).statusCode).toBe(403);
    const sales = await s.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { ...newOwner, role: 'sales' } });
    expect(sales.statusCode).toBe(201);
    const salesId = sales.json<{ id: string }>().id;
    expect((await s.app.inject({ method: 'PATCH', url: `/api/users/${salesId}`, headers: admin, payload: { role: 'owner' } })).statusCode).toBe(403);
    const promoted = await s.app.inject({ method: 'PATCH', url: `/api/users/${salesId}`, headers: owner, payload: { role: 'owner' } });
    expect(promoted.json()).toMatchObject({ role: 'owner' });
    // An admin cannot touch an owner's account (a password reset would be a takeover).
    expect((await s.app.inject({ method: 'PATCH', url: `/api/users/${salesId}`, headers: admin, payload: { password: 'x'.repeat(12) } })).statusCode).toBe(403);

    const dup = await s.app.inject({ method: 'POST', url: '/api/users', headers: owner, payload: { ...newOwner, email: 'CO@example.test' } });
    expect(dup.statusCode).toBe(409);
  });

  it('nobody may remove the last active owner', async () => {
    await s.app.inject({ method: 'POST', url: '/api/auth/setup', payload: { email: 'boss@example.test', password: PASSWORD } });
    const owner = await s.tokenFor('owner');
    const boss = await t.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    for (const payload of [{ role: 'admin' }, { disabled: true }]) {
      const res = await s.app.inject({ method: 'PATCH', url: `/api/users/${boss.id}`, headers: owner, payload });
      expect(res.statusCode).toBe(409);
    }
    const second = await addUser('two@example.test', 'owner');
    expect((await s.app.inject({ method: 'PATCH', url: `/api/users/${boss.id}`, headers: owner, payload: { role: 'admin' } })).statusCode).toBe(200);
    expect((await s.app.inject({ method: 'PATCH', url: `/api/users/${second.id}`, headers: owner, payload: { disabled: true } })).statusCode).toBe(409);
  });

  it('bad input is a 400 naming the field; no response or audit row carries a password hash', async () => {
    const owner = await s.ownerToken();
    const badEmail = await s.app.inject({ method: 'POST', url: '/api/users', headers: owner, payload: { email: 'not-an-email', password: PASSWORD, role: 'staff' } });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json<{ error: { message: string } }>().error.message).toContain('email');
    const shortPw = await s.app.inject({ method: 'POST', url: '/api/users', headers: owner, payload: { email: 'a@example.test', password: 'short', role: 'staff' } });
    expect(shortPw.statusCode).toBe(400);
    expect(shortPw.json<{ error: { message: string } }>().error.message).toContain('password');
    const badRole = await s.app.inject({ method: 'POST', url: '/api/users', headers: owner, payload: { email: 'a@example.test', password: PASSWORD, role: 'god' } });
    expect(badRole.json<{ error: { message: string } }>().error.message).toContain('role');

    const created = await s.app.inject({ method: 'POST', url: '/api/users', headers: owner, payload: { email: 'a@example.test', password: PASSWORD, role: 'staff' } });
    const id = created.json<{ id: string }>().id;
    await s.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: owner, payload: { password: 'another long password' } });
    const list = await s.app.inject({ method: 'GET', url: '/api/users', headers: owner });
    expect(list.statusCode).toBe(200);
    for (const body of [created.body, list.body]) {
      expect(body).not.toContain('scrypt');
      expect(body).not.toContain('password');
    }
    const audit = await t.db.selectFrom('audit_log').selectAll().execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['user.create', 'user.update', 'token.create']));
    expect(JSON.stringify(audit)).not.toContain('scrypt');
    expect((await login('a@example.test', 'another long password')).res.statusCode).toBe(200);
  });

  it('documents the auth, user and token routes in the OpenAPI document', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/openapi.json', headers: await s.ownerToken() });
    const doc = res.json<{ paths: Record<string, Record<string, { tags?: string[]; summary?: string }>> }>();
    for (const [path, method] of [
      ['/api/auth/setup', 'post'],
      ['/api/auth/login', 'post'],
      ['/api/auth/me', 'get'],
      ['/api/users/{id}', 'patch'],
      ['/api/tokens', 'post'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.summary, `${method} ${path}`).toBeTruthy();
    }
    expect(JSON.stringify(doc.paths['/api/auth/login'])).toContain('email');
  });
});
