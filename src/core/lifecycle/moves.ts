// Stage moves: check a move against its pipeline, record it in stage_history, keep stage_counts right.
import { sql } from 'kysely';
import type { Executor, StageHistoryTable } from '../../db/database.js';
import { recordAudit, type Actor } from '../audit.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import type { Pipeline } from './pipeline.js';
import { inTransaction } from '../../db/transaction.js';

/** One recorded move. `from_stage` is null when the subject entered the pipeline. */
export type StageHistoryEntry = StageHistoryTable;

export interface MoveInput<S extends string> {
  workspaceId: string;
  /** The id of the thing that moves (a lead, a chat); its own row holds its current stage. */
  subjectId: string;
  /** The subject's current stage as stored on its row; null when it is entering the pipeline. */
  from: string | null;
  to: S;
  /** What caused the move, for people reading the history: `order.paid`, `timer.expired`, `manual`. */
  cause: string;
  actor: Actor;
  /** Why a person overrides the pipeline; required for a move the pipeline does not allow. */
  reason?: string | undefined;
  /** The inbox event that caused the move, if any. */
  eventId?: string | undefined;
}

export type MoveResult = { moved: false } | { moved: true; historyId: string; overridden: boolean };

/**
 * Moves a subject from one stage to another.
 *
 * - Moving to the current stage does nothing and returns `{ moved: false }` (an event that arrives twice).
 * - A move the pipeline does not allow (not in `moves`, backwards under `neverBackwards`, out of a terminal stage,
 *   entering anywhere but an entry stage) throws `illegal_move`, unless a person (`actor.type` user or token) gives a
 *   non-empty `reason`: then the move is made and also audited as `stage.override`. A person's override without a
 *   reason throws `validation_failed`. A stage the pipeline does not know throws `validation_failed`.
 * - Every move writes a stage_history row and moves one count from `from` to `to` in stage_counts.
 *
 * The caller updates its own subject row (its stage column) in the same transaction and passes that transaction
 * as `db`, so the row, the history and the counts commit together with the jobs the move causes. The caller also
 * makes sure `from` is current: read the row in that transaction, or update it with `where stage = from` and call
 * this only when one row changed. Given a bare Kysely instance, this opens its own transaction.
 */
export async function applyMove<S extends string>(db: Executor, clock: Clock, pipeline: Pipeline<S>, input: MoveInput<S>): Promise<MoveResult> {
  const [result] = await applyMoves(db, clock, pipeline, [input]);
  return result ?? { moved: false };
}

/**
 * Many moves of one pipeline at once (a batch of timers, a set of events), each checked and recorded exactly as
 * applyMove would: the history rows in one insert, the counts in one upsert that adds each stage's net change once,
 * an override's audit entry each. Every move is checked before anything is written, so an illegal one writes
 * nothing. Results are in the order of `inputs`.
 */
