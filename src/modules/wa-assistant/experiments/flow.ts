// A/B test writes: an owner defines, edits (while a draft), starts and stops an experiment; a turn gives its
// conversation a variant once (sticky) and records it on the turn. Every change is audited.
import { recordAudit, type Actor } from '../../../core/audit.js';
import { AppError, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { z } from 'zod';
import type { Executor } from '../../../db/database.js';
import { inTransaction, isUniqueViolation } from '../../../db/transaction.js';
import type { createExperimentBody, updateExperimentBody } from '../contract/experiments.js';
import type { Flow } from '../flow.js';
import type { ConversationRow } from '../queries.js';
import { pickVariant } from './assign.js';
import { keptRunningExperiment } from '../turn-reads.js';
import { findExperiment, missingPromptVersions, parseVariants, runningExperiment, type ExperimentRow, type StoredVariant } from './queries.js';

type NewExperiment = z.output<typeof createExperimentBody>;
type ExperimentChange = z.output<typeof updateExperimentBody>;

interface Writer {
  readonly db: Executor;
  readonly clock: { now(): number };
  readonly workspaceId: string;
  readonly actor: Actor;
}

const audit = (w: Writer, action: string, id: string, before: unknown, after: unknown) =>
  recordAudit(w.db, w.clock, { workspaceId: w.workspaceId, actor: w.actor, action, subjectType: 'wa_experiment', subjectId: id, before, after });

/** The variants as stored; a prompt version that is not saved is refused, naming the field. */
async function checkedVariants(w: Writer, variants: NewExperiment['variants']): Promise<StoredVariant[]> {
  const wanted = variants.flatMap((v, i) => Object.entries(v.prompt_versions).map(([type, version]) => ({ at: `variants.${i}.prompt_versions.${type}`, pair: [type, version ?? ''] as const })));
  const missing = await missingPromptVersions(w.db, w.workspaceId, wanted.map((x) => x.pair));
  const first = wanted.find((x) => missing.some(([t, v]) => t === x.pair[0] && v === x.pair[1]));
  if (first) throw new AppError('validation_failed', `${first.at}: ${first.pair[0]} prompt version ${first.pair[1]} is not saved (PUT /api/ai/prompts first)`, { context: { field: first.at } });
  return variants.map((v) => ({ key: v.key, name: v.name ?? v.key, weight: v.weight, prompt_versions: v.prompt_versions, reply_templates: v.reply_templates }));
}

async function mustFind(w: Writer, id: string): Promise<ExperimentRow> {
  const row = await findExperiment(w.db, w.workspaceId, id);
  if (!row) throw notFound('experiment', id);
  return row;
}

export async function createExperiment(w: Writer, input: NewExperiment, createdBy: string | null): Promise<string> {
  const variants = await checkedVariants(w, input.variants);
  const now = w.clock.now();
  const id = newId('wex', now);
  await w.db
    .insertInto('wa_experiments')
    .values({ id, workspace_id: w.workspaceId, name: input.name, hypothesis: input.hypothesis ?? null, status: 'draft', variants: JSON.stringify(variants), created_by: createdBy, created_at: now, updated_at: now, started_at: null, stopped_at: null })
    .execute();
  await audit(w, 'experiment.create', id, undefined, { name: input.name, variants: variants.map((v) => ({ key: v.key, weight: v.weight })) });
  if (input.start) await startExperiment(w, id);
  return id;
}

/** A draft changes freely; once started, what customers met is fixed (stop it and create a new one instead). */
export async function updateExperiment(w: Writer, id: string, change: ExperimentChange): Promise<void> {
  const row = await mustFind(w, id);
  if (row.status !== 'draft') throw new AppError('conflict', `experiment ${id} has ${row.status === 'running' ? 'started' : 'stopped'}: its variants no longer change; create a new experiment instead`, { context: { field: 'status' } });
  const variants = change.variants ? await checkedVariants(w, change.variants) : undefined;
  await w.db
    .updateTable('wa_experiments')
    .set({
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.hypothesis !== undefined ? { hypothesis: change.hypothesis } : {}),
      ...(variants ? { variants: JSON.stringify(variants) } : {}),
      updated_at: w.clock.now(),
    })
    .where('id', '=', row.id)
    .execute();
  await audit(w, 'experiment.update', id, { name: row.name }, { name: change.name ?? row.name, variants: variants?.map((v) => ({ key: v.key, weight: v.weight })) });
}

