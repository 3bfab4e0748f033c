// The assistant's WhatsApp deliveries: the last check before a bot message goes out, and what a sent one records.
import type { DeliveryHooks } from '../../core/deliveries/send-job.js';
import { jobSpec } from '../../core/jobs/enqueue.js';
import { getConversation } from './queries.js';

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
  afterSend(delivery, result) {
    const p = payloadOf(delivery.payload);
    if (p['kind'] !== 'text' && p['kind'] !== 'image' && p['kind'] !== 'file') return [];
    const response = result.response as { message_id?: unknown } | null;
    const messageId = typeof response?.message_id === 'string' ? response.message_id : null;
    return [jobSpec('wa-assistant.sent', { deliveryId: delivery.id, messageId })];
  },
};
