// The job that performs one delivery through its provider's sender, records the answer, and calls its module's hooks.
import { sql } from 'kysely';
import { z } from 'zod';
import { consentReadKey, sendAllowedRead } from '../contacts/consent.js';
import { AppError, coerceError } from '../errors.js';
import { ProviderError } from '../http/transport.js';
import { defineJob } from '../jobs/define.js';
import { rewrittenIfAWriteThrows, writeSets, type SetItem } from '../jobs/completion.js';
import { JobPostponed } from '../jobs/postpone.js';
import { loadBusinessHours, nextBusinessOpening } from '../schedule/business-hours.js';
import { enqueueJobs, jobSpec, type JobSpec } from '../jobs/enqueue.js';
import type { CompletionSet, JobContext, JobFailure, RegisteredJob } from '../jobs/types.js';
import type { Executor } from '../../db/database.js';
import { inTransaction, withSavepoint } from '../../db/transaction.js';
import { deliveryJobKey, deliveryRead, type DeliveryRow } from './deliveries.js';
import { workspaceColumn } from '../../db/by-id.js';
import { grouped } from '../grouped.js';
import type { ProviderGate } from './provider-gate.js';

/** What a connector's sender reports back, in the provider's terms; the owning module decides what it means. */
export interface SendResult {
  /** The provider's answer, stored on the delivery row. */
  readonly response: unknown;
  /**
   * `cancelled` means the provider refused for a reason retrying cannot change and that is not a failure (the
   * recipient opted out at the provider): the delivery is closed with `reason`, not left dead for a person to retry.
   */
  readonly status?: 'sent' | 'delivered' | 'cancelled';
  /** Machine-readable refusal when cancelled, e.g. `opted_out` (Twilio 21610). */
  readonly refusal?: string;
  /** The refusal in words, kept as the delivery's last_error. */
  readonly reason?: string;
  /** The provider's id of what was sent (Twilio's SM… sid, the email's Message-ID), for later status callbacks. */
  readonly providerRef?: string;
}

/**
 * Performs one delivery (the connector's, one per provider). Throw a retryable error (a ProviderError, or AppError
 * with retryable) to be tried again with backoff; throw a permanent one to fail at once. Receive the key to send as
 * the provider's idempotency key where it has one. Fields of the payload the connector does not know are ignored.
 */
export type DeliverySender = (delivery: DeliveryRow, ctx: JobContext) => Promise<SendResult>;

/**
 * The checks of one run of a send job, shared by the steps it sends back to back: a WhatsApp reply's seen, typing
 * and words go out milliseconds apart, and the contact's consent or the conversation's owner read for the first
 * holds for the others (a step sent later, after the typing pause, runs in a job of its own and reads again).
 */
export interface SendChecks {
  /** The answer of `check` under `key`, computed once per run (a rejection too, so a postponement holds for all). */
  once<T>(key: string, check: () => Promise<T>): Promise<T>;
}