/** From now on, conversations that start get a variant. One experiment runs at a time. */
export async function startExperiment(w: Writer, id: string): Promise<void> {
  const row = await mustFind(w, id);
  if (row.status !== 'draft') throw new AppError('conflict', `experiment ${id} is ${row.status}: only a draft starts (a stopped experiment keeps its figures; create a new one to test again)`, { context: { field: 'status' } });
  const other = await runningExperiment(w.db, w.workspaceId);
  if (other) throw new AppError('conflict', `experiment ${other.id} (${other.name}) is running: stop it first, one test at a time keeps the figures clean`, { context: { field: 'status', running: other.id } });
  const now = w.clock.now();
  try {
    await w.db.updateTable('wa_experiments').set({ status: 'running', started_at: now, updated_at: now }).where('id', '=', row.id).where('status', '=', 'draft').execute();
  } catch (thrown) {
    // Two starts at once: the unique index on the running test lets one through.
    if (isUniqueViolation(thrown)) throw new AppError('conflict', 'another experiment started at the same moment: stop it first', { context: { field: 'status' } });
    throw thrown;
  }
  await audit(w, 'experiment.start', id, { status: row.status }, { status: 'running', started_at: now });
}

/** Nobody new joins; conversations already in it are answered by production again; the figures stay. */
export async function stopExperiment(w: Writer, id: string): Promise<void> {
  const row = await mustFind(w, id);
  if (row.status !== 'running') throw new AppError('conflict', `experiment ${id} is ${row.status}, not running`, { context: { field: 'status' } });
  const now = w.clock.now();
  await w.db.updateTable('wa_experiments').set({ status: 'stopped', stopped_at: now, updated_at: now }).where('id', '=', row.id).execute();
  await audit(w, 'experiment.stop', id, { status: 'running' }, { status: 'stopped', stopped_at: now });
}

export interface TurnVariant {
  readonly experimentId: string;
  readonly variant: StoredVariant;
}

/**
 * The variant this conversation's turn answers with. A conversation joins the running experiment at its first turn
 * when it started after the experiment did (so each variant's funnel starts at the first message), and keeps that
 * variant: the pick is a hash of the two ids, and it is written once (`experiment_id is null`), so a retried turn
 * or a second worker agrees. Once the experiment stops, production answers again; the record stays.
 */
export async function variantForTurn(f: Flow, conversation: ConversationRow): Promise<TurnVariant | null> {
  if (conversation.experiment_id !== null) {
    const row = await findExperiment(f.db, f.workspaceId, conversation.experiment_id);
    const variant = row?.status === 'running' ? parseVariants(row).find((v) => v.key === conversation.variant_key) : undefined;
    return row && variant ? { experimentId: row.id, variant } : null;
  }
  const running = await keptRunningExperiment(f.ctx.readCache, f.db, f.workspaceId);
  if (!running || running.started_at === null || Number(conversation.created_at) < Number(running.started_at)) return null;
  const variants = parseVariants(running);
  const key = pickVariant(running.id, conversation.id, variants);
  const variant = variants.find((v) => v.key === key);
  if (!variant) return null;
  // Only joining writes (with its audit row, together); a turn with no test running reads one row and moves on.
  await inTransaction(f.db, async (trx) => {
    const joined = await trx
      .updateTable('wa_conversations')
      .set({ experiment_id: running.id, variant_key: variant.key })
      .where('workspace_id', '=', f.workspaceId)
      .where('id', '=', conversation.id)
      .where('experiment_id', 'is', null)
      .executeTakeFirst();
    if (Number(joined.numUpdatedRows) > 0) {
      await recordAudit(trx, f.ctx.clock, { workspaceId: f.workspaceId, actor: { type: 'ai', id: null }, action: 'experiment.assign', subjectType: 'wa_conversation', subjectId: conversation.id, after: { experiment_id: running.id, variant_key: variant.key } });
    }
  });
  return { experimentId: running.id, variant };
}

/** The turn answered with this variant (called in the turn's own transaction). */
export async function recordTurnVariant(f: Flow, turnId: string, v: TurnVariant): Promise<void> {
  await f.db.updateTable('wa_turns').set({ experiment_id: v.experimentId, variant_key: v.variant.key }).where('workspace_id', '=', f.workspaceId).where('id', '=', turnId).execute();
}
