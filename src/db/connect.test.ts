// The SQLite file and its WAL/shared-memory files are readable by the server's user only.
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connect.js';

const mode = (file: string) => statSync(file).mode & 0o777;

describe('SQLite file modes', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadcycle-mode-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the database, its WAL and its shared-memory file with mode 0600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const file = path.join(freshDir(), 'data', 'leadcycle.db');
      const handle = openDatabase({ kind: 'sqlite', file });
      await sql`create table t (x integer)`.execute(handle.db);
      await sql`insert into t values (1)`.execute(handle.db);
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
      expect(mode(path.dirname(file))).toBe(0o700);
      await handle.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens the files of an older install that left them readable by others', async () => {
    const file = path.join(freshDir(), 'leadcycle.db');
    const first = openDatabase({ kind: 'sqlite', file });
    await sql`create table t (x integer)`.execute(first.db);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) chmodSync(f, 0o644);
    const again = openDatabase({ kind: 'sqlite', file });
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    await again.close();
    await first.close();
  });

  it('opens an existing database with its data intact', async () => {
    const file = path.join(freshDir(), 'leadcycle.db');
    writeFileSync(file, '');
    const handle = openDatabase({ kind: 'sqlite', file });
    await sql`create table t (x integer)`.execute(handle.db);
    await sql`insert into t values (7)`.execute(handle.db);
    const rows = await sql<{ x: number }>`select x from t`.execute(handle.db);
    expect(rows.rows).toEqual([{ x: 7 }]);
    expect(mode(file)).toBe(0o600);
    await handle.close();
  });
});
