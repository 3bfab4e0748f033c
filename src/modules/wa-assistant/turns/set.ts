// A group's WhatsApp turns written together: the io path's group commit writes its jobs' turns in one statement per step.
//
// Under load one group commit ends a hundred turns. Written one by one, a turn is seven statements, each a round trip
// in the worker's one writer (about 7 ms a turn on PostgreSQL with the process busy): the writer, not the model, set
// how soon a reply went out; an escalating turn (the handover queue, its timer, the audit row, the alerts) was
// fourteen. As a set they are one statement per step for the whole group. Only a turn that reaches booking goes
// through writeTurn alone, in the same transaction: its lead, pilgrim record and rating timer are its own.
import { sql } from 'kysely';
import type { AppContext } from '../../../core/context.js';
import { grouped } from '../../../core/grouped.js';
import { newId } from '../../../core/ids.js';
import type { CompletionSet } from '../../../core/jobs/types.js';
import { applyMoves } from '../../../core/lifecycle/moves.js';
import { workspaceColumn } from '../../../db/by-id.js';
import { lockRows } from '../../../db/dialect.js';
import type { Executor } from '../../../db/database.js';
import type { Flow } from '../flow.js';
import { phasePipeline } from '../pipeline.js';
import type { ConversationRow } from '../queries.js';
import { queueReplies } from '../replies/flow.js';
import type { Phase } from '../rules.js';
import { aiNotesText } from '../notes/rules.js';
import { answeredTurnRow, conversationAfterTurn, conversationSeenAfter, escalateAll, highIntentAlert, raiseAlerts, silentReason, silentTurnRow, turnReply, writeTurn, type TurnWrite } from './flow.js';

/** One turn job's ending, as the set receives it. */
export interface TurnInSet extends TurnWrite {
  readonly ctx: AppContext;
  readonly workspaceId: string;
}

/** The turn job writes its ending through this set (JobContext.atCompletionInSet). */
export const turnSet: CompletionSet<TurnInSet> = { write: writeTurns };

/** A turn the set writes: any but one that reaches booking, which goes through writeTurn. */
const writtenInSet = (w: TurnWrite): boolean => w.answer.decision.phase !== 'booking';

/** Each item exactly as writeTurn would write it alone: those of a workspace as a set, a booking one by one. */
export async function writeTurns(db: Executor, items: readonly TurnInSet[]): Promise<void> {
  for (const [workspaceId, list] of grouped(items, (i) => i.workspaceId)) {
    const first = list[0] as TurnInSet;
    const f: Flow = { db, ctx: first.ctx, workspaceId };
    const together: TurnInSet[] = [];
    const alone: TurnInSet[] = [];
    const seen = new Set<string>();
    for (const item of list) {
      // A conversation twice in one group (a job run again by a worker that took its lease) is left to writeTurn's
      // re-checks, after the set has claimed what it claims.
      if (writtenInSet(item) && !seen.has(item.conversationId)) together.push(item);
      else alone.push(item);
      seen.add(item.conversationId);
    }
    if (together.length > 0) await writeTurnsTogether(f, together);
    for (const item of alone) await writeTurn(f, item);
  }
}

/** Bound values per statement stay well inside both databases' limits with this many turns at a time. */
const TURNS_PER_STATEMENT = 200;

async function writeTurnsTogether(f: Flow, items: readonly TurnWrite[]): Promise<void> {
  for (let start = 0; start < items.length; start += TURNS_PER_STATEMENT) await writeChunk(f, items.slice(start, start + TURNS_PER_STATEMENT));
}

/**
 * writeTurn's steps for many: the conversations locked (in id order), each burst's messages claimed by its turn where
 * still waiting (a turn that claims none writes nothing: another run answered them), a silent turn where the bot no
 * longer owns the conversation, and for the rest the phase moves, the turn rows, the conversations, the escalations
 * and alerts, and the replies.
 */
