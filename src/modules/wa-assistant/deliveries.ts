// The assistant's WhatsApp deliveries: the last check before a bot message goes out, and what a sent one records.
import type { DeliveryHooks } from '../../core/deliveries/send-job.js';
import { jobSpec } from '../../core/jobs/enqueue.js';
import { JobPostponed } from '../../core/jobs/postpone.js';
import { checkHealthAndAlert, sendingSession } from './health/flow.js';
import { getConversation } from './queries.js';

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

export const assistantDeliveryHooks: DeliveryHooks = {
  gates: [
    // A session WAHA reports as not WORKING cannot send: the message waits in the queue (no attempt counted) and
    // goes out once the session is WORKING again, in order, as everything of a conversation shares its serial key.
    async (delivery, jc) => {
      const session = await sendingSession(jc.app, jc.db, delivery.workspace_id);
      const row = await jc.db.selectFrom('wa_sessions').select('status').where('workspace_id', '=', delivery.workspace_id).where('session', '=', session).executeTakeFirst();
      if (row?.status && row.status !== 'WORKING') throw new JobPostponed(jc.app.clock.now() + NOT_WORKING_RECHECK_MS, `WhatsApp session ${session} is ${row.status}`);
      return undefined;
    },
    // Re-checked just before sending: once a person owns the conversation, nothing the bot queued goes out.
    async (delivery, jc) => {
      const p = payloadOf(delivery.payload);
      if (p['author'] !== 'bot' || typeof p['conversation_id'] !== 'string') return undefined;
      // Stopping the typing indicator and marking messages read are harmless, and leave the chat tidy for the person.
      if (p['kind'] === 'typing_stop' || p['kind'] === 'seen') return undefined;
      const c = await getConversation(jc.db, delivery.workspace_id, p['conversation_id']);
      if (c?.status === 'person') return `a person (${c.assigned_to ?? 'unknown'}) took over the conversation; the bot stays silent`;
      return undefined;
    },
  ],
  // Sends failing while WAHA says WORKING: the owner hears of it once per outage.
  async afterFailure(delivery, _failure, jc) {
    await checkHealthAndAlert({ db: jc.db, ctx: jc.app, workspaceId: delivery.workspace_id });
  },
  afterSend(delivery, result) {
    const p = payloadOf(delivery.payload);
    if (p['kind'] !== 'text' && p['kind'] !== 'image' && p['kind'] !== 'file') return [];
    const response = result.response as { message_id?: unknown } | null;
    const messageId = typeof response?.message_id === 'string' ? response.message_id : null;
    return [jobSpec('wa-assistant.sent', { deliveryId: delivery.id, messageId })];
  },
};
