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

  it('a webhook that arrives while the worker keeps the line full is stored before the line empties', async () => {
    // better-sqlite3 answers synchronously and the line hands over in microtasks: without a pause now and then, the
    // process would read no socket (no webhook) until the worker's last query was done.
    const done: string[] = [];
    const work = Array.from({ length: 3_000 }, (_, i) => sql`select ${i} as n`.execute(t.db).then(() => done.push('work')));
    const arrived = new Promise<void>((resolve) =>
      setImmediate(() => {
        void sql`select 1`.execute(t.intakeDb).then(() => {
          done.push('intake');
          resolve();
        });
      }),
    );
    await Promise.all([arrived, ...work]);
    const at = done.indexOf('intake');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(2_000);
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

  it('after a slice of hand-overs it lets the event loop run once, then goes on in the same order', async () => {
    let clock = 0;
    const line = createConnectionLine({ sliceMs: 5, now: () => clock });
    const order: string[] = [];
    await line.take('work');
    const waiters = Array.from({ length: 20 }, (_, i) =>
      line.take('work').then(() => {
        clock += 1; // each holder keeps the connection 1 ms
        order.push(`work ${i}`);
        line.give();
      }),
    );
    setImmediate(() => order.push('event loop'));
    line.give();
    await Promise.all(waiters);
    // Five hand-overs fill the 5 ms slice; the sixth waits for the event loop's turn, where the timer set before ran.
    expect(order.indexOf('event loop')).toBe(5);
    expect(order.filter((o) => o !== 'event loop')).toEqual(Array.from({ length: 20 }, (_, i) => `work ${i}`));
  });
});
