// A fresh, migrated database per test file: a temp SQLite file, or (DATABASE_URL set) a new PostgreSQL database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Migration } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { modules } from '../../src/modules/registry.js';
import { moduleMigrations } from '../../src/server/assemble.js';

export interface TestDb extends DatabaseHandle {
  /** Where the database lives, to open it again from another process. */
  readonly target: DatabaseTarget;
  /** The env var a child process needs to reach the same database (DATABASE_URL or LEADCYCLE_DATA_DIR). */
  readonly env: Record<string, string>;
  destroy(): Promise<void>;
}

/** Which dialect this run tests: CI runs the suite once without and once with DATABASE_URL. */
export function testDialect(): 'sqlite' | 'postgres' {
  return process.env.DATABASE_URL ? 'postgres' : 'sqlite';
}

/** The PostgreSQL server tests create their databases on: this run's DATABASE_URL, else the machine's. */
const POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A new, empty (unmigrated) PostgreSQL database, dropped by `destroy`. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; destroy(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL ?? POSTGRES_ADMIN_URL;
  const name = `lc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async destroy() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * Migrated with the core's and every registered module's migrations, plus `extra` (test-only tables). The dialect
 * is this run's unless `options.dialect` names one (a test that needs both, such as the move to PostgreSQL).
 */
export async function createTestDb(extra: Record<string, Migration> = {}, options: { dialect?: 'sqlite' | 'postgres' } = {}): Promise<TestDb> {
  if ((options.dialect ?? testDialect()) === 'postgres') {
    const empty = await createEmptyPostgresDatabase();
    const target: DatabaseTarget = { kind: 'postgres', url: empty.url };
    const handle = openDatabase(target);
    await migrateToLatest(handle.db, handle.dialect, { ...moduleMigrations(modules, handle.dialect), ...extra });
    return {
      ...handle,
      target,
      env: { DATABASE_URL: empty.url },
      async destroy() {
        await handle.close().catch(() => undefined);
        await empty.destroy();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-test-'));
  const target: DatabaseTarget = { kind: 'sqlite', file: path.join(dir, 'leadcycle.db') };
  const handle = openDatabase(target);
  await migrateToLatest(handle.db, handle.dialect, { ...moduleMigrations(modules, handle.dialect), ...extra });
  return {
    ...handle,
    target,
    env: { LEADCYCLE_DATA_DIR: dir },
    async destroy() {
      await handle.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
