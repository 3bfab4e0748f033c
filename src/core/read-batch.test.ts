// Batched reads: what jobs ask for in the same tick is read once for all of them, by workspace, never inside a
// transaction, and never kept.
import { describe, expect, it } from 'vitest';
import type { Executor } from '../db/database.js';
import { batchedRead, createReadBatches } from './read-batch.js';

/** Stands for the pool (isTransaction false) or a transaction (true): the batches only ask which one they read through. */
const pool = { isTransaction: false } as Executor;
const otherPool = { isTransaction: false } as Executor;
const transaction = { isTransaction: true } as Executor;

/** A read of names by id that records every call: which workspace and keys it was asked for. */
function namesRead(rows: Record<string, string>, fail?: () => boolean) {
  const calls: { workspaceId: string; keys: readonly string[] }[] = [];
  const read = batchedRead('test.names', async (_db, workspaceId, keys) => {
    calls.push({ workspaceId, keys });
    if (fail?.()) throw new Error('database went away');
    return new Map(keys.flatMap((k) => (rows[k] === undefined ? [] : [[k, `${workspaceId}:${rows[k]}`] as const])));
  });
  return { read, calls };
}

describe('read batches', () => {
  it('read what is asked for in one tick once, each key once, and give each asker its own answer', async () => {
    const batches = createReadBatches();
    const { read, calls } = namesRead({ a: 'Aisyah', b: 'Budi' });
    const answers = await Promise.all(['a', 'b', 'a', 'missing'].map((k) => batches.read(read, pool, 'ws_1', k)));
    expect(answers).toEqual(['ws_1:Aisyah', 'ws_1:Budi', 'ws_1:Aisyah', undefined]);
    expect(calls).toEqual([{ workspaceId: 'ws_1', keys: ['a', 'b', 'missing'] }]);
  });

  it('keep nothing: a read in a later tick reads again', async () => {
    const batches = createReadBatches();
    const rows: Record<string, string> = { a: 'Aisyah' };
    const { read, calls } = namesRead(rows);
    expect(await batches.read(read, pool, 'ws_1', 'a')).toBe('ws_1:Aisyah');
    rows['a'] = 'Aisyah Putri';
    expect(await batches.read(read, pool, 'ws_1', 'a')).toBe('ws_1:Aisyah Putri');
    expect(calls).toHaveLength(2);
  });

  it('read each workspace and each database on its own', async () => {
    const batches = createReadBatches();
    const { read, calls } = namesRead({ a: 'Aisyah' });
    const answers = await Promise.all([batches.read(read, pool, 'ws_1', 'a'), batches.read(read, pool, 'ws_2', 'a'), batches.read(read, otherPool, 'ws_1', 'a')]);
    expect(answers).toEqual(['ws_1:Aisyah', 'ws_2:Aisyah', 'ws_1:Aisyah']);
    expect(calls).toHaveLength(3);
  });

  it('read alone inside a transaction, which must see its own writes and holds its connection', async () => {
    const batches = createReadBatches();
    const { read, calls } = namesRead({ a: 'Aisyah', b: 'Budi' });
    const answers = await Promise.all([batches.read(read, pool, 'ws_1', 'a'), batches.read(read, transaction, 'ws_1', 'b'), batches.read(read, pool, 'ws_1', 'b')]);
    expect(answers).toEqual(['ws_1:Aisyah', 'ws_1:Budi', 'ws_1:Budi']);
    expect(calls).toEqual([
      { workspaceId: 'ws_1', keys: ['b'] },
      { workspaceId: 'ws_1', keys: ['a', 'b'] },
    ]);
  });

  it('fail only the reads of a batch that failed', async () => {
    const batches = createReadBatches();
    let failing = true;
    const { read } = namesRead({ a: 'Aisyah' }, () => failing);
    const first = await Promise.allSettled([batches.read(read, pool, 'ws_1', 'a'), batches.read(read, pool, 'ws_1', 'b')]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    failing = false;
    expect(await batches.read(read, pool, 'ws_1', 'a')).toBe('ws_1:Aisyah');
  });

  it('split a batch beyond 500 keys', async () => {
    const batches = createReadBatches();
    const { read, calls } = namesRead({});
    await Promise.all(Array.from({ length: 1_200 }, (_, i) => batches.read(read, pool, 'ws_1', `k${i}`)));
    expect(calls.map((c) => c.keys.length)).toEqual([500, 500, 200]);
  });
});
