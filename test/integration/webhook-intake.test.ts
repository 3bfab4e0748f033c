// Storing webhooks on SQLite never waits behind the worker's queries: intakeDb goes first in the one connection's line.
// (On PostgreSQL intakeDb is the pool itself.) Runs on a SQLite file in both suites.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectionLine } from '../../src/db/sqlite-queue.js';
import { createTestDb, type TestDb } from '../helpers/test-db.js';

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open(): void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('webhook intake on SQLite', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({}, { dialect: 'sqlite' });
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('a store goes next after the transaction in progress, ahead of the worker\'s queries that were waiting before it', async () => {
    const order: string[] = [];
    const held = gate();
    const holder = t.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      await held.opened;
    });
    // Let the holder take the connection before the others line up.
    await new Promise((r) => setTimeout(r, 20));
    const work = Array.from({ length: 20 }, (_, i) => sql`select ${i} as n`.execute(t.db).then(() => order.push('work')));
    const intake = t.intakeDb.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      order.push('intake');
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    held.open();
    await Promise.all([holder, intake, ...work]);
    expect(order).toEqual(['intake', ...Array<string>(20).fill('work')]);
  });
});

describe('the SQLite connection line', () => {
  it('hands the connection to exactly one waiter at a time: intake first, then the rest in arrival order', async () => {
    const line = createConnectionLine();
    const order: string[] = [];
    await line.take('work');
    const waiters = [
      line.take('work').then(() => order.push('work 1')),
      line.take('work').then(() => order.push('work 2')),
      line.take('intake').then(() => order.push('intake 1')),
      line.take('intake').then(() => order.push('intake 2')),
    ];
    expect(line.waiting()).toEqual({ intake: 2, work: 2 });
    for (let i = 0; i < 4; i++) {
      line.give();
      // Only the next waiter is woken; the others still wait.
      await new Promise((r) => setImmediate(r));
      expect(order).toHaveLength(i + 1);
    }
    await Promise.all(waiters);
    expect(order).toEqual(['intake 1', 'intake 2', 'work 1', 'work 2']);
    line.give();
    // Free again: the next taker has it at once.
    await line.take('work');
    expect(line.waiting()).toEqual({ intake: 0, work: 0 });
  });
});
