// Periodic jobs (hand-written core): one queued run per workspace, and the next one queued after each run.
import type { AppContext } from '../context.js';
import { enqueueJobs, type EnqueueTarget } from './enqueue.js';
import type { JobRegistry, RegisteredJob } from './types.js';

/** After a periodic job finishes (done or dead), its next run is queued in the same transaction. */
export async function scheduleNextRun(target: EnqueueTarget, workspaceId: string, registered: RegisteredJob): Promise<void> {
  if (!registered.repeat) return;
  await enqueueJobs(target, workspaceId, [registered.repeat.nextRun(target.clock.now())]);
}

/** Makes sure every periodic job has one queued run in every workspace (new workspaces, first start). */
export async function ensureRepeatingJobs(ctx: Pick<AppContext, 'db' | 'dialect' | 'clock'>, registry: JobRegistry): Promise<void> {
  const periodic = [...registry.values()].filter((r) => r.repeat !== undefined);
  if (periodic.length === 0) return;
  const workspaces = await ctx.db.selectFrom('workspaces').select('id').execute();
  for (const ws of workspaces) {
    for (const registered of periodic) await scheduleNextRun(ctx, ws.id, registered);
  }
}
