// The rating question's job: due after a booking or a hand-back; it decides then whether and when to ask.
import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define.js';
import { askSatisfaction } from './flow.js';

export const satisfactionPayload = z.object({ satisfactionId: z.string() });

export const satisfactionJob = defineJob('wa-assistant.satisfaction', {
  schema: satisfactionPayload,
  mode: 'transaction',
  async handle({ satisfactionId }, jc) {
    await askSatisfaction({ db: jc.db, ctx: jc.app, workspaceId: jc.workspaceId }, satisfactionId);
  },
});
