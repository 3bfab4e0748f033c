// The rating question's timer: set after a booking or a hand-back, at most once per conversation per occasion.
import type { z } from 'zod';
import { newId } from '../../../core/ids.js';
import { enqueueJob } from '../../../core/jobs/enqueue.js';
import type { Flow } from '../flow.js';
import { conversationSerialKey } from '../flow.js';
import { loadAssistantSettings, type AssistantSettings } from '../settings.js';
import type { satisfactionPayload } from './job.js';

export type SatisfactionOccasion = 'booking' | 'handover';

declare module '../../../core/jobs/types.js' {
  interface JobPayloads {
    'wa-assistant.satisfaction': z.infer<typeof satisfactionPayload>;
  }
}

/**
 * When ratings are on, the question is due `satisfaction_delay_ms` from now (its job re-checks everything when it
 * fires). A question still waiting because a person had the conversation (a booking is usually handed over) is the
 * one a hand-back re-arms, so one hand-back never brings two questions. A second booking or hand-back of the same
 * occasion finds its row and changes nothing.
 */
export async function scheduleSatisfaction(f: Flow, conversationId: string, occasion: SatisfactionOccasion, known?: AssistantSettings): Promise<void> {
  const settings = known ?? (await loadAssistantSettings(f.ctx, f.db, f.workspaceId));
  if (!settings.satisfaction_enabled) return;
  const now = f.ctx.clock.now();
  const dueAt = now + settings.satisfaction_delay_ms;
  const waiting = occasion === 'handover'
    ? await f.db.selectFrom('wa_satisfaction').select('id').where('workspace_id', '=', f.workspaceId).where('conversation_id', '=', conversationId).where('status', '=', 'scheduled').executeTakeFirst()
    : undefined;
  let id = waiting?.id;
  if (id) {
    await f.db.updateTable('wa_satisfaction').set({ due_at: dueAt, note: null }).where('id', '=', id).execute();
  } else {
    const inserted = await f.db
      .insertInto('wa_satisfaction')
      .values({ id: newId('wsf', now), workspace_id: f.workspaceId, conversation_id: conversationId, occasion, status: 'scheduled', due_at: dueAt, asked_at: null, score: null, answered_at: null, turn_id: null, note: null, created_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'conversation_id', 'occasion']).doNothing())
      .returning('id')
      .executeTakeFirst();
    id = inserted?.id;
  }
  if (!id) return;
  await enqueueJob({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, 'wa-assistant.satisfaction', { satisfactionId: id }, {
    jobKey: satisfactionJobKey(id),
    serialKey: conversationSerialKey(conversationId),
    runAt: dueAt,
  });
}

export const satisfactionJobKey = (id: string) => `wa-satisfaction:${id}`;
