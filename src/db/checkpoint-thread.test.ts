// The checkpoint thread: the log's pages reach the database file without the server's connection copying them.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_DEFAULT_CHECKPOINT_PAGES, startCheckpointThread } from './checkpoint-thread.js';
import { openDatabase } from './connect.js';

const Sqlite = createRequire(import.meta.url)('better-sqlite3') as typeof SqliteDatabase;
const size = (file: string) => statSync(file).size;

/** Waits until `done` holds, looking every 20 ms for at most `limitMs`. */
async function until(done: () => boolean, limitMs = 5_000): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return done();
}

describe('the SQLite checkpoint thread', () => {
  const dirs: string[] = [];
  const freshFile = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-checkpoint-'));
    dirs.push(dir);
    return path.join(dir, 'leadcycle.db');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('copies a commit of 1,500 pages into the database file after the commit, not inside it', async () => {
    const file = freshFile();
    const handle = openDatabase({ kind: 'sqlite', file });
    try {
      await sql`create table t (x blob)`.execute(handle.db);
      // 6 MB in one commit: with SQLite's own automatic checkpoint (1,000 pages) the commit itself would copy it.
      await handle.db.transaction().execute(async (tx) => {
        for (let i = 0; i < 1_500; i++) await sql`insert into t values (randomblob(4000))`.execute(tx);
      });
      expect(size(file)).toBeLessThan(1_000_000);
      expect(await until(() => size(file) > 6_000_000)).toBe(true);
      const [{ n }] = (await sql<{ n: number }>`select count(*) as n from t`.execute(handle.db)).rows as [{ n: number }];
      expect(n).toBe(1_500);
    } finally {
      await handle.close();
    }
  });

  it('lets the log start over once its pages are copied, so steady writing keeps it small', async () => {
    const file = freshFile();
    const handle = openDatabase({ kind: 'sqlite', file });
    try {
      await sql`create table t (x blob)`.execute(handle.db);
      // 30 rounds of 100 pages (12 MB in all), each given time to be copied. A log that never started over (a
      // connection holding an old snapshot) would hold them all: the server's own checkpoint waits for 10,000 pages.
      for (let round = 0; round < 30; round++) {
        await handle.db.transaction().execute(async (tx) => {
          for (let i = 0; i < 100; i++) await sql`insert into t values (randomblob(4000))`.execute(tx);
        });
        await new Promise((resolve) => setTimeout(resolve, 120));
      }
      expect(size(`${file}-wal`)).toBeLessThan(6_000_000);
    } finally {
      await handle.close();
    }
  });

  it('hands checkpoints back to the connection, at SQLite’s usual 1,000 pages, when the thread stops under it', async () => {
    const file = freshFile();
    const sqlite = new Sqlite(file);
    sqlite.pragma('journal_mode = WAL');
    const thread = startCheckpointThread(sqlite, file);
    try {
      expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(SQLITE_DEFAULT_CHECKPOINT_PAGES);
      await thread.worker.terminate();
      expect(await until(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === SQLITE_DEFAULT_CHECKPOINT_PAGES)).toBe(true);
    } finally {
      await thread.stop();
      sqlite.close();
    }
  });

  it('closes with the database, its connection first, so the last close removes the log as SQLite does', async () => {
    const file = freshFile();
    const handle = openDatabase({ kind: 'sqlite', file });
    await sql`create table t (x integer)`.execute(handle.db);
    await sql`insert into t values (1)`.execute(handle.db);
    await handle.close();
    expect(() => statSync(`${file}-wal`)).toThrow();
    const again = openDatabase({ kind: 'sqlite', file });
    try {
      const rows = await sql<{ x: number }>`select x from t`.execute(again.db);
      expect(rows.rows).toEqual([{ x: 1 }]);
    } finally {
      await again.close();
    }
  });
});
