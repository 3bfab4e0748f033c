// Deliveries: every outbound call to a provider is a row (what, to whom, status, attempts, answer), sent by a job.
import type { Selectable } from 'kysely';
import type { DeliveryTable, Executor } from '../../db/database.js';
import { AppError, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { loadBusinessHours, nextBusinessOpening } from '../schedule/business-hours.js';
import { cancelDeadJobsByKey, cancelJobsByKey, enqueueJob, enqueueJobs, jobSpec, type EnqueueTarget } from '../jobs/enqueue.js';
import type { JobSpec } from '../jobs/types.js';
import { batchedRead } from '../read-batch.js';
import { workspaceColumn } from '../../db/by-id.js';

export type DeliveryRow = Selectable<DeliveryTable>;
export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'dead' | 'cancelled';

export interface NewDelivery {
  /** The module asking for it (its name in the registry): only its gates and hooks apply to this delivery. */
  readonly module: string;
  /** e.g. email-list, whatsapp, sms, email */
  readonly channel: string;
  /** The connector whose sender performs it, e.g. mailketing, waha, twilio, smtp. */
  readonly provider: string;
  /** Who or what receives it: a phone, an email, a list id. */
  readonly target: string;
  /** What is sent, exactly as the sender needs it. Never secrets. */
  readonly payload: Record<string, unknown>;
  /**
   * Same key, same delivery: creating it again returns the first one, so a replayed event or a retried job never
   * sends the same thing twice. Build it from what makes the send unique ("lead_x:closing").
   */
  readonly idempotencyKey: string;
  readonly contactId?: string | null;
  readonly subjectType?: string | null;
  readonly subjectId?: string | null;
  /** Earliest send time (a local-time window), epoch ms. */
  readonly notBefore?: number;
  /** Sends for the same key go out one at a time, in order (e.g. one contact's WhatsApp messages). */
  readonly serialKey?: string | null;
  /**
   * `wait`: sent only inside the workspace's business hours (held until the next opening, checked again at send
   * time). `any`: whenever due, e.g. a reply to a customer who has just written. Default: `wait` on the whatsapp
   * channel (a pharmacy's materials and refill reminders must not arrive at 2 a.m.), `any` elsewhere.
   */
  readonly businessHours?: 'wait' | 'any';
  /**
   * When the person this delivery answers began waiting (a WhatsApp turn's due time). A send due now joins the job
   * queue at that time instead of now: under load it goes ahead of work that fell due after it, instead of behind
   * everything that fell due while its reply was being written (the queue is in due order). Of a sequence, the first
   * step's counts.
   */
  readonly queuedSince?: number;
}

/** Whether a new delivery waits for business hours when its creator does not say. */
export const waitsForBusinessHours = (d: Pick<NewDelivery, 'channel' | 'businessHours'>): boolean =>
  (d.businessHours ?? (d.channel === 'whatsapp' ? 'wait' : 'any')) === 'wait';

/** The job key of a delivery's send job: one queued send per delivery, and found again by a manual retry. */
export const deliveryJobKey = (deliveryId: string): string => `delivery:${deliveryId}`;

/** The row of a new delivery, queued. */
function deliveryRow(workspaceId: string, d: NewDelivery, now: number): DeliveryRow {
  return {
    id: newId('dlv', now),
    workspace_id: workspaceId,
    contact_id: d.contactId ?? null,
    subject_type: d.subjectType ?? null,
    subject_id: d.subjectId ?? null,
    module: d.module,
    business_hours_only: waitsForBusinessHours(d) ? 1 : 0,
    channel: d.channel,
    provider: d.provider,
    target: d.target,
    payload: JSON.stringify(d.payload),
    status: 'queued',
    attempts: 0,
    idempotency_key: d.idempotencyKey,
    response: null,
    last_error: null,
    created_at: now,
    updated_at: now,
    sent_at: null,
    latency_ms: null,
  };
}

/** Creates the delivery and its send job in the caller's transaction. Returns the existing one for a repeated key. */
export async function createDelivery(target: EnqueueTarget, workspaceId: string, d: NewDelivery): Promise<{ delivery: DeliveryRow; created: boolean }> {
  const now = target.clock.now();
  const row = deliveryRow(workspaceId, d, now);
  const [inserted] = await insertNew(target.db, [row]);
  if (!inserted) {
    const existing = await target.db
      .selectFrom('deliveries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('idempotency_key', '=', d.idempotencyKey)
      .executeTakeFirstOrThrow();
    return { delivery: existing, created: false };
  }
  const hours = row.business_hours_only ? await loadBusinessHours(target.db, workspaceId) : undefined;
  await enqueueJobs(target, workspaceId, [sendJob(row, d, now, hours)]);
  return { delivery: row, created: true };
}

/** Inserts the rows whose idempotency key is new; the ids of those inserted. */
const insertNew = (db: Executor, rows: readonly DeliveryRow[]) =>
  db
    .insertInto('deliveries')
    .values(rows)
    .onConflict((oc) => oc.columns(['workspace_id', 'idempotency_key']).doNothing())
    .returning('id')
    .execute();

type Hours = Awaited<ReturnType<typeof loadBusinessHours>> | undefined;

/** When a delivery created just now is due: at its notBefore, moved to the next opening when it waits for business hours. */
function sendRunAt(row: DeliveryRow, d: NewDelivery, now: number, hours: Hours): number {
  const runAt = Math.max(now, d.notBefore ?? now);
  return row.business_hours_only && hours ? nextBusinessOpening(runAt, hours.timezone, hours.hours) : runAt;
}

/** The send job of a delivery created just now, due at sendRunAt. */
function sendJob(row: DeliveryRow, d: NewDelivery, now: number, hours: Hours) {
  const runAt = sendRunAt(row, d, now, hours);
  return jobSpec('delivery.send', { deliveryId: row.id }, {
    ...(runAt > now ? { runAt } : {}),
    serialKey: d.serialKey ?? null,
    // No job holds the key of a delivery created just now, so the plain insert is enough.
    jobKey: deliveryJobKey(row.id),
    onKeyConflict: 'none',
  });
}

/**
 * Rows for new deliveries, inserted where their idempotency key is new (one statement): the rows, the ids of those
 * inserted, and the existing delivery's id by key for the others.
 */
async function insertDeliveries(db: Executor, workspaceId: string, list: readonly NewDelivery[], now: number) {
  const rows = list.map((d) => deliveryRow(workspaceId, d, now));
  const fresh = new Set((await insertNew(db, rows)).map((r) => r.id));
  const repeated = rows.filter((r) => !fresh.has(r.id)).map((r) => r.idempotency_key);
  const existing = new Map<string, string>();
  if (repeated.length > 0) {
    const found = await db.selectFrom('deliveries').select(['id', 'idempotency_key']).where('workspace_id', '=', workspaceId).where('idempotency_key', 'in', repeated).execute();
    for (const e of found) existing.set(e.idempotency_key, e.id);
  }
  return { rows, fresh, existing };
}

/** Rows per statement in createDeliveries: well inside both databases' limits on bound values. */
const BULK_ROWS = 500;

/**
 * The bulk form of createDelivery, for thousands at once (a sheet's materials, a morning's refill reminders): one
 * multi-row insert per 500 deliveries and their send jobs, in the caller's transaction. A repeated idempotency key
 * creates nothing and gives the existing delivery (as in createDelivery). Returns each delivery's id, and whether
 * this call created it, by idempotency key.
 */
export async function createDeliveries(target: EnqueueTarget, workspaceId: string, list: readonly NewDelivery[]): Promise<Map<string, { id: string; created: boolean }>> {
  const ids = new Map<string, { id: string; created: boolean }>();
  if (list.length === 0) return ids;
  const now = target.clock.now();
  const hours = list.some(waitsForBusinessHours) ? await loadBusinessHours(target.db, workspaceId) : undefined;
  for (let start = 0; start < list.length; start += BULK_ROWS) {
    const chunk = list.slice(start, start + BULK_ROWS);
    const { rows, fresh, existing } = await insertDeliveries(target.db, workspaceId, chunk, now);
    for (const [key, id] of existing) ids.set(key, { id, created: false });
    const specs = chunk.flatMap((d, i) => {
      const row = rows[i];
      if (!row || !fresh.has(row.id)) return [];
      ids.set(d.idempotencyKey, { id: row.id, created: true });
      return [sendJob(row, d, now, hours)];
    });
    if (specs.length > 0) await enqueueJobs(target, workspaceId, specs);
  }
  return ids;
}

/**
 * Deliveries that go out one after the other on one serial key (a WhatsApp reply: seen, typing, stop typing, the
 * words), with one send job for all of them: it sends each step as it falls due, and hands what is not due yet to a
 * job of its own (send-job.ts). Four jobs would cost four claims and four endings, and the three queued behind the
 * first would be walked past by every claim while they wait. Created in one insert, in the caller's transaction.
 * A repeated idempotency key gives the existing delivery and is not sent again. Returns the ids in order.
 */
export async function createDeliverySequence(target: EnqueueTarget, workspaceId: string, steps: readonly NewDelivery[]): Promise<string[]> {
  return (await createDeliverySequences(target, workspaceId, [steps]))[0] ?? [];
}

/**
 * The set form of createDeliverySequence, for many sequences at once (a group of WhatsApp turns ending together):
 * every step of every sequence in one insert per 500 rows, and every sequence's send job in one more. Each sequence
 * is what createDeliverySequence makes of it alone. Returns each sequence's ids in order.
 */
export async function createDeliverySequences(target: EnqueueTarget, workspaceId: string, sequences: readonly (readonly NewDelivery[])[]): Promise<string[][]> {
  const now = target.clock.now();
  for (const steps of sequences) {
    const serialKey = steps[0]?.serialKey ?? null;
    if (steps.some((d) => (d.serialKey ?? null) !== serialKey)) throw new Error('the steps of a delivery sequence share one serial key');
  }
  const all = sequences.flat();
  if (all.length === 0) return sequences.map(() => []);
  const rows: DeliveryRow[] = [];
  const inserted = new Set<string>();
  const existing = new Map<string, string>();
  for (let start = 0; start < all.length; start += BULK_ROWS) {
    const chunk = await insertDeliveries(target.db, workspaceId, all.slice(start, start + BULK_ROWS), now);
    rows.push(...chunk.rows);
    for (const id of chunk.fresh) inserted.add(id);
    for (const [key, id] of chunk.existing) existing.set(key, id);
  }
  const hours = rows.some((r) => r.business_hours_only && inserted.has(r.id)) ? await loadBusinessHours(target.db, workspaceId) : undefined;
  const result: string[][] = [];
  const specs: JobSpec<'delivery.send'>[] = [];
  let at = 0;
  for (const steps of sequences) {
    const own = rows.slice(at, at + steps.length);
    at += steps.length;
    result.push(own.map((r) => (inserted.has(r.id) ? r.id : (existing.get(r.idempotency_key) ?? r.id))));
    const toSend = steps.flatMap((d, i) => {
      const row = own[i];
      return row && inserted.has(row.id) ? [{ row, runAt: sendRunAt(row, d, now, hours) }] : [];
    });
    const [head, ...rest] = toSend;
    if (!head) continue;
    const then = rest.map((s) => ({ deliveryId: s.row.id, runAt: s.runAt }));
    const since = steps[0]?.queuedSince;
    const runAt = head.runAt > now ? head.runAt : since !== undefined && since < now ? since : undefined;
    specs.push(
      jobSpec('delivery.send', { deliveryId: head.row.id, ...(then.length > 0 ? { then } : {}) }, {
        ...(runAt !== undefined ? { runAt } : {}),
        serialKey: steps[0]?.serialKey ?? null,
        jobKey: deliveryJobKey(head.row.id),
        onKeyConflict: 'none',
      }),
    );
  }
  if (specs.length > 0) await enqueueJobs(target, workspaceId, specs);
  return result;
}

/** Delivery rows by id, read with the other send jobs' running at once (core/read-batch.ts). */
export const deliveryRead = batchedRead('core.delivery', async (db, workspaceId, ids) => {
  const rows = await db.selectFrom('deliveries').selectAll().where(workspaceColumn(), '=', workspaceId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
});

/** A delivery by id, or undefined (a follow-up job may outlive it). */
export async function findDelivery(db: Executor, workspaceId: string, id: string): Promise<DeliveryRow | undefined> {
  return (await deliveryRead.many(db, workspaceId, [id])).get(id);
}

export async function getDelivery(db: Executor, workspaceId: string, id: string): Promise<DeliveryRow> {
  const row = await findDelivery(db, workspaceId, id);
  if (!row) throw notFound('delivery', id);
  return row;
}

/**
 * A module's own deliveries as a subquery its queries may join to their rows (a campaign recipient's delivery):
 * `.leftJoin(moduleDeliveries(db, ws, MODULE_NAME).as('d'), 'd.id', 'r.delivery_id')`. It shows what became of each
 * delivery (status, last error, when it last changed) and nothing else, so the module never names the deliveries
 * table. Both databases inline it into the outer query (a plain filtered select), so the join still goes through the
 * primary key, and a status filter on it through deliveries_status.
 */
export function moduleDeliveries(db: Executor, workspaceId: string, module: string) {
  return db.selectFrom('deliveries').select(['id', 'status', 'last_error', 'updated_at']).where('workspace_id', '=', workspaceId).where('module', '=', module);
}

/**
 * The module's deliveries with these ids, as moduleDeliveries shows them, looked up by primary key. Not
 * `moduleDeliveries(…).where('id', 'in', ids)`: beside its plain workspace condition SQLite's planner read every
 * delivery of the workspace through deliveries_recent for any list of ids (workspaceColumn, src/db/by-id.ts).
 */
export function moduleDeliveriesByIds(db: Executor, workspaceId: string, module: string, ids: readonly string[]) {
  return db
    .selectFrom('deliveries')
    .select(['id', 'status', 'last_error', 'updated_at'])
    .where(workspaceColumn(), '=', workspaceId)
    .where('module', '=', module)
    .where('id', 'in', [...ids]);
}

export interface DeliveryFilter {
  status?: string;
  provider?: string;
  subjectId?: string;
  limit: number;
  beforeId?: string;
}

export async function listDeliveries(db: Executor, workspaceId: string, f: DeliveryFilter): Promise<DeliveryRow[]> {
  let q = db.selectFrom('deliveries').selectAll().where('workspace_id', '=', workspaceId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.provider) q = q.where('provider', '=', f.provider);
  if (f.subjectId) q = q.where('subject_id', '=', f.subjectId);
  if (f.beforeId) q = q.where('id', '<', f.beforeId);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}

/**
 * Sends a failed, dead or cancelled delivery again (now, or at `runAt`), with a fresh set of attempts. A sent one is
 * never resent.
 */
export async function retryDelivery(target: EnqueueTarget, workspaceId: string, id: string, options: { runAt?: number } = {}): Promise<DeliveryRow> {
  const d = await getDelivery(target.db, workspaceId, id);
  if (d.status !== 'failed' && d.status !== 'dead' && d.status !== 'cancelled') {
    throw new AppError('conflict', `delivery ${id} is ${d.status}; only failed, dead or cancelled deliveries can be retried`, {
      context: { status: d.status },
    });
  }
  const now = target.clock.now();
  await target.db.updateTable('deliveries').set({ status: 'queued', updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  const jobKey = deliveryJobKey(id);
  // The job that gave up is superseded by the new one, so it stops counting as a dead job in alerts; a job waiting
  // for its next attempt (a failed delivery) is replaced by one with a fresh set of attempts.
  await cancelDeadJobsByKey(target, workspaceId, jobKey, `superseded by a manual retry of delivery ${id}`);
  await cancelJobsByKey(target, workspaceId, jobKey);
  await enqueueJob(target, workspaceId, 'delivery.send', { deliveryId: id }, {
    jobKey,
    ...(options.runAt !== undefined ? { runAt: Math.max(now, options.runAt) } : {}),
  });
  return getDelivery(target.db, workspaceId, id);
}
