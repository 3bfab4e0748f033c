// Writes of one turn, in one transaction: the burst's messages claimed, the turn row, the phase move, escalation, lead, alerts and the reply.
import { recordAudits } from '../../../core/audit.js';
import { newId } from '../../../core/ids.js';
import { enqueueJobs, jobSpec } from '../../../core/jobs/enqueue.js';
import { applyMove } from '../../../core/lifecycle/moves.js';
import { reofferWorkItems } from '../../../core/work/index.js';
import { lockRows } from '../../../db/dialect.js';
import type { BrainAnswer } from '../brain.js';
import { mediaToSend, responseText } from '../brain.js';
import type { Flow } from '../flow.js';
import type { ConversationRow, WaitingMessage } from '../queries.js';
import { conversationSerialKey } from '../flow.js';
import { phasePipeline } from '../pipeline.js';
import { queueReply, type QueuedReply } from '../replies/flow.js';
import { scheduleSatisfaction } from '../satisfaction/schedule.js';
import { aiNotesText, storedNotes, type AiNote } from '../notes/rules.js';
import { peopleCount, type Phase } from '../rules.js';
import { HANDOVER_QUEUE, type AssistantSettings } from '../settings.js';
import { workspaceColumn } from '../../../db/by-id.js';
import type { Insertable } from 'kysely';
import type { WaTurnTable } from '../tables.js';


/** The job key of an escalated conversation's holding-message timer. */
export const holdingJobKey = (conversationId: string) => `wa-holding:${conversationId}`;

/** The conversation row, locked against other writers until the transaction ends (PostgreSQL; SQLite locks the file). */
export async function lockConversation(f: Flow, conversationId: string): Promise<ConversationRow | undefined> {
  return f.db
    .selectFrom('wa_conversations')
    .selectAll()
    .where('workspace_id', '=', f.workspaceId)
    .where('id', '=', conversationId)
    .$call(lockRows(f.ctx.dialect))
    .executeTakeFirst();
}

