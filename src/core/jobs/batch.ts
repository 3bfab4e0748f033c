// The batch path (hand-written core): transaction jobs, each in a savepoint with its completion, committed together;
// several jobs of one name whose definition has a set form run as one set.
import type { ControlledTransaction, Kysely } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import { coerceError } from '../errors.js';
import { withoutWaitingForTheDisk } from '../../db/transaction.js';
import { releaseJobs } from './claim.js';
import { heldAnnouncementsOf, holdAnnouncements, notifyWorkers } from './enqueue.js';
import { recordFailure } from './failure.js';
import { jobContext, jobLogger, registeredFor, type RunEnv } from './job-context.js';
import { markJobDone } from './outcome.js';
import { scheduleNextRun } from './repeat.js';
import { JobInSetFailed } from './set-failure.js';
import type { JobRow, RegisteredJob } from './types.js';

/**
 * Runs claimed transaction jobs in one transaction: one commit (one fsync) for all of them is what makes a backlog
 * of timers fast. Jobs of a name with a set form (`handleBatch`) run together, the others each in a savepoint, so a
 * failure undoes only its own effects. If the commit itself fails, every job is given back to the queue.
 */
export async function runBatch(env: RunEnv, jobs: readonly JobRow[]): Promise<void> {
  const { app } = env;
  const held = { wanted: false };
  const trx = holdAnnouncements(await app.db.startTransaction().execute(), held);
  try {
    await runJobs(env, trx, jobs);
    // The jobs' enqueues held their NOTIFYs back: one for the whole batch, delivered with its commit.
    if (held.wanted && app.dialect === 'postgres') await notifyWorkers(trx);
    await trx.commit().execute();
  } catch (thrown) {
    await trx.rollback().execute().catch(() => undefined);
    env.logger.error({ err: coerceError(thrown), jobs: jobs.length }, 'job batch could not commit; releasing');
    await releaseJobs(app.db, { workerId: env.workerId, ids: jobs.map((j) => j.id), now: app.clock.now() }).catch(() => undefined);
  }
}

/**
 * SQLite: claims due transaction jobs and runs them in one transaction whose commit does not wait for the disk
 * (withoutWaitingForTheDisk). Such jobs only write and tell nobody outside anything (a webhook is acknowledged only
 * after its own commit, which waits; a provider is called only by io jobs, whose endings wait), so a batch lost in a
 * power cut leaves its jobs queued. One commit instead of the claim's and the batch's, and no fsync: at 1,000
 * WhatsApp conversations a batch of inbox events cost about 8 ms, 4.7 of them the claim and the commit, and the
 * batch's time budget (worker.ts) then fits more events in a batch. If it cannot commit, the claim is rolled back
 * with the rest: the jobs are still queued. Returns the jobs claimed.
 */
export async function claimAndRunBatch(env: RunEnv, claim: (trx: Kysely<Database>) => Promise<readonly JobRow[]>): Promise<number> {
  return withoutWaitingForTheDisk(env.app.db, async (conn) => {
    // No NOTIFY to hold back (holdAnnouncements): SQLite has none; enqueues wake this process's worker directly.
    const trx = await conn.startTransaction().execute();
    let claimed = 0;
    try {
      const jobs = await claim(trx);
      claimed = jobs.length;
      await runJobs(env, trx, jobs);
      await trx.commit().execute();
      return claimed;
    } catch (thrown) {
      await trx.rollback().execute().catch(() => undefined);
      env.logger.error({ err: coerceError(thrown), jobs: claimed }, 'job batch could not commit; its jobs stay queued');
      return 0;
    }
  });
}

async function runJobs(env: RunEnv, trx: ControlledTransaction<Database>, jobs: readonly JobRow[]): Promise<void> {
  for (const group of groupByName(env, jobs)) {
    if (group.runBatch && group.jobs.length > 1) await runSet(env, trx, group.jobs, group.runBatch);
    else for (const job of group.jobs) await runInSavepoint(env, trx, job);
  }
}

/**
 * The batch in claim order, except that the jobs of a name with a set form are gathered at its first job's place.
 * A claim takes at most one job per serial key, so the jobs of a batch never wait on each other: their order
 * within the batch is free.
 */
function groupByName(env: RunEnv, jobs: readonly JobRow[]): { jobs: JobRow[]; runBatch?: SetForm }[] {
  const groups: { jobs: JobRow[]; runBatch?: SetForm }[] = [];
  const sets = new Map<string, JobRow[]>();
  for (const job of jobs) {
    const { runBatch } = registeredFor(env, job);
    const set = sets.get(job.name);
    if (!runBatch) groups.push({ jobs: [job] });
    else if (set) set.push(job);
    else {
      const created = [job];
      sets.set(job.name, created);
      groups.push({ jobs: created, runBatch });
    }
  }
  return groups;
}

