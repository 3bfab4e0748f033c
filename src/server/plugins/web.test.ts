import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerWeb } from './web.js';

describe('dashboard serving', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-web-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the app shell for client-side routes and files as they are, but never for server paths', async () => {
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    const app = Fastify();
    await registerWeb(app, dir);
    expect((await app.inject('/')).body).toContain('id="root"');
    const deep = await app.inject('/leads/lead_01abc');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('id="root"');
    expect((await app.inject('/app.js')).body).toBe('console.log(1)');
    expect((await app.inject('/missing.js')).statusCode).toBe(404);
    const api = await app.inject('/api/nothing');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    await app.close();
  });

  it('says how to build the dashboard when it is not built', async () => {
    const app = Fastify();
    await registerWeb(app, path.join(dir, 'nope'));
    const res = await app.inject('/');
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:web');
    await app.close();
  });
});
