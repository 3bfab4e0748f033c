// The checkpoint thread: once the server writes enough, the log's pages reach the database file without its connection copying them.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { SAFETY_NET_PAGES, SQLITE_DEFAULT_CHECKPOINT_PAGES, startCheckpoints } from './checkpoint-thread.js';
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
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A WAL database on its own connection, with checkpoints handed over as the server's are, looked at every 20 ms. */
  function walDatabase() {
    const file = freshFile();
    const sqlite = new Sqlite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('create table t (x blob)');
    const checkpoints = startCheckpoints(sqlite, file, { lookEveryMs: 20 });
    closers.push(async () => {
      await checkpoints.stop();
      sqlite.close();
    });
    const insertPages = (n: number) => sqlite.transaction(() => {
      for (let i = 0; i < n; i++) sqlite.prepare('insert into t values (randomblob(4000))').run();
    })();
    return { file, sqlite, checkpoints, insertPages };
  }

  /** The same, its thread started by a first commit of 1,100 pages. */
  async function walDatabaseWithThread() {
    const database = walDatabase();
    database.insertPages(1_100);
    expect(await until(() => database.checkpoints.threadRunning())).toBe(true);
    return database;
  }

  it('starts the thread only once the log first fills to 1,000 pages, so a server that writes little does without it', async () => {
    const { sqlite, checkpoints, insertPages } = walDatabase();
    for (let i = 0; i < 10; i++) insertPages(10);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(checkpoints.threadRunning()).toBe(false);
    insertPages(1_100);
    expect(await until(() => checkpoints.threadRunning())).toBe(true);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_NET_PAGES);
  });

  it('then copies a commit of 1,500 pages into the database file after the commit, not inside it', async () => {
    const { file, sqlite, insertPages } = await walDatabaseWithThread();
    // Whatever of the first commit was still to copy is copied: the file no longer grows from one round to the next.
    let before = size(file);
    for (let look = 0; look < 20; look++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (size(file) === before) break;
      before = size(file);
    }
    // 6 MB in one commit: with SQLite's own automatic checkpoint (1,000 pages) the commit itself would copy it.
    insertPages(1_500);
    expect(size(file)).toBeLessThan(before + 1_000_000);
    expect(await until(() => size(file) > before + 5_500_000)).toBe(true);
    expect(sqlite.prepare('select count(*) from t').pluck().get()).toBe(2_600);
  });

  it('lets the log start over once the thread has copied its pages, so it does not keep growing', async () => {
    const { file, insertPages } = await walDatabaseWithThread();
    // The log's header counts how many times it started over (its checkpoint sequence, bytes 12–15).
    const startedOver = () => {
      const fd = openSync(`${file}-wal`, 'r');
      try {
        const header = Buffer.alloc(16);
        readSync(fd, header, 0, 16, 0);
        return header.readUInt32BE(12);
      } finally {
        closeSync(fd);
      }
    };
    insertPages(100);
    const before = startedOver();
    // Within a round (once a second) with no commit under way, the thread copies every page; the next commit then
    // writes from the log's start again. A log that never started over would only grow, to 10,000 pages.
    expect(
      await until(() => {
        insertPages(1);
        return startedOver() > before;
      }, 5_000),
    ).toBe(true);
  });

  it('hands checkpoints back to the connection, at SQLite’s usual 1,000 pages, when the thread stops under it', async () => {
    const { sqlite, checkpoints } = await walDatabaseWithThread();
    await checkpoints.thread()?.terminate();
    expect(await until(() => !checkpoints.threadRunning())).toBe(true);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(SQLITE_DEFAULT_CHECKPOINT_PAGES);
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
