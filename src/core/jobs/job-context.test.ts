// A worker's writer queue: on PostgreSQL its batches and groups of endings write one at a time, in the order they came.
import { describe, expect, it } from 'vitest';
import { writerQueue } from './job-context.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('writerQueue', () => {
  it('on PostgreSQL, starts a write only when the one before has ended, even when that one failed', async () => {
    const oneWriter = writerQueue('postgres');
    const events: string[] = [];
    let open = 0;
    let most = 0;
    const write = (name: string, fail = false) =>
      oneWriter(async () => {
        open += 1;
        most = Math.max(most, open);
        events.push(`start ${name}`);
        await tick();
        await tick();
        events.push(`end ${name}`);
        open -= 1;
        if (fail) throw new Error(`${name} failed`);
        return name;
      });
    const results = await Promise.allSettled([write('batch'), write('endings', true), write('batch 2')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(most).toBe(1);
    expect(events).toEqual(['start batch', 'end batch', 'start endings', 'end endings', 'start batch 2', 'end batch 2']);
  });

  it('on SQLite, adds nothing: its one connection already runs one transaction at a time', async () => {
    const oneWriter = writerQueue('sqlite');
    let open = 0;
    let most = 0;
    const write = () =>
      oneWriter(async () => {
        open += 1;
        most = Math.max(most, open);
        await tick();
        open -= 1;
      });
    await Promise.all([write(), write()]);
    expect(most).toBe(2);
  });
});
