// Each subscribing module's outcome for a stored event, and the event's overall status and outcome made from them.
import { sql } from 'kysely';
import { workspaceColumn } from '../../db/by-id.js';
import type { Executor } from '../../db/database.js';
import type { Clock } from '../clock.js';
import type { Note } from '../notes.js';

export type EventStatus = 'pending' | 'processed' | 'skipped' | 'failed';

/** One module's result for one event, kept in `inbox_events.module_outcomes`. */
export interface ModuleOutcome {
  readonly status: EventStatus;
  readonly outcome: string | null;
  /** Epoch ms of the last change. */
  readonly at: number | null;
  /** The outcome as codes with values (absent for outcomes recorded before notes existed). */
  readonly notes?: readonly Note[];
}

export type ModuleOutcomes = Readonly<Record<string, ModuleOutcome>>;

export function parseModuleOutcomes(text: string | null): ModuleOutcomes {
  if (text === null) return {};
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as ModuleOutcomes) : {};
}

/** Every subscriber waiting: stored with an event that fans out to several modules, or reset for a replay. */
export function pendingOutcomes(modules: readonly string[], outcome: string | null = null): string {
  return JSON.stringify(Object.fromEntries(modules.map((m) => [m, { status: 'pending', outcome, at: null }])));
}

/**
 * The event's status from its modules' statuses: failed if one failed for good, pending while one is still to run or
 * retrying, else processed if one processed it, else skipped. The outcome names each module when there are several.
 */
export function aggregate(outcomes: ModuleOutcomes): { status: EventStatus; outcome: string | null } {
  const entries = Object.entries(outcomes);
  const statuses = entries.map(([, o]) => o.status);
  const status: EventStatus = statuses.includes('failed')
    ? 'failed'
    : statuses.includes('pending')
      ? 'pending'
      : statuses.includes('processed')
        ? 'processed'
        : 'skipped';
  const [only] = entries;
  if (entries.length === 1 && only) return { status, outcome: only[1].outcome };
  return { status, outcome: entries.map(([m, o]) => `${m}: ${o.outcome ?? o.status}`).join('; ').slice(0, 1000) || null };
}

const moduleEntry = (status: EventStatus, outcome: string | null, at: number, notes: readonly Note[] | undefined): ModuleOutcome => ({ status, outcome, at, ...(notes ? { notes } : {}) });

export interface ModuleOutcomeInput {
  readonly workspaceId: string;
  readonly eventId: string;
  readonly module: string;
  /** Undefined keeps the module's current status and changes only the words. */
  readonly status?: EventStatus;
  readonly outcome: string | null;
  readonly notes?: readonly Note[];
  /**
   * True when the module is the source's only subscriber: the row is written blind in one statement, as cheap as
   * before fan-out existed. Otherwise the row is locked, the module's entry merged and the aggregate recomputed.
   */
  readonly only?: boolean;
}

/** Records one module's outcome on the event, and the event's overall status and outcome. */
export async function recordModuleOutcome(db: Executor, clock: Clock, input: ModuleOutcomeInput): Promise<void> {
  const now = clock.now();
  const scoped = () => db.updateTable('inbox_events').where('workspace_id', '=', input.workspaceId).where('id', '=', input.eventId);
  if (input.only && input.status !== undefined) {
    const entry = moduleEntry(input.status, input.outcome, now, input.notes);
    await scoped()
      .set({
        status: input.status,
        outcome: input.outcome,
        module_outcomes: JSON.stringify({ [input.module]: entry }),
        ...(input.status === 'pending' ? {} : { processed_at: now }),
      })
      .execute();
    return;
  }
  // Touch first: the row lock keeps two modules' jobs from each merging into a copy without the other's entry.
  await scoped().set((eb) => ({ module_outcomes: eb.ref('module_outcomes') })).execute();
  const row = await db
    .selectFrom('inbox_events')
    .select(['module_outcomes', 'status'])
    .where('workspace_id', '=', input.workspaceId)
    .where('id', '=', input.eventId)
    .executeTakeFirst();
  if (!row) return;
  const outcomes = { ...parseModuleOutcomes(row.module_outcomes) };
  const previous = outcomes[input.module];
  const status = input.status ?? previous?.status ?? (row.status as EventStatus);
  outcomes[input.module] = moduleEntry(status, input.outcome, now, input.notes);
  const overall = aggregate(outcomes);
  await scoped()
    .set({
      status: overall.status,
      outcome: overall.outcome,
      module_outcomes: JSON.stringify(outcomes),
      ...(overall.status === 'pending' ? {} : { processed_at: now }),
    })
    .execute();
}

/** Events per statement in recordOutcomes: four bound values each, well inside both databases' limits. */
const OUTCOMES_PER_STATEMENT = 200;

/**
 * recordModuleOutcome for many events of one workspace whose only subscriber is `module`, with a final status
 * each (a set of events handled together): one statement per 200 events instead of one each.
 */
export async function recordOutcomes(
  db: Executor,
  clock: Clock,
  input: { readonly workspaceId: string; readonly module: string; readonly outcomes: readonly { eventId: string; status: Exclude<EventStatus, 'pending'>; outcome: string | null; notes?: readonly Note[] }[] },
): Promise<void> {
  const now = clock.now();
  for (let i = 0; i < input.outcomes.length; i += OUTCOMES_PER_STATEMENT) {
    const rows = input.outcomes.slice(i, i + OUTCOMES_PER_STATEMENT).map((o) => {
      return sql`(${o.eventId}, ${o.status}, ${o.outcome}, ${JSON.stringify({ [input.module]: moduleEntry(o.status, o.outcome, now, o.notes) })})`;
    });
    // The workspace condition is written so that SQLite finds the events by primary key (see workspaceColumn).
    await sql`with v (id, status, outcome, module_outcomes) as (values ${sql.join(rows)})
      update inbox_events set status = v.status, outcome = v.outcome, module_outcomes = v.module_outcomes, processed_at = ${now}
      from v where inbox_events.id = v.id and ${workspaceColumn('inbox_events.workspace_id')} = ${input.workspaceId}`.execute(db);
  }
}
