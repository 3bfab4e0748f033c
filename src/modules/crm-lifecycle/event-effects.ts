// What a CRM webhook handler does besides recording facts: enqueue status changes and mark the campaign that reached the business.
import type { StoredEvent } from '../../core/inbox/process.js';
import { enqueueJobs, type JobSpec } from '../../core/jobs/enqueue.js';
import type { JobContext } from '../../core/jobs/types.js';
import { markRecipient } from './recipients.js';
import { statusJob, type StatusChange } from './flow.js';
import type { BusinessRow } from './tables.js';

export const webhookActor = (event: StoredEvent) => ({ type: 'webhook' as const, id: event.id });

/** Enqueues in the handler's transaction: the jobs exist exactly when the event counts as processed. */
export async function enqueue(jc: JobContext, jobs: JobSpec[]): Promise<void> {
  if (jobs.length > 0) await enqueueJobs({ db: jc.db, dialect: jc.app.dialect, clock: jc.app.clock }, jc.workspaceId, jobs);
}

/** A status change caused by this event, as its own job: its failure never fails the event's handling. */
export const change = (jc: JobContext, event: StoredEvent, b: BusinessRow, c: Omit<StatusChange, 'workspaceId' | 'businessId' | 'actor' | 'eventId'>) =>
  statusJob({ workspaceId: jc.workspaceId, businessId: b.id, actor: webhookActor(event), eventId: event.id, ...c });

/** The campaign that last reached a business: replies, opt-outs and payments count for it. */
export async function touchRecipient(jc: JobContext, b: BusinessRow, fact: 'replied_at' | 'unsubscribed_at' | 'purchased_at'): Promise<void> {
  await markRecipient(jc.db, jc.app.clock.now(), { workspaceId: jc.workspaceId, campaignId: b.last_campaign_id, businessId: b.id }, [fact]);
}