type SetForm = NonNullable<RegisteredJob['runBatch']>;

/**
 * Runs jobs of one name through the set form, their completions written in one statement, all in one savepoint.
 * If the set form throws, the savepoint is rolled back and each job runs alone as usual, so a job that cannot run
 * fails only itself; when the set names the failing job (JobInSetFailed), that job's failure is recorded at once
 * instead of running it again. If some leases were lost (those jobs belong to another worker now), the set is undone
 * too, and the jobs still held run alone: the set's effects cannot be split by job.
 */
async function runSet(env: RunEnv, trx: ControlledTransaction<Database>, jobs: readonly JobRow[], runBatchForm: SetForm): Promise<void> {
  const sp = holdAnnouncements(await trx.savepoint('job_set').execute(), heldAnnouncementsOf(trx));
  let runAlone: readonly JobRow[] = jobs;
  let failed: { readonly job: JobRow; readonly thrown: unknown } | undefined;
  try {
    const contexts = jobs.map((job) => ({ storedPayload: job.payload, ctx: jobContext(env, job, sp, jobLogger(env, job)) }));
    await runBatchForm(contexts, { db: sp, app: env.app, logger: env.logger, signal: env.signal });
    const done = await markJobsDone(sp, { ids: jobs.map((j) => j.id), workerId: env.workerId, now: env.app.clock.now() });
    if (done.size === jobs.length) {
      await sp.releaseSavepoint('job_set').execute();
      for (const job of jobs) await scheduleNextRun({ db: trx, dialect: env.app.dialect, clock: env.app.clock }, job.workspace_id, registeredFor(env, job));
      return;
    }
    runAlone = jobs.filter((j) => done.has(j.id));
    for (const job of jobs.filter((j) => !done.has(j.id))) {
      jobLogger(env, job).warn({ attempts: job.attempts }, 'lease lost before the batch committed; the job\'s effects were rolled back');
    }
  } catch (thrown) {
    if (thrown instanceof JobInSetFailed) {
      const named = jobs.find((j) => j.id === thrown.failed.job.id);
      if (named) failed = { job: named, thrown: thrown.cause };
    }
    if (!failed) env.logger.warn({ err: coerceError(thrown), job: jobs[0]?.name, jobs: jobs.length }, 'the set form failed; running each job alone');
  }
  await sp.rollbackToSavepoint('job_set').execute();
  await sp.releaseSavepoint('job_set').execute();
  for (const job of runAlone) {
    if (job === failed?.job) {
      await recordFailure({ env, db: trx, job, registered: registeredFor(env, job), thrown: failed.thrown, logger: jobLogger(env, job) });
    } else {
      await runInSavepoint(env, trx, job);
    }
  }
}

/** Marks the jobs done that this worker still holds, in one statement; returns their ids (see markJobDone). */
async function markJobsDone(db: Executor, { ids, workerId, now }: { readonly ids: readonly number[]; readonly workerId: string; readonly now: number }): Promise<Set<number>> {
  const rows = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, updated_at: now, locked_by: null, locked_until: null })
    .where('id', 'in', [...ids])
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .returning('id')
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

/**
 * The job's effects and its completion share its savepoint. When the completion finds the lease lost (the job was
 * taken back and belongs to another worker), the savepoint is rolled back: the effects are the new owner's to make.
 */
async function runInSavepoint(env: RunEnv, trx: ControlledTransaction<Database>, job: JobRow): Promise<void> {
  const registered = registeredFor(env, job);
  const logger = jobLogger(env, job);
  const sp = holdAnnouncements(await trx.savepoint('job').execute(), heldAnnouncementsOf(trx));
  try {
    await registered.run(job.payload, jobContext(env, job, sp, logger));
    const done = await markJobDone(sp, { job, workerId: env.workerId, now: env.app.clock.now() });
    if (!done) {
      await sp.rollbackToSavepoint('job').execute();
      await sp.releaseSavepoint('job').execute();
      logger.warn({ attempts: job.attempts }, 'lease lost before the batch committed; the job\'s effects were rolled back');
      return;
    }
    await sp.releaseSavepoint('job').execute();
  } catch (thrown) {
    await sp.rollbackToSavepoint('job').execute();
    await sp.releaseSavepoint('job').execute();
    await recordFailure({ env, db: trx, job, registered, thrown, logger });
    return;
  }
  await scheduleNextRun({ db: trx, dialect: env.app.dialect, clock: env.app.clock }, job.workspace_id, registered);
}
