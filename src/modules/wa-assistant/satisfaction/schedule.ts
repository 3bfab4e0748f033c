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
 * fires). A second booking or hand-back of the same conversation finds the row and changes nothing.
 */
export async function scheduleSatisfaction(f: Flow, conversationId: string, occasion: SatisfactionOccasion, known?: AssistantSettings): Promise<void> {
  const settings = known ?? (await loadAssistantSettings(f.ctx, f.db, f.workspaceId));
  if (!settings.satisfaction_enabled) return;
  const now = f.ctx.clock.now();
  const id = newId('wsf', now);
  const dueAt = now + settings.satisfaction_delay_ms;
  const inserted = await f.db
    .insertInto('wa_satisfaction')
    .values({ id, workspace_id: f.workspaceId, conversation_id: conversationId, occasion, status: 'scheduled', due_at: dueAt, asked_at: null, score: null, answered_at: null, turn_id: null, note: null, created_at: now })
    .onConflict((oc) => oc.columns(['workspace_id', 'conversation_id', 'occasion']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return;
  await enqueueJob({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock }, f.workspaceId, 'wa-assistant.satisfaction', { satisfactionId: id }, {
    jobKey: satisfactionJobKey(id),
    serialKey: conversationSerialKey(conversationId),
    runAt: dueAt,
  });
}

export const satisfactionJobKey = (id: string) => `wa-satisfaction:${id}`;
