// Kept reads under load: reads that come while one is under way share its answer, except inside a transaction, and
// never across a forget.
import { describe, expect, it } from 'vitest';
import type { Executor } from '../db/database.js';
import { createReadCache, keptRead } from './read-cache.js';

/** Stands for the pool (isTransaction false) or a transaction (true): keptRead only asks which one it reads through. */
const pool = { isTransaction: false } as Executor;
const transaction = { isTransaction: true } as Executor;

/** A load that answers when told to, counting how many were started. */
function slowLoads<T>() {
  const started: { resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  return {
    started,
    load: () => new Promise<T>((resolve, reject) => void started.push({ resolve, reject })),
  };
}

describe('keptRead', () => {
  it('makes one read for many that come while it is under way, and gives them all its answer', async () => {
    const cache = createReadCache();
    const loads = slowLoads<{ timezone: string }>();
    const reads = Array.from({ length: 10 }, () => keptRead(cache, pool, 'ws_1', 'workspace', loads.load));
    expect(loads.started).toHaveLength(1);
    loads.started[0]?.resolve({ timezone: 'Asia/Jakarta' });
    const answers = await Promise.all(reads);
    for (const a of answers) expect(a).toEqual({ timezone: 'Asia/Jakarta' });
    expect(Object.isFrozen(answers[0])).toBe(true);
    // Kept now: no read at all.
    expect(await keptRead(cache, pool, 'ws_1', 'workspace', loads.load)).toEqual({ timezone: 'Asia/Jakarta' });
    expect(loads.started).toHaveLength(1);
  });

  it('reads alone inside a transaction, which must not wait on a read that needs a connection', async () => {
    const cache = createReadCache();
    const loads = slowLoads<string>();
    const outside = keptRead(cache, pool, 'ws_1', 'settings/waha', loads.load);
    const inside = keptRead(cache, transaction, 'ws_1', 'settings/waha', loads.load);
    expect(loads.started).toHaveLength(2);
    loads.started[1]?.resolve('from the transaction');
    expect(await inside).toBe('from the transaction');
    loads.started[0]?.resolve('from the pool');
    expect(await outside).toBe('from the pool');
  });

  it('does not hand a read begun before a forget to one that asks after it', async () => {
    const cache = createReadCache();
    const loads = slowLoads<string>();
    const before = keptRead(cache, pool, 'ws_1', 'wa-assistant/packages', loads.load);
    cache.forget('ws_1', 'wa-assistant/packages');
    const after = keptRead(cache, pool, 'ws_1', 'wa-assistant/packages', loads.load);
    expect(loads.started).toHaveLength(2);
    loads.started[0]?.resolve('old catalogue');
    loads.started[1]?.resolve('new catalogue');
    expect(await before).toBe('old catalogue');
    expect(await after).toBe('new catalogue');
    expect(await keptRead(cache, pool, 'ws_1', 'wa-assistant/packages', loads.load)).toBe('new catalogue');
  });

  it('a read that fails fails those waiting on it, and the next read tries again', async () => {
    const cache = createReadCache();
    const loads = slowLoads<string>();
    const first = keptRead(cache, pool, 'ws_1', 'settings/waha', loads.load);
    const second = keptRead(cache, pool, 'ws_1', 'settings/waha', loads.load);
    loads.started[0]?.reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await expect(second).rejects.toThrow('connection lost');
    const third = keptRead(cache, pool, 'ws_1', 'settings/waha', loads.load);
    expect(loads.started).toHaveLength(2);
    loads.started[1]?.resolve('back');
    expect(await third).toBe('back');
  });
});