async function writeChunk(f: Flow, items: readonly TurnWrite[]): Promise<void> {
  const now = f.ctx.clock.now();
  const locked = await f.db
    .selectFrom('wa_conversations')
    .selectAll()
    .where(workspaceColumn(), '=', f.workspaceId)
    .where('id', 'in', items.map((w) => w.conversationId))
    .orderBy('id')
    .$call(lockRows(f.ctx.dialect))
    .execute();
  const conversations = new Map(locked.map((c) => [c.id, c]));
  const turns = items.flatMap((w) => {
    const conversation = conversations.get(w.conversationId);
    return conversation && w.messages.length > 0 ? [{ w, conversation, turnId: newId('wat', now) }] : [];
  });
  if (turns.length === 0) return;

  const claimed = await claimMessagesOfTurns(f, turns);
  const taken = new Map<string, number>();
  for (const { turn_id } of claimed) taken.set(turn_id, (taken.get(turn_id) ?? 0) + 1);

  const silent: { conversation: ConversationRow; w: TurnWrite; turnId: string; taken: number }[] = [];
  const answered: typeof silent = [];
  for (const t of turns) {
    const n = taken.get(t.turnId) ?? 0;
    if (n === 0) continue;
    (t.conversation.status === 'bot' ? answered : silent).push({ ...t, taken: n });
  }

  const moves = answered.filter(({ w, conversation }) => w.answer.decision.phase !== conversation.phase);
  if (moves.length > 0) {
    await applyMoves(
      f.db,
      f.ctx.clock,
      phasePipeline,
      moves.map(({ w, conversation, turnId }) => ({
        workspaceId: f.workspaceId,
        subjectId: conversation.id,
        from: conversation.phase as Phase,
        to: w.answer.decision.phase,
        cause: `turn.${w.answer.decision.intent}`,
        actor: { type: 'ai' as const, id: turnId },
      })),
    );
  }

  const rows = [
    ...silent.map(({ conversation, w, turnId, taken: n }) => silentTurnRow(f.workspaceId, conversation, { turnId, taken: n, messages: w.messages, now, why: silentReason(conversation) })),
    ...answered.map(({ conversation, w, turnId, taken: n }) => answeredTurnRow(f.workspaceId, conversation, w, { turnId, taken: n, messages: w.messages, now })),
  ];
  if (rows.length > 0) await f.db.insertInto('wa_turns').values(rows).execute();
  if (answered.length === 0) return;

  // Each answered turn's changes to its conversation, and the conversation as the rest of the turn sees it.
  const after = answered.map(({ conversation, w, turnId }) => {
    const changed = conversationAfterTurn(conversation, w.answer.decision);
    return { w, turnId, before: conversation, changed, conversation: conversationSeenAfter(conversation, changed) };
  });
  // Numbers cast so that PostgreSQL types the values list as the columns (bound values are text to it otherwise). An
  // escalating turn puts its conversation in the queue; any other keeps the status and reason it had (locked above).
  const confidenceType = sql.raw(f.ctx.dialect === 'postgres' ? 'double precision' : 'real');
  const changes = after.map(({ before, w, changed: c }) => {
    const d = w.answer.decision;
    const queue = d.escalate ? { status: 'queued', reason: d.escalationReason, at: now } : { status: before.status, reason: before.escalation_reason, at: before.escalated_at };
    return sql`(${before.id}, ${c.phase}, cast(${c.package_code} as text), cast(${c.campaign_code} as text), ${c.language}, cast(${c.last_confidence} as ${confidenceType}), cast(${c.ai_notes} as text), cast(${c.ai_note_codes} as text), cast(${c.high_intent} as integer), ${queue.status}, cast(${queue.reason} as text), cast(${queue.at} as bigint))`;
  });
  await sql`with v (id, phase, package_code, campaign_code, language, last_confidence, ai_notes, ai_note_codes, high_intent, status, escalation_reason, escalated_at) as (values ${sql.join(changes)})
    update wa_conversations set phase = v.phase, package_code = v.package_code, campaign_code = v.campaign_code, language = v.language,
      last_confidence = v.last_confidence, ai_notes = v.ai_notes, ai_note_codes = v.ai_note_codes, high_intent = v.high_intent,
      status = v.status, escalation_reason = v.escalation_reason, escalated_at = v.escalated_at, updated_at = ${now}
    from v where wa_conversations.id = v.id and ${workspaceColumn('wa_conversations.workspace_id')} = ${f.workspaceId}`.execute(f.db);

  await escalateAll(
    f,
    after.flatMap(({ w, turnId, conversation }) => {
      const d = w.answer.decision;
      return d.escalate ? [{ conversation, reason: d.escalationReason ?? 'low_confidence', turnId, notes: aiNotesText(d.notes), settings: w.settings }] : [];
    }),
  );
  await raiseAlerts(f, after.flatMap(({ w, before }) => (w.answer.decision.highIntent ? [highIntentAlert(before)] : [])));
  await queueReplies(
    f,
    after.map(({ w, turnId, conversation }) => ({ conversation, reply: turnReply(turnId, w), settings: w.settings })),
  );
}

/**
 * Gives each burst's still-waiting messages to its turn, in one statement; returns the turn id of each message taken
 * (turns/flow.ts's claimMessages does the same for one turn, by the primary key on both databases).
 * SQLite: a VALUES list joined by id, the workspace condition written so that it finds them by primary key (see
 * workspaceColumn). PostgreSQL, with statistics or without, took `turn_id is null` for one waiting message and read
 * the waiting messages once per row of the list (a nested loop): 152 ms for 800 messages, and up to 316 ms a statement
 * on the WhatsApp bench with 3,000 conversations of history. The other VALUES updates have no such condition and go by
 * primary key once the statistics are current (src/db/by-id.ts). Here each message's turn is looked up in one JSON
 * object instead, the messages found by primary key: 19 ms for the 800.
 */
async function claimMessagesOfTurns(f: Flow, turns: readonly { w: TurnWrite; turnId: string }[]): Promise<{ turn_id: string }[]> {
  if (f.ctx.dialect === 'postgres') {
    const turnOf = Object.fromEntries(turns.flatMap(({ w, turnId }) => w.messages.map((m) => [m.id, turnId])));
    const ids = Object.keys(turnOf);
    const result = await sql<{ turn_id: string }>`update wa_messages set turn_id = cast(${JSON.stringify(turnOf)} as jsonb) ->> wa_messages.id
      where wa_messages.id in (${sql.join(ids)}) and wa_messages.workspace_id = ${f.workspaceId} and wa_messages.turn_id is null
      returning wa_messages.turn_id`.execute(f.db);
    return result.rows;
  }
  const claims = turns.flatMap(({ w, turnId }) => w.messages.map((m) => sql`(${m.id}, ${turnId})`));
  const result = await sql<{ turn_id: string }>`with v (id, turn_id) as (values ${sql.join(claims)})
    update wa_messages set turn_id = v.turn_id from v
    where wa_messages.id = v.id and ${workspaceColumn('wa_messages.workspace_id')} = ${f.workspaceId} and wa_messages.turn_id is null
    returning wa_messages.turn_id`.execute(f.db);
  return result.rows;
}
