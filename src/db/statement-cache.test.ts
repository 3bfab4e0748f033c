// The prepared-statement cache keeps what is used often, however many one-off texts (set-wise statements) pass by.
import { createRequire } from 'node:module';
import type SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './connect.js';

const require = createRequire(import.meta.url);
const Sqlite = require('better-sqlite3') as typeof SqliteDatabase;

describe('the prepared-statement cache', () => {
  const open: SqliteDatabase.Database[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
  });

  /** An in-memory database whose prepares are counted by SQL text. */
  const counted = (size: number) => {
    const sqlite = new Sqlite(':memory:');
    open.push(sqlite);
    const prepared: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as typeof sqlite.prepare;
    return { db: withStatementCache(sqlite, size), prepared };
  };

  it('prepares a text once and answers from it after', () => {
    const { db, prepared } = counted(10);
    expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
    expect(db.prepare('select 1 as one').get()).toEqual({ one: 1 });
    expect(prepared).toEqual(['select 1 as one']);
  });

  it('keeps a statement in use while more one-off texts than it holds pass by, dropping the least recently used', () => {
    const { db, prepared } = counted(4);
    for (let rows = 1; rows <= 20; rows++) {
      db.prepare('select 1 as hot').get();
      // A set-wise statement: a new text for each row count.
      db.prepare(`select ${Array.from({ length: rows }, (_, i) => `${i} as c${i}`).join(', ')}`).get();
    }
    expect(prepared.filter((s) => s === 'select 1 as hot')).toHaveLength(1);
    expect(prepared).toHaveLength(21);
    // The oldest one-off text was dropped, so it is prepared again.
    db.prepare('select 0 as c0').get();
    expect(prepared).toHaveLength(22);
  });
});
