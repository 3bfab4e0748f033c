// Writes of an inbound WhatsApp message: its conversation (one per phone), the message itself (once), and its turn's debounce timer.
import type { AppContext } from '../../core/context.js';
import { findOrCreateContact } from '../../core/contacts/contacts.js';
import { newId } from '../../core/ids.js';
import { keysWithQueuedEvents } from '../../core/inbox/waiting.js';
import { enqueueJobs, jobSpec } from '../../core/jobs/enqueue.js';
import { applyMove } from '../../core/lifecycle/moves.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { Executor } from '../../db/database.js';
import { chatSerialKey } from '../../connectors/waha/index.js';
import type { InboundMessage } from './inbound/rules.js';
import { phasePipeline } from './pipeline.js';
import type { AssistantSettings } from './settings.js';
import type { ConversationRow } from './queries.js';

export type { ConversationRow } from './queries.js';

/** What every write needs: the caller's transaction, the app, the workspace. */
export interface Flow {
  readonly db: Executor;
  readonly ctx: AppContext;
  readonly workspaceId: string;
}

const target = (f: Flow) => ({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock, jobSignal: f.ctx.jobSignal });

/** The job key of a conversation's waiting turn: a new message moves it (debounce) instead of adding a second one. */
export const turnJobKey = (conversationId: string) => `wa-turn:${conversationId}`;
/** Everything that speaks in one conversation (turns, replies) runs one at a time. */
export const conversationSerialKey = (conversationId: string) => `wa-conv:${conversationId}`;

/** The conversation of this phone, created in phase `leads` (entering the pipeline) the first time. */
export async function conversationFor(f: Flow, m: { digits: string; chatId: string; session: string }): Promise<{ conversation: ConversationRow; created: boolean }> {
  const phone = `+${m.digits}`;
  const existing = await f.db.selectFrom('wa_conversations').selectAll().where('workspace_id', '=', f.workspaceId).where('phone', '=', phone).executeTakeFirst();
  if (existing) return { conversation: existing, created: false };
  const now = f.ctx.clock.now();
  const ws = await findWorkspaceById(f.db, f.workspaceId);
  const { contact } = await findOrCreateContact(f.db, f.ctx, { workspaceId: f.workspaceId, country: ws?.country ?? 'ID', phone });
  const row = newConversationRow(f.workspaceId, contact.id, { phone, chatId: m.chatId, session: m.session }, now);
  const inserted = await f.db
    .insertInto('wa_conversations')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'phone']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    // Another event of the same phone created it first (events of one chat share a serial key; this is the rest).
    const winner = await f.db.selectFrom('wa_conversations').selectAll().where('workspace_id', '=', f.workspaceId).where('phone', '=', phone).executeTakeFirstOrThrow();
    return { conversation: winner, created: false };
  }
  await applyMove(f.db, f.ctx.clock, phasePipeline, { workspaceId: f.workspaceId, subjectId: row.id, from: null, to: 'leads', cause: 'whatsapp.first_message', actor: { type: 'webhook', id: 'waha' } });
  return { conversation: row, created: true };
}

/** A conversation's row as it starts: phase `leads`, the bot answering, nothing known yet. */
export function newConversationRow(workspaceId: string, contactId: string, at: { phone: string; chatId: string; session: string }, now: number): ConversationRow {
  return {
    id: newId('cnv', now),
    workspace_id: workspaceId,
    contact_id: contactId,
    phone: at.phone,
    chat_id: at.chatId,
    session: at.session,
    phase: phasePipeline.initial,
    package_code: null,
    campaign_code: null,
    language: 'id',
    status: 'bot',
    assigned_to: null,
    escalation_reason: null,
    escalated_at: null,
    handover_notes: null,
    high_intent: 0,
    ai_notes: null,
    ai_note_codes: null,
    last_confidence: null,
    last_message: null,
    last_inbound_at: null,
    last_reply_at: null,
    created_at: now,
    updated_at: now,
    experiment_id: null,
    variant_key: null,
  };
}

export type InboundOutcome = { status: 'processed' | 'skipped'; outcome: string };

/**
 * Stores the message (a repeat of the same session + message id is skipped) and moves the conversation's turn timer:
 * due one quiet window after this message, but never later than `burst_max_ms` after the first waiting message.
 */