/** Gives the messages to the turn; only those still waiting. Returns how many it took. */
export async function claimMessages(f: Flow, turnId: string, messages: readonly WaitingMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const result = await f.db
    .updateTable('wa_messages')
    .set({ turn_id: turnId })
    .where(workspaceColumn(), '=', f.workspaceId)
    .where('id', 'in', messages.map((m) => m.id))
    .where('turn_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Messages that arrive while a person owns the conversation (or while it waits for one) are kept but never
 * answered by the bot, also after it is handed back: they belong to a silent turn.
 */
export async function silentTurn(f: Flow, conversation: ConversationRow, messages: readonly WaitingMessage[], why: AiNote): Promise<boolean> {
  const now = f.ctx.clock.now();
  const turnId = newId('wat', now);
  const taken = await claimMessages(f, turnId, messages);
  if (taken === 0) return false;
  await f.db.insertInto('wa_turns').values(silentTurnRow(f.workspaceId, conversation, { turnId, taken, messages, why, now })).execute();
  return true;
}

/** Why a turn of a conversation the bot does not own is silent. */
export const silentReason = (conversation: ConversationRow): AiNote =>
  conversation.status === 'person' ? { code: 'wa.silent_person', values: { person: conversation.assigned_to ?? '' } } : { code: 'wa.silent_queue' };

interface TurnFacts {
  readonly turnId: string;
  /** How many of the burst's messages the turn took. */
  readonly taken: number;
  readonly messages: readonly WaitingMessage[];
  readonly now: number;
}

/** The row of a turn the bot keeps quiet on. */
export function silentTurnRow(workspaceId: string, conversation: ConversationRow, t: TurnFacts & { readonly why: AiNote }): Insertable<WaTurnTable> {
  const notes = storedNotes([t.why]);
  return {
    id: t.turnId,
    workspace_id: workspaceId,
    conversation_id: conversation.id,
    status: 'silent',
    message_count: t.taken,
    first_message_at: Math.min(...t.messages.map((m) => m.created_at)),
    decided_at: t.now,
    intent: null,
    language: conversation.language,
    phase_before: conversation.phase,
    phase_after: conversation.phase,
    confidence: null,
    escalate: 0,
    escalation_reason: null,
    engine: 'none',
    model: null,
    fallback_reason: null,
    prompt_version: null,
    reply_text: null,
    media: '[]',
    campaign_code: null,
    codes_logged: null,
    notes: notes.text,
    note_codes: notes.codes,
    created_at: t.now,
  };
}

/** The row of a turn the bot answers. */
export function answeredTurnRow(workspaceId: string, conversation: ConversationRow, w: TurnWrite, t: TurnFacts): Insertable<WaTurnTable> {
  const d = w.answer.decision;
  const notes = storedNotes(d.notes);
  return {
    id: t.turnId,
    workspace_id: workspaceId,
    conversation_id: conversation.id,
    status: 'answered',
    message_count: t.taken,
    first_message_at: Math.min(...t.messages.map((m) => m.created_at)),
    decided_at: t.now,
    intent: d.intent,
    language: d.language,
    phase_before: conversation.phase,
    phase_after: d.phase,
    confidence: d.confidence,
    escalate: d.escalate ? 1 : 0,
    escalation_reason: d.escalationReason,
    engine: w.answer.engine,
    model: w.answer.model,
    fallback_reason: w.answer.fallbackReason,
    prompt_version: w.promptVersion,
    reply_text: responseText(w.answer.parts),
    media: JSON.stringify(mediaToSend(w.answer.parts)),
    campaign_code: d.codes.chosen,
    codes_logged: d.codes.ignored.length + d.codes.invalid.length > 0 ? JSON.stringify({ ignored: d.codes.ignored, invalid: d.codes.invalid }) : null,
    notes: notes.text,
    note_codes: notes.codes,
    created_at: t.now,
  };
}

/** What an answered turn changes on its conversation (without an escalation's status). */
export function conversationAfterTurn(conversation: ConversationRow, d: BrainAnswer['decision']) {
  // A turn with nothing to note keeps the conversation's notes, text and codes together.
  const notes = d.notes.length > 0 ? storedNotes(d.notes) : { text: conversation.ai_notes, codes: conversation.ai_note_codes };
  return {
    phase: d.phase,
    package_code: d.packageCode,
    campaign_code: d.codes.chosen ?? conversation.campaign_code,
    language: d.language,
    last_confidence: d.confidence,
    ai_notes: notes.text,
    ai_note_codes: notes.codes,
    high_intent: d.highIntent || d.escalationReason === 'payment_intent' ? 1 : conversation.high_intent,
  };
}

/** The conversation as the rest of an answered turn sees it (escalation, lead, reply): its row with the turn's changes. */
export const conversationSeenAfter = (conversation: ConversationRow, changed: ReturnType<typeof conversationAfterTurn>): ConversationRow => ({
  ...conversation,
  phase: changed.phase,
  package_code: changed.package_code,
  campaign_code: changed.campaign_code,
  language: changed.language,
});

/** The reply of an answered turn: its key prefix makes one reply per turn, ever. */
export const turnReply = (turnId: string, w: TurnWrite): QueuedReply => ({
  keyPrefix: `wa:${turnId}`,
  author: 'bot',
  turnId,
  parts: w.answer.parts,
  seenMessageIds: w.messages.flatMap((m) => (m.provider_message_id ? [m.provider_message_id] : [])),
  ...(w.waitingSince !== undefined ? { waitingSince: w.waitingSince } : {}),
});

export interface TurnWrite {
  readonly conversationId: string;
  readonly messages: readonly WaitingMessage[];
  readonly answer: BrainAnswer;
  readonly settings: AssistantSettings;
  readonly promptVersion: string | null;
  /** When the turn fell due (the customer's wait for an answer began): the reply's sends queue from then. */
  readonly waitingSince?: number;
}

export type TurnResult = { readonly written: 'answered' | 'silent' | 'nothing'; readonly turnId?: string };

/**
 * Re-checks everything under the conversation's lock before anything is queued: a person may have taken it over
 * since the brain started (silent turn), another run may have answered these messages (nothing to do). So a
 * restarted worker, a WAHA retry or a duplicate job still makes one reply per turn.
 */
export async function writeTurn(f: Flow, w: TurnWrite): Promise<TurnResult> {
  const conversation = await lockConversation(f, w.conversationId);
  if (!conversation) return { written: 'nothing' };
  if (conversation.status !== 'bot') {
    const silent = await silentTurn(f, conversation, w.messages, silentReason(conversation));
    return { written: silent ? 'silent' : 'nothing' };
  }
  const now = f.ctx.clock.now();
  const turnId = newId('wat', now);
  const taken = await claimMessages(f, turnId, w.messages);
  if (taken === 0) return { written: 'nothing' };
  const d = w.answer.decision;
  const from = conversation.phase as Phase;
  const phase = d.phase;
  if (phase !== from) {
    await applyMove(f.db, f.ctx.clock, phasePipeline, { workspaceId: f.workspaceId, subjectId: conversation.id, from, to: phase, cause: `turn.${d.intent}`, actor: { type: 'ai', id: turnId } });
  }
  await f.db.insertInto('wa_turns').values(answeredTurnRow(f.workspaceId, conversation, w, { turnId, taken, messages: w.messages, now })).execute();

  const escalated = d.escalate;
  const changed = conversationAfterTurn(conversation, d);
  await f.db
    .updateTable('wa_conversations')
    .set({ ...changed, ...(escalated ? { status: 'queued', escalation_reason: d.escalationReason, escalated_at: now } : {}), updated_at: now })
    .where('id', '=', conversation.id)
    .execute();

  const after = conversationSeenAfter(conversation, changed);
  if (escalated) await escalate(f, after, { reason: d.escalationReason ?? 'low_confidence', turnId, notes: aiNotesText(d.notes), settings: w.settings });
  if (d.highIntent) await raiseAlerts(f, [highIntentAlert(conversation)]);
  if (phase === 'booking' && from !== 'booking') {
    await upsertLeadFromConversation(f, after, { summary: aiNotesText(d.notes) || `Reached booking: ${d.intent}`, confidence: d.confidence });
    await upsertJamaah(f, after);
    await raiseAlert(f, conversation.id, 'booking', 'admins', `${conversation.phone} is ready to book${d.packageCode ? ` ${d.packageCode}` : ''}`);
    await scheduleSatisfaction(f, conversation.id, 'booking', w.settings);
  }
  await queueReply(f, after, turnReply(turnId, w), w.settings);
  return { written: 'answered', turnId };
}

/** Why and by which turn a conversation goes to the handover queue. */
export interface Escalation {
  readonly conversation: ConversationRow;
  readonly reason: string;
  readonly turnId: string | null;
  readonly notes: string;
  readonly settings: AssistantSettings;
}

/** Into the handover queue (a payment question first), with the holding-message timer and an alert for the admins. */
export async function escalate(f: Flow, conversation: ConversationRow, e: Omit<Escalation, 'conversation'>): Promise<void> {
  await escalateAll(f, [{ conversation, ...e }]);
}

/** escalate for conversations escalating in one commit: one statement per step for all of them. */
export async function escalateAll(f: Flow, escalations: readonly Escalation[]): Promise<void> {
  if (escalations.length === 0) return;
  const now = f.ctx.clock.now();
  await reofferWorkItems(
    f.db,
    f.ctx,
    escalations.map((e) => ({ workspaceId: f.workspaceId, queue: HANDOVER_QUEUE, itemId: e.conversation.id, priority: e.reason === 'payment_intent' ? 10 : 0 })),
  );
  await enqueueJobs(
    { db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock },
    f.workspaceId,
    escalations.map((e) =>
      jobSpec('wa-assistant.holding', { conversationId: e.conversation.id, escalatedAt: now }, { jobKey: holdingJobKey(e.conversation.id), serialKey: conversationSerialKey(e.conversation.id), runAt: now + e.settings.holding_after_ms }),
    ),
  );
  await recordAudits(
    f.db,
    f.ctx.clock,
    escalations.map((e) => ({
      workspaceId: f.workspaceId,
      actor: { type: 'ai', id: e.turnId },
      action: 'conversation.escalate',
      subjectType: 'wa_conversation',
      subjectId: e.conversation.id,
      after: { reason: e.reason, notes: e.notes, phase: e.conversation.phase },
    })),
  );
  await raiseAlerts(
    f,
    escalations.map((e) => ({ conversationId: e.conversation.id, kind: 'escalation', audience: 'admins', message: `${e.conversation.phone} needs a person (${e.reason})` })),
  );
}

/** An alert on the dashboard. */
export interface Alert {
  readonly conversationId: string | null;
  readonly kind: string;
  readonly audience: 'admins' | 'owner';
  readonly message: string;
}

export async function raiseAlert(f: Flow, conversationId: string | null, kind: string, audience: 'admins' | 'owner', message: string): Promise<void> {
  await raiseAlerts(f, [{ conversationId, kind, audience, message }]);
}

/** Alerts raised together, in one statement. */
export async function raiseAlerts(f: Flow, alerts: readonly Alert[]): Promise<void> {
  if (alerts.length === 0) return;
  const now = f.ctx.clock.now();
  await f.db
    .insertInto('wa_alerts')
    .values(alerts.map((a) => ({ id: newId('wal', now), workspace_id: f.workspaceId, conversation_id: a.conversationId, kind: a.kind, audience: a.audience, message: a.message.slice(0, 500), created_at: now, acknowledged_at: null, acknowledged_by: null })))
    .execute();
}

/** The high-intent alert of a turn that asked about payment before choosing a package. */
export const highIntentAlert = (conversation: ConversationRow): Alert => ({
  conversationId: conversation.id,
  kind: 'high_intent',
  audience: 'admins',
  message: `${conversation.phone} asked about payment before choosing a package`,
});

/** The marketing lead of this phone, created or brought up to date (one per phone: duplicates merge). */
export async function upsertLeadFromConversation(f: Flow, c: ConversationRow, l: { summary: string; confidence: number | null }): Promise<void> {
  const now = f.ctx.clock.now();
  await f.db
    .insertInto('wa_leads')
    .values({
      id: newId('wld', now),
      workspace_id: f.workspaceId,
      phone: c.phone,
      name: 'From WhatsApp',
      phase: c.phase,
      interested_package: c.package_code,
      conversation_summary: l.summary.slice(0, 2000),
      source: c.campaign_code,
      ai_confidence: l.confidence,
      conversation_id: c.id,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'phone']).doUpdateSet({
        phase: c.phase,
        interested_package: c.package_code,
        conversation_summary: l.summary.slice(0, 2000),
        ai_confidence: l.confidence,
        conversation_id: c.id,
        updated_at: now,
      }),
    )
    .execute();
}

/** The preliminary pilgrim record of a booking conversation: name, phone, package, people, campaign. */
export async function upsertJamaah(f: Flow, c: ConversationRow): Promise<void> {
  const now = f.ctx.clock.now();
  const texts = await f.db
    .selectFrom('wa_messages')
    .select('body')
    .where('workspace_id', '=', f.workspaceId)
    .where('conversation_id', '=', c.id)
    .where('direction', '=', 'in')
    .orderBy('created_at')
    .limit(200)
    .execute();
  const people = peopleCount(texts.flatMap((t) => (t.body ? [t.body] : [])));
  await f.db
    .insertInto('wa_jamaah')
    .values({ id: newId('jmh', now), workspace_id: f.workspaceId, name: 'From WhatsApp', phone: c.phone, package_code: c.package_code, people, campaign_code: c.campaign_code, conversation_id: c.id, status: 'preliminary', created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'conversation_id']).doUpdateSet({ package_code: c.package_code, people, campaign_code: c.campaign_code, updated_at: now }))
    .execute();
}
