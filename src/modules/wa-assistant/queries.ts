// Reads of conversations: the list and one conversation with its thread, turns and phase history; what a turn waits on.
import { moduleDeliveries } from '../../core/deliveries/deliveries.js';
import { findActorNames } from '../../core/actors.js';
import { listStageHistory } from '../../core/lifecycle/moves.js';
import type { Executor } from '../../db/database.js';
import type { z } from 'zod';
import type { conversationDetailSchema, conversationSchema } from './contract.js';
import { readNoteCodes } from './notes/rules.js';
import { phasePipeline } from './pipeline.js';
import { MODULE_NAME } from './settings.js';
import { sql, type Selectable } from 'kysely';
import { batchedRead } from '../../core/read-batch.js';
import { grouped } from '../../core/grouped.js';
import { workspaceColumn } from '../../db/by-id.js';
import type { WaConversationTable } from './tables.js';

export type ConversationRow = Selectable<WaConversationTable>;

/** A customer message no turn has taken yet. */
export interface WaitingMessage {
  readonly id: string;
  readonly provider_message_id: string | null;
  readonly body: string | null;
  readonly created_at: number;
}

/** What a turn's model is told of the conversation so far: who said it, and the words. */
export type HistoryLine = { readonly from: 'customer' | 'us'; readonly text: string };

/** Earlier messages a model is given, at most. */
const HISTORY_LIMIT = 20;

/**
 * The conversations before their waiting messages, newest HISTORY_LIMIT messages with words each, oldest first: what
 * the customer said in earlier turns and what we answered. Messages no turn has taken yet belong to the current
 * turn, not here. One statement for many conversations (row_number per conversation, on both databases).
 */
async function historiesOf(db: Executor, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, HistoryLine[]>> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('wa_messages')
        .select(['conversation_id', 'direction', 'body', 'created_at', 'id', sql<number>`row_number() over (partition by conversation_id order by created_at desc, id desc)`.as('n')])
        .where('workspace_id', '=', workspaceId)
        .where('conversation_id', 'in', conversationIds)
        .where('body', 'is not', null)
        .where((w) => w.or([w('direction', '=', 'out'), w('turn_id', 'is not', null)]))
        .as('h'),
    )
    .select(['conversation_id', 'direction', 'body'])
    .where('n', '<=', HISTORY_LIMIT)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const lines = new Map<string, HistoryLine[]>();
  for (const [id, list] of grouped(rows, (r) => r.conversation_id)) lines.set(id, list.map((r) => ({ from: r.direction === 'in' ? 'customer' : 'us', text: (r.body ?? '').slice(0, 2_000) })));
  return lines;
}

/** A conversation's history for its turn's model, read with the other turns' (core/read-batch.ts). */
export const conversationHistoryRead = batchedRead('wa-assistant.history', historiesOf);

/** A conversation row by id, read with the other turns' and sends' (getConversation is the one-key form). */
export const conversationRead = batchedRead('wa-assistant.conversation', async (db, workspaceId, ids) => {
  const rows = await db.selectFrom('wa_conversations').selectAll().where(workspaceColumn(), '=', workspaceId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
});

export async function getConversation(db: Executor, workspaceId: string, id: string): Promise<ConversationRow | undefined> {
  return (await conversationRead.many(db, workspaceId, [id])).get(id);
}

/** A turn takes at most this many waiting messages; the rest are the next turn's. */
const BURST_LIMIT = 50;

/** Each conversation's messages no turn has taken yet, oldest first, at most BURST_LIMIT each. */
async function waitingMessagesOf(db: Executor, workspaceId: string, conversationIds: readonly string[]): Promise<Map<string, WaitingMessage[]>> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('wa_messages')
        .select(['id', 'conversation_id', 'provider_message_id', 'body', 'created_at', sql<number>`row_number() over (partition by conversation_id order by created_at, id)`.as('n')])
        .where('workspace_id', '=', workspaceId)
        .where('conversation_id', 'in', conversationIds)
        .where('direction', '=', 'in')
        .where('turn_id', 'is', null)
        .as('w'),
    )
    .select(['id', 'conversation_id', 'provider_message_id', 'body', 'created_at'])
    .where('n', '<=', BURST_LIMIT)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const waiting = new Map<string, WaitingMessage[]>();
  for (const [id, list] of grouped(rows, (r) => r.conversation_id)) waiting.set(id, list.map(({ conversation_id: _c, ...m }) => m));
  return waiting;
}

/** The customer's messages no turn has taken yet, oldest first. */
export async function waitingMessages(db: Executor, workspaceId: string, conversationId: string): Promise<WaitingMessage[]> {
  return (await waitingMessagesOf(db, workspaceId, [conversationId])).get(conversationId) ?? [];
}

/** A conversation's waiting messages, read with the other turns' (absent: none waiting). */
export const waitingMessagesRead = batchedRead('wa-assistant.waiting', waitingMessagesOf);

/**
 * Bot messages still waiting to go out (queued or failing), per conversation that has any: one reply in flight at a
 * time. Read with the other turns' (absent: none).
 */
export const pendingBotRepliesRead = batchedRead('wa-assistant.pending', async (db, workspaceId, conversationIds) => {
  const rows = await db
    .selectFrom('wa_messages as m')
    .innerJoin(moduleDeliveries(db, workspaceId, MODULE_NAME).as('d'), 'd.id', 'm.delivery_id')
    .select((eb) => ['m.conversation_id', eb.fn.countAll<number>().as('n')])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.conversation_id', 'in', conversationIds)
    .where('m.direction', '=', 'out')
    .where('d.status', 'in', ['queued', 'failed'])
    .groupBy('m.conversation_id')
    .execute();
  return new Map(rows.map((r) => [r.conversation_id, Number(r.n)]));
});

