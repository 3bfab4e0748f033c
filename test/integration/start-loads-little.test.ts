// A started server has not loaded the packages it loads at their first use (a sheet upload, a model call, an email,
// a CSV, a phone, a metrics scrape, the other database's driver): that is what keeps its idle memory and start-up
// small. Each first use is covered where it happens (pharmacy uploads, wa-assistant model, SMTP, CSV, /metrics tests).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestDb, testDialect } from '../helpers/test-db.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LOADED_LATER = ['exceljs', '@e965/xlsx', 'unpdf', 'openai', 'nodemailer', 'csv-parse', 'csv-stringify', 'libphonenumber-js', 'prom-client'];
/** The driver of the database in use is loaded, the other one is not. */
const DRIVERS = { sqlite: { used: 'better-sqlite3', unused: 'pg' }, postgres: { used: 'pg', unused: 'better-sqlite3' } } as const;

/**
 * Runs what `leadcycle start` runs up to a listening server (runtime, modules, routes, worker) in a child process on
 * a fresh database, answers /health once, and prints the packages it loaded: every ESM resolution (a loader hook)
 * and every CommonJS module in require's cache.
 */
const SCRIPT = `
import { register, createRequire } from 'node:module';
const seen = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => seen.add(url));
port1.unref();
register('data:text/javascript,' + encodeURIComponent(\`
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) { const r = await next(specifier, context); port.postMessage(r.url); return r; }
\`), { data: { port: port2 }, transferList: [port2] });
const { loadConfig } = await import('./src/config.ts');
const { modules } = await import('./src/modules/registry.ts');
const { openRuntime } = await import('./src/server/runtime.ts');
const { assemble } = await import('./src/server/assemble.ts');
const { buildServer } = await import('./src/server/app.ts');
const { createWorker } = await import('./src/core/jobs/worker.ts');
const config = loadConfig(process.env);
const runtime = await openRuntime(config, modules);
const assembly = assemble(runtime.ctx, modules);
const app = await buildServer({ ctx: runtime.ctx, assembly });
await app.listen({ port: 0, host: '127.0.0.1' });
const worker = createWorker({ ctx: runtime.ctx, registry: assembly.jobs, concurrency: 2, leaseMs: 30000, batchBudgetMs: 10 });
await worker.start();
const health = await fetch('http://127.0.0.1:' + app.server.address().port + '/health');
await new Promise((r) => setTimeout(r, 50));
const files = [...seen, ...Object.keys(createRequire(import.meta.url).cache)];
const packages = new Set(files.flatMap((f) => { const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(f); return m ? [m[1]] : []; }));
await app.close();
await worker.stop(1000);
await runtime.close();
process.stdout.write(JSON.stringify({ health: health.status, packages: [...packages].sort() }));
`;

describe(`start-up (${testDialect()})`, () => {
  it('a listening server has loaded none of the packages meant for first use, nor the other database driver, and answers', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'lc-start-'));
    // A fresh database of the dialect under test, migrated by the child as `leadcycle start` would.
    const db = await createTestDb();
    try {
      const out = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
          cwd: root,
          env: { PATH: process.env.PATH ?? '', LEADCYCLE_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(testDialect() === 'postgres' ? { DATABASE_URL: db.env['DATABASE_URL'] ?? '' } : {}) },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          if (code === 0) resolve(stdout);
          else reject(new Error(`exited with ${code}: ${stderr.slice(-2000)}`));
        });
      });
      const { health, packages } = JSON.parse(out) as { health: number; packages: string[] };
      expect(health).toBe(200);
      // The packages every request needs are there (the hook and the cache saw the loads)…
      const driver = DRIVERS[testDialect()];
      expect(packages).toEqual(expect.arrayContaining(['fastify', 'kysely', 'zod', driver.used]));
      // …and none of those loaded at their first use.
      expect(packages.filter((p) => LOADED_LATER.includes(p) || p === driver.unused)).toEqual([]);
    } finally {
      await db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
