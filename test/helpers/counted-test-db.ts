// A migrated test database whose every statement goes through a commit counter (see commit-counter.ts).
import { openDatabase } from '../../src/db/connect.js';
import type { CommitCounter } from './commit-counter.js';
import { createTestDb, type TestDb } from './test-db.js';

export async function countedTestDb(counter: CommitCounter): Promise<TestDb> {
  const plain = await createTestDb();
  const counted = openDatabase(plain.target, { wrapDialect: counter.wrap });
  await plain.close();
  return { ...plain, ...counted, destroy: async () => { await counted.close(); await plain.destroy(); } };
}
