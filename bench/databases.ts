// A fresh database per dialect: a temporary SQLite folder, or `lc_bench_<random>` created through the `test` database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../src/db/connect.js';
import type { Database, Dialect } from '../src/db/database.js';

/** Where PostgreSQL databases are created from; only its server is used. */
export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  readonly dialect: Dialect;
  readonly target: DatabaseTarget;
  /** What the server process needs to reach it (and nothing of ours on disk outside a temp folder). */
  readonly env: Record<string, string>;
  readonly description: string;
  destroy(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Undefined when PostgreSQL answers, else why not. */
export async function postgresUnreachable(): Promise<string | undefined> {
  try {
    await admin((c) => c.query('select 1'));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function createBenchDatabase(dialect: Dialect): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-bench-'));
  const base = { LEADCYCLE_DATA_DIR: dir, LEADCYCLE_SECRET_KEY: randomBytes(32).toString('hex') };
  if (dialect === 'sqlite') {
    return {
      dialect,
      target: { kind: 'sqlite', file: path.join(dir, 'leadcycle.db') },
      env: base,
      description: `SQLite file ${path.join(dir, 'leadcycle.db')}`,
      async destroy() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `lc_bench_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    dialect,
    target: { kind: 'postgres', url: url.toString() },
    env: { ...base, DATABASE_URL: url.toString() },
    description: `PostgreSQL database ${name} on ${url.host}`,
    async destroy() {
      rmSync(dir, { recursive: true, force: true });
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** The durability settings the server runs with, in words. */
export async function durabilitySettings(db: Kysely<Database>, dialect: Dialect): Promise<string> {
  if (dialect === 'postgres') {
    const rows = await sql<{ name: string; setting: string }>`
      select name, current_setting(name) as setting from pg_settings where name in ('synchronous_commit', 'fsync', 'wal_sync_method', 'shared_buffers', 'server_version')
      order by name`.execute(db);
    return rows.rows.map((r) => `${r.name}=${r.setting}`).join(', ');
  }
  // openDatabase sets these on every connection, the server's included.
  const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
  const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
  const level = ['OFF', 'NORMAL', 'FULL', 'EXTRA'][sync.rows[0]?.synchronous ?? -1] ?? '?';
  const version = await sql<{ v: string }>`select sqlite_version() as v`.execute(db);
  return `synchronous=${level}, journal_mode=${journal.rows[0]?.journal_mode ?? '?'}, sqlite ${version.rows[0]?.v ?? '?'}`;
}