function runChecks(): SendChecks {
  const answers = new Map<string, Promise<unknown>>();
  return {
    once<T>(key: string, check: () => Promise<T>): Promise<T> {
      let answer = answers.get(key) as Promise<T> | undefined;
      if (!answer) {
        answer = check();
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

/** A check made at send time, after the built-in consent check: a string is the reason not to send. */
export type DeliveryGate = (delivery: DeliveryRow, ctx: JobContext, checks: SendChecks) => Promise<string | undefined>;

/** What the module that owns a delivery (`deliveries.module`) adds to its sending. */
export interface DeliveryHooks {
  /** Checked only for this module's deliveries. */
  readonly gates?: readonly DeliveryGate[];
  /**
   * After the sender answered (sent, delivered or cancelled): jobs enqueued in the transaction that records the
   * answer. They run after, on their own, so their failure can never fail or repeat the send.
   */
  afterSend?(delivery: DeliveryRow, result: SendResult, ctx: JobContext): readonly JobSpec[];
  /**
   * After the sender answered: the module's own record of the send (a message's provider id), as writes made in the
   * same commit as the answer: if they throw, only they are undone and logged, the send stays recorded (a retry
   * would send again). They go behind a savepoint of their own only when the group commit is written job by job
   * (core/jobs/completion.ts); written together, a throw has the group written again that way. Cheaper than a
   * follow-up job (no claim, no commit of its own). Undefined when there is nothing to record for this delivery.
   * An item of a set (`inSet`) is written with the other sends' items of the same group commit, in one call.
   */
  recordSent?(delivery: DeliveryRow, result: SendResult, ctx: JobContext): SentRecord | undefined;
  /** After a failed attempt, in the transaction that records the failure (a permanent refusal may be a bounce). */
  afterFailure?(delivery: DeliveryRow, failure: JobFailure, ctx: JobContext): Promise<void>;
}

/** A module's record of a send: writes of its own, or an item of a set written with the group's other sends. */
export type SentRecord = ((db: Executor) => Promise<void>) | SetItem;

const enqueueTarget = (db: Executor, ctx: JobContext) => ({ db, dialect: ctx.app.dialect, clock: ctx.app.clock, jobSignal: ctx.app.jobSignal });

const errorText = (error: Error): string => {
  const body = 'responseBody' in error && typeof error.responseBody === 'string' ? ` — ${error.responseBody}` : '';
  return `${error.message}${body}`.slice(0, 2000);
};

/** 429s one delivery waits out without spending an attempt; past them a 429 counts as a failure (bounded loop). */
const RATE_LIMIT_WAITS = 50;
/** Spread added to each wait, so the calls refused together do not all come back in the same instant. */
const RATE_LIMIT_SPREAD_MS = 250;

/**
 * A provider's 429 means "not yet", not a fault: the send is postponed by exactly its Retry-After (1 s when it gives
 * none), keeping its attempts and skipping the exponential backoff, under which a burst (10,000 refill reminders at
 * the opening) went out far below the provider's rate. `at` is now plus a little spread. Anything else is rethrown.
 */
function waitOutRateLimit(error: unknown, delivery: DeliveryRow, at: number): unknown {
  if (!(error instanceof ProviderError) || error.kind !== 'rate_limited' || delivery.attempts + 1 >= RATE_LIMIT_WAITS) return error;
  return new JobPostponed(at + (error.retryAfterMs ?? 1_000), `${delivery.provider} asked to slow down (429)`);
}

/**
 * The payload of the job that sends a delivery (queued under the job key `delivery:<id>`, see deliveries.ts), and the
 * deliveries queued after it on the same serial key that the same job goes on to send (a sequence: a WhatsApp
 * reply's seen, typing, stop-typing and words), each not before its `runAt`.
 */
export const deliverySendPayload = z.object({
  deliveryId: z.string(),
  then: z.array(z.object({ deliveryId: z.string(), runAt: z.number() })).optional(),
});

declare module '../jobs/types.js' {
  interface JobPayloads {
    'delivery.send': z.infer<typeof deliverySendPayload>;
  }
}

/** The rest of a sequence, from the step the job stopped at. */
type SequenceRest = readonly { readonly deliveryId: string; readonly runAt: number }[];

/**
 * The job that goes on with a sequence: the next step leads it, due at `runAt`. Same serial key, so it stays in
 * order with everything else of the key; same job key as a lone send of that delivery, so a manual retry finds it.
 */
function continuation(rest: SequenceRest, runAt: number, serialKey: string | null): JobSpec<'delivery.send'> {
  const [next, ...after] = rest;
  if (!next) throw new Error('a sequence continues with at least one step');
  return jobSpec('delivery.send', { deliveryId: next.deliveryId, ...(after.length > 0 ? { then: after } : {}) }, { runAt, serialKey, jobKey: deliveryJobKey(next.deliveryId) });
}

/** A delivery's answer as written on its row. */
interface DeliveryAnswer {
  readonly status: string;
  readonly attempts: number;
  readonly response: string;
  readonly last_error: string | null;
  readonly sent_at: number | null;
  readonly latency_ms: number | null;
  readonly updated_at: number;
}

/** A delivery the provider answered: its row's new values, the owner's follow-ups and record. */
interface AnsweredStep {
  readonly deliveryId: string;
  readonly module: string;
  readonly answer: DeliveryAnswer;
  readonly followUps: readonly JobSpec[];
  readonly record?: SentRecord;
}

/** What one delivery of a send job came to: answered, or closed by a gate before any call. */
type StepEnd = AnsweredStep | { readonly deliveryId: string; readonly cancelled: string; readonly at: number };

/** The answers on their rows: one update for one, one statement from a list of values for a sequence's several. */
async function recordAnswers(db: Executor, workspaceId: string, answered: readonly AnsweredStep[]): Promise<void> {
  const [only] = answered;
  if (!only) return;
  if (answered.length === 1) {
    await db.updateTable('deliveries').set(only.answer).where('id', '=', only.deliveryId).execute();
    return;
  }
  // Numbers cast so that PostgreSQL types the values list as the columns (bound values are text to it otherwise).
  const rows = answered.map(
    ({ deliveryId, answer: a }) =>
      sql`(${deliveryId}, ${a.status}, cast(${a.attempts} as bigint), ${a.response}, ${a.last_error}, cast(${a.sent_at} as bigint), cast(${a.latency_ms} as bigint), cast(${a.updated_at} as bigint))`,
  );
  // The workspace condition is written so that SQLite finds the rows by primary key (see workspaceColumn).
  await sql`with v (id, status, attempts, response, last_error, sent_at, latency_ms, updated_at) as (values ${sql.join(rows)})
    update deliveries set status = v.status, attempts = v.attempts, response = v.response, last_error = v.last_error,
      sent_at = v.sent_at, latency_ms = v.latency_ms, updated_at = v.updated_at
    from v where deliveries.id = v.id and ${workspaceColumn('deliveries.workspace_id')} = ${workspaceId}`.execute(db);
}

/** A send job's ending: what its deliveries came to, and the job that goes on with its sequence. */
interface SendEnding {
  readonly ctx: JobContext;
  readonly ends: readonly StepEnd[];
  readonly next: JobSpec<'delivery.send'> | undefined;
}

/**
 * What send jobs' deliveries came to, written with their completions in the group commit of the io jobs ending now,
 * as a set: every answer of a workspace in one statement, every follow-up job in one more, and the modules' records
 * of a set in one call each. A crash before that commit leaves them queued: the jobs run again and call the
 * providers with the same idempotency keys.
 */
const sendEndings: CompletionSet<SendEnding> = {
  async write(db, items) {
    for (const [workspaceId, endings] of grouped(items, (e) => e.ctx.workspaceId)) {
      const answered: AnsweredStep[] = [];
      for (const end of endings.flatMap((e) => e.ends)) {
        if ('cancelled' in end) {
          await db.updateTable('deliveries').set({ status: 'cancelled', last_error: end.cancelled, updated_at: end.at }).where('id', '=', end.deliveryId).execute();
        } else answered.push(end);
      }
      await recordAnswers(db, workspaceId, answered);
      const followUps = [...answered.flatMap((a) => a.followUps), ...endings.flatMap((e) => (e.next ? [e.next] : []))];
      const first = endings[0];
      if (first && followUps.length > 0) await enqueueJobs(enqueueTarget(db, first.ctx), workspaceId, followUps);
    }
    await writeRecords(db, items);
  },
};

/**
 * The modules' records of the sends. In a group commit written without savepoints, a throw here has the group
 * written again with one savepoint per job (two round trips fewer per send meanwhile); written so, each record goes
 * behind a savepoint of its own, and one that throws is undone and logged: the send stays recorded.
 */
async function writeRecords(db: Executor, items: readonly SendEnding[]): Promise<void> {
  const records = items.flatMap(({ ctx, ends }) => ends.flatMap((end) => ('record' in end && end.record ? [{ ctx, end, record: end.record }] : [])));
  if (rewrittenIfAWriteThrows(db)) {
    for (const { record } of records) if (typeof record === 'function') await record(db);
    await writeSets(db, records.flatMap(({ record }) => (typeof record === 'function' ? [] : [record])));
    return;
  }
  for (const { ctx, end, record } of records) {
    await withSavepoint(db, 'record_sent', () => (typeof record === 'function' ? record(db) : writeSets(db, [record]))).catch((error: unknown) =>
      ctx.logger.error({ err: error, deliveryId: end.deliveryId, module: end.module }, 'recordSent hook failed; the send is recorded without it'),
    );
  }
}

/**
 * `senders` by provider (from the connectors), `hooks` by module name (from the modules' descriptors); `gate` limits
 * the calls in flight per provider (without it, only the worker's own concurrency limits them).
 */
export function deliverySendJob(
  senders: ReadonlyMap<string, DeliverySender>,
  hooks: ReadonlyMap<string, DeliveryHooks> = new Map(),
  gate?: ProviderGate,
): RegisteredJob<'delivery.send'> {
  /**
   * One delivery: gates, business hours, the call. Returns what is to be written when the job ends (never before:
   * see the job's comment). Throws what the job would fail or wait with (a retryable provider error, JobPostponed).
   */
  const sendOne = async (delivery: DeliveryRow, ctx: JobContext, checks: SendChecks): Promise<StepEnd> => {
    const deliveryId = delivery.id;
    const now = () => ctx.app.clock.now();
    const consentGate: DeliveryGate = async (d) => {
      const contactId = d.contact_id;
      if (!contactId) return undefined;
      const allowed = await checks.once(`consent:${contactId}:${d.channel}`, async () => (await ctx.app.readBatches.read(sendAllowedRead, ctx.db, d.workspace_id, consentReadKey(d.channel, contactId))) ?? true);
      return allowed ? undefined : `contact opted out of ${d.channel}`;
    };
    const owner = hooks.get(delivery.module);
    for (const gate of [consentGate, ...(owner?.gates ?? [])]) {
      const reason = await gate(delivery, ctx, checks);
      if (reason) return { deliveryId, cancelled: reason, at: now() };
    }
    if (delivery.business_hours_only) {
      // Checked again now: the hours may have changed since it was queued, or a retry may fall after closing.
      const { timezone, hours } = await loadBusinessHours(ctx.db, delivery.workspace_id);
      const opening = nextBusinessOpening(now(), timezone, hours);
      if (opening > now()) throw new JobPostponed(opening, 'waiting for business hours');
    }
    const sender = senders.get(delivery.provider);
    if (!sender) throw new AppError('provider_not_configured', `no sender for provider ${delivery.provider}`, { retryable: false });
    // The attempt is counted on the delivery when its answer (or failure) is written: a commit less per send. The job
    // row counted it already, in the commit that claimed it, so a crash during the call still uses up an attempt.
    const result = await (gate ? gate.run(delivery.provider, () => sender(delivery, ctx)) : sender(delivery, ctx)).catch(async (error: unknown) => {
      const next = waitOutRateLimit(error, delivery, now() + Math.floor(ctx.app.random() * RATE_LIMIT_SPREAD_MS));
      // A 429 costs the job no attempt, but the delivery counts its waits, so a provider that never lets up ends it.
      if (next instanceof JobPostponed) await ctx.db.updateTable('deliveries').set({ attempts: delivery.attempts + 1, updated_at: now() }).where('id', '=', deliveryId).execute();
      throw next;
    });
    const at = now();
    const cancelled = result.status === 'cancelled';
    let followUps: readonly JobSpec[] = [];
    let record: SentRecord | undefined;
    try {
      followUps = owner?.afterSend?.(delivery, result, ctx) ?? [];
      record = owner?.recordSent?.(delivery, result, ctx);
    } catch (error) {
      // The provider already accepted it: a hook's bug must not fail the job, or its retry would send it again.
      ctx.logger.error({ err: error, deliveryId, module: delivery.module }, 'a delivery hook failed; the send is recorded without what it adds');
    }
    return {
      deliveryId,
      module: delivery.module,
      answer: {
        status: result.status ?? 'sent',
        attempts: delivery.attempts + 1,
        response: JSON.stringify(result.response ?? null).slice(0, 10_000),
        last_error: cancelled ? (result.reason ?? 'cancelled by the provider').slice(0, 2000) : null,
        sent_at: cancelled ? null : at,
        latency_ms: cancelled ? null : at - delivery.created_at,
        updated_at: at,
      },
      followUps,
      ...(record ? { record } : {}),
    };
  };

  /** Still to send: one recorded as sent (or closed) is never sent again by a retry of its job. */
  const unsent = (d: DeliveryRow | undefined): d is DeliveryRow => d !== undefined && d.status !== 'sent' && d.status !== 'delivered' && d.status !== 'cancelled';

  return defineJob('delivery.send', {
    schema: deliverySendPayload,
    mode: 'io',
    maxAttempts: 12,
    // 5 s doubling to an hour: about 3 hours of provider outage before a delivery is dead.
    backoff: { baseMs: 5_000, capMs: 60 * 60_000 },
    /**
     * The first delivery as a job of its own: a failure fails the job (retried with backoff, dead at the end). A
     * sequence's later steps go out in the same job while they are due and their calls succeed, so a reply of four
     * WAHA calls costs one claim and one ending instead of four of each. At the first step that is not due yet (the
     * typing pause) or that cannot go now (a failure, a 429, a closed session), the job ends with what it sent and
     * a continuation job takes the rest from that step, due when it is: there the step is a first delivery again,
     * with its own attempts and backoff. So a step's failure costs at most one call more than a lone send's.
     */
    async handle({ deliveryId, then = [] }, ctx) {
      const ids = [deliveryId, ...then.map((s) => s.deliveryId)];
      // Read with the deliveries of the other send jobs running now, in one statement (core/read-batch.ts).
      const rows = await Promise.all(ids.map((id) => ctx.app.readBatches.read(deliveryRead, ctx.db, ctx.workspaceId, id)));
      const byId = new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
      const ends: StepEnd[] = [];
      let next: JobSpec<'delivery.send'> | undefined;
      const checks = runChecks();
      const first = byId.get(deliveryId);
      if (unsent(first)) ends.push(await sendOne(first, ctx, checks));
      for (const [i, step] of then.entries()) {
        const delivery = byId.get(step.deliveryId);
        if (!unsent(delivery)) continue;
        const rest = then.slice(i);
        if (step.runAt > ctx.app.clock.now()) {
          next = continuation(rest, step.runAt, ctx.job.serial_key);
          break;
        }
        try {
          ends.push(await sendOne(delivery, ctx, checks));
        } catch (error) {
          const at = error instanceof JobPostponed ? error.until : ctx.app.clock.now();
          ctx.logger.info({ deliveryId: step.deliveryId, reason: coerceError(error).message }, 'a later step of a sequence could not go now; a job of its own takes it from here');
          next = continuation(rest, at, ctx.job.serial_key);
          break;
        }
      }
      if (ends.length > 0 || next) await ctx.atCompletionInSet(sendEndings, { ctx, ends, next });
    },
    async onFailed({ deliveryId, then }, ctx, failure) {
      await inTransaction(ctx.db, async (trx) => {
        const delivery = await trx
          .selectFrom('deliveries')
          .selectAll()
          .where('workspace_id', '=', ctx.workspaceId)
          .where('id', '=', deliveryId)
          .executeTakeFirst();
        if (!delivery || delivery.status === 'sent' || delivery.status === 'delivered') return;
        await trx
          .updateTable('deliveries')
          .set({ status: failure.dead ? 'dead' : 'failed', attempts: delivery.attempts + 1, last_error: errorText(failure.error), updated_at: ctx.app.clock.now() })
          .where('workspace_id', '=', ctx.workspaceId)
          .where('id', '=', deliveryId)
          .execute();
        await hooks.get(delivery.module)?.afterFailure?.(delivery, failure, { ...ctx, db: trx });
        // A step that gave up does not hold back the rest of its sequence, as it would not as a job of its own.
        if (failure.dead && then && then.length > 0) await enqueueJobs(enqueueTarget(trx, ctx), ctx.workspaceId, [continuation(then, ctx.app.clock.now(), ctx.job.serial_key)]);
      });
    },
  });
}
