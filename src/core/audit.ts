// Audit log: who changed what and when, with before/after snapshots stored as JSON text.
import type { AuditTable, Executor } from '../db/database.js';
import type { Clock } from './clock.js';
import { newId } from './ids.js';

/** Who caused a change: a signed-in person, the server itself, a provider webhook, the AI assistant, or an API token. */
export type ActorType = 'user' | 'system' | 'webhook' | 'ai' | 'token';

/** The author of a change. `id` is the user, token or webhook source id when there is one. */
export interface Actor {
  readonly type: ActorType;
  readonly id?: string | null;
}

/** The server acting on its own (timers, rules). */
export const systemActor: Actor = { type: 'system', id: null };

export interface AuditInput {
  workspaceId: string;
  actor: Actor;
  /** What happened, as `noun.verb`: `contact.merge`, `stage.override`, `settings.update`. */
  action: string;
  /** What kind of thing changed: `contact`, `settings`, or a pipeline name. */
  subjectType: string;
  subjectId: string;
  /** The state before the change; stored as JSON. Never pass plain secrets. */
  before?: unknown;
  /** The state after the change; stored as JSON. Never pass plain secrets. */
  after?: unknown;
}

/** One audit row, with its JSON snapshots parsed back. */
export interface AuditEntry {
  id: string;
  workspaceId: string;
  actor: { type: string; id: string | null };
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  /** UTC epoch ms. */
  at: number;
}

const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const fromJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** Writes one audit row and returns its id. Call it inside the transaction that made the change. */
export async function recordAudit(db: Executor, clock: Clock, input: AuditInput): Promise<string> {
  const [id] = await recordAudits(db, clock, [input]);
  return id as string;
}

/** Writes many audit rows in one statement (changes made together, e.g. turns escalating in one commit); their ids in order. */
export async function recordAudits(db: Executor, clock: Clock, inputs: readonly AuditInput[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const at = clock.now();
  const rows: AuditTable[] = inputs.map((input) => ({
    id: newId('aud', at),
    workspace_id: input.workspaceId,
    actor_type: input.actor.type,
    actor_id: input.actor.id ?? null,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId,
    before: toJson(input.before),
    after: toJson(input.after),
    at,
  }));
  await db.insertInto('audit_log').values(rows).execute();
  return rows.map((r) => r.id);
}

export interface ListAuditOptions {
  /** Only rows about this subject. */
  subjectId?: string;
  /** At most this many rows (default 100, at most 1000). */
  limit?: number;
  /** Only rows strictly older than this UTC epoch ms. */
  before?: number;
  /** Only rows after this one in newest-first order: pass the last row of a page to read the next page. */
  after?: { at: number; id: string };
}

/** Audit rows of a workspace, newest first. */
export async function listAudit(db: Executor, workspaceId: string, options: ListAuditOptions = {}): Promise<AuditEntry[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
  let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (options.subjectId !== undefined) query = query.where('subject_id', '=', options.subjectId);
  if (options.before !== undefined) query = query.where('at', '<', options.before);
  const after = options.after;
  if (after) query = query.where((eb) => eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]));
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toAuditEntry);
}

function toAuditEntry(row: AuditTable): AuditEntry {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    actor: { type: row.actor_type, id: row.actor_id },
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    before: fromJson(row.before),
    after: fromJson(row.after),
    at: row.at,
  };
}
