// Finding the queued job that holds a key (a lead's waiting timer) against a real database: scoped to the workspace,
// and gone once the job runs or is cancelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db.js';
import type {} from '../../../test/helpers/test-jobs.js';
import { fakeClock } from '../clock.js';
import { findQueuedJobByKey } from './admin.js';
import { claimJobs } from './claim.js';
import { cancelJobsByKey, enqueueJob } from './enqueue.js';

describe(`findQueuedJobByKey (${testDialect()})`, () => {
  let t: TestDb;
  const clock = fakeClock();
  const target = () => ({ db: t.db, dialect: t.dialect, clock });
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.destroy());

  it('finds the waiting timer of its workspace, and nothing once it was cancelled', async () => {
    const due = clock.now() + 60_000;
    const id = await enqueueJob(target(), 'ws_a', 'test.record', { tag: 'expire' }, { jobKey: 'lead-expiry:1', runAt: due });
    await enqueueJob(target(), 'ws_b', 'test.record', { tag: 'other' }, { jobKey: 'lead-expiry:2', runAt: due });

    expect(await findQueuedJobByKey(t.db, 'ws_a', 'lead-expiry:1')).toEqual({ id, name: 'test.record', run_at: due });
    expect(await findQueuedJobByKey(t.db, 'ws_a', 'lead-expiry:2')).toBeUndefined();
    expect(await findQueuedJobByKey(t.db, 'ws_b', 'lead-expiry:1')).toBeUndefined();

    await cancelJobsByKey(target(), 'ws_a', 'lead-expiry:1');
    expect(await findQueuedJobByKey(t.db, 'ws_a', 'lead-expiry:1')).toBeUndefined();
  });

  it('does not count a job that is already running as waiting', async () => {
    await enqueueJob(target(), 'ws_c', 'test.record', { tag: 'now' }, { jobKey: 'lead-expiry:3' });
    const claimed = await claimJobs(t.db, t.dialect, { workerId: 'w1', now: clock.now(), leaseMs: 60_000, limit: 10, names: ['test.record'] });
    expect(claimed.map((j) => j.job_key)).toContain('lead-expiry:3');
    expect(await findQueuedJobByKey(t.db, 'ws_c', 'lead-expiry:3')).toBeUndefined();
  });
});
