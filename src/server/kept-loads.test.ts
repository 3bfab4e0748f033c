// The webhook route's kept reads: one load per key however many requests wait, kept for its time, failures not kept, bounded.
import { describe, expect, it } from 'vitest';
import { keptLoads } from './kept-loads.js';

describe('keptLoads', () => {
  it('makes one load for a burst of requests for the same key, and loads again once the time is up', async () => {
    let clock = 0;
    let loads = 0;
    const kept = keptLoads<string>({ ttlMs: 5_000, now: () => clock });
    const load = async () => {
      loads += 1;
      await new Promise((r) => setTimeout(r, 5));
      return `secret ${loads}`;
    };
    expect(await Promise.all(Array.from({ length: 100 }, () => kept('waha\u0000ws_1', load)))).toEqual(Array<string>(100).fill('secret 1'));
    expect(loads).toBe(1);
    clock = 4_999;
    expect(await kept('waha\u0000ws_1', load)).toBe('secret 1');
    clock = 5_000;
    expect(await Promise.all([kept('waha\u0000ws_1', load), kept('waha\u0000ws_1', load)])).toEqual(['secret 2', 'secret 2']);
    expect(await kept('waha\u0000ws_2', load)).toBe('secret 3');
    expect(loads).toBe(3);
  });

  it('does not keep a failed load: the next request reads again', async () => {
    let fail = true;
    const kept = keptLoads<string>();
    const load = () => (fail ? Promise.reject(new Error('database is restarting')) : Promise.resolve('ok'));
    await expect(kept('default', load)).rejects.toThrow('database is restarting');
    fail = false;
    expect(await kept('default', load)).toBe('ok');
  });

  it('keeps at most maxEntries keys, forgetting the oldest, so made-up slugs cannot grow it without end', async () => {
    let loads = 0;
    const kept = keptLoads<number>({ maxEntries: 3 });
    const load = () => Promise.resolve(++loads);
    for (const slug of ['a', 'b', 'c', 'd']) await kept(slug, load);
    expect(await kept('d', load)).toBe(4);
    expect(await kept('b', load)).toBe(2);
    expect(await kept('a', load)).toBe(5);
  });
});
