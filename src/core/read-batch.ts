// Reads that many jobs ask for at once, made as one statement each (batched by the `dataloader` package): the turns a claim wakes together read their conversations in one query, not one each.
import DataLoader from 'dataloader';
import type { Executor } from '../db/database.js';

/** Reads many keys of one workspace in one statement: the value of each key found (a key not found is absent). */
export type ReadMany<V> = (db: Executor, workspaceId: string, keys: readonly string[]) => Promise<ReadonlyMap<string, V>>;

/** A read by key that may be batched: its name (one batch per name, database and workspace) and how to read many. */
export interface BatchedRead<V> {
  readonly name: string;
  readonly many: ReadMany<V>;
}

export function batchedRead<V>(name: string, many: ReadMany<V>): BatchedRead<V> {
  return { name, many };
}

/**
 * The batches of a process. A read asked for outside a transaction waits for the end of the current tick and goes
 * out with the same reads the other jobs asked for meanwhile (at most MAX_KEYS keys a statement); nothing is kept
 * after it answers, so a read never sees an older answer than an unbatched one would. A read inside a transaction
 * goes alone, through that transaction: it must see the transaction's own writes, and on SQLite the transaction holds
 * the only connection.
 */
export interface ReadBatches {
  /** The value of `key`, or undefined when it was not found. */
  read<V>(read: BatchedRead<V>, db: Executor, workspaceId: string, key: string): Promise<V | undefined>;
}

/** Keys in one statement at most: well inside PostgreSQL's 65,535 parameters and SQLite's 32,766. */
const MAX_KEYS = 500;

export function createReadBatches(): ReadBatches {
  // Per database handle (a test's contexts each have their own), then per read and workspace.
  const loaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();
  const loaderOf = <V>(read: BatchedRead<V>, db: Executor, workspaceId: string): DataLoader<string, V | undefined> => {
    let ofDb = loaders.get(db);
    if (!ofDb) {
      ofDb = new Map();
      loaders.set(db, ofDb);
    }
    const at = `${read.name}\u0000${workspaceId}`;
    let loader = ofDb.get(at) as DataLoader<string, V | undefined> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V | undefined>(
        async (keys) => {
          const found = await read.many(db, workspaceId, [...new Set(keys)]);
          return keys.map((k) => found.get(k));
        },
        { cache: false, maxBatchSize: MAX_KEYS },
      );
      ofDb.set(at, loader as DataLoader<string, unknown>);
    }
    return loader;
  };
  return {
    async read(read, db, workspaceId, key) {
      if (db.isTransaction) return (await read.many(db, workspaceId, [key])).get(key);
      return loaderOf(read, db, workspaceId).load(key);
    },
  };
}