export async function recordInbound(f: Flow, m: InboundMessage, eventId: string, receivedAt: number, settings: AssistantSettings): Promise<InboundOutcome> {
  const { conversation, created } = await conversationFor(f, m);
  const now = f.ctx.clock.now();
  const inserted = await f.db
    .insertInto('wa_messages')
    .values(inboundMessageRow(f.workspaceId, conversation.id, m, receivedAt))
    .onConflict((oc) => oc.columns(['workspace_id', 'session', 'provider_message_id']).where('provider_message_id', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { status: 'skipped', outcome: `message ${m.messageId} was already received (event ${eventId})` };

  await f.db
    .updateTable('wa_conversations')
    .set({ last_inbound_at: receivedAt, last_message: lastMessageOf(m), chat_id: m.chatId, session: m.session, updated_at: now })
    .where('id', '=', conversation.id)
    .execute();
  await touchSession(f, m.session, { last_inbound_at: receivedAt });

  const first = await f.db
    .selectFrom('wa_messages')
    .select((eb) => eb.fn.min('created_at').as('first'))
    .where('workspace_id', '=', f.workspaceId)
    .where('conversation_id', '=', conversation.id)
    .where('direction', '=', 'in')
    .where('turn_id', 'is', null)
    .executeTakeFirst();
  const [dueAt = now] = await behindLaterMessages(f, [{ chatId: m.chatId, receivedAt, dueAt: turnDueAt(settings, now, receivedAt, Number(first?.first ?? receivedAt)) }]);
  await enqueueJobs(target(f), f.workspaceId, [turnTimer(conversation.id, dueAt)]);
  return storedOutcome(conversation.id, created, dueAt);
}

/**
 * When a conversation's turn is due after a message received at `receivedAt`: the quiet window after it, but no later
 * than the longest burst after the first message still waiting (`firstAt`), and never in the past.
 */
export const turnDueAt = (settings: AssistantSettings, now: number, receivedAt: number, firstAt: number): number =>
  Math.max(now, Math.min(receivedAt + settings.quiet_window_ms, firstAt + settings.burst_max_ms));

/**
 * How long a turn waits for a chat event stored but not yet recorded before looking again. Recording a customer's
 * message moves the turn's timer (turnTimer), so this wait only runs out for events that set no timer (an ack, a
 * repeated message).
 */
export const BACKLOG_RELOOK_MS = 5_000;

/**
 * The turns' due times (one per recorded message, in order), none before BACKLOG_RELOOK_MS from now for a chat whose
 * next event is already stored and will not be recorded before the turn comes due. When the worker is behind, a
 * burst's messages are recorded seconds after they were acknowledged, each one's quiet window over by then, and a turn
 * due at once would only find the next message waiting and look again (at 1,000 conversations on SQLite, two or three
 * times a turn). The next message's own recording sets the turn's time. The next event waits about as long as this
 * one did, so a turn due later than that is left alone, without a read: the usual case when the worker keeps up.
 */
export async function behindLaterMessages(f: Flow, turns: readonly { chatId: string; dueAt: number; receivedAt: number }[]): Promise<number[]> {
  const now = f.ctx.clock.now();
  const early = turns.filter((t) => t.dueAt - now <= now - t.receivedAt).map((t) => chatSerialKey(t.chatId));
  if (early.length === 0) return turns.map((t) => t.dueAt);
  const waiting = await keysWithQueuedEvents(f.db, f.workspaceId, early);
  const floor = now + BACKLOG_RELOOK_MS;
  return turns.map((t) => (waiting.has(chatSerialKey(t.chatId)) ? Math.max(t.dueAt, floor) : t.dueAt));
}

/** The conversation's turn timer: one queued per conversation (a new message moves it), run in the conversation's order. */
export const turnTimer = (conversationId: string, runAt: number) =>
  jobSpec('wa-assistant.turn', { conversationId }, { jobKey: turnJobKey(conversationId), serialKey: conversationSerialKey(conversationId), runAt });

/** The inbox event's outcome for a stored message. */
export const storedOutcome = (conversationId: string, created: boolean, dueAt: number): InboundOutcome => ({
  status: 'processed',
  outcome: `message stored in ${created ? 'a new' : 'its'} conversation ${conversationId}; turn due at ${new Date(dueAt).toISOString()}`,
});

/** A customer's message as stored: its text cut at 8,000 characters (none for a bare attachment), WAHA's id for dedupe. */
export function inboundMessageRow(workspaceId: string, conversationId: string, m: InboundMessage, receivedAt: number) {
  const body = m.body.slice(0, 8_000);
  return {
    id: newId('wam', receivedAt),
    workspace_id: workspaceId,
    conversation_id: conversationId,
    direction: 'in',
    author: 'customer',
    session: m.session,
    provider_message_id: m.messageId,
    kind: m.media?.kind ?? 'text',
    body: body === '' ? null : body,
    media_url: m.media?.url ?? null,
    turn_id: null,
    delivery_id: null,
    ack: null,
    sent_at: m.at ?? receivedAt,
    created_at: receivedAt,
  };
}

/** What the inbox shows of a conversation's last message: its text, or the kind of attachment. */
export const lastMessageOf = (m: InboundMessage) => (m.body.slice(0, 8_000) || `[${m.media?.kind ?? 'message'}]`).slice(0, 500);

/** Keeps a session's health row: status from session.status, traffic times from messages and acks. */
export async function touchSession(f: Flow, session: string, values: { status?: string; status_at?: number; last_inbound_at?: number; last_ack_at?: number }): Promise<void> {
  const now = f.ctx.clock.now();
  await f.db
    .insertInto('wa_sessions')
    .values({
      workspace_id: f.workspaceId,
      session,
      status: values.status ?? null,
      status_at: values.status_at ?? null,
      last_inbound_at: values.last_inbound_at ?? null,
      last_ack_at: values.last_ack_at ?? null,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'session']).doUpdateSet({ ...values, updated_at: now }))
    .execute();
}

/** A message.ack: the outbound message's delivery level (sent, delivered, read), never lowered by a late ack. */
export async function recordAck(f: Flow, session: string, messageId: string, ack: number): Promise<InboundOutcome> {
  await touchSession(f, session, { last_ack_at: f.ctx.clock.now() });
  const row = await f.db
    .selectFrom('wa_messages')
    .select(['id', 'ack'])
    .where('workspace_id', '=', f.workspaceId)
    .where('session', '=', session)
    .where('provider_message_id', '=', messageId)
    .executeTakeFirst();
  if (!row) return { status: 'skipped', outcome: `ack ${ack} for a message the assistant did not send (${messageId})` };
  // −1 (error) is news whatever came before; otherwise acks only go up.
  if (ack === -1 || row.ack === null || ack > row.ack) {
    await f.db.updateTable('wa_messages').set({ ack }).where('id', '=', row.id).execute();
    return { status: 'processed', outcome: `message ${messageId} ack ${ack}` };
  }
  return { status: 'processed', outcome: `ack ${ack} is older news than ${row.ack}` };
}
