// Queues a reply the way a person sends one: seen, typing, a pause that grows with the text, stop typing, then each part.
import { createDeliverySequences, type NewDelivery } from '../../../core/deliveries/deliveries.js';
import { newId } from '../../../core/ids.js';
import type { ConversationRow, Flow } from '../flow.js';
import { conversationSerialKey } from '../flow.js';
import { MODULE_NAME, typingPauseMs, type AssistantSettings } from '../settings.js';
import type { ReplyPart } from './rules.js';

export interface QueuedReply {
  /** Makes every delivery's idempotency key: one reply per key prefix, ever (`wa:<turn id>`). */
  readonly keyPrefix: string;
  readonly author: 'bot' | 'person';
  readonly turnId: string | null;
  readonly parts: readonly ReplyPart[];
  /** WAHA ids of the customer's messages this reply answers, marked as seen first. */
  readonly seenMessageIds: readonly string[];
  /** When the customer began waiting for this reply (the turn's due time): its sends queue from then (NewDelivery.queuedSince). */
  readonly waitingSince?: number;
}

/**
 * One delivery per WAHA call (each its own idempotency key, attempts and record), sent in order by one job on the
 * conversation's serial key. The pause: typing_stop and the parts are due `pause` after now, after typing_start.
 * A bot's deliveries carry `author: 'bot'`, which the module's gate checks again just before sending (no bot reply
 * once a person owns the conversation).
 */
export async function queueReply(f: Flow, conversation: ConversationRow, reply: QueuedReply, settings: AssistantSettings): Promise<{ deliveryIds: string[] }> {
  const [queued] = await queueReplies(f, [{ conversation, reply, settings }]);
  return queued ?? { deliveryIds: [] };
}

/** A reply to queue with queueReplies. */
export interface ReplyToQueue {
  readonly conversation: ConversationRow;
  readonly reply: QueuedReply;
  readonly settings: AssistantSettings;
}

/**
 * The set form of queueReply, for the replies of a group of turns (all of one workspace, `f.workspaceId`): every
 * reply's deliveries in one insert, their send jobs in one more and their messages in a third. Each reply is what
 * queueReply makes of it alone.
 */
export async function queueReplies(f: Flow, list: readonly ReplyToQueue[]): Promise<{ deliveryIds: string[] }[]> {
  const now = f.ctx.clock.now();
  const target = { db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock };
  const planned = list.map((r) => ({ ...r, ...replySteps(r, now) }));
  const ids = await createDeliverySequences(target, f.workspaceId, planned.map((p) => p.steps));
  const messages = planned.flatMap(({ conversation, reply, firstPart, pause }, k) =>
    reply.parts.map((part, i) => ({
      id: newId('wam', now),
      workspace_id: f.workspaceId,
      conversation_id: conversation.id,
      direction: 'out',
      author: reply.author,
      session: conversation.session,
      provider_message_id: null,
      kind: part.type,
      body: part.type === 'text' ? part.text : (part.caption ?? null),
      media_url: part.type === 'text' ? null : part.url,
      turn_id: reply.turnId,
      delivery_id: ids[k]?.[firstPart + i] ?? null,
      ack: null,
      sent_at: now + pause,
      created_at: now,
    })),
  );
  // 15 values a row: 500 rows stay well inside both databases' limits on bound values.
  for (let start = 0; start < messages.length; start += 500) await f.db.insertInto('wa_messages').values(messages.slice(start, start + 500)).execute();
  return list.map((_, k) => ({ deliveryIds: ids[k] ?? [] }));
}

/** A reply's deliveries in the order they go out, the index of its first part among them, and its typing pause. */
function replySteps({ conversation, reply, settings }: ReplyToQueue, now: number): { steps: NewDelivery[]; firstPart: number; pause: number } {
  const chars = reply.parts.reduce((n, p) => n + (p.type === 'text' ? p.text.length : (p.caption?.length ?? 0)), 0);
  const pause = typingPauseMs(settings, chars);
  const common = {
    module: MODULE_NAME,
    channel: 'whatsapp',
    provider: 'waha',
    target: conversation.phone,
    contactId: conversation.contact_id,
    subjectType: 'wa_conversation',
    subjectId: conversation.id,
    serialKey: conversationSerialKey(conversation.id),
    // A reply to a customer who just wrote goes out at once, at night too: a sales assistant answers when asked.
    businessHours: 'any' as const,
    ...(reply.waitingSince !== undefined ? { queuedSince: reply.waitingSince } : {}),
  };
  const base = { chat_id: conversation.chat_id, conversation_id: conversation.id, author: reply.author, turn_id: reply.turnId };
  const step = (suffix: string, payload: Record<string, unknown>, notBefore?: number): NewDelivery => ({
    ...common,
    payload: { ...base, ...payload },
    idempotencyKey: `${reply.keyPrefix}:${suffix}`,
    ...(notBefore !== undefined ? { notBefore } : {}),
  });
  const steps: NewDelivery[] = [];
  if (reply.seenMessageIds.length > 0) steps.push(step('seen', { kind: 'seen', message_ids: [...reply.seenMessageIds] }));
  steps.push(step('typing_start', { kind: 'typing_start' }));
  steps.push(step('typing_stop', { kind: 'typing_stop' }, now + pause));
  const firstPart = steps.length;
  for (const [i, part] of reply.parts.entries()) {
    const payload =
      part.type === 'text'
        ? { kind: 'text', text: part.text }
        : part.type === 'location'
          ? // The WAHA contract has no location message: the office goes as a text whose map link WhatsApp previews.
            { kind: 'text', text: part.caption, link_preview: true }
        : part.type === 'image'
          ? { kind: 'image', url: part.url, mimetype: part.mimetype ?? 'image/jpeg', ...(part.caption ? { caption: part.caption } : {}), ...(part.filename ? { filename: part.filename } : {}) }
          : { kind: 'file', url: part.url, mimetype: part.mimetype ?? (part.type === 'video' ? 'video/mp4' : 'application/pdf'), ...(part.caption ? { caption: part.caption } : {}), ...(part.filename ? { filename: part.filename } : {}) };
    steps.push(step(`part:${i}`, payload, now + pause));
  }
  return { steps, firstPart, pause };
}