export type ConversationView = z.output<typeof conversationSchema>;

export function conversationView(c: ConversationRow): ConversationView {
  return {
    id: c.id,
    phone: c.phone,
    phase: phasePipeline.isStage(c.phase) ? c.phase : 'leads',
    status: c.status === 'queued' || c.status === 'person' ? c.status : 'bot',
    package_code: c.package_code,
    campaign_code: c.campaign_code,
    language: c.language === 'en' ? 'en' : 'id',
    assigned_to: c.assigned_to,
    escalation_reason: c.escalation_reason,
    escalated_at: c.escalated_at === null ? null : Number(c.escalated_at),
    handover_notes: c.handover_notes,
    high_intent: c.high_intent === 1,
    ai_notes: c.ai_notes,
    ai_note_codes: readNoteCodes(c.ai_note_codes),
    last_confidence: c.last_confidence === null ? null : Number(c.last_confidence),
    last_message: c.last_message,
    last_inbound_at: c.last_inbound_at === null ? null : Number(c.last_inbound_at),
    last_reply_at: c.last_reply_at === null ? null : Number(c.last_reply_at),
    created_at: Number(c.created_at),
    experiment_id: c.experiment_id,
    variant_key: c.variant_key,
  };
}

export interface ConversationFilter {
  readonly status?: string | undefined;
  readonly phase?: string | undefined;
  readonly limit: number;
  /** The id of the last conversation of the previous page (newest activity first). */
  readonly before?: { at: number; id: string } | undefined;
}

/** Newest activity first, keyset paged on (last_inbound_at, id). */
export async function listConversations(db: Executor, workspaceId: string, f: ConversationFilter): Promise<ConversationRow[]> {
  let q = db.selectFrom('wa_conversations').selectAll().where('workspace_id', '=', workspaceId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.phase) q = q.where('phase', '=', f.phase);
  const before = f.before;
  if (before) q = q.where((eb) => eb.or([eb('last_inbound_at', '<', before.at), eb.and([eb('last_inbound_at', '=', before.at), eb('id', '<', before.id)])]));
  return q.orderBy('last_inbound_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export const conversationCursor = (c: ConversationRow): string => `${Number(c.last_inbound_at ?? 0)}:${c.id}`;
export function readConversationCursor(cursor: string | undefined): { at: number; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split(':');
  return at !== undefined && id !== undefined && /^\d+$/.test(at) ? { at: Number(at), id } : undefined;
}

export async function conversationDetail(db: Executor, workspaceId: string, c: ConversationRow): Promise<z.output<typeof conversationDetailSchema>> {
  const messages = await db
    .selectFrom('wa_messages as m')
    .leftJoin(moduleDeliveries(db, workspaceId, MODULE_NAME).as('d'), 'd.id', 'm.delivery_id')
    .select(['m.id', 'm.direction', 'm.author', 'm.kind', 'm.body', 'm.media_url', 'm.turn_id', 'm.ack', 'm.created_at', 'm.sent_at', 'm.provider_message_id', 'm.actor_type', 'm.actor_id', 'd.status as delivery_status'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.conversation_id', '=', c.id)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .limit(500)
    .execute();
  const turns = await db.selectFrom('wa_turns').selectAll().where('workspace_id', '=', workspaceId).where('conversation_id', '=', c.id).orderBy('created_at').limit(500).execute();
  const history = await listStageHistory(db, workspaceId, c.id, { pipeline: phasePipeline.name });
  const names = await findActorNames(db, workspaceId, messages.flatMap((m) => (m.actor_type ? [{ type: m.actor_type, id: m.actor_id }] : [])));
  return {
    ...conversationView(c),
    messages: messages.map((m) => ({
      id: m.id,
      direction: m.direction === 'out' ? 'out' : 'in',
      author: m.author === 'bot' || m.author === 'person' ? m.author : 'customer',
      kind: m.kind,
      body: m.body,
      media_url: m.media_url,
      turn_id: m.turn_id,
      delivery_status: m.delivery_status ?? null,
      ack: m.ack,
      at: Number(m.created_at),
      // An outgoing message is sent once WAHA gave it an id (the sent job records both); until then it is only planned.
      sent_at: m.direction === 'out' && m.provider_message_id === null ? null : Number(m.sent_at),
      author_name: m.actor_type ? names.of({ type: m.actor_type, id: m.actor_id }) : null,
    })),
    turns: turns.map((t) => ({
      id: t.id,
      status: t.status,
      message_count: t.message_count,
      intent: t.intent,
      language: t.language,
      phase_before: t.phase_before,
      phase_after: t.phase_after,
      confidence: t.confidence === null ? null : Number(t.confidence),
      escalate: t.escalate === 1,
      escalation_reason: t.escalation_reason,
      engine: t.engine,
      model: t.model,
      fallback_reason: t.fallback_reason,
      prompt_version: t.prompt_version,
      variant_key: t.variant_key,
      campaign_code: t.campaign_code,
      notes: t.notes,
      note_codes: readNoteCodes(t.note_codes),
      first_message_at: Number(t.first_message_at),
      decided_at: Number(t.decided_at),
    })),
    phase_history: history.map((h) => ({ from: h.from_stage, to: h.to_stage, cause: h.cause, actor_type: h.actor_type, at: Number(h.at) })),
  };
}
