// Route-table security: every /api and /metrics route of the fully built server refuses a request without credentials.
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/modules/registry.js';
import { moduleMigrations } from '../../src/server/assemble.js';
import { isGuardedPath } from '../../src/server/plugins/auth.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

/** The only routes under /api that may be reached without signing in. Adding one here needs a security review. */
// The WhatsApp webhook of the assistant is public like /webhooks/*: its X-Webhook-Hmac signature is its check.
const PUBLIC_API_ROUTES = ['GET /api/auth/setup', 'POST /api/auth/setup', 'POST /api/auth/login', 'POST /api/whatsapp/webhook'];

interface SeenRoute {
  method: string;
  url: string;
  public: boolean;
}

/** A concrete URL for a route pattern: every `:param` (with an optional regex) and `*` becomes `1`. */
function concreteUrl(pattern: string): string {
  return pattern.replace(/:[A-Za-z0-9_]+(\([^)]*\))?/g, '1').replace(/\*/g, '1');
}

describe(`route table security (${testDialect()})`, () => {
  let t: TestDb;
  let s: TestServer;
  const routes: SeenRoute[] = [];

  beforeAll(async () => {
    t = await createTestDb(moduleMigrations(modules, testDialect()));
    s = await buildTestServer(t, {
      onRoute: (route: RouteOptions) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        const config: { public?: boolean } | undefined = route.config;
        for (const method of methods) routes.push({ method, url: route.url, public: config?.public === true });
      },
    });
  });
  afterAll(async () => {
    await s.app.close();
    await t.destroy();
  });

  const guarded = () => routes.filter((r) => isGuardedPath(r.url));

  it('sees the whole route table', () => {
    const names = guarded().map((r) => `${r.method} ${r.url}`);
    expect(names).toEqual(expect.arrayContaining(['GET /api/users', 'POST /api/tokens', 'GET /api/auth/me', 'GET /metrics']));
  });

  it('marks exactly the sign-in and setup routes public', () => {
    const publicApi = guarded()
      .filter((r) => r.public)
      .map((r) => `${r.method} ${r.url}`)
      .filter((name) => !name.startsWith('HEAD '));
    expect(publicApi.sort()).toEqual([...PUBLIC_API_ROUTES].sort());
  });

  it('answers 401 to every other /api and /metrics route called without credentials', async () => {
    const failures: string[] = [];
    const checked = guarded().filter((r) => !r.public);
    expect(checked.length).toBeGreaterThan(10);
    for (const route of checked) {
      const res = await s.app.inject({ method: route.method as 'GET', url: concreteUrl(route.url), payload: route.method === 'GET' || route.method === 'HEAD' ? undefined : {} });
      if (res.statusCode !== 401) failures.push(`${route.method} ${route.url} answered ${res.statusCode}`);
      else if (route.method !== 'HEAD') expect(res.json()).toMatchObject({ error: { code: 'unauthorized', message: 'sign in or send an API token' } });
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to a session cookie or Bearer token that does not exist', async () => {
    const me = (headers: Record<string, string>, cookies: Record<string, string> = {}) => s.app.inject({ method: 'GET', url: '/api/auth/me', headers, cookies });
    expect((await me({}, { lc_session: 'made-up' })).statusCode).toBe(401);
    expect((await me({ authorization: 'Bearer lc_made-up' })).statusCode).toBe(401);
    expect((await me({ authorization: 'Basic dXNlcjpwYXNz' })).statusCode).toBe(401);
  });

  it('leaves unknown paths a 404 and does not guard health or webhooks', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/api/no-such-thing' })).statusCode).toBe(404);
    expect((await s.app.inject({ method: 'POST', url: '/api/users/1/nothing' })).statusCode).toBe(404);
    expect((await s.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    const webhook = await s.app.inject({ method: 'POST', url: '/webhooks/no-such-provider', payload: {} });
    expect(webhook.statusCode).not.toBe(401);
  });
});
