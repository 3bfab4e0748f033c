import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialect } from '../helpers/test-db.js';
import { createEmptyPostgresDatabase, createTestDb, type TestDb } from '../helpers/test-db.js';
import { openDatabase } from '../../src/db/connect.js';

const bin = fileURLToPath(new URL('../../bin/leadcycle.js', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const run = (args: string[], env: Record<string, string>) =>
  new Promise<Run>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });

describe(`command line (${testDialect()})`, () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  const freshDb = async (): Promise<TestDb> => {
    const db = await createTestDb();
    cleanups.push(() => db.destroy());
    return db;
  };

  it('refuses a bad setting with a message that names it', async () => {
    const r = await run(['migrate'], { PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PORT');
    expect(r.stderr).toContain('DATABASE_URL');
  });

  it('generates the secret key once, readable only by its owner', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-cli-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const r = await run(['migrate'], { LEADCYCLE_DATA_DIR: dir });
    expect(r.code).toBe(0);
    const key = path.join(dir, 'secret.key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const before = statSync(key).mtimeMs;
    await run(['migrate'], { LEADCYCLE_DATA_DIR: dir });
    expect(statSync(key).mtimeMs).toBe(before);
  });

  it('creates a user, and prints a new API token alone on stdout while storing only its hash', async () => {
    const db = await freshDb();
    const env = { ...db.env, LEADCYCLE_SECRET_KEY: 'a'.repeat(64) };
    const user = await run(['user', 'create', '--email', 'Owner@Shop.id', '--password', 'long enough secret', '--role', 'owner'], env);
    expect(user.code).toBe(0);
    expect(user.stdout).toContain('owner@shop.id');
    const token = await run(['token', 'create', '--name', 'zapier', '--role', 'marketing'], env);
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^lc_[A-Za-z0-9_-]{20,}\n$/);
    const stored = await db.db.selectFrom('api_tokens').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token.stdout.trim());
    const bad = await run(['user', 'create', '--email', 'x@y.id', '--password', 'long enough secret', '--role', 'king'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role');
  });

  it('creates a workspace, then its owner, who may also be the owner of the default one', async () => {
    const db = await freshDb();
    const env = { ...db.env, LEADCYCLE_SECRET_KEY: 'a'.repeat(64), PUBLIC_URL: 'https://leads.agency.test' };
    const created = await run(['workspace', 'create', '--slug', 'klinik-sehat', '--name', 'Klinik Sehat', '--timezone', 'Asia/Makassar'], env);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created workspace klinik-sehat');
    expect(created.stdout).toContain('https://leads.agency.test/webhooks/<source>/klinik-sehat');
    const ws = await db.db.selectFrom('workspaces').selectAll().where('slug', '=', 'klinik-sehat').executeTakeFirstOrThrow();
    expect({ name: ws.name, timezone: ws.timezone }).toEqual({ name: 'Klinik Sehat', timezone: 'Asia/Makassar' });

    const again = await run(['workspace', 'create', '--slug', 'klinik-sehat', '--name', 'Other'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('a workspace named klinik-sehat already exists');
    const badSlug = await run(['workspace', 'create', '--slug', 'Klinik Sehat!', '--name', 'X'], env);
    expect(badSlug.code).toBe(2);
    expect(badSlug.stderr).toContain('slug must be lower-case');
    const noName = await run(['workspace', 'create', '--slug', 'x'], env);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('--name');

    // The same person owns both: one email, a user in each workspace.
    for (const workspace of ['klinik-sehat', 'default']) {
      const owner = await run(['user', 'create', '--workspace', workspace, '--email', 'dewi@agency.test', '--password', 'long enough secret', '--role', 'owner'], env);
      expect(owner.code, owner.stderr).toBe(0);
    }
    const users = await db.db.selectFrom('users').select('workspace_id').where('email', '=', 'dewi@agency.test').execute();
    expect(users).toHaveLength(2);
   }, 120_000);

  it('move-to-postgres moves a SQLite file to an empty PostgreSQL database once, and says what to do next', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-move-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const target = await createEmptyPostgresDatabase();
    cleanups.push(() => target.destroy());
    const env = { LEADCYCLE_DATA_DIR: dir, LEADCYCLE_SECRET_KEY: 'c'.repeat(64) };
    expect((await run(['user', 'create', '--email', 'owner@apotek.id', '--password', 'long enough secret', '--role', 'owner'], env)).code).toBe(0);

    const missing = await run(['move-to-postgres'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--database-url');
    const fromPostgres = await run(['move-to-postgres', '--database-url', target.url], { ...env, DATABASE_URL: target.url });
    expect(fromPostgres.code).toBe(2);
    expect(fromPostgres.stderr).toContain('unset DATABASE_URL');

    const moved = await run(['move-to-postgres', '--database-url', target.url], env);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(/Moved \d+ rows in \d+ tables .*row count and checksum match/);
    expect(moved.stdout).toContain(`DATABASE_URL=${target.url} npx leadcycle start`);
    const again = await run(['move-to-postgres', '--database-url', target.url], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already holds data');

    // The owner signs in on PostgreSQL: the user moved with their password hash.
    const pg = openDatabase({ kind: 'postgres', url: target.url });
    try {
      const users = await pg.db.selectFrom('users').select('email').execute();
      expect(users.map((u) => u.email)).toEqual(['owner@apotek.id']);
    } finally {
      await pg.close();
    }
  }, 120_000);

  it('start serves /health and the API, and exits cleanly on SIGTERM', async () => {
    const db = await freshDb();
    const child: ChildProcess = spawn(process.execPath, [bin, 'start'], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', PORT: '0', LEADCYCLE_SECRET_KEY: 'b'.repeat(64), ...db.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /running at (http:\/\/[^\s]+)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    expect((await fetch(`${url}/api/jobs`)).status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('demo runs the simulators, plays the CRM day through the API, and plays orders that become leads', async () => {
    const db = await freshDb();
    const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-demo-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const child: ChildProcess = spawn(process.execPath, [bin, 'demo'], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', PORT: '0', DEMO_ORDERS: '8', DEMO_INTERVAL_MS: '50', ...db.env, LEADCYCLE_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    // The CRM day (a few seconds) runs before the orders.
    const until = Date.now() + 40_000;
    while (!/API token \(owner\): (lc_\S+)/.test(out) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
    const token = /API token \(owner\): (lc_\S+)/.exec(out)?.[1];
    expect(url && token).toBeTruthy();
    const get = async (p: string) => (await fetch(`${url}${p}`, { headers: { authorization: `Bearer ${token}` } })).json();
    type Ev = { type: string; status: string };
    let orders: Ev[] = [];
    while (Date.now() < until) {
      orders = ((await get('/api/events?type=order.created&limit=200')) as { items: Ev[] }).items;
      if (orders.length === 8 && orders.every((e) => e.status !== 'pending')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(orders).toHaveLength(8);
    // Each demo basket holds one product: a processed order made one lead, a skipped one (coffee, wrong sales person) none.
    const stats = (await get('/api/scalev-leads/stats')) as { total: number };
    expect(stats.total).toBe(orders.filter((e) => e.status === 'processed').length);
    expect(stats.total).toBeGreaterThan(0);
    expect(out).toMatch(/order \w+ \(.+\) → webhook 200/);
    // The CRM day: businesses imported, campaigns sent, and the outcomes it simulated counted in the funnel.
    expect(out).toMatch(/crm: funnel/);
    expect(out).not.toMatch(/CRM demo step failed|still not applied|not finished after/);
    expect(((await get('/api/v1/crm/businesses/count')) as { total: number }).total).toBe(20);
    const funnel = (await get('/api/v1/crm/funnel')) as { stages: { key: string; count: number }[]; contact_status: Record<string, number>; subscription_status: Record<string, number> };
    const stage = (key: string) => funnel.stages.find((s) => s.key === key)?.count ?? 0;
    expect(stage('contacted')).toBe(18);
    expect(stage('replied')).toBe(3);
    expect(stage('purchased')).toBe(1);
    expect(funnel.contact_status).toMatchObject({ bounced: 1, unsubscribed: 1, purchased: 1 });
    expect(funnel.subscription_status).toMatchObject({ cancelled: 1 });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
