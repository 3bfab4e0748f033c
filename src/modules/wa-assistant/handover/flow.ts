// Handover writes: a person takes a conversation (the bot goes silent), hands it back, replies as a person; the holding message.
import { recordAudit, type Actor } from '../../../core/audit.js';
import { AppError, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { cancelJobsByKey, enqueueJob } from '../../../core/jobs/enqueue.js';
import { isWithinBusinessHours, loadBusinessHours, nextBusinessOpening } from '../../../core/schedule/business-hours.js';
import { claimWorkItem, completeWorkItem, getWorkItem, offerWorkItem, releaseWorkItem } from '../../../core/work/index.js';
import type { Flow } from '../flow.js';
import { conversationSerialKey, turnJobKey } from '../flow.js';
import { getConversation, waitingMessages, type ConversationRow } from '../queries.js';
import { queueReply } from '../replies/flow.js';
import { holdingMessage } from '../replies/rules.js';
import type { Language } from '../rules.js';
import { scheduleSatisfaction } from '../satisfaction/schedule.js';
import { HANDOVER_QUEUE, loadAssistantSettings, MODULE_NAME } from '../settings.js';
import { createDelivery } from '../../../core/deliveries/deliveries.js';
import { holdingJobKey, lockConversation, raiseAlert, silentTurn } from '../turns/flow.js';

/** A handover is always allowed: the queue's daily cap (an integer column) is set out of reach. */
const HANDOVER_CAP = 1_000_000;

async function mustLock(f: Flow, id: string): Promise<ConversationRow> {
  const c = await lockConversation(f, id);
  if (!c) throw notFound('conversation', id);
  return c;
}

/**
 * `POST /api/conversations/handover`: the person owns the conversation from now on; the bot answers nothing (its
 * queued replies are cancelled by the gate at send time). A conversation not in the queue is taken over directly.
 */
export async function assignConversation(f: Flow, input: { conversationId: string; assignedTo: string; notes: string | null; actor: Actor }): Promise<ConversationRow> {
  const c = await mustLock(f, input.conversationId);
  const now = f.ctx.clock.now();
  await offerWorkItem(f.db, f.ctx, { workspaceId: f.workspaceId, queue: HANDOVER_QUEUE, itemId: c.id, reopen: true });
  // The queue item records who took it; the daily cap is not the point here, a handover is always allowed.
  let claim = await claimWorkItem(f.db, f.ctx, { workspaceId: f.workspaceId, queue: HANDOVER_QUEUE, itemId: c.id, assignee: input.assignedTo, cap: HANDOVER_CAP });
  if (!claim.claimed && claim.reason === 'taken') {
    await releaseWorkItem(f.db, f.ctx, { workspaceId: f.workspaceId, queue: HANDOVER_QUEUE, itemId: c.id });
    claim = await claimWorkItem(f.db, f.ctx, { workspaceId: f.workspaceId, queue: HANDOVER_QUEUE, itemId: c.id, assignee: input.assignedTo, cap: HANDOVER_CAP });
  }
  await f.db
    .updateTable('wa_conversations')
    .set({ status: 'person', assigned_to: input.assignedTo, handover_notes: input.notes, updated_at: now })
    .where('id', '=', c.id)
    .execute();
  await cancelJobsByKey({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, holdingJobKey(c.id));
  await recordAudit(f.db, f.ctx.clock, {
    workspaceId: f.workspaceId,
    actor: input.actor,
    action: 'conversation.handover',
    subjectType: 'wa_conversation',
    subjectId: c.id,
    before: { status: c.status, assigned_to: c.assigned_to },
    after: { status: 'person', assigned_to: input.assignedTo, notes: input.notes },
  });
  return { ...c, status: 'person', assigned_to: input.assignedTo, handover_notes: input.notes };
}

/**
 * The bot answers again, from the next message on: whatever the customer wrote meanwhile belongs to a silent turn
 * (the person has seen it), and a waiting turn timer is cancelled.
 */
export async function handBack(f: Flow, input: { conversationId: string; actor: Actor; notes: string | null }): Promise<ConversationRow> {
  const c = await mustLock(f, input.conversationId);
  if (c.status === 'bot') throw new AppError('conflict', `conversation ${c.id} is already answered by the assistant`);
  const now = f.ctx.clock.now();
  await silentTurn(f, c, await waitingMessages(f.db, f.workspaceId, c.id), { code: 'wa.silent_handed_back' });
  await cancelJobsByKey({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, turnJobKey(c.id));
  await cancelJobsByKey({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, holdingJobKey(c.id));
  await completeWorkItem(f.db, f.ctx, { workspaceId: f.workspaceId, queue: HANDOVER_QUEUE, itemId: c.id, outcome: 'handed back' });
  await f.db
    .updateTable('wa_conversations')
    .set({ status: 'bot', assigned_to: null, escalation_reason: null, escalated_at: null, handover_notes: input.notes ?? c.handover_notes, updated_at: now })
    .where('id', '=', c.id)
    .execute();
  await recordAudit(f.db, f.ctx.clock, {
    workspaceId: f.workspaceId,
    actor: input.actor,
    action: 'conversation.hand_back',
    subjectType: 'wa_conversation',
    subjectId: c.id,
    before: { status: c.status, assigned_to: c.assigned_to },
    after: { status: 'bot', notes: input.notes },
  });
  // The handover is closed: the customer may be asked how it went (when ratings are on).
  await scheduleSatisfaction(f, c.id, 'handover');
  return { ...c, status: 'bot', assigned_to: null };
}

/** A person's own reply through WAHA; taking over first if the bot still had the conversation. */
export async function replyAsPerson(f: Flow, input: { conversationId: string; text: string; person: string; actor: Actor }): Promise<{ deliveryIds: string[] }> {
  let c = await mustLock(f, input.conversationId);
  if (c.status !== 'person') c = await assignConversation(f, { conversationId: c.id, assignedTo: input.person, notes: c.handover_notes, actor: input.actor });
  const settings = await loadAssistantSettings(f.ctx, f.db, f.workspaceId);
  const now = f.ctx.clock.now();
  const queued = await queueReply(f, c, { keyPrefix: `wa:${c.id}:person:${newId('wpr', now)}`, author: 'person', turnId: null, parts: [{ type: 'text', text: input.text }], seenMessageIds: [] }, settings);
  await recordPersonReply(f, c.id, input.actor, queued.deliveryIds);
  return queued;
}

/** Who wrote a person's reply, on its message and in the audit log (the ids, never the words: they may be medical). */
async function recordPersonReply(f: Flow, conversationId: string, actor: Actor, deliveryIds: readonly string[]): Promise<void> {
  const messages = await f.db
    .updateTable('wa_messages')
    .set({ actor_type: actor.type, actor_id: actor.id ?? null })
    .where('workspace_id', '=', f.workspaceId)
    .where('delivery_id', 'in', [...deliveryIds])
    .returning('id')
    .execute();
  await recordAudit(f.db, f.ctx.clock, {
    workspaceId: f.workspaceId,
    actor,
    action: 'conversation.person_reply',
    subjectType: 'wa_conversation',
    subjectId: conversationId,
    after: { message_ids: messages.map((m) => m.id), delivery_ids: deliveryIds },
  });
}

/**
 * The escalation's timer: still waiting for a person → the customer gets the holding message (once per escalation:
 * its key names the escalation time) and the owner an alert. Taken over or handed back since → nothing.
 */
export async function holdUnansweredHandover(f: Flow, conversationId: string, escalatedAt: number): Promise<void> {
  const c = await getConversation(f.db, f.workspaceId, conversationId);
  if (!c || c.status !== 'queued' || Number(c.escalated_at) !== escalatedAt) return;
  const item = await getWorkItem(f.db, { workspaceId: f.workspaceId, queue: HANDOVER_QUEUE, itemId: c.id });
  if (item?.status === 'claimed') return;
  const settings = await loadAssistantSettings(f.ctx, f.db, f.workspaceId);
  // The wait counts in business hours: outside them, the team gets the same time again from the next opening.
  const now = f.ctx.clock.now();
  const { timezone, hours } = await loadBusinessHours(f.db, f.workspaceId);
  if (!isWithinBusinessHours(now, timezone, hours)) {
    await enqueueJob({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, 'wa-assistant.holding', { conversationId, escalatedAt }, {
      jobKey: holdingJobKey(c.id),
      serialKey: conversationSerialKey(c.id),
      runAt: nextBusinessOpening(now, timezone, hours) + settings.holding_after_ms,
    });
    return;
  }
  await queueReply(f, c, { keyPrefix: `wa:${c.id}:holding:${escalatedAt}`, author: 'bot', turnId: null, parts: [{ type: 'text', text: holdingMessage(c.language as Language) }], seenMessageIds: [] }, settings);
  const minutes = Math.round(settings.holding_after_ms / 60_000);
  const alert = `${c.phone} has waited ${minutes} min for a person (${c.escalation_reason ?? 'escalated'})`;
  await raiseAlert(f, c.id, 'handover_waiting', 'owner', alert);
  if (settings.owner_phone) {
    await createDelivery({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, {
      module: MODULE_NAME,
      channel: 'whatsapp',
      provider: 'waha',
      target: settings.owner_phone,
      payload: { kind: 'text', phone: settings.owner_phone, text: `Leadcycle: ${alert}` },
      idempotencyKey: `wa:${c.id}:owner-alert:${escalatedAt}`,
      subjectType: 'wa_conversation',
      subjectId: c.id,
    });
  }
}
