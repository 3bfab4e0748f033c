// The periodic WhatsApp check: asks WAHA for the session's status, then alerts the owner if the session is dead.
import { z } from 'zod';
import { defineJob } from '../../../core/jobs/define.js';
import { wahaClientFor } from '../../../connectors/waha/index.js';
import { touchSession } from '../flow.js';
import { checkHealthAndAlert, sendingSession, sessionStatusRead } from './flow.js';

export const healthPayload = z.object({});

declare module '../../../core/jobs/types.js' {
  interface JobPayloads {
    'wa-assistant.health': z.infer<typeof healthPayload>;
  }
}

/** Every 5 minutes per workspace: webhooks about a session going down can be lost with it, so WAHA is asked too. */
export const HEALTH_CHECK_EVERY_MS = 5 * 60_000;

export const healthJob = defineJob('wa-assistant.health', {
  schema: healthPayload,
  mode: 'io',
  repeat: { everyMs: HEALTH_CHECK_EVERY_MS, payload: {} },
  async handle(_payload, jc) {
    const f = { db: jc.db, ctx: jc.app, workspaceId: jc.workspaceId };
    const session = await sendingSession(jc.app, jc.db, jc.workspaceId);
    const stored = await jc.app.readBatches.read(sessionStatusRead, jc.db, jc.workspaceId, session);
    const client = await wahaClientFor(jc.app, jc.db, jc.workspaceId);
    const answer = await client.getSession();
    // WAHA unreachable says nothing about the session: the stored status and the send failures speak for it.
    if (answer.ok && answer.value.status !== stored) await touchSession(f, session, { status: answer.value.status, status_at: jc.app.clock.now() });
    await checkHealthAndAlert(f);
  },
});
