// The assistant's WhatsApp deliveries: the last check before a bot message goes out, and what a sent one records.
import type { DeliveryHooks } from '../../core/deliveries/send-job.js';
import { JobPostponed } from '../../core/jobs/postpone.js';
import { inSet } from '../../core/jobs/completion.js';
import type { CompletionSet } from '../../core/jobs/types.js';
import { grouped } from '../../core/grouped.js';
import { checkHealthAndAlert, sendingSession, sessionStatusRead } from './health/flow.js';
import { sql } from 'kysely';
import { workspaceColumn } from '../../db/by-id.js';
import type { Dialect, Executor } from '../../db/database.js';
import { conversationRead } from './queries.js';

/** While the session is not WORKING, a send is looked at again this often: it goes out soon after recovery. */
export const NOT_WORKING_RECHECK_MS = 30_000;

const payloadOf = (stored: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(stored);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** A sent reply's record: its message's WAHA id and time. */
interface SentMessage {
  readonly dialect: Dialect;
  readonly at: number;
  readonly workspaceId: string;
  readonly deliveryId: string;
  readonly messageId: string | null;
}

/**
 * WAHA's id of each sent reply on its message (message.ack events find it by it), and when the bot last replied:
 * the replies of one group commit together, each message's id and time in one statement, and each conversation's
 * last reply in the same one on PostgreSQL (a data-modifying WITH) or one more on SQLite.
 */
export const sentMessages: CompletionSet<SentMessage> = {
  async write(db, items) {
    for (const [workspaceId, sent] of grouped(items, (m) => m.workspaceId)) {
      const dialect = sent[0]?.dialect;
      // Numbers cast so that PostgreSQL types the values list as the columns (bound values are text to it otherwise).
      const values = sql.join(sent.map((m) => sql`(${m.deliveryId}, cast(${m.messageId} as text), cast(${m.at} as bigint))`));
      // The messages are found by (workspace_id, delivery_id), the index of wa_messages_delivery.
      if (dialect === 'postgres') {
        await sql`with v (delivery_id, message_id, at) as (values ${values}),
          sent as (update wa_messages set provider_message_id = v.message_id, sent_at = v.at from v
            where wa_messages.workspace_id = ${workspaceId} and wa_messages.delivery_id = v.delivery_id returning wa_messages.conversation_id, wa_messages.sent_at as at)
          update wa_conversations set last_reply_at = s.at from (select conversation_id, max(at) as at from sent group by conversation_id) s
          where wa_conversations.id = s.conversation_id and ${workspaceColumn('wa_conversations.workspace_id')} = ${workspaceId}`.execute(db);
        continue;
      }
      // Not SQLite's UPDATE … FROM v: without statistics its planner took the messages as the outer loop, read
      // through the index by the workspace alone, and compared each of the workspace's messages with every row of v:
      // 4.7 ms for 24 replies among 5,000 messages, growing with every message the workspace ever had. Here the
      // messages are found by `delivery_id in (…)` on that index's both columns, and v is read per message found.
      const updated = await sql<{ conversation_id: string; at: number }>`with v (delivery_id, message_id, at) as (values ${values})
        update wa_messages set
          provider_message_id = (select v.message_id from v where v.delivery_id = wa_messages.delivery_id),
          sent_at = (select v.at from v where v.delivery_id = wa_messages.delivery_id)
        where wa_messages.workspace_id = ${workspaceId} and wa_messages.delivery_id in (select v.delivery_id from v)
        returning conversation_id, sent_at as at`.execute(db);
      const latest = new Map<string, number>();
      for (const r of updated.rows) latest.set(r.conversation_id, Math.max(latest.get(r.conversation_id) ?? 0, Number(r.at)));
      if (latest.size === 0) continue;
      await sql`with c (id, at) as (values ${sql.join([...latest].map(([id, at]) => sql`(${id}, ${at})`))})
        update wa_conversations set last_reply_at = c.at from c
        where wa_conversations.id = c.id and ${workspaceColumn('wa_conversations.workspace_id')} = ${workspaceId}`.execute(db);
    }
  },
};

/** One sent reply's record, written alone (the `wa-assistant.sent` job of sends queued before the record hook). */
export const recordSentMessage = (db: Executor, dialect: Dialect, at: number, workspaceId: string, deliveryId: string, messageId: string | null): Promise<void> =>
  sentMessages.write(db, [{ dialect, at, workspaceId, deliveryId, messageId }]);

export const assistantDeliveryHooks: DeliveryHooks = {
  gates: [
    // A session WAHA reports as not WORKING cannot send: the message waits in the queue (no attempt counted) and
    // goes out once the session is WORKING again, in order, as everything of a conversation shares its serial key.
    async (delivery, jc, checks) =>
      checks.once(`wa-session:${delivery.workspace_id}`, async () => {
        const session = await sendingSession(jc.app, jc.db, delivery.workspace_id);
        const status = await jc.app.readBatches.read(sessionStatusRead, jc.db, delivery.workspace_id, session);
        if (status && status !== 'WORKING') throw new JobPostponed(jc.app.clock.now() + NOT_WORKING_RECHECK_MS, `WhatsApp session ${session} is ${status}`);
        return undefined;
      }),
    // Re-checked just before sending: once a person owns the conversation, nothing the bot queued goes out.
    async (delivery, jc, checks) => {
      const p = payloadOf(delivery.payload);
      const conversationId = p['conversation_id'];
      if (p['author'] !== 'bot' || typeof conversationId !== 'string') return undefined;
      // Asked for at a sequence's first step (its seen), when the sends claimed together read together, and kept
      // for the run's later steps, which go out milliseconds apart (a step after the typing pause reads again).
      const read = checks.once(`wa-conversation:${conversationId}`, () => jc.app.readBatches.read(conversationRead, jc.db, delivery.workspace_id, conversationId));
      // Stopping the typing indicator and marking messages read are harmless, and leave the chat tidy for the person.
      if (p['kind'] === 'typing_stop' || p['kind'] === 'seen') {
        read.catch(() => undefined);
        return undefined;
      }
      const c = await read;
      if (c?.status === 'person') return `a person (${c.assigned_to ?? 'unknown'}) took over the conversation; the bot stays silent`;
      return undefined;
    },
  ],
  // Sends failing while WAHA says WORKING: the owner hears of it once per outage.
  async afterFailure(delivery, _failure, jc) {
    await checkHealthAndAlert({ db: jc.db, ctx: jc.app, workspaceId: delivery.workspace_id });
  },
  // Keeps WAHA's id of a sent reply on its message (so message.ack events find it) and when the bot last replied,
  // in the commit that records the send.
  recordSent(delivery, result, jc) {
    const p = payloadOf(delivery.payload);
    // Seen and typing calls are no message: nothing to record.
    if (p['kind'] !== 'text' && p['kind'] !== 'image' && p['kind'] !== 'file') return undefined;
    const response = result.response as { message_id?: unknown } | null;
    const messageId = typeof response?.message_id === 'string' ? response.message_id : null;
    return inSet(sentMessages, { dialect: jc.app.dialect, at: jc.app.clock.now(), workspaceId: delivery.workspace_id, deliveryId: delivery.id, messageId });
  },
};
