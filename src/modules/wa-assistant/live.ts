// The `wa` change kind of GET /api/live: moves when a conversation changes hands (taken over, reassigned, handed
// back) or otherwise changes, so every open inbox, handover queue and conversation page shows it at once, not with
// the customer's next message. The core's kinds (events, deliveries, stages) do not move on a handover.
import type { LiveSignal } from '../../core/module.js';

/** One index lookup (wa_conversations_updated): the most recently changed conversation, with its owner and status. */
export const assistantLiveSignal: LiveSignal = async (db, ws) => {
  const newest = await db
    .selectFrom('wa_conversations')
    .select(['id', 'updated_at', 'status', 'assigned_to'])
    .where('workspace_id', '=', ws)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return newest ? `${newest.updated_at}:${newest.id}:${newest.status}:${newest.assigned_to ?? ''}` : '';
};
