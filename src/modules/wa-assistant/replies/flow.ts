// Queues a reply the way a person sends one: seen, typing, a pause that grows with the text, stop typing, then each part.
import { createDeliverySequence, type NewDelivery } from '../../../core/deliveries/deliveries.js';
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
}

/**
 * One delivery per WAHA call (each its own idempotency key, attempts and record), sent in order by one job on the
 * conversation's serial key. The pause: typing_stop and the parts are due `pause` after now, after typing_start.
 * A bot's deliveries carry `author: 'bot'`, which the module's gate checks again just before sending (no bot reply
 * once a person owns the conversation).
 */
export async function queueReply(f: Flow, conversation: ConversationRow, reply: QueuedReply, settings: AssistantSettings): Promise<{ deliveryIds: string[] }> {
  const now = f.ctx.clock.now();
  const target = { db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock };
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
  // One send job for the whole reply: its calls go out in order as they fall due (core/deliveries/send-job.ts).
  const ids = await createDeliverySequence(target, f.workspaceId, steps);
  if (reply.parts.length > 0) {
    await f.db
      .insertInto('wa_messages')
      .values(
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
          delivery_id: ids[firstPart + i] ?? null,
          ack: null,
          sent_at: now + pause,
          created_at: now,
        })),
      )
      .execute();
  }
  return { deliveryIds: ids };
}
