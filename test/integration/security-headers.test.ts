// Browser security headers on every kind of response; HSTS only when the public address is https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';
import { buildTestServer, type TestServer } from '../helpers/test-server.js';

describe(`security headers (${testDialect()})`, () => {
  let t: TestDb;
  let plain: TestServer;
  let secure: TestServer;

  beforeAll(async () => {
    t = await createTestDb();
    plain = await buildTestServer(t);
    secure = await buildTestServer(t, { env: { PUBLIC_URL: 'https://crm.example.test' } });
  });
  afterAll(async () => {
    await plain.app.close();
    await secure.app.close();
    await t.destroy();
  });

  const requests = [
    { method: 'GET', url: '/health' },
    { method: 'GET', url: '/' },
    { method: 'GET', url: '/leads/some-client-route' },
    { method: 'GET', url: '/api/auth/me' },
    { method: 'GET', url: '/api/no-such-route' },
    { method: 'POST', url: '/webhooks/scalev' },
    { method: 'GET', url: '/openapi.json' },
  ] as const;

  it('sends CSP (no inline script, never framed), nosniff, a referrer policy and X-Frame-Options on every response', async () => {
    for (const r of requests) {
      const res = await plain.app.inject({ method: r.method, url: r.url, ...(r.method === 'POST' ? { payload: '{}', headers: { 'content-type': 'application/json' } } : {}) });
      const where = `${r.method} ${r.url} (${res.statusCode})`;
      const csp = String(res.headers['content-security-policy'] ?? '');
      expect(csp, where).toContain("script-src 'self'");
      expect(csp, where).toContain("frame-ancestors 'none'");
      expect(csp, where).toContain("object-src 'none'");
      expect(csp, where).not.toContain('unsafe-inline');
      expect(csp, where).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options'], where).toBe('nosniff');
      expect(res.headers['referrer-policy'], where).toBe('no-referrer');
      expect(res.headers['x-frame-options'], where).toBe('DENY');
      expect(res.headers['strict-transport-security'], where).toBeUndefined();
    }
  });

  it('adds HSTS and upgrade-insecure-requests when PUBLIC_URL is https', async () => {
    for (const r of requests.filter((x) => x.method === 'GET')) {
      const res = await secure.app.inject({ method: r.method, url: r.url });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    }
  });

  it('gives the email tracking pages their own policy, and lets mail readers show the open pixel', async () => {
    const page = await plain.app.inject({ method: 'GET', url: '/t/u/unknown-token' });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('script-src');
    const pixel = await plain.app.inject({ method: 'GET', url: '/t/o/unknown-token.gif' });
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect(pixel.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(pixel.headers['x-content-type-options']).toBe('nosniff');
  });
});