export async function applyMoves<S extends string>(db: Executor, clock: Clock, pipeline: Pipeline<S>, inputs: readonly MoveInput<S>[]): Promise<MoveResult[]> {
  const checked = inputs.map((input) => checkMove(pipeline, input));
  if (checked.every((c) => c.input.from === c.input.to)) return checked.map(() => ({ moved: false }));

  const run = async (trx: Executor): Promise<MoveResult[]> => {
    const at = clock.now();
    const results: MoveResult[] = [];
    const entries: StageHistoryEntry[] = [];
    const deltas = new Map<string, { workspaceId: string; stage: string; delta: number }>();
    const add = (workspaceId: string, stage: string, delta: number) => {
      const key = JSON.stringify([workspaceId, stage]);
      const row = deltas.get(key) ?? { workspaceId, stage, delta: 0 };
      row.delta += delta;
      deltas.set(key, row);
    };
    for (const { input, why, reason } of checked) {
      if (input.from === input.to) {
        results.push({ moved: false });
        continue;
      }
      const entry: StageHistoryEntry = {
        id: newId('stg', at),
        workspace_id: input.workspaceId,
        pipeline: pipeline.name,
        subject_id: input.subjectId,
        from_stage: input.from,
        to_stage: input.to,
        cause: input.cause,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        reason,
        event_id: input.eventId ?? null,
        at,
      };
      entries.push(entry);
      add(input.workspaceId, input.to, 1);
      if (input.from !== null) add(input.workspaceId, input.from, -1);
      results.push({ moved: true, historyId: entry.id, overridden: why !== undefined });
    }
    for (let i = 0; i < entries.length; i += HISTORY_ROWS_PER_INSERT) {
      await trx.insertInto('stage_history').values(entries.slice(i, i + HISTORY_ROWS_PER_INSERT)).execute();
    }
    // Count rows are updated in key order, so two sets of moves in opposite directions cannot deadlock in PostgreSQL.
    // A stage whose moves in and out cancel out still gets its row, as the moves one by one would have made it.
    const changed = [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
    if (changed.length > 0) await addToCounts(trx, pipeline.name, changed);
    for (const { input, why, reason } of checked) {
      if (why === undefined || input.from === input.to) continue;
      await recordAudit(trx, clock, {
        workspaceId: input.workspaceId,
        actor: input.actor,
        action: 'stage.override',
        subjectType: pipeline.name,
        subjectId: input.subjectId,
        before: { stage: input.from },
        after: { stage: input.to, reason, cause: input.cause, overrides: why },
      });
    }
    return results;
  };
  return inTransaction(db, run);
}

/** Rows of one stage_history insert (12 values each: well inside SQLite's limit on bound values). */
const HISTORY_ROWS_PER_INSERT = 500;

/** A move checked against its pipeline (see applyMove for the rules): why the pipeline refuses it, and the reason given. */
function checkMove<S extends string>(pipeline: Pipeline<S>, input: MoveInput<S>): { input: MoveInput<S>; why: string | undefined; reason: string | null } {
  const { from, to } = input;
  if (!pipeline.isStage(to)) {
    throw new AppError('validation_failed', `${to} is not a stage of ${pipeline.name}`, { context: { from, to, pipeline: pipeline.name } });
  }
  const reason = input.reason?.trim() || null;
  if (from === to) return { input, why: undefined, reason };
  const why = pipeline.whyIllegal(from, to);
  if (why !== undefined) {
    const context = { from, to, pipeline: pipeline.name };
    // A person acts through a session or an API token; automation (system, webhook, AI) never overrides.
    if (input.actor.type !== 'user' && input.actor.type !== 'token') {
      throw new AppError('illegal_move', `cannot move ${pipeline.name} from ${from ?? '(new)'} to ${to}: ${why}`, { context });
    }
    if (reason === null) {
      throw new AppError('validation_failed', `reason is required to move ${pipeline.name} from ${from ?? '(new)'} to ${to}: ${why}`, {
        context: { ...context, field: 'reason' },
      });
    }
  }
  return { input, why, reason };
}

/** One upsert for every stage's net change, on both dialects: the first move into a stage creates its row. */
async function addToCounts(db: Executor, pipeline: string, deltas: readonly { workspaceId: string; stage: string; delta: number }[]): Promise<void> {
  await db
    .insertInto('stage_counts')
    .values(deltas.map((d) => ({ workspace_id: d.workspaceId, pipeline, stage: d.stage, count: d.delta })))
    .onConflict((oc) => oc.columns(['workspace_id', 'pipeline', 'stage']).doUpdateSet({ count: sql<number>`stage_counts.count + excluded.count` }))
    .execute();
}

/** How many subjects are in each stage now; every stage of the pipeline is present, with 0 when empty. */
export async function getStageCounts<S extends string>(db: Executor, workspaceId: string, pipeline: Pipeline<S>): Promise<Record<S, number>> {
  const rows = await db
    .selectFrom('stage_counts')
    .select(['stage', 'count'])
    .where('workspace_id', '=', workspaceId)
    .where('pipeline', '=', pipeline.name)
    .execute();
  const counts = Object.fromEntries(pipeline.stages.map((s) => [s, 0])) as Record<S, number>;
  for (const row of rows) {
    if (pipeline.isStage(row.stage)) counts[row.stage] = Number(row.count);
  }
  return counts;
}

/** A subject's moves, oldest first; optionally only those of one pipeline. */
export async function listStageHistory(
  db: Executor,
  workspaceId: string,
  subjectId: string,
  options: { pipeline?: string } = {},
): Promise<StageHistoryEntry[]> {
  let query = db.selectFrom('stage_history').selectAll().where('workspace_id', '=', workspaceId).where('subject_id', '=', subjectId);
  if (options.pipeline !== undefined) query = query.where('pipeline', '=', options.pipeline);
  return query.orderBy('at').orderBy('id').execute();
}
