// Reads of A/B tests: the experiments with each variant's figures, the running one, and the prompts a variant answers with.
import type { Selectable } from 'kysely';
import type { Executor } from '../../../db/database.js';
import { cohort } from '../analytics/queries.js';
import { funnel, type CohortConversation } from '../analytics/figures.js';
import type { Experiment, ExperimentFigures, ReplyTemplates } from '../contract/experiments.js';
import type { WaExperimentTable } from '../tables.js';
import { workspaceColumn } from '../../../db/by-id.js';

export type ExperimentRow = Selectable<WaExperimentTable>;

/** A variant as saved: what the owner sent, defaults filled. */
export interface StoredVariant {
  readonly key: string;
  readonly name: string;
  readonly weight: number;
  readonly prompt_versions: Partial<Record<'base' | 'company' | 'rules' | 'escalation' | 'faq', string>>;
  readonly reply_templates: ReplyTemplates;
}

export const parseVariants = (row: Pick<ExperimentRow, 'variants'>): StoredVariant[] => JSON.parse(row.variants) as StoredVariant[];

export async function findExperiment(db: Executor, workspaceId: string, id: string): Promise<ExperimentRow | undefined> {
  return db.selectFrom('wa_experiments').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function runningExperiment(db: Executor, workspaceId: string): Promise<ExperimentRow | undefined> {
  return db.selectFrom('wa_experiments').selectAll().where('workspace_id', '=', workspaceId).where('status', '=', 'running').executeTakeFirst();
}

/** Ratings (1–5) of these experiments' conversations (those created in the range, when given), by `experiment:variant`. */
async function ratingsByVariant(db: Executor, workspaceId: string, experimentIds: readonly string[], range?: { start: number; end: number }): Promise<Map<string, number[]>> {
  if (experimentIds.length === 0) return new Map();
  let q = db
    .selectFrom('wa_satisfaction as s')
    .innerJoin('wa_conversations as c', 'c.id', 's.conversation_id')
    .select(['c.experiment_id', 'c.variant_key', 's.score'])
    .where('s.workspace_id', '=', workspaceId)
    .where('c.experiment_id', 'in', [...experimentIds])
    .where('s.status', '=', 'answered');
  if (range) q = q.where('c.created_at', '>=', range.start).where('c.created_at', '<', range.end);
  const out = new Map<string, number[]>();
  for (const r of await q.execute()) {
    const key = `${r.experiment_id ?? ''}:${r.variant_key ?? ''}`;
    if (r.score !== null) out.set(key, [...(out.get(key) ?? []), Number(r.score)]);
  }
  return out;
}

/** The average of 1–5 ratings to two decimals; null when nobody answered. */
export const averageRating = (scores: readonly number[]): number | null => (scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100);

/** Each variant's figures from its conversations (pure), zeros for a variant nobody got yet. */
export function variantFigures(experimentId: string, variants: readonly StoredVariant[], members: readonly CohortConversation[], ratings: ReadonlyMap<string, readonly number[]>) {
  const total = variants.reduce((n, v) => n + v.weight, 0);
  return variants.map((v) => {
    const f = funnel(members.filter((c) => c.experimentId === experimentId && c.variantKey === v.key));
    const scores = ratings.get(`${experimentId}:${v.key}`) ?? [];
    return {
      ...v,
      share: total > 0 ? v.weight / total : 0,
      figures: { conversations: f.conversations, reached_interest: f.reached_interest, reached_booking: f.reached_booking, conversion_rate: f.conversion_rate, conversion_rate_text: f.conversion_rate_text, escalation_rate: f.escalation_rate, satisfaction_score: averageRating(scores), ratings: scores.length },
    };
  });
}

/**
 * The experiment as the API shows it. Only conversations that started while it ran can have joined it, so its
 * figures come from the conversations created between its start and its stop.
 */
export async function experimentView(db: Executor, workspaceId: string, row: ExperimentRow, now: number): Promise<Experiment> {
  const variants = parseVariants(row);
  const members = row.started_at === null ? [] : (await cohort(db, workspaceId, { start: Number(row.started_at), end: row.stopped_at === null ? now + 1 : Number(row.stopped_at) + 1 })).filter((c) => c.experimentId === row.id);
  const ratings = row.started_at === null ? new Map<string, number[]>() : await ratingsByVariant(db, workspaceId, [row.id]);
  return {
    id: row.id,
    name: row.name,
    hypothesis: row.hypothesis,
    status: row.status as Experiment['status'],
    created_by: row.created_by,
    created_at: Number(row.created_at),
    started_at: row.started_at === null ? null : Number(row.started_at),
    stopped_at: row.stopped_at === null ? null : Number(row.stopped_at),
    variants: variantFigures(row.id, variants, members, ratings),
  };
}

export async function listExperiments(db: Executor, workspaceId: string, now: number): Promise<Experiment[]> {
  const rows = await db.selectFrom('wa_experiments').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(100).execute();
  const out: Experiment[] = [];
  for (const row of rows) out.push(await experimentView(db, workspaceId, row, now));
  return out;
}

/** Which of these prompt versions are not saved: `[type, version]` pairs. */
export async function missingPromptVersions(db: Executor, workspaceId: string, wanted: readonly (readonly [string, string])[]): Promise<(readonly [string, string])[]> {
  if (wanted.length === 0) return [];
  const rows = await db.selectFrom('wa_prompts').select(['prompt_type', 'version']).where('workspace_id', '=', workspaceId).where('version', 'in', [...new Set(wanted.map(([, v]) => v))]).execute();
  const saved = new Set(rows.map((r) => `${r.prompt_type}:${r.version}`));
  return wanted.filter(([t, v]) => !saved.has(`${t}:${v}`));
}

/**
 * The A/B tests of the conversations that started in the analytics range, each variant with its figures over those
 * conversations only (the report's range applies to the experiments too).
 */
export async function experimentsInRange(db: Executor, workspaceId: string, r: { start: number; end: number }): Promise<ExperimentFigures[]> {
  const joined = await db
    .selectFrom('wa_conversations')
    .select('experiment_id')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', r.start)
    .where('created_at', '<', r.end)
    .where('experiment_id', 'is not', null)
    .execute();
  const ids = joined.flatMap((j) => (j.experiment_id === null ? [] : [j.experiment_id]));
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('wa_experiments').selectAll().where(workspaceColumn(), '=', workspaceId).where('id', 'in', ids).orderBy('created_at', 'desc').execute();
  const members = (await cohort(db, workspaceId, r)).filter((c) => c.experimentId !== null);
  const ratings = await ratingsByVariant(db, workspaceId, ids, r);
  return rows.map((row) => ({
    experiment_id: row.id,
    name: row.name,
    status: row.status as ExperimentFigures['status'],
    variants: variantFigures(row.id, parseVariants(row), members, ratings).map((v) => ({ variant_key: v.key, name: v.name, weight: v.weight, share: v.share, ...v.figures })),
  }));
}
